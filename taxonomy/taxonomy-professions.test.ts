/**
 * The trades the taxonomy read least (the twelfth round, written blind): a professional's duties, methods, documents
 * and regulated procedures as job descriptions write them — a lab's QC rules and specimen reception, a warehouse's
 * batch control and ASNs, a fund's capital calls and investor reporting, a grant's post-award work — each its own
 * skill related to the family's, or an alias of the skill that already holds the concept.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { prose } from '../tests/support/skill-ids.ts';

describe('the twelfth round: healthcare, supply chain and finance', () => {
  it.each([
    ['胸痛中心', 'chest-pain-centre'],
    ['卒中中心建设', 'stroke-centre'],
    ['静脉溶栓', 'stroke-centre'],
    ['起搏器程控', 'pacemaker-follow-up'],
    ['冠脉介入', 'pci-care'],
    ['平板运动试验', 'exercise-stress-testing'],
    ['批量伤员救治', 'mass-casualty-care'],
    ['标本前处理', 'specimen-processing'],
    ['骨髓细胞形态学', 'blood-cell-morphology'],
    ['方法学比对', 'assay-verification'],
    ['Westgard多规则', 'laboratory-qc'],
    ['Levey-Jennings', 'laboratory-qc'],
    ['CAP认证', 'clinical-laboratory'],
    ['ABG Interpretation', 'blood-gas-interpretation'],
    ['Care Plan', 'clinical-documentation'],
    ['前移式叉车', 'forklift'],
    ['平衡重叉车', 'forklift'],
    ['高位拣选车', 'pallet-trucks'],
    ['批次管理', 'batch-traceability'],
    ['FEFO', 'batch-traceability'],
    ['ASN管理', 'advance-shipping-notices'],
    ['库容规划', 'warehouse-capacity-planning'],
    ['物料编码', 'material-master-data'],
    ['供应商准入', 'procurement'],
    ['线边仓', 'supply-chain'],
    ['快递理赔', 'freight-claims'],
    ['Parcel Sorting', 'parcel-sortation'],
    ['Multi-drop', 'multi-drop-delivery'],
    ['Demurrage', 'container-shipping'],
    ['EORI Number', 'trade-compliance'],
    ['TA登记', 'transfer-agency'],
    ['基金清算', 'fund-clearing'],
    ['Capital Calls', 'capital-calls-distributions'],
    ['Carried Interest', 'capital-calls-distributions'],
    ['管理费计提', 'fund-fee-calculation'],
    ['LP Reporting', 'investor-reporting'],
    ['DDQ', 'due-diligence-questionnaires'],
    ['Investor Presentation', 'pitch-materials'],
    ['业绩说明会', 'earnings-communications'],
    ['科研经费管理', 'research-grant-management'],
    ['Post-award', 'research-grant-management'],
    ['Uniform Guidance', 'grant-compliance'],
    ['Advent Geneva', 'fund-accounting-systems'],
    ['预算会计', 'public-sector-accounting'],
    ['抽凭', 'auditing'],
    ['SOX Testing', 'internal-controls-testing'],
    ['金蝶K/3 Cloud', 'kingdee'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const lab =
      '负责检验科标本前处理与标本接收，每日开展室内质控并按Westgard多规则做失控处理，参与新仪器方法学比对，协助骨髓细胞形态学阅片，配合胸痛中心和卒中中心的急诊检验。';
    expect(prose(lab)).toEqual(
      expect.arrayContaining([
        'specimen-processing',
        'laboratory-qc',
        'assay-verification',
        'blood-cell-morphology',
        'chest-pain-centre',
        'stroke-centre',
      ]),
    );
    const ward =
      'Cardiology nurse: wrote care plans, ran the device clinic with pacemaker follow-up, supported exercise tolerance tests and ABG interpretation on the coronary care unit.';
    expect(prose(ward)).toEqual(expect.arrayContaining(['pacemaker-follow-up', 'exercise-stress-testing', 'blood-gas-interpretation']));
    const warehouse = '持叉车证，熟练驾驶前移式叉车和平衡重叉车，负责批次管理、ASN管理与库容规划，协调线边仓物料配送，跟进快递理赔。';
    expect(prose(warehouse)).toEqual(
      expect.arrayContaining([
        'forklift',
        'batch-traceability',
        'advance-shipping-notices',
        'warehouse-capacity-planning',
        'supply-chain',
        'freight-claims',
      ]),
    );
    const freight =
      'Handled customs entries with our customs broker, commodity codes and EORI numbers, and disputed demurrage with the shipping lines.';
    expect(prose(freight)).toEqual(expect.arrayContaining(['customs-clearance', 'trade-compliance', 'container-shipping']));
    const fund = '负责私募基金的TA登记、基金清算与管理费计提，编制LP报告和尽调问卷，筹备年度业绩说明会，兼管课题经费与科研经费报销。';
    expect(prose(fund)).toEqual(
      expect.arrayContaining([
        'transfer-agency',
        'fund-clearing',
        'fund-fee-calculation',
        'investor-reporting',
        'due-diligence-questionnaires',
        'earnings-communications',
        'research-grant-management',
      ]),
    );
    const pe =
      'Prepared capital call and distribution notices, ran waterfall calculations in Investran, drafted the quarterly investor presentation and kept post-award budgets within Uniform Guidance.';
    expect(prose(pe)).toEqual(
      expect.arrayContaining([
        'capital-calls-distributions',
        'fund-accounting-systems',
        'pitch-materials',
        'research-grant-management',
        'grant-compliance',
      ]),
    );
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('我们每周定期报告工作进展，并把数据报给领导。')).not.toContain('periodic-reports');
    expect(prose('We flew to Geneva for the summit, and the stacker in the store was a student job.')).toEqual([]);
    expect(prose('The working papers of the conference were published online.')).not.toContain('auditing');
  });
});

describe('the twelfth round: operations, food delivery, the finishing and maintenance trades and the shop floor', () => {
  it.each([
    ['美团外卖商家版', 'delivery-merchant-backends'],
    ['饿了么商家版', 'delivery-merchant-backends'],
    ['满减活动', 'delivery-platform-promotions'],
    ['美团推广通', 'delivery-platform-promotions'],
    ['门店评分', 'store-rating-management'],
    ['出餐效率', 'order-prep-efficiency'],
    ['外卖店铺上线', 'delivery-store-onboarding'],
    ['商品运营', 'merchandise-operations'],
    ['Contract Mobilisation', 'contract-mobilisation'],
    ['运营方案', 'operations-planning'],
    ['商家招商', 'merchant-operations'],
    ['Tender Submissions', 'bidding'],
    ['质检评分', 'call-quality'],
    ['墙面找平', 'masonry'],
    ['K Rend', 'external-rendering'],
    ['涂料施工', 'painting-decorating'],
    ['铝合金门窗', 'carpentry'],
    ['电机维修', 'electric-motor-repair'],
    ['Motor Rewinding', 'electric-motor-repair'],
    ['水泵维修', 'rotating-equipment'],
    ['特种设备管理', 'special-equipment-management'],
    ['LOLER Inspections', 'special-equipment-management'],
    ['消控证', 'fire-control-room'],
    ['锚杆支护', 'mine-ground-support'],
    ['一通三防', 'mine-safety'],
    ['Star-Delta Starters', 'relays-contactors'],
    ['开机点检', 'pre-start-checks'],
    ['质量围堵', 'quality-containment'],
    ['Controlled Shipping', 'quality-containment'],
    ['技能矩阵', 'skills-matrix'],
    ['多能工', 'skills-matrix'],
    ['工艺纪律检查', 'process-discipline'],
    ['产品标识', 'product-identification'],
    ['扭矩管理', 'torque-control'],
    ['Hipot', 'electrical-testing'],
    ['4M变更', 'change-point-management'],
    ['Quick Changeover', 'smed'],
    ['末件检验', 'first-article-inspection'],
    ['自主保全', 'tpm'],
    ['Golden Sample', 'limit-samples'],
    ['红牌作战', 'five-s'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const takeaway =
      '负责20家门店的外卖运营，熟练使用美团外卖商家版和饿了么商家版，设置满减活动与美团推广通，维护门店评分，推动出餐效率提升和新店上线。';
    expect(prose(takeaway)).toEqual(
      expect.arrayContaining([
        'local-services-operations',
        'delivery-merchant-backends',
        'delivery-platform-promotions',
        'store-rating-management',
        'order-prep-efficiency',
        'delivery-store-onboarding',
      ]),
    );
    const plant =
      '持高压电工证，负责车间电机维修、水泵维修与特种设备管理，组织开机点检和自主保全，牵头质量围堵、4M变更与工艺纪律检查，推行技能矩阵和快速换模。';
    expect(prose(plant)).toEqual(
      expect.arrayContaining([
        'electrician-license',
        'electric-motor-repair',
        'rotating-equipment',
        'special-equipment-management',
        'pre-start-checks',
        'tpm',
        'quality-containment',
        'change-point-management',
        'process-discipline',
        'skills-matrix',
        'smed',
      ]),
    );
    const site =
      'Maintenance electrician: rewound motors (motor rewinding), wired star-delta starters and relay logic, arranged LOLER inspections, ran changeover reduction and controlled shipping with golden samples on the line.';
    expect(prose(site)).toEqual(
      expect.arrayContaining([
        'electric-motor-repair',
        'relays-contactors',
        'special-equipment-management',
        'smed',
        'quality-containment',
        'limit-samples',
      ]),
    );
    const mine = '煤矿井下作业8年，熟悉一通三防、锚杆支护与探放水，兼任消防控制室值班。';
    expect(prose(mine)).toEqual(expect.arrayContaining(['mine-planning', 'mine-safety', 'mine-ground-support', 'fire-control-room']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('他在行车途中接到电话，随后换型号的手机。')).toEqual([]);
    expect(prose('The changeover to the new office went well; a red tag hung on the door.')).toEqual([]);
    expect(prose('Three-phase plans are common; the flooring was new.')).toEqual([]);
  });
});

describe('the twelfth round: pharmacovigilance and medical affairs, administrative law, education and media', () => {
  it.each([
    ['风险管理计划', 'pv-risk-management-plans'],
    ['EU-RMP', 'pv-risk-management-plans'],
    ['ArisG', 'arisg'],
    ['E2B(R3)', 'eudravigilance'],
    ['文献监测', 'pv-literature-surveillance'],
    ['个例安全报告', 'icsr-processing'],
    ['SAE Reconciliation', 'pharmacovigilance'],
    ['医学问询', 'medical-information'],
    ['Copy Approval', 'promotional-review'],
    ['Publication Planning', 'publication-planning'],
    ['研究者发起的研究', 'investigator-initiated-trials'],
    ['获益风险评估', 'benefit-risk-assessment'],
    ['APQR', 'pharma-qa'],
    ['药品放行', 'batch-record-review'],
    ['说明书修订', 'package-inserts'],
    ['行政法', 'administrative-law'],
    ['行政复议', 'administrative-reconsideration'],
    ['Judicial Review', 'administrative-reconsideration'],
    ['行政处罚', 'administrative-penalties'],
    ['Fixed Penalty Notices', 'administrative-penalties'],
    ['双随机一公开', 'regulatory-inspections'],
    ['Trading Standards', 'regulatory-inspections'],
    ['执法文书制作', 'enforcement-case-files'],
    ['案卷评查', 'enforcement-case-files'],
    ['行政许可', 'administrative-licensing'],
    ['法律援助', 'legal-aid'],
    ['法制审核', 'legislative-drafting'],
    ['Interviews Under Caution', 'law-enforcement'],
    ['Anti-money Laundering', 'compliance'],
    ['Lease Extensions', 'conveyancing-tasks'],
    ['High Court Enforcement', 'debt-recovery'],
    ['试卷命题', 'student-assessment'],
    ['一日流程', 'early-childhood-education'],
    ['Parents Evenings', 'parent-communication'],
    ['Report Cards', 'student-affairs'],
    ['ManageBac', 'managebac'],
    ['新媒体矩阵', 'social-account-matrix'],
    ['视频混剪', 'video-remix-editing'],
    ['新闻发稿', 'press-distribution'],
    ['新闻播报', 'broadcasting'],
    ['选题报批', 'isbn-applications'],
    ['图书发行', 'book-distribution'],
    ['演播室管理', 'studio-operations'],
    ['Archive Research', 'archive-research'],
    ['AE特效', 'after-effects'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a long Chinese and a long English job description', () => {
    const pv =
      '负责个例安全报告处理和药物警戒文献监测，撰写风险管理计划与获益风险评估，回复医学问询，参与推广材料审核及研究者发起的研究的立项。';
    expect(prose(pv)).toEqual(
      expect.arrayContaining([
        'icsr-processing',
        'pv-literature-surveillance',
        'pv-risk-management-plans',
        'benefit-risk-assessment',
        'medical-information',
        'promotional-review',
        'investigator-initiated-trials',
      ]),
    );
    const ma =
      'Medical affairs manager: led publication planning, handled medical enquiries, ran copy approval in Veeva PromoMats and submitted E2B(R3) cases to EudraVigilance.';
    expect(prose(ma)).toEqual(
      expect.arrayContaining(['publication-planning', 'medical-information', 'promotional-review', 'eudravigilance']),
    );
    const enforce =
      '在区市场监管局从事执法检查和双随机一公开抽查，办理行政处罚案件，负责执法文书制作、案卷评查与重大执法决定法制审核，承办行政复议和行政应诉。';
    expect(prose(enforce)).toEqual(
      expect.arrayContaining([
        'regulatory-inspections',
        'administrative-penalties',
        'enforcement-case-files',
        'legislative-drafting',
        'administrative-reconsideration',
      ]),
    );
    const officer =
      'Trading Standards officer: carried out interviews under caution, served fixed penalty notices and enforcement notices, prepared prosecution files and advised on premises licences and judicial review.';
    expect(prose(officer)).toEqual(
      expect.arrayContaining([
        'regulatory-inspections',
        'law-enforcement',
        'administrative-penalties',
        'enforcement-case-files',
        'administrative-licensing',
        'administrative-reconsideration',
      ]),
    );
    const media = '负责公司新媒体矩阵运营，统筹视频混剪和AE特效包装，对接新闻发稿，兼任演播室管理和新闻播报。';
    expect(prose(media)).toEqual(
      expect.arrayContaining([
        'social-account-matrix',
        'video-remix-editing',
        'after-effects',
        'press-distribution',
        'studio-operations',
        'broadcasting',
      ]),
    );
    const school =
      'Year 4 teacher: wrote end-of-term reports, led parents evenings and literacy support groups, and tracked units in ManageBac.';
    expect(prose(school)).toEqual(expect.arrayContaining(['student-affairs', 'parent-communication', 'tutoring', 'managebac']));
  });

  it('does not read everyday prose as these skills', () => {
    expect(prose('项目经理需编写项目的风险管理计划，按月更新。')).not.toContain('pv-risk-management-plans');
    expect(prose('The IIT graduate read about literacy in the ECT ward.')).toEqual([]);
    expect(prose('他负责播报天气，也给书号码排序；这里是发稿日。')).toEqual([]);
  });
});
