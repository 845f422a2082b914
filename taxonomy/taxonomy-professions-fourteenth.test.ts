/**
 * The eighteenth round, continued from taxonomy-professions-thirteenth (written blind): the road, the air, the rail
 * and the garage (18d), the public office and the non-profit (18e), the platform store, the live room and the sales
 * floor (18f). Each term is written from a recruiter's knowledge of the trade, not from the labelled resumes: one case
 * per term added, listed by the skill it names.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

/** One `[term, id]` case per term, from the terms listed under each skill. */
const cases = (table: [string, string[]][]) => table.flatMap(([id, terms]) => terms.map((term) => [term, id] as const));

describe('the eighteenth round: the road, the air, the rail and the garage', () => {
  it.each(
    cases([
      ['driving-licence', ['A2驾驶证', 'B2驾驶证', 'A1驾驶证', 'A2照', 'B2照', 'A照', 'B照', '大货车驾照', '大客车驾照', '牵引车驾照']],
      ['driving-licence', ['C+E', 'Class C+E', 'A类驾照', 'B类驾照', 'D照', '增驾', '准驾车型', 'Class 2 Licence', 'D1 Licence']],
      ['rail-operations', ['Signalling', 'Signaling', '调车作业', 'CTC', '行调', '电调', '环调', 'OCC']],
      ['automotive-repair', ['钣金喷漆', 'Collision Repair', 'Panel Beating', 'Automotive Diagnostics', 'Car Diagnostics', '诊断仪']],
      ['automotive-repair', ['元征', '元征X431', 'Launch X431', 'Autel', '道通诊断仪', 'Snap-on', 'Snap-on诊断', '发动机维修']],
      ['automotive-repair', ['变速箱维修', '三电系统', '三电维修', '电池包维修', 'ADAS标定', 'ADAS Calibration', '事故车维修']],
      ['automotive-repair', ['电动汽车维修', 'Electric Vehicle Repair', 'EV Repair', '新能源汽车高压', '高压系统维修', 'IMI Level 3']],
      ['automotive-repair', ['IMI EV', 'IMI']],
      ['dangerous-goods', ['危险品运输从业资格证', '危货从业资格证', '危险品驾驶员证']],
      ['heavy-vehicle-driving', ['长途运输', 'Long Haul', 'Long Haul Trucking', 'OTR Driving', 'Over-the-road', '重型牵引车']],
      ['public-transport-operations', ['客运值班', '车站值班']],
      ['train-driving', ['动车组驾驶', '高铁驾驶', '电客车驾驶', '机车乘务员', 'LKJ', 'LKJ监控装置', '6A系统']],
      ['railway-signalling-maintenance', ['信号设备维护', 'Signal Maintenance']],
      ['fleet-telematics', ['车载GPS', '车载定位']],
      ['transport-safety-compliance', ['HOS', 'DOT Regulations', 'FMCSA Regulations', 'Vehicle Inspection', 'DVIR']],
      ['transport-safety-compliance', ['Driver Vehicle Inspection Reports', 'Walkaround Check']],
      ['pilot-licences', ['机型执照', '机型签注', 'Type Rating A320', 'Type Rating B737', 'Aircraft Type Rating', 'A320机型']],
      ['pilot-licences', ['B737机型', 'ICAO英语', 'ICAO English', '英语ICAO等级', 'ICAO Level 4', 'ATR72', 'A330', 'B787', '737NG']],
      ['pilot-licences', ['737MAX', 'A320neo', 'A350', 'B777']],
      ['aviation-maintenance-regulations', ['B1/B2', 'B1/B2执照', 'B1/B2 Licence', 'B1/B2 License', 'CAAC 66部', 'Part 66']],
      ['aviation-maintenance-regulations', ['Part-66 Licence', '66部执照', '维修人员执照']],
      ['computer-interlocking', ['联锁', 'Railway Interlocking']],
      ['ev-charging', ['直流快充', '交流慢充', 'V2G', 'Vehicle-to-Grid', '换电站']],
      ['ground-handling', ['Ramp Handling', '机坪']],
      ['aviation-maintenance', ['航空器维修', '结构修理(飞机)', 'TSM', 'Troubleshooting Manual', 'RII', 'Required Inspection Items']],
      ['aviation-maintenance', ['ETOPS']],
      ['passenger-driving', ['公交驾驶', '公交车驾驶', '出租车驾驶', 'Taxi Driving', 'Taxi Licence', 'Private Hire Licence', 'PCV']],
      ['passenger-driving', ['Minibus Driving', '安全行车']],
      ['aero-engines', ['发动机孔探']],
      ['charger-maintenance', ['充电桩维修', '充电桩检修', 'EVSE Maintenance']],
      ['rolling-stock-maintenance', ['转向架', '转向架检修', 'Rail Vehicle Maintenance', '轨道车']],
      ['tachograph-compliance', ['Tacho Card', 'Driver Card', 'Digital Tachograph Analysis']],
      ['load-securing', ['绑扎']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a driver’s, an aircraft engineer’s, a train driver’s and a mechanic’s description', () => {
    expect(
      prose(
        '货车司机：持B2驾驶证和危险品运输从业资格证，长途运输8年，车载GPS监控；机务：持B1执照和A320机型执照，熟悉CAAC 66部；动车组驾驶，客运值班；汽修：钣金喷漆、发动机维修、三电系统检修，用元征X431诊断，做ADAS标定。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'driving-licence',
        'dangerous-goods',
        'heavy-vehicle-driving',
        'fleet-telematics',
        'aviation-maintenance-regulations',
        'pilot-licences',
        'train-driving',
        'public-transport-operations',
        'automotive-repair',
      ]),
    );
    expect(
      prose(
        'Held a Class C+E licence and a HAZMAT endorsement, logged HOS under FMCSA rules, flew with an A320 type rating and an instrument rating, and did collision repair and panel beating.',
      ),
    ).toEqual(
      expect.arrayContaining(['driving-licence', 'dangerous-goods', 'transport-safety-compliance', 'pilot-licences', 'automotive-repair']),
    );
  });

  it('reads A照, HOS, 元征, Autel, 联锁 and Signalling in a list of skills only', () => {
    expect(ids('A照、HOS、元征、Autel、联锁、Signalling', { isSkillList: true })).toEqual([
      'driving-licence',
      'transport-safety-compliance',
      'automotive-repair',
      'automotive-repair',
      'computer-interlocking',
      'rail-operations',
    ]);
    expect(prose('autel hos signalling 联锁反应')).toEqual([]);
  });

  it('reads the bus driver’s, the ramp’s, the metro’s and the charging engineer’s words in a description, and short words in a list only', () => {
    expect(
      prose(
        '司机：持D照，公交驾驶8年，会货物绑扎，做DVIR检查，管理Driver Card；机务：发动机孔探、航空器维修，持ICAO英语4级；机坪作业；地铁：转向架检修，机车乘务员，熟悉LKJ，OCC行调；充电桩维修、直流快充、V2G；电动汽车维修，持IMI Level 3。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'driving-licence',
        'passenger-driving',
        'load-securing',
        'transport-safety-compliance',
        'tachograph-compliance',
        'aviation-maintenance',
        'aero-engines',
        'pilot-licences',
        'ground-handling',
        'rolling-stock-maintenance',
        'train-driving',
        'rail-operations',
        'charger-maintenance',
        'ev-charging',
        'automotive-repair',
      ]),
    );
    expect(ids('PCV、A330、TSM、LKJ、CTC、IMI、轨道车', { isSkillList: true })).toEqual([
      'passenger-driving',
      'pilot-licences',
      'aviation-maintenance',
      'train-driving',
      'rail-operations',
      'automotive-repair',
      'rolling-stock-maintenance',
    ]);
    expect(prose('The CTC and OCC met; IMI was founded. 我们在机坪上。')).toEqual([]);
  });
});

describe('the eighteenth round: the public office and the non-profit', () => {
  it.each(
    cases([
      ['stakeholder-management', ['利益相关方沟通', '利益相关者沟通']],
      ['policy-writing', ['Policy Briefs', 'Policy Brief', '政策简报', '政策建议', '人大建议', '政协提案', '建议提案办理']],
      ['nonprofit-management', ['Beneficiary Management', '受益人管理', '社会组织管理', '社会组织运营']],
      ['monitoring-evaluation', ['MEAL', 'Logframes', 'Logical Frameworks', 'Results Framework', 'Results-based Management']],
      ['monitoring-evaluation', ['Outcome Harvesting', 'Most Significant Change', 'Baseline Survey', 'Baseline Surveys', '基线调查']],
      ['monitoring-evaluation', ['Endline Survey', '终期评估', '中期评估', 'Social Impact Assessment', '社会影响评估', 'KoBoToolbox']],
      ['monitoring-evaluation', ['KoBo Toolbox', 'ODK', 'Open Data Kit', 'SurveyCTO', 'DHIS2', 'M&E Frameworks', '监测评估']],
      ['library-science', ['图书编目', 'MARC', 'MARC21', 'MARC 21', 'CNMARC', 'RDA编目', 'Koha', 'Alma', 'Ex Libris Alma']],
      ['library-science', ['图书馆管理系统', '图书馆集成管理系统', '参考咨询', 'Reference Services', 'Reference Desk', 'Dublin Core']],
      ['library-science', ['Omeka', 'Digital Collections', 'Digital Library', 'Archives', 'ArchivesSpace', 'Archival Processing']],
      ['library-science', ['Archival Description', 'Finding Aids', 'ISAD(G)']],
      ['ministerial-briefing', ['Cabinet Papers']],
      ['legislative-drafting', ['立法']],
      ['public-procurement', ['Procurement Rules', 'Public Procurement Rules', 'Procurement Regulations', '采购法规']],
      ['public-procurement', ['Government Procurement Regulations']],
      ['community-engagement', ['公众咨询', '征求意见', '公开征求意见', 'Public Participation', '听证会组织']],
      ['civil-contingencies', ['Humanitarian', '人道主义援助', '人道救援', 'Humanitarian Assistance', 'Sphere Standards']],
      ['civil-contingencies', ['Sphere Handbook', 'Core Humanitarian Standard', 'Cash Transfer Programming']],
      ['civil-contingencies', ['Cash and Voucher Assistance', 'CVA', '现金援助', 'Cluster Coordination', 'Emergency Relief']],
      ['nonprofit-crm', ['Salesforce Nonprofit', 'Salesforce Nonprofit Cloud', 'NPSP', 'Nonprofit Success Pack', 'CiviCRM']],
      ['nonprofit-crm', ['DonorPerfect', 'Beacon CRM']],
      ['museum-education', ['Museum Education', '博物馆教育', 'Museum Learning', 'Gallery Education', 'Museum Programming']],
      ['museum-education', ['Museum Education Programmes', '博物馆社教', '社教活动', '社会教育活动', '博物馆研学', 'Museum Outreach']],
      ['museum-education', ['Family Programmes', 'School Programmes (Museum)']],
      ['rural-revitalisation', ['Poverty Alleviation and Rural Revitalisation Work', '扶贫与驻村帮扶', '扶贫', '精准扶贫', '扶贫工作']],
      ['rural-revitalisation', ['脱贫攻坚', '巩固脱贫攻坚成果', '驻村帮扶', '驻村工作', '驻村第一书记', '结对帮扶', '东西部协作']],
      ['rural-revitalisation', ['对口支援', '产业帮扶', '消费帮扶', 'Poverty Alleviation', 'Poverty Reduction']],
      ['rural-revitalisation', ['Rural Development Programmes']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a village cadre’s, a librarian’s, a museum educator’s and a programme officer’s description', () => {
    expect(
      prose(
        '驻村第一书记：负责精准扶贫和消费帮扶，组织公开征求意见，撰写政策简报和人大建议办理；图书馆员：图书编目（CNMARC），使用Koha；博物馆社教：策划社教活动；项目官员：做基线调查和社会影响评估，用KoBoToolbox收数。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'rural-revitalisation',
        'community-engagement',
        'policy-writing',
        'library-science',
        'museum-education',
        'monitoring-evaluation',
      ]),
    );
    expect(
      prose(
        'Led MEAL for a cash transfer programming response under Sphere standards, built results frameworks and outcome harvesting, ran SurveyCTO and DHIS2, wrote policy briefs and cabinet papers, processed archives in ArchivesSpace, managed donors in Salesforce NPSP.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'monitoring-evaluation',
        'civil-contingencies',
        'policy-writing',
        'ministerial-briefing',
        'library-science',
        'nonprofit-crm',
      ]),
    );
  });

  it('reads ODK, MARC, Alma, Archives, CVA, NPSP, 扶贫, 立法 and 社教活动 in a list of skills only', () => {
    expect(ids('ODK、MARC、Alma、Archives、CVA、NPSP、扶贫、立法、社教活动', { isSkillList: true })).toEqual([
      'monitoring-evaluation',
      'library-science',
      'library-science',
      'library-science',
      'civil-contingencies',
      'nonprofit-crm',
      'rural-revitalisation',
      'legislative-drafting',
      'museum-education',
    ]);
    expect(prose('Alma went to the archives. 他在立法会，扶贫帮困。')).toEqual([]);
  });
});

describe('the eighteenth round: the platform store, the live room and the sales floor', () => {
  it.each(
    cases([
      ['ocean-engine', ['付费投流', '投流优化']],
      ['dynamics-365', ['Dynamics 365 Sales', 'Microsoft Dynamics CRM']],
      ['ecommerce-design', ['详情页']],
      ['keyword-research', ['关键词调研', '关键词挖掘']],
      ['shopify', ['Shopify Apps', 'Shopify主题', 'Shopify Theme', 'Shopify Payments', 'Shopify Liquid', 'Liquid']],
      ['amazon-seller', ['FBM', 'Lightning Deals', 'LD', 'Best Deal', 'Best Deals', 'SP广告', 'SB广告', 'SD广告', '自动广告']],
      ['amazon-seller', ['手动广告', 'ACOS', 'TACOS', 'Amazon Listing']],
      ['cross-border-marketplaces', ['沃尔玛运营', 'Walmart运营', 'Walmart Seller Center']],
      ['douyin-ecommerce', ['精选联盟', '抖音精选联盟']],
      ['livestream-hosting', ['弹幕互动', '直播间互动']],
      ['short-video', ['视频号小店', '微信小店']],
      ['dropshipping', ['Oberlo', 'DSers', 'CJdropshipping']],
      ['inside-sales', ['外呼系统']],
      ['sales-intelligence', ['Apollo', 'ZoomInfo SalesOS']],
      ['call-quality', ['QA评分', 'QA Scoring', 'Call Scoring', 'Quality Assurance Scoring', 'Quality Monitoring', '质检校准']],
      ['property-sales', ['房客源', '房客源维护', 'VR带看', '新房', '一手房', '房源录入', '贝壳A+系统', 'A+系统', '商铺租售']],
      ['property-sales', ['写字楼租售', '租售', '房源端口', '端口维护', '房源拍摄', 'VR看房', '签约过户', '网签过户']],
      ['auto-dealership', ['汽车精品', '衍生业务', '汽车衍生业务', '金融方案', '汽车金融方案', '金融分期方案', 'DMS系统', '试驾邀约']],
      ['auto-dealership', ['DCC', '网电销', '车商通']],
      ['insurance-sales', ['MDRT', '百万圆桌', 'MDRT会员']],
      ['mega-sale-preparation', ['双十一大促', '双12大促']],
      ['amazon-seller-tools', ['Sorftime', 'SIF', 'SIF关键词工具']],
      ['amazon-vine', ['Vine', 'Amazon Vine Program']],
      ['helpdesk-tools', ['Kustomer']],
      ['life-insurance', ['保单检视', '保单整理', '家庭保障规划', '家庭保险规划']],
      ['property-valuation', ['房屋评估']],
      ['ecommerce-customer-service', ['千牛接待', '抖店飞鸽', '飞鸽', '飞鸽客服', '拼多多客服', '快捷短语', '小额打款', '催付']],
      ['ecommerce-customer-service', ['催付话术', '售后工单', '询单转化', '邮件客服']],
      ['contact-center-platforms', ['Service Cloud', 'Zoho Desk', 'ServiceNow CSM', 'Tidio', '美洽', '晓多']],
      ['contact-center-platforms', ['晓多客服', '客服系统', '在线客服系统', 'Omnichannel Support', '全渠道客服']],
      ['contact-center-platforms', ['Omnichannel Contact Centre']],
      ['contact-center-metrics', ['ACW', 'After Call Work', 'After-call Work', '话后处理']],
      ['complaint-escalation', ['客诉升级']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a platform operator’s, an agent’s and a contact centre’s description', () => {
    expect(
      prose(
        '抖音运营：付费投流，对接精选联盟达人，做弹幕互动；淘宝美工：详情页制作；负责双11大促；亚马逊运营：FBM和FBA，开SP广告和SB广告，控制ACoS，报名Lightning Deals，用Sorftime选词；置业顾问：维护房客源，VR带看；汽车销售：汽车精品和衍生业务；保险：MDRT会员；质检：QA评分与质检校准；用外呼系统。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'ocean-engine',
        'douyin-ecommerce',
        'livestream-hosting',
        'ecommerce-design',
        'mega-sale-preparation',
        'amazon-seller',
        'amazon-seller-tools',
        'property-sales',
        'auto-dealership',
        'insurance-sales',
        'call-quality',
        'inside-sales',
      ]),
    );
    expect(
      prose(
        'Built Shopify themes in Shopify Liquid, ran dropshipping with DSers, scored calls against QA scorecards, worked tickets in Kustomer and sold in Dynamics 365 Sales.',
      ),
    ).toEqual(expect.arrayContaining(['shopify', 'dropshipping', 'call-quality', 'helpdesk-tools', 'dynamics-365']));
  });

  it('reads 详情页, LD, Vine, SIF, Liquid, Apollo, 新房 and 金融方案 in a list of skills only', () => {
    expect(ids('详情页、LD、Vine、SIF、Liquid、Apollo、新房、金融方案', { isSkillList: true })).toEqual([
      'ecommerce-design',
      'amazon-seller',
      'amazon-vine',
      'amazon-seller-tools',
      'shopify',
      'sales-intelligence',
      'property-sales',
      'auto-dealership',
    ]);
    expect(prose('The vine grew; liquid spilled; Apollo landed. 新房装修好了，双11买了东西。')).toEqual([]);
  });

  it('reads the shop service desk’s, the contact centre’s and the agent’s words in a description, and their short words in a list only', () => {
    expect(
      prose(
        '淘宝客服：千牛接待、催付话术、小额打款、售后工单；抖店飞鸽客服；呼叫中心：控制ACW，客诉升级，知识库维护；用Salesforce Service Cloud和Zoho Desk；汽车销售：试驾邀约、车商通；保险：保单检视、家庭保障规划；中介：商铺租售、房源拍摄、VR看房、签约过户、房屋评估。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'ecommerce-customer-service',
        'contact-center-metrics',
        'complaint-escalation',
        'knowledge-base',
        'contact-center-platforms',
        'auto-dealership',
        'life-insurance',
        'property-sales',
        'property-valuation',
      ]),
    );
    expect(ids('ACW、客服系统、飞鸽、催付、DCC、租售', { isSkillList: true })).toEqual([
      'contact-center-metrics',
      'contact-center-platforms',
      'ecommerce-customer-service',
      'ecommerce-customer-service',
      'auto-dealership',
      'property-sales',
    ]);
    expect(prose('飞鸽传书。DCC ruled.')).toEqual([]);
  });
});
