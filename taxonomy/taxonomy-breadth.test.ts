/** The taxonomy's breadth over the job families, and the forms of English (spellings, "&", brackets) it reads. */
import { describe, expect, it } from 'vitest';
import { SkillTaxonomy, findSkills, normalizeSkill, skillTaxonomy } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

describe('spellings and forms across English', () => {
  it('reads British and American spellings each way, for terms written either way', () => {
    expect(normalizeSkill('Data Visualisation')?.id).toBe('data-visualization');
    expect(normalizeSkill('Organizational Change Management')?.id).toBe('change-management');
    expect(normalizeSkill('Organisational Change Management')?.id).toBe('change-management');
    expect(normalizeSkill('Programme Management')?.id).toBe('program-management');
    expect(normalizeSkill('Behaviour-driven Development')?.id).toBe(normalizeSkill('Behavior-driven Development')?.id);
    expect(ids('Led process optimisation and data visualisation; data modelling in dbt')).toEqual([
      'process-improvement',
      'data-visualization',
      normalizeSkill('data modeling')!.id,
      'dbt',
    ]);
  });

  it('reads "&" for "and" and back', () => {
    expect(normalizeSkill('Mergers & Acquisitions')?.id).toBe('mergers-acquisitions');
    expect(normalizeSkill('Training & Development')?.id).toBe('training-development');
    expect(normalizeSkill('Sales and Trading')?.id).toBe(normalizeSkill('Sales & Trading')?.id);
  });

  it('never lets a spelling variant take a term another skill owns', () => {
    const taxonomy = new SkillTaxonomy([
      { id: 'a', name: 'Labeling', nameZh: '甲', aliases: [], ambiguousAliases: [], category: 'x', related: [] },
      { id: 'b', name: 'Labelling', nameZh: '乙', aliases: [], ambiguousAliases: [], category: 'x', related: [] },
    ]);
    expect(taxonomy.normalizeSkill('labeling')?.id).toBe('a');
    expect(taxonomy.normalizeSkill('labelling')?.id).toBe('b');
    expect(taxonomy.findSkills('labelling, labeling').map((m) => m.skill.id)).toEqual(['b', 'a']);
  });

  it('reads a space between the Chinese and the Latin of a term', () => {
    expect(ids('熟练掌握西门子 S7-1500、三菱 FX 系列 PLC 编程')).toEqual(['siemens-s7', 'mitsubishi-plc', 'plc']);
    expect(ids('熟悉 Go 语言与 A/B 测试')).toEqual(['go', 'ab-testing']);
  });

  it('keeps a bracket that closes one inside the term, and drops loose ones', () => {
    expect(normalizeSkill('SFRS(I)')?.id).toBe('local-gaap');
    expect(normalizeSkill('(SQL)')?.id).toBe('sql');
    expect(normalizeSkill('Python)')?.id).toBe('python');
  });
});

describe('breadth across the job families', () => {
  const { skills } = skillTaxonomy();

  it('has 1,300 skills or more, with a Chinese name each and categories for every family', () => {
    expect(skills.length).toBeGreaterThanOrEqual(1300);
    const categories = new Set(skills.map((s) => s.category));
    for (const category of ['soft-skill', 'security', 'ecommerce', 'media', 'admin', 'engineering', 'construction', 'energy', 'quality']) {
      expect(categories, category).toContain(category);
    }
  });

  it.each([
    ['沟通能力', 'communication'],
    ['团队协作', 'teamwork'],
    ['领导力', 'leadership'],
    ['Stakeholder Management', 'stakeholder-management'],
    ['Problem Solving', 'problem-solving'],
    ['谈判', 'negotiation'],
    ['Presentation Skills', 'presentation'],
    ['时间管理', 'time-management'],
    ['项目管理', 'project-management'],
    ['流程优化', 'process-improvement'],
    ['数据分析', 'data-analysis'],
    ['执行力', 'execution'],
    ['抗压能力', 'stress-tolerance'],
    ['跨文化沟通', 'cross-cultural-communication'],
    ['OKR', 'performance-management'],
    ['PMP', 'project-management'],
    ['PRINCE2', 'prince2'],
    ['甘特图', 'gantt'],
    ['SWOT分析', 'swot'],
    ['Change Management', 'change-management'],
    ['SIEM', 'siem'],
    ['等保', 'security-compliance'],
    ['CISSP', 'security-certifications'],
    ['转让定价', 'transfer-pricing'],
    ['汇算清缴', 'corporate-income-tax'],
    ['Statutory Audit', 'statutory-audit'],
    ['Chartered Accountant', 'chartered-accountant'],
    ['ASC 606', 'revenue-recognition'],
    ['亚马逊运营', 'amazon-seller'],
    ['Shopify', 'shopify'],
    ['天猫运营', 'taobao-tmall'],
    ['危机公关', 'crisis-communications'],
    ['新闻稿撰写', 'media-relations'],
    ['脚本撰写', 'scriptwriting'],
    ['Service Design', 'service-design'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads a character trait only in a list of skills, a competency (X能力, 执行力) anywhere', () => {
    expect(ids('工作认真负责，注重细节，积极主动')).toEqual([]);
    expect(ids('注重细节、积极主动', { isSkillList: true })).toEqual(['attention-to-detail', 'self-motivation']);
    expect(ids('十年经验，执行力强，具备良好的抗压能力')).toEqual(['execution', 'stress-tolerance']);
  });

  it('needs context for words of everyday English that name a tool or a trade', () => {
    const everyday = [
      'Word',
      'Access',
      'Go',
      'Teams',
      'Office',
      'Lead',
      'Sales',
      'Outlook',
      'Slack',
      'Excel',
      'Keynote',
      'Canvas',
      'Trading',
      'Editing',
      'Hosting',
      'Sage',
      'Segment',
      'Waterfall',
      'Execution',
      'Innovation',
      'Restructuring',
      'Bootstrap',
      'Tornado',
    ];
    const unambiguous = new Map<string, string>();
    for (const skill of skills) {
      const ambiguous = new Set(skill.ambiguousAliases);
      for (const term of [skill.name, skill.nameZh, ...skill.aliases])
        if (!ambiguous.has(term)) unambiguous.set(term.toLowerCase(), skill.id);
    }
    for (const word of everyday) expect(unambiguous.get(word.toLowerCase()), word).toBeUndefined();
    expect(ids('Our teams used outlook, slack and word of mouth to lead sales; the waterfall was an execution of innovation')).toEqual([]);
    expect(ids('Outlook, Slack, Teams, Keynote', { isSkillList: true })).toEqual(['outlook', 'slack', 'ms-teams', 'keynote']);
  });

  it('does not read everyday prose, company names or meetings as trade skills', () => {
    expect(ids('Fluent in English; empower the team; visa sponsorship required; turnaround time; collections of data')).toEqual([]);
    expect(ids('Copyright 2024; casting a wide net; the data platform team')).toEqual([]);
    expect(ids('在上海某模具有限公司、某光伏科技公司工作，组织项目启动会')).toEqual([]);
    expect(ids('熟悉 Fluent、ANSYS 仿真')).toEqual(['cfd', 'fea']);
  });

  it('reads multi-word soft skills as phrases, never a generic word alone', () => {
    expect(ids('management of the office; solving the problem; time to manage')).toEqual([]);
    expect(ids('Strong stakeholder management, time management and problem-solving skills')).toEqual([
      'stakeholder-management',
      'time-management',
      'problem-solving',
    ]);
  });
});

describe('everyday work, platforms and certificates as resumes write them', () => {
  it.each([
    ['凭证录入', 'accounting'],
    ['往来对账', 'accounts-payable'],
    ['工资核算', 'payroll'],
    ['社保增减员', 'social-insurance'],
    ['印章管理', 'seal-management'],
    ['进销存', 'purchase-sales-inventory'],
    ['千牛', 'taobao-tmall'],
    ['聚水潭', 'ecommerce-erp'],
    ['有赞', 'social-commerce-saas'],
    ['用友T3', 'yonyou'],
    ['金蝶KIS', 'kingdee'],
    ['广联达BIM5D', 'glodon'],
    ['医院HIS', 'his'],
    ['CFA Level II', 'cfa'],
    ['ACCA Affiliate', 'acca'],
    ['CHRP designation', 'hr-certification'],
    ['一级建造师(机电)', 'construction-certifications'],
    ['高中教师资格证', 'teacher-certification'],
    ['焊工证', 'welding'],
    ['登高证', 'working-at-heights'],
    ['六西格玛绿带', 'six-sigma'],
    ['Lean Six Sigma Black Belt', 'six-sigma'],
    ['IATF 16949内审员', 'internal-audit-iso'],
    ['ISO 9001 Lead Auditor', 'internal-audit-iso'],
    ['五大工具', 'quality-core-tools'],
    ['Core Tools', 'quality-core-tools'],
    ['8D报告', 'eight-d'],
    ['三坐标测量仪', 'cmm'],
    ['出货检验', 'quality-inspection'],
    ['质量追溯', 'quality-traceability'],
    ['Microsoft Word', 'office-software'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads a bare platform or a generic word of a trade only with context', () => {
    expect(ids('抖音、小红书、B站', { isSkillList: true })).toEqual(['douyin', 'xiaohongshu', 'bilibili']);
    expect(ids('熟悉抖音')).toEqual(['douyin']);
    expect(ids('他在抖音工作过两年')).toEqual([]);
    expect(ids('Project Delivery, Agile')).toEqual(['agile']);
    expect(ids('8D, FMEA')).toEqual(['eight-d', 'fmea']);
    expect(ids('编号8D')).toEqual([]);
  });
});

describe('a skill with its ability or certificate word', () => {
  it('names the skill: 沟通协调能力, 护士执业证书, 叉车操作证, communication skills', () => {
    expect(normalizeSkill('沟通协调能力')?.id).toBe(normalizeSkill('沟通协调')?.id);
    expect(normalizeSkill('团队管理能力')?.id).toBe(normalizeSkill('团队管理')?.id);
    expect(normalizeSkill('护士执业证书')?.id).toBe(normalizeSkill('护士执业证')?.id);
    expect(normalizeSkill('Communication Skills')?.id).toBe('communication');
    expect(normalizeSkill('Python证书')?.id).toBe('python');
  });

  it('never makes a skill of the word alone or of an unknown stem', () => {
    expect(normalizeSkill('能力')).toBeNull();
    expect(normalizeSkill('证书')).toBeNull();
    expect(normalizeSkill('skills')).toBeNull();
    expect(normalizeSkill('飞鸥云证书')).toBeNull();
  });
});

describe('two-character Chinese terms in prose', () => {
  const prose = (text: string) => findSkills(text, { isProse: true }).map((m) => m.match);

  it('count standing alone, never glued into a longer word', () => {
    expect(prose('负责凭证审核和报表编制')).not.toContain('审核');
    expect(prose('用 SPC 监控关键工序')).not.toContain('监控');
    expect(prose('负责访客接待、快递收发')).not.toContain('快递');
    expect(prose('使用秀米与135编辑器排版，推行内审。')).toEqual(expect.arrayContaining(['秀米', '内审']));
  });

  it('are read as they are in a list or a query', () => {
    expect(prose('用秀米排版')).not.toContain('秀米');
    expect(findSkills('用秀米排版').map((m) => m.match)).toContain('秀米');
    expect(findSkills('快递、审核', { isSkillList: true }).map((m) => m.match)).toEqual(expect.arrayContaining(['快递', '审核']));
    // Glued to a further character, an ambiguous term is part of that word, in a list too ("化工安全" holds no 安全).
    expect(findSkills('快递派件、审核', { isSkillList: true }).map((m) => m.match)).toEqual(['审核']);
    // A Latin one beside a name's capitalised word is part of that name; beside a verb it is itself.
    expect(findSkills('Salesforce Service Cloud, SDL Trados Studio', { isSkillList: true }).map((m) => m.skill.id)).not.toContain(
      'cloud-computing',
    );
    expect(findSkills('who knows Go, with 2 years', { isSkillList: true }).map((m) => m.skill.id)).toContain('go');
  });
});
