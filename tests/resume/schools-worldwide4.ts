/**
 * (A school's letters and other name in brackets and a country before its Chinese name are kept since the seventeenth
 * round, as the labelled set keeps them: schools-worldwide.ts's header says why.)
 * A fourth blind stress set for school recognition, built around the EXTENT of a school's name: where it starts and
 * where it ends on the line. Things glued before it (dates in every form, 毕业于 / 就读于 / 本科： / 学校： / 院校名称： /
 * School:, the degree first, a bullet or list number, Markdown emphasis, a table's row label or pipes), things glued
 * after it (a campus or city, （985/211） and rankings, a faculty, the degree and major with every separator — one or two
 * spaces, a tab, |, ·, /, —, ，, 、, : — GPA, honours, rank, 在读 / 肄业 / 交换 / exchange / visiting / 访问学者 / 联合培养, a
 * thesis, a scholarship, a bracketed abbreviation or translation, （原…）), names that hold what looks like a separator
 * or a place (University of California, Berkeley; Texas A&M; King's College London; 香港中文大学（深圳）; 北京师范大学珠海分校;
 * University of Wisconsin–Madison), several schools on one line or in a sentence, a school named only in a summary or
 * personal-details line, unusual headings (学习经历, 教育及培训, 教育背景与证书, Academic Background, Qualifications,
 * Education & Training, 學歷), a two-column PDF's sidebar between an entry's lines, Word tables a cell a line, and lines
 * that name a university but are no education (an employer, a project partner, an alumni association, a MOOC "offered
 * by", a certificate "issued by"). About half 简体 / 繁體, half English and mixed (schools-worldwide4-english.ts).
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first three sets' (the institution as the line writes it, abbreviation included, campus kept when
 * the name carries it, the city, country, faculty, bracketed abbreviation and study-mode note left off; an exam board,
 * a certificate, a training provider, a MOOC platform, a scholarship and an employer are none), and for the extent:
 * - A campus that is part of the institution's name is kept: 香港中文大学（深圳）, 山东大学（威海）, 中国地质大学（武汉）,
 *   The Chinese University of Hong Kong, Shenzhen, University of Nottingham Malaysia, New York University Shanghai.
 *   A campus written as a note — 校区 / Campus — is left off: 中山大学（深圳校区） is 中山大学, "Arizona State University –
 *   Tempe Campus" is Arizona State University. A country written before a Chinese name (英国伦敦大学学院, 美国…) is left off.
 * - A faculty glued after the university in Chinese (浙江大学计算机科学与技术学院) is left off, as when a space parts them;
 *   a school of its own (an independent college 电子科技大学成都学院, 上海交通大学安泰经济与管理学院) is the whole name. A unit
 *   written before its university with a comma (Faculty of Medicine, University of Lagos) is the university; one after
 *   a comma (University of Warwick, Warwick Manufacturing Group) is left off.
 * - A major glued to the school with no space (南开大学金融学本科, 就读于东南大学土木工程专业) is left off.
 * - A bracketed ranking or tier ((985/211), (QS Top 50), （QS前150）), a bracketed translation ("The University of Sydney
 *   （悉尼大学）") and a bracketed note of a lab or institute are left off, as a bracketed abbreviation is.
 * - An exchange, visiting or joint-training school is a school wherever it is written on the entry's line, in order
 *   after the entry's own school; a school named only in a summary or personal-details section is still the school a
 *   recruiter notes. A high school, 中专 or 技校 is a school.
 *
 * As written (npx vitest run tests/resume/schools-worldwide4.test.ts): see the figures in schools-worldwide4.test.ts.
 */
import type { SchoolCase } from './schools-worldwide.ts';
import { ENGLISH4 } from './schools-worldwide4-english.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Things glued before the name: dates in every form, labels, the degree first, bullets, emphasis, table cells. */
export const BEFORE4: SchoolCase[] = [
  c('教育背景\n2012.09-2016.06 北京大学 计算机科学与技术 本科', '北京大学'),
  c('教育背景\n2013.09-2017.06 南开大学金融学本科', '南开大学'),
  c('教育背景\n2012年9月—2016年6月  武汉大学  新闻学  本科', '武汉大学'),
  c('教育背景\n2014/09~2018/06  中山大学  临床医学  本科', '中山大学'),
  c('教育背景\n2015.9—2019.7 | 厦门大学 | 会计学 | 本科', '厦门大学'),
  c('教育背景\n2016-09 至 2020-06  电子科技大学  通信工程  本科', '电子科技大学'),
  c('教育背景\n2017.09-至今  上海交通大学  机械工程  硕士在读', '上海交通大学'),
  c('教育背景\n2019.09-2022.06（预计）  同济大学  建筑学  硕士', '同济大学'),
  c('教育背景\n毕业于华南理工大学，软件工程专业，本科学历', '华南理工大学'),
  c('教育背景\n就读于东南大学土木工程专业（2014-2018）', '东南大学'),
  c('教育背景\n2016年毕业于上海大学，通信工程专业，本科', '上海大学'),
  c('教育背景\n本科：北京邮电大学  信息安全  2013-2017\n硕士：中国科学院大学  计算机技术  2017-2020', '北京邮电大学', '中国科学院大学'),
  c('教育背景\n学校：重庆大学\n专业：土木工程\n学历：本科\n时间：2010.09-2014.06', '重庆大学'),
  c('教育背景\n院校名称：西南财经大学    专业名称：金融学    学历层次：硕士', '西南财经大学'),
  c('教育背景\n硕士 | 复旦大学 | 金融学 | 2018-2020\n本科 | 山东大学 | 经济学 | 2014-2018', '复旦大学', '山东大学'),
  c('教育背景\n本科  吉林大学  汽车工程  2011-2015', '吉林大学'),
  c('教育背景\n2013.09~2017.07  本科  长安大学  交通工程', '长安大学'),
  c(
    '教育背景\n1. 2016.09-2019.06  北京航空航天大学  材料科学与工程  硕士\n2. 2012.09-2016.06  哈尔滨工程大学  材料物理  本科',
    '北京航空航天大学',
    '哈尔滨工程大学',
  ),
  c('教育背景\n● 中南大学  冶金工程  本科  2010-2014', '中南大学'),
  c('教育背景\n**浙江大学**  光电信息工程  本科  2013.09-2017.06', '浙江大学'),
  c('教育背景\n- 2015.09-2018.06 **华东师范大学** 教育学 硕士', '华东师范大学'),
  c('教育背景\n[2015.09-2019.06] 江南大学 食品科学与工程 本科', '江南大学'),
  c('教育背景\n2014.09-2018.06 ｜ 中国传媒大学 ｜ 广播电视编导 ｜ 本科', '中国传媒大学'),
  c('教育背景\n毕业院校\t四川大学\n所学专业\t口腔医学\n学历\t本科', '四川大学'),
  c('教育经历\n| 时间 | 学校 | 专业 | 学历 |\n| 2014.09-2018.06 | 湖南大学 | 土木工程 | 本科 |', '湖南大学'),
  c('教育背景\n2010.09-2014.07，兰州大学，化学，本科', '兰州大学'),
  c('教育背景\n2016.09 - 2020.06 / 北京林业大学 / 风景园林 / 本科', '北京林业大学'),
  c('教育经历\n学校\n苏州大学\n学院\n纳米科学技术学院\n专业\n材料化学\n学历\n本科', '苏州大学'),
  c('學歷\n學校名稱：東吳大學\n科系：會計學系\n學位：學士', '東吳大學'),
  c('學歷\n畢業於國立中山大學企業管理學系，2018年取得學士學位', '國立中山大學'),
];

/** Things glued after the name: campus and city, tiers and ranks, faculties, every separator, notes and honours. */
export const AFTER4: SchoolCase[] = [
  c('教育背景\n2013.09-2017.06  中山大学（深圳校区）  软件工程  本科', '中山大学'),
  c('教育背景\n2014.09-2018.06  山东大学（威海）  国际经济与贸易  本科', '山东大学（威海）'),
  c('教育背景\n2012.09-2016.06  四川大学（985/211）  临床医学  本科', '四川大学'),
  c('教育背景\n2015.09-2019.06  湖南师范大学（211）  汉语言文学  本科', '湖南师范大学'),
  c('教育背景\n2018.09-2020.06  南京大学（QS前150）  软件工程  硕士', '南京大学'),
  c('教育背景\n2011.09-2015.06  武汉理工大学  计算机学院  软件工程  本科', '武汉理工大学'),
  c('教育背景\n2016.09-2019.06  浙江大学计算机科学与技术学院  硕士', '浙江大学'),
  c('教育背景\n2012.09-2016.06  华中科技大学·电子信息与通信学院·通信工程·本科', '华中科技大学'),
  c('教育背景\n2014.09-2018.06  大连理工大学/化工学院/化学工程与工艺/本科', '大连理工大学'),
  c('教育背景\n2014.09-2018.06  西安交通大学—能源与动力工程—本科', '西安交通大学'),
  c('教育背景\n2013.09-2017.06  天津大学、精密仪器与光电子工程学院、本科', '天津大学'),
  c('教育背景\n2015.09-2019.06  北京理工大学：车辆工程（本科）', '北京理工大学'),
  c('教育背景\n2016.09-2020.06\t华南农业大学\t动物科学\t本科', '华南农业大学'),
  c('教育背景\n2012.09-2016.06  中国农业大学  农学  本科  GPA 3.7/4.0（专业前5%）', '中国农业大学'),
  c('教育背景\n2017.09-2020.06  上海财经大学  会计学  硕士  国家奖学金、优秀毕业生', '上海财经大学'),
  c('教育背景\n2014.09-2018.06  东北大学  自动化  本科  排名 3/120', '东北大学'),
  c('教育背景\n2019.09-至今  清华大学  计算机系  博士在读', '清华大学'),
  c('教育背景\n2010.09-2012.06  郑州大学  法学  肄业', '郑州大学'),
  c('教育背景\n2018.02-2018.07  台湾大学  交换生（电机工程学系）\n2015.09-2019.06  厦门大学  电子信息工程  本科', '台湾大学', '厦门大学'),
  c(
    '教育背景\n2019.09-2020.09  美国加州大学伯克利分校  访问学者\n2015.09-2020.06  中国科学技术大学  物理学  博士',
    '美国加州大学伯克利分校',
    '中国科学技术大学',
  ),
  c(
    '教育背景\n2016.09-2021.06  中国农业科学院研究生院  作物学  博士（联合培养：瓦赫宁根大学，2018-2019）',
    '中国农业科学院研究生院',
    '瓦赫宁根大学',
  ),
  c(
    '教育背景\n2012.09-2016.06  对外经济贸易大学  国际商务  本科（交换：香港中文大学，2014.09-2014.12）',
    '对外经济贸易大学',
    '香港中文大学',
  ),
  c('教育背景\n2013.09-2016.06  北京大学  法学  硕士  论文：《数据跨境流动的法律规制研究》', '北京大学'),
  c('教育背景\n2016.09-2019.06  中国人民大学  统计学  硕士  导师：王立新教授', '中国人民大学'),
  c('教育背景\n2012.09-2016.06  新加坡国立大学（NUS）  计算机科学  本科', '新加坡国立大学（NUS）'),
  c('教育背景\n2014.09-2018.06  南昌大学（原江西大学）  会计学  本科', '南昌大学'),
  c('教育背景\n2015.09-2020.06  中国科学院大学（中科院自动化所）  模式识别与智能系统  博士', '中国科学院大学'),
  c('教育背景\n2017.09-2018.11  英国伦敦大学学院（UCL）  金融数学  硕士', '英国伦敦大学学院（UCL）'),
  c('教育背景\n2017.09-2021.06  西交利物浦大学  数据科学  本科（2+2项目）', '西交利物浦大学'),
  c('學歷\n2015 - 2019  國立成功大學  機械工程學系（輔系：企業管理）', '國立成功大學'),
  c('學歷\n2016.09 - 2020.06  香港城市大學  電腦科學  學士（一級榮譽）', '香港城市大學'),
  c('學歷\n2010 - 2014  輔仁大學（新北市）  大眾傳播學系', '輔仁大學'),
  c('學歷\n2017 - 2019  香港理工大學（PolyU）  酒店及旅遊業管理  碩士', '香港理工大學（PolyU）'),
  c('學歷\n2013 - 2017  澳門科技大學  資訊科技學院  學士', '澳門科技大學'),
];

/** Names that hold a place, a bracket or a unit word, and the schools before university: 高中, 中专, 技校. */
export const NAMES4: SchoolCase[] = [
  c('教育背景\n2018.09-2022.06  香港中文大学（深圳）  金融工程  本科', '香港中文大学（深圳）'),
  c('教育背景\n2012.09-2016.06  北京师范大学珠海分校  英语  本科', '北京师范大学珠海分校'),
  c('教育背景\n2010.09-2014.06  中国地质大学（武汉）  地质工程  本科', '中国地质大学（武汉）'),
  c('教育背景\n2015.09-2019.06  华北电力大学(保定)  电气工程及其自动化  本科', '华北电力大学(保定)'),
  c('教育背景\n2016.09-2019.06  上海外国语大学贤达经济人文学院  日语  本科', '上海外国语大学贤达经济人文学院'),
  c('教育背景\n2013.09-2017.06  电子科技大学成都学院  计算机科学与技术  本科', '电子科技大学成都学院'),
  c('教育背景\n2012.09-2016.06  昆明理工大学津桥学院  工程管理  本科', '昆明理工大学津桥学院'),
  c('教育背景\n2020.09-2023.06  宁波诺丁汉大学  国际商务  硕士', '宁波诺丁汉大学'),
  c('教育背景\n2015.09-2018.06  北京协和医学院  内科学  硕士', '北京协和医学院'),
  c('教育背景\n2010.09-2013.06 长沙民政职业技术学院 社会工作 大专', '长沙民政职业技术学院'),
  c(
    '教育背景\n2011.09-2014.06  深圳职业技术学院  应用电子技术  大专\n2008.09-2011.06  深圳市宝安中学  高中',
    '深圳职业技术学院',
    '深圳市宝安中学',
  ),
  c('教育背景\n2014.09-2017.07  江苏省徐州医药高等职业学校  药学  中专', '江苏省徐州医药高等职业学校'),
  c(
    '教育背景\n2015.03-2018.01  湖南开放大学  机电一体化  大专\n2010.09-2013.06  石家庄市第二技工学校  汽车维修  技校',
    '湖南开放大学',
    '石家庄市第二技工学校',
  ),
  c('學歷\n2014 - 2018  國立臺灣大學  電機工程學系  學士\n2011 - 2014  臺北市立建國高級中學  高中', '國立臺灣大學', '臺北市立建國高級中學'),
  c('學歷\n2012 - 2016  國立政治大學  廣告學系  學士｜2017 - 2019  國立交通大學  資訊管理研究所  碩士', '國立政治大學', '國立交通大學'),
];

/** Several schools on a line or in a sentence, a summary or details line, unusual headings, sidebars, tables. */
export const LAYOUTS4: SchoolCase[] = [
  c('教育背景\n本科北京交通大学，硕士清华大学', '北京交通大学', '清华大学'),
  c('教育背景\n本科毕业于南京航空航天大学，研究生毕业于北京航空航天大学', '南京航空航天大学', '北京航空航天大学'),
  c('自我评价\n985硕士，毕业于浙江大学，5年Java后端开发经验', '浙江大学'),
  c('个人简介\n211本科（西北大学），3年新媒体运营经验，熟悉抖音、小红书平台', '西北大学'),
  c('个人信息\n姓名：李明    性别：男\n毕业院校：南京大学    学历：硕士', '南京大学'),
  c('学习经历\n2013.09-2017.06  安徽大学  档案学  本科', '安徽大学'),
  c('教育及培训\n2012.09-2016.06  河海大学  水利水电工程  本科\n2018.03-2018.05  新东方  雅思培训', '河海大学', '新东方'),
  c('教育背景与证书\n2014.09-2018.06  暨南大学  新闻学  本科\nCET-6  证券从业资格', '暨南大学'),
  c('教育背景\n硕士研究生  北京外国语大学  英语笔译  2016-2018\n本科  外交学院  英语  2012-2016', '北京外国语大学', '外交学院'),
  c('教育背景\n2014.09-2018.06\n联系方式\n中国海洋大学\n138 0013 8000\n海洋科学  本科', '中国海洋大学'),
  c(
    '教育背景\n2016.09-2017.12  University of Southern California  Master of Science in Computer Science',
    'University of Southern California',
  ),
  c('教育背景\n2018.09-2019.12  The University of Sydney（悉尼大学）  商科  硕士', 'The University of Sydney（悉尼大学）'),
  c('教育背景\n2019.09-2021.06  香港大学（HKU）  Master of Finance', '香港大学（HKU）'),
];

/** Sections with no school: an employer, a project partner, an alumni association, MOOCs, certificates, no name. */
export const NOT_SCHOOLS4: SchoolCase[] = [
  c('工作经历\n2016.07-至今  北京大学  计算机学院  讲师'),
  c('工作经历\n2015.09-2019.07  深圳市南山区实验学校  初中数学教师'),
  c('Experience\nResearch Scientist, University of Oxford, 2018 – present\nPostdoctoral Fellow, Max Planck Institute, 2015 – 2018'),
  c('Experience\nTeaching Assistant — Department of Physics, University of Leeds, 2016 – 2018'),
  c('项目经历\n2019.03-2020.06  与清华大学合作：智能电网负荷预测系统  项目负责人'),
  c('Projects\nFlood forecasting model, in partnership with University of Melbourne, 2021'),
  c('社会活动\n2017-至今  浙江大学校友会（上海）  理事'),
  c('Activities\nMember, Harvard Alumni Association of Hong Kong, 2015 – present'),
  c('Certifications\nMachine Learning — Coursera (offered by Stanford University), 2020'),
  c('Courses\nCS50x, offered by Harvard University via edX, 2019'),
  c('Certificates\nCertificate in Project Management, issued by University of Washington, 2018'),
  c('证书\n数据分析师证书（北京大学继续教育学院颁发），2019'),
  c('教育背景\n本科  计算机科学与技术  2012-2016'),
  c('Education\nBachelor of Science in Computer Science, 2016\nGPA 3.8/4.0'),
  c('教育背景\n学历：硕士研究生    专业：金融学    毕业时间：2019.06'),
  c('学历\n全日制本科，985院校，计算机相关专业'),
  c('荣誉奖项\n2017  全国大学生数学建模竞赛一等奖（主办：中国工业与应用数学学会）'),
  c('Awards\nGates Cambridge Scholarship, 2018'),
  // A training provider on a dated line is where its writer studied, as the labelled set notes it (school-as-named.test.ts).
  c('教育背景\n2019.03-2019.06  达内教育  Java全栈培训', '达内教育'),
  c('Languages\nEnglish (IELTS 7.5), Mandarin (native)\nCambridge English: C1 Advanced'),
  c('Volunteer\nMentor, MIT Enterprise Forum Hong Kong, 2019 – 2021'),
];

export const SCHOOL_CASES4: SchoolCase[] = [...BEFORE4, ...AFTER4, ...NAMES4, ...LAYOUTS4, ...ENGLISH4];
