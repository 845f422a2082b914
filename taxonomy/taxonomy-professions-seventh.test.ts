/**
 * The fourteenth round (written blind): resumes from Hong Kong, Macau and Taiwan, in traditional characters and with the
 * words those regions use (專案, 軟體, 資安, 勞健保, 利得稅), and the families whose labelled skills the taxonomy knew
 * least of.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the fourteenth round: traditional characters and the words of Hong Kong, Macau and Taiwan', () => {
  it.each([
    ['數據分析', 'data-analysis'],
    ['資料分析', 'data-analysis'],
    ['專案管理', 'project-management'],
    ['會計', 'accounting'],
    ['採購', 'procurement'],
    ['顧客服務', 'customer-service'],
    ['簡報製作', 'slide-writing'],
    ['簡報技巧', 'presentation'],
    ['人力資源管理', 'hr-management'],
    ['應收帳款', 'accounts-payable'],
    ['軟體測試', 'software-testing'],
    ['資訊安全', 'cybersecurity'],
    ['數位行銷', 'digital-marketing'],
    ['雲端運算', 'cloud-computing'],
    ['物件導向', 'oop'],
    ['使用者介面設計', 'ui-design'],
    ['韌體開發', 'firmware'],
    ['勞健保', 'payroll'],
    ['教育訓練', 'training-development'],
    ['門市管理', 'store-management'],
    ['長者照顧', 'geriatric-care'],
    ['職業安全及健康', 'ehs'],
    ['利得稅', 'tax-compliance'],
    ['核數', 'auditing'],
    ['智慧財產權', 'intellectual-property'],
    ['倉頡輸入法', 'typing'],
    ['會計證書', 'accounting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Taiwan and a Hong Kong job description, with the words as written', () => {
    const tw =
      '負責專案管理與資料分析，熟練掌握SQL、Python及Power BI；規劃數位行銷與社群媒體經營，辦理勞健保加退保及薪資作業，主導人才招募與教育訓練。';
    expect(prose(tw)).toEqual(
      expect.arrayContaining([
        'project-management',
        'data-analysis',
        'sql',
        'python',
        'power-bi',
        'digital-marketing',
        'social-media',
        'payroll',
        'recruiting',
        'training-development',
      ]),
    );
    const hk = '香港公司會計：處理應收帳款、應付帳款及銀行對帳，協助核數工作，負責薪俸稅及利得稅申報，管理強積金供款。';
    expect(prose(hk)).toEqual(expect.arrayContaining(['accounts-payable', 'reconciliation', 'auditing', 'tax-compliance', 'payroll']));
  });

  it('keeps the mention as written, in traditional characters', () => {
    const found = ids('熟悉專案管理');
    expect(found).toEqual(['project-management']);
  });

  it('reads a list of skills in traditional characters, and the context words written so (熟練, 語言)', () => {
    expect(ids('門市管理、顧客服務、存貨管理、收銀', { isSkillList: true })).toEqual([
      'store-management',
      'customer-service',
      'inventory-management',
      'pos-systems',
    ]);
    expect(ids('熟練 Go 語言與 Docker')).toEqual(expect.arrayContaining(['go', 'docker']));
  });

  it('does not read everyday words of those regions as skills', () => {
    expect(prose('他在補習班讀書，總務處在二樓，業務開發很忙，雲端的照片不見了。')).toEqual([]);
  });
});

describe('the fourteenth round: the doctor and the allied health professional', () => {
  it.each([
    ['床旁超声', 'point-of-care-ultrasound'],
    ['POCUS', 'point-of-care-ultrasound'],
    ['深静脉置管', 'iv-therapy'],
    ['Arterial Line Insertion', 'critical-care'],
    ['胸腔穿刺', 'punctures'],
    ['Paracentesis', 'punctures'],
    ['骨折复位', 'fracture-care'],
    ['Closed Reduction', 'fracture-care'],
    ['循证医学', 'evidence-based-medicine'],
    ['Critical Appraisal', 'evidence-based-medicine'],
    ['Blue Light Driving', 'emergency-response-driving'],
    ['腹腔镜手术', 'surgery'],
    ['介入治疗', 'radiology'],
    ['神经阻滞', 'anesthesia'],
    ['辨证论治', 'tcm'],
    ['中医体质辨识', 'tcm'],
    ['JRCALC', 'emergency-care'],
    ['NHS Pathways', 'emergency-dispatch'],
    ['Section 136', 'mental-health-act'],
    ['疫苗冷链', 'cold-chain'],
    ['孕产妇管理', 'obstetric-nursing'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '急诊科医师：熟练床旁超声与超声引导下神经阻滞，完成深静脉置管、动脉穿刺置管、胸腔穿刺和骨髓穿刺，负责骨折复位与小夹板固定，开展循证医学教学；中医门诊擅长辨证论治、脉诊与舌诊。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'point-of-care-ultrasound',
        'anesthesia',
        'iv-therapy',
        'critical-care',
        'punctures',
        'fracture-care',
        'evidence-based-medicine',
        'tcm',
      ]),
    );
    const en =
      'Emergency registrar: POCUS and eFAST, central line insertion, thoracentesis and paracentesis, fracture clinic and closed reduction, regional anaesthesia, critical appraisal, fluid resuscitation, JRCALC guidelines, blue light driving, NHS Pathways, Section 136 assessments, MDT meetings and audit cycles.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'point-of-care-ultrasound',
        'iv-therapy',
        'punctures',
        'fracture-care',
        'anesthesia',
        'evidence-based-medicine',
        'emergency-care',
        'emergency-response-driving',
        'emergency-dispatch',
        'mental-health-act',
        'multidisciplinary-consultation',
        'healthcare-quality',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('这个消息像冲击波一样，他的健康档案丢了。')).toEqual([]);
    expect(prose('The gbs of data; an EBM playlist.')).toEqual([]);
  });
});

describe('the fourteenth round: the operations desk', () => {
  it.each([
    ['商业化运营', 'pricing-monetization'],
    ['广告变现', 'pricing-monetization'],
    ['裂变活动', 'growth'],
    ['反作弊', 'anomaly-detection'],
    ['运营规范', 'operations-playbooks'],
    ['运营后台', 'backoffice-configuration'],
    ['运营稽核', 'sox-compliance'],
    ['Operational Readiness', 'operational-readiness'],
    ['Cutover Planning', 'operational-readiness'],
    ['Back-office Operations', 'settlements'],
    ['Payments Operations', 'payments'],
    ['NICE IEX', 'wfm'],
    ['Team Scheduling', 'attendance-management'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese and an English job description', () => {
    expect(
      prose('运营经理：负责商业化运营与广告变现，推动裂变活动和反作弊策略，制定运营规范，配置运营后台，跟进版本上线，开展运营稽核。'),
    ).toEqual(
      expect.arrayContaining([
        'pricing-monetization',
        'growth',
        'anomaly-detection',
        'operations-playbooks',
        'backoffice-configuration',
        'release-engineering',
        'sox-compliance',
      ]),
    );
    const en =
      'Operations lead: operational readiness, cutover planning and Hypercare, back-office operations and payments operations, team scheduling, dashboard reporting, OKR setting, regional management, NICE IEX.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'operational-readiness',
        'settlements',
        'payments',
        'attendance-management',
        'ops-dashboards',
        'performance-management',
        'regional-operations',
        'wfm',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('这家公司变现很快，社会越来越商业化，他说裂变是物理现象。')).toEqual([]);
    expect(prose('It was nice to meet you; the back office was on the second floor.')).toEqual([]);
  });
});

describe('the fourteenth round: the vehicle, systems and plant design office', () => {
  it.each([
    ['整车集成', 'vehicle-integration'],
    ['整车开发', 'vehicle-integration'],
    ['悬架设计', 'chassis-design'],
    ['Body in White', 'body-engineering'],
    ['内外饰设计', 'automotive-trim-design'],
    ['汽车电子', 'automotive-electronics'],
    ['Type Approval', 'vehicle-homologation'],
    ['C-NCAP', 'vehicle-homologation'],
    ['CarSim', 'vehicle-dynamics'],
    ['Wind Tunnel Testing', 'aerodynamics'],
    ['MBSE', 'systems-engineering'],
    ['SysML', 'systems-engineering'],
    ['CMII', 'engineering-configuration-management'],
    ['Topology Optimisation', 'lightweight-design'],
    ['IBM DOORS', 'requirements-management'],
    ['Thermal Runaway', 'battery-systems'],
    ['ISO 19650', 'bim'],
    ['Loop Diagrams', 'instrumentation'],
    ['Triconex', 'process-safety'],
    ['Relief Valve Sizing', 'chemical-process'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '整车工程师：负责整车集成与总布置设计，参与悬架设计、白车身设计和内外饰设计，熟悉汽车电子，完成公告认证与C-NCAP评估，开展整车动力学仿真与风洞试验，推进轻量化设计，电芯测试与热失控防护。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'vehicle-integration',
        'chassis-design',
        'body-engineering',
        'automotive-trim-design',
        'automotive-electronics',
        'vehicle-homologation',
        'vehicle-dynamics',
        'aerodynamics',
        'lightweight-design',
        'battery-systems',
      ]),
    );
    const en =
      'Systems engineer: MBSE with SysML, IBM DOORS and Polarion, interface management, configuration management to CMII, Vector CANoe, sensor fusion, Femap, DFSS and Taguchi methods, BIM Level 2 and ISO 19650, ProjectWise, SmartPlant Instrumentation, loop diagrams, Siemens PCS7, Triconex, relief valve sizing, pre-commissioning.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'systems-engineering',
        'requirements-management',
        'engineering-configuration-management',
        'hil-testing',
        'adas',
        'nastran',
        'six-sigma',
        'doe',
        'bim',
        'construction-software',
        'instrumentation',
        'dcs-operations',
        'process-safety',
        'chemical-process',
        'field-service',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他住在风洞旁边，操稳一点，轻量化的背包很好用。')).toEqual([]);
    expect(prose('The homologation of the old rules was slow; he played a cameo role.')).toEqual([]);
  });
});

describe('the fourteenth round: the factory floor processes', () => {
  it.each([
    ['注塑工艺', 'injection-molding'],
    ['挤出工艺', 'extrusion'],
    ['橡胶硫化', 'rubber-processing'],
    ['Rubber Compounding', 'rubber-processing'],
    ['静电喷涂', 'surface-treatment'],
    ['激光焊接', 'welding'],
    ['Waterjet Cutting', 'laser-cutting'],
    ['数控折弯', 'press-brake'],
    ['Plate Rolling', 'sheet-metal'],
    ['珩磨', 'grinding-machines'],
    ['螺丝锁付', 'assembly-process'],
    ['氦质谱检漏', 'leak-testing'],
    ['MODAPTS', 'industrial-engineering'],
    ['人机料法环', 'root-cause-analysis'],
    ['挂牌上锁', 'loto'],
    ['TPM自主保全', 'tpm'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese job description', () => {
    const zh =
      '工艺工程师：负责注塑工艺调试、挤出工艺、橡胶硫化与密炼，静电喷涂，激光焊接，水刀切割与等离子切割，数控折弯，螺丝锁付，氦质谱检漏，MOD法工时分析，人机料法环分析，产品追溯，挂牌上锁。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'injection-molding',
        'extrusion',
        'rubber-processing',
        'surface-treatment',
        'welding',
        'laser-cutting',
        'press-brake',
        'assembly-process',
        'leak-testing',
        'industrial-engineering',
        'root-cause-analysis',
        'quality-traceability',
        'loto',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('牙膏挤出来了，他研磨咖啡豆，追溯历史，部装好了再说。')).toEqual([]);
  });
});

describe('the fourteenth round: the purchasing and logistics desk', () => {
  it.each([
    ['竞争性谈判', 'procurement'],
    ['Global Sourcing', 'procurement'],
    ['应该成本分析', 'cost-analysis'],
    ['品类策略', 'strategic-sourcing'],
    ['1688采购', 'procurement-platforms'],
    ['商品归类', 'trade-compliance'],
    ['EXW', 'incoterms'],
    ['Road Haulage', 'transportation-management'],
    ['物流成本', 'freight-cost-control'],
    ['E-commerce Fulfilment', 'order-fulfillment'],
    ['温湿度监控', 'cold-chain'],
    ['富勒WMS', 'wms'],
    ['唯智TMS', 'tms'],
    ['DGSA', 'dangerous-goods'],
    ['Contract Logistics', 'third-party-logistics'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese and an English job description', () => {
    const zh =
      '采购主管：负责竞争性谈判与单一来源采购，应该成本分析，制定品类策略，1688采购找货，管理外协采购与备品备件采购，办理商品归类，控制物流成本，负责退货管理、库存差异与温湿度监控，使用富勒WMS。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'procurement',
        'cost-analysis',
        'strategic-sourcing',
        'procurement-platforms',
        'oem-management',
        'spare-parts-management',
        'trade-compliance',
        'freight-cost-control',
        'reverse-logistics',
        'stocktake-variance',
        'cold-chain',
        'wms',
      ]),
    );
    const en =
      'Logistics manager: road freight and fleet scheduling, e-commerce fulfilment, 3PL management and contract logistics, DGSA, container freight station, should-cost modelling, category strategy, tendering, EXW and FCA terms.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'transportation-management',
        'order-fulfillment',
        'third-party-logistics',
        'dangerous-goods',
        'freight-forwarding',
        'cost-analysis',
        'strategic-sourcing',
        'bidding',
        'incoterms',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他的电话号码尾号1688，富勒先生来了。')).toEqual([]);
    expect(prose('The dap of paint; his pda buzzed.')).toEqual([]);
  });
});

describe('the fourteenth round: the accounts, treasury and investment desk', () => {
  it.each([
    ['凭证处理', 'accounting'],
    ['三张报表', 'financial-reporting'],
    ['银行承兑汇票', 'treasury'],
    ['股权融资', 'fundraising'],
    ['Debt Financing', 'fundraising'],
    ['审计配合', 'audit-support'],
    ['认证抵扣', 'vat-special-invoices'],
    ['折旧计提', 'fixed-assets'],
    ['经营报告', 'management-reporting'],
    ['结汇', 'foreign-exchange'],
    ['研报撰写', 'equity-research'],
    ['估值建模', 'valuation'],
    ['K3 Cloud', 'kingdee'],
    ['U8+', 'yonyou'],
    ['初级会计', 'accounting-titles'],
    ['基金从业', 'financial-licenses'],
    ['保险从业资格', 'insurance-credentials'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese job description, and a qualification written with its word', () => {
    const zh =
      '财务经理：负责凭证处理与三张报表编制，银行承兑汇票管理，银行贷款与股权融资，审计配合，认证抵扣，折旧计提，编写经营报告，结汇与汇率风险管理，研报撰写与估值建模，持有初级会计与基金从业资格。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'accounting',
        'financial-reporting',
        'treasury',
        'fundraising',
        'audit-support',
        'vat-special-invoices',
        'fixed-assets',
        'management-reporting',
        'foreign-exchange',
        'equity-research',
        'valuation',
        'accounting-titles',
        'financial-licenses',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('公司上市了，那辆折旧的旧车，凭证丢了，研报太长。')).toEqual([]);
  });
});

describe('the fourteenth round: an audit for words another trade writes too', () => {
  it('reads no skill of this round where a nurse, a regulator, a coder or a chip designer writes the word', () => {
    expect(ids('NICE guidelines, NMC Code', { isSkillList: true })).not.toContain('contact-center-platforms');
    expect(ids('FCA, PRA', { isSkillList: true })).not.toContain('incoterms');
    expect(ids('ICD, SNOMED CT', { isSkillList: true })).not.toContain('systems-engineering');
    expect(prose('负责芯片设计验证与仿真。')).not.toContain('reliability-engineering');
    expect(prose('Honing my skills in the server room with temperature checks; Section 135 of the Companies Act.')).toEqual([]);
    expect(prose('爱好股票投资，建立了客户资料库，机房温湿度监控正常。')).toEqual([]);
  });
});

describe('the fourteenth round, a second pass: the care home and the ward’s basic care', () => {
  it.each([
    ['DNACPR', 'advance-care-planning'],
    ['Gold Standards Framework', 'advance-care-planning'],
    ['预立医疗照护计划', 'advance-care-planning'],
    ['McKinley T34', 'iv-therapy'],
    ['QCF Level 3', 'nursing-assistant'],
    ['Person Centred Software', 'care-planning-software'],
    ['Sara Stedy', 'patient-moving-handling'],
    ['RESTORE2', 'early-warning-scores'],
    ['KLOEs', 'healthcare-quality'],
    ['Buccal Midazolam', 'disability-support'],
    ['院内陪检', 'patient-escort'],
    ['临终护理', 'palliative-care'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in a carer’s description, and a short word in a list', () => {
    const en =
      'Senior carer: ReSPECT and DNACPR conversations, anticipatory medicines, McKinley T34 syringe drivers, QCF Level 3, Log my Care, Sara Stedy, falls management, RESTORE2, KLOEs, buccal midazolam, Namaste Care.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'advance-care-planning',
        'iv-therapy',
        'nursing-assistant',
        'care-planning-software',
        'patient-moving-handling',
        'patient-safety',
        'early-warning-scores',
        'healthcare-quality',
        'disability-support',
        'palliative-care',
      ]),
    );
    expect(ids('Stoma, Catheter, Nebuliser', { isSkillList: true })).toEqual(['wound-care', 'catheterization', 'nursing-procedures']);
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('She walked with dignity and respect; the news was on; he bought a catheter.')).toEqual([]);
    expect(prose('两人做好交接后下班，他去量体温。')).toEqual([]);
  });
});
