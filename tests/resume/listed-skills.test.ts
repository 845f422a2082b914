/**
 * Items of a skills section the taxonomy does not know (invented tool names, so a growing taxonomy never knows them): reported
 * as written, never prose, languages or links.
 */
import { describe, expect, it } from 'vitest';
import { acronymPairs } from '../../subgraphs/resume/parser/fields/acronym-pairs.ts';
import { listedSkillId, listedSkills, withoutCategoryLabels } from '../../subgraphs/resume/parser/fields/listed-skills.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { normalizeSkill } from '../../taxonomy/taxonomy.ts';
import { taskPhrases } from '../../subgraphs/resume/parser/fields/task-phrases.ts';
import { toolPhrases } from '../../subgraphs/resume/parser/fields/tool-phrases.ts';
import { skillIds } from './labelled-set.ts';

const names = (lines: string[]) =>
  listedSkills(lines)
    .filter((s) => !s.skill)
    .map((s) => s.name);

describe('listedSkills', () => {
  it('reads the unknown items of comma, 、 and bar lists, leaving the known ones to the taxonomy', () => {
    expect(names(['Python, Quillora Vault, SQL, Zorblex'])).toEqual(['Quillora Vault', 'Zorblex']);
    expect(names(['Excel、飞鸥云、青禾U8、Photoshop'])).toEqual(['飞鸥云', '青禾U8']);
    expect(names(['Jira | Trellix Scale | TestRail'])).toEqual(['Trellix Scale']);
  });

  it('splits two Chinese items joined by 与, 和 or 及', () => {
    expect(names(['熟悉 Zorblex 材质流程与飞鸥渲染'])).toEqual(['Zorblex 材质流程', '飞鸥渲染']);
  });

  it('strips qualifiers, category labels, levels and 等', () => {
    expect(names(['熟练掌握Zorblex、Vantri等工具'])).toEqual(['Zorblex', 'Vantri']);
    expect(names(['Tools: Quillora Vault, Pellucid Orrin'])).toEqual(['Quillora Vault', 'Pellucid Orrin']);
    expect(names(['Proficient in Corvane P6 (advanced)'])).toEqual(['Corvane P6']);
    expect(names(['• Brindle – 5 years'])).toEqual(['Brindle']);
  });

  it('splits an unknown item on slashes, never a known one', () => {
    expect(names(['Zorblex/Vantri, A/B Testing'])).toEqual(['Zorblex', 'Vantri']);
    expect(names(['Microsoft Excel, Quillora'])).toEqual(['Quillora']);
  });

  it('reads one item a line (a PDF column) but never a sentence', () => {
    expect(names(['Quillora Vault', 'Zorblex'])).toEqual(['Quillora Vault', 'Zorblex']);
    expect(names(['I have worked with many reporting tools over the years'])).toEqual([]);
    expect(names(['负责公司新媒体账号的日常运营与内容发布'])).toEqual([]);
    expect(names(['具有较强的学习能力和抗压能力'])).toEqual([]);
  });

  it('leaves spoken languages, their levels, links and interests out', () => {
    expect(names(['英语 CET-6, 日语 N2'])).toEqual([]);
    expect(names(['Mandarin (Conversational), English (Native)'])).toEqual([]);
    expect(names(['Languages: Fluent Cantonese, Klingon'])).toEqual([]);
    expect(names(['github.com/someone', 'https://www.linkedin.com/in/someone'])).toEqual([]);
    expect(names(['Interests: hiking, Go (the board game), chess'])).toEqual([]);
    expect(names(['兴趣爱好：篮球、摄影'])).toEqual([]);
  });

  it('gives one id to an item however it is cased, spaced or hyphenated', () => {
    // A level, a grade or a speed in brackets or alone is no skill.
    expect(names(['引擎：Quillora 5（基础）、Zorblex（高级工）', 'Speed: 100 WPM'])).toEqual(['Quillora 5', 'Zorblex']);
    expect(listedSkillId('Quillora Vault')).toBe(listedSkillId('quillora-vault'));
    // A certificate or ability word is no part of the skill's id; a name that merely ends in 证 or 书 keeps it.
    expect(listedSkillId('QRVP designation')).toBe(listedSkillId('QRVP'));
    expect(listedSkillId('蓝鲸操作证')).toBe(listedSkillId('蓝鲸'));
    expect(listedSkillId('报关单证')).not.toBe(listedSkillId('报关单'));
    expect(listedSkillId('小红书')).not.toBe(listedSkillId('小红'));
    expect(names(['Quillora Vault, quillora vault'])).toEqual(['Quillora Vault']);
  });
});

describe('in a parsed resume', () => {
  const resume = [
    'Jane Doe',
    'jane.doe@example.com',
    '',
    'Experience',
    'Acme Pharma | 03/2019 - now',
    'Clinical Data Manager: trials.',
    '',
    'Skills',
    'SAS, Pellucid Orrin, Quillora Vault, GCP',
  ];

  it('reports the unknown items beside the taxonomy skills, below the taxonomy skills of the section', () => {
    const skills = parseResumeText(resume.join('\n')).skills;
    const unknown = skills.filter((s) => s.id.startsWith('text:'));
    expect(unknown.map((s) => [s.id, s.name])).toEqual([
      ['text:pellucidorrin', 'Pellucid Orrin'],
      ['text:quilloravault', 'Quillora Vault'],
    ]);
    expect(unknown.every((s) => s.confidence === 0.8)).toBe(true);
    expect(skills.some((s) => s.id === 'sas' && s.confidence === 0.9)).toBe(true);
  });

  it('matches a label the taxonomy does not know by its written text (the benchmark)', () => {
    const got = parseResumeText(resume.join('\n')).skills.map((s) => s.id);
    expect(skillIds(['Pellucid ORRIN', 'quillora vault'])).toEqual(got.filter((id) => id.startsWith('text:')));
  });
});

describe('category labels and lines of business', () => {
  const ids = (text: string) => parseResumeText(text).skills.map((s) => s.id);
  const resume = (skills: string[], description = 'Clinical Data Manager: trials.') =>
    ['Jane Doe', 'jane.doe@example.com', '', 'Experience', 'Acme | 03/2019 - now', description, '', 'Skills', ...skills].join('\n');

  it('reads a category label as a heading, not a skill, and keeps a label that is a skill', () => {
    expect(withoutCategoryLabels(['芯片与系统：STM32、FreeRTOS', 'Cloud & DevOps: Terraform', 'Python: pandas, NumPy'])).toEqual([
      'STM32、FreeRTOS',
      'Terraform',
      'Python: pandas, NumPy',
    ]);
    expect(ids(resume(['芯片与系统：STM32']))).not.toContain('semiconductor');
    expect(withoutCategoryLabels(['前端基础：HTML、CSS', 'Design basics: Figma'])).toEqual(['HTML、CSS', 'Figma']);
    expect(withoutCategoryLabels(['外贸流程：询盘、报价', 'Hiring process: Zorblex'])).toEqual(['询盘、报价', 'Zorblex']);
    // A field's English word is a heading; a skill's name heads its own tools.
    expect(withoutCategoryLabels(['Backend: gRPC, REST', 'Cloud: AWS, Docker', '推荐系统：召回、精排'])).toEqual([
      'gRPC, REST',
      'AWS, Docker',
      '推荐系统：召回、精排',
    ]);
    // A Chinese field of a few characters before a list; before one item it may be the skill itself.
    expect(withoutCategoryLabels(['安全：JHA、HAZOP', '环保：环评、排污许可', '安全：Zorblex'])).toEqual([
      'JHA、HAZOP',
      '环评、排污许可',
      '安全：Zorblex',
    ]);
    expect(ids(resume(['Python: pandas, NumPy']))).toEqual(expect.arrayContaining(['python', 'pandas', 'numpy']));
  });

  it('reads a term before "client", "industry" or 行业 in a description as a line of business', () => {
    expect(ids(resume(['SQL'], 'Analyst: requirements for a retail banking client.'))).not.toContain('banking');
    expect(ids(resume(['SQL'], 'Analyst: reconciled retail banking ledgers.'))).toContain('banking');
    // In Chinese too (no word boundary after 客户), and the plant worked in (污水处理厂).
    const banking = normalizeSkill('零售银行')?.id;
    expect(ids(resume(['SQL'], '负责零售银行客户的需求调研。'))).not.toContain(banking);
    expect(ids(resume(['SQL'], '负责零售银行业务的对账。'))).toContain(banking);
    // A term before the team or department it names: the people, not a skill ("the front desk and concierge team").
    const banking2 = normalizeSkill('retail banking')!.id;
    expect(ids(resume(['SQL'], 'Analyst: reported to the retail banking team.'))).not.toContain(banking2);
    const waterTreatment = normalizeSkill('污水处理')!.id;
    expect(ids(resume(['SQL'], '负责污水处理厂在线监测设备运维。'))).not.toContain(waterTreatment);
    expect(ids(resume(['SQL'], '负责污水处理。'))).toContain(waterTreatment);
    // The work done on it is the task as written (mention-items.ts).
    expect(ids(resume(['SQL'], '负责污水处理工艺调试。'))).toContain('text:污水处理工艺调试');
  });

  it('reads a broad field before a list as a heading ("ML: TensorFlow, PyTorch", "Big data: Spark, Hive")', () => {
    expect(withoutCategoryLabels(['ML：TensorFlow、PyTorch', 'Big data: Spark, Hive', 'Python: pandas, NumPy'])).toEqual([
      'TensorFlow、PyTorch',
      'Spark, Hive',
      'Python: pandas, NumPy',
    ]);
  });

  it('reads a language test as a spoken language, not a skill', () => {
    const skills = parseResumeText(
      [
        '王芳',
        'wangfang@example.com',
        '',
        '工作经历',
        '某中学 | 2019.03-至今',
        '数学教师',
        '',
        '专业技能',
        '教师资格证、普通话二级甲等、Excel',
      ].join('\n'),
    ).skills.map((s) => s.id);
    expect(skills).not.toContain(normalizeSkill('普通话二级甲等')?.id ?? 'none');
    expect(skills).toContain('excel');
  });
});

describe('taskPhrases: the enumerated tasks of a Chinese description', () => {
  const names = (text: string) => taskPhrases(text).map((s) => s.name);
  const tools = (text: string) => toolPhrases(text).map((s) => s.name);

  it('reads the terms a verb of doing enumerates, leaving the taxonomy its skills', () => {
    expect(names('负责月末结账、凭证审核和底稿编制，在系统中完成成本核算。')).toContain('底稿编制');
    expect(names('负责飞鸥云核验、蓝鲸云核验和青禾云核验。')).toEqual(['飞鸥云核验', '蓝鲸云核验', '青禾云核验']);
    expect(names('主导 8D 报告和客户投诉分析。').length).toBeGreaterThan(0);
    expect(names('负责安全气囊控制器的蓝鲸云核验与青禾云核验。')).toEqual(['蓝鲸云核验', '青禾云核验']);
    expect(names('用生意参谋做竞品分析和流量分析。')).not.toContain('生意参谋');
    // The work the last item ends on is the short things' before it too, not a task's or a skill's of its own.
    expect(names('负责每日飞鸥与蓝鲸值监测。')).toEqual(['飞鸥监测', '蓝鲸值监测']);
    expect(names('组织青禾、飞鸥与蓝鲸检测。')).toEqual(['青禾检测', '飞鸥检测', '蓝鲸检测']);
    expect(names('负责排班、招聘与蓝鲸值管理。')).toEqual(expect.arrayContaining(['蓝鲸值管理']));
    expect(names('负责排班、招聘与蓝鲸值管理。')).not.toContain('排班管理');
  });

  it('reads a Latin name that a verb of using governs as a tool', () => {
    expect(tools('用 Zorblex 抓包，推行 QBT（先到期先出）。')).toEqual(expect.arrayContaining(['Zorblex', 'QBT']));
    expect(tools('年 GMV 2.3 亿，负责 MOBA 手游测试。')).toEqual([]);
  });

  it('reads the one task a tool is used for', () => {
    expect(tools('使用 Opera PMS 做青禾核房，推动 upselling。')).toEqual(['青禾核房']);
    expect(tools('用蓝鲸系统做飞鸥核验。')).toEqual(['飞鸥核验']);
    expect(tools('用心做好每一件事。')).toEqual([]);
  });

  it('reads the one thing a tool makes, and a task a Latin name opens', () => {
    expect(tools('使用 Zorblex 绘制青禾结构图。')).toEqual(expect.arrayContaining(['青禾结构图']));
    expect(tools('用蓝鲸系统出具飞鸥检测单。')).toEqual(['飞鸥检测单']);
    expect(tools('用 SQL 做 QBT 分析。')).toEqual(['QBT 分析']);
  });

  it('reads a run of terms that 、 separates wherever it stands: in brackets, after a colon, before 等', () => {
    // 前台接诊 is one task alone after its verb.
    expect(names('负责前台接诊，协助飞鸥检查（蓝鲸检测、青禾检测）。')).toEqual(['前台接诊', '蓝鲸检测', '青禾检测']);
    expect(names('物理治疗：飞鸥松动术、蓝鲸训练和青禾训练。')).toEqual(['飞鸥松动术', '蓝鲸训练', '青禾训练']);
    expect(names('操作飞鸥波频、蓝鲸波、青禾波等理疗设备。')).toEqual(['飞鸥波频', '蓝鲸波', '青禾波']);
    expect(names('撰写飞鸥项目书与蓝鲸评估报告。')).toEqual(['飞鸥项目书', '蓝鲸评估报告']);
  });

  it('reads the one document a verb of writing makes', () => {
    // 康复评定, one task alone after its verb, is a skill the taxonomy knows.
    expect(names('完成康复评定并书写飞鸥治疗记录。')).toEqual(['飞鸥治疗记录', 'Physical Therapy']);
    expect(names('编制蓝鲸监测月报。')).toEqual(['蓝鲸监测月报']);
    expect(names('有管理经验。')).toEqual([]);
    expect(names('编制计划。')).toEqual([]);
  });

  it('reads a task narrower than a skill it names inside as a task of its own ("观众数据分析")', () => {
    expect(names('展后做飞鸥数据分析和蓝鲸复盘。')).toEqual(['飞鸥数据分析', '蓝鲸复盘']);
  });

  it('reads the terms more verbs of doing enumerate (写, 建立, 管理 …), no verb, supplier or discipline among them', () => {
    expect(names('写飞鸥策划案和蓝鲸台本。')).toEqual(['飞鸥策划案', '蓝鲸台本']);
    expect(names('对接展商和特装搭建商。')).toEqual([]);
    expect(names('协调结构、机电专业。')).toEqual([]);
    // The clause 并 opens is one of its own: the record it builds is read, as one task alone (建立屈光档案), and so is
    // the plan the first clause explains.
    expect(names('讲解飞鸥方案并建立蓝鲸档案。')).toEqual(['飞鸥方案', '蓝鲸档案']);
  });

  it('reads no people or places served as tasks', () => {
    expect(names('个案管理 40 余个（独居、失能长者）。')).toEqual([]);
    expect(names('开发与维护二级医院及连锁药店客户。')).toEqual([]);
    expect(names('近视、远视。')).toEqual(['近视', '远视']);
  });

  it('reads a task that is the work done with a skill as that skill', () => {
    const tasks = taskPhrases('负责月末结账、凭证审核和财务报表编制。');
    expect(tasks.find((t) => t.written === '财务报表编制')?.id).toBe(normalizeSkill('财务报表')!.id);
    expect(tasks.find((t) => t.written === '月末结账')?.id).toBe(normalizeSkill('月末结账')!.id);
  });

  it('reads a team that is managed, built or trained, beside prose', () => {
    expect(names('负责公司的日常运营和团队管理。')).toEqual(['Team Management']);
    expect(names('负责飞鸥团队管理与团队带教。')).toEqual(['飞鸥团队管理', '团队带教']);
  });

  it('reads the 过 of 过程 or 过滤 as part of a term, not as the particle of a thing done', () => {
    expect(names('负责飞鸥过程巡检与蓝鲸过滤。')).toEqual(['飞鸥过程巡检', '蓝鲸过滤']);
    expect(names('做过飞鸥巡检。')).toEqual([]);
  });

  it('reads no prose, no single term that names no work, no places, no numbers and no verbs sharing an object', () => {
    expect(names('负责公司的日常运营和团队氛围。')).toEqual([]);
    expect(names('负责公司凭证。')).toEqual([]);
    expect(names('负责欧洲与北美客户开发。')).toEqual([]);
    expect(names('负责设计、开发和维护支付系统。')).toEqual([]);
    // Of two items, the term beside a verb phrase is read (the plan 制定 makes), the verb phrase not.
    expect(names('负责制定部门季度规划与跟踪执行。')).toEqual(['部门季度规划']);
    expect(names('协助中心完成飞鸥申报与启动。')).not.toContain('启动');
    expect(names('负责蓝鲸方案设计与深化。')).not.toContain('深化');
    expect(names('负责 300 人办公室与 20 个门店。')).toEqual([]);
  });
});

describe('a term beside its acronym', () => {
  it('is one item named by its words, not the acronym nor an item split on "and"', () => {
    const ids = listedSkills(['Safety: Safety and emergency procedures (SEP), First Aid, CRM (Crew Resource Management)']).map((s) => s.id);
    expect(ids).toContain(normalizeSkill('SEP')?.id ?? listedSkillId('SEP'));
    expect(ids).toContain(normalizeSkill('Crew Resource Management')?.id ?? listedSkillId('Crew Resource Management'));
    expect(ids).not.toContain('crm');
    expect(listedSkills(['Early Years Learning Framework (EYLF)']).map((s) => s.id)).toEqual([
      normalizeSkill('EYLF')?.id ?? listedSkillId('EYLF'),
    ]);
    expect(ids).not.toContain(listedSkillId('emergency procedures'));
    const parsed = parseResumeText('Skills\nCRM (Crew Resource Management), Zorblex (ZBX)').skills.map((s) => s.id);
    expect(parsed).not.toContain('crm');
    expect(parsed).not.toContain('resource-management');
  });

  it('reports the words too when the taxonomy knows neither ("Accredited Practising Dietitian (APD)")', () => {
    expect(names(['Zorblex Practising Quibbit (ZPQ)'])).toEqual(['ZPQ', 'Zorblex Practising Quibbit']);
  });

  it('leaves a bracket that is no acronym of the words before it alone', () => {
    expect(names(['Quillora Vault (QV), Pellucid Orrin (advanced)'])).toEqual(['QV', 'Quillora Vault', 'Pellucid Orrin']);
    expect(acronymPairs('Zorblex (ZBX), Brindle (BR)')).toEqual([]);
  });

  it('reads a bracket after an acronym that holds only dashes or starts with one, and no pair in it', () => {
    // The bracket's words were split on dashes with the empty ones kept, and the first letter of '' threw.
    expect(acronymPairs('API (- gateway), SLA ( -), KPI (-- x)')).toEqual([]);
    expect(parseResumeText('Projects\nAPI (- gateway rewrite), cut latency').experience).toEqual([]);
  });
});

describe('an item naming a taxonomy skill with a word or two more', () => {
  it('stands in place of a skill the taxonomy reads inside it only with the list as context (版本运营: 运营)', () => {
    const operations = normalizeSkill('运营')!.id;
    const ids = parseResumeText('专业技能\n活动策划、琛瑶运营、用户运营').skills.map((s) => s.id);
    expect(ids).toContain(listedSkillId('琛瑶运营'));
    expect(ids).not.toContain(operations);
    // Named alone too, it stays.
    expect(parseResumeText('专业技能\n运营、琛瑶运营、用户运营').skills.map((s) => s.id)).toContain(operations);
  });

  it('is the narrower skill as written, in place of the broader one, in the descriptions too', () => {
    const items = listedSkills(['Payroll outsourcing, applied econometrics, Excel']);
    expect(items.map((s) => s.id)).toEqual(
      expect.arrayContaining([listedSkillId('Payroll outsourcing'), listedSkillId('applied econometrics'), 'excel']),
    );
    const parsed = parseResumeText(
      'Skills\nPayroll outsourcing, applied econometrics\n\nExperience\nHelped with payroll in the econometrics labs.',
    ).skills.map((s) => s.id);
    expect(parsed).not.toContain('payroll');
    expect(parsed).not.toContain('econometrics');
  });

  it('in Chinese too, when the term it adds narrows the skill, not when it names its rules, system or whole process', () => {
    const items = listedSkills(['口译：飞鸥口译、Zorblex']);
    expect(items.map((s) => s.id)).toEqual([listedSkillId('飞鸥口译'), listedSkillId('Zorblex')]);
    const interpreting = normalizeSkill('口译')!.id;
    expect(parseResumeText('专业技能\n飞鸥口译、Zorblex').skills.map((s) => s.id)).not.toContain(interpreting);
    // A brand in Latin letters among the characters it adds: the narrower skill too.
    expect(listedSkills(['Zorblex 口译机']).map((s) => s.name)).toEqual(['Zorblex 口译机']);
    // A Latin name before the skill: the narrower skill too.
    expect(listedSkills(['QBX口译']).map((s) => s.name)).toEqual(['QBX口译']);
    // Left to the taxonomy's mentions: the broader skill.
    expect(listedSkills(['口译规范、口译全流程'])).toEqual([]);
    expect(parseResumeText('专业技能\n口译规范、口译全流程').skills.map((s) => s.id)).toEqual([interpreting]);
  });

  it('strips 持有 before and 等…软件 after an item', () => {
    expect(names(['持有Zorblex证、Vantri 等财务软件'])).toEqual(['Zorblex证', 'Vantri']);
    expect(names(['会用 Zorblex、能用Vantri'])).toEqual(['Zorblex', 'Vantri']);
  });

  it('reads versions in brackets as the item, status words after it as nothing', () => {
    expect(listedSkills(['C (C99/C11), Java (8/11/17), Zorblex (3.x)']).map((s) => s.name)).toEqual(['C', 'Java', 'Zorblex']);
    expect(names(['Zorblex current, Vantri in progress'])).toEqual(['Zorblex', 'Vantri']);
  });

  it("reads an exam status as nothing, a code's 标准 as the code, a policy whole, arrows as separators", () => {
    expect(names(['Zorblex（已过 5 门）、Vantri（在考）'])).toEqual(['Zorblex', 'Vantri']);
    // Both blind labellers write a policy with its 政策 ("社保公积金政策"): +0.01 F1 on every second dev resume.
    expect(names(['熟悉 ZQ-7525 标准、飞鸥退税政策'])).toEqual(['ZQ-7525', '飞鸥退税政策']);
    expect(names(['Zorblex（飞鸥 → 青禾 -> Vantri）'])).toEqual(['Zorblex', '飞鸥', '青禾', 'Vantri']);
  });

  it("reads what a certificate's brackets say as its level or scope", () => {
    expect(names(['飞鸥资格证（初级中学 数学）、Zorblex Licence (Class C)'])).toEqual(['飞鸥资格证', 'Zorblex Licence']);
  });

  it('measures a Chinese item without its certificate word', () => {
    expect(names(['持有飞鸥青禾云帆技术（初级师）资格证'])).toEqual(['飞鸥青禾云帆技术资格证']);
    expect(listedSkillId('飞鸥青禾云帆技术资格证')).toBe(listedSkillId('飞鸥青禾云帆技术'));
  });

  it('splits the Chinese term listed brands share from the last of them', () => {
    expect(names(['掌握 Zorblex、Vantri、Quillora 飞鸥编程'])).toEqual(['Zorblex', 'Vantri', 'Quillora', '飞鸥编程']);
    expect(names(['Quillora 飞鸥编程'])).toEqual(['Quillora 飞鸥编程']);
  });

  it('splits at "and" or "&" only between items that stand on their own', () => {
    expect(names(['Zorblex prevention & control, Quillora and Vantri'])).toEqual(['Zorblex prevention & control', 'Quillora', 'Vantri']);
  });

  it('reads two taxonomy terms a word apart as one product, not across a preposition', () => {
    expect(listedSkills(['Salesforce Service Cloud']).map((s) => s.name)).toEqual(['Salesforce Service Cloud']);
    const ids = parseResumeText('Skills\nTools: Salesforce Service Cloud, Zendesk').skills.map((s) => s.id);
    expect(ids).not.toContain('cloud-computing');
    expect(ids).not.toContain('salesforce');
    expect(listedSkills(['Document review in Relativity']).map((s) => s.name)).not.toContain('Document review in Relativity');
  });

  it('keeps an ambiguous alias one space from another Latin word to its phrase, in a list too', () => {
    const ids = listedSkills(['CAT tools: SDL Trados Studio, Quillora']).map((s) => s.id);
    expect(ids).not.toContain('social-insurance');
    expect(skillIds(['SDL'])).toEqual(['social-insurance']);
  });

  it('reads a product named by two terms one space apart as written, unless the section names one alone too', () => {
    expect(listedSkills(['Oracle CRM, Excel']).map((s) => s.id)).toEqual([listedSkillId('Oracle CRM'), 'excel']);
    const parsed = parseResumeText('Skills\nOracle CRM, Excel\nCRM').skills.map((s) => s.id);
    expect(parsed).toEqual(expect.arrayContaining([listedSkillId('Oracle CRM'), 'crm']));
    expect(parsed).not.toContain('oracle-db');
  });

  it('does not take a qualifier out of a word (SolidWorks is no "solid" Works)', () => {
    expect(listedSkills(['熟练掌握 SolidWorks、Strong Zorblex']).map((s) => s.name)).toEqual(['SolidWorks', 'Zorblex']);
    expect(names(['Working knowledge of Zorblex'])).toEqual(['Zorblex']);
    expect(names(['Blue Card (Working with Zorblex Check)'])).not.toContain('Zorblex Check');
  });
});

describe('a plural counted in a description', () => {
  it('names people or things, not a skill', () => {
    const ids = (text: string) => parseResumeText(`Experience\n${text}`).skills.map((s) => s.id);
    const skill = normalizeSkill('teaching assistant')?.id;
    expect(skill).toBeTruthy();
    expect(ids('Lecturer. Supervise papers and coordinate 6 teaching assistants.')).not.toContain(skill);
    expect(ids('Lecturer. Worked as a teaching assistant for two years.')).toContain(skill);
  });
});

describe('one word in brackets after an item', () => {
  it('qualifies the item unless the taxonomy knows it', () => {
    expect(names(['Quillora Vault (QVX-DE), Pellucid Orrin (Adult)'])).toEqual(['Quillora Vault', 'Pellucid Orrin']);
    expect(listedSkills(['Zorblex (VBA)']).map((s) => s.id)).toContain('vba');
    expect(names(['Zorblex (Quillora, Vantri)'])).toEqual(['Zorblex', 'Quillora', 'Vantri']);
  });
});

describe('the abilities a self-assessment claims, not its character traits', () => {
  const resume = (summary: string, description: string) =>
    ['王芳', 'wangfang@example.com', '', '工作经历', '某公司 | 2019.03-至今', '测试工程师', description, '', '自我评价', summary].join(
      '\n',
    );
  const ids = (text: string) => parseResumeText(text).skills.map((s) => s.id);

  it('reads the abilities of a 自我评价, which a description states only with their own context', () => {
    const claimed = ids(resume('自律耐心，责任心强，沟通顺畅。', '负责功能测试。'));
    expect(claimed).toEqual(expect.arrayContaining(['self-management', 'communication']));
    expect(ids(resume('热爱游戏。', '耐心解答玩家问题，负责功能测试。'))).not.toContain('patience');
  });

  it('leaves a character trait off however it is claimed ("耐心", "责任心强", "有耐心有爱心"), a competency beside it stays', () => {
    const traits = ids(resume('自律耐心，责任心强，沟通顺畅。', '负责功能测试。'));
    expect(traits).not.toContain('patience');
    expect(traits).not.toContain('accountability');
    expect(ids(resume('有耐心有爱心。', '负责功能测试。'))).not.toContain('patience');
    expect(ids(resume('耐心亲和，注重细节。', '负责功能测试。'))).toEqual(expect.arrayContaining(['attention-to-detail']));
    expect(ids(resume('Patient, reliable and detail-oriented; strong stakeholder management.', 'Functional testing.'))).not.toEqual(
      expect.arrayContaining(['patience']),
    );
  });
});
