/**
 * The twelfth round's later passes (written blind): the maintenance electrician's and fitter's duties (防雷检测, 直流屏,
 * 电容补偿, 线路巡检, safe isolation), the tutor's and the school's (棋类教学, 校区管理, access arrangements, pupil premium)
 * and the media desk's (账号定位, 网文编辑, 配乐, 排片, speechwriting), each its own skill or an alias of the skill that
 * holds it. taxonomy-professions.test.ts and taxonomy-professions-more.test.ts hold the round's earlier passes.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the twelfth round, a later pass: maintenance trades, schools and the media desk', () => {
  it.each([
    ['照明维修', 'lighting-maintenance'],
    ['防雷检测', 'earthing-lightning-testing'],
    ['直流屏', 'dc-power-systems'],
    ['电容补偿', 'power-factor-correction'],
    ['线路巡检', 'power-line-inspection'],
    ['绝缘检测', 'electrical-testing'],
    ['Fixed Wire Testing', 'electrical-testing'],
    ['停送电', 'electrical-isolation'],
    ['Safe Isolation', 'electrical-isolation'],
    ['设备大修', 'mechanical-maintenance'],
    ['联轴器对中', 'rotating-equipment'],
    ['齿轮箱', 'gearboxes'],
    ['冷干机', 'air-compressors'],
    ['气割', 'welding'],
    ['磨床', 'grinding-machines'],
    ['AHU Maintenance', 'hvac'],
    ['Siemens S7', 'siemens-s7'],
    ['围棋教学', 'chess-go-teaching'],
    ['书法教育', 'art-teaching'],
    ['背景提升', 'academic-advising'],
    ['校区管理', 'campus-management'],
    ['Access Arrangements', 'exam-access-arrangements'],
    ['Internal Verification', 'student-assessment'],
    ['Alternative Provision', 'alternative-provision'],
    ['Pupil Premium', 'pupil-premium'],
    ['Apprenticeships', 'careers-work-experience'],
    ['讲义编写', 'curriculum-development'],
    ['Open Days', 'admissions'],
    ['账号定位', 'account-positioning'],
    ['网文编辑', 'web-fiction-editing'],
    ['版权音乐', 'music-editing'],
    ['票房分析', 'cinema-programming'],
    ['Speechwriting', 'speechwriting'],
    ['新闻发言人', 'press-spokesperson'],
    ['采访提纲', 'journalism'],
    ['两微一端', 'convergent-media'],
    ['薯条推广', 'xiaohongshu'],
    ['EPK', 'media-relations'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const plant =
      '负责厂区照明维修、防雷检测和直流屏维护，做好电容补偿柜巡检与输电线路巡检，执行停送电操作，完成设备大修、联轴器对中和冷干机保养。';
    expect(prose(plant)).toEqual(
      expect.arrayContaining([
        'lighting-maintenance',
        'earthing-lightning-testing',
        'dc-power-systems',
        'power-factor-correction',
        'power-line-inspection',
        'electrical-isolation',
        'mechanical-maintenance',
        'rotating-equipment',
        'air-compressors',
      ]),
    );
    const fm = 'Multi-skilled engineer: fixed wire testing, fire alarm testing, AHU maintenance and safe isolation on Siemens S7 panels.';
    expect(prose(fm)).toEqual(expect.arrayContaining(['electrical-testing', 'hvac', 'electrical-isolation', 'siemens-s7']));
    const centre = '担任校区管理与教学主管，负责讲义编写、围棋教学和学员回访，兼做留学申请规划与背景提升。';
    expect(prose(centre)).toEqual(
      expect.arrayContaining(['campus-management', 'curriculum-development', 'chess-go-teaching', 'admissions', 'academic-advising']),
    );
    const school =
      'Exams officer: managed access arrangements under JCQ rules, internal verification of BTEC units, pupil premium tracking, alternative provision placements and advice on apprenticeship standards.';
    expect(prose(school)).toEqual(
      expect.arrayContaining([
        'exam-access-arrangements',
        'student-assessment',
        'pupil-premium',
        'alternative-provision',
        'careers-work-experience',
      ]),
    );
    const media = '负责新账号定位与人设打造，统筹网文编辑和签约作者维护，挑选版权音乐，兼任公司新闻发言人。';
    expect(prose(media)).toEqual(
      expect.arrayContaining(['account-positioning', 'web-fiction-editing', 'music-editing', 'press-spokesperson']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('He spoke about continuity of care and the screenings at the clinic; exclusions apply.')).toEqual([]);
    expect(prose('他起号码很快，配乐声很大，排片场外人多。')).toEqual([]);
    expect(prose('The MIS department reviewed the assessor notes.')).toEqual([]);
  });
});

describe('the twelfth round, a later pass: operations desks, site paperwork and the production floor', () => {
  it.each([
    ['后台配置', 'backoffice-configuration'],
    ['活动页配置', 'campaign-page-setup'],
    ['数据监控', 'data-driven-operations'],
    ['周报撰写', 'status-reporting'],
    ['需求对接', 'requirements-analysis'],
    ['流程搭建', 'process-mapping'],
    ['FAQ整理', 'knowledge-base'],
    ['短信推送', 'sms-marketing'],
    ['规划验收', 'statutory-acceptance-inspections'],
    ['Building Control', 'statutory-acceptance-inspections'],
    ['Responsive Repairs', 'housing-repairs'],
    ['Damp and Mould', 'housing-repairs'],
    ['Section 20', 'leasehold-management'],
    ['网架安装', 'space-frame-construction'],
    ['绿色施工', 'green-construction'],
    ['报批报建', 'real-estate-development'],
    ['认质认价', 'material-plans'],
    ['跟踪审计', 'auditing'],
    ['Dayworks', 'construction-contracts'],
    ['流水线作业', 'production-line-operation'],
    ['上下料', 'production-line-operation'],
    ['包装作业', 'packing-operations'],
    ['Shrink Wrapping', 'packing-operations'],
    ['Meat Processing', 'food-manufacturing'],
    ['清洗消毒', 'production-hygiene'],
    ['配料称量', 'batching-mixing'],
    ['CCP Monitoring', 'food-safety'],
    ['Metal Fabrication', 'sheet-metal'],
    ['Deburring', 'machining'],
    ['Drill Press', 'drilling-machines'],
    ['补焊', 'electronics-soldering'],
    ['尺寸检查', 'precision-measurement'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const ops = '负责平台后台配置与活动页配置，做好核心指标监控、周报撰写和需求对接，完成FAQ整理与短信推送。';
    expect(prose(ops)).toEqual(
      expect.arrayContaining([
        'backoffice-configuration',
        'campaign-page-setup',
        'data-driven-operations',
        'status-reporting',
        'requirements-analysis',
        'knowledge-base',
      ]),
    );
    const site = '负责项目报批报建、规划验收与人防验收，推进网架安装和绿色施工，配合跟踪审计与认质认价。';
    expect(prose(site)).toEqual(
      expect.arrayContaining([
        'real-estate-development',
        'statutory-acceptance-inspections',
        'space-frame-construction',
        'green-construction',
        'auditing',
        'material-plans',
      ]),
    );
    const housing =
      'Housing repairs surveyor: responsive repairs, damp and mould inspections, Section 20 consultations, fire door inspections and sign-off with Building Control.';
    expect(prose(housing)).toEqual(
      expect.arrayContaining(['housing-repairs', 'leasehold-management', 'fire-safety', 'statutory-acceptance-inspections']),
    );
    const floor = '食品厂普工：流水线作业、配料称量与投料操作，负责包装作业和产线清洗消毒，做好生产记录填写和尺寸检查。';
    expect(prose(floor)).toEqual(
      expect.arrayContaining([
        'production-line-operation',
        'batching-mixing',
        'packing-operations',
        'production-hygiene',
        'manufacturing',
        'precision-measurement',
      ]),
    );
    const plant =
      'Food production operative: CCP monitoring, metal detector checks, shrink wrapping and line cleaning; deburring and drill press work in the fabrication shop.';
    expect(prose(plant)).toEqual(
      expect.arrayContaining(['food-safety', 'packing-operations', 'production-hygiene', 'machining', 'drilling-machines']),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他搅拌咖啡，送了包装好的礼物，配料表写在瓶子上。')).toEqual([]);
    expect(prose('We had salsa at the party; the packaging was nice and the voids in the data were filled.')).toEqual([]);
    expect(prose('搭建 Jenkins 流水线，优化CI/CD流水线')).not.toContain('production-line-operation');
  });
});

describe('the twelfth round, a later pass: clinics and wards, tourism and kitchens', () => {
  it.each([
    ['Contraception', 'sexual-health'],
    ['计划生育', 'sexual-health'],
    ['V300', 'non-medical-prescribing'],
    ['NMC PIN', 'nursing-license'],
    ['Section 117', 'mental-health-act'],
    ['中药熏蒸', 'tcm-nursing'],
    ['药学查房', 'clinical-pharmacy'],
    ['血药浓度监测', 'clinical-pharmacy'],
    ['睡眠监测', 'sleep-medicine'],
    ['Diabetes Reviews', 'long-term-conditions'],
    ['增强扫描', 'radiology'],
    ['医保飞检', 'medical-billing'],
    ['等级评审', 'healthcare-quality'],
    ['地接', 'ground-handling-tours'],
    ['游客服务', 'visitor-attractions'],
    ['Ride Operations', 'visitor-attractions'],
    ['营地运营', 'camping-glamping'],
    ['邮轮服务', 'cruise-operations'],
    ['长租公寓', 'hotel-management'],
    ['Chef de Partie', 'kitchen-brigade-roles'],
    ['Fare Construction', 'gds'],
    ['茶饮研发', 'beverage-making'],
    ['咖啡出品', 'barista'],
    ['后厨排班', 'kitchen-management'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const ward = '临床药师，参与药学查房与血药浓度监测，推动抗菌药物管理；协助中医护理开展中药熏蒸，配合医保飞检和等级评审。';
    expect(prose(ward)).toEqual(expect.arrayContaining(['clinical-pharmacy', 'tcm-nursing', 'medical-billing', 'healthcare-quality']));
    const clinic =
      'Practice nurse: contraception and sexual health clinics, diabetes reviews, V300 non-medical prescribing; NMC revalidation completed 2023; Section 117 aftercare and lithium monitoring on the community team.';
    expect(prose(clinic)).toEqual(
      expect.arrayContaining(['sexual-health', 'long-term-conditions', 'non-medical-prescribing', 'nursing-license', 'mental-health-act']),
    );
    const travel = '旅行社计调，负责地接操作、游客服务中心接待与营地运营，兼做邮轮服务产品。';
    expect(prose(travel)).toEqual(
      expect.arrayContaining(['ground-handling-tours', 'visitor-attractions', 'camping-glamping', 'cruise-operations']),
    );
    const kitchen = 'Chef de partie, then sous chef: fare construction is not my trade, but ride operations at the theme park were.';
    expect(prose(kitchen)).toEqual(expect.arrayContaining(['kitchen-brigade-roles', 'gds', 'visitor-attractions']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('周末去露营，坐邮轮，喝糖水。')).toEqual([]);
    expect(prose('The breakaway group went on a cruise to see the attractions.')).toEqual([]);
  });
});

describe('the twelfth round, a later pass: the law firm and the regulatory desk', () => {
  it.each([
    ['债权申报', 'insolvency-administration'],
    ['执行异议', 'enforcement-proceedings'],
    ['保全申请', 'enforcement-proceedings'],
    ['外商投资', 'foreign-investment-law'],
    ['Precedent H', 'legal-costs'],
    ['Portal Claims', 'personal-injury-claims'],
    ['Grant of Probate', 'estate-administration'],
    ['Financial Remedies', 'family-proceedings'],
    ['Bates Numbering', 'trial-preparation'],
    ['Client Care Letters', 'client-engagement-letters'],
    ['法律备忘录', 'legal-writing'],
    ['经营者集中', 'antitrust'],
    ['刑事合规', 'anti-corruption'],
    ['Actionstep', 'legal-operations'],
    ['Immigration Applications', 'immigration-law'],
    ['变更备案', 'post-approval-changes'],
    ['注册核查', 'registration-inspections'],
    ['临床评价报告', 'medical-device-clinical-evaluation'],
    ['生物相容性', 'biocompatibility'],
    ['IEC 62366', 'usability-engineering'],
    ['Post-market Surveillance', 'post-market-surveillance'],
    ['Design History File', 'device-technical-files'],
    ['沉降菌', 'microbiology'],
    ['二类医疗器械', 'medical-device-regulations'],
    ['抗体纯化', 'biologics'],
    ['Plasmid DNA', 'molecular-biology'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const firm = '担任破产管理人助理，负责债权申报审核、执行异议和保全申请，起草法律备忘录，参与外商投资与经营者集中申报项目。';
    expect(prose(firm)).toEqual(
      expect.arrayContaining([
        'insolvency-administration',
        'enforcement-proceedings',
        'legal-writing',
        'foreign-investment-law',
        'antitrust',
      ]),
    );
    const uk =
      'Paralegal: costs budgeting and Precedent H, RTA portal claims through MedCo, grant of probate applications, financial remedies bundles with Bates numbering, and client care letters.';
    expect(prose(uk)).toEqual(
      expect.arrayContaining([
        'legal-costs',
        'personal-injury-claims',
        'estate-administration',
        'family-proceedings',
        'trial-preparation',
        'client-engagement-letters',
      ]),
    );
    const ra = '医疗器械注册专员：二类医疗器械注册、临床评价报告与生物相容性评价，负责上市后监测和注册核查，完成药品变更备案。';
    expect(prose(ra)).toEqual(
      expect.arrayContaining([
        'medical-device-regulations',
        'medical-device-clinical-evaluation',
        'biocompatibility',
        'post-market-surveillance',
        'registration-inspections',
        'post-approval-changes',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('The NHS trusts met; two administrations later the exhibits opened.')).toEqual([]);
    expect(prose('他注销了账号，层析图和质粒的照片也删了。')).toEqual([]);
  });
});

describe('the twelfth round, a later pass: the parcel network, the buyer and the bookkeeper', () => {
  it.each([
    ['project44', 'shipment-visibility-platforms'],
    ['Supplier Risk Assessment', 'supplier-risk-management'],
    ['Modern Slavery Act', 'responsible-sourcing'],
    ['反向竞价', 'e-auctions'],
    ['前置仓', 'front-warehouse-operations'],
    ['Dark Stores', 'front-warehouse-operations'],
    ['移库作业', 'inventory-adjustments'],
    ['Stock Reconciliation', 'inventory-adjustments'],
    ['拆单合单', 'order-splitting'],
    ['Working Time Directive', 'tachograph-compliance'],
    ['Manhattan WMS', 'manhattan-wms'],
    ['Tail Spend', 'strategic-sourcing'],
    ['物流时效', 'logistics'],
    ['客诉件', 'exception-order-handling'],
    ['揽收派送', 'courier-delivery'],
    ['Dext', 'bookkeeping-automation-tools'],
    ['Syft Analytics', 'management-reporting-apps'],
    ['TaxCalc', 'accounting-practice-software'],
    ['FreeAgent', 'small-business-accounting-software'],
    ['Business Central', 'dynamics-business-central'],
    ['关联交易', 'transfer-pricing'],
    ['信用额度', 'customer-credit-assessment'],
    ['坏账核销', 'credit-control'],
    ['税务风险', 'taxation'],
    ['Sales Ledger', 'purchase-ledger'],
    ['电子回单', 'online-banking'],
    ['红字发票', 'invoicing'],
    ['制造费用', 'cost-accounting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const parcel = '负责前置仓与云仓运营，处理移库作业和拆单合单，跟进物流时效与客诉件，协调揽收派送。';
    expect(prose(parcel)).toEqual(
      expect.arrayContaining([
        'front-warehouse-operations',
        'inventory-adjustments',
        'order-splitting',
        'logistics',
        'exception-order-handling',
        'courier-delivery',
      ]),
    );
    const buyer =
      'Category buyer: ran reverse auctions, tail spend reviews and supplier risk assessments, kept Modern Slavery Act statements, and tracked loads in project44 and FourKites.';
    expect(prose(buyer)).toEqual(
      expect.arrayContaining([
        'e-auctions',
        'strategic-sourcing',
        'supplier-risk-management',
        'responsible-sourcing',
        'shipment-visibility-platforms',
      ]),
    );
    const books =
      'Bookkeeper: sales and nominal ledger in Xero with Dext and ApprovalMax, management packs in Syft, year-end in TaxCalc; migrated Navision to Business Central.';
    expect(prose(books)).toEqual(
      expect.arrayContaining([
        'purchase-ledger',
        'bookkeeping-automation-tools',
        'management-reporting-apps',
        'accounting-practice-software',
        'dynamics-business-central',
      ]),
    );
    const zh = '负责关联交易披露、税务风险识别，开具红字发票与电子发票，核对银行流水与电子回单，分摊制造费用，跟进坏账核销。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'transfer-pricing',
        'taxation',
        'invoicing',
        'cashier-operations',
        'online-banking',
        'cost-accounting',
        'credit-control',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('Manhattan is a borough; the fathom is a unit of depth.')).toEqual([]);
    expect(prose('他到中转站时包裹破损了，干线公路上堵车。')).toEqual([]);
  });
});
