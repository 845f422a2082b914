/**
 * A second blind stress set for employer recognition, written before the parser's entry code was read, around the forms
 * the first set (employers-worldwide.ts) took least: a multinational's local entity in both scripts ("宝洁（中国）有限公司",
 * "Procter & Gamble (Guangzhou) Ltd."), employer names that hold a title word or a place word ("北京银行", "Sales Force
 * Ltd", "Bank of America", "General Electric", "中国总会计师协会"), a brand with its unit or a description ("字节跳动
 * （抖音电商）", "Lumen Health | Healthcare technology | Series B"), the industry or size after the name in brackets, pipes,
 * dots and dashes, a one-line list of earlier jobs, several titles under one employer, two jobs at once, freelance and
 * self-employed lines with clients named, a contractor placed through an agency, an employer named in a sentence
 * ("Joined Unilever as a brand manager in 2016"), tabular rows whose merged employer cell is written once, title-first
 * lines in many separators ("Senior Accountant · Deloitte", "Deloitte｜高级审计员"), all-caps employers, names with & and
 * apostrophes (Marks & Spencer, McDonald's, Land O'Lakes), numerals (3M, 58同城, 7-Eleven, 360), names ending in Group,
 * Holdings, Partners, Labs, Studio, 工作室, 事务所, 研究院, 集团, and branch lines ("星巴克 · 上海来福士店"). Each case is a work
 * section and the companies of its entries, in order, compared as the labelled set compares them (`key`).
 *
 * Decisions, as the first set's (its header) and the labelled set's (a city, a client, a former name written after the
 * employer are none of it; "John Deere (via RDO Equipment)" keeps its agency in brackets). And for this set:
 * - A place inside the name, with no separator before it, is the name's ("北京银行", "Bank of America", "Ubisoft
 *   Montréal", "上海交通大学医学院附属瑞金医院"); a place in brackets before a legal form ("宝洁（广州）有限公司",
 *   "Procter & Gamble (Guangzhou) Ltd.") is the name's; a country in brackets after the name is kept ("Shopee（新加坡）"),
 *   a city in brackets or after a comma left off; a country after a comma ("Siemens Ltd., China") is left off.
 * - A title word inside a name is the name's ("Sales Force Ltd", "Manager’s Club", "General Electric").
 * - A brand's unit or other brand in brackets is kept ("字节跳动（抖音电商）", "DoorDash (Caviar)"); a description of what
 *   a named employer does or how big it is, in brackets or after a separator ("（互联网，1000-9999人）", "— B2B SaaS, 50
 *   employees", "| Healthcare technology | Series B", "· 上市公司"), is left off; a confidential employer's description
 *   stays its name, as the first set decided. An employment type in brackets ("(part-time)") is left off.
 * - A branch joined to its employer by a dash, a middle dot or a space ("星巴克 · 上海来福士店", "Starbucks — Oxford Circus
 *   branch", "中国工商银行北京分行") is the company whole, as the first set keeps "中国建设银行—江苏省分行"; after a comma it
 *   is left off, as a place is ("HSBC UK, Canary Wharf Branch" is HSBC UK).
 * - Several titles under one employer, each with its dates, are an entry each, the employer repeated; a table's row whose
 *   employer cell is merged with the row above (written empty) is that employer's.
 * - A one-line list of earlier jobs ("Earlier roles: Sales Associate, Zara (2012–2014); …", "早期经历：…") is an entry a
 *   job, in the order written.
 * - Two jobs held at once are two entries.
 * - Freelance: "Self-employed" or 自由职业 where the employer goes is the company; its clients, in brackets or on a line
 *   of their own, are none.
 * - A contractor: the employer where the line puts it, an agency note in brackets kept ("Barclays (via Hays)", as the
 *   labelled set writes it); "Contract — via Hays, at Barclays" names where the person worked after "at": Barclays.
 * - An employer named in a sentence ("Joined Unilever as …", "2016年加入联合利华，任…") is the company.
 * - All-caps names are noted as written (the comparison ignores case).
 *
 * Dev and test: every third case of the whole set (CHINESE_EMPLOYERS_2, EAST_ASIAN_EMPLOYERS_2, then the English groups
 * of employers-worldwide2-english.ts, from the third) is TEST, decided before the first run; fixes are tuned on DEV only,
 * and TEST is reported before and after (employers-worldwide2.test.ts).
 */
import type { EmployerCase } from './employers-worldwide.ts';
import {
  ENGLISH_ARRANGEMENTS_2,
  ENGLISH_LAYOUTS_2,
  ENGLISH_NAMES_2,
  ENGLISH_SEPARATORS_2,
  EUROPEAN_EMPLOYERS_2,
} from './employers-worldwide2-english.ts';

const c = (section: string, ...companies: string[]): EmployerCase => ({ section, companies });

/** Chinese (简体 and 繁體): local entities, names with place and title words, notes after the name, arrangements. */
export const CHINESE_EMPLOYERS_2: EmployerCase[] = [
  c('工作经历\n2018.07-至今  宝洁（中国）有限公司  品牌经理\n负责洗护品类线上营销。', '宝洁（中国）有限公司'),
  c('工作经历\n2016.03-2019.06  西门子（中国）有限公司  销售工程师\n负责华东区工业自动化产品销售。', '西门子（中国）有限公司'),
  c(
    '工作经历\n2015.07-2018.12  宝洁（广州）有限公司 Procter & Gamble (Guangzhou) Ltd.  供应链计划专员\n负责华南工厂生产计划。',
    '宝洁（广州）有限公司 Procter & Gamble (Guangzhou) Ltd.',
  ),
  c('工作经历\n2019.04-至今  北京银行股份有限公司  客户经理\n负责小微企业信贷。', '北京银行股份有限公司'),
  c('工作经历\n2017.07-至今  上海交通大学医学院附属瑞金医院  主治医师\n负责内分泌科门诊与病房。', '上海交通大学医学院附属瑞金医院'),
  c('工作经历\n2020.06-至今  字节跳动（抖音电商）  商家运营\n负责服饰类目商家增长。', '字节跳动（抖音电商）'),
  c(
    '工作经历\n2014/3-2018/8：上海家化联合股份有限公司（5000-10000人）\n销售部 | 区域销售经理\n负责华东区KA渠道。',
    '上海家化联合股份有限公司',
  ),
  c('工作经历\n2016.09-2020.03  杭州有赞科技有限公司（互联网，1000-9999人）  Java开发工程师\n负责交易中台开发。', '杭州有赞科技有限公司'),
  c('工作经历\n2019.01-至今  蔚来汽车 · 新能源汽车 · 上市公司  用户运营\n负责用户社区运营。', '蔚来汽车'),
  c(
    '工作经历\n招商银行股份有限公司\n2019.07-至今  高级客户经理\n负责私人银行客户维护。\n2016.07-2019.06  客户经理\n负责零售客户开发。',
    '招商银行股份有限公司',
    '招商银行股份有限公司',
  ),
  c(
    '工作经历\n2018.09-至今  上海新东方学校  英语教师\n负责雅思阅读授课。\n2019.03-至今  猿辅导  兼职辅导老师\n负责周末在线答疑。',
    '上海新东方学校',
    '猿辅导',
  ),
  c('工作经历\n2017.05-至今  自由职业  平面设计师\n客户包括小红书、得物，完成品牌视觉设计60余项。', '自由职业'),
  c('工作经历\n2016.03-至今  木子摄影工作室  创始人/摄影师\n承接婚礼与商业拍摄。', '木子摄影工作室'),
  c('工作经历\n2015.07-2019.08  北京市金杜律师事务所  律师助理\n负责跨境并购尽职调查。', '北京市金杜律师事务所'),
  c('工作经历\n2018.07-至今  中国电子科技集团公司第十四研究所  射频工程师\n负责雷达收发组件设计。', '中国电子科技集团公司第十四研究所'),
  c('工作经历\n2019.07-至今  阿里巴巴达摩院  算法专家\n负责视觉大模型研发。', '阿里巴巴达摩院'),
  c('工作经历\n2017.05-2020.10  星巴克 · 上海来福士店  值班主管\n负责门店排班与库存。', '星巴克 · 上海来福士店'),
  c('工作经历\n2018.03-至今  中国工商银行北京分行  对公客户经理\n负责对公存款业务。', '中国工商银行北京分行'),
  c('工作经历\n2017.06-2021.05  58同城  销售主管\n负责租房业务渠道销售。', '58同城'),
  c('工作经历\n2015.03-2019.02  三六零安全科技股份有限公司（360）  安全研究员\n负责漏洞挖掘。', '三六零安全科技股份有限公司（360）'),
  c('工作经历\n2020.01-至今  360集团  产品经理\n负责浏览器产品规划。', '360集团'),
  c('工作经历\n2012.07-2016.06  3M中国有限公司  质量工程师\n负责胶带产线质量管理。', '3M中国有限公司'),
  c('工作经历\n2016.08-2018.12  7-Eleven便利店  店长\n负责门店运营与订货。', '7-Eleven便利店'),
  c('工作经历\n高级审计员｜德勤华永会计师事务所\n2017.09-2021.08\n负责金融企业审计。', '德勤华永会计师事务所'),
  c('工作经历\nDeloitte｜高级审计员\n2016.09-2020.06\n负责外资企业年报审计。', 'Deloitte'),
  c('工作经历\n2016年加入联合利华，任品牌经理，负责多芬品牌在华南的推广，2020年离职。', '联合利华'),
  c('工作经历\n2013.07-2018.06  复星国际控股有限公司  投资经理\n负责医疗健康领域投资。', '复星国际控股有限公司'),
  c('工作经历\n2019.03-至今  红杉资本中国基金  投资分析师\n负责消费赛道项目筛选。', '红杉资本中国基金'),
  c(
    '工作经历\n公司：上海医药集团股份有限公司\n公司规模：10000人以上\n公司性质：国企\n职位：医药代表\n时间：2015.07-2019.06\n负责三甲医院学术推广。',
    '上海医药集团股份有限公司',
  ),
  c('工作经历\n2017.07-2020.12  IBM中国研究院  研究员\n负责AI芯片编译器研究。', 'IBM中国研究院'),
  c('工作经历\n2019.06-至今  Shopee（新加坡）  高级产品经理\n负责跨境物流产品。', 'Shopee（新加坡）'),
  c('工作经历\n2016.07-2019.05  华为技术有限公司，深圳  硬件工程师\n负责基站电源设计。', '华为技术有限公司'),
  c(
    '工作经历\n时间\t公司\t职位\n2019.07-至今\t中信证券股份有限公司\t研究员\n2017.07-2019.06\t\t研究助理\n负责电子行业研究。',
    '中信证券股份有限公司',
    '中信证券股份有限公司',
  ),
  c(
    '工作经历\n2016.03-至今  京东物流  站点经理\n负责配送站运营。\n早期经历：2012-2014 顺丰速运 快递员；2014-2016 圆通速递 分拣组长',
    '京东物流',
    '顺丰速运',
    '圆通速递',
  ),
  c('工作经历\n2015.04-2019.09  麦当劳（中国）有限公司 北京西单餐厅  值班经理\n负责餐厅日常营运。', '麦当劳（中国）有限公司 北京西单餐厅'),
  c(
    '工作经历\n2014.07-2018.06  中国平安人寿保险股份有限公司深圳分公司  培训讲师\n负责新人岗前培训。',
    '中国平安人寿保险股份有限公司深圳分公司',
  ),
  c('工作经历\n2018.03-至今  中国总会计师协会  项目专员\n负责会员继续教育项目。', '中国总会计师协会'),
  c(
    '工作经历\n2018.09-至今  上海微创医疗器械（集团）有限公司 | 医疗器械 | 上市公司\n临床培训专员\n负责心血管产品的临床跟台培训。',
    '上海微创医疗器械（集团）有限公司',
  ),
  c('工作经历\n2016.05-2020.12\n美的集团股份有限公司\n海外营销部 · 区域经理\n负责东南亚市场空调销售。', '美的集团股份有限公司'),
  c('工作经历\n2013.07-2017.06  中国科学院上海有机化学研究所  助理研究员\n负责有机合成方法学研究。', '中国科学院上海有机化学研究所'),
  c('工作经历\n2015.09-至今  上海市浦东新区人民法院  书记员\n负责庭审记录与卷宗归档。', '上海市浦东新区人民法院'),
  c('工作经历\n产品经理 — 小红书\n2020.03-至今\n负责社区内容分发策略。', '小红书'),
  c('工作经历\n2017.02-2020.08  链家 · 门店经理\n负责门店团队管理。', '链家'),
  c('工作经历\n2012.09-2016.07  ABB（中国）有限公司  电气工程师\n负责变电站自动化项目调试。', 'ABB（中国）有限公司'),
  c('工作經歷\n2014/09～2019/12  長榮航空股份有限公司  空服員\n負責國際線客艙服務。', '長榮航空股份有限公司'),
  c(
    '工作經歷\n2018/01～至今  鴻海精密工業股份有限公司（富士康科技集團）  製程工程師\n負責SMT產線改善。',
    '鴻海精密工業股份有限公司（富士康科技集團）',
  ),
  c('工作經歷\n全家便利商店 · 台北信義門市\n店長 | 2015/04~2020/06\n負責門市營運。', '全家便利商店 · 台北信義門市'),
  c(
    '工作经历\n2019.07-至今  腾讯科技（深圳）有限公司  后台开发\n2019.07-2020.06 为校招轮岗，先后在CSIG与PCG任职。',
    '腾讯科技（深圳）有限公司',
  ),
];

/** Japanese and Korean employers: local entities of multinationals, numerals and brackets. */
export const EAST_ASIAN_EMPLOYERS_2: EmployerCase[] = [
  c(
    '職務経歴\n2016年4月～2021年3月  株式会社セブン-イレブン・ジャパン  店舗経営相談員\n担当10店舗の経営指導。',
    '株式会社セブン-イレブン・ジャパン',
  ),
  c(
    '職務経歴\n2019年4月～現在  アクセンチュア株式会社（Accenture Japan Ltd）  コンサルタント\n製造業向けSAP導入支援。',
    'アクセンチュア株式会社（Accenture Japan Ltd）',
  ),
  c('경력\n2017.01 ~ 2020.12  네이버 주식회사 (NAVER Corp.)  검색 엔지니어\n검색 랭킹 개선.', '네이버 주식회사 (NAVER Corp.)'),
  c('경력\n2015.03 ~ 현재  CJ제일제당(주)  마케팅 매니저\n햇반 브랜드 마케팅.', 'CJ제일제당(주)'),
  c('職務経歴\n2014年4月～2018年3月  日本マイクロソフト株式会社  営業\n大手製造業向けクラウド提案。', '日本マイクロソフト株式会社'),
];

export const EMPLOYER_CASES_2: EmployerCase[] = [
  ...CHINESE_EMPLOYERS_2,
  ...EAST_ASIAN_EMPLOYERS_2,
  ...ENGLISH_NAMES_2,
  ...ENGLISH_SEPARATORS_2,
  ...ENGLISH_ARRANGEMENTS_2,
  ...ENGLISH_LAYOUTS_2,
  ...EUROPEAN_EMPLOYERS_2,
];

/** Every third case of the whole set, from the third, is TEST: reported, never tuned on. */
const isTest = (index: number) => index % 3 === 2;
export const EMPLOYERS_2_DEV: EmployerCase[] = EMPLOYER_CASES_2.filter((_, i) => !isTest(i));
export const EMPLOYERS_2_TEST: EmployerCase[] = EMPLOYER_CASES_2.filter((_, i) => isTest(i));
