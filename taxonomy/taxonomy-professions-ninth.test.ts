/**
 * The fifteenth round (written blind): the families whose labelled skills the taxonomy knew least of — the hospital's
 * specialist departments and the operations desk (15a), the supply chain and the accounts (15b), the factory and the
 * engineering office (15c), the power plant, the cost office and the pastry kitchen (15e) — the systems job boards and
 * IT project sections name (15d), and the words another trade writes too (15f, 15g).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the fifteenth round: the hospital’s specialist departments', () => {
  it.each([
    ['调强放疗', 'radiation-therapy'],
    ['IMRT', 'radiation-therapy'],
    ['Brachytherapy', 'radiation-therapy'],
    ['剂量学', 'medical-physics'],
    ['Dosimetry', 'medical-physics'],
    ['试管婴儿', 'assisted-reproduction'],
    ['ICSI', 'assisted-reproduction'],
    ['Embryo Transfer', 'assisted-reproduction'],
    ['纯音测听', 'audiology'],
    ['Tympanometry', 'audiology'],
    ['新生儿听力筛查', 'audiology'],
    ['MBSR', 'mindfulness-interventions'],
    ['正念减压', 'mindfulness-interventions'],
    ['医患纠纷处理', 'patient-relations'],
    ['伤口缝合', 'wound-care'],
    ['病案质控', 'clinical-documentation'],
    ['动物保定', 'veterinary-technician'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a Chinese and an English description', () => {
    const zh =
      '放疗技师：负责CT模拟定位与放疗摆位，参与调强放疗和图像引导放疗，协助剂量验证；生殖中心：负责胚胎培养、玻璃化冷冻与精液分析；听力中心：开展纯音测听、声导抗测试与新生儿听力筛查，负责助听器调试。';
    expect(prose(zh)).toEqual(expect.arrayContaining(['radiation-therapy', 'medical-physics', 'assisted-reproduction', 'audiology']));
    const en =
      'Audiologist: pure tone audiometry, tympanometry and real ear measurements, cochlear implant programming and tinnitus management. Therapist: delivered MBSR groups and handled patient complaints.';
    expect(prose(en)).toEqual(expect.arrayContaining(['audiology', 'mindfulness-interventions', 'patient-relations']));
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('正念、OAE、ABR、PGT', { isSkillList: true })).toEqual([
      'mindfulness-interventions',
      'audiology',
      'audiology',
      'assisted-reproduction',
    ]);
    expect(prose('Practising mindfulness helps me focus, and she kept 正念 in mind.')).toEqual([]);
  });
});

describe('the fifteenth round: the operations, facilities and data centre desk', () => {
  it.each([
    ['Certified Facility Manager', 'facilities-management-certifications'],
    ['IWFM Level 4', 'facilities-management-certifications'],
    ['CDCP', 'data-center-certifications'],
    ['Uptime ATD', 'data-center-certifications'],
    ['DCIM', 'data-center'],
    ['Method of Procedure', 'data-center'],
    ['Turnaround Planning', 'outage-maintenance'],
    ['Maintenance Scheduling', 'equipment-maintenance'],
    ['工单闭环', 'equipment-maintenance'],
    ['配电室巡检', 'distribution-rooms'],
    ['楼宇自控系统', 'hvac'],
    ['消防中控室', 'fire-control-room'],
    ['监控值守', 'security-control-room'],
    ['接发列车', 'rail-operations'],
    ['自动售检票', 'public-transport-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a facilities and a data centre description', () => {
    const zh =
      '物业工程主管：负责配电室巡检、UPS巡检、楼宇自控系统与消防中控室管理，处理业主报修处理与维修工单，编制设备检修计划，管理道闸系统。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'distribution-rooms',
        'ups-maintenance',
        'hvac',
        'fire-control-room',
        'building-maintenance',
        'equipment-maintenance',
        'parking-management',
      ]),
    );
    const en =
      'Critical facilities technician (CDCP): wrote Method of Procedure and Emergency Operating Procedures, ran load bank testing on UPS systems, used DCIM, led turnaround planning and maintenance scheduling; IFMA Certified Facility Manager.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'data-center-certifications',
        'data-center',
        'ups-maintenance',
        'outage-maintenance',
        'equipment-maintenance',
        'facilities-management-certifications',
      ]),
    );
  });

  it('does not read a parcel carrier, an airflow figure or a station as skills in prose', () => {
    expect(prose('The parcel came by UPS, the fan moves 400 CFM, and 站务 staff waved at the 道闸.')).toEqual([]);
  });
});

describe('the fifteenth round: the accounts, tax and investor relations desk', () => {
  it.each([
    ['TallyPrime', 'tally'],
    ['Tally ERP 9', 'tally'],
    ['AutoCount', 'autocount'],
    ['Zoho Books', 'zoho-books'],
    ['Cognos TM1', 'ibm-planning-analytics'],
    ['Morningstar Direct', 'morningstar-direct'],
    ['Sage Pastel', 'sage'],
    ['UltraTax CS', 'tax-software'],
    ['开票软件', 'tax-software'],
    ['Essbase', 'oracle-hyperion'],
    ['HFM', 'consolidation'],
    ['税收筹划', 'taxation'],
    ['研发加计扣除', 'rd-incentive-applications'],
    ['工作底稿', 'auditing'],
    ['GGY AXIS', 'actuarial-software'],
    ['假币识别', 'bank-teller'],
    ['贷款风险分类', 'loan-classification'],
    ['市值管理', 'investor-relations'],
    ['Listing Rules', 'company-secretarial'],
    ['QoE Analysis', 'due-diligence'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an accountant’s and a banker’s description', () => {
    const en =
      'Accountant: kept the books in TallyPrime and Zoho Books, prepared returns in UltraTax CS and Lacerte, built budgets and consolidations in Cognos TM1, Essbase and HFM.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['tally', 'zoho-books', 'tax-software', 'ibm-planning-analytics', 'oracle-hyperion', 'consolidation']),
    );
    const zh =
      '税务会计：负责金税系统与开票软件操作、税收筹划、研发加计扣除申报，整理工作底稿；银行柜员：假币识别、贷款风险分类、不良贷款清收，配合市值管理。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'tax-software',
        'taxation',
        'rd-incentive-applications',
        'auditing',
        'bank-teller',
        'loan-classification',
        'debt-recovery',
      ]),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('Tally, AutoCount, Morningstar, HFM', { isSkillList: true })).toEqual([
      'tally',
      'autocount',
      'morningstar-direct',
      'consolidation',
    ]);
    expect(prose('Keep a tally of the votes; the morningstar rose over the axis of the igloo, 底稿 in hand.')).toEqual([]);
  });
});

describe('the fifteenth round: the warehouse, the customs desk and the planner', () => {
  it.each([
    ['Infor WMS', 'wms'],
    ['Körber WMS', 'wms'],
    ['SAP APO', 'demand-planning'],
    ['E店宝', 'ecommerce-erp'],
    ['海关编码', 'trade-compliance'],
    ['中国电子口岸', 'customs-clearance'],
    ['账册核销', 'processing-trade'],
    ['堆垛机', 'warehouse-equipment'],
    ['手动液压车', 'pallet-trucks'],
    ['播种墙', 'warehouse-operations'],
    ['动碰盘点', 'cycle-counting'],
    ['序列号管理', 'batch-traceability'],
    ['Dynamics AX', 'dynamics-365'],
    ['D365 F&O', 'dynamics-365'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a warehouse and a customs description', () => {
    const zh =
      '仓储主管：使用E店宝与Infor WMS，负责播种墙分拣、动碰盘点与序列号管理，操作手动液压车；关务：在中国电子口岸申报，负责海关编码归类与账册核销。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'ecommerce-erp',
        'wms',
        'warehouse-operations',
        'cycle-counting',
        'batch-traceability',
        'pallet-trucks',
        'customs-clearance',
        'trade-compliance',
        'processing-trade',
      ]),
    );
  });

  it('does not read a disaster recovery plan as distribution planning in prose', () => {
    expect(prose('We tested the DRP twice a year.')).toEqual([]);
    expect(ids('MRP, DRP', { isSkillList: true })).toEqual(['mrp', 'mrp']);
  });
});

describe('the fifteenth round: the machine shop, the mould shop and the weld bay', () => {
  it.each([
    ['Siemens 840D', 'cnc-controllers'],
    ['海德汉系统', 'cnc-controllers'],
    ['FANUC系统', 'cnc-controllers'],
    ['PowerMill', 'cam-software'],
    ['hyperMILL', 'cam-software'],
    ['Fusion 360', 'fusion-360'],
    ['Solid Edge', 'solid-edge'],
    ['坐标磨床', 'grinding-machines'],
    ['火花机', 'wire-edm'],
    ['量块', 'precision-measurement'],
    ['热流道', 'mold-design'],
    ['级进模', 'mold-design'],
    ['钣金展开', 'sheet-metal'],
    ['埋弧焊', 'welding'],
    ['Certified Welding Inspector', 'ndt'],
    ['公差配合', 'gdt'],
    ['OCAP', 'spc'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a CNC machinist’s, a mould maker’s and a welder’s description', () => {
    const zh =
      'CNC技术员：熟悉FANUC系统与西门子840D，使用PowerMill和hyperMILL编程，负责对刀、工件装夹与刀具选型，操作坐标磨床和火花机，使用量块与螺纹规检测；模具设计：级进模与压铸模设计，热流道选型，钣金展开。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'cnc-controllers',
        'cam-software',
        'cnc',
        'grinding-machines',
        'wire-edm',
        'precision-measurement',
        'mold-design',
        'sheet-metal',
      ]),
    );
    const en =
      'Welder-fabricator: submerged arc welding and spot welding to EN 287 and ISO 9606, CSWIP 3.1 welding inspector, modelled fixtures in Fusion 360 and Solid Edge.';
    expect(prose(en)).toEqual(expect.arrayContaining(['welding', 'ndt', 'fusion-360', 'solid-edge']));
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('对刀、装夹、修模、折弯', { isSkillList: true })).toEqual(['cnc', 'cnc', 'mold-design', 'press-brake']);
    expect(prose('He was bending the rules; the UT campus is near the RT stop.')).toEqual([]);
  });
});

describe('the fifteenth round: the fab, the pattern room and the engineering office', () => {
  it.each([
    ['CP测试', 'semiconductor-testing'],
    ['V93000', 'semiconductor-testing'],
    ['干法刻蚀', 'semiconductor-process'],
    ['Wire Bonding', 'semiconductor-process'],
    ['推码', 'fashion-cad'],
    ['立体裁剪', 'fashion-design'],
    ['自动扶梯维保', 'elevator-maintenance'],
    ['注安师', 'ehs-credentials'],
    ['作业危害分析', 'jsa'],
    ['EN 50128', 'functional-safety'],
    ['联锁设计', 'railway-signalling-design'],
    ['IRSE Licence', 'railway-signalling-design'],
    ['电气二次设计', 'power-systems'],
    ['母线槽', 'high-voltage'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a test engineer’s, a pattern maker’s and a signalling engineer’s description', () => {
    const zh =
      '测试工程师：负责CP测试与FT测试程序开发，使用V93000和J750，维护探针卡；封装工艺：固晶与Wire Bonding；制版师：立体裁剪、推码；电梯技师：自动扶梯维保与电梯困人救援。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['semiconductor-testing', 'semiconductor-process', 'fashion-design', 'fashion-cad', 'elevator-maintenance']),
    );
    const en =
      'Signalling engineer: interlocking design and signal sighting to EN 50126 and EN 50128, ERTMS and CTCS-3 schemes, IRSE Licence; electrical designer for busbar trunking and SKM PowerTools studies.';
    expect(prose(en)).toEqual(expect.arrayContaining(['railway-signalling-design', 'functional-safety', 'high-voltage', 'power-systems']));
  });
});

describe('the fifteenth round: the tech stack an IT project section lists', () => {
  it.each([
    ['若依', 'admin-scaffolds'],
    ['RuoYi-Vue', 'admin-scaffolds'],
    ['JeecgBoot', 'admin-scaffolds'],
    ['JSP/Servlet', 'java-template-engines'],
    ['Thymeleaf', 'java-template-engines'],
    ['React Query', 'tanstack-query'],
    ['Streamlit', 'streamlit'],
    ['Gradio', 'gradio'],
    ['Ant Design Vue', 'component-libraries'],
    ['Naive UI', 'component-libraries'],
    ['Vue Router', 'vue'],
    ['Konva', 'canvas-graphics'],
    ['ArkUI', 'harmonyos'],
    ['GoFrame', 'go-libraries'],
    ['Mockito', 'junit'],
    ['Swagger UI', 'openapi'],
    ['vSphere', 'virtualization'],
    ['iSCSI', 'storage-admin'],
    ['openEuler', 'linux'],
    ['ChromaDB', 'vector-databases'],
    ['大模型微调', 'llm-fine-tuning'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in a Chinese tech stack line and an English one', () => {
    const zh =
      '技术栈：Spring Boot、MyBatis-Plus、Redis、RabbitMQ、Quartz、Canal、若依框架、Thymeleaf；前端：Vue 3、Vue Router、Pinia、Element Plus、Ant Design Vue、Naive UI、AntV G2；测试：JUnit 5、Mockito、Charles抓包。';
    expect(ids(zh)).toEqual(
      expect.arrayContaining([
        'spring-boot',
        'redis',
        'rabbitmq',
        'quartz',
        'cdc',
        'admin-scaffolds',
        'java-template-engines',
        'vue',
        'component-libraries',
        'antv',
        'junit',
        'charles-proxy',
      ]),
    );
    const en =
      'Stack: React, React Router, TanStack Query, Konva and PixiJS; Go services on GoFrame; Python tools in Streamlit and Gradio; infrastructure on VMware vSphere and ESXi with iSCSI and NFS storage on openEuler and Rocky Linux.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'react',
        'tanstack-query',
        'canvas-graphics',
        'go-libraries',
        'streamlit',
        'gradio',
        'virtualization',
        'storage-admin',
        'linux',
      ]),
    );
  });

  it('does not read everyday words as tools in prose', () => {
    expect(prose('Charles and a quartz watch crossed the canal; the transformers hummed, and the struts held.')).toEqual([]);
    expect(prose('他在麒麟山下微调了座椅。')).toEqual([]);
  });
});

describe('the fifteenth round: the power plant, the cost office and the pastry kitchen', () => {
  it.each([
    ['化学水处理', 'power-plant-chemistry'],
    ['凝结水精处理', 'power-plant-chemistry'],
    ['Emerson Ovation', 'dcs-operations'],
    ['联合循环', 'power-plant-operations'],
    ['HRSG', 'power-plant-operations'],
    ['热控检修', 'instrumentation'],
    ['变电站值班', 'substation-operation'],
    ['广联达GCCP', 'glodon'],
    ['定额计价', 'quantity-surveying'],
    ['五大员', 'construction-site-certificates'],
    ['巧克力调温', 'culinary'],
    ['Viennoiserie', 'culinary'],
    ['Keg Changing', 'bartending'],
    ['WSET Level 2', 'wine-knowledge'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a plant operator’s, a cost engineer’s and a pastry chef’s description', () => {
    const zh =
      '集控值班员：负责联合循环机组与余热锅炉运行，使用Emerson Ovation系统，监督汽水品质监督与化学水处理，参与热控检修；造价员：使用广联达GCCP做定额计价与土建算量；西点师：法式甜点、马卡龙、巧克力调温与开酥。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'power-plant-operations',
        'dcs-operations',
        'power-plant-chemistry',
        'instrumentation',
        'glodon',
        'quantity-surveying',
        'culinary',
      ]),
    );
  });

  it('reads the short words in a list of skills, and not in everyday prose', () => {
    expect(ids('热工、燃机、材料员', { isSkillList: true })).toEqual([
      'instrumentation',
      'power-plant-operations',
      'construction-site-certificates',
    ]);
    expect(prose('The ovation lasted minutes; tempering his anger, he baked sourdough at home. 我们的材料员请假了。')).toEqual([]);
  });
});

describe('the fifteenth round: words another trade writes too', () => {
  it('reads a metallurgist’s tempering, a haulier’s load board and a teacher’s grading rules as none of this round’s skills', () => {
    for (const word of ['Tempering', 'Load Board', 'Grading Rules', 'Counterfeit Detection', 'Shuttle System']) {
      expect(normalizeSkill(word), word).toBeNull();
    }
    expect(ids('淬火, Tempering, Annealing', { isSkillList: true })).not.toContain('culinary');
  });
});
