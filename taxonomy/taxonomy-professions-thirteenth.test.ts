/**
 * The eighteenth round (written blind): the network, the chip and the board (18a), the salon, the gym, the nursery and the care home (18b), the law firm, the compliance desk and the regulated plant (18c), the road, the air, the rail and the garage (18d), the public office and the non-profit (18e), the platform store, the live room and the sales floor (18f).
 * Each term is written from a recruiter's knowledge of the trade, not from the labelled resumes: one case per term added,
 * listed by the skill it names.
 */
import { describe, expect, it } from 'vitest';
import { normalizeSkill } from './taxonomy.ts';
import { ids, prose } from '../tests/support/skill-ids.ts';

/** One `[term, id]` case per term, from the terms listed under each skill. */
const cases = (table: [string, string[]][]) => table.flatMap(([id, terms]) => terms.map((term) => [term, id] as const));

describe('the eighteenth round: the network, the chip and the board', () => {
  it.each(
    cases([
      ['fpga', ['Xilinx FPGA', 'Altera FPGA', 'Intel FPGA', 'FPGA开发', 'FPGA设计', 'SignalTap', 'ChipScope', 'ILA调试', 'Vitis HLS']],
      ['fpga', ['Vivado HLS', 'HLS', 'High-Level Synthesis', '高层次综合']],
      ['pcb-design', ['Xpedition', 'Mentor Xpedition', 'PADS Logic', 'Allegro PCB', 'AD软件', 'Altium设计']],
      ['vivado', ['Vitis', 'Xilinx Vitis', 'Xilinx ISE', 'ISE', 'Xilinx SDK']],
      ['hardware-validation', ['硅后验证', '芯片验证(硅后)', 'Silicon Bring-up', 'Chip Bring-up', '芯片Bring-up']],
      ['smt', ['KIC', 'KIC炉温仪', '回流焊温度曲线', 'SPI检测', 'SPI锡膏检测', '富士NXT', '富士贴片机', '松下NPM', '松下贴片机']],
      ['smt', ['贴片机编程', '西门子贴片机', 'ASM贴片机', '雅马哈贴片机', '钢网开口设计']],
      ['emc', ['SI仿真', 'PI仿真', 'SIwave', 'Sigrity', 'Cadence Sigrity', '信号完整性仿真', 'Signal Integrity Simulation']],
      ['rf-engineering', ['CST Microwave Studio', 'CST Studio Suite', 'CST MWS', 'HFSS仿真', '天线仿真', 'Antenna Simulation']],
      ['test-instruments', ['矢量网络分析仪', '矢网', 'VNA测试', '是德', 'R&S仪表', '罗德与施瓦茨']],
      ['ic-verification', ['JasperGold', 'Cadence JasperGold', 'VC Formal', 'Xcelium', '数字IC验证', 'IC验证', 'SV', 'SVA']],
      ['ic-verification', ['SystemVerilog Assertions', '断言验证', '覆盖率驱动验证', 'Coverage-driven Verification', '验证环境搭建']],
      ['ic-verification', ['Testbench开发']],
      ['physical-design', ['DC综合', 'RTL Synthesis', 'Genus', 'Cadence Genus', '扫描链', 'Scan Chain', 'Scan Insertion', 'ATPG']],
      ['physical-design', ['MBIST', 'Memory BIST', 'Tessent', 'TetraMAX', 'DFT Compiler', '流片', 'Tape-out', 'Tapeout', 'Tape out']],
      ['physical-design', ['流片经验', 'GDSII', 'Signoff', '时序收敛', 'Timing Closure']],
      ['semiconductor-process', ['Lithography', 'Photo Lithography', '黄光', '黄光工艺', '光刻工艺', 'Litho', '光刻胶', 'Photoresist']],
      ['semiconductor-process', ['Fault Detection and Classification', 'FDC系统', 'Run-to-Run控制', '外延', 'Epitaxy', '扩散工艺']],
      ['semiconductor-process', ['Diffusion Process']],
      ['wireless-communications', ['4G LTE', 'LTE-A', 'LTE Advanced', 'NR', '5G新空口', '3GPP协议', '3GPP规范', '3GPP Standards']],
      ['ran-optimization', ['网络优化', '無線網絡優化', 'DT测试', 'CQT测试', 'DT/CQT测试', 'MR分析', 'MR数据分析', 'MR Analysis']],
      ['ran-optimization', ['测量报告分析', 'MDT分析', 'RF优化', '簇优化', 'Cluster Optimization', 'Nastar', '华为Nastar', 'NetMAX']],
      ['ran-optimization', ['ZTE NetMAX', '中兴NetMAX', '参数核查', 'Drive Test Analysis']],
      ['telecom-oss-nms', ['OMC', 'OMC-R', 'OMCR', 'OMC网管', 'iManager', '中兴网管', 'ZTE UME', 'UME网管', 'NetNumen U31']],
      ['fiber-optics', ['光时域反射仪', 'OTDR测试', '光纤熔接技术', 'Optical Fibre Splicing', '光纤测试']],
      ['serial-debugging', ['串口', '串口调试助手', 'SecureCRT串口', 'Serial Port Debugging']],
      ['neighbour-optimisation', ['PCI规划', 'PCI Planning', 'PCI优化', 'Neighbour Planning', 'Neighbor Planning']],
      ['semiconductor-testing', ['ATE测试', 'ATE Testing', 'Teradyne ATE', 'Advantest ATE', 'Advantest V93000', '泰瑞达', '爱德万']],
      ['semiconductor-testing', ['测试机台', 'DIB板']],
      ['digital-ic-design', ['跨时钟域', '跨时钟域处理', 'Clock Domain Crossing', 'CDC检查', 'CDC分析', 'SpyGlass', 'SpyGlass CDC']],
      ['digital-ic-design', ['SpyGlass Lint', 'RTL Lint', 'Lint检查']],
      ['ip-mpls-networks', ['IP/MPLS Networking', 'IP承载网与数通', 'MPLS', 'MPLS VPN', 'MPLS-TP', 'L3VPN', 'L2VPN', 'VPLS', 'EVPN']],
      ['ip-mpls-networks', ['BGP EVPN', 'SRv6', 'Segment Routing', 'SR-MPLS', 'SR-TE', 'IS-IS', 'ISIS', 'LDP', 'RSVP-TE', '数通']],
      ['ip-mpls-networks', ['数据通信(数通)', 'IP承载网', 'IP Backbone', '城域网', 'Metro Ethernet', 'IP/MPLS', 'VXLAN', 'SD-WAN']],
      ['ip-mpls-networks', ['BFD']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a network optimiser’s, a chip engineer’s and a production engineer’s description', () => {
    expect(
      prose(
        '网优工程师：负责5G NR和4G LTE网络优化，做DT测试与MR分析，用Nastar做簇优化和PCI规划；配置MPLS VPN、EVPN和SRv6，在U2020和OMC-R上处理告警。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'wireless-communications',
        'ran-optimization',
        'neighbour-optimisation',
        'ip-mpls-networks',
        'telecom-oss-nms',
      ]),
    );
    expect(
      prose(
        'Built UVM testbenches with SystemVerilog Assertions, ran JasperGold formal checks and SpyGlass CDC, inserted scan chains with Tessent ATPG and led two tape-outs; timing closure in PrimeTime.',
      ),
    ).toEqual(expect.arrayContaining(['ic-verification', 'digital-ic-design', 'physical-design']));
    expect(
      prose(
        '负责SMT产线：富士NXT和松下NPM贴片机编程，KIC炉温仪测回流焊温度曲线，SPI检测；晶圆厂黄光工艺与光刻胶管理；用光时域反射仪测试光纤。',
      ),
    ).toEqual(expect.arrayContaining(['smt', 'semiconductor-process', 'fiber-optics']));
  });

  it('reads NR, SV, HLS, ISE, 串口 and OMC in a list of skills only', () => {
    expect(ids('NR、SV、HLS、ISE、串口、OMC', { isSkillList: true })).toEqual([
      'wireless-communications',
      'ic-verification',
      'fpga',
      'vivado',
      'serial-debugging',
      'telecom-oss-nms',
    ]);
    expect(prose('The NR was late. We use ISE daily. 他在串口。')).toEqual([]);
  });
});

describe('the eighteenth round: the salon, the gym, the nursery and the care home', () => {
  it.each(
    cases([
      ['wound-care', ['褥疮护理', '褥疮处理']],
      ['banquet', ['婚礼督导', '婚礼统筹', '婚庆策划', '婚礼执行', '婚礼布置', '婚庆']],
      ['tourism', ['讲解', '导游讲解', '导游词', 'Blue Badge', 'Blue Badge Guide']],
      ['geriatric-care', ['协助用药', '喂药', '老人陪护', '阿尔茨海默症照护', '老年痴呆照护']],
      ['broadcasting', ['婚礼主持', '司仪', '婚礼司仪']],
      ['massage-therapy', ['瑞典式按摩', '瑞典按摩', '深层组织按摩', '热石按摩', '运动按摩', 'Shiatsu', '指压按摩', '足底反射']],
      ['massage-therapy', ['足底按摩', 'Prenatal Massage', '孕妇按摩']],
      ['obstetric-nursing', ['产妇护理', '月子护理', '产后陪护', 'Postpartum Doula', '婴儿护理']],
      ['patient-safety', ['褥疮预防', '压疮预防护理']],
      ['domestic-services', ['深度保洁', '整理收纳', '收纳师', '熨烫', '衣物熨烫', 'Ironing', '衣物护理', '衣物洗涤', '家电清洗']],
      ['domestic-services', ['油烟机清洗', '空调清洗', '家常菜', '家常菜制作', '做饭']],
      ['nursing-procedures', ['鼻饲护理', '鼻饲喂养']],
      ['pet-grooming', ['Fear Free', 'Fear Free Certified', 'Fear Free Certification', '猫咪美容', 'Hand Stripping', '手拔毛']],
      ['pet-grooming', ['宠物SPA', '宠物剪毛', 'Pet Sitting', 'Dog Walking', '遛狗', '宠物喂养']],
      ['fitness-certifications', ['ACE', 'ACE证书', 'NASM认证', 'ACE认证']],
      ['group-fitness', ['Group Classes', 'Group Fitness Classes', '团体课']],
      ['pilates-instruction', ['STOTT', 'BASI', 'Polestar', '普拉提核心床', '核心床', 'Cadillac', '凯迪拉克', 'Wunda Chair', '稳踏椅']],
      ['pilates-instruction', ['梯桶', 'Ladder Barrel', '普拉提器械']],
      ['hair-cutting-colouring', ['挑染', 'Perm', 'Perms', 'Japanese Straightening', 'Japanese Hair Straightening', 'Hair Rebonding']],
      ['hair-cutting-colouring', ['离子烫', '直发', '锡纸烫', '数码烫', '冷烫', '热烫', '陶瓷烫', 'Hair Bleaching', '剪发造型']],
      ['hair-cutting-colouring', ['Fade Haircut']],
      ['lash-brow', ['种植眉', '韩式种植眉', '眉毛种植', '睫毛烫', 'Lash Perm', '角蛋白睫毛']],
      ['facial-treatments', ['果酸焕肤', 'Glycolic Peel']],
      ['salon-management', ['Zenoti', '美业系统']],
      ['yoga-styles', ['艾扬格', 'Iyengar', '高温瑜伽', 'Bikram', 'Bikram Yoga', 'Kundalini', '昆达里尼', 'Restorative Yoga']],
      ['yoga-styles', ['修复瑜伽']],
      ['salon-appointment-booking', ['Booker', 'Square Appointments', '美团预约', '预约系统', 'Mindbody预约']],
      ['postpartum-meals', ['Postpartum Confinement Meals', '月子餐', '月子餐制作', '月子餐搭配', '月子营养餐', '产后营养餐']],
      ['postpartum-meals', ['Confinement Meals', 'Confinement Food', '催乳汤', '下奶汤']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a beautician’s, a maternity nurse’s and a trainer’s description', () => {
    expect(
      prose(
        '美容师：做果酸焕肤，擅长种植眉和睫毛烫；发型师：锡纸烫、离子烫、挑染；月嫂：产妇护理、月子餐制作、婴儿护理；家政：深度保洁、整理收纳、衣物熨烫。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'facial-treatments',
        'lash-brow',
        'hair-cutting-colouring',
        'obstetric-nursing',
        'postpartum-meals',
        'domestic-services',
      ]),
    );
    expect(
      prose(
        'Taught reformer classes on the Cadillac and Wunda Chair (STOTT and BASI trained), Iyengar and restorative yoga, Swedish massage and deep tissue massage; Fear Free certified dog walking; booked clients in Zenoti.',
      ),
    ).toEqual(expect.arrayContaining(['pilates-instruction', 'yoga-styles', 'massage-therapy', 'pet-grooming', 'salon-management']));
  });

  it('reads ACE, STOTT, 讲解, 婚庆, 预约系统 and Perm in a list of skills only', () => {
    expect(ids('ACE、STOTT、讲解、婚庆、预约系统、Perm', { isSkillList: true })).toEqual([
      'fitness-certifications',
      'pilates-instruction',
      'tourism',
      'banquet',
      'salon-appointment-booking',
      'hair-cutting-colouring',
    ]);
    expect(prose('The ACE was played. 他讲解得很好，Perm is a city.')).toEqual([]);
  });
});

describe('the eighteenth round: the law firm, the compliance desk and the regulated plant', () => {
  it.each(
    cases([
      ['compliance', ['AML/KYC', 'KYC/AML', 'AML/CFT', 'CFT', '反恐融资', '反恐怖融资', 'UBO', '受益所有人识别', '受益所有人']],
      ['compliance', ['Customer Risk Rating', '客户风险评级', '洗钱风险评估', 'ML/TF Risk Assessment', 'FATCA', 'FATCA/CRS', 'KYC审核']],
      ['compliance', ['KYC Onboarding']],
      ['data-privacy', ['个人信息保护法', '个保法', '《个人信息保护法》', 'CIPP/E', 'CIPP/US', 'CIPP', 'CIPM', 'CIPT', 'IAPP', 'CCPA']],
      ['data-privacy', ['CPRA', 'OneTrust', 'TrustArc', 'Cookie合规', 'Cookie Consent']],
      ['litigation', ['民商事诉讼', '民事诉讼代理', '执行案件', '执行程序']],
      ['legal-qualification', ['律师资格', '法考证书']],
      ['lexisnexis', ['律商联讯', 'Lexis Advance']],
      ['regulatory-affairs', ['IND申报', 'NDA申报', 'BLA', 'BLA申报', '临床试验申请', '新药申报', '上市申请', 'Veeva Vault RIM']],
      ['regulatory-affairs', ['Veeva RIM', 'RIM系统']],
      ['supplier-quality', ['供应商审计', '供应商现场审计']],
      ['patent-prosecution', ['PCT申请', 'PCT国际申请', 'PCT Applications', 'PCT Filing', '国际专利申请']],
      ['sanctions-screening', ['STR', 'Actimize', 'NICE Actimize', 'SAM Actimize', 'Mantas', 'Oracle Mantas', 'Oracle FCCM', 'SAS AML']],
      ['sanctions-screening', ['Napier', 'ComplyAdvantage', 'Fircosoft', 'Firco', 'LexisNexis Bridger', 'Bridger Insight']],
      ['sanctions-screening', ['LexisNexis WorldCompliance', 'Dow Jones Risk', 'Dow Jones Risk & Compliance', 'PEP筛查']],
      ['sanctions-screening', ['PEP Screening', 'Adverse Media', 'Adverse Media Screening', '负面新闻筛查', '名单筛查']],
      ['sanctions-screening', ['Name Screening', 'AML Transaction Monitoring', '反洗钱监测']],
      ['trade-compliance', ['归类', '海关归类', 'HS Classification']],
      ['legal-databases', ['Alpha系统', 'Alpha法律数据库']],
      ['pharma-qa', ['APR/PQR', '质量授权人', 'QP放行']],
      ['processing-trade', ['核销(加工贸易)']],
      ['case-filing', ['Court Filing', '立案材料']],
      ['privacy-impact-assessment', ['个人信息保护影响评估', 'PIPIA']],
      ['dmf', ['原辅包登记', '原辅包关联审评', 'Drug Master Files']],
      ['fda-483', ['Warning Letter', 'FDA Warning Letter', '警告信', 'FDA警告信']],
      ['fat-sat', ['FAT/SAT']],
      ['dsar-handling', ['Records of Processing', '处理活动记录']],
      ['estate-administration', ['遗产继承', '遗嘱', '遗嘱起草', 'Will Drafting', 'Wills and Estates', '遗嘱继承']],
      ['legal-ai-tools', ['Legal AI and Contract Analysis Tools', '法律科技工具', 'Legal Tech', 'LegalTech', '法律科技', 'Kira']],
      ['legal-ai-tools', ['Kira Systems', 'Luminance', 'Harvey AI', 'Harvey', 'Spellbook', 'CoCounsel', 'Casetext']],
      ['legal-ai-tools', ['Contract Analysis Software', 'AI Contract Review', 'AI合同审查', '智能合同审查', '法律AI']],
    ]),
  )('reads %s as %s', (text, id) => {
    expect(normalizeSkill(text)?.id).toBe(id);
  });

  it('finds them inside a lawyer’s, a compliance officer’s and a regulatory specialist’s description', () => {
    expect(
      prose(
        '律师：代理民商事诉讼和执行案件，办理PCT国际申请；合规：负责AML/KYC、客户风险评级和受益所有人识别，用Actimize做交易监控、用Fircosoft做PEP筛查；落实个人信息保护法，完成个人信息保护影响评估；IND申报和BLA申报，原辅包登记，供应商审计，HS归类，用律商联讯检索。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'litigation',
        'patent-prosecution',
        'compliance',
        'sanctions-screening',
        'data-privacy',
        'privacy-impact-assessment',
        'regulatory-affairs',
        'dmf',
        'supplier-quality',
        'trade-compliance',
        'lexisnexis',
      ]),
    );
    expect(
      prose(
        'Ran adverse media screening and name screening in LexisNexis Bridger, held CIPP/E and CIPM, rolled out OneTrust for CCPA, used Kira Systems and Harvey AI for AI contract review, answered an FDA warning letter.',
      ),
    ).toEqual(expect.arrayContaining(['sanctions-screening', 'data-privacy', 'legal-ai-tools', 'fda-483']));
  });

  it('reads STR, CFT, UBO, BLA, 归类, Kira, Harvey, 警告信 and 遗嘱 in a list of skills only', () => {
    expect(ids('STR、CFT、UBO、BLA、归类、Kira、Harvey、警告信、遗嘱', { isSkillList: true })).toEqual([
      'sanctions-screening',
      'compliance',
      'compliance',
      'regulatory-affairs',
      'trade-compliance',
      'legal-ai-tools',
      'legal-ai-tools',
      'fda-483',
      'estate-administration',
    ]);
    expect(prose('Harvey and Kira met at the STR depot. 他写了遗嘱。')).toEqual([]);
  });
});

describe('the eighteenth round: the road, the air, the rail and the garage', () => {
  it.each(
    cases([
      ['driving-licence', ['A2驾驶证', 'B2驾驶证', 'A1驾驶证', 'A2照', 'B2照', 'A照', 'B照', '大货车驾照', '大客车驾照', '牵引车驾照']],
      ['driving-licence', ['C+E', 'Class C+E']],
      ['rail-operations', ['Signalling', 'Signaling']],
      ['automotive-repair', ['钣金喷漆', 'Collision Repair', 'Panel Beating', 'Automotive Diagnostics', 'Car Diagnostics', '诊断仪']],
      ['automotive-repair', ['元征', '元征X431', 'Launch X431', 'Autel', '道通诊断仪', 'Snap-on', 'Snap-on诊断', '发动机维修']],
      ['automotive-repair', ['变速箱维修', '三电系统', '三电维修', '电池包维修', 'ADAS标定', 'ADAS Calibration', '事故车维修']],
      ['dangerous-goods', ['危险品运输从业资格证', '危货从业资格证', '危险品驾驶员证']],
      ['heavy-vehicle-driving', ['长途运输', 'Long Haul', 'Long Haul Trucking', 'OTR Driving', 'Over-the-road']],
      ['public-transport-operations', ['客运值班', '车站值班']],
      ['train-driving', ['动车组驾驶', '高铁驾驶', '电客车驾驶']],
      ['railway-signalling-maintenance', ['信号设备维护', 'Signal Maintenance']],
      ['fleet-telematics', ['车载GPS', '车载定位']],
      ['transport-safety-compliance', ['HOS', 'DOT Regulations', 'FMCSA Regulations']],
      ['pilot-licences', ['机型执照', '机型签注', 'Type Rating A320', 'Type Rating B737', 'Aircraft Type Rating', 'A320机型']],
      ['pilot-licences', ['B737机型']],
      ['aviation-maintenance-regulations', ['B1/B2', 'B1/B2执照', 'B1/B2 Licence', 'B1/B2 License', 'CAAC 66部', 'Part 66']],
      ['aviation-maintenance-regulations', ['Part-66 Licence', '66部执照', '维修人员执照']],
      ['computer-interlocking', ['联锁', 'Railway Interlocking']],
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
      ['property-sales', ['房客源', '房客源维护', 'VR带看', '新房', '一手房', '房源录入', '贝壳A+系统', 'A+系统']],
      ['auto-dealership', ['汽车精品', '衍生业务', '汽车衍生业务', '金融方案', '汽车金融方案', '金融分期方案', 'DMS系统']],
      ['insurance-sales', ['MDRT', '百万圆桌', 'MDRT会员']],
      ['mega-sale-preparation', ['双十一大促', '双12大促']],
      ['amazon-seller-tools', ['Sorftime', 'SIF', 'SIF关键词工具']],
      ['amazon-vine', ['Vine', 'Amazon Vine Program']],
      ['helpdesk-tools', ['Kustomer']],
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
});
