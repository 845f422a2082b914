/**
 * The twelfth round's smaller trades (written blind): retail, admin, IT support, social work, agriculture, beauty and
 * fitness — the duties, documents and equipment their resumes write (门店收货, 信息报送, 机柜理线, supervised contact,
 * 母猪配种, 顾客档案, 私教续课 ...), each its own skill related to the family's or an alias of the skill that holds it.
 * taxonomy-professions.test.ts holds the round's larger families.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the twelfth round: retail, admin, IT support and social work', () => {
  it.each([
    ['门店收货', 'store-goods-receiving'],
    ['Delivery Intake', 'store-goods-receiving'],
    ['备用金', 'cash-handling'],
    ['货品调拨', 'stock-allocation'],
    ['陈列手册', 'merchandising'],
    ['Mannequin Dressing', 'window-display'],
    ['Mystery Shopper', 'retail-field-supervision'],
    ['商品知识培训', 'product-training'],
    ['Shelf-edge Labels', 'price-labelling'],
    ['Concession Management', 'counter-sales'],
    ['资质维护', 'enterprise-qualification-management'],
    ['信息报送', 'government-information-reporting'],
    ['简报编写', 'government-information-reporting'],
    ['访客系统', 'security-patrol'],
    ['用车管理', 'company-vehicle-management'],
    ['Franking', 'mail-handling'],
    ['Board Packs', 'company-secretarial'],
    ['Mail Merge', 'office-software'],
    ['New Starter Packs', 'onboarding'],
    ['域账号管理', 'active-directory'],
    ['机柜理线', 'structured-cabling'],
    ['监控系统维护', 'security-systems'],
    ['Ivanti', 'ivanti'],
    ['LANDesk', 'ivanti'],
    ['电话系统', 'voip-telephony'],
    ['Halo ITSM', 'itsm'],
    ['Event AV', 'av-technology'],
    ['Supervised Contact', 'contact-supervision'],
    ['Form F Assessments', 'fostering-assessments'],
    ['Kinship Care', 'fostering-assessments'],
    ['Debt Relief Orders', 'debt-advice'],
    ['Homelessness Prevention', 'homelessness-services'],
    ['Section 47', 'safeguarding-referrals'],
    ['家庭探访', 'home-visits'],
    ['流动儿童', 'children-in-difficulty'],
    ['企业社工', 'employee-wellbeing'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const store = '负责门店收货与货品调拨，按陈列手册维护陈列，管理备用金和试衣间，组织商品知识培训，配合神秘顾客检查。';
    expect(prose(store)).toEqual(
      expect.arrayContaining([
        'store-goods-receiving',
        'stock-allocation',
        'merchandising',
        'cash-handling',
        'fitting-room',
        'product-training',
      ]),
    );
    const office = '负责公司资质维护与证照年审、政务信息报送和工作简报编写，管理访客系统与用车管理，做好邮件分发和会务筹备。';
    expect(prose(office)).toEqual(
      expect.arrayContaining([
        'enterprise-qualification-management',
        'government-information-reporting',
        'security-patrol',
        'company-vehicle-management',
        'mail-handling',
        'conference-management',
      ]),
    );
    const desk = '负责域账号管理、邮箱管理和电话系统维护，机房机柜理线，监控系统维护，使用Ivanti推送补丁。';
    expect(prose(desk)).toEqual(
      expect.arrayContaining([
        'active-directory',
        'enterprise-email',
        'voip-telephony',
        'structured-cabling',
        'security-systems',
        'ivanti',
      ]),
    );
    const social =
      'Children and families social worker: led Section 47 enquiries and core group meetings, completed Form F and kinship care assessments, supervised contact and gave debt advice to families facing homelessness prevention work.';
    expect(prose(social)).toEqual(
      expect.arrayContaining(['safeguarding-referrals', 'fostering-assessments', 'debt-advice', 'homelessness-services']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Deliveries were late and the stacker had mobile devices on his desk; homelessness rose in the city.')).toEqual([]);
    expect(prose('他开店三年后闭店，把机柜卖了。')).toEqual([]);
    expect(prose('We held strategy meetings every quarter.')).toEqual([]);
  });
});

describe('the twelfth round: agriculture, beauty and fitness', () => {
  it.each([
    ['农药配比', 'safe-pesticide-use'],
    ['果实套袋', 'fruit-tree-pruning'],
    ['分拣分级', 'post-harvest-handling'],
    ['拖拉机', 'farm-machinery'],
    ['深松作业', 'tillage-sowing'],
    ['LEAF Marque', 'agri-certification'],
    ['母猪配种', 'swine-production'],
    ['仔猪护理', 'swine-production'],
    ['TB Testing', 'livestock-health'],
    ['Milking Parlour', 'dairy-cattle'],
    ['Broilers', 'poultry-production'],
    ['Ration Formulation', 'animal-husbandry'],
    ['Woodland Management', 'forestry-arboriculture'],
    ['Greenkeeping', 'landscape-maintenance'],
    ['顾客档案', 'client-rebooking'],
    ['预约管理', 'salon-appointment-booking'],
    ['产品搭配', 'treatment-recommendation'],
    ['疗程卡', 'beauty-membership-sales'],
    ['卸甲', 'nail-technology'],
    ['飘眉', 'lash-brow'],
    ['漂发', 'hair-cutting-colouring'],
    ['盆底修复', 'pelvic-floor-rehab'],
    ['芳疗', 'massage-therapy'],
    ['Brazilian Wax', 'hair-removal'],
    ['续私教', 'pt-renewals'],
    ['安全巡场', 'gym-floor-duties'],
    ['器械维护', 'gym-floor-duties'],
    ['私教课', 'fitness-coaching'],
    ['饮食指导', 'nutrition-coaching'],
    ['Kettlebells', 'strength-training'],
    ['Swimming Teacher', 'fitness-coaching'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const farm = '在猪场负责母猪配种与仔猪护理，兼管农药配比、果实套袋和采后分拣分级，驾驶拖拉机完成深松作业。';
    expect(prose(farm)).toEqual(
      expect.arrayContaining([
        'swine-production',
        'safe-pesticide-use',
        'fruit-tree-pruning',
        'post-harvest-handling',
        'farm-machinery',
        'tillage-sowing',
      ]),
    );
    const herd =
      'Herdsperson: ran the milking parlour, assisted with TB testing, worked out feed rations and kept LEAF Marque records; winter woodland management.';
    expect(prose(herd)).toEqual(
      expect.arrayContaining(['dairy-cattle', 'livestock-health', 'animal-husbandry', 'agri-certification', 'forestry-arboriculture']),
    );
    const salon = '负责顾客档案建立与预约管理，做好院装家居产品搭配和疗程卡销售，擅长卸甲、飘眉、漂发和芳疗。';
    expect(prose(salon)).toEqual(
      expect.arrayContaining([
        'client-rebooking',
        'salon-appointment-booking',
        'treatment-recommendation',
        'beauty-membership-sales',
        'nail-technology',
        'lash-brow',
        'hair-cutting-colouring',
        'massage-therapy',
      ]),
    );
    const gym = '负责私教课销售与续私教，给会员饮食指导，每日安全巡场和器械维护。';
    expect(prose(gym)).toEqual(expect.arrayContaining(['pt-sales', 'pt-renewals', 'nutrition-coaching', 'gym-floor-duties']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('She bought poultry and livestock feed; the parlour was full.')).toEqual([]);
    expect(prose('减脂期间他每天散步，塑形衣也买了。')).toEqual([]);
  });
});

describe('the twelfth round, a second pass: cardiology, emergency and lab medicine, and operations', () => {
  it.each([
    ['射频消融', 'cardiac-electrophysiology'],
    ['永久起搏器植入', 'cardiac-device-implantation'],
    ['TAVR', 'structural-heart-interventions'],
    ['心衰管理', 'cardiac-care'],
    ['急诊PCI', 'stemi-pathway'],
    ['体外循环', 'cardiopulmonary-bypass'],
    ['随车出诊', 'ambulance-transfers'],
    ['多发伤', 'emergency-care'],
    ['不规则抗体筛查', 'transfusion-compatibility'],
    ['HIV初筛', 'infectious-disease-screening'],
    ['TAT管理', 'lab-turnaround-time'],
    ['唐筛', 'prenatal-screening'],
    ['遗传咨询', 'genetic-counselling'],
    ['护理排班', 'nurse-rostering'],
    ['互联网+护理服务', 'internet-nursing'],
    ['护理敏感指标', 'healthcare-quality'],
    ['产程观察', 'obstetric-nursing'],
    ['Morse跌倒评分', 'patient-safety'],
    ['五级分诊', 'triage'],
    ['希森美康', 'clinical-laboratory'],
    ['BSL-2', 'lab-safety'],
    ['Service Improvement Plans', 'service-improvement'],
    ['City Launches', 'market-launch-operations'],
    ['派单策略', 'dispatch-strategy'],
    ['补贴策略', 'subsidy-strategy'],
    ['资质审核', 'merchant-vetting'],
    ['One-to-ones', 'performance-management'],
    ['团长管理', 'community-group-buying'],
    ['招商会', 'franchise-development'],
    ['物料制作', 'marketing-collateral'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const cardio =
      '心内科护士，配合射频消融与永久起搏器植入手术，参与急诊PCI和心衰管理，熟练主动脉内球囊反搏及有创血压监测，承担随车出诊与护理排班。';
    expect(prose(cardio)).toEqual(
      expect.arrayContaining([
        'cardiac-electrophysiology',
        'cardiac-device-implantation',
        'stemi-pathway',
        'cardiac-care',
        'critical-care',
        'ambulance-transfers',
        'nurse-rostering',
      ]),
    );
    const lab = '检验科负责不规则抗体筛查、HIV初筛与产前筛查，监控TAT管理，使用希森美康血球仪和罗氏cobas，维护BSL-2实验室。';
    expect(prose(lab)).toEqual(
      expect.arrayContaining([
        'transfusion-compatibility',
        'infectious-disease-screening',
        'prenatal-screening',
        'lab-turnaround-time',
        'clinical-laboratory',
        'lab-safety',
      ]),
    );
    const ops = '负责新城市开拓与开城运营，制定派单策略、补贴策略和商家资质审核流程，组织招商会与团长管理。';
    expect(prose(ops)).toEqual(
      expect.arrayContaining([
        'market-launch-operations',
        'dispatch-strategy',
        'subsidy-strategy',
        'merchant-vetting',
        'franchise-development',
        'community-group-buying',
      ]),
    );
    const en =
      'Ran city launches across five markets, wrote service improvement plans, held weekly one-to-ones and owned the operating rhythm and workflow design.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'market-launch-operations',
        'service-improvement',
        'performance-management',
        'operating-model',
        'process-mapping',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('医生周三出诊，他家里的起搏器电池需更换。')).toEqual([]);
    expect(prose('Perfusion of the tissue was measured; CPB stocks fell.')).toEqual([]);
  });
});

describe('the twelfth round, a second pass: freight, banking, sites and hotels', () => {
  it.each([
    ['第三方验货', 'pre-shipment-inspection'],
    ['备货计划', 'stock-build-planning'],
    ['AMS申报', 'advance-cargo-filing'],
    ['9610报关', 'cross-border-ecommerce-customs'],
    ['运满满', 'freight-matching-platforms'],
    ['Palletways', 'pallet-networks'],
    ['Walkaround Checks', 'transport-safety-compliance'],
    ['电放提单', 'shipping-documentation'],
    ['尾程派送', 'last-mile'],
    ['电子面单', 'waybill-management'],
    ['请购', 'procurement'],
    ['来料异常', 'supplier-quality'],
    ['反倾销', 'trade-compliance'],
    ['融资融券', 'securities-brokerage'],
    ['投资顾问', 'investment-advisory'],
    ['保理业务', 'factoring'],
    ['融资租赁', 'financial-leasing'],
    ['对公开户', 'bank-account-opening'],
    ['揽存', 'deposit-mobilisation'],
    ['Chargebacks', 'chargebacks'],
    ['反假币', 'bank-teller'],
    ['授信审批', 'credit-underwriting'],
    ['不良贷款', 'loan-classification'],
    ['募集说明书', 'ipo-listing'],
    ['Statutory Accounts', 'financial-reporting'],
    ['亮化工程', 'architectural-lighting-projects'],
    ['横道图', 'gantt'],
    ['变更洽商', 'construction-contracts'],
    ['超售', 'overbooking-management'],
    ['PA保洁', 'housekeeping'],
    ['成本卡', 'standard-recipes'],
    ['Tripleseat', 'hotel-event-sales-systems'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const freight =
      '负责出口订舱与AMS申报、电放提单和箱单发票制作，负责拖车安排与做柜，跟进9610报关和尾程派送，协调第三方验货与旺季备货计划。';
    expect(prose(freight)).toEqual(
      expect.arrayContaining([
        'advance-cargo-filing',
        'shipping-documentation',
        'container-shipping',
        'cross-border-ecommerce-customs',
        'last-mile',
        'pre-shipment-inspection',
        'stock-build-planning',
      ]),
    );
    const haulage = 'Class 1 driver on night trunking for Palletways: daily walkaround checks, defect reporting and ADR licence loads.';
    expect(prose(haulage)).toEqual(
      expect.arrayContaining(['heavy-vehicle-driving', 'pallet-networks', 'transport-safety-compliance', 'dangerous-goods']),
    );
    const bank = '支行客户经理，负责对公开户、授信审批与保理业务，推动融资租赁和投资顾问服务，管控不良贷款，兼做揽储营销。';
    expect(prose(bank)).toEqual(
      expect.arrayContaining([
        'bank-account-opening',
        'credit-underwriting',
        'factoring',
        'financial-leasing',
        'investment-advisory',
        'loan-classification',
      ]),
    );
    const hotel = '前厅经理：负责超售管理与夜审报表，推动客房升级销售，督导PA保洁，核算成本卡和食材成本。';
    expect(prose(hotel)).toEqual(
      expect.arrayContaining([
        'overbooking-management',
        'front-desk',
        'upselling',
        'housekeeping',
        'standard-recipes',
        'food-cost-control',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('We ate at the G7 summit dinner; the manifest destiny essay was long.')).toEqual([]);
    expect(prose('他备货不多，今年营业额9610万元。')).toEqual([]);
  });
});
