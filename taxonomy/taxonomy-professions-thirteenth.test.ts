/**
 * The eighteenth round (written blind): the network, the chip and the board (18a), the salon, the gym, the nursery and
 * the care home (18b), the law firm, the compliance desk and the regulated plant (18c). Each term is written from a
 * recruiter's knowledge of the trade, not from the labelled resumes: one case per term added, listed by the skill it
 * names.
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
      ['pcb-design', ['Xpedition', 'Mentor Xpedition', 'PADS Logic', 'Allegro PCB', 'AD软件', 'Altium设计', 'Altium 365']],
      ['vivado', ['Vitis', 'Xilinx Vitis', 'Xilinx ISE', 'ISE', 'Xilinx SDK']],
      ['hardware-validation', ['硅后验证', '芯片验证(硅后)', 'Silicon Bring-up', 'Chip Bring-up', '芯片Bring-up']],
      ['smt', ['KIC', 'KIC炉温仪', '回流焊温度曲线', 'SPI检测', 'SPI锡膏检测', '富士NXT', '富士贴片机', '松下NPM', '松下贴片机']],
      ['smt', ['贴片机编程', '西门子贴片机', 'ASM贴片机', '雅马哈贴片机', '钢网开口设计']],
      ['emc', ['SI仿真', 'PI仿真', 'SIwave', 'Sigrity', 'Cadence Sigrity', '信号完整性仿真', 'Signal Integrity Simulation']],
      ['rf-engineering', ['CST Microwave Studio', 'CST Studio Suite', 'CST MWS', 'HFSS仿真', '天线仿真', 'Antenna Simulation']],
      ['test-instruments', ['矢量网络分析仪', '矢网', 'VNA测试', '是德', 'R&S仪表', '罗德与施瓦茨']],
      ['ic-verification', ['JasperGold', 'Cadence JasperGold', 'VC Formal', 'Xcelium', '数字IC验证', 'IC验证', 'SV', 'SVA']],
      ['ic-verification', ['SystemVerilog Assertions', '断言验证', '覆盖率驱动验证', 'Coverage-driven Verification', '验证环境搭建']],
      ['ic-verification', ['Testbench开发', 'SoC验证', 'IP验证', 'UVM验证', '模块级验证', 'VIP', 'Verification IP', 'AHB', 'APB']],
      ['ic-verification', ['AMBA总线', 'Cocotb', 'Verilator', 'Palladium', 'Cadence Palladium', 'Zebu', 'Synopsys ZeBu', 'HAPS']],
      ['ic-verification', ['硬件仿真加速', 'Hardware Emulation', 'Emulation', '原型验证', 'FPGA原型验证', 'FPGA Prototyping']],
      ['physical-design', ['DC综合', 'RTL Synthesis', 'Genus', 'Cadence Genus', '扫描链', 'Scan Chain', 'Scan Insertion', 'ATPG']],
      ['physical-design', ['MBIST', 'Memory BIST', 'Tessent', 'TetraMAX', 'DFT Compiler', '流片', 'Tape-out', 'Tapeout', 'Tape out']],
      ['physical-design', ['流片经验', 'GDSII', 'Signoff', '时序收敛', 'Timing Closure', 'Formality', 'Conformal', 'Conformal LEC']],
      ['physical-design', ['LEC', '等价性检查', '形式等价性验证', 'Equivalence Checking', 'Logic Equivalence Checking', 'StarRC']],
      ['physical-design', ['Calibre PEX', '寄生参数提取', 'Parasitic Extraction', 'Redhawk', 'Voltus', 'Tempus', 'IR Drop']],
      ['physical-design', ['IR Drop分析', 'EM/IR']],
      ['semiconductor-process', ['Lithography', 'Photo Lithography', '黄光', '黄光工艺', '光刻工艺', 'Litho', '光刻胶', 'Photoresist']],
      ['semiconductor-process', ['Fault Detection and Classification', 'FDC系统', 'Run-to-Run控制', '外延', 'Epitaxy', '扩散工艺']],
      ['semiconductor-process', ['Diffusion Process', '良率管理系统', 'Exensio', 'PDF Exensio', 'Optical Proximity Correction']],
      ['semiconductor-process', ['OPC修正', '光学邻近修正']],
      ['wireless-communications', ['4G LTE', 'LTE-A', 'LTE Advanced', 'NR', '5G新空口', '3GPP协议', '3GPP规范', '3GPP Standards', 'RRC']],
      ['wireless-communications', ['PRACH', '波束管理', 'Beam Management']],
      ['ran-optimization', ['网络优化', '無線網絡優化', 'DT测试', 'CQT测试', 'DT/CQT测试', 'MR分析', 'MR数据分析', 'MR Analysis']],
      ['ran-optimization', ['测量报告分析', 'MDT分析', 'RF优化', '簇优化', 'Cluster Optimization', 'Nastar', '华为Nastar', 'NetMAX']],
      ['ran-optimization', ['ZTE NetMAX', '中兴NetMAX', '参数核查', 'Drive Test Analysis', 'Walk Test', 'Walk Testing', '切换优化']],
      ['ran-optimization', ['Handover Optimization', 'Handover Optimisation', 'Counter分析', '话统Counter分析', '信令跟踪']],
      ['telecom-oss-nms', ['OMC', 'OMC-R', 'OMCR', 'OMC网管', 'iManager', '中兴网管', 'ZTE UME', 'UME网管', 'NetNumen U31']],
      ['fiber-optics', ['光时域反射仪', 'OTDR测试', '光纤熔接技术', 'Optical Fibre Splicing', '光纤测试']],
      ['serial-debugging', ['串口', '串口调试助手', 'SecureCRT串口', 'Serial Port Debugging']],
      ['neighbour-optimisation', ['PCI规划', 'PCI Planning', 'PCI优化', 'Neighbour Planning', 'Neighbor Planning']],
      ['semiconductor-testing', ['ATE测试', 'ATE Testing', 'Teradyne ATE', 'Advantest ATE', 'Advantest V93000', '泰瑞达', '爱德万']],
      ['semiconductor-testing', ['测试机台', 'DIB板', '探针台', 'Probe Station', '参数测试(晶圆)']],
      ['digital-ic-design', ['跨时钟域', '跨时钟域处理', 'Clock Domain Crossing', 'CDC检查', 'CDC分析', 'SpyGlass', 'SpyGlass CDC']],
      ['digital-ic-design', ['SpyGlass Lint', 'RTL Lint', 'Lint检查', 'Chisel', 'SpinalHDL', 'AXI总线设计']],
      ['ip-mpls-networks', ['IP/MPLS Networking', 'IP承载网与数通', 'MPLS', 'MPLS VPN', 'MPLS-TP', 'L3VPN', 'L2VPN', 'VPLS', 'EVPN']],
      ['ip-mpls-networks', ['BGP EVPN', 'SRv6', 'Segment Routing', 'SR-MPLS', 'SR-TE', 'IS-IS', 'ISIS', 'LDP', 'RSVP-TE', '数通']],
      ['ip-mpls-networks', ['数据通信(数通)', 'IP承载网', 'IP Backbone', '城域网', 'Metro Ethernet', 'IP/MPLS', 'VXLAN', 'SD-WAN']],
      ['ip-mpls-networks', ['BFD']],
      ['mes', ['Camstar', 'Siemens Opcenter', 'SiView', 'PROMIS', 'FactoryWorks']],
      ['reliability-engineering', ['温度循环', '温循', '温循测试', 'Temperature Cycling', 'Thermal Cycling', 'HAST']],
      ['failure-analysis', ['FIB', 'Focused Ion Beam', 'EMMI', 'OBIRCH', 'Decap', '开封']],
      ['electronics-soldering', ['烙铁', 'BGA焊接']],
      ['low-power-design', ['PrimePower', '功耗分析(芯片)']],
      ['ran-planning', ['Planet']],
      ['base-station', ['华为基站', '中兴基站', '爱立信基站']],
      ['core-network', ['IMS', 'IMS核心网', 'IP Multimedia Subsystem']],
      ['network-cutover', ['传输割接', '光缆割接', '割接方案']],
      ['lcr-meters', ['LCR']],
      ['wireless-certification-testing', ['CE RED', 'RED认证', 'Wireless Certification', 'FCC ID认证']],
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

  it('reads the verification, back-end and failure-analysis tools in a description, and their short words in a list only', () => {
    expect(
      prose(
        '芯片验证：SoC验证和UVM验证，用Palladium做硬件仿真加速，Formality做等价性检查，StarRC提取寄生参数，Redhawk做IR Drop分析；失效分析用EMMI和OBIRCH；MES用Camstar。',
      ),
    ).toEqual(expect.arrayContaining(['ic-verification', 'physical-design', 'failure-analysis', 'mes']));
    expect(ids('RRC、IMS、Planet、LEC、VIP、Chisel、温循、LCR、FIB、PROMIS', { isSkillList: true })).toEqual([
      'wireless-communications',
      'core-network',
      'ran-planning',
      'physical-design',
      'ic-verification',
      'digital-ic-design',
      'reliability-engineering',
      'lcr-meters',
      'failure-analysis',
      'mes',
    ]);
    expect(prose('Our VIP guests saw the planet; the chisel and the FIB were on the table; IMS audit passed.')).toEqual([]);
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
      ['obstetric-nursing', ['产妇护理', '月子护理', '产后陪护', 'Postpartum Doula', '婴儿护理', '通乳', '开奶', '婴儿按摩', '抚触']],
      ['obstetric-nursing', ['Baby Massage']],
      ['patient-safety', ['褥疮预防', '压疮预防护理']],
      ['domestic-services', ['深度保洁', '整理收纳', '收纳师', '熨烫', '衣物熨烫', 'Ironing', '衣物护理', '衣物洗涤', '家电清洗']],
      ['domestic-services', ['油烟机清洗', '空调清洗', '家常菜', '家常菜制作']],
      ['nursing-procedures', ['鼻饲护理', '鼻饲喂养']],
      ['pet-grooming', ['Fear Free', 'Fear Free Certified', 'Fear Free Certification', '猫咪美容', 'Hand Stripping', '手拔毛']],
      ['pet-grooming', ['宠物SPA', '宠物剪毛', 'Pet Sitting', 'Dog Walking', '遛狗', '宠物喂养']],
      ['fitness-certifications', ['ACE', 'ACE证书', 'NASM认证', 'ACE认证']],
      ['group-fitness', ['Group Classes', 'Group Fitness Classes', '团体课']],
      ['pilates-instruction', ['STOTT', 'BASI', 'Polestar', '普拉提核心床', '核心床', 'Cadillac', '凯迪拉克', 'Wunda Chair', '稳踏椅']],
      ['pilates-instruction', ['梯桶', 'Ladder Barrel', '普拉提器械']],
      ['hair-cutting-colouring', ['挑染', 'Perm', 'Perms', 'Japanese Straightening', 'Japanese Hair Straightening', 'Hair Rebonding']],
      ['hair-cutting-colouring', ['离子烫', '直发', '锡纸烫', '数码烫', '冷烫', '热烫', '陶瓷烫', 'Hair Bleaching', '剪发造型']],
      ['hair-cutting-colouring', ['Fade Haircut', '男士油头', '渐变油头', '剃须', '胡须造型', '修胡须', '染膏调配', 'Toners']],
      ['hair-cutting-colouring', ['Hair Toning', 'Foilyage', 'Ombre', 'Ombré', 'Bob Cut', '层次剪', '层次剪发']],
      ['lash-brow', ['种植眉', '韩式种植眉', '眉毛种植', '睫毛烫', 'Lash Perm', '角蛋白睫毛']],
      ['facial-treatments', ['果酸焕肤', 'Glycolic Peel', '皮肤管理项目', '小气泡清洁']],
      ['salon-management', ['Zenoti', '美业系统', '美容院拓客']],
      ['yoga-styles', ['艾扬格', 'Iyengar', '高温瑜伽', 'Bikram', 'Bikram Yoga', 'Kundalini', '昆达里尼', 'Restorative Yoga']],
      ['yoga-styles', ['修复瑜伽']],
      ['salon-appointment-booking', ['Booker', 'Square Appointments', '美团预约', '预约系统', 'Mindbody预约']],
      ['postpartum-meals', ['Postpartum Confinement Meals', '月子餐', '月子餐制作', '月子餐搭配', '月子营养餐', '产后营养餐']],
      ['postpartum-meals', ['Confinement Meals', 'Confinement Food', '催乳汤', '下奶汤']],
      ['early-childhood-education', ['早期教育', 'CACHE', 'Level 3 Diploma in Childcare']],
      ['pediatric-nursing', ['婴儿洗澡', '新生儿洗澡', '脐带护理', '黄疸观察']],
      ['childcare', ['辅食添加', '睡眠训练', '婴儿睡眠引导', '幼儿照护', 'Sleep Training']],
      ['patient-moving-handling', ['Moving and Positioning', '移位', '移位技术', '轮椅转移', '床椅转移']],
      ['pelvic-floor-rehab', ['产后恢复', '盆底肌修复', '腹直肌修复', '骨盆修复']],
      ['acne-treatment', ['痘痘肌护理', '敏感肌修复']],
      ['body-contouring', ['体雕', '减肥塑形', '身体雕塑']],
      ['beauty-membership-sales', ['会员卡销售', '卡项销售']],
      ['care-home-management', ['Care Home Management', '养老机构管理', '养老院管理', '养老院运营', '养老机构运营']],
      ['care-home-management', ['Nursing Home Administration', 'Residential Care Management', '护理院管理', 'CQC Registered Manager']],
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

  it('reads the maternity nurse’s, the barber’s and the care home’s words in a description, and their short words in a list only', () => {
    expect(
      prose(
        '月嫂：通乳、开奶、婴儿洗澡、脐带护理、黄疸观察、辅食添加和睡眠训练；产后恢复：盆底肌修复、腹直肌修复；理发师：渐变油头、剃须；美容师：痘痘肌护理、小气泡清洁，卡项销售；护理员：轮椅转移；院长：养老院运营。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'obstetric-nursing',
        'pediatric-nursing',
        'childcare',
        'pelvic-floor-rehab',
        'hair-cutting-colouring',
        'acne-treatment',
        'facial-treatments',
        'beauty-membership-sales',
        'patient-moving-handling',
        'care-home-management',
      ]),
    );
    expect(ids('Ombre、Toners、抚触、CACHE、移位', { isSkillList: true })).toEqual([
      'hair-cutting-colouring',
      'hair-cutting-colouring',
      'obstetric-nursing',
      'early-childhood-education',
      'patient-moving-handling',
    ]);
    expect(prose('The ombre sky; toners for the printer. 他移位了。')).toEqual([]);
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
      ['regulatory-affairs', ['Veeva RIM', 'RIM系统', '进口药品注册', '技术审评', '发补', '发补回复', '补充资料回复', '审评沟通']],
      ['regulatory-affairs', ['沟通交流会议', 'Pre-IND', 'Pre-IND Meeting', 'Pre-IND会议', 'EOP2', 'End-of-Phase 2 Meeting', '孤儿药']],
      ['regulatory-affairs', ['孤儿药认定', 'Orphan Drug Designation', '突破性疗法', '突破性疗法认定']],
      ['regulatory-affairs', ['Breakthrough Therapy Designation', '优先审评', 'Priority Review', '注册标准']],
      ['supplier-quality', ['供应商审计', '供应商现场审计']],
      ['patent-prosecution', ['PCT申请', 'PCT国际申请', 'PCT Applications', 'PCT Filing', '国际专利申请']],
      ['sanctions-screening', ['STR', 'Actimize', 'NICE Actimize', 'SAM Actimize', 'Mantas', 'Oracle Mantas', 'Oracle FCCM', 'SAS AML']],
      ['sanctions-screening', ['Napier', 'ComplyAdvantage', 'Fircosoft', 'Firco', 'LexisNexis Bridger', 'Bridger Insight']],
      ['sanctions-screening', ['LexisNexis WorldCompliance', 'Dow Jones Risk', 'Dow Jones Risk & Compliance', 'PEP筛查']],
      ['sanctions-screening', ['PEP Screening', 'Adverse Media', 'Adverse Media Screening', '负面新闻筛查', '名单筛查']],
      ['sanctions-screening', ['Name Screening', 'AML Transaction Monitoring', '反洗钱监测']],
      ['trade-compliance', ['海关归类', 'HS Classification', '海关稽查', 'AEO高级认证', '海关核查']],
      ['legal-databases', ['Alpha系统', 'Alpha法律数据库']],
      ['pharma-qa', ['APR/PQR', '质量授权人', 'QP放行', '验证主计划', 'VMP']],
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
      ['veeva-vault', ['Veeva QMS']],
      ['customs-clearance', ['H2018', 'H2018报关系统', 'H2018系统']],
      ['international-tax', ['国际税收']],
      ['good-documentation-practice', ['Audit Trail']],
      ['csv-validation', ['电子签名', '电子记录与电子签名', 'Electronic Signatures']],
      ['process-validation', ['厂房设施验证', '公用系统验证']],
      ['medical-device-regulations', ['医疗器械备案', 'UKCA', 'UKCA Marking', 'De Novo', 'De Novo申请']],
      ['pharma-manufacturing', ['无菌工艺模拟']],
      ['post-market-surveillance', ['Medical Device Vigilance', '器械警戒']],
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

  it('reads STR, CFT, UBO, BLA, Kira, Harvey, 警告信 and 遗嘱 in a list of skills only', () => {
    expect(ids('STR、CFT、UBO、BLA、Kira、Harvey、警告信、遗嘱', { isSkillList: true })).toEqual([
      'sanctions-screening',
      'compliance',
      'compliance',
      'regulatory-affairs',
      'legal-ai-tools',
      'legal-ai-tools',
      'fda-483',
      'estate-administration',
    ]);
    expect(prose('Harvey and Kira met at the STR depot. 他写了遗嘱。')).toEqual([]);
  });

  it('reads the registration, validation, customs and tax words in a description, and their short words in a list only', () => {
    expect(
      prose(
        '注册专员：负责进口药品注册、发补回复和Pre-IND会议，申请孤儿药认定和突破性疗法认定；编写验证主计划，做厂房设施验证和无菌工艺模拟，审计追踪审核；医疗器械备案、UKCA和De Novo；使用H2018报关系统，应对海关稽查；国际税收。',
      ),
    ).toEqual(
      expect.arrayContaining([
        'regulatory-affairs',
        'pharma-qa',
        'process-validation',
        'pharma-manufacturing',
        'good-documentation-practice',
        'medical-device-regulations',
        'customs-clearance',
        'trade-compliance',
        'international-tax',
      ]),
    );
    expect(ids('VMP、发补、EOP2、H2018', { isSkillList: true })).toEqual([
      'pharma-qa',
      'regulatory-affairs',
      'regulatory-affairs',
      'customs-clearance',
    ]);
    expect(prose('The VMP was on leave; EOP2 is a codename.')).toEqual([]);
  });
});
