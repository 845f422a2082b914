/**
 * The taxonomy's eighth round (written blind): the task vocabulary of job descriptions, family by family — the named
 * duties, methods, documents, checks and equipment a 岗位职责 lists, each its own skill related to its family. The
 * sibling of taxonomy-phrasing.test.ts, in its style.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill, relatedSkills } from './taxonomy.ts';
import { ids } from '../tests/support/skill-ids.ts';

describe('the eighth round: warehousing, customs, construction, e-commerce, care, finance and teaching tasks', () => {
  it.each([
    ['出库复核', 'outbound-verification'],
    ['波次拣货', 'wave-picking'],
    ['库位规划', 'slotting'],
    ['转关申报', 'customs-transit'],
    ['海关审价', 'customs-price-examination'],
    ['桩基计算', 'pile-foundation-design'],
    ['弹性时程分析', 'time-history-analysis'],
    ['Nonlinear Time History Analysis', 'time-history-analysis'],
    ['抗震审查', 'seismic-review'],
    ['Rate Build-up', 'rate-analysis'],
    ['分包招标', 'subcontractor-tendering'],
    ['主图优化', 'main-image-optimization'],
    ['详情页优化', 'detail-page-optimization'],
    ['达人直播', 'influencer-livestream'],
    ['店铺上新', 'store-new-arrivals'],
    ['个体心理咨询', 'individual-counselling'],
    ['个案督导', 'case-supervision'],
    ['肌力训练', 'muscle-strength-training'],
    ['Range of Motion Exercises', 'rom-exercises'],
    ['多学科会诊', 'multidisciplinary-consultation'],
    ['预提费用', 'accruals'],
    ['内控测试', 'internal-controls-testing'],
    ['贷后管理', 'post-loan-monitoring'],
    ['贷前调查', 'pre-loan-investigation'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('relates a task to its family, not folded into it', () => {
    expect(relatedSkills('wave-picking').map((s) => s.id)).toContain('warehouse-operations');
    expect(relatedSkills('individual-counselling').map((s) => s.id)).toContain('counseling');
    expect(normalizeSkill('入库验收')?.id).not.toBe('warehouse-operations');
  });

  it('finds tasks in a job description and leaves prose alone', () => {
    expect(ids('负责入库验收、出库复核及波次拣货，优化库位规划', { isProse: true })).toEqual([
      'inbound-receiving-inspection',
      'outbound-verification',
      'wave-picking',
      'slotting',
    ]);
    expect(ids('他把问题归类后再查验一遍，会诊断不出毛病', { isProse: true })).toEqual([]);
    expect(ids('上新款的衣服，中控台的灯亮了', { isProse: true })).toEqual([]);
  });
});

describe('the eighth round: power plants, rail, HR, the shop floor, quality and engineering tasks', () => {
  it.each([
    ['机组启停', 'unit-start-up-shutdown'],
    ['Unit Start-ups', 'unit-start-up-shutdown'],
    ['跳闸处理', 'trip-recovery'],
    ['Electrical Isolation', 'electrical-isolation'],
    ['Boiler Feed Pumps', 'boiler-feed-pumps'],
    ['倒闸操作', 'switching-operations'],
    ['继电联锁', 'relay-interlocking'],
    ['Point Machines', 'point-machines'],
    ['Track Circuits', 'track-circuits'],
    ['转辙机', 'point-machines'],
    ['Axle Counters', 'axle-counters'],
    ['Load Securing', 'load-securing'],
    ['整机装配', 'machine-assembly'],
    ['焊接工艺评定', 'welding-procedure-qualification'],
    ['备品备件管理', 'spare-parts-management'],
    ['设备安装调试', 'equipment-commissioning'],
    ['返工返修', 'rework-repair'],
    ['HMI组态', 'hmi-configuration'],
    ['Cable Sizing', 'cable-sizing'],
    ['四轮定位', 'wheel-alignment'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a short task word only where a list or a skill beside it says so', () => {
    expect(ids('值班期间负责倒闸操作、机组启停和跳闸处理', { isProse: true })).toEqual([
      'switching-operations',
      'unit-start-up-shutdown',
      'trip-recovery',
    ]);
    expect(ids('他试产品的味道，点检查过的单子，返工资', { isProse: true })).toEqual([]);
    expect(ids('Work permit holder; requires visa sponsorship', { isProse: true })).toEqual([]);
  });
});

describe('the eighth round: labs, trials, service desks, offices, farms, mines, networks and projects', () => {
  it.each([
    ['样品前处理', 'sample-preparation'],
    ['受试者访视', 'subject-visits'],
    ['Database Lock', 'database-lock'],
    ['ICSR', 'icsr-processing'],
    ["Investigator's Brochure", 'investigators-brochure'],
    ['遗传办申报', 'hgrac-application'],
    ['投诉升级', 'complaint-escalation'],
    ['上门安装', 'onsite-installation'],
    ['审查意见答复', 'office-action-responses'],
    ['收发文', 'document-dispatch'],
    ['消防巡查', 'fire-safety-patrol'],
    ['新闻发布会', 'press-conferences'],
    ['畜禽免疫', 'livestock-vaccination'],
    ['破碎筛分', 'crushing-screening'],
    ['网络割接', 'network-cutover'],
    ['项目立项', 'project-initiation'],
    ['RAID Log', 'risk-register'],
    ['标注切图', 'asset-slicing'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('keeps the everyday senses of the words these tasks share', () => {
    expect(ids('The cutover went well; 系统升级处理完毕，孵化器里的初创公司', { isProse: true })).toEqual([]);
    expect(ids('负责项目立项、项目验收及网络割接', { isProse: true })).toEqual([
      'project-initiation',
      'project-acceptance',
      'network-cutover',
    ]);
  });
});

describe('the eighth round: the daily tasks of software, data, networks and security', () => {
  it.each([
    ['异步编程', 'async-programming'],
    ['Smart Pointers', 'memory-management'],
    ['执行计划分析', 'execution-plans'],
    ['数据库巡检', 'database-health-checks'],
    ['设计稿还原', 'pixel-perfect-implementation'],
    ['前后端联调', 'frontend-backend-integration'],
    ['可视化大屏', 'dashboard-screens'],
    ['第三方接口对接', 'third-party-integration'],
    ['机型适配', 'device-compatibility'],
    ['服务器巡检', 'server-health-checks'],
    ['VLAN划分', 'vlan-configuration'],
    ['元器件选型', 'component-selection'],
    ['程序烧录', 'firmware-flashing'],
    ['弹性伸缩', 'auto-scaling'],
    ['日志审计', 'log-auditing'],
    ['数据口径', 'metric-definitions'],
    ['专题分析', 'ad-hoc-analysis'],
    ['UI自动化', 'ui-automation'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('leaves the everyday English of these tasks to prose', () => {
    expect(
      ids('Self-reflection, case hardening and flashing lights; triggers and deployments of staff; poetry', { isProse: true }),
    ).toEqual([]);
    expect(ids('Python, Reflection, Triggers', { isSkillList: true })).toEqual(['python', 'reflection', 'database-triggers']);
  });
});

describe('the eighth round: classrooms, kitchens, sales routes, mines, networks, labs, studios and property', () => {
  it.each([
    ['作文批改', 'essay-marking'],
    ['试听课', 'trial-lessons'],
    ['刮痧拔罐', 'gua-sha-cupping'],
    ['终端拜访', 'outlet-visits'],
    ['猎头供应商管理', 'headhunter-management'],
    ['内容种草', 'product-seeding'],
    ['边坡监测', 'slope-monitoring'],
    ['Fire Assay', 'assaying'],
    ['邻区优化', 'neighbour-optimisation'],
    ['动环监控', 'power-environment-monitoring'],
    ['纯化水系统', 'purified-water-systems'],
    ['商标异议', 'trademark-oppositions'],
    ['室内施工图', 'interior-construction-drawings'],
    ['战略解码', 'strategy-deployment'],
    ['限度样品', 'limit-samples'],
    ['温室环控', 'greenhouse-climate-control'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('reads a two-character task only with a skill beside it', () => {
    expect(ids('周末参加社区活动和 band rehearsals，外拍风景，给朋友种草', { isProse: true })).toEqual([]);
    expect(ids('外拍、布光、调色', { isSkillList: true })).toContain('location-shooting');
  });
});

describe('the eighth round: a third pass, front of house to back office', () => {
  it.each([
    ['酒水盘点', 'bar-stocktake'],
    ['信用卡预授权', 'card-pre-authorisation'],
    ['机上餐饮服务', 'inflight-meal-service'],
    ['泳道图', 'swimlane-diagrams'],
    ['需求拆解', 'requirements-breakdown'],
    ['接口性能优化', 'api-performance'],
    ['原理图评审', 'schematic-review'],
    ['上电时序', 'power-sequencing'],
    ['用例评审', 'test-case-review'],
    ['湿热灭菌', 'sterilisation'],
    ['包装结构设计', 'dielines'],
    ['项目结项', 'project-closure'],
    ['抵押登记', 'collateral-registration'],
    ['Privacy Impact Assessment', 'privacy-impact-assessment'],
    ['死锁排查', 'deadlock-troubleshooting'],
    ['指标异动分析', 'metric-anomaly-analysis'],
    ['土方平衡', 'earthworks-balancing'],
    ['库龄分析', 'inventory-ageing'],
    ['网络流量分析', 'network-traffic-analysis'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('leaves a traffic report, a milestone and a label to prose', () => {
    expect(normalizeSkill('流量分析')?.category).not.toBe('security');
    expect(ids('Hit every milestone; Express middleware; product labelling', { isProse: true })).toEqual([]);
  });
});

describe('the eighth round: a last pass for the families the first ones left short', () => {
  it.each([
    ['Universal Links', 'deep-linking'],
    ['副本设计', 'dungeon-design'],
    ['云备份', 'cloud-backup'],
    ['漏洞复现', 'vulnerability-reproduction'],
    ['指标拆解', 'metric-decomposition'],
    ['灰度验证', 'canary-verification'],
    ['品牌宣传片', 'brand-films'],
    ['督查督办', 'supervision-follow-up'],
    ['会议主持', 'meeting-chairing'],
    ['模具保养', 'mould-maintenance'],
    ['研究者会', 'investigator-meetings'],
    ['方案偏离', 'protocol-deviations'],
    ['书号申报', 'isbn-applications'],
    ['工程联系单', 'site-instructions'],
    ['粪污处理', 'manure-management'],
    ['甩挂运输', 'drop-and-hook'],
    ['尾矿库巡查', 'tailings-dam-inspection'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('does not read a report, a call or a proof in prose as a task', () => {
    expect(ids('年终写工作总结，通过电话沟通，向上汇报进度；the proofs of the theorem', { isProse: true })).toEqual([]);
    expect(ids('熟悉平台规则', { isProse: true })).not.toContain('platform-rules');
  });
});

describe('the eighth round: HR paperwork, sales routines, theatres and sites', () => {
  it.each([
    ['调岗调薪', 'transfers-pay-changes'],
    ['居住证办理', 'residence-permit-applications'],
    ['客户建档', 'customer-records'],
    ['矿压观测', 'ground-pressure-monitoring'],
    ['压测报告', 'load-test-reports'],
    ['GMP培训', 'gmp-training'],
    ['器械清点', 'instrument-counts'],
    ['术前访视', 'pre-operative-visits'],
    ['甲供材管理', 'client-supplied-materials'],
    ['工程量核对', 'quantity-reconciliation'],
  ])('%s → %s', (text, id) => {
    expect(normalizeSkill(text)?.id ?? 'none').toBe(id);
  });

  it('does not read a candidate’s own title review or talent scheme as an HR task', () => {
    expect(ids('2019年通过中级职称评审，作为人才引进到本院；energy harvesting', { isProse: true })).toEqual([]);
  });
});

describe('the eighth round: the words a task shares with another trade', () => {
  it('keeps each task in its own trade', () => {
    expect(normalizeSkill('列车检修')?.id).toBe('rolling-stock-maintenance');
    expect(normalizeSkill('车辆检修')?.id).not.toBe('rolling-stock-maintenance');
    expect(normalizeSkill('安全评估')?.id).not.toBe('security-assessment');
    expect(normalizeSkill('信息安全评估')?.id).toBe('security-assessment');
    expect(normalizeSkill('Payment Processing')?.id).toBe('payment-processing');
    expect(normalizeSkill('往来核销')?.id).toBe('open-item-clearing');
    expect(normalizeSkill('供应商对账')?.id).toBe('supplier-reconciliation');
    expect(normalizeSkill('安全教育')?.category).not.toBe('education');
    expect(ids('D触发器、在线监测设备、参加系统培训，好评率98%，担任班组长', { isProse: true })).toEqual([]);
    expect(ids('Signal detection in radar; programme planning for the NGO', { isProse: true })).toEqual([]);
  });
});
