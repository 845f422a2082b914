/**
 * The thirteenth round (written blind): what the thin families' resumes commonly say that the taxonomy did not know,
 * each its own skill or an alias of the skill that already holds its concept. The twelfth round's passes are in
 * taxonomy-professions-fourth.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the thirteenth round: wards, clinics and hospital administration', () => {
  it.each([
    ['流调', 'epidemiological-investigation'],
    ['Contact Tracing', 'epidemiological-investigation'],
    ['戒烟门诊', 'smoking-cessation'],
    ['Stop Smoking Service', 'smoking-cessation'],
    ['医共体', 'integrated-care-networks'],
    ['双向转诊', 'integrated-care-networks'],
    ['Aseptic Dispensing', 'aseptic-preparation'],
    ['Chiropody', 'podiatry'],
    ['肌电图', 'clinical-neurophysiology'],
    ['EEG', 'clinical-neurophysiology'],
    ['Microsuction', 'ear-care'],
    ['Last Offices', 'care-after-death'],
    ['尸体料理', 'care-after-death'],
    ['医用耗材管理', 'medical-consumables-management'],
    ['收费项目审核', 'medical-service-pricing'],
    ['医患沟通', 'patient-communication'],
    ['Breaking Bad News', 'patient-communication'],
    ['药物重整', 'medication-administration'],
    ['身体约束', 'psychiatric-nursing'],
    ['单病种管理', 'healthcare-quality'],
    ['互联网医院', 'health-informatics'],
    ['NHS Health Checks', 'health-check-ups'],
    ['延续护理', 'post-discharge-follow-up'],
    ['Music Therapy', 'counseling'],
    ['e-RS', 'medical-reception'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const ward =
      '感染科护士：参与疫情流调与密接追踪，开设戒烟门诊并做戒烟咨询，推进医联体与双向转诊，负责医用耗材管理和收费项目审核，做好尸体料理和约束带使用规范。';
    expect(prose(ward)).toEqual(
      expect.arrayContaining([
        'epidemiological-investigation',
        'smoking-cessation',
        'integrated-care-networks',
        'medical-consumables-management',
        'medical-service-pricing',
        'care-after-death',
        'psychiatric-nursing',
      ]),
    );
    const tech = '神经内科技师：负责视频脑电图、肌电图与诱发电位检查，协助药物重整与护患沟通。';
    expect(prose(tech)).toEqual(expect.arrayContaining(['clinical-neurophysiology', 'medication-administration', 'patient-communication']));
    const community =
      'Community nurse: ear irrigation and microsuction, diabetic foot checks and nail surgery referrals, NHS Health Checks, Very Brief Advice for stop smoking support, last offices and verification of expected death.';
    expect(prose(community)).toEqual(
      expect.arrayContaining(['ear-care', 'podiatry', 'health-check-ups', 'smoking-cessation', 'care-after-death']),
    );
    const pharmacy = 'Pharmacy technician: aseptic dispensing and cytotoxic reconstitution, medicines reconciliation on admission.';
    expect(prose(pharmacy)).toEqual(expect.arrayContaining(['aseptic-preparation', 'medication-administration']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他去年戒烟了，买了一条约束带。')).toEqual([]);
    expect(prose('The EMG team visited; the docman delivered the letters.')).toEqual([]);
  });
});

describe('the thirteenth round: the production floor and its trades', () => {
  it.each([
    ['TWI', 'twi'],
    ['Job Instruction', 'twi'],
    ['水蜘蛛', 'supply-chain'],
    ['防爆电气设备', 'hazardous-area-equipment'],
    ['DSEAR', 'hazardous-area-equipment'],
    ['Machine Guarding', 'machinery-safety'],
    ['安全光栅', 'machinery-safety'],
    ['胶印', 'print-production'],
    ['Flexographic Printing', 'print-production'],
    ['封边', 'furniture-production'],
    ['Edge Banding', 'furniture-production'],
    ['车铣复合', 'multi-axis-machining'],
    ['5-axis Machining', 'multi-axis-machining'],
    ['涂布', 'web-converting'],
    ['Slitting', 'web-converting'],
    ['啤酒酿造', 'brewing'],
    ['巴氏杀菌', 'dairy-processing'],
    ['瓶颈分析', 'line-balancing'],
    ['合理化建议', 'kaizen'],
    ['SQDC', 'daily-huddles'],
    ['定置管理', 'five-s'],
    ['VAVE', 'value-engineering'],
    ['报工', 'production-output-reporting'],
    ['模切', 'print-finishing'],
    ['屠宰', 'food-manufacturing'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const floor =
      '车间主任：推行TWI培训与合理化建议，组织生产早会（SQDC），管理水蜘蛛线边物料配送，做好瓶颈分析、定置管理和双重预防机制建设。';
    expect(prose(floor)).toEqual(
      expect.arrayContaining(['twi', 'kaizen', 'daily-huddles', 'supply-chain', 'line-balancing', 'five-s', 'ehs-software']),
    );
    const trades =
      '印刷厂：负责胶印机与柔印机生产、模切、覆膜；家具厂：开料、封边、排钻与CNC Router编程；五轴编程与车铣复合加工；涂布分切；啤酒酿造与巴氏杀菌。';
    expect(prose(trades)).toEqual(
      expect.arrayContaining([
        'print-production',
        'print-finishing',
        'furniture-production',
        'multi-axis-machining',
        'web-converting',
        'brewing',
        'dairy-processing',
      ]),
    );
    const en =
      'Maintenance lead: machine guarding and PUWER inspections, DSEAR and hazardous area classification, emergency drills, reliability centred maintenance.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['machinery-safety', 'hazardous-area-equipment', 'emergency-response', 'equipment-maintenance']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他买了印刷品，五轴很难，首件衣服不错，喜欢喝酿造的酒。')).toEqual([]);
    expect(prose('Job instruction and job relations were discussed; digital printing is everywhere; converting the file to PDF.')).toEqual(
      [],
    );
  });
});

describe('the thirteenth round: the site, the cost office and the design desk', () => {
  it.each([
    ['设计管理', 'design-management'],
    ['RIBA Plan of Work', 'design-management'],
    ['Early Contractor Involvement', 'pre-construction'],
    ['施工策划', 'pre-construction'],
    ['Cladding Remediation', 'building-safety-remediation'],
    ['EWS1', 'building-safety-remediation'],
    ['钻孔灌注桩', 'plant-operation'],
    ['土钉墙', 'geotechnical'],
    ['基坑降水', 'hydrogeology'],
    ['投资估算', 'quantity-surveying'],
    ['清标', 'quantity-surveying'],
    ['合约规划', 'construction-contracts'],
    ['电缆桥架', 'electrical-installation'],
    ['雨污分流', 'civil-engineering'],
    ['Section 278', 'civil-engineering'],
    ['Schedule of Condition', 'building-surveying'],
    ['3D3S', 'structural-software'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const site =
      '土建工程师：负责主体结构施工，组织钻孔灌注桩、CFG桩和土钉墙施工，做好基坑降水；参与设计管理与施工策划，编制投资估算、设计概算和合约规划，负责清标与安装算量，协调风管安装、电缆桥架和雨污分流改造。';
    expect(prose(site)).toEqual(
      expect.arrayContaining([
        'construction-management',
        'plant-operation',
        'geotechnical',
        'hydrogeology',
        'design-management',
        'pre-construction',
        'quantity-surveying',
        'construction-contracts',
        'mep',
        'electrical-installation',
        'civil-engineering',
      ]),
    );
    const en =
      'Pre-construction manager: design management through the RIBA Plan of Work, buildability reviews and early contractor involvement, cladding remediation to PAS 9980 and EWS1, schedules of condition, Section 278 highway works.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'pre-construction',
        'design-management',
        'building-safety-remediation',
        'building-surveying',
        'civil-engineering',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('估算一下时间，桥架下面有只猫，管网很密。')).toEqual([]);
    expect(prose('The highways were busy; the golden thread of the story held.')).toEqual([]);
  });
});

describe('the thirteenth round: platform and store operations', () => {
  it.each([
    ['优惠券配置', 'coupon-management'],
    ['Promo Codes', 'coupon-management'],
    ['司机招募', 'supply-side-operations'],
    ['Driver Onboarding', 'supply-side-operations'],
    ['共享办公运营', 'space-operations'],
    ['Coworking Operations', 'space-operations'],
    ['Marketing Operations', 'marketing-operations'],
    ['流量运营', 'traffic-operations'],
    ['公域引流', 'traffic-operations'],
    ['用户生命周期管理', 'lifecycle-marketing'],
    ['拼团活动', 'promotion-planning'],
    ['策略运营', 'operations-planning'],
    ['达人运营', 'kol-marketing'],
    ['矩阵运营', 'social-account-matrix'],
    ['Trust and Safety', 'content-moderation'],
    ['平台治理', 'platform-rules'],
    ['GrowingIO', 'product-analytics'],
    ['商品上下架', 'sku-management'],
    ['运营复盘', 'post-mortem-review'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const platform =
      '平台运营：负责优惠券配置与券核销、拼团活动，推进司机招募与网约车运营，做好流量运营、公域引流，维护商品上下架与价格维护，运营复盘；负责共享办公运营与孵化器运营；矩阵运营与达人运营。';
    expect(prose(platform)).toEqual(
      expect.arrayContaining([
        'coupon-management',
        'promotion-planning',
        'supply-side-operations',
        'traffic-operations',
        'sku-management',
        'post-mortem-review',
        'space-operations',
        'social-account-matrix',
        'kol-marketing',
      ]),
    );
    const en =
      'Marketing operations lead: campaign operations, martech stack management, promo codes and discount codes, driver onboarding, coworking operations, trust and safety policy.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'marketing-operations',
        'coupon-management',
        'supply-side-operations',
        'space-operations',
        'content-moderation',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('今天拿到优惠券和代金券，买赠很划算；他在小区扫楼，引流管堵了。')).toEqual([]);
    expect(prose('I made a wish; vouchers and coupons came in the post.')).toEqual([]);
  });
});

describe('the thirteenth round: accounting, treasury and banking operations', () => {
  it.each([
    ['银团贷款', 'syndicated-lending'],
    ['Loan Syndication', 'syndicated-lending'],
    ['Trade Capture', 'trade-support'],
    ['Capital Expenditure', 'capex-management'],
    ['资本性支出', 'capex-management'],
    ['AAT Level 3', 'aat'],
    ['Product Control', 'product-control'],
    ['P&L Attribution', 'product-control'],
    ['私募基金备案', 'fund-registration'],
    ['普惠金融', 'sme-lending'],
    ['同业拆借', 'money-markets'],
    ['Corporate Actions', 'settlements'],
    ['内部往来', 'consolidation'],
    ['Direct Debits', 'accounts-payable'],
    ['结售汇', 'foreign-exchange'],
    ['资本充足率', 'basel'],
    ['征信报送', 'regulatory-reporting'],
    ['Construction Industry Scheme', 'tax-compliance'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const bank =
      '对公客户经理：牵头银团贷款与普惠金融小微贷款，办理结售汇和跨境人民币结算，负责私募基金备案，计算资本充足率与拨备计提，做征信报送；同业拆借与债券回购交易。';
    expect(prose(bank)).toEqual(
      expect.arrayContaining([
        'syndicated-lending',
        'sme-lending',
        'foreign-exchange',
        'trade-finance',
        'fund-registration',
        'basel',
        'credit-risk',
        'regulatory-reporting',
        'money-markets',
      ]),
    );
    const en =
      'Finance analyst: capex tracking, product control with daily P&L and P&L attribution, trade capture and trade confirmations, custody operations and corporate actions, intercompany transactions, cost centre reporting, AAT Level 4, direct debits and standing orders.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'capex-management',
        'product-control',
        'trade-support',
        'settlements',
        'consolidation',
        'management-reporting',
        'aat',
        'accounts-payable',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('我们去银团吃饭；拨备这个词很难。')).toEqual([]);
    expect(prose('The repo was renamed; the IRS sent a letter; the NAV bar sits at the top.')).toEqual([]);
  });
});

describe('the thirteenth round: purchasing, freight and customs', () => {
  it.each([
    ['大件运输', 'project-cargo'],
    ['Out of Gauge', 'project-cargo'],
    ['Breakbulk', 'project-cargo'],
    ['罐箱运输', 'chemical-logistics'],
    ['ISO Tanks', 'chemical-logistics'],
    ['原材料采购', 'procurement'],
    ['替代料', 'component-selection'],
    ['Dual Sourcing', 'strategic-sourcing'],
    ['到货跟踪', 'order-follow-up'],
    ['医药物流', 'good-distribution-practice'],
    ['冷藏箱', 'cold-chain'],
    ['Drayage', 'container-shipping'],
    ['Pallet Wrapping', 'pallet-management'],
    ['Microlise', 'tms'],
    ['Duty Relief', 'processing-trade'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '采购专员：负责原材料采购、包材采购与电子元器件采购，开发替代料并做替代料认证，评估供应商绩效，跟进到货跟踪；物流：大件运输与工程物流、罐箱运输、医药物流、冷藏箱、集卡运输。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'procurement',
        'component-selection',
        'order-follow-up',
        'project-cargo',
        'chemical-logistics',
        'good-distribution-practice',
        'cold-chain',
        'container-shipping',
      ]),
    );
    const en =
      'Transport planner: out of gauge and breakbulk project cargo, ISO tanks, reefer containers, drayage, pallet wrapping, loading bays, Microlise and Mandata, Paragon Routing, duty relief and excise duty.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'project-cargo',
        'chemical-logistics',
        'cold-chain',
        'container-shipping',
        'pallet-management',
        'yard-management',
        'tms',
        'route-planning',
        'processing-trade',
        'customs-valuation',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他在罐箱旁边玩通关游戏，快运来了。')).toEqual([]);
    expect(prose('A heavy lift at the gym; counterbalance the weight with your arm.')).toEqual([]);
  });
});
