/**
 * The thirteenth round (written blind), continued: the design office's engineering disciplines and the bar, the
 * coffee counter and the kitchen. The round's first passes are in taxonomy-professions-fifth.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the thirteenth round: mechanical, electrical and civil design', () => {
  it.each([
    ['建筑声学', 'acoustics'],
    ['Sound Insulation Testing', 'acoustics'],
    ['性能化防火设计', 'fire-engineering'],
    ['Fire Strategy', 'fire-engineering'],
    ['交通影响评价', 'traffic-modelling'],
    ['LinSig', 'traffic-modelling'],
    ['MicroDrainage', 'drainage-design'],
    ['水力模型', 'drainage-design'],
    ['Principal Inspections', 'structure-inspections'],
    ['桥梁定期检测', 'structure-inspections'],
    ['DIALux', 'lighting-design-engineering'],
    ['照度计算', 'lighting-design-engineering'],
    ['PSSR', 'special-equipment-management'],
    ['LEV Testing', 'industrial-hygiene'],
    ['IP67', 'reliability-engineering'],
    ['Heat Transfer', 'thermal-analysis'],
    ['齿轮设计', 'kinematics'],
    ['气缸选型', 'mechanical-design'],
    ['高低压配电设计', 'high-voltage'],
    ['防排烟设计', 'fire-protection-systems'],
    ['STAAD', 'structural-software'],
    ['Building Physics', 'building-energy-modelling'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '设计院工程师：负责建筑声学与隔声设计，性能化防火设计与人员疏散模拟，交通影响评价和信号配时优化，雨水排水设计与水力模型，桥梁定期检测，照度计算与DIALux照明设计，热工计算，传热计算，齿轮设计与气缸选型，IP防护等级与可靠性试验，技术报告编写。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'acoustics',
        'fire-engineering',
        'traffic-modelling',
        'drainage-design',
        'structure-inspections',
        'lighting-design-engineering',
        'building-energy-modelling',
        'thermal-analysis',
        'kinematics',
        'mechanical-design',
        'reliability-engineering',
        'technical-writing',
      ]),
    );
    const en =
      'Engineer: acoustic design and sound insulation testing, fire strategy and evacuation modelling, transport assessments with VISSIM and LinSig, drainage strategy in MicroDrainage and InfoWorks ICM, principal inspections of bridges, lighting calculations in DIALux, PSSR written scheme of examination, LEV testing, ingress protection to IP67, STAAD and steel connection design, Revit MEP.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'acoustics',
        'fire-engineering',
        'traffic-modelling',
        'drainage-design',
        'structure-inspections',
        'lighting-design-engineering',
        'special-equipment-management',
        'industrial-hygiene',
        'reliability-engineering',
        'structural-software',
        'structural-engineering',
        'revit',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('房间隔音不好，声学课很有趣，早高峰交通组织很乱。')).toEqual([]);
    expect(prose('The pathfinder went ahead; general inspections of the house were done.')).toEqual([]);
  });
});

describe('the thirteenth round: the bar, the coffee counter and the kitchen', () => {
  it.each([
    ['Cask Ale', 'bartending'],
    ['Cask Marque', 'bartending'],
    ['Pour Over', 'barista'],
    ['Filter Coffee', 'barista'],
    ['Sauce Making', 'culinary'],
    ['蛋糕装饰', 'culinary'],
    ['团膳', 'culinary'],
    ['Tablebooker', 'reservations'],
    ['Premises Licence', 'personal-licence'],
    ['Wedding Coordination', 'banquet'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long English and a Chinese job description', () => {
    const en =
      'Bar and kitchen supervisor: cask ale and Cask Marque standards, pour over and filter coffee, sauce making, premises licence holder, wedding coordination, bookings on Tablebooker.';
    expect(prose(en)).toEqual(expect.arrayContaining(['bartending', 'barista', 'culinary', 'personal-licence', 'banquet', 'reservations']));
    expect(prose('西点师：负责蛋糕装饰与面包制作，兼顾团膳出品。')).toContain('culinary');
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Weddings are fun; he bought a V60 for his brother.')).toEqual([]);
  });
});

describe('the thirteenth round, a second pass: the ward, the pharmacy and the hospital office', () => {
  it.each([
    ['谵妄评估', 'nursing-assessment'],
    ['4AT', 'nursing-assessment'],
    ['吞咽评估', 'nutrition'],
    ['Anaphylaxis', 'emergency-care'],
    ['Pre-operative Assessment', 'pre-operative-visits'],
    ['ANTT', 'infection-control'],
    ['隔离护理', 'infection-control'],
    ['Doppler Assessments', 'wound-care'],
    ['Inhaler Technique', 'ventilator-management'],
    ['Nexplanon', 'sexual-health'],
    ['Minor Illness', 'general-practice'],
    ['造影', 'radiology'],
    ['用药交代', 'medication-counselling'],
    ['ADR上报', 'pharmacovigilance'],
    ['Monitored Dosage Systems', 'pharmacy-operations'],
    ['ProScript', 'pharmacy-pmr-systems'],
    ['EPMA', 'clinical-documentation'],
    ['电子病历评级', 'health-informatics'],
    ['医用气体', 'mep'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '外科护士：做好谵妄评估与吞咽评估，门诊输液和膀胱冲洗，过敏性休克抢救，术前评估，隔离护理，用药交代，ADR上报，药品盘点与冷链药品管理；参与电子病历评级和互联互通测评、医院后勤管理，造影检查与图像后处理。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'nursing-assessment',
        'nutrition',
        'iv-therapy',
        'catheterization',
        'emergency-care',
        'pre-operative-visits',
        'infection-control',
        'medication-counselling',
        'pharmacovigilance',
        'pharmacy-operations',
        'health-informatics',
        'facilities-management',
        'radiology',
      ]),
    );
    const en =
      'Practice nurse: 4AT delirium screening, ANTT and barrier nursing, Doppler assessments, inhaler technique reviews, travel vaccines, Nexplanon, minor illness clinics, anaphylaxis management, EPMA and electronic prescribing, ProScript and PharmOutcomes, monitored dosage systems, Yellow Card reporting.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'nursing-assessment',
        'infection-control',
        'wound-care',
        'ventilator-management',
        'nursing',
        'sexual-health',
        'general-practice',
        'emergency-care',
        'clinical-documentation',
        'pharmacy-pmr-systems',
        'pharmacy-operations',
        'pharmacovigilance',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Blister packs of pills were in the drawer; the pre-assessment of the house went well.')).toEqual([]);
  });
});

describe('the thirteenth round, a second pass: the factory office and the quality bench', () => {
  it.each([
    ['智能制造', 'smart-manufacturing'],
    ['Industry 4.0', 'smart-manufacturing'],
    ['工业互联网', 'smart-manufacturing'],
    ['IIoT', 'iot'],
    ['产线布局', 'industrial-engineering'],
    ['制程能力分析', 'spc'],
    ['工艺改善', 'process-engineering'],
    ['CTQ', 'six-sigma'],
    ['Sampling Inspection', 'aql'],
    ['设备台账', 'equipment-maintenance'],
    ['物料损耗', 'scrap-reduction'],
    ['QC工程图', 'control-plan'],
    ['Torque Checks', 'torque-control'],
    ['Pump Maintenance', 'rotating-equipment'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '生产经理：推进智能制造与数字化车间建设，做产线布局规划，开展制程能力分析与工艺改善，维护设备台账，推动物料损耗控制，编制QC工程图。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'smart-manufacturing',
        'industrial-engineering',
        'spc',
        'process-engineering',
        'equipment-maintenance',
        'scrap-reduction',
        'control-plan',
      ]),
    );
    const en =
      'Quality engineer: sampling inspection to AQL, torque checks, Industry 4.0 and smart factory pilots, pump maintenance, factory layout.';
    expect(prose(en)).toEqual(
      expect.arrayContaining(['aql', 'torque-control', 'smart-manufacturing', 'rotating-equipment', 'industrial-engineering']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('车间规划很好看，他校准了一下心情。')).toEqual([]);
  });
});

describe('the thirteenth round, a second pass: the platform desk, the store estate and the site compound', () => {
  it.each([
    ['资源位排期', 'placement-operations'],
    ['首页运营', 'placement-operations'],
    ['商家分层', 'merchant-operations'],
    ['门店分级', 'retail-field-supervision'],
    ['大促报名', 'mega-sale-preparation'],
    ['履约运营', 'order-fulfillment'],
    ['圈人群', 'user-profiling'],
    ['飞书多维表格', 'feishu'],
    ['轻流', 'low-code'],
    ['MI Reporting', 'management-reporting'],
    ['Engineer Scheduling', 'field-service'],
    ['Joblogic', 'construction-software'],
    ['Orchard Housing', 'housing-management-systems'],
    ['临建', 'construction-management'],
    ['外架搭设', 'scaffolding'],
    ['金刚砂地坪', 'painting-decorating'],
    ['检查井', 'civil-engineering'],
    ['拉管施工', 'pipe-jacking'],
    ['Abrasive Wheels', 'hand-power-tools'],
    ['Power Floating', 'masonry'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const platform =
      '平台运营：负责首页运营与资源位排期，做商家分层运营与商家成长体系，推动门店分级管理，跟进大促报名与履约运营，圈人群投放，用飞书多维表格搭建看板。';
    expect(prose(platform)).toEqual(
      expect.arrayContaining([
        'placement-operations',
        'merchant-operations',
        'retail-field-supervision',
        'mega-sale-preparation',
        'order-fulfillment',
        'user-profiling',
        'feishu',
      ]),
    );
    const site = '项目工程师：负责临建施工与外架搭设，金刚砂地坪施工，路缘石安装与检查井砌筑，拉管施工。';
    expect(prose(site)).toEqual(
      expect.arrayContaining(['construction-management', 'scaffolding', 'painting-decorating', 'civil-engineering', 'pipe-jacking']),
    );
    const en =
      'Housing officer: Orchard Housing and Capita OpenHousing, MI reporting, engineer scheduling in Joblogic and BigChange, work order management, abrasive wheels training, power floating, mastic application.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'housing-management-systems',
        'management-reporting',
        'field-service',
        'construction-software',
        'hand-power-tools',
        'masonry',
        'waterproofing',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他去坑位排队，外架很高，地坪很平，拉管漏水。')).toEqual([]);
    expect(prose('Work orders from the boss arrived; the mastic tree grew.')).toEqual([]);
  });
});

describe('the thirteenth round, a second pass: the hotel, the restaurant, the golf club and the warehouse', () => {
  it.each([
    ['客衣服务', 'housekeeping'],
    ['代客泊车', 'concierge'],
    ['婚宴销售', 'hotel-sales'],
    ['Tableside Service', 'food-beverage'],
    ['排队叫号', 'reservations'],
    ['预制菜', 'food-manufacturing'],
    ['Wok Cooking', 'culinary'],
    ['Portion Control', 'food-cost-control'],
    ['Special Diets', 'food-safety'],
    ['Corporate Travel', 'travel-management'],
    ['球童服务', 'golf-operations'],
    ['Golf Course Management', 'golf-operations'],
    ['荷官发牌', 'table-games-dealing'],
    ['Zonal EPOS', 'pos-systems'],
    ['自动化立体库', 'warehouse-equipment'],
    ['AutoStore', 'warehouse-equipment'],
    ['交叉带', 'parcel-sortation'],
    ['物流规划', 'logistics-solution-design'],
    ['车辆跟踪', 'fleet-telematics'],
    ['年度降价', 'procurement-cost-reduction'],
    ['打样跟进', 'order-follow-up'],
    ['Merchandise Buying', 'fashion-buying'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const hotel =
      '酒店主管：负责客衣服务与洗衣房管理，代客泊车，会议销售与婚宴销售，桌边服务，排队叫号，出品质量把控，预制菜研发，份量控制，商旅服务；高尔夫球场运营与球童服务。';
    expect(prose(hotel)).toEqual(
      expect.arrayContaining([
        'housekeeping',
        'concierge',
        'hotel-sales',
        'food-beverage',
        'reservations',
        'kitchen-management',
        'food-manufacturing',
        'food-cost-control',
        'travel-management',
        'golf-operations',
      ]),
    );
    const en =
      'Hospitality: valet parking, wedding sales, waitlist management, wok cooking, special diets, portion control with Kitchen Cut, tee time management, table games dealing, Zonal EPOS; warehouse: AutoStore, sortation systems, vehicle tracking, fleet maintenance, trailer loading, factory visits.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'concierge',
        'hotel-sales',
        'reservations',
        'culinary',
        'food-safety',
        'food-cost-control',
        'golf-operations',
        'table-games-dealing',
        'pos-systems',
        'warehouse-equipment',
        'parcel-sortation',
        'fleet-telematics',
        'transportation-management',
        'warehouse-operations',
        'factory-audits',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他周末打高尔夫，玩百家乐和21点，推菜给朋友。')).toEqual([]);
    expect(prose('Laundry day at home, then blackjack and roulette with friends.')).toEqual([]);
  });
});

describe('the thirteenth round, a second pass: the design office software and the accounts desk', () => {
  it.each([
    ['SATWE', 'structural-software'],
    ['探索者TSSD', 'structural-software'],
    ['理正岩土', 'geotechnical'],
    ['挡土墙设计', 'geotechnical'],
    ['继电保护整定', 'power-systems'],
    ['Discrimination Studies', 'power-systems'],
    ['Cymap', 'hvac-design-software'],
    ['HyperLynx', 'emc'],
    ['Fastener Selection', 'mechanical-design'],
    ['T1试模', 'mould-trials'],
    ['ASME Y14.5', 'gdt'],
    ['Autodesk Vault', 'plm'],
    ['CETOL', 'tolerance-analysis'],
    ['管网平差', 'drainage-design'],
    ['交通标志标线', 'traffic-modelling'],
    ['路灯设计', 'lighting-design-engineering'],
    ['节点大样', 'construction-drawings'],
    ['Aged Creditors', 'accounts-payable'],
    ['FX Revaluation', 'month-end-close'],
    ['Payroll Bureau', 'payroll'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const zh =
      '结构工程师：使用SATWE和探索者TSSD出图，用理正岩土做边坡支护与挡土墙设计，做继电保护整定计算，管网平差，道路纵断面设计，交通标志标线，路灯设计，节点大样。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'structural-software',
        'geotechnical',
        'power-systems',
        'drainage-design',
        'civil-engineering',
        'traffic-modelling',
        'lighting-design-engineering',
        'construction-drawings',
      ]),
    );
    const en =
      'Designer: fastener selection and seal design, ASME Y14.5 drawings, Autodesk Vault, ANSYS Workbench, CETOL tolerance studies, discrimination studies in Cymap; accounts: aged creditors, deferred income, FX revaluation, bank feeds, payroll bureau.';
    expect(prose(en)).toEqual(
      expect.arrayContaining([
        'mechanical-design',
        'gdt',
        'plm',
        'fea',
        'tolerance-analysis',
        'power-systems',
        'hvac-design-software',
        'accounts-payable',
        'accruals',
        'month-end-close',
        'reconciliation',
        'payroll',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他去广厦吃饭，是个探索者，改模型很快。')).toEqual([]);
  });
});

describe("the thirteenth round's audit: its own everyday words", () => {
  it('needs context for the words a person writes of their own life', () => {
    expect(prose('曾赴美国游学，做过一次小手术，参加支付宝集卡活动。')).toEqual([]);
    expect(prose('Willing to undertake business travel; the acoustics of the hall were superb; the council standing orders.')).toEqual([]);
    expect(prose('Welding inspector: CSWIP 3.1 through TWI.')).not.toContain('twi');
  });

  it("leaves another trade's word to that trade (a shop's price checks, a ledger's write-offs, a network's traffic)", () => {
    expect(prose('超市理货员：负责物价核查与价签更换。')).not.toContain('medical-service-pricing');
    expect(ids('往来核销、银行对账、核销', { isSkillList: true })).not.toContain('coupon-management');
    expect(ids('流量分析、入侵检测、日志审计', { isSkillList: true })).not.toContain('traffic-operations');
    expect(ids('BIM, Revit, Digital Twin', { isSkillList: true })).not.toContain('smart-manufacturing');
    expect(normalizeSkill('数字孪生')?.id).toBe('digital-twin');
  });
});
