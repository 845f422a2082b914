/**
 * (A school's letters and other name in brackets and a country before its Chinese name are kept since the seventeenth
 * round, as the labelled set keeps them: schools-worldwide.ts's header says why.)
 * A fifth blind stress set for school recognition: the schools of people who did not go to a university, or not only —
 * frontline workers, tradespeople and people changing careers. Vocational and secondary schools (中专, 职高, 技校, 技师学院,
 * 卫校, 职业技术学校, 职业技术教育中心 / 职教中心, 高中 and 初中 as the last entry, 培训学校, 新东方烹饪学校, 蓝翔), adult and
 * distance study (成人高考, 自考 with its 主考院校, 电大, 开放大学, 网络教育, with the university named or not), 党校, 军校
 * and police colleges; TAFE, community, sixth-form and further-education colleges, polytechnics, ITE, high school and
 * GED, NVQ and apprenticeships with their college, trade, nursing, police, military, flight, maritime and culinary
 * schools, seminaries, conservatories and art academies (schools-worldwide5-english.ts); a name written in two
 * languages on one line and branch campuses abroad; training bodies that are and are not schools; and education
 * written sparsely (a year and a school, a school alone, a school in a sentence, in a personal-details block, only in
 * a summary, with 未毕业 / 肄业 / incomplete). About half 简体 and 繁體, half English from everywhere and mixed.
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first four sets' (the institution as the line writes it, abbreviation included, campus kept when
 * the name carries it, the city, country, faculty, bracketed abbreviation or translation and study-mode note left off;
 * an exam board, an awarding body, a certificate, a training provider or centre, a bootcamp, a MOOC platform, a
 * scholarship and an employer are none; a chamber or national authority that trains, a school of a trade whose name
 * says it is a school, a military service school, a high school, 中专 and 技校 are schools), and for this set:
 * - A name written in two languages on one line is ONE school, noted with both names as the line writes them, as the
 *   labelled resumes' labellers note it (re-decided in the twelfth round: all five dev resumes that write a school so,
 *   from five batches and labellers, keep both; this set first kept only the first name): "Le Cordon Bleu Paris
 *   法国蓝带厨艺学院", "香港理工大学 The Hong Kong Polytechnic University", "Universiti Malaya (UM) 马来亚大学" is Universiti
 *   Malaya 马来亚大学 (its letters left off). A translation in brackets is still left off (set 4). A name that itself
 *   joins two schools (北京师范大学-香港浸会大学联合国际学院) is one.
 * - A branch campus abroad is part of the name (Heriot-Watt University Dubai, University of Nottingham Ningbo China,
 *   Monash University Malaysia, NYU Shanghai, Le Cordon Bleu London); a campus of a school at home written as a note
 *   (（合肥）, (Ultimo campus), （江苏分部）, （沙田）) is left off.
 * - 职业技术教育中心 / 职业教育中心 / 职教中心 is a county's or city's vocational secondary school, a school; a 培训中心 stays
 *   none (set 3). 网络教育学院 / 继续教育学院 glued after a university is the study mode, left off (中国石油大学（北京）);
 *   自考 is noted as its 主考院校 when the line names one. A kind of school written with no name — 卫校, 自考, 网络教育,
 *   军队院校 (a name withheld), 初中, high school diploma, GED, some college — is none; an abbreviation that names one
 *   school (河南电大, 邵阳卫校, 鞍山技校, 蓝翔技校) is that school. 电大 alone is a school, as the third set decided (the
 *   local 广播电视大学): first written as none, corrected to set 3's decision after the first run — the as-written
 *   figure counts it as failing.
 * - An awarding or professional body is none (WSET, CIPD, ACCA, ICAEW, ILM, RTITB, the GED's state agency); the college
 *   an award was taken at is the school (CIPD at Birmingham Metropolitan College, ACCA at Sunway College). A bootcamp
 *   (General Assembly, Le Wagon), a MOOC, a workshop of days, a first-aid or licence course, an employer's in-house
 *   academy (McDonald's Hamburger University, 华为大学, 海底捞大学) and an employer's education scheme (Amazon Career
 *   Choice) are none. An online degree is the university that awards it (University of London, the via-Coursera note
 *   off); a short course run by a university's continuing-education school is none.
 * - A police academy is the police's own school for its recruits, a school (New York City Police Academy, Home Team
 *   Academy, 江苏警官学院), as a military academy is; basic training at a base (Parris Island, Fort Jackson) is none.
 * - A school in a sentence, a personal-details block or a summary is the school a recruiter notes (set 4); a school
 *   followed by 未毕业 / 肄业 / (incomplete) / did not complete is still the school, the note left off.
 *
 * As written (npx vitest run tests/resume/schools-worldwide5.test.ts): see the figures in schools-worldwide5.test.ts.
 */
import type { SchoolCase } from './schools-worldwide.ts';
import { ENGLISH5, NOT_SCHOOLS5_ENGLISH } from './schools-worldwide5-english.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Vocational and secondary schools, adult and distance study, 党校, military and police colleges, in 简体 and 繁體. */
export const VOCATIONAL5: SchoolCase[] = [
  c('教育背景\n2008.09-2011.07  河北省邢台市职业技术教育中心  电子电器应用与维修  中专', '河北省邢台市职业技术教育中心'),
  c('教育经历\n2010.09-2013.06  广州市交通运输职业学校  汽车运用与维修  中专', '广州市交通运输职业学校'),
  c('教育背景\n2012-2015  佛山市顺德区胡锦超职业技术学校  模具制造  职高', '佛山市顺德区胡锦超职业技术学校'),
  c(
    '教育背景\n2006.09-2009.07  天津市第一轻工业学校  烹饪  职高\n2003.09-2006.07  天津市第四十五中学  初中',
    '天津市第一轻工业学校',
    '天津市第四十五中学',
  ),
  c('教育背景\n2014.09-2017.06  江苏省常州技师学院  电气自动化设备安装与维修  高级工', '江苏省常州技师学院'),
  c('教育背景\n2009年9月-2012年7月  湖北省荆州市卫生学校  护理  中专', '湖北省荆州市卫生学校'),
  c('教育背景\n2013.09-2016.06  重庆市渝北职业教育中心  计算机应用  中专', '重庆市渝北职业教育中心'),
  c('教育背景\n2015.03-2017.07  西南大学（网络教育）  行政管理  专科', '西南大学'),
  c('教育背景\n2016.03-2018.12  中国石油大学（北京）网络教育学院  会计学  本科', '中国石油大学（北京）'),
  c('教育背景\n2017.09-2020.01  北京理工大学  机械工程  本科（成人高考，业余）', '北京理工大学'),
  c('教育背景\n2014-2016  自考  汉语言文学  本科（主考院校：华中师范大学）', '华中师范大学'),
  c('教育背景\n2005.03-2008.01  中央广播电视大学  计算机应用  大专（电大）', '中央广播电视大学'),
  c('教育背景\n2003-2006  河南电大  会计  大专', '河南电大'),
  c('教育背景\n2001-2004  电大  会计  大专', '电大'),
  c('教育背景\n2019.03-2021.07  广东开放大学  工商管理  专科', '广东开放大学'),
  c('教育背景\n2020.03-2022.07  国家开放大学（江苏分部）  法学  本科', '国家开放大学'),
  c('教育背景\n2011-2013  中共广西区委党校  法律  本科（函授）', '中共广西区委党校'),
  c('教育背景\n2002.09-2006.07  中国人民解放军信息工程大学  通信工程  本科（军校）', '中国人民解放军信息工程大学'),
  c('教育背景\n1998-2001  武警指挥学院  指挥专业  大专', '武警指挥学院'),
  c(
    '教育背景\n2012.09-2015.06  成都纺织高等专科学校  服装设计  大专\n2009.09-2012.06  四川省成都市第七中学  高中',
    '成都纺织高等专科学校',
    '四川省成都市第七中学',
  ),
  c('教育背景\n2001-2004  山东省平度市第一中学（高中）', '山东省平度市第一中学'),
  c('教育经历\n2012.09-2015.07  邯郸市第二十五中学  初中', '邯郸市第二十五中学'),
  c('教育背景\n2010.03-2011.01  山东蓝翔高级技工学校  挖掘机操作  结业', '山东蓝翔高级技工学校'),
  c('教育背景\n2015.03-2016.06  新东方烹饪学校（合肥）  中式烹调  中技', '新东方烹饪学校'),
  c('教育背景\n2017  杭州新东方烹饪学校  中式面点  结业证书', '杭州新东方烹饪学校'),
  c('教育背景\n2019.04-2019.10  北京市朝阳区爱尚美容美发职业技能培训学校  美发  结业', '北京市朝阳区爱尚美容美发职业技能培训学校'),
  c('教育背景\n2007-2010  鞍山技校  钳工', '鞍山技校'),
  c('教育背景\n2016.09-2019.06  深圳技师学院  工业机器人应用与维护  预备技师', '深圳技师学院'),
  c('教育背景\n2008.09-2011.06  温州市职业中等专业学校  数控技术应用  职高', '温州市职业中等专业学校'),
  c('教育背景\n2013.09-2016.06  宁波市鄞州职业高级中学  电子商务', '宁波市鄞州职业高级中学'),
  c('教育背景\n2005-2008  邵阳卫校  护理  中专', '邵阳卫校'),
  c('教育背景\n2018.03-2021.01  成人高考  江西财经大学  会计学  专升本', '江西财经大学'),
  c('教育背景\n2016.03-2018.07  通过网络教育就读于东北财经大学  市场营销  本科', '东北财经大学'),
  c(
    '教育背景\n2014.09-2017.06  黄河水利职业技术学院  工程测量技术  大专\n2011.09-2014.06  河南省水利水电学校  水利工程施工  中专',
    '黄河水利职业技术学院',
    '河南省水利水电学校',
  ),
  c('教育背景\n2000.09-2003.07  昆山市第一职业中专  机电  中专', '昆山市第一职业中专'),
  c('教育背景\n2010.09-2013.07  江苏警官学院  治安管理  大专', '江苏警官学院'),
  c('教育背景\n2012.09-2016.07  中国民用航空飞行学院  飞行技术  本科', '中国民用航空飞行学院'),
  c('教育背景\n2011.09-2014.06  青岛远洋船员职业学院  轮机工程技术  大专', '青岛远洋船员职业学院'),
  c(
    '教育背景\n2007.09-2011.07  中央音乐学院  钢琴表演  本科\n2001.09-2007.07  中央音乐学院附属中学  钢琴',
    '中央音乐学院',
    '中央音乐学院附属中学',
  ),
  c('教育背景\n2010.09-2014.06  中国美术学院  视觉传达设计  本科', '中国美术学院'),
  c('教育背景\n2012.09-2016.06  金陵协和神学院  神学  本科', '金陵协和神学院'),
  c('教育背景\n2015.09-2019.06  上海立信会计金融学院  会计学（ACCA方向）  本科', '上海立信会计金融学院'),
  c('教育背景\n2010.09-2013.06  广州番禺职业技术学院  会计  大专\n2019.06  华为大学  新员工入职培训', '广州番禺职业技术学院'),
  c('學歷\n2010 - 2013  台北市立松山高級工農職業學校（高職）  電機科', '台北市立松山高級工農職業學校'),
  c('學歷\n2014 - 2016  香港專業教育學院（IVE）（沙田）  高級文憑  機械工程', '香港專業教育學院（IVE）'),
  c('學歷\n2011 - 2013  中華廚藝學院  中式廚藝文憑', '中華廚藝學院'),
  c('學歷\n2008 - 2011  國立臺中高級農業職業學校  園藝科', '國立臺中高級農業職業學校'),
  c('學歷\n2004 - 2008  陸軍軍官學校  正期班  學士', '陸軍軍官學校'),
  c('學歷\n2012 - 2014  臺灣警察專科學校  刑事警察科  專科', '臺灣警察專科學校'),
  c('學歷\n2016 - 2020  國立空中大學  社會科學系（肄業）', '國立空中大學'),
];

/** Education written sparsely: a year and a school, a school alone, in a sentence, in personal details, in a summary. */
export const SPARSE5: SchoolCase[] = [
  c('教育背景\n2009  唐山工业职业技术学院', '唐山工业职业技术学院'),
  c('教育背景\n沧州市职业技术学校', '沧州市职业技术学校'),
  c('教育背景\n1996 年毕业于张家口市职教中心，学习电工', '张家口市职教中心'),
  c('个人信息\n姓名：王建国    性别：男    年龄：38\n学历：中专（唐山市技工学校）    籍贯：河北唐山', '唐山市技工学校'),
  c('个人简介\n从事厨师工作12年，毕业于新东方烹饪学校，擅长川菜、湘菜', '新东方烹饪学校'),
  c('自我评价\n蓝翔技校毕业，持焊工证，8年钢结构焊接经验', '蓝翔技校'),
  c('教育背景\n2011.09-2013.01  武汉软件工程职业学院  软件技术（未毕业）', '武汉软件工程职业学院'),
  c('教育背景\n2008-2010  郑州铁路职业技术学院  铁道车辆  肄业', '郑州铁路职业技术学院'),
  c('教育背景\n高中：2003-2006 福建省龙岩第一中学', '福建省龙岩第一中学'),
  c('教育背景\n中专  2006年毕业  石家庄铁路运输学校', '石家庄铁路运输学校'),
  c('教育背景\n2002年初中毕业于南充市第十一中学', '南充市第十一中学'),
  c('教育背景\n毕业学校：成都市礼仪职业中学    专业：酒店服务与管理', '成都市礼仪职业中学'),
  c('教育背景\n2005.09-2008.07\n陕西省商业学校\n市场营销\n中专', '陕西省商业学校'),
  c('教育背景\n2015-2017年在广东省技师学院读汽修，取得中级工证书', '广东省技师学院'),
  c('教育背景\n2012.09-2015.06  无锡机电高等职业技术学校（五年制大专，未毕业）  机电一体化', '无锡机电高等职业技术学校'),
  c('學歷\n1999 年畢業於香港仔工業學校', '香港仔工業學校'),
  c('個人資料\n姓名：陳大文\n學歷：中五（聖公會李炳中學）', '聖公會李炳中學'),
];

/** A name in two languages on one line, branch campuses abroad, a name that joins two schools. */
export const BILINGUAL5: SchoolCase[] = [
  c('教育背景\n2016.09-2017.06  Le Cordon Bleu Paris 法国蓝带厨艺学院  Diplôme de Pâtisserie', 'Le Cordon Bleu Paris 法国蓝带厨艺学院'),
  c(
    '教育背景\n2014.09-2018.06  香港理工大学 The Hong Kong Polytechnic University  酒店管理  本科',
    '香港理工大学 The Hong Kong Polytechnic University',
  ),
  c('Education\n2013 – 2017  Universiti Malaya (UM) 马来亚大学  Bachelor of Accounting', 'Universiti Malaya (UM) 马来亚大学'),
  c(
    '教育背景\n2019.09-2020.11  University of Nottingham Ningbo China 宁波诺丁汉大学  MSc Finance',
    'University of Nottingham Ningbo China 宁波诺丁汉大学',
  ),
  c(
    '教育背景\n2015.09-2019.06  西交利物浦大学 Xi’an Jiaotong-Liverpool University  金融数学  本科',
    '西交利物浦大学 Xi’an Jiaotong-Liverpool University',
  ),
  c('教育背景\n2017-2019  NYU Shanghai 上海纽约大学  BS Business and Finance', 'NYU Shanghai 上海纽约大学'),
  c(
    '學歷\n2012 - 2016  國立臺灣師範大學 National Taiwan Normal University  英語學系',
    '國立臺灣師範大學 National Taiwan Normal University',
  ),
  c(
    'Education\n2015 – 2018  Monash University Malaysia 蒙纳士大学马来西亚分校  Bachelor of Business',
    'Monash University Malaysia 蒙纳士大学马来西亚分校',
  ),
  c('教育背景\n2010.09-2013.06  新加坡工艺教育学院 ITE College East  Nitec in Mechatronics', '新加坡工艺教育学院 ITE College East'),
  c('教育背景\n2008-2011  Temasek Polytechnic 淡马锡理工学院  Diploma in Hospitality', 'Temasek Polytechnic 淡马锡理工学院'),
  c(
    '學歷\n2015 - 2017  香港專業教育學院 Hong Kong Institute of Vocational Education  高級文憑',
    '香港專業教育學院 Hong Kong Institute of Vocational Education',
  ),
  c('Education\nSunway University 双威大学 — BSc (Hons) Psychology, 2016 – 2019', 'Sunway University 双威大学'),
  c('教育背景\n2018.09-2019.09  University of Sydney 悉尼大学  Master of Education', 'University of Sydney 悉尼大学'),
  c('教育背景\n2012-2016  武汉大学 Wuhan University  法学  本科', '武汉大学 Wuhan University'),
  c(
    'Education\n2011 – 2013  Institut Paul Bocuse 保罗博古斯厨艺学院, Lyon — Bachelor in Culinary Arts',
    'Institut Paul Bocuse 保罗博古斯厨艺学院',
  ),
  c(
    '教育背景\n2013.09-2017.06  北京师范大学-香港浸会大学联合国际学院（UIC）  金融学  本科',
    '北京师范大学-香港浸会大学联合国际学院（UIC）',
  ),
  c(
    '教育背景\n2014.09-2018.06  宁波诺丁汉大学（University of Nottingham Ningbo China）  国际贸易  本科',
    '宁波诺丁汉大学（University of Nottingham Ningbo China）',
  ),
  c('教育背景\n2016.09-2020.06  昆山杜克大学 Duke Kunshan University  全球健康  本科', '昆山杜克大学 Duke Kunshan University'),
  c(
    'Education\nXiamen University Malaysia 厦门大学马来西亚分校 — BEng Chemical Engineering, 2020',
    'Xiamen University Malaysia 厦门大学马来西亚分校',
  ),
  c('Education\nHeriot-Watt University Dubai — MSc Construction Project Management, 2020', 'Heriot-Watt University Dubai'),
  c('Education\nNew York University Abu Dhabi — BA Economics, 2014 – 2018', 'New York University Abu Dhabi'),
  c('Education\nMiddlesex University Dubai — BA (Hons) Business Management, 2017', 'Middlesex University Dubai'),
  c('Education\nRMIT University Vietnam — Bachelor of Business (Logistics), Ho Chi Minh City, 2019', 'RMIT University Vietnam'),
];

/** Sections with no school a recruiter notes: a kind of school with no name, training, an in-house academy, a body. */
export const NOT_SCHOOLS5: SchoolCase[] = [
  c('教育背景\n2011-2014  卫校（护理专业）  中专'),
  c('教育背景\n2012.10-2015.06  自学考试  人力资源管理  大专'),
  c('教育背景\n2004.09-2008.07  军队院校  指挥自动化  本科'),
  c('基本信息\n年龄：45岁 | 学历：初中 | 户籍：四川南充'),
  c('学历\n大专（自考）'),
  c('教育背景\n2014-2016  网络教育  工商管理  专科'),
  c('教育背景\n2020.05-2020.07  东莞市安全生产培训中心  低压电工作业  操作证'),
  c('教育背景\n2021.05  腾讯课堂  Python自动化运维  在线课程'),
  c('教育背景\n2019.11  北京大学继续教育学院  人力资源管理实务研修班（2天）'),
  c('教育背景\n2016-2019  ACCA  特许公认会计师  全科通过'),
  c('教育背景\n2019.07  海底捞大学  店长培训班'),
  ...NOT_SCHOOLS5_ENGLISH,
];

export const SCHOOL_CASES5: SchoolCase[] = [...VOCATIONAL5, ...SPARSE5, ...BILINGUAL5, ...ENGLISH5];
