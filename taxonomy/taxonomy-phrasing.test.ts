/**
 * The taxonomy's seventh round (written blind): how resumes phrase what the taxonomy already knows — the soft skills and
 * work traits of a 自我评价 / Profile, everyday office practices, and each family's Chinese task forms, abbreviations and
 * spellings. The sibling of taxonomy-depth.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

describe('the seventh round: soft skills and work traits as resumes claim them', () => {
  it.each([
    ['沟通能力强', 'communication'],
    ['Effective Communicator', 'communication'],
    ['跨部门沟通协调', 'stakeholder-management'],
    ['跨团队沟通', 'stakeholder-management'],
    ['Stakeholder mgmt', 'stakeholder-management'],
    ['Cross-functional Communication', 'stakeholder-management'],
    ['团队协作精神', 'teamwork'],
    ['团队合作精神', 'teamwork'],
    ['Team-oriented', 'teamwork'],
    ['抗压能力强', 'stress-tolerance'],
    ['Works Well Under Pressure', 'stress-tolerance'],
    ['严谨细致', 'attention-to-detail'],
    ['Eye for Detail', 'attention-to-detail'],
    ['耐心', 'patience'],
    ['Patience', 'patience'],
    ['责任心强', 'accountability'],
    ['Ownership', 'accountability'],
    ['自驱力', 'self-motivation'],
    ['Self-starter', 'self-motivation'],
    ['Proactive', 'self-motivation'],
    ['学习能力强', 'learning-agility'],
    ['Quick Learner', 'learning-agility'],
    ['分析和解决问题', 'problem-solving'],
    ['领导力', 'leadership'],
    ['带新人', 'mentoring'],
    ['Coaching Juniors', 'mentoring'],
    ['Mentorship', 'mentoring'],
    ['带领团队', 'team-management'],
    ['Meeting Deadlines', 'time-management'],
    ['适应能力强', 'adaptability'],
    ['服务意识', 'customer-focus'],
    ['Customer-focused', 'customer-focus'],
    ['质量意识', 'quality-awareness'],
    ['品质意识', 'quality-awareness'],
    ['安全意识', 'safety-awareness'],
    ['Safety-conscious', 'safety-awareness'],
    ['动手能力', 'hands-on-ability'],
    ['Hands-on', 'hands-on-ability'],
    ['Mechanical Aptitude', 'hands-on-ability'],
    ['创意', 'creativity'],
    ['Out-of-the-box Thinking', 'creativity'],
    ['审美', 'aesthetic-sense'],
    ['Eye for Design', 'aesthetic-sense'],
    ['诚信', 'integrity'],
    ['Honesty', 'integrity'],
    ['Resilient', 'stress-tolerance'],
    ['Juggling Multiple Priorities', 'multitasking'],
    ['Negotiating', 'negotiation'],
    ['Public Presentations', 'presentation'],
    ['逻辑清晰', 'critical-thinking'],
    ['Highly Organised', 'organizational-skills'],
    ['吃苦耐劳精神', 'work-ethic'],
    ['Hardworking', 'work-ethic'],
    ['Cultural Competence', 'cross-cultural-communication'],
    ['Works Independently', 'self-management'],
    ['上进心强', 'self-motivation'],
    ['Thrives Under Pressure', 'stress-tolerance'],
    ['工作责任心强', 'accountability'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a 自我评价 of traits in a list, and in prose only the abilities that need no context', () => {
    const summary = '抗压能力强、细心耐心、有责任心、动手能力强、团队合作精神';
    expect(ids(summary, { isSkillList: true })).toEqual([
      'stress-tolerance',
      'attention-to-detail',
      'patience',
      'accountability',
      'hands-on-ability',
      'teamwork',
    ]);
    const prose = ids('性格开朗，抗压能力强，细心耐心，有责任心，动手能力强', { isProse: true });
    expect(prose).toEqual(['stress-tolerance', 'hands-on-ability']);
    expect(ids('Leadership, Patient, Hands-on, Self-starter', { isSkillList: true })).toEqual([
      'leadership',
      'patience',
      'hands-on-ability',
      'self-motivation',
    ]);
  });

  it('reads no trait word of everyday prose as a skill', () => {
    expect(ids('Updated patient records and presented to the leadership team; the patient was discharged')).toEqual([]);
    expect(ids('Took ownership of the initiative, a driven and creative coordination role', { isProse: true })).toEqual([]);
    expect(ids('Checked the integrity of the data; honest feedback; a flexible schedule; influence on sales')).toEqual([]);
    expect(ids('I excel at building relationships; responsible for the motivated team', { isProse: true })).toEqual([]);
    // A skill the trait word sits inside stays that skill.
    expect(ids('Patient Care, Data Integrity, Flexible Benefits', { isSkillList: true })).not.toContain('patience');
    expect(ids('Demonstrated leadership across three squads')).toEqual(['leadership']);
  });
});

describe('the seventh round: everyday office and business practices', () => {
  it.each([
    ['报告编写', 'report-writing'],
    ['Report Preparation', 'report-writing'],
    ['工作总结撰写', 'official-document-writing'],
    ['会议纪要整理', 'minute-taking'],
    ['Taking Minutes', 'minute-taking'],
    ['文件控制', 'document-management'],
    ['受控文件管理', 'document-management'],
    ['Document Management System', 'document-management'],
    ['Data Input', 'data-entry'],
    ['单据录入', 'data-entry'],
    ['行程管理', 'calendar-management'],
    ['人员排班', 'attendance-management'],
    ['Staff Scheduling', 'attendance-management'],
    ['Budget Planning', 'budgeting'],
    ['预算跟踪', 'budgeting'],
    ['P&L Ownership', 'p-and-l'],
    ['Full P&L Responsibility', 'p-and-l'],
    ['供应商沟通', 'procurement'],
    ['Vendor Relations', 'procurement'],
    ['员工入离职', 'onboarding'],
    ['Onboarding New Hires', 'onboarding'],
    ['内训讲师', 'training-delivery'],
    ['Delivering Training', 'training-delivery'],
    ['SOP Writing', 'sop'],
    ['操作规程编写', 'sop'],
    ['制度编写', 'hr-policies'],
    ['Excel表格', 'excel'],
    ['Presentation Preparation', 'slide-writing'],
    ['商务函电', 'business-correspondence'],
    ['外贸函电', 'business-correspondence'],
    ['Email Correspondence', 'business-correspondence'],
    ['项目跟踪', 'project-coordination'],
    ['访客接待', 'reception-services'],
    ['总经理助理', 'executive-support'],
    ['用印管理', 'seal-management'],
    ['订机票酒店', 'travel-management'],
    ['OA审批', 'oa-systems'],
    ['熟练操作电脑', 'computer-literacy'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads an office word of everyday prose as a practice only in a list', () => {
    expect(ids('Waited 30 minutes for the trainer; the correspondence was archived; reimbursement of fees', { isProse: true })).toEqual([]);
    expect(ids('按公司规定报销差旅费，资料管理员离职后归档', { isProse: true })).not.toContain('document-management');
    expect(ids('Minutes, Correspondence, Rota', { isSkillList: true })).toEqual([
      'minute-taking',
      'business-correspondence',
      'attendance-management',
    ]);
  });
});

describe('the seventh round: how each family writes what the taxonomy knows', () => {
  it.each([
    // finance
    ['凭证制作', 'accounting'],
    ['Book-keeping', 'accounting'],
    ['财务报表出具', 'financial-reporting'],
    ['AR/AP', 'accounts-payable'],
    ['Bank Reconciliations', 'reconciliation'],
    ['期末结账', 'month-end-close'],
    ['发票开具', 'invoicing'],
    ['Budget vs Actual', 'variance-analysis'],
    ['资金计划', 'treasury'],
    // HR
    ['社保办理', 'social-insurance'],
    ['五险一金', 'social-insurance'],
    ['面试安排', 'interview-scheduling'],
    ['劳动合同签订', 'labor-contracts'],
    ['人事档案管理', 'personnel-administration'],
    ['CV Screening', 'recruiting'],
    // supply chain & sales
    ['采购询价', 'procurement'],
    ['出入库登记', 'warehouse-operations'],
    ['单证制作', 'shipping-documentation'],
    ['订舱', 'freight-forwarding'],
    ['叉车证', 'forklift'],
    ['Demand Forecasting', 'demand-planning'],
    ['大客户维护', 'key-account-management'],
    ['拜访客户', 'customer-visits'],
    ['报价单制作', 'quotation-management'],
    ['Customer Support', 'customer-service'],
    ['客诉处理', 'complaint-handling'],
    // legal
    ['合同起草', 'contract-management'],
    ['Legal Drafting', 'legal-writing'],
    ['诉讼代理', 'litigation'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a family word of everyday prose as that skill only in a list', () => {
    expect(ids('Buying groceries and forwarding emails', { isProse: true })).toEqual([]);
    expect(ids('Kept the receipts; collections of art; the month-end party', { isProse: true })).toEqual([]);
    expect(ids('Prospecting, Cold Calling, BD', { isSkillList: true })).toEqual([
      'lead-generation',
      'lead-generation',
      'business-development',
    ]);
  });
});

describe('the seventh round: the trades, plants and sites', () => {
  it.each([
    ['水质采样', 'environmental-testing'],
    ['水样采样', 'environmental-testing'],
    ['Effluent Sampling', 'environmental-testing'],
    ['污水处理运营', 'water-treatment'],
    ['品质管控', 'quality-management'],
    ['QA/QC', 'quality-management'],
    ['外观检验', 'quality-inspection'],
    ['RCCA', 'root-cause-analysis'],
    ['体系文件编写', 'iso-9001'],
    ['改善提案', 'kaizen'],
    ['生产计划编制', 'production-planning'],
    ['设备维护保养', 'equipment-maintenance'],
    ['Planned Maintenance', 'equipment-maintenance'],
    ['GTAW', 'welding'],
    ['Engineering Drawings', 'mechanical-design'],
    ['低压电工证', 'electrician-license'],
    ['隐患排查治理', 'ehs'],
    ['Health & Safety', 'ehs'],
    ['计量管理', 'instrument-calibration'],
    ['工程预结算', 'quantity-surveying'],
    ['Bills of Quantities', 'quantity-surveying'],
    ['图纸会审', 'construction-drawings'],
    ['测量放线', 'land-surveying'],
    ['竣工资料整理', 'construction-documentation'],
    ['CSCS Card', 'construction-safety'],
    ['汽车维修保养', 'automotive-repair'],
    ['温室气体盘查', 'carbon-accounting'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a trade word of everyday prose as that trade only in a list', () => {
    expect(ids('Estimating the wiring took a survey; the welder arrived', { isProse: true })).toEqual([]);
    expect(ids('Welder, Metrology, Setting Out', { isSkillList: true })).toEqual(['welding', 'precision-measurement', 'land-surveying']);
  });
});

describe('the seventh round: care, classrooms, hospitality, media, data and product', () => {
  it.each([
    ['临床护理', 'nursing'],
    ['测量生命体征', 'vital-signs'],
    ['静脉输液', 'iv-therapy'],
    ['Venipuncture', 'phlebotomy'],
    ['伤口换药', 'wound-care'],
    ['院感防控', 'infection-control'],
    ['护理文书书写', 'clinical-documentation'],
    ['养老护理', 'geriatric-care'],
    ['Aged Care', 'geriatric-care'],
    ['预检分诊', 'triage'],
    ['教案编写', 'lesson-planning'],
    ['班级管理', 'classroom-management'],
    ['作业批改', 'student-assessment'],
    ['家长沟通', 'parent-communication'],
    ['一对一辅导', 'tutoring'],
    ['Qualified Teacher Status', 'teacher-certification'],
    ['办理入住', 'front-desk'],
    ['客房清洁', 'housekeeping'],
    ['Table Service', 'food-beverage'],
    ['Food Hygiene Certificate', 'food-safety'],
    ['文案撰写', 'copywriting'],
    ['人像精修', 'photo-retouching'],
    ['Data Analytics', 'data-analysis'],
    ['Dashboarding', 'data-visualization'],
    ['测试用例编写', 'test-case-design'],
    ['Bug Tracking', 'defect-management'],
    ['需求调研', 'requirements-analysis'],
    ['Wireframing', 'prototyping'],
    ['网店运营', 'ecommerce-operations'],
    ['活动执行', 'event-planning'],
    ['竞品分析', 'market-research'],
    ['战略制定', 'strategy'],
    ['商业计划书', 'business-planning'],
    ['可研报告', 'feasibility-study'],
    ['Digitalisation', 'digital-transformation'],
    ['用户访谈', 'user-research'],
    ['交互设计', 'ux-design'],
    ['界面设计', 'ui-design'],
    ['Amazon FBA', 'amazon-seller'],
    ['Listing编写', 'listing-optimization'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a word of another trade or of everyday prose only in a list', () => {
    expect(ids('The chef was cooking; cleaning up events; a copy of the marking scheme', { isProse: true })).toEqual([]);
    expect(ids('Nginx, Linux, ICU', { isSkillList: true })).not.toContain('food-beverage');
    expect(ids('Cooking, Baking, Cleaning', { isSkillList: true })).toEqual(['culinary', 'culinary', 'housekeeping']);
  });
});

describe('the seventh round: standards by their Chinese and international numbers, and software as written', () => {
  it.each([
    ['GB/T 19001-2016', 'iso-9001'],
    ['GB/T 24001', 'iso-14001'],
    ['GB/T 45001', 'ehs'],
    ['GB/T 22239', 'security-compliance'],
    ['等保三级', 'security-compliance'],
    ['ISO/IEC 20000', 'itsm'],
    ['ISO 31000', 'risk-management'],
    ['ISO 19011', 'internal-audit-iso'],
    ['ISO 14064', 'carbon-accounting'],
    ['YY/T 0287', 'iso-13485'],
    ['21 CFR Part 820', 'medical-device-regulations'],
    ['GB 14881', 'food-safety'],
    ['ISO 22301', 'disaster-recovery'],
    ['AWS D1.1', 'welding'],
    ['IEC 61131-3', 'plc'],
    ['GB/T 7714', 'academic-writing'],
    ['建筑设计防火规范', 'building-codes'],
    ['git版本控制', 'git'],
    ['CICD', 'ci-cd'],
    ['Docker容器化', 'docker'],
    ['Python爬虫', 'web-scraping'],
    ['SQL Queries', 'sql'],
    ['SSM框架', 'spring'],
    ['Excel透视表', 'excel-advanced'],
    ['Linux命令', 'linux'],
    ['网络推广', 'digital-marketing'],
    ['Email Campaigns', 'email-marketing'],
    ['直播卖货', 'livestream-ecommerce'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a short code or a generic word of software only in a list', () => {
    expect(ids('On the command line I read the newsletter; a crawler bug; scraping paint', { isProse: true })).toEqual([]);
    expect(ids('Git, CLI, Scraping', { isSkillList: true })).toEqual(['git', 'linux', 'web-scraping']);
  });
});

describe('the seventh round: labs, trials, vehicles, networks, devices and code', () => {
  it.each([
    ['液相色谱仪', 'hplc'],
    ['LC-MS/MS', 'hplc'],
    ['GC-MS', 'gas-chromatography'],
    ['qPCR', 'molecular-biology'],
    ['ELISA', 'immunoassays'],
    ['偏差处理', 'deviation-management'],
    ['IQ/OQ/PQ', 'process-validation'],
    ['监查访视', 'site-monitoring'],
    ['不良事件报告', 'pharmacovigilance'],
    ['HGV Class 1', 'heavy-vehicle-driving'],
    ['C1驾照', 'driving-licence'],
    ['Fusion Splicing', 'fiber-optics'],
    ['岩芯编录', 'field-geology'],
    ['PCB Layout', 'pcb-design'],
    ['Board Bring-up', 'hardware-validation'],
    ['交换机配置', 'network-engineering'],
    ['桌面运维', 'it-support'],
    ['1st Line Support', 'it-support'],
    ['Linux服务器运维', 'linux-administration'],
    ['服务端开发', 'backend-development'],
    ['Front-end Development', 'frontend-development'],
    ['RESTful APIs', 'rest-api'],
    ['Data Structures and Algorithms', 'algorithms'],
    ['App开发', 'mobile-development'],
    ['表结构设计', 'database-design'],
    ['MSSQL', 'sql-server'],
    ['Paediatric Advanced Life Support', 'pals'],
    ['Haematology', 'clinical-laboratory'],
    ['Electronic Foetal Monitoring', 'obstetric-nursing'],
    ['AR Ageing', 'accounts-payable'],
    ['Flue Gas Desulphurisation', 'air-pollution-control'],
    ['Information Security', 'cybersecurity'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('keeps the older rounds’ reading of a term it adds no context to', () => {
    // An existing term stays as it was read: this round adds written forms and new ambiguous ones only.
    expect(ids('5年前端经验，精通React/Vue')).toEqual(['frontend-development', 'react', 'vue']);
    expect(ids('Deviations were logged; on-call rota', { isProse: true })).not.toContain('deviation-management');
    expect(ids('英语C1, Oracle Financials')).not.toContain('driving-licence');
  });
});

describe('an acronym beside the words it stands for', () => {
  it('is its own context in prose, both naming one skill; the acronym alone is not', () => {
    expect(ids('参与 RMP 风险管理计划更新。', { isProse: true })).toContain('pv-risk-management-plans');
    expect(ids('参与 RMP 更新。', { isProse: true })).not.toContain('pv-risk-management-plans');
  });
});

describe('a trait claimed with a word of clarity or of both after it', () => {
  it('is claimed ("逻辑思维清晰", "表达能力和耐心都不错")', () => {
    const claimed = ids('逻辑思维清晰，表达能力和耐心都不错。', { isProse: true, isSelfAssessment: true });
    expect(claimed).toEqual(expect.arrayContaining(['critical-thinking', 'patience']));
  });
});

describe('traits and a translation test as people write them', () => {
  it('reads "organised", "reliable" and 能吃苦 as claims, and CATTI with its track', () => {
    expect(ids('Patient, organised, reliable.', { isProse: true, isSelfAssessment: true })).toEqual(
      expect.arrayContaining(['organizational-skills', 'work-ethic']),
    );
    expect(ids('能吃苦，服从安排。', { isProse: true, isSelfAssessment: true })).toContain('work-ethic');
    expect(normalizeSkill('CATTI 笔译')?.id).toBe('translation-certifications');
    expect(ids('The room was well organised and reliable heating was fitted.', { isProse: true })).not.toContain('organizational-skills');
  });
});

describe('a list of names with one the taxonomy does not know', () => {
  it('reads the items on both sides of it ("Instagram, LinkedIn and TikTok"), not a phrase that only starts with a name', () => {
    expect(ids('Scheduled posts across Instagram, LinkedIn and TikTok in Hootsuite.', { isProse: true })).toContain('tiktok-marketing');
    expect(ids('Wrote for Acme, Globex Inc and TikTok.', { isProse: true })).not.toContain('tiktok-marketing');
  });
});

describe('a two-character term after a verb of handling or a word of when', () => {
  it('stands alone in prose ("8D 处理客诉", "每月月底盘点"), not inside a longer word', () => {
    expect(ids('用 JMP 做数据分析，8D 处理客诉。', { isProse: true })).toContain('complaint-handling');
    expect(ids('每月月底盘点，账实相符率99.8%。', { isProse: true })).toContain('cycle-counting');
    expect(ids('负责盘点机的维修。', { isProse: true })).not.toContain('cycle-counting');
  });
});

describe('a name glued at an acronym’s edge', () => {
  it('is read written apart, in prose too ("SOAP UI", "WHO Drug")', () => {
    expect(ids('API testing with Postman and SOAP UI, defect tracking in JIRA.', { isProse: true })).toContain('soapui');
    expect(ids('Coded adverse events with MedDRA and WHO Drug.', { isProse: true })).toContain('whodrug');
    expect(normalizeSkill('Soap UI')?.id).toBe('soapui');
  });
});
