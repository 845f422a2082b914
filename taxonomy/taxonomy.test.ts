import { describe, expect, it } from 'vitest';
import { SkillTaxonomy, compactSkillKey, findSkills, normalizeSkill, relatedSkills, skillTaxonomy } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('skill taxonomy data', () => {
  const { skills } = skillTaxonomy();

  it('has at least 700 skills across the role families, each complete', () => {
    expect(skills.length).toBeGreaterThanOrEqual(700);
    const categories = new Set(skills.map((s) => s.category));
    for (const category of [
      'programming-language',
      'frontend',
      'backend',
      'data',
      'product',
      'design',
      'sales',
      'marketing',
      'finance',
      'operations',
      'hr',
      'business',
      'healthcare',
      'clinical-research',
      'manufacturing',
      'supply-chain',
      'testing',
      'legal',
      'education',
      'customer-service',
      'hospitality',
    ]) {
      expect(categories, category).toContain(category);
    }
    for (const skill of skills) {
      expect(skill.id).toMatch(/^[a-z0-9-]+$/);
      expect(skill.name.trim()).not.toBe('');
      expect(skill.nameZh.trim()).not.toBe('');
    }
    expect(new Set(skills.map((s) => s.id)).size).toBe(skills.length);
  });

  it('has no alias shared by two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of skills) {
      for (const key of new Set([skill.name, skill.nameZh, ...skill.aliases].map(compactSkillKey))) {
        const other = owner.get(key);
        if (other && other !== skill.id) clashes.push(`${key}: ${other} and ${skill.id}`);
        owner.set(key, skill.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relates skills only to skills that exist, never to themselves', () => {
    const known = new Set(skills.map((s) => s.id));
    for (const skill of skills) {
      for (const related of skill.related) {
        expect(known.has(related), `${skill.id} → ${related}`).toBe(true);
        expect(related).not.toBe(skill.id);
      }
    }
  });

  it('lists as ambiguous only terms the skill has', () => {
    for (const skill of skills) {
      const terms = new Set([skill.name, skill.nameZh, ...skill.aliases]);
      for (const term of skill.ambiguousAliases) expect(terms.has(term), `${skill.id}: ${term}`).toBe(true);
    }
  });
});

describe('normalizeSkill', () => {
  it.each([
    ['机器学习', 'machine-learning'],
    ['Machine Learning', 'machine-learning'],
    ['JS', 'javascript'],
    ['javascript', 'javascript'],
    ['k8s', 'kubernetes'],
    ['K8S', 'kubernetes'],
    ['golang', 'go'],
    ['Go', 'go'],
    ['Go语言', 'go'],
    ['前端', 'frontend-development'],
    ['后端开发', 'backend-development'],
    ['node.js', 'nodejs'],
    ['Node JS', 'nodejs'],
    ['C++', 'cpp'],
    ['C#', 'csharp'],
    ['C', 'c'],
    ['R语言', 'r'],
    ['ＰｙＴｏｒｃｈ', 'pytorch'],
    ['  深度学习， ', 'deep-learning'],
    ['产品经理', 'product-management'],
    ['财务分析', 'financial-analysis'],
    ['大客户销售', 'b2b-sales'],
    ['供应链', 'supply-chain'],
    ['招聘', 'recruiting'],
    ['Figma', 'figma'],
    ['A/B测试', 'ab-testing'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads the work done with a skill as the skill, and a known phrase as itself', () => {
    expect(normalizeSkill('财务报表编制')?.id).toBe(normalizeSkill('财务报表')?.id);
    expect(normalizeSkill('Excel 数据录入')).toBeNull();
    expect(normalizeSkill('Python开发')?.id).toBe('python');
    expect(normalizeSkill('Python programming')?.id).toBe('python');
    expect(normalizeSkill('Java programming')?.id).toBe('java');
    expect(normalizeSkill('供应链管理')?.id).toBe(normalizeSkill('Supply Chain Management')?.id);
    expect(normalizeSkill('资料审核')).toBeNull();
    expect(normalizeSkill('凭证审核')?.id).toBe('accounting'); // a phrase of its own: the taxonomy's alias
  });

  it('reads a product with its version as the product, not a standard with its number', () => {
    expect(normalizeSkill('Unreal Engine 5')?.id).toBe(normalizeSkill('Unreal Engine')?.id);
    expect(normalizeSkill('Photoshop CC 2021')?.id).toBe('photoshop');
    expect(normalizeSkill('Java 8+')?.id).toBe('java');
    expect(normalizeSkill('ISO 14001')?.id).not.toBe(normalizeSkill('ISO')?.id ?? 'none');
  });

  it('gives null for what is not a skill', () => {
    expect(normalizeSkill('')).toBeNull();
    expect(normalizeSkill('吃饭')).toBeNull();
    expect(normalizeSkill('underwater basket weaving')).toBeNull();
  });
});

describe('findSkills', () => {
  it('reads an ambiguous term beside a skill as a list item only across a separator, not a space', () => {
    const ids = (text: string) => findSkills(text).map((m) => m.skill.id);
    expect(ids('在金蝶 K/3 Cloud 中完成成本核算')).not.toContain('cloud-computing');
    expect(ids('deployed on AWS, Cloud and Kubernetes')).toContain('cloud-computing');
  });

  it('finds mentions in Chinese text without spaces, with offsets', () => {
    const text = '熟悉Java和Spring Boot，掌握机器学习与深度学习，有k8s集群运维经验';
    const mentions = findSkills(text);
    expect(mentions.map((m) => m.skill.id)).toEqual(['java', 'spring-boot', 'machine-learning', 'deep-learning', 'kubernetes']); // 运维 alone is too generic
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.match);
  });

  it('finds mentions in English text on word boundaries only', () => {
    expect(ids('Built services in TypeScript and Node.js on AWS with PostgreSQL.')).toEqual(['typescript', 'nodejs', 'aws', 'postgresql']);
    // "Java" is not inside "JavaScript", "React" not inside "Reactive"
    expect(ids('JavaScript and Reactive streams')).toEqual(['javascript']);
  });

  it('finds mentions in mixed text', () => {
    expect(ids('5年前端经验，精通React/Vue，熟悉微服务和Docker, familiar with Kafka')).toEqual([
      'frontend-development',
      'react',
      'vue',
      'microservices',
      'docker',
      'kafka',
    ]);
  });

  it('takes the longest alias', () => {
    expect(ids('C++, C#, Spring Cloud')).toEqual(['cpp', 'csharp', 'spring-cloud']);
  });

  it('needs context for short and ambiguous aliases', () => {
    expect(ids('Let us go to the market and grab a c-level role at R&D')).toEqual([]);
    expect(ids('I want to go home')).toEqual([]);
    expect(ids('Languages: Python, Go, C, R')).toEqual(['python', 'go', 'c', 'r']);
    expect(ids('熟悉Go')).toEqual(['go']);
    expect(ids('Go语言开发')).toEqual(['go']);
    expect(ids('Go, Rust')).toEqual([]); // two ambiguous words alone are no list of skills
    expect(ids('Go', { isSkillList: true })).toEqual(['go']);
    expect(ids('go', { isSkillList: true })).toEqual([]); // the case rule holds even in a list
    expect(ids('Django developer')).toEqual(['django']);
  });

  it('reads an ambiguous name used as a channel or a tool, and no acronym so placed', () => {
    expect(ids('photograph the arrangements for Instagram')).toEqual(['instagram']);
    expect(ids('scheduled posts across Instagram')).toEqual(['instagram']);
    expect(ids('用美团和小红书接单')).toEqual(['local-services-operations', 'xiaohongshu']);
    expect(ids('customs clearance for GCC exports')).not.toContain('compilers');
  });

  it('reads full-width characters', () => {
    expect(ids('精通Ｐｙｔｈｏｎ、ＳＱＬ')).toEqual(['python', 'sql']);
  });
});

describe('the job families beyond software', () => {
  it.each([
    ['电子病历', 'ehr'],
    ['EMR', 'ehr'],
    ['Epic EHR', 'epic-ehr'],
    ['BLS', 'bls'],
    ['心肺复苏', 'bls'],
    ['静脉采血', 'phlebotomy'],
    ['临床试验', 'clinical-research'],
    ['药物警戒', 'pharmacovigilance'],
    ['Medidata Rave', 'medidata-rave'],
    ['eCRF', 'crf-design'],
    ['心电图', 'ecg'],
    ['NCLEX-RN', 'nursing-license'],
    ['血液透析', 'dialysis'],
    ['Coupa', 'coupa'],
    ['信贷审批', 'credit-underwriting'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it.each([
    ['精益生产', 'lean'],
    ['六西格玛', 'six-sigma'],
    ['5S', 'five-s'],
    ['6S管理', 'five-s'],
    ['ISO 9001', 'iso-9001'],
    ['失效模式与影响分析', 'fmea'],
    ['SPC', 'spc'],
    ['西门子PLC', 'plc'],
    ['数控编程', 'cnc'],
    ['供应链管理', 'supply-chain'],
    ['采购', 'procurement'],
    ['S&OP', 'sales-operations-planning'],
    ['SAP SD', 'sap-sd'],
    ['报关', 'customs-clearance'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('gives 5S and ISO 9001 skills of their own, apart from lean and quality management', () => {
    expect(ids('Lean Manufacturing, 5S, ISO 9001, 质量管理')).toEqual(['lean', 'five-s', 'iso-9001', 'quality-management']);
    expect(ids('Drove kaizen events; applied SPC and FMEA; programmed Siemens PLC')).toEqual(['kaizen', 'spc', 'fmea', 'plc']);
  });

  it('does not read a company or a system as a logistics or manufacturing skill', () => {
    expect(ids('在中远海运负责数据平台开发')).toEqual([]);
    expect(ids('UG students and NX records')).toEqual([]);
    expect(ids('CAD/CAM: UG, CATIA', { isSkillList: true })).toEqual(['autocad', 'siemens-nx', 'catia']);
  });

  it.each([
    ['市场风险', 'market-risk'],
    ['Credit Risk', 'credit-risk'],
    ['US GAAP', 'us-gaap'],
    ['IFRS', 'ifrs'],
    ['Bloomberg Terminal', 'bloomberg'],
    ['合并报表', 'consolidation'],
    ['接口测试', 'api-testing'],
    ['JMeter', 'jmeter'],
    ['Postman', 'postman'],
    ['Playwright', 'playwright'],
    ['反垄断', 'antitrust'],
    ['校园招聘', 'campus-recruiting'],
    ['五险一金', 'social-insurance'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('splits tools that used to hide under another skill', () => {
    expect(ids('Performance testing with JMeter and LoadRunner')).toEqual(['performance-testing', 'jmeter', 'loadrunner']);
    expect(ids('E2E tests in Selenium, Cypress and Playwright')).toEqual([
      normalizeSkill('E2E testing')!.id,
      'selenium',
      'cypress',
      'playwright',
    ]);
    expect(ids('Credit analysis, credit risk, IFRS and US GAAP')).toEqual(['credit-analysis', 'credit-risk', 'ifrs', 'us-gaap']);
  });

  it('needs context for finance words of everyday use', () => {
    expect(ids('var total = 0; we weighed our options and futures of the team; 公司期权激励')).toEqual([]);
    expect(ids('Market risk: VaR, Expected Shortfall')).toEqual(['market-risk', 'value-at-risk', 'value-at-risk']);
  });

  it.each([
    ['信息架构', 'information-architecture'],
    ['草图大师', 'sketchup'],
    ['营销自动化', 'marketing-automation'],
    ['小红书运营', 'xiaohongshu'],
    ['顾问式销售', 'solution-selling'],
    ['对外汉语', 'tcsol'],
    ['教师资格证', 'teacher-certification'],
    ['投诉处理', 'complaint-handling'],
    ['ITIL', 'itsm'],
    ['Opera PMS', 'opera-pms'],
    ['HACCP', 'food-safety'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads Excel as the tool in a list or after proficient in, not the verb', () => {
    expect(normalizeSkill('Excel')?.id).toBe('excel');
    expect(ids('I excel at building relationships. Excel at scale.')).toEqual([]);
    expect(ids('Built models in Excel and VBA. Proficient in Excel. 熟练使用Excel')).toEqual(['excel', 'vba', 'excel', 'excel']);
  });

  it('does not read hotel, shop or classroom words in other trades as skills', () => {
    expect(ids('Managed the front office and reception; the retail team gained steam; RAG知识库')).toEqual(['rag']);
    expect(ids('Front Office: Opera PMS, Check-in, Reservations')).toEqual(['opera-pms', 'front-desk', 'reservations']);
  });

  it('keeps GCP for Google Cloud and names Good Clinical Practice in full', () => {
    expect(normalizeSkill('GCP')?.id).toBe('gcp');
    for (const name of ['Good Clinical Practice', 'ICH-GCP', 'ICH GCP', '临床试验质量管理规范', 'GCP规范']) {
      expect(normalizeSkill(name)?.id, name).toBe('good-clinical-practice');
    }
    expect(ids('Ran GKE on GCP; trained site staff on ICH-GCP')).toEqual(['gcp', 'good-clinical-practice']);
  });

  it('needs context for words of everyday English that name a clinical tool', () => {
    expect(ids('an epic migration and a bug triage meeting')).toEqual([]);
    expect(ids('EHR: Epic, Cerner')).toEqual(['ehr', 'epic-ehr', 'cerner']);
    expect(ids('Patient Triage', { isSkillList: true })).toEqual(['triage']);
  });
});

describe('skill forms as resumes write them', () => {
  it('reads a term with its separators written another way', () => {
    expect(ids('Node JS, Vue JS and Spring-Boot')).toEqual(['nodejs', 'vue', 'spring-boot']);
    expect(ids('Machine-Learning and node.js')).toEqual(['machine-learning', 'nodejs']);
    expect(normalizeSkill('Node JS')?.id).toBe('nodejs');
  });

  it('reads a testing or modelling practice named by what it makes', () => {
    expect(ids('unit tests with Zorblex; integration tests')).toEqual(['unit-testing', 'integration-testing']);
    expect(normalizeSkill('financial models')?.id).toBe('financial-modeling');
    expect(normalizeSkill('unit test')?.id).toBe('unit-testing');
    expect(ids('she tests the models')).toEqual([]);
  });

  it('reads the plural of a multi-word term, not of a single word', () => {
    expect(ids('interviews and journey maps; user stories')).toEqual(['journey-mapping', 'user-stories']);
    expect(normalizeSkill('Credit Models')?.id).toBe('credit-risk');
    expect(ids('he excels at sales')).toEqual([]);
  });

  it('reads coordinated terms that share their head', () => {
    expect(ids('manual and API testing with Postman')).toEqual(['manual-testing', 'api-testing', 'postman']);
    expect(ids('unit, integration and performance testing')).toEqual(['unit-testing', 'integration-testing', 'performance-testing']);
    expect(ids('负责功能和性能测试')).toEqual(['functional-testing', 'performance-testing']);
    expect(ids('Ford and API testing')).toEqual(['api-testing']); // "Ford testing" is no skill
  });

  it('takes list separators of every kind', () => {
    expect(ids('Python｜Java｜Go')).toEqual(['python', 'java', 'go']);
    expect(ids('Python | Go')).toEqual(['python', 'go']);
    expect(ids('Python · Go • Docker')).toEqual(['python', 'go', 'docker']);
    expect(ids('Python\tGo\tDocker')).toEqual(['python', 'go', 'docker']);
    expect(ids('熟练使用Ｐｙｔｈｏｎ，Ｊａｖａ')).toEqual(['python', 'java']);
  });

  it('reads no trait word of running prose beside an ability as a skill, but reads it in a list', () => {
    const prose = ids('细致严谨，沟通协调能力强；吃苦耐劳，团队意识强', { isProse: true });
    expect(prose).toEqual(expect.arrayContaining(['communication', 'teamwork']));
    expect(prose).not.toContain('attention-to-detail');
    expect(prose).not.toContain('work-ethic');
    expect(ids('细致严谨、沟通协调', { isSkillList: true })).toContain('attention-to-detail');
    expect(ids('熟悉 Python、Go', { isProse: true })).toContain('go');
  });

  it('reads a month beside a number as a date, whatever term it spells', () => {
    const skill = {
      id: 'annual-review',
      name: 'Annual Product Review',
      nameZh: '年度回顾',
      aliases: ['APR'],
      ambiguousAliases: [],
      category: 'pharma',
      related: [],
    };
    const taxonomy = new SkillTaxonomy([skill]);
    const found = (text: string) => taxonomy.findSkills(text).map((m) => m.skill.id);
    expect(found('Quality Associate | Apr 2020 – Present')).toEqual([]);
    expect(found('12 Apr, Mar–Apr 2021')).toEqual([]);
    expect(found('wrote the APR for three products')).toEqual(['annual-review']);
  });

  it('reads no ambiguous term hyphened to a further word, a code or a compound', () => {
    expect(ids('SAP HCM, PY-DE', { isSkillList: true })).not.toContain('python');
    expect(ids('SAP HCM, PY', { isSkillList: true })).toContain('python');
  });

  it('reads an ambiguous term next to a skill only across a separator, not glued to it', () => {
    expect(ids('使用135编辑器排版')).toEqual(['xiumi']);
    expect(ids('Go微服务')).toEqual(['go', 'microservices']); // a Latin term glued to a Chinese one stands apart
    expect(ids('requirements and user stories')).toEqual(['requirements-analysis', 'user-stories']);
    expect(ids('the requirements of the role')).toEqual([]);
  });

  it('knows the skills of analysts, researchers and engineers that descriptions name', () => {
    expect(ids('monthly variance analysis; stress testing and regulatory reporting; cost analysis')).toEqual([
      'variance-analysis',
      'stress-testing',
      'regulatory-reporting',
      'cost-analysis',
    ]);
    expect(ids('recommendation models, ranking models, image segmentation and information retrieval')).toEqual([
      'recommender-systems',
      'search-ranking',
      'image-segmentation',
      'information-retrieval',
    ]);
    expect(ids('负责语音识别声学模型与语言模型，使用 Kaldi')).toEqual([
      'speech-recognition',
      'acoustic-modeling',
      'llm', // a language model is no skill apart from large language models (search keeps them one concept)
      'kaldi',
    ]);
    expect(ids('大语言模型')).toEqual(['llm']);
    expect(ids('Aspen HYSYS, HAZOP, instrument calibration, oscilloscopes')).toEqual([
      'aspen-hysys',
      'hazop',
      'instrument-calibration',
      'oscilloscope',
    ]);
    expect(ids('usability studies and surveys in Qualtrics and dscout')).toEqual([
      'usability-testing',
      'survey-design',
      'qualtrics',
      'dscout',
    ]);
    expect(ids('内容策划、文案写作、秀米')).toEqual(['content-marketing', 'copywriting', 'xiumi']);
    expect(ids('Jira 管理需求')).toEqual(['jira', 'requirements-management']);
  });
});

describe('relatedSkills', () => {
  it('returns the related skills, and nothing for an unknown id', () => {
    expect(relatedSkills('kubernetes').map((s) => s.id)).toEqual(expect.arrayContaining(['docker', 'helm']));
    expect(relatedSkills('no-such-skill')).toEqual([]);
  });
});

describe('a self-assessment: the traits it claims', () => {
  const traits = (text: string, isSelfAssessment: boolean) =>
    findSkills(text, { isProse: true, isSelfAssessment })
      .filter((m) => m.skill.category === 'soft-skill')
      .map((m) => m.skill.id);

  it('reads trait words glued to one another or to a word of degree, which prose leaves alone', () => {
    const claim = '自律耐心，责任心强，沟通顺畅，有较强的自驱力。';
    expect(traits(claim, true)).toEqual(['self-management', 'patience', 'accountability', 'communication', 'self-motivation']);
    expect(traits(claim, false)).not.toContain('patience');
    expect(traits('Patient and calm under pressure.', true)).toContain('patience');
    // With whom or for whom ("与开发沟通", "对孩子有耐心").
    expect(traits('对孩子有耐心，善于与开发沟通。', true)).toEqual(expect.arrayContaining(['patience', 'communication']));
  });

  it('reads a trait claimed of how one works or is ("做事细心", "为人踏实")', () => {
    expect(traits('做事细心，能接受加班。', true)).toEqual(['attention-to-detail']);
    expect(traits('做事细心，能接受加班。', false)).toEqual([]);
  });

  it('reads a trait written in lower case, as a sentence writes it ("patient and creative")', () => {
    expect(traits('Librarian who loves getting kids reading, patient and creative.', true)).toEqual(['patience', 'creativity']);
    expect(traits('Librarian who loves getting kids reading, patient and creative.', false)).toEqual([]);
  });

  it('reads no trait inside a longer word or before a noun it names', () => {
    expect(traits('热爱公益，喜欢小动物。', true)).toEqual([]);
    expect(traits('Reported to the leadership team.', true)).not.toContain('leadership');
  });
});

describe('aliases that named something else', () => {
  it('reads a role, a department or a law as what it is, not as a neighbouring skill', () => {
    expect(normalizeSkill('技术美术')).toBeNull();
    expect(normalizeSkill('第三方评估')).toBeNull();
    expect(normalizeSkill('个人所得税法')?.id).toBe('individual-income-tax');
    expect(prose('happy to work on-call; 负责体系运行和出品。')).toEqual([]);
  });

  it('reads mentoring where a description trains newcomers ("带教实习护士", "参与科室带教")', () => {
    const prose = (text: string) => findSkills(text, { isProse: true }).map((m) => m.skill.id);
    expect(prose('负责静脉输液，带教实习护士。')).toContain('mentoring');
    expect(prose('参与科室带教。')).toContain('mentoring');
    expect(prose('带教 3 名新教练。')).toContain('mentoring');
  });
});

describe('a platform or a term after a conjunction in Chinese prose', () => {
  const prose = (text: string) => findSkills(text, { isProse: true }).map((m) => m.skill.id);

  it('reads a platform named with its account, its operation or its live room ("小红书账号", "抖音直播")', () => {
    expect(prose('负责小红书账号的内容策划。')).toContain('xiaohongshu');
    expect(prose('去小红书看看。')).not.toContain('xiaohongshu');
  });

  it('reads a two-character term a conjunction starts ("体系运行和内审")', () => {
    expect(prose('负责体系运行和内审，组织培训。')).toContain('auditing');
    // Not an everyday word, which is too often the verb sharing the first term's object.
    expect(prose('负责新供应商开发与审核。')).not.toContain('content-moderation');
  });
});
