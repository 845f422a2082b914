/**
 * The sixteenth round (written blind): the families whose labelled skills the taxonomy knew least of — the hospital's
 * medical and surgical disciplines and the supply chain (16a), the trading floor, the treasury and the operations desk (16b), the
 * factory floor and the engineering office (16c), the public office, the school, the restaurant and the soft skills (16d), and a
 * second pass over the clinic, the supply chain and the water and environment engineer (16e).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the sixteenth round: the hospital’s medical and surgical disciplines', () => {
  it.each([
    ['Cardiology', 'cardiology'],
    ['心血管病学', 'cardiology'],
    ['Gastroenterology', 'gastroenterology'],
    ['Pulmonology', 'respiratory-medicine'],
    ['Nephrology', 'nephrology'],
    ['内分泌学', 'endocrinology'],
    ['Neurology', 'neurology'],
    ['Rheumatology', 'rheumatology'],
    ['Clinical Haematology', 'haematology'],
    ['传染病学', 'infectious-diseases'],
    ['精神科评估', 'psychiatry'],
    ['Dermatology', 'dermatology'],
    ['Otorhinolaryngology', 'otolaryngology'],
    ['Urology', 'urology'],
    ['体外冲击波碎石', 'urology'],
    ['Neurosurgery', 'neurosurgery'],
    ['Thoracic Surgery', 'cardiothoracic-surgery'],
    ['Plastic and Reconstructive Surgery', 'plastic-surgery'],
    ['Vascular Surgery', 'vascular-surgery'],
    ['达芬奇机器人', 'robotic-surgery'],
    ['Neonatology', 'neonatology'],
    ['Geriatrics', 'geriatric-medicine'],
    ['高压氧治疗', 'hyperbaric-oxygen-therapy'],
    ['关节镜手术', 'sports-medicine'],
    ['关节置换', 'orthopaedics'],
    ['Spinal Surgery', 'orthopaedics'],
    ['Colorectal Surgery', 'surgery'],
    ['护理诊断', 'nursing-assessment'],
    ['Psychoeducation', 'counseling'],
    ['院感监测', 'infection-control'],
    ['Health Coaching', 'health-management'],
    ['Charge Capture', 'medical-billing'],
    ['静脉用药调配', 'pharmacy-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('reads a department as no skill, its discipline as one', () => {
    for (const place of ['心内科', '消化内科', '皮肤科', '神经外科', '新生儿科']) expect(normalizeSkill(place), place).toBeNull();
  });

  it('finds them inside a Chinese and an English description', () => {
    const zh = '主治医师：从事心血管病学临床工作，熟练开展达芬奇机器人辅助手术与关节镜手术，负责高压氧治疗及院感监测。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['cardiology', 'robotic-surgery', 'sports-medicine', 'hyperbaric-oxygen-therapy', 'infection-control']),
    );
    const en =
      'Registrar rotations in gastroenterology, nephrology and rheumatology; assisted in vascular surgery and joint replacement; delivered psychoeducation groups.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['gastroenterology', 'nephrology', 'rheumatology', 'vascular-surgery', 'orthopaedics', 'counseling']),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('ENT, HBOT, ESWL, NANDA', { isSkillList: true })).toEqual([
      'otolaryngology',
      'hyperbaric-oxygen-therapy',
      'urology',
      'nursing-assessment',
    ]);
    expect(prose('The ENT clinic was full, so we took the EMT crew’s report.')).toEqual([]);
  });
});

describe('the sixteenth round: the supply chain', () => {
  it.each([
    ['Kraljic Matrix', 'kraljic-matrix'],
    ['卡拉杰克矩阵', 'kraljic-matrix'],
    ['顺序供货', 'just-in-sequence'],
    ['Just-in-Sequence', 'just-in-sequence'],
    ['Vendor Compliance', 'vendor-compliance'],
    ['供应商合规管理', 'vendor-compliance'],
    ['Supplier Scorecard', 'srm'],
    ['温控运输', 'cold-chain'],
    ['Transloading', 'cross-docking'],
    ['ATA Carnet', 'customs-transit'],
    ['C-TPAT', 'trade-compliance'],
    ['保税区', 'bonded-logistics'],
    ['Dead Stock', 'inventory-ageing'],
    ['船代', 'maritime-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a purchasing and a logistics description', () => {
    const zh = '采购主管：运用卡拉杰克矩阵划分品类，推行顺序供货与供应商合规管理，负责温控运输和保税区仓库的协调。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['kraljic-matrix', 'just-in-sequence', 'vendor-compliance', 'cold-chain', 'bonded-logistics']),
    );
    const en = 'Built supplier scorecards, cleared dead stock, and managed transloading and ATA Carnet shipments for trade shows.';
    expect(prose(en)).toEqual(expect.arrayContaining(['srm', 'inventory-ageing', 'cross-docking', 'customs-transit']));
  });

  it('reads Trucking in a list of skills only, and a bare JIS as no supply (the Japanese Industrial Standards)', () => {
    expect(ids('Trucking、JIS供货、Kanban', { isSkillList: true })).toEqual(
      expect.arrayContaining(['transportation-management', 'just-in-sequence']),
    );
    expect(prose('He is in trucking now.')).toEqual([]);
    expect(normalizeSkill('JIS')?.id).not.toBe('just-in-sequence');
  });
});

describe('the sixteenth round: the trading floor, the treasury and the operations desk', () => {
  it.each([
    ['Algorithmic Trading', 'algorithmic-trading'],
    ['高频交易', 'algorithmic-trading'],
    ['策略回测', 'quant-strategy-research'],
    ['多因子模型', 'quant-strategy-research'],
    ['Statistical Arbitrage', 'quant-strategy-research'],
    ['IRRBB', 'interest-rate-risk'],
    ['久期分析', 'interest-rate-risk'],
    ['绿色金融', 'sustainable-finance'],
    ['Green Bonds', 'sustainable-finance'],
    ['碳金融', 'sustainable-finance'],
    ['Collateral Management', 'collateral-margin-management'],
    ['追加保证金', 'collateral-margin-management'],
    ['Black-Scholes', 'derivatives'],
    ['期权定价', 'derivatives'],
    ['NPV Analysis', 'financial-analysis'],
    ['债券承销', 'bond-issuance'],
    ['可转债', 'fixed-income'],
    ['家族办公室', 'wealth-management'],
    ['Fairness Opinion', 'valuation'],
    ['村级财务', 'public-sector-accounting'],
    ['浪潮GS', 'erp'],
    ['Financial Shared Services', 'management-accounting'],
    ['知识管理', 'knowledge-management'],
    ['知识沉淀', 'knowledge-management'],
    ['数据迁移', 'data-migration'],
    ['Data Conversion', 'data-migration'],
    ['Lessons Learned', 'post-mortem-review'],
    ['Benefits Realisation', 'program-management'],
    ['Town Hall Meetings', 'internal-communications'],
    ['运营审计', 'auditing'],
    ['Vendor Audits', 'supplier-quality'],
    ['资产标签', 'fixed-assets'],
    ['Agile Coaching', 'agile'],
    ['Go-live Support', 'software-implementation'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a quant, a treasury and an operations description', () => {
    const zh = '量化研究员：负责多因子模型的因子挖掘与策略回测，参与高频交易系统开发；资金部：负责利率风险管理、久期分析与绿色债券投资。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['quant-strategy-research', 'algorithmic-trading', 'interest-rate-risk', 'sustainable-finance']),
    );
    const en =
      'Ran daily margin calls and collateral management, priced options with Black-Scholes, and led the data migration and go-live support for the new ERP; captured lessons learned in our knowledge management site.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'collateral-margin-management',
        'derivatives',
        'data-migration',
        'software-implementation',
        'post-mortem-review',
        'knowledge-management',
      ]),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('HFT, 回测', { isSkillList: true })).toEqual(['algorithmic-trading', 'quant-strategy-research']);
    // FSSC is the food factory's FSSC 22000 too: only Financial Shared Services names the shared service centre.
    expect(normalizeSkill('FSSC')?.id).not.toBe('management-accounting');
    expect(prose('我们每周回测一次数据，并在会上知识分享。')).toEqual([]);
  });
});

describe('the sixteenth round: the factory floor and the engineering office', () => {
  it.each([
    ['粉末冶金', 'powder-metallurgy'],
    ['金属注射成型', 'powder-metallurgy'],
    ['化成分容', 'battery-cell-manufacturing'],
    ['电芯制造', 'battery-cell-manufacturing'],
    ['车联网', 'connected-vehicles'],
    ['C-V2X', 'connected-vehicles'],
    ['激光雷达', 'automotive-perception-sensors'],
    ['毫米波雷达', 'automotive-perception-sensors'],
    ['TwinCAT', 'beckhoff-twincat'],
    ['倍福', 'beckhoff-twincat'],
    ['CODESYS', 'codesys'],
    ['钎焊', 'welding'],
    ['二氧化碳气体保护焊', 'welding'],
    ['Load Flow Analysis', 'power-systems'],
    ['Relay Coordination', 'relay-settings'],
    ['Wonderware', 'hmi-configuration'],
    ['iFIX', 'hmi-configuration'],
    ['E-coating', 'surface-treatment'],
    ['真空镀膜', 'surface-treatment'],
    ['涂层测厚', 'coating-thickness'],
    ['磁粉探伤', 'ndt'],
    ['Dye Penetrant Inspection', 'ndt'],
    ['电池包设计', 'battery-systems'],
    ['硬件在环测试', 'hil-testing'],
    ['软件在环测试', 'embedded-unit-testing'],
    ['TargetLink', 'simulink'],
    ['Classic AUTOSAR', 'autosar'],
    ['耐久试验', 'reliability-engineering'],
    ['FMECA', 'fmea'],
    ['Yokogawa DCS', 'dcs-operations'],
    ['传感器标定', 'sensors'],
    ['路径规划', 'robotics'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a factory and an automotive description', () => {
    const zh =
      '工艺工程师：负责锂电池电芯制造中的极片涂布与化成分容，参与粉末冶金零件的烧结工艺改进，处理钎焊与电泳涂装不良，组织磁粉探伤和耐久试验。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'battery-cell-manufacturing',
        'powder-metallurgy',
        'welding',
        'surface-treatment',
        'ndt',
        'reliability-engineering',
      ]),
    );
    const en =
      'Integrated lidar and mmWave radar for the ADAS team, built V2X test benches, ran hardware-in-the-loop rigs, and programmed Beckhoff TwinCAT and CODESYS controllers with a Wonderware front end.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['automotive-perception-sensors', 'connected-vehicles', 'beckhoff-twincat', 'codesys', 'hmi-configuration']),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('MIM, IoV, Sintering', { isSkillList: true })).toEqual(['powder-metallurgy', 'connected-vehicles', 'powder-metallurgy']);
    expect(prose('The mim of the team was sintering, and the IoV meeting moved.')).toEqual([]);
  });
});

describe('the sixteenth round: the public office, the school, the restaurant and the soft skills', () => {
  it.each([
    ['人口普查', 'statistical-surveys'],
    ['联网直报', 'statistical-surveys'],
    ['Census Operations', 'statistical-surveys'],
    ['保密工作', 'classified-information-handling'],
    ['Security Clearance', 'classified-information-handling'],
    ['综合文字', 'official-document-writing'],
    ['一网通办', 'public-administration'],
    ['Records Retention', 'document-management'],
    ['人民防空', 'civil-contingencies'],
    ['Probation Supervision', 'offender-management'],
    ['Housing Allocation', 'lease-administration'],
    ['Code Enforcement', 'regulatory-inspections'],
    ['Permit Processing', 'administrative-licensing'],
    ['Learning Management System', 'lms'],
    ['IB Curriculum', 'international-curricula'],
    ['错题分析', 'student-assessment'],
    ['中式烹调', 'culinary'],
    ['Table Management', 'reservations'],
    ['Banquet Service', 'banquet'],
    ['Business Acumen', 'business-acumen'],
    ['商业思维', 'business-acumen'],
    ['Commercial Awareness', 'business-acumen'],
    ['系统思维', 'systems-thinking'],
    ['Delegation', 'delegation'],
    ['善于授权', 'delegation'],
    ['性格开朗', 'positive-attitude'],
    ['Can-do Attitude', 'positive-attitude'],
    ['团队激励', 'team-management'],
    ['Difficult Conversations', 'conflict-resolution'],
    ['Giving Feedback', 'mentoring'],
    ['人脉拓展', 'relationship-building'],
    ['Cultural Awareness', 'cross-cultural-communication'],
    ['远程协作', 'teamwork'],
    ['书面表达能力', 'written-communication'],
    ['好奇心', 'learning-agility'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a public office, a school and a manager’s description', () => {
    const zh = '街道办科员：负责综合文字与领导讲话稿撰写，组织人口普查和联网直报，做好保密工作，参与一网通办窗口服务。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'official-document-writing',
        'statistical-surveys',
        'classified-information-handling',
        'public-administration',
      ]),
    );
    const en =
      'Head of Year: taught the IB Curriculum, ran the learning management system, handled difficult conversations with parents; as a manager I used effective delegation, gave constructive feedback and built commercial awareness across the team.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['international-curricula', 'lms', 'conflict-resolution', 'delegation', 'mentoring', 'business-acumen']),
    );
  });

  it('reads the trait words in a self-assessment or a list, and not in everyday prose', () => {
    expect(ids('性格开朗，积极乐观，有商业思维，善于授权', { isSelfAssessment: true })).toEqual(
      expect.arrayContaining(['positive-attitude', 'business-acumen', 'delegation']),
    );
    expect(ids('Delegation, Curiosity, Optimism', { isSkillList: true })).toEqual(['delegation', 'learning-agility', 'positive-attitude']);
    expect(prose('The delegation arrived; curiosity and optimism were high, and 人防工程 was next door.')).toEqual([]);
  });
});

describe('the sixteenth round, a second pass: the clinic and the supply chain', () => {
  it.each([
    ['GS1', 'gs1-standards'],
    ['GTIN', 'gs1-standards'],
    ['商品条码', 'gs1-standards'],
    ['SSCC Labels', 'gs1-standards'],
    ['Obsolescence Management', 'obsolescence-management'],
    ['Last Time Buy', 'obsolescence-management'],
    ['EOL管理', 'obsolescence-management'],
    ['Fumigation', 'pest-control'],
    ['熏蒸处理', 'inspection-quarantine'],
    ['植物检疫证书', 'inspection-quarantine'],
    ['Documentary Collection', 'trade-finance'],
    ['双箱系统', 'supply-chain'],
    ['MRO Inventory', 'mro-procurement'],
    ['备件计划', 'spare-parts-management'],
    ['冲突矿产', 'responsible-sourcing'],
    ['自制或外购', 'strategic-sourcing'],
    ['Teardown Analysis', 'value-engineering'],
    ['Hazmat Shipping', 'dangerous-goods'],
    ['温度记录仪', 'cold-chain'],
    ['阴道镜检查', 'obstetrics-gynecology'],
    ['膀胱镜', 'urology'],
    ['低视力康复', 'optometry'],
    ['全口义齿', 'dentistry'],
    ['Tooth Extraction', 'dentistry'],
    ['Anaesthetic Machine Check', 'anesthesia'],
    ['俯卧位通气', 'critical-care'],
    ['Massive Transfusion Protocol', 'iv-therapy'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a clinic and a supply chain description', () => {
    const zh =
      'ICU护士：配合俯卧位通气与主动脉球囊反搏护理；口腔科：参与全口义齿修复；物控：负责备件计划、EOL管理和冲突矿产调查，申请商品条码。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'critical-care',
        'dentistry',
        'spare-parts-management',
        'obsolescence-management',
        'responsible-sourcing',
        'gs1-standards',
      ]),
    );
    const en =
      'Planned last time buys for obsolete parts, arranged fumigation and phytosanitary certificates, and ran hazmat shipping with GS1 SSCC labels.';
    expect(prose(en)).toEqual(expect.arrayContaining(['inspection-quarantine', 'dangerous-goods', 'gs1-standards']));
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('LTB、托收、熏蒸', { isSkillList: true })).toEqual(['obsolescence-management', 'trade-finance', 'pest-control']);
    expect(prose('家里熏蒸了一遍，托收的快递还没到。')).toEqual([]);
  });
});

describe('the sixteenth round, a second pass: the water and environment engineer', () => {
  it.each([
    ['给水工程', 'water-supply-engineering'],
    ['供水管网设计', 'water-supply-engineering'],
    ['EPANET', 'water-supply-engineering'],
    ['Pump Station Design', 'water-supply-engineering'],
    ['活性污泥法', 'water-treatment'],
    ['A2O工艺', 'water-treatment'],
    ['Membrane Bioreactor', 'water-treatment'],
    ['水质在线监测', 'continuous-emissions-monitoring'],
    ['蓄热式焚烧炉', 'air-pollution-control'],
    ['Regenerative Thermal Oxidiser', 'air-pollution-control'],
    ['Discharge Permits', 'environmental-compliance'],
    ['环境监理', 'environmental-compliance'],
    ['Noise Control', 'acoustics'],
    ['防洪排涝', 'hydrogeology'],
    ['MIKE 21', 'hydrogeology'],
    ['边坡稳定分析', 'slope-monitoring'],
    ['理正深基坑', 'geotechnical'],
    ['Cadastral Survey', 'land-surveying'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a water and an environment description', () => {
    const zh =
      '给排水工程师：负责市政给水与供水管网设计，用EPANET建模，设计加压泵站；污水厂改造采用A2O工艺和膜生物反应器，负责水质在线监测与环境监理。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'water-supply-engineering',
        'water-treatment',
        'continuous-emissions-monitoring',
        'environmental-compliance',
      ]),
    );
    const en =
      'Designed activated sludge upgrades, renewed discharge permits, specified a regenerative thermal oxidizer and ran MIKE 21 flood models.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['water-treatment', 'environmental-compliance', 'air-pollution-control', 'hydrogeology']),
    );
  });

  it('reads A2O only in a list of skills, and RTO as no engineering skill', () => {
    expect(ids('A2O, SBR工艺, MBR工艺', { isSkillList: true })).toEqual(['water-treatment', 'water-treatment', 'water-treatment']);
    expect(normalizeSkill('RTO')?.category).not.toBe('engineering');
  });
});
