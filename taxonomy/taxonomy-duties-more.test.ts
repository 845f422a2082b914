/**
 * The eleventh round's second half (written blind, the sibling of taxonomy-duties.test.ts): hardware, supply chain,
 * engineering, healthcare, pharma, construction, legal, education and admin — the duties, equipment and certificates
 * their resumes write that the taxonomy lacked, each its own skill related to the family's or an alias of the skill
 * that already held the concept.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the eleventh round: the bench, the warehouse, the plant, the ward, the site, the court, the school and the office', () => {
  it.each([
    // hardware
    ['贴片焊接', 'electronics-soldering'],
    ['Soldering', 'electronics-soldering'],
    ['EMC整改', 'emc'],
    ['老化测试', 'burn-in-testing'],
    ['嘉立创', 'pcb-design'],
    ['DDR布线', 'high-speed-interfaces'],
    ['MIPI', 'high-speed-interfaces'],
    ['4G模组', 'wireless-modules'],
    ['安规认证', 'product-compliance'],
    ['物料替代', 'component-selection'],
    ['信号质量测试', 'signal-quality-testing'],
    ['电源调试', 'power-supply-debugging'],
    // supply chain
    ['卸柜', 'warehouse-operations'],
    ['Devanning', 'warehouse-operations'],
    ['手动叉车', 'pallet-trucks'],
    ['Powered Pallet Truck', 'pallet-trucks'],
    ['Vocollect', 'voice-picking'],
    ['提货派车', 'pickup-dispatch'],
    ['物流跟踪', 'logistics'],
    ['干线运输', 'transportation-management'],
    ['库存预警', 'safety-stock'],
    ['补货计划', 'supply-planning'],
    // engineering
    ['技术改造', 'technical-retrofits'],
    ['图纸绘制', 'mechanical-design'],
    ['样件试制', 'prototyping'],
    ['汇川PLC', 'inovance'],
    ['台达PLC', 'delta-electronics'],
    ['Modicon', 'schneider-plc'],
    ['信捷PLC', 'xinje-plc'],
    ['组态王', 'hmi-configuration'],
    ['机械维修', 'mechanical-maintenance'],
    ['维修电工', 'electrician-license'],
    // healthcare
    ['压力性损伤护理', 'wound-care'],
    ['NG Feeding', 'nursing-procedures'],
    ['CD Checks', 'controlled-drugs'],
    ['Hoist Transfers', 'patient-moving-handling'],
    ['ABCDE Assessment', 'abcde-assessment'],
    ['INR Monitoring', 'anticoagulation'],
    ['Smear Tests', 'nursing'],
    ['CSSD', 'infection-control'],
    ['除颤仪', 'bls'],
    ['抢救车管理', 'crash-trolley'],
    ['医疗废物处理', 'infection-control'],
    ['LTC Reviews', 'long-term-conditions'],
    // pharma
    ['药品不良反应监测', 'pharmacovigilance'],
    ['审计追踪', 'good-documentation-practice'],
    ['GMP自检', 'pharma-qa'],
    ['Annex 11', 'csv-validation'],
    ['紫外分光光度计', 'spectroscopy'],
    ['卡尔费休', 'analytical-chemistry'],
    ['审方', 'pharmacy'],
    ['ANDA', 'regulatory-affairs'],
    // construction
    ['进度管控', 'schedule-control'],
    ['甲方协调', 'client-supervisor-liaison'],
    ['塔吊安拆', 'tower-crane-erection'],
    ['工序报验', 'inspection-requests'],
    ['闭水试验', 'water-tightness-tests'],
    ['交付验房', 'property-handover'],
    ['Hot Works', 'hot-works-permits'],
    ['CAT and Genny', 'cable-avoidance'],
    // legal
    ['用印审批', 'seal-approval'],
    ['法律风险排查', 'legal-risk-assessment'],
    ['案件跟进', 'case-tracking'],
    ['质证意见', 'litigation'],
    ['Trial Bundles', 'litigation'],
    ['诉前调解', 'pre-litigation-mediation'],
    ['Conflict Checks', 'legal-secretarial'],
    ['Completion Statements', 'conveyancing-tasks'],
    ['CM/ECF', 'court-efiling'],
    ['Deposition Summaries', 'depositions'],
    ['Litigation Hold', 'legal-hold'],
    ['Elite 3E', 'law-firm-billing'],
    ['法考', 'legal-qualification'],
    ['Lexis+', 'lexisnexis'],
    ['Witness Statements', 'witness-statements'],
    ['Clinical Negligence', 'clinical-negligence'],
    ['元典', 'legal-databases'],
    // education
    ['听评课', 'teaching'],
    ['社团活动', 'club-activities'],
    ['After-school Clubs', 'club-activities'],
    ['续报', 'course-renewal'],
    ['小班课', 'teaching'],
    ['Cambridge Primary', 'international-curricula'],
    ['Circle Time', 'circle-time'],
    ['ESL Teaching', 'tesol'],
    ['毕业班', 'graduating-class-teaching'],
    ['培优补差', 'tutoring'],
    ['Lesson Delivery', 'lesson-delivery'],
    ['Cover Supervisor', 'teaching'],
    ['Exam Invigilation', 'student-assessment'],
    ['Educational Visits', 'school-trips'],
    ['Playground Duty', 'playground-duty'],
    ['CPOMS', 'uk-school-tools'],
    ['奥赛辅导', 'competition-coaching'],
    ['作文辅导', 'composition-tutoring'],
    // admin
    ['接听电话', 'reception-services'],
    ['班车管理', 'facilities-management'],
    ['资料整理', 'document-management'],
    ['订机票', 'travel-management'],
    ['Stationery Ordering', 'office-procurement'],
    ['用印登记', 'seal-management'],
    ['Inbox Management', 'executive-support'],
    ['Calendly', 'calendly'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds the duties inside long Chinese and English descriptions', () => {
    const hw = '负责样机的贴片焊接、电源调试和信号质量测试，主导EMC整改与安规认证，完成DDR布线评审和4G模组选型，并组织老化测试。';
    expect(prose(hw)).toEqual(
      expect.arrayContaining([
        'electronics-soldering',
        'power-supply-debugging',
        'signal-quality-testing',
        'emc',
        'product-compliance',
        'high-speed-interfaces',
        'wireless-modules',
        'burn-in-testing',
      ]),
    );
    const wh =
      'Operated powered pallet trucks and counterbalance forklifts, devanning two containers a day, and ran voice picking on Vocollect.';
    expect(prose(wh)).toEqual(expect.arrayContaining(['pallet-trucks', 'warehouse-operations', 'voice-picking']));
    const plant = '负责车间设备的技术改造和机械维修，使用汇川PLC与组态王完成产线改造，参与样件试制。';
    expect(prose(plant)).toEqual(
      expect.arrayContaining(['technical-retrofits', 'mechanical-maintenance', 'inovance', 'hmi-configuration', 'prototyping']),
    );
    const ward =
      'Completed ABCDE assessments, CD checks and crash trolley checks each shift, managed NG feeding and hoist transfers, and ran the anticoagulation clinic with INR monitoring.';
    expect(prose(ward)).toEqual(
      expect.arrayContaining([
        'abcde-assessment',
        'controlled-drugs',
        'crash-trolley',
        'nursing-procedures',
        'patient-moving-handling',
        'anticoagulation',
      ]),
    );
    const site = '负责主体施工的进度管控、甲方协调和工序报验，组织闭水试验与交付验房，监督塔吊安拆。';
    expect(prose(site)).toEqual(
      expect.arrayContaining([
        'schedule-control',
        'client-supervisor-liaison',
        'inspection-requests',
        'water-tightness-tests',
        'property-handover',
        'tower-crane-erection',
      ]),
    );
    const law = '负责合同用印审批、诉讼案件跟进，整理证据目录并撰写质证意见，参与诉前调解，通过法考。';
    expect(prose(law)).toEqual(
      expect.arrayContaining(['seal-approval', 'case-tracking', 'litigation', 'pre-litigation-mediation', 'legal-qualification']),
    );
    const school = '带高三毕业班语文教学，负责作文辅导、培优补差和学科竞赛辅导，负责社团活动组织，参与听评课。';
    expect(prose(school)).toEqual(
      expect.arrayContaining([
        'graduating-class-teaching',
        'composition-tutoring',
        'tutoring',
        'competition-coaching',
        'club-activities',
        'teaching',
      ]),
    );
    const office =
      'Handled inbox management and travel bookings for two directors, stationery ordering and visitor reception, and booked meetings in Calendly.';
    expect(prose(office)).toEqual(expect.arrayContaining(['executive-support', 'travel-management', 'office-procurement', 'calendly']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('The disclosure of his salary was a hot works topic; he went on field trips and break duty was boring.')).toEqual([]);
    expect(prose('食堂的饭菜不错，开庭那天下雨了，他是毕业班的学生。')).toEqual([]);
    expect(prose('Delta Electronics and Schneider were our customers; the DDR was a country.')).not.toEqual(
      expect.arrayContaining(['delta-electronics', 'schneider-plc']),
    );
  });
});

describe('the eleventh round: a second pass over social work and operations', () => {
  it.each([
    ['居民走访', 'home-visits'],
    ['服务方案设计', 'support-planning'],
    ['破冰游戏', 'social-group-work'],
    ['叙事治疗', 'narrative-solution-focused'],
    ['高危个案', 'high-risk-cases'],
    ['服务台账', 'case-recording'],
    ['长者饭堂', 'elderly-social-work'],
    ['个案回访', 'case-follow-up'],
    ['Universal Credit Claims', 'welfare-benefits-support'],
    ['Rough Sleeper Outreach', 'homelessness-services'],
    ['Welfare Checks', 'welfare-checks'],
    ['Lone Working', 'lone-working'],
    ['Befriending Services', 'befriending'],
    ['Family Group Conferencing', 'case-conferencing'],
    ['Signs of Safety', 'social-work-theories'],
    ['County Lines', 'exploitation-safeguarding'],
    ['MAPPA', 'offender-management'],
    ['DASH Risk Assessment', 'domestic-abuse-support'],
    ['服务标准化', 'service-standards'],
    ['园区运营', 'industrial-park-operations'],
    ['配送站管理', 'delivery-station-management'],
    ['Real-time Adherence', 'wfm'],
    ['Call Monitoring', 'call-quality'],
    ['Timesheets', 'attendance-management'],
    ['Contractor Management', 'contractor-management'],
    ['Planon', 'cafm'],
    ['Soft Services', 'facilities-management'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const zh = '开展居民走访和长者饭堂服务，带领破冰游戏，运用叙事治疗处理高危个案，做好个案回访与服务台账。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'home-visits',
        'elderly-social-work',
        'social-group-work',
        'narrative-solution-focused',
        'high-risk-cases',
        'case-follow-up',
        'case-recording',
      ]),
    );
    const en =
      'Carried out welfare checks under the lone working policy, supported Universal Credit claims and ran befriending services for older tenants.';
    expect(prose(en)).toEqual(expect.arrayContaining(['welfare-checks', 'lone-working', 'welfare-benefits-support', 'befriending']));
    expect(prose('The county fair was held in Prevent Street; a timesheet of hers was lost.')).toEqual([]);
    expect(normalizeSkill('第三方评估')).toBeNull();
  });
});

describe('the eleventh round: a second pass over agriculture and beauty', () => {
  it.each([
    ['订单农业', 'contract-farming'],
    ['新品种推广', 'field-trials'],
    ['田间指导', 'agronomy'],
    ['肥效试验', 'soil-fertility'],
    ['花卉种植', 'horticulture'],
    ['植物检疫', 'plant-quarantine'],
    ['鱼苗培育', 'aquaculture-fisheries'],
    ['Hoof Trimming', 'hoof-trimming'],
    ['Heat Detection', 'dairy-cattle'],
    ['Ear Tagging', 'livestock-routine-tasks'],
    ['Agroforestry', 'sustainable-agriculture'],
    ['Polytunnels', 'greenhouse-production'],
    ['生物防治', 'crop-protection'],
    ['Weed Identification', 'plant-identification'],
    ['套盒销售', 'beauty-membership-sales'],
    ['店务管理', 'salon-management'],
    ['拨筋', 'massage-techniques'],
    ['眉形设计', 'brow-design'],
    ['影楼化妆', 'makeup-design'],
    ['私密护理', 'specialty-body-care'],
    ['Russian Volume Lashes', 'lash-brow'],
    ['Polygel', 'nail-technology'],
    ['Patch Testing', 'patch-testing'],
    ['SkinCeuticals', 'skinceuticals'],
    ['Babor', 'babor'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const farm = '负责订单农业的农户对接和田间指导，开展肥效试验与新品种推广，推行生物防治和绿色防控。';
    expect(prose(farm)).toEqual(
      expect.arrayContaining(['contract-farming', 'agronomy', 'soil-fertility', 'field-trials', 'crop-protection']),
    );
    const salon =
      'Performed Russian volume lashes, brow mapping and patch testing, and sold SkinCeuticals home care alongside Babor facials.';
    expect(prose(salon)).toEqual(expect.arrayContaining(['lash-brow', 'brow-design', 'patch-testing', 'skinceuticals', 'babor']));
    expect(prose('She gave aftercare to the foot trimming of the hedge in a comfort zone; worming her way in.')).toEqual([]);
  });
});

describe('the eleventh round: a third pass over the warehouse, the site, the ward and the clean room', () => {
  it.each([
    ['仓库6S', 'five-s'],
    ['出库发运', 'outbound-dispatch'],
    ['Driver Management', 'driver-management'],
    ['物流对账', 'freight-cost-control'],
    ['物料跟催', 'order-follow-up'],
    ['HS Codes', 'trade-compliance'],
    ['Cycle Counts', 'cycle-counting'],
    ['Supplier Scorecards', 'srm'],
    ['Lead Time Reduction', 'lead-time-reduction'],
    ['Co-packing', 'value-added-warehouse-services'],
    ['钢筋验收', 'construction-quality'],
    ['防火封堵', 'firestopping'],
    ['冬雨季施工', 'seasonal-construction-measures'],
    ['Project Controls', 'project-controls'],
    ['Party Wall', 'building-surveying'],
    ['分诊导诊', 'triage'],
    ['院感质控', 'infection-control'],
    ['Ward Rounds', 'patient-care'],
    ['Two Week Wait', 'waiting-list-management'],
    ['Discharge Letters', 'medical-reception'],
    ['Dementia Support', 'geriatric-care'],
    ['Challenging Behaviour Support', 'disability-support'],
    ['悬浮粒子监测', 'microbiology'],
    ['纯化水制备', 'purified-water-systems'],
    ['Blister Packing', 'pharma-manufacturing'],
    ['ValGenesis', 'csv-validation'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const wh = '负责仓库6S、出库发运和物流对账，跟进物料跟催，推动交期缩短。';
    expect(prose(wh)).toEqual(
      expect.arrayContaining(['five-s', 'outbound-dispatch', 'freight-cost-control', 'order-follow-up', 'lead-time-reduction']),
    );
    const ward = 'Booked theatre lists, tracked two week wait cancer pathways and typed clinic letters and discharge letters.';
    expect(prose(ward)).toEqual(expect.arrayContaining(['waiting-list-management', 'medical-reception']));
    expect(prose('每日参与查房，负责整车测试。')).toEqual([]);
    expect(prose('He sat on the party wall in the rain and ate his meal preparation of cycle counts.')).not.toContain('geriatric-care');
  });
});

describe('the eleventh round: a third pass over the school, the newsroom and the hotel', () => {
  it.each([
    ['课后答疑', 'tutoring'],
    ['学情反馈', 'parent-communication'],
    ['课消', 'course-renewal'],
    ['招生宣传', 'admissions'],
    ['模拟面试', 'interview-coaching'],
    ['少儿体能', 'enrichment-classes'],
    ['信息技术教学', 'it-teaching'],
    ['INSET', 'teacher-cpd'],
    ['Subject Leadership', 'subject-leadership'],
    ['Behaviour Tracking', 'student-affairs'],
    ['DofE', 'duke-of-edinburgh'],
    ['Functional Skills Maths', 'functional-skills'],
    ['Further Education', 'further-education'],
    ['PTLLS', 'fe-teaching-qualifications'],
    ['Press Enquiries', 'media-relations'],
    ['Coverage Reports', 'social-listening'],
    ['Photo Shoots', 'shoot-production'],
    ['Logging Footage', 'post-production-workflow'],
    ['Closed Captions', 'subtitling'],
    ['Outside Broadcast', 'live-production'],
    ['探店视频', 'self-media'],
    ['接送机', 'airport-transfers'],
    ['Rooming Lists', 'reservations'],
    ['Function Sheets', 'banquet'],
    ['Pot Wash', 'kitchen-porter'],
    ['SFBB', 'food-safety'],
    ['虫害控制', 'pest-control'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const school =
      'Held subject leadership for computing, ran INSET sessions, led the DofE programme and taught functional skills maths in further education.';
    expect(prose(school)).toEqual(
      expect.arrayContaining(['subject-leadership', 'teacher-cpd', 'duke-of-edinburgh', 'functional-skills', 'further-education']),
    );
    const kitchen =
      'Covered pot wash and dishwashing, kept SFBB diaries and temperature checks, and set up function sheets for the banqueting team.';
    expect(prose(kitchen)).toEqual(expect.arrayContaining(['kitchen-porter', 'food-safety', 'banquet']));
    expect(normalizeSkill('progress reports')?.id).not.toBe('schedule-control');
    expect(prose('The rushes of the river; we ingest food; the newsroom of the mind; the DET was closed.')).toEqual([]);
  });
});

describe('the eleventh round: a third pass over energy', () => {
  it.each([
    ['逆变器故障处理', 'power-station-om'],
    ['集电线路运维', 'collector-lines'],
    ['光功率预测', 'power-forecasting'],
    ['一次调频', 'grid-code-tests'],
    ['电费结算', 'electricity-settlement'],
    ['电力现货交易', 'power-trading'],
    ['节能评估', 'energy-assessment'],
    ['ESOS', 'energy-assessment'],
    ['余热回收', 'waste-heat-recovery'],
    ['光储充', 'ev-charging-operations'],
    ['加氢站', 'hydrogen-refuelling'],
    ['城镇燃气', 'city-gas'],
    ['LNG接收站', 'lng-cng'],
    ['阴极保护', 'oil-gas-storage-transport'],
    ['Scope 3 Emissions', 'carbon-emission-scopes'],
    ['Net Zero Roadmaps', 'net-zero'],
    ['District Heating', 'district-heating'],
    ['Wellhead Operations', 'oil-gas-production-operations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in descriptions and leaves prose alone', () => {
    const zh = '负责光伏电站巡检和逆变器故障处理，开展光功率预测与一次调频试验，参与电费结算和电力现货交易。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['power-station-om', 'power-forecasting', 'grid-code-tests', 'electricity-settlement', 'power-trading']),
    );
    const en =
      'Completed ESOS assessments, mapped Scope 3 emissions and built net zero roadmaps for heat networks and district heating schemes.';
    expect(prose(en)).toEqual(expect.arrayContaining(['energy-assessment', 'carbon-emission-scopes', 'net-zero', 'district-heating']));
    expect(prose('Net zero chance; the LNG ship sailed; scope 3 of the telescope.')).toEqual([]);
  });
});

describe('the eleventh round: a third pass over the hardware bench', () => {
  it.each([
    ['硬件方案设计', 'hardware-architecture'],
    ['运放电路', 'circuit-design'],
    ['PD快充', 'charging-circuits'],
    ['LED驱动', 'led-drivers'],
    ['SAR测试', 'wireless-certification-testing'],
    ['测试治具', 'test-fixtures'],
    ['小批量试产', 'prototype-builds'],
    ['Reflow Soldering', 'smt'],
    ['Wire Harness Design', 'wire-harness'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them in a description and leaves prose alone', () => {
    const zh = '负责硬件方案设计和电源树设计，完成运放电路、PD快充与LED驱动调试，制作测试治具，支持小批量试产和SAR测试。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'hardware-architecture',
        'circuit-design',
        'charging-circuits',
        'led-drivers',
        'test-fixtures',
        'prototype-builds',
        'wireless-certification-testing',
      ]),
    );
    expect(prose('He wrote a plugin for the factory support group; the reflow of the river.')).toEqual([]);
  });
});

describe('the eleventh round: a fourth pass over the IT desk', () => {
  it('reads the desk words in a skills list and their longer forms in prose, not everyday words', () => {
    expect(ids('Windows, macOS, LAN, Application Support', { isSkillList: true })).toEqual(
      expect.arrayContaining(['windows-administration', 'macos', 'lan-maintenance', 'application-support']),
    );
    expect(prose('Provided hardware and software support, remote assistance and phishing awareness training for 300 users.')).toEqual(
      expect.arrayContaining(['hardware-repair', 'remote-support-tools', 'security-awareness']),
    );
    expect(prose('Fitted new windows and doors; the lan party ran late; 机房里很冷。')).toEqual([]);
  });
});
