/**
 * A blind stress set for experience entries: work-experience sections as real resumes from many countries, trades and
 * levels write them, written before the parser's title and company code was read (so it measures the parser, not the
 * other way round). Each case is a section (its heading and an entry's lines, a description line or bullet included)
 * and the company and title a recruiter would note from it, as written there (compared like the labelled set: no
 * case, spaces or punctuation).
 *
 * Decisions:
 * - A title is the role as the line writes it, with its level, grade and unit ("Band 6 Staff Nurse", "Senior
 *   Associate, Corporate M&A", "Lecturer, Department of Economics", "高级Java开发工程师"), with a bracket that says
 *   what the role is ("实习生（产品方向）", "Junior Doctor (FY2)", "品质检验员（QC）"), with a shift the role is held
 *   on ("Team Leader – Night Shift"), and with a freelance or part-time word written as part of it ("Freelance
 *   Photographer", "兼职骑手").
 * - An arrangement written in brackets beside the title ("(Maternity cover)", "(Contract)", "(Part-time)",
 *   "(self-employed)", "（兼职）") is no company. (Re-decided in the parser's twelfth round, to the labelled set's
 *   reading: a note of how the role was held written right after the title is kept with it, "短视频剪辑师（兼职）",
 *   "Package Handler (Part-time)", as every dev resume's labeller writes it.)
 * - A company is the employer as written, legal suffix and brackets included ("博世汽车部件（苏州）有限公司",
 *   "Shoprite Checkers (Pty) Ltd", "香港电讯 HKT"), without the city, region or country written beside it ("Acme
 *   Ltd, Leeds, UK" is "Acme Ltd"). "Self-employed" or "自由职业" written where the employer goes is the company.
 * - A description sentence, a tool list, a location, an achievement, a salary or a reason for leaving is no title.
 */
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { AMERICAN_ENTRIES, BRITISH_AND_IRISH_ENTRIES, CANADIAN_AND_OCEANIAN_ENTRIES } from './titles-worldwide-english.ts';

export interface EntryCase {
  /** The experience section: a heading and its lines. */
  section: string;
  /** Each entry the section holds, in order: its company and its title (null: none written). */
  entries: { company: string | null; title: string | null }[];
}

const e = (section: string, company: string | null, title: string | null): EntryCase => ({
  section,
  entries: [{ company, title }],
});

export const CHINESE_ENTRIES: EntryCase[] = [
  e(
    '工作经历\n2019.07-至今  阿里巴巴（中国）有限公司  高级Java开发工程师\n负责交易链路核心服务的设计与开发。',
    '阿里巴巴（中国）有限公司',
    '高级Java开发工程师',
  ),
  e(
    '工作经历\n2016.03-2020.05  博世汽车部件（苏州）有限公司  CNC 操作工\n负责数控车床的操作、首件检验及日常保养。',
    '博世汽车部件（苏州）有限公司',
    'CNC 操作工',
  ),
  e(
    '工作经历\n2018.06-2021.09  屈臣氏个人用品商店有限公司  店长助理\n协助店长完成排班、订货和库存盘点。',
    '屈臣氏个人用品商店有限公司',
    '店长助理',
  ),
  e('工作经历\n2015.01-至今  深圳市华强实业有限公司  副总经理\n分管销售与供应链，带领团队80人。', '深圳市华强实业有限公司', '副总经理'),
  e('工作经历\n2010.07-至今  复旦大学附属中山医院  主管护师\n负责心内科病房护理工作及新护士带教。', '复旦大学附属中山医院', '主管护师'),
  e('工作经历\n2012.09-至今  杭州市学军小学  一级教师\n担任三年级语文教学及班主任工作。', '杭州市学军小学', '一级教师'),
  e('实习经历\n2022.07-2022.09  字节跳动  实习生（产品方向）\n参与抖音电商商家后台的需求调研。', '字节跳动', '实习生（产品方向）'),
  e('工作经历\n2020.03-2021.02  美团  兼职骑手\n负责区域内外卖配送，日均40单。', '美团', '兼职骑手'),
  e('工作经历\n2017.05-2019.12  顺丰速运有限公司  仓库管理员\n负责货物出入库、库位管理和月度盘点。', '顺丰速运有限公司', '仓库管理员'),
  e(
    '工作经历\n2014.03-2018.08  中国建筑第八工程局有限公司  施工员\n负责现场施工进度、质量与安全管理。',
    '中国建筑第八工程局有限公司',
    '施工员',
  ),
  e('工作经历\n2019.09-至今  海底捞餐饮股份有限公司  大堂经理\n负责门店前厅运营及顾客投诉处理。', '海底捞餐饮股份有限公司', '大堂经理'),
  e(
    '工作经历\n2016.07-2019.06  中国工商银行股份有限公司北京分行  客户经理\n负责对公客户营销与维护。',
    '中国工商银行股份有限公司北京分行',
    '客户经理',
  ),
  e('工作经历\n2018.03-至今  北京市金杜律师事务所  律师助理\n协助律师完成尽职调查及合同审查。', '北京市金杜律师事务所', '律师助理'),
  e('工作经历\n2015.07-2020.12  普华永道中天会计师事务所  高级审计师\n负责制造业客户年报审计。', '普华永道中天会计师事务所', '高级审计师'),
  e(
    '工作经历\n2020.01-至今  上海米哈游网络科技股份有限公司  UI设计师\n负责游戏界面与图标设计。',
    '上海米哈游网络科技股份有限公司',
    'UI设计师',
  ),
  e('工作经历\n2011.07-2016.06  中国科学院自动化研究所  助理研究员\n从事模式识别方向研究。', '中国科学院自动化研究所', '助理研究员'),
  e('工作经历\n2008.09-2014.06  中国人民解放军某部  排长\n负责全排日常训练与管理。', '中国人民解放军某部', '排长'),
  e('工作经历\n2016.07-至今  南京市鼓楼区人民政府办公室  科员\n负责公文起草、会议组织。', '南京市鼓楼区人民政府办公室', '科员'),
  e('工作经历\n2019.04-至今  自由职业  平面设计师\n为多家餐饮品牌提供VI设计。', '自由职业', '平面设计师'),
  e('工作经历\n2018.01-2020.06  京东物流  配送站站长\n管理配送员30名，负责站点时效。', '京东物流', '配送站站长'),
  e('工作经历\n2017.09-2019.08  富士康科技集团  品质检验员（QC）\n负责来料检验与不良品统计。', '富士康科技集团', '品质检验员（QC）'),
  e('工作经历\n2015.03-2018.02  上海希尔顿酒店  前台接待\n负责入住与退房办理。', '上海希尔顿酒店', '前台接待'),
  e('工作经历\n2019.06-至今  万科物业服务股份有限公司  物业管家\n负责300户业主的日常服务。', '万科物业服务股份有限公司', '物业管家'),
  e('工作经历\n2016.09-至今  北京新东方学校  雅思口语讲师\n累计授课2000课时。', '北京新东方学校', '雅思口语讲师'),
  e('工作经历\n2013.07-2017.05  华为技术有限公司  硬件测试工程师\n负责基站单板的功能与可靠性测试。', '华为技术有限公司', '硬件测试工程师'),
  e('工作经历\n2020.07-至今  腾讯科技（深圳）有限公司  产品经理\n负责微信支付商户端产品规划。', '腾讯科技（深圳）有限公司', '产品经理'),
  e(
    '工作经历\n2012.03-2019.10  深圳迈瑞生物医疗电子股份有限公司  销售代表\n负责华南区三甲医院监护仪销售。',
    '深圳迈瑞生物医疗电子股份有限公司',
    '销售代表',
  ),
  e(
    '工作经历\n公司名称：上海汽车集团股份有限公司\n职位：采购专员\n时间：2016.07-2019.08\n负责零部件采购与供应商管理。',
    '上海汽车集团股份有限公司',
    '采购专员',
  ),
  e('工作经历\n2019.03 - 2021.12\n小米科技有限责任公司\n数据分析师\n负责用户增长数据分析。', '小米科技有限责任公司', '数据分析师'),
  e('工作经历\n2014.07-2018.06  北京协和医院  住院医师\n负责普通内科病房的诊疗工作。', '北京协和医院', '住院医师'),
  e('工作经历\n2018.09-至今  成都七中  高中数学教师\n担任高二两个班的数学教学。', '成都七中', '高中数学教师'),
  e('工作经历\n2015.06-2017.09  星巴克（中国）  咖啡师\n负责饮品制作与门店清洁。', '星巴克（中国）', '咖啡师'),
  e('工作经历\n2017.10-至今  中通快递  快递员\n负责片区快件的收派。', '中通快递', '快递员'),
  e('工作经历\n2011.03-2016.12  三一重工股份有限公司  焊工\n负责挖掘机结构件的焊接。', '三一重工股份有限公司', '焊工'),
  e('工作经历\n2016.01-至今  上海链家房地产经纪有限公司  置业顾问\n累计成交二手房80余套。', '上海链家房地产经纪有限公司', '置业顾问'),
  e(
    '工作经历\n2014.09-2019.07  中国平安人寿保险股份有限公司  保险代理人\n• 连续三年获得MDRT会员资格。',
    '中国平安人寿保险股份有限公司',
    '保险代理人',
  ),
  e(
    '工作经历\n2020.05-至今  宁波舜宇光电信息有限公司  外贸业务员\n负责欧洲客户的开发与订单跟进。',
    '宁波舜宇光电信息有限公司',
    '外贸业务员',
  ),
  e('工作经历\n2018.07-2020.03  蔚来汽车  用户运营专员\n负责车主社群运营与活动策划。', '蔚来汽车', '用户运营专员'),
  e('工作经历\n2019.07-至今  中国国际航空股份有限公司  乘务员\n执飞国际远程航线。', '中国国际航空股份有限公司', '乘务员'),
  e('工作经历\n2010.09-2015.07  广州市第一人民医院  康复治疗师\n负责脑卒中患者的康复训练。', '广州市第一人民医院', '康复治疗师'),
  e(
    '工作经历\n2016.05-2018.09  上海家化联合股份有限公司  人力资源专员（招聘）\n负责销售岗位的招聘与入职。',
    '上海家化联合股份有限公司',
    '人力资源专员（招聘）',
  ),
  e('工作经历\n2017.03-至今  上海亲和源养老院  护理员\n负责失能老人的生活照护。', '上海亲和源养老院', '护理员'),
  e('工作经历\n2013.04-2016.11  美的集团  财务主管\n负责子公司月度结账与合并报表。', '美的集团', '财务主管'),
  e('工作经历\n2015.08-2019.03  中信证券股份有限公司  行业研究员\n覆盖新能源汽车产业链。', '中信证券股份有限公司', '行业研究员'),
  e('工作经历\n2019.11-至今  杭州网易雷火科技有限公司  游戏策划\n负责战斗系统与数值设计。', '杭州网易雷火科技有限公司', '游戏策划'),
  e('工作经历\n2018.02-2020.10  北京市朝阳区人民法院  书记员\n负责庭审记录与卷宗整理。', '北京市朝阳区人民法院', '书记员'),
  e('工作经历\n2021.03-至今  快手  短视频剪辑师（兼职）\n负责美食账号的视频剪辑。', '快手', '短视频剪辑师（兼职）'),
  e('工作经历\n华润万家 | 收银员 | 2016.09-2020.07\n负责收银与日结对账。', '华润万家', '收银员'),
  e('工作经历\n比亚迪股份有限公司  2014.07-2018.12\n电池工艺工程师\n负责电芯工艺的优化。', '比亚迪股份有限公司', '电池工艺工程师'),
  e('工作经历\n2017.03-2021.06  香港电讯 HKT  客户服务主任\n处理客户查询及投诉。', '香港电讯 HKT', '客户服务主任'),
  e(
    '工作經驗\n2015年7月 - 2020年6月  台灣積體電路製造股份有限公司  製程工程師\n負責蝕刻製程的良率改善。',
    '台灣積體電路製造股份有限公司',
    '製程工程師',
  ),
  e('工作经历\n2019.07-2022.06  招商银行信用卡中心  催收专员\n负责逾期账户的电话催收。', '招商银行信用卡中心', '催收专员'),
  e('工作经历\n2015.09-2018.06  北京大学  博士后研究员\n从事凝聚态物理研究。', '北京大学', '博士后研究员'),
  e('工作经历\n2012.08-至今  上海市第六人民医院  护士长\n负责骨科病区的护理管理。', '上海市第六人民医院', '护士长'),
  e('工作经历\n2016年3月-2019年5月  苏州工业园区管委会  招商专员\n负责外资项目的洽谈与落地。', '苏州工业园区管委会', '招商专员'),
  e('工作经历\n2020.09-至今  深圳市南山区第二外国语学校  初中英语教师\n负责初一英语教学。', '深圳市南山区第二外国语学校', '初中英语教师'),
  e('工作经历\n2014.03-2017.12  中铁十四局集团有限公司  测量员\n负责隧道施工测量放样。', '中铁十四局集团有限公司', '测量员'),
  e('工作经历\n2018.04-2021.08  瑞幸咖啡  门店经理\n负责门店运营与人员排班。', '瑞幸咖啡', '门店经理'),
  e('工作经历\n2017.07-至今  国家税务总局杭州市税务局  一级主任科员\n负责企业所得税征管。', '国家税务总局杭州市税务局', '一级主任科员'),
];

/** English from the rest of the world (the British Isles, North America and Oceania are in titles-worldwide-english.ts). */
export const ENGLISH_ENTRIES: EntryCase[] = [
  // India, Singapore, Philippines, Japan, UAE
  e(
    'Experience\nInfosys Limited, Bengaluru\nSenior Systems Engineer\nJul 2016 – Aug 2019\nDeveloped Java microservices for a US bank client.',
    'Infosys Limited',
    'Senior Systems Engineer',
  ),
  e(
    'Experience\nTata Consultancy Services | Assistant System Engineer - Trainee | 2015 – 2016\nTrained in mainframe COBOL.',
    'Tata Consultancy Services',
    'Assistant System Engineer - Trainee',
  ),
  e(
    'Experience\nHDFC Bank Ltd., Pune — Relationship Manager, Branch Banking\n2014 – 2018\nManaged a book of 400 HNI clients.',
    'HDFC Bank Ltd.',
    'Relationship Manager, Branch Banking',
  ),
  e('Experience\nApollo Hospitals, Chennai\nStaff Nurse\n2012 – 2017\nWorked in the cardiac ICU.', 'Apollo Hospitals', 'Staff Nurse'),
  e(
    'Experience\nDBS Bank — Assistant Vice President, Treasury & Markets\n2016 – 2021\nStructured FX hedges for corporates.',
    'DBS Bank',
    'Assistant Vice President, Treasury & Markets',
  ),
  e(
    'Experience\nSingapore Armed Forces\nPlatoon Commander\n2010 – 2014\nTrained and led a platoon of 30 soldiers.',
    'Singapore Armed Forces',
    'Platoon Commander',
  ),
  e(
    'Experience\nConcentrix, Quezon City\nCustomer Service Representative (Night Shift)\n2016 – 2019\nHandled US telecom billing calls.',
    'Concentrix',
    'Customer Service Representative (Night Shift)',
  ),
  e(
    'Experience\nJollibee Foods Corporation — Service Crew\n2014 – 2016\nCounter and drive-thru service.',
    'Jollibee Foods Corporation',
    'Service Crew',
  ),
  e(
    'Experience\nRakuten, Inc., Tokyo\nApplication Engineer\n2016 – 2020\nBuilt the Rakuten Ichiba search front end.',
    'Rakuten, Inc.',
    'Application Engineer',
  ),
  e(
    'Experience\nEmirates Airline, Dubai — Cabin Crew (Grade II)\n2014 – 2018\nServed on A380 routes.',
    'Emirates Airline',
    'Cabin Crew (Grade II)',
  ),
  e(
    'Experience\nJumeirah Group — Guest Relations Executive\n2015 – 2017\nLooked after VIP arrivals at the Burj Al Arab.',
    'Jumeirah Group',
    'Guest Relations Executive',
  ),
  e(
    'Experience\nIT Project Manager (PMP), Wipro, 2014 – 2019\nDelivered an SAP rollout across 12 countries.',
    'Wipro',
    'IT Project Manager (PMP)',
  ),
  e('Experience\nSAP FICO Consultant, Capgemini, 2012 – 2017\nConfigured GL, AP and asset accounting.', 'Capgemini', 'SAP FICO Consultant'),

  // Africa and the Middle East
  e(
    'Experience\nShoprite Checkers (Pty) Ltd, Cape Town\nCashier\n2013 – 2015\nServed up to 300 customers a shift.',
    'Shoprite Checkers (Pty) Ltd',
    'Cashier',
  ),
  e(
    'Experience\nStandard Bank Group — Credit Analyst, Johannesburg, 2016 – 2020\nAssessed SME lending applications.',
    'Standard Bank Group',
    'Credit Analyst',
  ),
  e(
    'Experience\nAccess Bank Plc, Lagos\nCustomer Service Officer\n2015 – 2019\nResolved account and card complaints.',
    'Access Bank Plc',
    'Customer Service Officer',
  ),
  e(
    'Experience\nSafaricom PLC — M-PESA Agent Support Officer\n2017 – 2020\nSupported 2,000 M-PESA agents in Nairobi.',
    'Safaricom PLC',
    'M-PESA Agent Support Officer',
  ),
  e('Experience\nJournalist, Reuters, Nairobi, 2014 – 2019\nCovered East African politics and markets.', 'Reuters', 'Journalist'),
  e(
    'Experience\nCall Centre Agent, Teleperformance, Cairo, 2015 – 2017\nHandled English-language support calls.',
    'Teleperformance',
    'Call Centre Agent',
  ),

  // Continental Europe (English resumes)
  e(
    'Experience\nSiemens AG, Munich, Germany\nWorking Student – Software Development\n2018 – 2019\nWrote test tools in Python.',
    'Siemens AG',
    'Working Student – Software Development',
  ),
  e(
    'Experience\nBMW Group — Production Associate, Assembly Line\n2015 – 2018\nFitted dashboards on the 3 Series line.',
    'BMW Group',
    'Production Associate, Assembly Line',
  ),
  e(
    'Experience\nL’Oréal, Paris — Brand Manager, Lancôme\n2017 – 2021\nLaunched two fragrances in EMEA.',
    'L’Oréal',
    'Brand Manager, Lancôme',
  ),
  e(
    'Experience\nBooking.com B.V., Amsterdam\nSenior Data Scientist\n2018 – 2022\nRan ranking experiments for the search page.',
    'Booking.com B.V.',
    'Senior Data Scientist',
  ),
  e('Experience\nUX Designer\nSpotify, Stockholm\n2018 – 2021\nDesigned the podcast discovery flows.', 'Spotify', 'UX Designer'),
  e(
    'Experience\nSenior Frontend Developer (React), Zalando SE, Berlin, 2018 – 2021\nLed the checkout rebuild.',
    'Zalando SE',
    'Senior Frontend Developer (React)',
  ),
  e('Experience\nQA Engineer, EPAM Systems, Minsk, 2015 – 2018\nAutomated regression suites in Selenium.', 'EPAM Systems', 'QA Engineer'),
  e(
    'Experience\nCustoms Broker, Kuehne + Nagel, Hamburg, 2012 – 2017\nCleared 200 import entries a week.',
    'Kuehne + Nagel',
    'Customs Broker',
  ),
  e(
    'Experience\nLogistics Coordinator — Maersk, Felixstowe\n2015 – 2019\nBooked 1,500 containers a month.',
    'Maersk',
    'Logistics Coordinator',
  ),
  e('Experience\nPhD Candidate, ETH Zürich, 2016 – 2020\nThesis on robust control of legged robots.', 'ETH Zürich', 'PhD Candidate'),
  e(
    'Experience\nSenior Research Scientist, Novartis Institutes for BioMedical Research, 2015 – 2021\nLed a kinase inhibitor programme.',
    'Novartis Institutes for BioMedical Research',
    'Senior Research Scientist',
  ),
  e(
    'Experience\nResearch Assistant, Max Planck Institute for Biology, Tübingen, 2013 – 2016\nZebrafish imaging and analysis.',
    'Max Planck Institute for Biology',
    'Research Assistant',
  ),
  e(
    'Experience\nML Engineer — DeepMind\n2019 – 2023\nTrained reinforcement learning agents for data-centre cooling.',
    'DeepMind',
    'ML Engineer',
  ),
  e(
    'Experience\nClinical Research Associate II, IQVIA, 2016 – 2020\nMonitored 12 oncology trial sites.',
    'IQVIA',
    'Clinical Research Associate II',
  ),
  e(
    'Experience\nLab Technician, Oxford Nanopore Technologies, 2017 – 2019\nPrepared flow cells for QC.',
    'Oxford Nanopore Technologies',
    'Lab Technician',
  ),
  e('Experience\nInterior Designer, IKEA, 2016 – 2020\nPlanned kitchens for store customers.', 'IKEA', 'Interior Designer'),
  e(
    'Experience\nMotion Graphics Designer — BBC Studios\n2015 – 2019\nTitles and graphics for factual series.',
    'BBC Studios',
    'Motion Graphics Designer',
  ),
  e(
    'Experience\nHousekeeping Supervisor, Marriott Hotels, 2012 – 2016\nInspected 120 rooms a day.',
    'Marriott Hotels',
    'Housekeeping Supervisor',
  ),
  e(
    'Experience\nRetail Sales Associate | Zara | 2018 – 2019\nKept the fitting rooms and shop floor running.',
    'Zara',
    'Retail Sales Associate',
  ),
  e('Experience\nVisual Merchandiser at H&M, 2016 – 2018\nSet up window and floor displays.', 'H&M', 'Visual Merchandiser'),
];

/** Arrangements: table cells one per line, two-column order, "Title: description", several entries. */
export const ARRANGED_ENTRIES: EntryCase[] = [
  e(
    'Experience\nAcme Logistics Ltd, 2016 – 2020\nTransport Planner: planned 150 daily deliveries across the North West.',
    'Acme Logistics Ltd',
    'Transport Planner',
  ),
  e(
    'Experience\n2018 – 2021  Rolls-Royce plc\nStress Engineer: fatigue analysis of fan blades for the Trent XWB.',
    'Rolls-Royce plc',
    'Stress Engineer',
  ),
  e(
    'Experience\nHays plc\nRecruitment Consultant\nMar 2014\nJun 2017\nPlaced 60 IT contractors a year.',
    'Hays plc',
    'Recruitment Consultant',
  ),
  e('Experience\n2015 – 2019\nUnilever\nSupply Chain Planner\nForecast demand for 40 SKUs.', 'Unilever', 'Supply Chain Planner'),
  e(
    'Experience\nProcurement Manager\n2016 – 2020\nNestlé UK Ltd, York\nRan a £40m packaging spend.',
    'Nestlé UK Ltd',
    'Procurement Manager',
  ),
  e(
    'Work Experience\nNorth Bristol NHS Trust\nHealthcare Assistant\n2016 – 2019\nObservations, personal care and admissions.',
    'North Bristol NHS Trust',
    'Healthcare Assistant',
  ),
  e(
    'Experience\nOct 2017 – Present\nSenior Accountant\nKPMG LLP, Manchester\nStatutory audits of owner-managed businesses.',
    'KPMG LLP',
    'Senior Accountant',
  ),
  e(
    'Experience\nBarclays Bank UK PLC\n2012 – 2018\nBranch Manager\nLed a team of 15 in a flagship branch.',
    'Barclays Bank UK PLC',
    'Branch Manager',
  ),
  e('工作经历\n2019.03-至今\n职位：运营主管\n公司：杭州有赞科技有限公司\n负责商家增长运营。', '杭州有赞科技有限公司', '运营主管'),
  e('工作经历\n上海浦东发展银行\n2015.07-2019.06\n柜员\n负责现金与非现金业务办理。', '上海浦东发展银行', '柜员'),
  e(
    '工作经历\n2018.07-2021.05\n电气工程师\n施耐德电气（中国）有限公司\n负责配电柜的电气设计。',
    '施耐德电气（中国）有限公司',
    '电气工程师',
  ),
  e(
    'Experience\nWaitrose & Partners — Partner (Customer Assistant)\n2016 – 2019\nWorked the tills and the deli counter.',
    'Waitrose & Partners',
    'Partner (Customer Assistant)',
  ),
  e(
    'Experience\nContract\nSenior DevOps Engineer — Lloyds Banking Group\n2020 – 2021\nMoved CI to GitHub Actions.',
    'Lloyds Banking Group',
    'Senior DevOps Engineer',
  ),
  {
    section:
      'Experience\nNetflix — Senior Software Engineer\n2019 – Present\nBuilt the encoding scheduler.\nAirbnb — Software Engineer\n2016 – 2019\nWorked on search ranking.',
    entries: [
      { company: 'Netflix', title: 'Senior Software Engineer' },
      { company: 'Airbnb', title: 'Software Engineer' },
    ],
  },
  {
    section:
      '工作经历\n2019.07-至今  京东集团  高级算法工程师\n负责推荐排序模型。\n2016.07-2019.06  百度在线网络技术（北京）有限公司  算法工程师\n负责搜索广告点击率预估。',
    entries: [
      { company: '京东集团', title: '高级算法工程师' },
      { company: '百度在线网络技术（北京）有限公司', title: '算法工程师' },
    ],
  },
  {
    section:
      'Employment History\nSainsbury’s, Leeds\nDeputy Store Manager, 2017 – 2021\n• Ran a store of 120 colleagues.\nSainsbury’s, Wakefield\nDepartment Manager, 2014 – 2017\n• Ran the produce department.',
    entries: [
      { company: 'Sainsbury’s', title: 'Deputy Store Manager' },
      { company: 'Sainsbury’s', title: 'Department Manager' },
    ],
  },
];

/** Chinese and English mixed on one resume. */
export const MIXED_ENTRIES: EntryCase[] = [
  e(
    '工作经历\n2018.07-至今  微软（中国）有限公司  Senior Software Engineer\n负责 Azure 存储服务开发。',
    '微软（中国）有限公司',
    'Senior Software Engineer',
  ),
  e('工作经历\n2016.03-2018.06  SAP 中国研究院  高级开发工程师\n负责 SAP HANA 查询优化器开发。', 'SAP 中国研究院', '高级开发工程师'),
  e(
    'Work Experience\n2019.05-至今  华为技术有限公司  Software Engineer\nBuilt the HarmonyOS build pipeline.',
    '华为技术有限公司',
    'Software Engineer',
  ),
  e('工作经历\n2015.09-2019.06  IBM中国  项目经理（PMP）\n负责银行核心系统迁移项目。', 'IBM中国', '项目经理（PMP）'),
  e('工作经历\nAmazon 亚马逊中国  运营经理  2016.04-2020.02\n负责跨境电商卖家运营。', 'Amazon 亚马逊中国', '运营经理'),
  e(
    'Experience\n2016 – 2020  Huawei Technologies Co., Ltd.  高级测试工程师\nOwned 5G base-station test plans.',
    'Huawei Technologies Co., Ltd.',
    '高级测试工程师',
  ),
  e('工作经历\n2017.07-2020.09  字节跳动  iOS开发工程师\n负责今日头条客户端开发。', '字节跳动', 'iOS开发工程师'),
  e('工作经历\n2019.02-至今  上海迪士尼度假区  HR Business Partner\n支持运营部门2000名员工。', '上海迪士尼度假区', 'HR Business Partner'),
];

/** No title on the line after the company: a sentence, a tool list, a location, an achievement and the like. */
export const NO_TITLES: EntryCase[] = [
  e(
    'Experience\nAcme Analytics Ltd, 2016 – 2020\nResponsible for reporting and dashboards across the business.',
    'Acme Analytics Ltd',
    null,
  ),
  e('Experience\nTesco PLC, 2014 – 2016\nPython, SQL, Excel, Power BI', 'Tesco PLC', null),
  e('Experience\nNorthwind Traders Ltd, 2012 – 2015\nLeeds, West Yorkshire, UK', 'Northwind Traders Ltd', null),
  e(
    'Experience\nGlobex Corporation\n2015 – 2019\nManaged a team of five engineers and delivered three major releases.',
    'Globex Corporation',
    null,
  ),
  e('工作经历\n2016.07-2019.06  上海某科技有限公司\n负责公司官网的开发与维护。', '上海某科技有限公司', null),
  e('工作经历\n2018.03-2020.05  杭州某电子商务有限公司\n熟练使用Photoshop、Illustrator、Figma。', '杭州某电子商务有限公司', null),
  e('工作经历\n2015.09-2017.06  广州某物流有限公司\n广东省广州市天河区', '广州某物流有限公司', null),
  e('Experience\nInitech LLC, 2013 – 2016\nKey achievements:\n• Cut hosting costs by 30%.', 'Initech LLC', null),
  e('Experience\nUmbrella Corp, 2017 – 2019\nTools: Jira, Confluence, Git, Jenkins', 'Umbrella Corp', null),
  e('Experience\nStark Industries Inc., 2014 – 2019\nReason for leaving: relocation', 'Stark Industries Inc.', null),
  e('Experience\nWayne Enterprises Inc., 2012 – 2014\nReferences available on request', 'Wayne Enterprises Inc.', null),
  e('Experience\nHooli Inc., 2018 – 2021\nRemote', 'Hooli Inc.', null),
  e('Experience\nSoylent Ltd, 2010 – 2013\nSingapore', 'Soylent Ltd', null),
  e('Experience\nVandelay Industries Inc., 2016 – 2018\nFull-time', 'Vandelay Industries Inc.', null),
  e('工作经历\n2014.07-2016.08  北京某咨询有限公司\n离职原因：个人发展', '北京某咨询有限公司', null),
  e('工作经历\n2019.01-2021.12  深圳某电子有限公司\n主要业绩：', '深圳某电子有限公司', null),
  e('Experience\nMassive Dynamic Inc., 2015 – 2017\nManufacturing, 500–1,000 employees', 'Massive Dynamic Inc.', null),
  e('Experience\nAcme Corp, 2015 – 2017\nIncreased revenue by 30% in two years.', 'Acme Corp', null),
  e('Experience\nCyberdyne Systems Inc., 2011 – 2014\nC++, CUDA, OpenCV, ROS', 'Cyberdyne Systems Inc.', null),
  e('工作经历\n2017.03-2019.08  成都某餐饮管理有限公司\n月薪：8000元', '成都某餐饮管理有限公司', null),
  e('Experience\nInitrode Ltd, 2019 – 2022\nhttps://initrode.example.com', 'Initrode Ltd', null),
];

export const ENTRY_CASES: EntryCase[] = [
  ...CHINESE_ENTRIES,
  ...BRITISH_AND_IRISH_ENTRIES,
  ...AMERICAN_ENTRIES,
  ...CANADIAN_AND_OCEANIAN_ENTRIES,
  ...ENGLISH_ENTRIES,
  ...ARRANGED_ENTRIES,
  ...MIXED_ENTRIES,
];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The entries the parser finds in a case's section, on a small resume of a name, a contact line and that section. */
export function parsedEntries({ section }: EntryCase): EntryCase['entries'] {
  const top = CJK.test(section)
    ? ['张伟', '电话：13800138000    邮箱：zhangwei@example.com']
    : ['Alex Morgan', 'alex.morgan@example.com  |  +1 415 555 0134'];
  const parsed = parseResumeText([...top, '', section].join('\n'));
  return parsed.experience.map((entry) => ({ company: entry.company, title: entry.title }));
}
