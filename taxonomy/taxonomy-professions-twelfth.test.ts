/**
 * The seventeenth round (written blind): the factory's planning and quality office and the operations desk (17a), the
 * accounts and the supply chain (17b), the engineering office and the clinic (17c), short forms in compliance, the studio
 * and the store, and skills written in both scripts on one line (17d), the service desk and the store (17e), the social
 * worker, the salon and the farm (17f), the clinic's allied trades and the hardware bench (17g), and the newsroom and the
 * stage (17h).
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

describe('the seventeenth round: the factory’s planning and quality office and the operations desk', () => {
  it.each([
    ['约束理论', 'theory-of-constraints'],
    ['Drum-Buffer-Rope', 'theory-of-constraints'],
    ['关键链项目管理', 'critical-chain'],
    ['Critical Chain', 'critical-chain'],
    ['生产仿真', 'manufacturing-simulation'],
    ['FlexSim', 'manufacturing-simulation'],
    ['Tecnomatix Plant Simulation', 'manufacturing-simulation'],
    ['离散事件仿真', 'manufacturing-simulation'],
    ['JMP Pro', 'jmp'],
    ['单点课', 'tpm'],
    ['One Point Lessons', 'tpm'],
    ['TnPM', 'tpm'],
    ['以可靠性为中心的维修', 'equipment-maintenance'],
    ['新QC七大手法', 'qc-tools'],
    ['帕累托图', 'qc-tools'],
    ['IE七大手法', 'industrial-engineering'],
    ['产线规划', 'industrial-engineering'],
    ['工序卡', 'process-engineering'],
    ['尾件检验', 'first-article-inspection'],
    ['CMQ/OE', 'asq-certifications'],
    ['工装夹具设计', 'mold-design'],
    ['业务流程再造', 'process-mapping'],
    ['周报月报', 'status-reporting'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a production and a planning description', () => {
    const zh = '生产主管：运用约束理论做瓶颈改善，用FlexSim做产线仿真，组织单点课培训并推行TnPM，用新QC七大手法分析不良，编制工序卡。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['theory-of-constraints', 'manufacturing-simulation', 'tpm', 'qc-tools', 'process-engineering']),
    );
    const en =
      'Applied the Theory of Constraints and drum-buffer-rope scheduling, planned projects with critical chain project management, and built discrete event simulation models in AnyLogic.';
    expect(prose(en)).toEqual(expect.arrayContaining(['theory-of-constraints', 'critical-chain', 'manufacturing-simulation']));
  });

  it('reads JMP, OPL, DBR, IATF and VDA in a list of skills only', () => {
    expect(ids('SPC、MSA、JMP、IATF、VDA、OPL', { isSkillList: true })).toEqual([
      'spc',
      'msa',
      'jmp',
      'iatf-16949',
      'automotive-quality-standards',
      'tpm',
    ]);
    expect(prose('He jumped: JMP was slow.')).toEqual([]);
    expect(prose('我们的OPL团队在VDA开会。')).toEqual([]);
    expect(prose('The DBR was late.')).toEqual([]);
  });
});

describe('the seventeenth round: the accounts and the supply chain', () => {
  it.each([
    ['Aging Analysis', 'accounts-payable'],
    ['转移定价', 'transfer-pricing'],
    ['资金预测', 'treasury'],
    ['Certified Treasury Professional', 'treasury'],
    ['库存核算', 'cost-accounting'],
    ['S4HANA', 'sap'],
    ['QuickBooks ProAdvisor', 'quickbooks'],
    ['国际货代', 'freight-forwarding'],
    ['战略采购', 'strategic-sourcing'],
    ['Maverick Spend', 'strategic-sourcing'],
    ['缺货管理', 'inventory-management'],
    ['缺料跟进', 'shortage-tracking'],
    ['签收管理', 'waybill-management'],
    ['运费审核', 'freight-cost-control'],
    ['仓网规划', 'network-design'],
    ['落地配', 'last-mile'],
    ['电子标签拣选', 'voice-picking'],
    ['Inventory Aging', 'inventory-ageing'],
    ['收货检验', 'inbound-receiving-inspection'],
    ['Supplier Portal', 'srm'],
    ['反向拍卖', 'e-auctions'],
    ['Blanket Purchase Orders', 'framework-agreements'],
    ['Marketing Procurement', 'indirect-procurement'],
    ['供应商多元化', 'responsible-sourcing'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an accountant’s and a buyer’s description', () => {
    const zh =
      '会计主管：负责库存核算，完成转移定价文档，编制资金预测。采购经理：负责战略采购，推动供应商协同，组织反向拍卖，跟进缺料跟进与缺货管理，完成仓网规划。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'cost-accounting',
        'transfer-pricing',
        'treasury',
        'strategic-sourcing',
        'srm',
        'e-auctions',
        'shortage-tracking',
        'inventory-management',
        'network-design',
      ]),
    );
    expect(prose('Ran sourcing events, cut maverick spend and set up the supplier portal.')).toEqual(
      expect.arrayContaining(['strategic-sourcing', 'srm']),
    );
  });

  it('reads CTP, QBO, 调账 and 签收 in a list of skills only', () => {
    expect(ids('CTP、QBO、调账、签收', { isSkillList: true })).toEqual(['treasury', 'quickbooks', 'accounting', 'waybill-management']);
    expect(prose('他签收了快递。')).toEqual([]);
    expect(prose('The CTP meeting ran late.')).toEqual([]);
  });
});

describe('the seventeenth round: the engineering office and the clinic', () => {
  it.each([
    ['一维仿真', 'system-simulation'],
    ['Simcenter Amesim', 'system-simulation'],
    ['GT-SUITE', 'system-simulation'],
    ['Modelica', 'system-simulation'],
    ['火气系统', 'fire-and-gas-systems'],
    ['Fire and Gas Systems', 'fire-and-gas-systems'],
    ['可燃气体报警', 'fire-and-gas-systems'],
    ['Cause and Effect Matrix', 'fire-and-gas-systems'],
    ['Data Acquisition', 'data-acquisition'],
    ['数据采集卡', 'data-acquisition'],
    ['DEWESoft', 'data-acquisition'],
    ['nCode DesignLife', 'strength-analysis'],
    ['fe-safe', 'strength-analysis'],
    ['AVEVA E3D', 'piping-design'],
    ['泵选型', 'equipment-selection'],
    ['Control Valve Sizing', 'equipment-selection'],
    ['弧闪分析', 'wiring-regulations'],
    ['Short Circuit Analysis', 'power-systems'],
    ['Earthing Design', 'electrical-installation'],
    ['12导联心电图', 'ecg'],
    ['中医辨证', 'tcm'],
    ['Radiology Reporting', 'radiology'],
    ['Prescription Review', 'pharmacy'],
    ['静配', 'pharmacy-operations'],
    ['ICD-10编码', 'medical-coding'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an engineer’s and a clinician’s description', () => {
    const zh = 'CAE工程师：用AMESim和GT-SUITE做一维仿真，用nCode做疲劳寿命分析，负责泵选型与调节阀选型，完成弧闪分析和接地设计。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'system-simulation',
        'strength-analysis',
        'equipment-selection',
        'wiring-regulations',
        'electrical-installation',
      ]),
    );
    const en =
      'Designed the fire and gas systems and the cause and effect matrix, built models in Dymola, set up NI DAQ data acquisition, and modelled piping in AVEVA E3D.';
    expect(prose(en)).toEqual(expect.arrayContaining(['fire-and-gas-systems', 'system-simulation', 'data-acquisition', 'piping-design']));
    expect(prose('心电图室：熟练操作12导联心电图，负责处方审核、静配和ICD-10编码。')).toEqual(
      expect.arrayContaining(['ecg', 'pharmacy', 'pharmacy-operations', 'medical-coding']),
    );
  });

  it('reads F&G and FGS in a list of skills only, and gas detection drills as no system', () => {
    expect(ids('HAZOP、F&G、SIS、FGS', { isSkillList: true })).toEqual([
      'hazop',
      'fire-and-gas-systems',
      'process-safety',
      'fire-and-gas-systems',
    ]);
    expect(prose('F&G was the firm.')).toEqual([]);
    expect(prose('We ran gas detection drills.')).toEqual([]);
  });
});

describe('the seventeenth round: short forms in compliance, HR, the store and the studio', () => {
  it.each([
    ['ACAMS', 'compliance'],
    ['客户尽职调查', 'compliance'],
    ['Customer Due Diligence', 'compliance'],
    ['World-Check', 'sanctions-screening'],
    ['可疑交易报告', 'sanctions-screening'],
    ['UK Bribery Act', 'anti-corruption'],
    ['尽调报告', 'due-diligence'],
    ['视频合成', 'compositing'],
    ['Arnold Renderer', 'rendering-tools'],
    ['Typesetting', 'typography'],
    ['板绘', 'illustration'],
    ['抠图', 'photo-retouching'],
    ['MG动画', 'motion-design'],
    ['ComfyUI', 'generative-ai'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a compliance officer’s and a designer’s description', () => {
    expect(prose('合规专员：负责客户身份识别与客户尽职调查，使用World-Check筛查名单，提交可疑交易报告，持有ACAMS证书。')).toEqual(
      expect.arrayContaining(['compliance', 'sanctions-screening']),
    );
    expect(prose('Screened names in World-Check and trained staff on the UK Bribery Act.')).toEqual(
      expect.arrayContaining(['sanctions-screening', 'anti-corruption']),
    );
    expect(prose('设计师：擅长板绘、抠图和MG动画，负责视频合成，用ComfyUI出图。')).toEqual(
      expect.arrayContaining(['illustration', 'photo-retouching', 'motion-design', 'compositing', 'generative-ai']),
    );
  });

  it('reads Arnold, 橱窗, 飞腾, 渲染 and Sora in a list of skills only', () => {
    expect(ids('Maya、Arnold、V-Ray', { isSkillList: true })).toEqual(['3d-modeling', 'rendering-tools', 'rendering-tools']);
    expect(ids('陈列、橱窗', { isSkillList: true })).toEqual(['merchandising', 'window-display']);
    expect(prose('Arnold joined the team.')).toEqual([]);
    expect(prose('橱窗里摆着花。')).toEqual([]);
    expect(prose('Sora is my friend.')).toEqual([]);
    expect(prose('页面渲染很快。')).toEqual([]);
  });
});

describe('the seventeenth round: a skill written in both scripts names one skill', () => {
  it.each([
    ['数据分析', 'Data Analysis'],
    ['仓储管理', 'Warehouse Management'],
    ['电话销售', 'Telesales'],
    ['新媒体运营', 'New Media Operations'],
    ['设备综合效率', 'Overall Equipment Effectiveness'],
    ['全面生产维护', 'Total Productive Maintenance'],
    ['排版', 'Typesetting'],
    ['人才发展', 'Talent Development'],
    ['商务谈判', 'Business Negotiation'],
    ['招投标', 'Bidding'],
    ['短视频运营', 'Short Video Operations'],
    ['直播运营', 'Livestream Operations'],
    ['病历书写', 'Medical Documentation'],
    ['嵌入式开发', 'Embedded Development'],
    ['工业机器人', 'Industrial Robotics'],
    ['客户尽职调查', 'Customer Due Diligence'],
  ])('reads %s and %s as one skill, apart and on one line', (zh, en) => {
    const skill = normalizeSkill(zh)?.id;
    expect(skill).toBeDefined();
    expect(normalizeSkill(en)?.id).toBe(skill);
    expect(ids(`${zh} ${en}`, { isSkillList: true })).toEqual([skill, skill]);
  });
});

describe('the seventeenth round: the service desk and the store', () => {
  it.each([
    ['MCSE', 'microsoft-server-certifications'],
    ['MCSA Windows Server', 'microsoft-server-certifications'],
    ['微软认证系统工程师', 'microsoft-server-certifications'],
    ['内存升级', 'it-support'],
    ['Hardware Upgrades', 'it-support'],
    ['Driver Installation', 'pc-configuration'],
    ['PXE装机', 'os-imaging'],
    ['MECM', 'windows-administration'],
    ['许可证管理', 'it-procurement'],
    ['User Access Management', 'account-provisioning'],
    ['Teams Rooms', 'meeting-room-av'],
    ['信息安全等级保护', 'security-compliance'],
    ['Wireless Networking', 'wireless-ap-deployment'],
    ['日清日结', 'cash-handling'],
    ['鲜度管理', 'date-checking'],
    ['要货计划', 'store-replenishment'],
    ['EAS防盗', 'security-tagging'],
    ['会员办卡', 'loyalty-card-operations'],
    ['穿搭建议', 'retail-sales'],
    ['钻石鉴定', 'gemology'],
    ['门店SOP', 'store-management'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a technician’s and a store manager’s description', () => {
    expect(prose('IT专员：负责硬盘更换与内存升级，通过PXE装机批量部署系统，做好许可证管理，持有MCSE认证。')).toEqual(
      expect.arrayContaining(['it-support', 'os-imaging', 'it-procurement', 'microsoft-server-certifications']),
    );
    expect(prose('Handled hardware upgrades and driver installation, managed devices in MECM and set up Teams Rooms.')).toEqual(
      expect.arrayContaining(['it-support', 'pc-configuration', 'windows-administration', 'meeting-room-av']),
    );
    expect(prose('店长：负责日清日结、临期处理和鲜度管理，制定要货计划，办理会员办卡，提供穿搭建议。')).toEqual(
      expect.arrayContaining(['cash-handling', 'date-checking', 'store-replenishment', 'loyalty-card-operations', 'retail-sales']),
    );
  });

  it('reads PXE, MTR, EAS, 生鲜 and 无线网络 in a list of skills only', () => {
    expect(ids('PXE、MTR、EAS、生鲜、无线网络', { isSkillList: true })).toEqual([
      'os-imaging',
      'meeting-room-av',
      'security-tagging',
      'fresh-food',
      'wireless-ap-deployment',
    ]);
    expect(prose('我们坐MTR去买生鲜。')).toEqual([]);
    expect(prose('The EAS gate was open.')).toEqual([]);
    expect(prose('无线网络很慢。')).toEqual([]);
  });
});

describe('the seventeenth round: the social worker, the salon and the farm', () => {
  it.each([
    ['失能评估', 'elderly-ability-assessment'],
    ['收养评估', 'social-work'],
    ['Logic Models', 'monitoring-evaluation'],
    ['Theory of Change', 'monitoring-evaluation'],
    ['变革理论', 'monitoring-evaluation'],
    ['皮肤护理', 'cosmetology'],
    ['Skin Fade', 'hair-cutting-colouring'],
    ['Beard Trim', 'hair-cutting-colouring'],
    ['疗程销售', 'beauty-membership-sales'],
    ['农药喷洒', 'crop-protection'],
    ['PA6A', 'safe-pesticide-use'],
    ['畜禽免疫接种', 'livestock-vaccination'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a social worker’s, a beautician’s and a farm technician’s description', () => {
    const zh = '社工：负责失能评估与收养评估。美容师：擅长皮肤护理，负责疗程销售。农技员：负责农药喷洒和畜禽免疫接种。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining([
        'elderly-ability-assessment',
        'social-work',
        'cosmetology',
        'beauty-membership-sales',
        'crop-protection',
        'livestock-vaccination',
      ]),
    );
    expect(prose('Wrote a theory of change and logic models, and cut skin fades and beard trims.')).toEqual(
      expect.arrayContaining(['monitoring-evaluation', 'hair-cutting-colouring']),
    );
  });

  it('reads their short and everyday words in a list of skills only', () => {
    expect(ids('Solution-focused、DASH、增能、升单、修剪、鱼苗', { isSkillList: true })).toEqual([
      'narrative-solution-focused',
      'domestic-abuse-support',
      'strengths-based-practice',
      'beauty-membership-sales',
      'fruit-tree-pruning',
      'aquaculture-fisheries',
    ]);
    expect(prose('A solution-focused professional.')).toEqual([]);
    expect(prose('修剪指甲。')).toEqual([]);
    expect(normalizeSkill('PA6')?.category).not.toBe('agriculture');
  });
});

describe('the seventeenth round: the clinic’s allied trades and the hardware bench', () => {
  it.each([
    ['数字IC设计', 'digital-ic-design'],
    ['数字前端', 'digital-ic-design'],
    ['RTL Design', 'digital-ic-design'],
    ['ASIC Design', 'digital-ic-design'],
    ['物理验证', 'physical-design'],
    ['Calibre DRC', 'physical-design'],
    ['反激电源', 'power-electronics'],
    ['LLC Resonant Converter', 'power-electronics'],
    ['阻抗匹配', 'rf-engineering'],
    ['Smith Chart', 'rf-engineering'],
    ['辐射发射', 'emc'],
    ['Surge Immunity', 'emc'],
    ['PCB打样', 'pcb-design'],
    ['以太网PHY', 'high-speed-interfaces'],
    ['椅旁配合', 'dentistry'],
    ['Dental Scaling', 'dentistry'],
    ['数字化印模', 'digital-dentistry'],
    ['视功能训练', 'optometry'],
    ['中低频治疗', 'physical-modalities'],
    ['Wheelchair Seating', 'physical-therapy'],
    ['听力测试', 'audiology'],
    ['Parasite Control', 'veterinary'],
    ['Anaesthesia Monitoring', 'anesthesia'],
    ['科室拜访', 'medical-sales'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a hardware engineer’s and a clinician’s description', () => {
    const zh = '硬件工程师：负责反激电源设计、阻抗匹配、辐射发射和传导发射整改、PCB打样；芯片工程师：负责数字前端设计，做物理验证。';
    expect(prose(zh)).toEqual(
      expect.arrayContaining(['power-electronics', 'rf-engineering', 'emc', 'pcb-design', 'digital-ic-design', 'physical-design']),
    );
    expect(
      prose('Designed flyback converters, tuned impedance matching on a Smith chart, and ran Calibre DRC on a digital IC design.'),
    ).toEqual(expect.arrayContaining(['power-electronics', 'rf-engineering', 'physical-design', 'digital-ic-design']));
    expect(prose('口腔护士：负责椅旁配合和口腔X光拍摄，做数字化印模；视光师：负责视功能训练。')).toEqual(
      expect.arrayContaining(['dentistry', 'digital-dentistry', 'optometry']),
    );
  });

  it('reads ASIC, Calibre, HDMI, Flyback and 涂氟 in a list of skills only, and 数字前端 as no web front end', () => {
    expect(ids('Verilog、ASIC、Calibre、HDMI、Flyback、涂氟', { isSkillList: true })).toEqual([
      'fpga',
      'digital-ic-design',
      'physical-design',
      'high-speed-interfaces',
      'power-electronics',
      'dentistry',
    ]);
    expect(ids('数字前端、Verilog', { isSkillList: true })).toEqual(['digital-ic-design', 'fpga']);
    expect(prose('We bought an ASIC miner.')).toEqual([]);
    expect(prose('Calibre is an e-book app.')).toEqual([]);
    expect(prose('Plug in the HDMI cable.')).toEqual([]);
  });
});

describe('the seventeenth round: the newsroom and the stage', () => {
  it.each([
    ['Copy Editing', 'editing'],
    ['专题报道', 'journalism'],
    ['微距摄影', 'photography'],
    ['Still Life Photography', 'photography'],
    ['舞台设计', 'stage-management'],
    ['Wirecast', 'live-production'],
  ])('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside an editor’s and a stage technician’s description, and their short words in a list only', () => {
    expect(prose('编辑：负责专题报道；摄影师：擅长微距摄影和静物摄影；负责舞台设计，使用Wirecast推流。')).toEqual(
      expect.arrayContaining(['journalism', 'photography', 'stage-management', 'live-production']),
    );
    expect(prose('Did copy editing for the features desk.')).toEqual(['editing']);
    expect(ids('编审、舞美、MA2、MA3', { isSkillList: true })).toEqual([
      'editing',
      'stage-management',
      'stage-lighting-rigging',
      'stage-lighting-rigging',
    ]);
    expect(prose('他在舞美队。')).toEqual([]);
    expect(prose('MA2 results were late.')).toEqual([]);
  });
});
