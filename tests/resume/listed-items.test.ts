/**
 * How a skills section's items are cut and cleaned: what a list writes around a skill that is no skill of its own
 * (a level, a use, a conjunction, the kind of a list, the people a skill serves), and a certificate's name kept whole.
 * Invented names (Zorblex, 飞鸥) keep the cases independent of the taxonomy's contents.
 */
import { describe, expect, it } from 'vitest';
import { bracketedNames, listedSkillId, listedSkills, withoutCategoryLabels } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { headerKind } from '../../subgraphs/resume/parser/sections.ts';

const ids = (...lines: string[]) => listedSkills(lines).map((s) => s.id);

describe('listed items: what is written around a skill', () => {
  it('leaves a level after a name off ("ISTQB 基础级")', () => {
    expect(ids('证书：Zorblex 基础级、Quibbit 高级')).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
  });

  it('reads the tool, not what it is used for ("JMeter 做接口")', () => {
    expect(ids('会用 Zorblex、Quibbit 做接口与压力测试')).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex'), listedSkillId('Quibbit')]),
    );
    expect(ids('会用 Zorblex、Quibbit 做接口与压力测试')).not.toContain(listedSkillId('Quibbit 做接口'));
  });

  it('reads the items before 等 and the kind after it, without its 特性', () => {
    expect(ids('熟悉 Zorblex、Quibbit 等飞鸥材料特性及注塑成型工艺')).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex'), listedSkillId('Quibbit'), listedSkillId('飞鸥材料')]),
    );
    expect(ids('熟悉 Zorblex、Quibbit 等编程语言')).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
  });

  it("drops a conjunction the split leaves at an item's start, and a daily-work tail", () => {
    // The bracket (GSP's expansion, a skill of its own) is a separator: 及 is left at the next item's start.
    expect(ids('熟悉 Zorblex、GSP（药品经营质量管理规范）及飞鸥安全法则')).toContain(listedSkillId('飞鸥安全法则'));
    expect(ids('熟悉飞鸥仓运营、蓝鲸仓规划及飞鸥设备日常管理')).toContain(listedSkillId('飞鸥设备'));
  });

  it("reads a certificate's name that holds a skill as the certificate, and a brand with 了 in it as a name", () => {
    const welding = normalizeSkill('焊接')!.id;
    expect(ids('证书：ZRB焊工证、熔化焊接与飞鸥切割作业证、持飞鸥驾驶证')).toEqual([
      listedSkillId('ZRB焊工证'),
      listedSkillId('熔化焊接与飞鸥切割作业证'),
      listedSkillId('飞鸥驾驶证'),
    ]);
    expect(ids('熔化焊接与飞鸥切割作业证')).not.toContain(welding);
    expect(ids('会用飞了么商家版')).toEqual([listedSkillId('飞了么商家版')]);
    // A trade's or a profession's title, one skill and 师, 员 or 工, is the qualification; a law, one skill and 法, the law.
    expect(ids('大气污染防治法、行政处罚法')).toEqual([listedSkillId('大气污染防治法'), listedSkillId('行政处罚法')]);
    expect(ids('精益生产管理师、碳排放管理员（四级）、啤酒酿造工（高级工）')).toEqual([
      listedSkillId('精益生产管理师'),
      listedSkillId('碳排放管理员'),
      listedSkillId('啤酒酿造工'),
    ]);
  });

  it("keeps a certificate's name whole though it joins two terms", () => {
    expect(ids('证书：叉车证、飞鸥与蓝鲸操作证')).toContain(listedSkillId('飞鸥与蓝鲸操作证'));
    expect(ids('证书：叉车证、飞鸥与蓝鲸操作证')).not.toContain(listedSkillId('飞鸥'));
  });

  it('leaves off 持 before a certificate written with a space, and 可做 before a skill', () => {
    expect(ids('持 Zorblex 16949 内审员证、可做飞鸥口译')).toEqual([listedSkillId('Zorblex 16949 内审员证'), listedSkillId('飞鸥口译')]);
  });

  it('splits no slash between two letters ("A/B", "B/S") nor a typing speed ("80字/分钟")', () => {
    expect(ids('Methods: Zorblex, A/B flimwax analysis')).not.toContain(listedSkillId('B flimwax analysis'));
    expect(ids('架构：B/S 飞鸥、Zorblex')).toEqual([listedSkillId('B/S 飞鸥'), listedSkillId('Zorblex')]);
    expect(ids('打字快（80字/分钟），会飞鸥输入法')).toEqual([listedSkillId('飞鸥输入法')]);
  });

  it('keeps 基本 that starts a name (基本飞鸥服务), leaves it off before a verb of knowing (基本掌握), and a pass after an exam', () => {
    expect(ids('基本飞鸥服务、基本掌握 Zorblex')).toEqual([listedSkillId('基本飞鸥服务'), listedSkillId('Zorblex')]);
    expect(ids('基本飞鸥試験（FE）合格')).toContain(listedSkillId('基本飞鸥試験'));
  });

  it('leaves off the course or the basics a skill was learnt in ("Power BI course", "Playwright basics")', () => {
    expect(ids('2024 refreshers: Zorblex course, Quibbit basics, Flimwax courses')).toEqual([
      listedSkillId('Zorblex'),
      listedSkillId('Quibbit'),
      listedSkillId('Flimwax'),
    ]);
  });

  it('leaves off how little is held ("会一点", "会简单", "懂") and how well ("基础扎实", "能教")', () => {
    expect(ids('会一点 Zorblex、会简单飞鸥焊')).toEqual([listedSkillId('Zorblex'), listedSkillId('飞鸥焊')]);
    expect(ids('会简单 Zorblex')).toEqual([listedSkillId('Zorblex')]);
    expect(ids('懂飞鸥排和蓝鲸工艺')).toEqual([listedSkillId('飞鸥排'), listedSkillId('蓝鲸工艺')]);
    expect(ids('飞鸥画基础不错，蓝鲸泳能教')).toEqual([listedSkillId('飞鸥画'), listedSkillId('蓝鲸泳')]);
  });

  it('reads a status, a speed or a fitness claim as nothing, and a letter and a digit a slash joins as one name', () => {
    expect(ids('Zorblex accredited', 'Quibbit typing 55 WPM', 'Vexor (no conditions)', 'Physically fit, can lift 50 lbs')).toEqual([
      listedSkillId('Zorblex'),
      listedSkillId('Quibbit typing'),
      listedSkillId('Vexor'),
    ]);
    expect(ids('飞鸥证（N1），在有效期内')).toEqual([listedSkillId('飞鸥证')]);
    expect(ids('飞鸥 K/3 Cloud')).toEqual([listedSkillId('飞鸥 K/3 Cloud')]);
  });

  it('gives the work after "and" to the lone word before it ("marble and granite fixing"), not a skill of its own', () => {
    expect(ids('Vexor and quibbit tiling')).toEqual([listedSkillId('Vexor tiling'), listedSkillId('quibbit tiling')]);
    expect(ids('Vexor and machine learning')).toEqual([listedSkillId('Vexor'), normalizeSkill('machine learning')!.id]);
  });

  it('reads a known Chinese tool without its use, a name without the version inside it, a certificate without its level', () => {
    const wechat = normalizeSkill('企业微信')!.id;
    expect(ids('会用企业微信做飞鸥审批')).toEqual([wechat]);
    expect(ids('Zorblex v4 Foundation')).toEqual([listedSkillId('Zorblex Foundation')]);
    expect(ids('高级飞鸥师证')).toEqual([listedSkillId('飞鸥师证')]);
  });

  it('reads one skill named in Latin letters and in Chinese as that skill, not a narrower one', () => {
    const cfp = normalizeSkill('金融理财师')!.id;
    expect(ids('AFP 金融理财师')).toEqual([cfp]);
  });

  it('reads an exam status as nothing', () => {
    expect(ids('Zorblex（已过 4 科）、Quibbit')).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
  });

  it('reads a skill done for people as the skill ("mentoring graduates"), a modifier before it as a narrower item', () => {
    const mentoring = normalizeSkill('mentoring')!.id;
    expect(ids('Soft skills: mentoring graduates, Zorblex')).toContain(mentoring);
    expect(ids('Soft skills: mentoring graduates, Zorblex')).not.toContain(listedSkillId('mentoring graduates'));
  });
});

describe('listed items: separators and headings', () => {
  it('splits at a spaced slash, not inside a name', () => {
    expect(ids('Standards: Zorblex / Quibbit / Frobnic')).toEqual([
      listedSkillId('Zorblex'),
      listedSkillId('Quibbit'),
      listedSkillId('Frobnic'),
    ]);
    expect(ids('Zorblex/Quibbit')).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
  });

  it('reads a Europass heading as a heading, however long (Communication and interpersonal skills:)', () => {
    const found = ids('Communication and interpersonal skills: Zorblex, Quibbit');
    expect(found).toEqual([listedSkillId('Zorblex'), listedSkillId('Quibbit')]);
  });
});

describe('listed items: versions, kinds, both scripts, certifications', () => {
  it("leaves a version off a name (dotted or with a V), not a standard's number", () => {
    expect(ids('Zorblex 2023.1, Quibbit V10, Frobnic 17')).toEqual([
      listedSkillId('Zorblex'),
      listedSkillId('Quibbit'),
      listedSkillId('Frobnic 17'),
    ]);
  });

  it('reads a label its own items repeat as their kind, and "Top Skills" as a heading', () => {
    expect(withoutCategoryLabels(['Zorb：飞鸥 Zorb、蓝鲸 Zorb'])).toEqual(['飞鸥 Zorb、蓝鲸 Zorb']);
    expect(ids('Top Skills', 'Zorblex')).toEqual([listedSkillId('Zorblex')]);
  });

  it('reads a skill named in both scripts as two labels, a brand in capitals before a term as one', () => {
    expect(ids('技能：Quartz tempering 飞鸥调温、蓝鲸向导 ZorbWizard')).toEqual([
      listedSkillId('Quartz tempering'),
      listedSkillId('飞鸥调温'),
      listedSkillId('ZorbWizard'),
      listedSkillId('蓝鲸向导'),
    ]);
    expect(ids('设备：ZORBX 飞鸥分析仪、Zorbflow 蓝鲸流分析、QB code 归类')).toEqual([
      listedSkillId('ZORBX 飞鸥分析仪'),
      listedSkillId('Zorbflow 蓝鲸流分析'),
      listedSkillId('QB code 归类'),
    ]);
  });

  it('reads a certification by its whole name, however long', () => {
    expect(ids('Zorblex Certified Platform App Builder')).toEqual([listedSkillId('Zorblex Certified Platform App Builder')]);
    // A Chinese certificate's name runs as long as a qualification's, whatever it ends on before 证书 or 执照.
    expect(ids('飞鸥琛瑶技术培训结业证书')).toEqual([listedSkillId('飞鸥琛瑶技术培训结业证书')]);
    expect(ids('飞鸥琛瑶质量检测人员岗位证书（璆琅）')).toEqual([listedSkillId('飞鸥琛瑶质量检测人员岗位证书')]);
    expect(ids('飞鸥琛瑶质量检测人员岗位工作')).toEqual([]);
    // The year it was gained, before it, is no part of it.
    expect(ids('2017 年 璆琅救护员证', '2016年琛瑶职业资格证书（四级）')).toEqual([
      listedSkillId('璆琅救护员证'),
      listedSkillId('琛瑶职业资格证书'),
    ]);
  });

  it("leaves a credential's issuer, subject or scope after a dash off; after an acronym the dash opens its expansion", () => {
    expect(ids('Zorblex Practising Certificate (ZPC) – Quibbit Board of New Zealand')).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex Practising Certificate')]),
    );
    expect(ids('Zorblex Licence – Quibbit Mathematics (7–12)')).toEqual([listedSkillId('Zorblex Licence')]);
    expect(ids('Comprehensive Zorblex Instructor – Quibbit Pilates')).toEqual([listedSkillId('Comprehensive Zorblex Instructor')]);
    expect(ids('ZQB – Board Certified Zorblex Specialist')).toEqual([
      listedSkillId('ZQB'),
      listedSkillId('Board Certified Zorblex Specialist'),
    ]);
    expect(ids('Zorblex Certified Quibbit – Specialty、Zorblex Certified Flonk – Professional')).toEqual([
      listedSkillId('Zorblex Certified Quibbit'),
      listedSkillId('Zorblex Certified Flonk'),
    ]);
  });

  it('reads the certificates under 资质证书 or 资质, and an actuary\'s "Exams and Credentials"', () => {
    for (const heading of ['【【资质证书】】', '## 资质证书', '资质', 'Exams and Credentials'])
      expect(headerKind(heading)).toBe('certifications');
    const skills = parseResumeText('林伟\n\n【资质证书】\n飞鸥琛瑶训练教员合格证\n璆琅救护员证').skills.map((s) => s.id);
    expect(skills).toEqual(expect.arrayContaining([listedSkillId('飞鸥琛瑶训练教员合格证'), listedSkillId('璆琅救护员证')]));
  });

  it('reads a lawyer\'s "Areas of Practice" and "Bar Admission", a freelancer\'s "What I do", and skills of two kinds', () => {
    for (const heading of ['AREAS OF PRACTICE', 'Practice Areas', '## What I do', 'On-Air & Technical Skills', 'スキル Skills'])
      expect(headerKind(heading)).toBe('skills');
    for (const heading of ['BAR ADMISSION', 'Professional Qualifications', '培训与资质', 'License'])
      expect(headerKind(heading)).toBe('certifications');
    // Skills beside certificates under one heading are a skills section.
    expect(headerKind('Skills & Certs')).toBe('skills');
    const text =
      'Jo Reyes\n\nEDUCATION\n2010 – 2014  Binghamton University  B.A.\n\nAREAS OF PRACTICE\nZorbix petitions, Quibbit filings\nFlonkLaw';
    expect(parseResumeText(text).skills.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Zorbix petitions', 'Quibbit filings', 'FlonkLaw']),
    );
  });
});

describe('bracketedNames: the system a skill is done with, named in brackets in prose', () => {
  const names = (text: string) => bracketedNames(text).map((s) => s.name);

  it('reads each name the taxonomy does not know', () => {
    expect(names('Cash handling and POS (Zorbix), upselling.')).toEqual(['Zorbix']);
    expect(names('负责施工图绘制（AutoCAD、飞鸥 ZSSD）。')).toEqual(['飞鸥 ZSSD']);
  });

  it('reads no level, grade, amount, line of business or certificate scope', () => {
    expect(names('熟悉 Photoshop（熟练）、Excel（一般），HRBP（制造业）。')).toEqual([]);
    expect(names('TikTok Ads (USD 90k/month), 特种设备作业人员证（电梯修理 T）。')).toEqual([]);
  });
});

describe('bracketedNames: an acronym, a gloss, a code or a name in brackets after an item a reader read', () => {
  /** The names in brackets after `items`, read as a description's readers would. */
  const after = (text: string, ...items: string[]) =>
    bracketedNames(
      text,
      [],
      items.map((written) => ({ id: listedSkillId(written), name: written, written })),
    ).map((s) => s.name);
  // Both blind labellers name what the brackets hold: the acronym of a task (数据质量核查（DQA）), its other name
  // ("over-the-counter buying (kaitori)"), the standard or the system it follows or is done in.
  it('reads each part: a name, a lower-case gloss, a code, Chinese words', () => {
    expect(after('负责琛瑶核查（QBX）与璆琅编写。', '琛瑶核查')).toEqual(['QBX']);
    expect(after('over-the-counter buying (zorbikai), appraisals.', 'over-the-counter buying')).toEqual(['zorbikai']);
    expect(after('包装合规审核（QB 7718）。', '包装合规审核')).toEqual(['QB 7718']);
    expect(after('现场校验（琛瑶璆琅校验仪）。', '现场校验')).toEqual(['琛瑶璆琅校验仪']);
    expect(after('carry-over control (zorbing and quibbling)', 'carry-over control')).toEqual(['zorbing', 'quibbling']);
  });

  it('reads none after words no reader read, nor a count, a level, a branch or a certificate’s scope', () => {
    expect(after('琛瑶璆琅（QBX）。')).toEqual([]);
    expect(after('负责团队管理（8 名课程顾问），琛瑶编写（三级）。', '团队管理', '琛瑶编写')).toEqual([]);
    expect(after('琛瑶科技（璆琅分公司）', '琛瑶科技')).toEqual([]);
    expect(after('持特种作业操作证（琛瑶电工）。', '特种作业操作证')).toEqual([]);
    expect(after('Zorbix label service (Quibbit, 2020)', 'Zorbix label service')).toEqual([]);
  });

  it('reads the brackets after a task a description enumerates', () => {
    const skills = parseResumeText(
      ['林伟', '工作经历', '2019.03-至今  琛瑶科技有限公司  质量工程师', '负责来料检验、琛瑶核查（Zorbix Suite）与璆琅编写。'].join('\n'),
    ).skills.map((s) => s.id);
    expect(skills).toContain(listedSkillId('Zorbix Suite'));
  });
});

describe('listed items: a model number or a release year', () => {
  // Both blind labellers write the number as part of the name: a model ("Druck DPI 620"), a product named by its number
  // ("Studio 5000"), an act's year ("Data Protection Act 2018").
  it("stays part of a product's name, as of a standard's", () => {
    expect(ids('设备：飞鸥 Zorbmaster 700、Quibbit 2021、ISO 9001、OSHA 30')).toEqual(
      expect.arrayContaining([listedSkillId('飞鸥 Zorbmaster 700'), listedSkillId('Quibbit 2021')]),
    );
    expect(ids('Quibbit 2021')).not.toContain(listedSkillId('Quibbit'));
  });
});

describe('listed items: a Latin name in brackets after a Chinese term', () => {
  it('reads the acronym or the product as an item of its own ("固相萃取（SPE）", "票房系统（Vista）")', () => {
    expect(ids('技能：琛瑶萃取（QZX）、璆琅系统（Flonkix）')).toEqual([
      listedSkillId('琛瑶萃取'),
      listedSkillId('QZX'),
      listedSkillId('璆琅系统'),
      listedSkillId('Flonkix'),
    ]);
  });

  it('reads no state that issued a licence or a check, whatever a term its code spells ("Driver Licence (VIC)")', () => {
    const skills = parseResumeText('Jo Reyes\n\nLICENCES\nZorblex Driver Licence (VIC)\nQuibbit Check (VIC)').skills;
    expect(skills.map((s) => s.match)).not.toContain('VIC');
    expect(skills.map((s) => s.id)).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex Driver Licence'), listedSkillId('Quibbit Check')]),
    );
  });

  it('reads no language test\'s level or licence class as one ("英语（CET-6）", "驾驶证（C1）")', () => {
    expect(ids('琛瑶语（CET-6）、璆琅操作（C1）')).toEqual([listedSkillId('琛瑶语'), listedSkillId('璆琅操作')]);
  });
});

describe('listed items: a Latin name and the Chinese term of its work', () => {
  // The taxonomy's own skills: the rule is about two of them side by side.
  it('are one narrower item, in place of both', () => {
    expect(ids('技能：Excel 数据透视表、SPSS 统计分析、Python')).toEqual([
      listedSkillId('Excel 数据透视表'),
      listedSkillId('SPSS 统计分析'),
      normalizeSkill('Python')!.id,
    ]);
    const skills = parseResumeText(['郑一鸣', '', '专业技能', 'Excel 数据透视表、Python'].join('\n')).skills.map((s) => s.id);
    expect(skills).toEqual(expect.arrayContaining([listedSkillId('Excel 数据透视表'), normalizeSkill('Python')!.id]));
    expect(skills).not.toContain(normalizeSkill('Excel')!.id);
    // Listed apart, they are the two skills.
    expect(ids('Excel、数据透视表')).toEqual([normalizeSkill('Excel')!.id, normalizeSkill('数据透视表')!.id]);
    // After another tool, too: the work is this tool's, not a term the two share.
    expect(ids('Python、Excel 数据透视表')).toEqual([normalizeSkill('Python')!.id, listedSkillId('Excel 数据透视表')]);
  });
});

describe('listed items: longer Chinese terms, 独立, a list of pairs', () => {
  it('reads a Chinese term of up to ten characters, and 能独立编写 as a qualifier', () => {
    expect(ids('熟悉飞鸥批量招聘、渠道管理与蓝鲸派遣供应商管理')).toContain(listedSkillId('蓝鲸派遣供应商管理'));
    expect(ids('能独立编写飞鸥计划、蓝鲸报告')).toEqual([listedSkillId('飞鸥计划'), listedSkillId('蓝鲸报告')]);
  });

  it('reads a one-word name in a list of translation pairs as a pair too', () => {
    expect(ids('技能：Quartz tempering 飞鸥调温、Zorbiserie 蓝鲸面包')).toEqual([
      listedSkillId('Quartz tempering'),
      listedSkillId('飞鸥调温'),
      listedSkillId('Zorbiserie'),
      listedSkillId('蓝鲸面包'),
    ]);
  });
});

describe('listed items: names a slash joins', () => {
  it('reads one known and one unknown as two, a name with a slash in it whole', () => {
    expect(ids('Survey: Zorbnss/RTK, total station')).toContain(listedSkillId('Zorbnss'));
    expect(ids('Testing: A/B Testing, Zorblex')).toEqual([normalizeSkill('A/B Testing')!.id, listedSkillId('Zorblex')]);
  });

  it('gives a bare word the head or the tail the longer name shares', () => {
    expect(ids('Zorbas Gen/Building')).toEqual([listedSkillId('Zorbas Gen'), listedSkillId('Zorbas Building')]);
    expect(ids('专业：飞鸥/蓝鲸图绘制')).toEqual([listedSkillId('飞鸥绘制'), listedSkillId('蓝鲸图绘制')]);
    expect(ids('证书：飞鸥验光员（三级/高级工）')).not.toContain(listedSkillId('三级级工'));
  });
});

describe('a certifications section', () => {
  it('is a section kind of its own, read as a list of qualifications and not as prose', () => {
    expect(headerKind('资格证书')).toBe('certifications');
    expect(headerKind('Licenses & Certifications')).toBe('certifications');
    const parsed = parseResumeText(
      [
        'Jane Doe',
        'jane@example.com',
        '',
        'Experience',
        'Acme Ltd | 2019 – Present',
        'Analyst',
        '',
        'Certifications',
        'Zorblex Certified Administrator',
        'Quibbit Foundation',
      ].join('\n'),
    );
    expect(parsed.skills.map((s) => s.id)).toEqual(
      expect.arrayContaining([listedSkillId('Zorblex Certified Administrator'), listedSkillId('Quibbit Foundation')]),
    );
  });
});

describe('listed items: a Chinese qualification’s long name', () => {
  it('keeps a body’s certification whole, skills inside it or not ("中国心理学会注册心理师", "国际角膜塑形学会验配认证")', () => {
    expect(ids('飞鸥二级咨询师；中国飞鸥学会注册蓝鲸师（助理）')).toContain(listedSkillId('中国飞鸥学会注册蓝鲸师'));
    expect(ids('证书：国际角膜塑形学会验配认证')).toEqual([listedSkillId('国际角膜塑形学会验配认证')]);
  });

  it('still reads a long run of Chinese that is no qualification as no item', () => {
    expect(ids('飞鸥蓝鲸青禾白鹭赤狐玄武朱雀')).toEqual([]);
  });
});

describe('listed items: "and" between two words of work, and the work two kinds share', () => {
  it('parts two words of work ("Recruitment and training"), not what qualifies one ("written and verbal")', () => {
    expect(ids('Skills: zorbling and quibbiting, Frobnication')).toEqual(
      expect.arrayContaining([listedSkillId('zorbling'), listedSkillId('quibbiting')]),
    );
    expect(ids('Skills: written and verbal, Frobnication')).not.toContain(listedSkillId('written'));
  });

  it('gives the word before "and" the singular work the other side ends on ("voice and chat support")', () => {
    expect(ids('Skills: zorblex and quibbit support, Frobnication')).toEqual(
      expect.arrayContaining([listedSkillId('zorblex support'), listedSkillId('quibbit support')]),
    );
  });
});

describe('listed items: a category label that is a skill of its own', () => {
  const skills = (line: string) =>
    parseResumeText(['王芳', 'wangfang@example.com', '', '专业技能', line].join('\n')).skills.map((s) => s.name);

  it('keeps a four-character Chinese label the taxonomy knows ("数据分析：…"), not a field word ("工具：…")', () => {
    expect(skills('数据分析：Zorblex、Quibbit')).toContain(normalizeSkill('数据分析')!.name);
    expect(skills('工具：Zorblex、Quibbit')).toEqual(['Zorblex', 'Quibbit']);
  });
});
