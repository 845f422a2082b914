/**
 * The trades the taxonomy barely read (the eleventh round, written blind): IT support, retail, agriculture, social
 * work, beauty, operations, energy, media, hospitality, hardware, supply chain, engineering, healthcare, pharma,
 * legal, education and admin — the duties and methods their resumes write inside a job description (工单分派, 陈列调整,
 * 无人机植保, 个案评估, shelf replenishment, safeguarding referrals ...), the tools and equipment they name (扫码枪, RMM
 * tools, Meraki, PLC brands ...) and their certificates by their written names, each its own skill related to the
 * family's. taxonomy-trades.test.ts holds the fifth round's trades; this file the eleventh's.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the eleventh round: IT support and retail duties', () => {
  it.each([
    ['账号权限管理', 'account-provisioning'],
    ['电脑组装', 'pc-assembly'],
    ['笔记本维修', 'hardware-repair'],
    ['PC Troubleshooting', 'hardware-repair'],
    ['重装系统', 'os-imaging'],
    ['局域网维护', 'lan-maintenance'],
    ['2nd Line Support', 'it-support'],
    ['Second-line Support', 'support-tiers'],
    ['二线支持', 'support-tiers'],
    ['Ticket Triage', 'ticket-triage'],
    ['工单派发', 'ticket-triage'],
    ['Laptop Refresh', 'hardware-refresh'],
    ['Laptop Setup', 'it-onboarding'],
    ['打印机故障排查', 'peripherals-support'],
    ['Account Lockouts', 'password-resets'],
    ['macOS Support', 'mac-support'],
    ['Cisco Meraki', 'cisco-meraki'],
    ['UniFi', 'ubiquiti'],
    ['ConnectWise Manage', 'connectwise'],
    ['NinjaRMM', 'ninjaone'],
    ['IT外包', 'managed-it-services'],
    ['驻场运维', 'onsite-it-support'],
    ['Deskside Support', 'onsite-it-support'],
    ['批处理脚本', 'batch-scripting'],
    ['NTFS Permissions', 'file-share-management'],
    ['知识库维护', 'knowledge-base'],
    // retail
    ['陈列调整', 'display-maintenance'],
    ['Planogram Compliance', 'planogram-compliance'],
    ['理货补货', 'shelf-replenishment'],
    ['Shelf Stacking', 'shelf-replenishment'],
    ['临期商品处理', 'date-checking'],
    ['开店流程', 'store-open-close'],
    ['退换货', 'returns-exchanges'],
    ['Markdowns', 'markdown-execution'],
    ['POS系统', 'pos-systems'],
    ['扫码枪', 'barcode-scanners'],
    ['RF Gun', 'barcode-scanners'],
    ['Pricing Gun', 'price-labelling'],
    ['EAS Tagging', 'security-tagging'],
    ['Shrink Management', 'loss-prevention'],
    ['开业筹备', 'store-pre-opening'],
    ['老客维护', 'repeat-customer-care'],
    ['线上订单拣货', 'online-order-picking'],
    ['门店直播', 'store-livestreaming'],
    ['商场专柜', 'counter-sales'],
    ['大盘点', 'cycle-counting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds the duties inside a long Chinese and a long English job description', () => {
    const zh =
      '负责公司200余台电脑的桌面运维，处理日常工单派发与二线支持，承担打印机故障排查、局域网维护和账号权限管理，参与笔记本维修及新员工电脑配置。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'it-support',
        'ticket-triage',
        'support-tiers',
        'peripherals-support',
        'lan-maintenance',
        'account-provisioning',
        'hardware-repair',
        'it-onboarding',
      ]),
    );
    const en =
      'Provided deskside support to 400 users, handled ticket triage in ConnectWise Manage, ran a laptop refresh across three sites and resolved account lockouts and printer troubleshooting.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'onsite-it-support',
        'ticket-triage',
        'connectwise',
        'hardware-refresh',
        'password-resets',
        'peripherals-support',
      ]),
    );
    const store = '每日负责陈列调整和理货补货，执行开店流程与闭店检查，处理退换货，使用扫码枪完成大盘点，做好临期商品处理和老客维护。';
    expect(prose(store)).toEqual(
      expect.arrayContaining([
        'display-maintenance',
        'shelf-replenishment',
        'store-open-close',
        'returns-exchanges',
        'barcode-scanners',
        'cycle-counting',
        'date-checking',
        'repeat-customer-care',
      ]),
    );
    const shop =
      'Responsible for shelf stacking, date checking and planogram compliance, EAS tagging of high-value lines and markdowns at the end of each season.';
    expect(prose(shop)).toEqual(
      expect.arrayContaining(['shelf-replenishment', 'date-checking', 'planogram-compliance', 'security-tagging', 'markdown-execution']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('We had a square table in the office and toast for breakfast; refunds were paid by finance.')).toEqual([]);
    expect(prose('他上货车时装机不慎摔伤，店里上货不多。')).not.toContain('shelf-replenishment');
    expect(prose('The MSP and the EUC teams met at Kaseya Center in Miami.')).not.toContain('managed-it-services');
  });
});

describe('the eleventh round: agriculture, social work and beauty duties', () => {
  it.each([
    ['无人机植保', 'drone-crop-protection'],
    ['蔬菜种植', 'vegetable-production'],
    ['果树种植', 'fruit-production'],
    ['农药安全使用', 'safe-pesticide-use'],
    ['NPTC PA2', 'safe-pesticide-use'],
    ['种植计划', 'planting-plans'],
    ['杂草防除', 'crop-protection'],
    ['农技服务', 'agronomy'],
    ['土地流转', 'land-transfer'],
    ['农产品销售', 'agri-product-sales'],
    ['三品一标', 'agri-certification'],
    ['Self-propelled Sprayer', 'sprayer-operation'],
    ['Fertiliser Spreading', 'fertiliser-application'],
    ['JDLink', 'john-deere'],
    ['BASIS Registered', 'basis-certificate'],
    ['Hedge Cutting', 'hedge-cutting'],
    ['Stock Fencing', 'stock-fencing'],
    ['Ploughing', 'tillage-sowing'],
    ['Silage Making', 'silage-haymaking'],
    ['穴盘育苗', 'plant-propagation'],
    ['Crop Walking', 'crop-scouting'],
    ['Packhouse Operations', 'post-harvest-handling'],
    ['农机维修', 'farm-machinery'],
    // social work
    ['个案评估', 'case-assessment'],
    ['Safeguarding Referrals', 'safeguarding-referrals'],
    ['个案转介', 'case-referral'],
    ['Signposting', 'case-referral'],
    ['志愿者招募', 'nonprofit-management'],
    ['社区活动策划', 'community-events'],
    ['项目书撰写', 'project-proposal-writing'],
    ['结案评估', 'case-closure'],
    ['政策宣传', 'policy-publicity'],
    ['留守儿童关爱', 'children-in-difficulty'],
    ['Looked After Children', 'childrens-social-care'],
    ['长者探访', 'elderly-social-work'],
    ['中级社工证', 'social-work-licence'],
    ['社工督导', 'social-work-supervision'],
    ['Caseload Management', 'caseload-management'],
    ['Care Act Assessments', 'care-act-assessments'],
    ['Best Interest Assessments', 'mental-capacity-assessments'],
    ['Court Reports', 'court-reports'],
    ['Life Story Work', 'direct-work'],
    ['Key Working', 'key-working'],
    ['Floating Support', 'tenancy-sustainment'],
    ['Community Outreach', 'community-outreach'],
    ['Triple P', 'parenting-support'],
    ['Early Help Assessments', 'early-help'],
    ['LiquidLogic', 'social-care-case-systems'],
    ['Cert IV Disability', 'community-services-qualifications'],
    ['Team Teach', 'physical-intervention-training'],
    ['个案跟进', 'case-follow-up'],
    // beauty
    ['肤质分析', 'facial-treatments'],
    ['肩颈护理', 'neck-shoulder-care'],
    ['精油开背', 'neck-shoulder-care'],
    ['洗剪吹', 'hair-cutting-colouring'],
    ['美瞳线', 'lash-brow'],
    ['疗程设计', 'treatment-plan-design'],
    ['NVQ Level 3 Beauty Therapy', 'beauty-qualifications'],
    ['Treatwell', 'salon-management'],
    ['Wella Professionals', 'wella'],
    ['Olaplex', 'olaplex'],
    ['Decléor', 'decleor'],
    ['CND Shellac', 'nail-technology'],
    ['Bridal Hair', 'hair-updos'],
    ['Spa Therapy', 'massage-therapy'],
    ['化妆教学', 'makeup-teaching'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds the duties inside long Chinese and English descriptions', () => {
    const farm =
      '负责300亩果园管理和蔬菜种植，开展无人机植保与农药安全使用培训，制定种植计划，组织土地流转和农产品销售，并做好病虫害测报。';
    expect(prose(farm)).toEqual(
      expect.arrayContaining([
        'vegetable-production',
        'drone-crop-protection',
        'safe-pesticide-use',
        'planting-plans',
        'land-transfer',
        'agri-product-sales',
        'crop-scouting',
      ]),
    );
    const arable =
      'Ran the self-propelled sprayer and fertiliser spreading on 800 ha, did the ploughing, silage making and hedge cutting, and held NPTC PA1 and PA2 with BASIS.';
    expect(prose(arable)).toEqual(
      expect.arrayContaining([
        'sprayer-operation',
        'fertiliser-application',
        'tillage-sowing',
        'silage-haymaking',
        'hedge-cutting',
        'safe-pesticide-use',
      ]),
    );
    const sw = '负责社区困境儿童的个案评估与个案转介，开展长者探访和社区活动策划，撰写项目书并完成结案评估，接受社工督导。';
    expect(prose(sw)).toEqual(
      expect.arrayContaining([
        'case-assessment',
        'case-referral',
        'elderly-social-work',
        'community-events',
        'case-closure',
        'social-work-supervision',
      ]),
    );
    const uk =
      'Held a caseload of 18 children in need, completed Care Act assessments and safeguarding referrals, wrote court reports and did life story work with looked after children.';
    expect(prose(uk)).toEqual(
      expect.arrayContaining(['care-act-assessments', 'safeguarding-referrals', 'court-reports', 'direct-work', 'childrens-social-care']),
    );
    const salon = '为顾客做肤质分析和疗程设计，提供肩颈护理、精油开背和洗剪吹服务，熟悉美瞳线与韩式半永久。';
    expect(prose(salon)).toEqual(
      expect.arrayContaining(['facial-treatments', 'treatment-plan-design', 'neck-shoulder-care', 'hair-cutting-colouring', 'lash-brow']),
    );
    const therapist =
      'Delivered Decléor and Environ facials, Wella Professionals colour with Olaplex treatments, and managed bookings in Treatwell.';
    expect(prose(therapist)).toEqual(expect.arrayContaining(['decleor', 'environ', 'wella', 'olaplex', 'salon-management']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('The fades of the evening light were toning the hills; we cut threading costs and the spa was closed.')).toEqual([]);
    expect(prose('The early help we got from the mosaic artist was direct work of love; she met Clarins at the airport.')).toEqual([]);
    expect(prose('他给我们介绍了几个朋友，案子的结案时间未定，转介也没有消息。')).toEqual([]);
  });
});

describe('the eleventh round: operations, energy, media and hospitality duties', () => {
  it.each([
    ['KPI跟踪', 'kpi-management'],
    ['人员调度', 'staff-dispatching'],
    ['运营报表', 'data-driven-operations'],
    ['质量巡检', 'service-quality-inspection'],
    ['Floor Walks', 'service-quality-inspection'],
    ['管理制度制定', 'hr-policies'],
    ['Multi-site Operations', 'chain-operations'],
    ['服务商管理', 'outsourcing-management'],
    ['Service Delivery', 'service-delivery'],
    ['值班管理', 'duty-rosters'],
    ['Daily Huddles', 'daily-huddles'],
    ['人力成本控制', 'labour-cost-control'],
    ['效率提升', 'productivity-improvement'],
    ['Operations Manual', 'operations-manuals'],
    ['Shift Leadership', 'shift-team-leadership'],
    // energy
    ['电站运维', 'power-station-om'],
    ['设备消缺', 'defect-elimination'],
    ['发电量分析', 'generation-analysis'],
    ['集控中心', 'centralised-control'],
    ['停电检修', 'outage-maintenance'],
    ['运行日志', 'operation-logs'],
    ['烟气脱硫', 'air-pollution-control'],
    ['High Voltage Switching', 'switching-operations'],
    ['JIB Gold Card', 'electrician-license'],
    ['MCS Accredited', 'mcs-certification'],
    ['SMETS2', 'smart-meter-installation'],
    ['IWCF', 'well-control'],
    ['碳达峰', 'dual-carbon'],
    ['能耗监测', 'energy-management'],
    ['电气运维', 'electrical-om'],
    ['屋顶资源开发', 'renewable-project-development'],
    ['储能电站运维', 'ess-om'],
    ['电池包设计', 'battery-systems'],
    ['风机巡检', 'wind-turbine-om'],
    ['升压站运维', 'substation-operation'],
    ['绝缘电阻测试', 'electrical-testing'],
    // media
    ['活动跟拍', 'follow-shooting'],
    ['舆情应对', 'social-listening'],
    ['账号涨粉', 'follower-growth'],
    ['爆款内容', 'viral-content'],
    ['Muck Rack', 'social-listening'],
    ['Live Streaming', 'live-production'],
    ['QuarkXPress', 'quarkxpress'],
    ['网站编辑', 'web-editing'],
    ['话题运营', 'topic-operations'],
    ['宣传报道', 'publicity-reporting'],
    ['企业宣传片', 'video-production'],
    ['出镜记者', 'broadcasting'],
    ['有声书', 'audio-production'],
    ['Vertical Video', 'short-video'],
    // hospitality
    ['客房清扫', 'room-turnover'],
    ['Room Turnover', 'room-turnover'],
    ['Banquet Setup', 'banquet'],
    ['退房结账', 'front-desk'],
    ["Natasha's Law", 'food-safety'],
    ['布草洗涤', 'housekeeping'],
    ['Minibar', 'housekeeping'],
    ['VIP Amenities', 'vip-amenities'],
    ['RSA/RCG', 'responsible-gambling'],
    ['APLH', 'personal-licence'],
    ['Booking.com Extranet', 'revenue-hospitality'],
    ['TrustYou', 'guest-feedback-tools'],
    ['Afternoon Tea', 'afternoon-tea'],
    ['铁板烧', 'culinary'],
    ['楼面服务', 'food-beverage'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds the duties inside long Chinese and English descriptions', () => {
    const ops = '负责区域12家门店的人员调度和KPI跟踪，每周输出运营报表，组织质量巡检和服务商管理，推动人力成本控制与效率提升。';
    expect(prose(ops)).toEqual(
      expect.arrayContaining([
        'staff-dispatching',
        'kpi-management',
        'data-driven-operations',
        'service-quality-inspection',
        'outsourcing-management',
        'labour-cost-control',
        'productivity-improvement',
      ]),
    );
    const plant = '在集控中心值班，负责光伏电站运维和设备消缺，开展发电量分析，编制停电检修计划，填写运行日志，参与储能电站运维。';
    expect(prose(plant)).toEqual(
      expect.arrayContaining([
        'centralised-control',
        'defect-elimination',
        'generation-analysis',
        'outage-maintenance',
        'operation-logs',
        'ess-om',
      ]),
    );
    const media = '负责公司宣传报道和网站编辑，策划话题运营，打造爆款内容实现账号涨粉，并承担活动跟拍和企业宣传片拍摄。';
    expect(prose(media)).toEqual(
      expect.arrayContaining([
        'publicity-reporting',
        'web-editing',
        'topic-operations',
        'viral-content',
        'follower-growth',
        'follow-shooting',
        'video-production',
      ]),
    );
    const hotel =
      'Led room turnover for 220 keys, handled VIP amenities and minibar replenishment, ran banquet setup for weekend weddings and held RSA/RCG and a personal licence (APLH).';
    expect(prose(hotel)).toEqual(
      expect.arrayContaining(['room-turnover', 'vip-amenities', 'housekeeping', 'banquet', 'responsible-gambling', 'personal-licence']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    const found = prose('早会上他说起小时候的往事，大家跟拍手叫好，有人要去外展览馆。');
    for (const id of ['daily-huddles', 'follow-shooting', 'community-outreach']) expect(found).not.toContain(id);
    expect(prose('He had a licence to joke; the DPS was late and the PACK of cards was lost in the buffer.')).toEqual([]);
    expect(prose('The authorised person signed the lease; we had afternoon tea.')).toEqual([]);
  });
});

describe('the eleventh round: a second pass over IT support and retail', () => {
  it.each([
    ['驱动安装', 'pc-configuration'],
    ['无线AP', 'wireless-ap-deployment'],
    ['Foxmail', 'enterprise-email'],
    ['火绒', 'endpoint-protection'],
    ['Desk Moves', 'imacd'],
    ['Data Wiping', 'data-sanitisation'],
    ['厂商报修', 'it-warranty-management'],
    ['Apple Business Manager', 'mobile-device-management'],
    ['Bitwarden', 'password-managers'],
    ['Mailbox Migrations', 'email-migration'],
    ['长短款', 'cash-handling'],
    ['礼品卡', 'loyalty-card-operations'],
    ['Challenge 25', 'age-restricted-sales'],
    ['Self-checkouts', 'self-checkout'],
    ['Reduced to Clear', 'waste-recording'],
    ['Deli Counter', 'fresh-counters'],
    ['称重计价', 'weighing-pricing'],
    ['手绘POP', 'trade-marketing'],
    ['季末清仓', 'markdown-execution'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in a description and not in prose', () => {
    const en =
      'Supervised self-checkouts, enforced Challenge 25, ran the deli counter and logged reduced to clear lines; handled gift cards and desk moves.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'self-checkout',
        'age-restricted-sales',
        'fresh-counters',
        'waste-recording',
        'loyalty-card-operations',
        'imacd',
      ]),
    );
    expect(prose('A coil and a dagger lay by the hilt; the POP of the cork and customer orders from the king.')).toEqual([]);
  });
});

describe('the eleventh round: a third pass over legal work', () => {
  it.each([
    ['合同履约管理', 'contract-performance'],
    ['合同纠纷', 'commercial-disputes'],
    ['举报处理', 'whistleblowing'],
    ['股权转让', 'corporate-law'],
    ['软著登记', 'copyright'],
    ['用户协议起草', 'online-terms-drafting'],
    ['DSARs', 'dsar-handling'],
    ['Data Breach Response', 'data-breach-response'],
    ['Data Processing Agreements', 'data-privacy'],
    ['Redlining', 'contract-management'],
    ['反不正当竞争', 'unfair-competition-law'],
    ['Confirmation Statements', 'company-secretarial'],
    ['Regulatory Investigations', 'regulatory-investigations'],
    ['Cease and Desist', 'cease-and-desist'],
    ['Particulars of Claim', 'litigation'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const zh = '负责合同履约管理和合同纠纷处理，起草隐私政策与用户协议，完成软著登记和股权转让，处理举报受理。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'contract-performance',
        'commercial-disputes',
        'online-terms-drafting',
        'copyright',
        'corporate-law',
        'whistleblowing',
      ]),
    );
    const en = 'Handled DSARs and data breach response, redlining of MSAs and SOWs, and drafted cease and desist letters.';
    expect(prose(en)).toEqual(expect.arrayContaining(['dsar-handling', 'data-breach-response', 'contract-management', 'cease-and-desist']));
    expect(prose('We agreed to cease and go home; the companies house a museum.')).toEqual([]);
  });
});

describe('the eleventh round: a third pass over the plant engineer', () => {
  it.each([
    ['设备验收', 'equipment-acceptance'],
    ['产线改造', 'line-automation'],
    ['液压系统维修', 'hydraulics-pneumatics'],
    ['上位机开发', 'upper-computer-software'],
    ['工控机', 'industrial-pcs'],
    ['安装指导', 'customer-technical-training'],
    ['调试报告', 'commissioning-reports'],
    ['机械装配', 'assembly-process'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in a description', () => {
    const zh = '负责设备验收和产线改造，完成视觉调试、伺服调试与上位机开发，编写调试报告并对客户进行安装指导。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'equipment-acceptance',
        'line-automation',
        'machine-vision',
        'servo-drives',
        'upper-computer-software',
        'commissioning-reports',
        'customer-technical-training',
      ]),
    );
  });
});
