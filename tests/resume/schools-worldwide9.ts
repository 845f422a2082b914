/**
 * (A school's letters and other name in brackets and a country before its Chinese name are kept since the seventeenth
 * round, as the labelled set keeps them: schools-worldwide.ts's header says why.)
 * A ninth blind stress set for school recognition, built around the forms the first eight sets took least: a
 * returnee's school abroad in Chinese, in English or both on one line, with its country before it (英国曼彻斯特大学 /
 * The University of Manchester, 美国南加州大学（USC）); a school with its country or city in brackets or after a comma;
 * a faculty, school, college or department written first (School of Computing, National University of Singapore;
 * 复旦大学管理学院 and 管理学院 alone); school lines whose degree is written in a local form (Diplom-Ingenieur, Licence,
 * Laurea Magistrale, Licenciatura, S.Kom., Cử nhân, B.Tech, MBBS, 学士 / 硕士研究生 / 博士研究生); foundation years,
 * pathway colleges (INTO, Kaplan), language schools and online degrees from named universities; a school in a table cell
 * with its dates in the next cell; a school after its dates on one line in many separators (|, ｜, 丨, ·, /, ／, >, —,
 * ，, ::, •, 【】); education written inside a summary paragraph; several degrees at one school written once; schools
 * named after a person or a place (Johns Hopkins, Lomonosov, Ateneo de Manila, Torcuato Di Tella); schools called
 * College that are high schools (Eton, Dulwich, Gonzaga) or universities (Imperial, Boston, King's, Holy Cross); 中专,
 * 技校, 职业技术学院, 党校 and 进修; and sections with no school (a certificate, a MOOC, a training camp, a licence). About
 * two fifths 简体 and mixed (this file), three fifths English (schools-worldwide9-english.ts).
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first eight sets' (the institution as the line writes it, abbreviation included, campus kept when
 * the name carries it, a branch campus abroad part of the name, a single place after a comma inside the school's own
 * cell kept, a city written as a field of a line of fields left off, an address, country, faculty, bracketed
 * abbreviation, translation or tier and study-mode note left off; a name in two languages on one line one school with
 * both names (set 5); a unit written before its university with a comma the university (sets 4 and 6); an exam board,
 * an awarding body, a certificate, a training provider, a bootcamp, a MOOC platform, a scholarship and an employer are
 * none; a high school is a school; a school in a summary is noted; an exchange or visiting school is a school; a
 * residency's hospital is its school (set 8)), and for this set:
 * - A country written before a Chinese name is left off (set 4: 英国伦敦大学学院), also when the English name follows it
 *   on the line: "英国曼彻斯特大学 / The University of Manchester" is 曼彻斯特大学 The University of Manchester, one school
 *   with both names (set 5), the slash between them punctuation. A country or city in brackets after the name —
 *   "(UK)", "[Italy]", "(Taipei)", "(Akoka, Nigeria)", （江苏南京） — is an address, left off, as set 7 left
 *   "Kraków (Poland)" off; a country alone after a comma is an address (set 6).
 * - A generic faculty glued after its university in Chinese is left off even when it is the business school that runs
 *   the degree (复旦大学管理学院 is 复旦大学, as set 4 left 浙江大学计算机科学与技术学院 off); one with a proper name of its
 *   own (北京大学光华管理学院) is the whole name (set 4's 上海交通大学安泰经济与管理学院). A faculty written with no
 *   university (管理学院 alone) names no school; under its university's line it is that university's faculty.
 * - A local degree form (Diplom-Ingenieur, Licence, Laurea Magistrale, Licenciatura, Magister, S.Kom., Cử nhân,
 *   Ingeniero Civil, 学士, 硕士研究生, 博士研究生) is the degree, no part of the school.
 * - A foundation year is study at the institution the line names: a university ("Foundation Year in Engineering,
 *   University of Nottingham") or a pathway college whose name says it is one (INTO University of East Anglia, Kaplan
 *   International College London), as written — a school, like a school of a trade whose name says it is one (set 3).
 *   A language school attended full-time, its name saying it is a school (ISI Japanese Language School, 东京国际日本语学院,
 *   a 语言学校), is a school on the same ground; a language course or certificate at a course provider (Goethe-Institut's
 *   C1 certificate, EF's General English course, 新东方's IELTS class) is none, as set 5 decided for Kaplan's IELTS course.
 * - An online or distance degree is the university that awards it (sets 5 and 7), the platform ("via Coursera") and
 *   the programme's letters (OMSCS) left off; a MOOC credential (MicroMasters, a Nanodegree, a professional certificate)
 *   and an accelerator's or company's course (Startup School, 字节跳动青训营) are none.
 * - A table's school cell is the school, its dates in the next cell no part of it; a school written on each of two
 *   rows is noted on each, as the labelled set notes a school once an entry.
 * - Several degrees at one school with the school written once ("Stanford University — B.S. (2010), M.S. (2011), Ph.D.
 *   (2016)", a school's line with two degree lines under it) is noted once, as set 2 noted a school named once in a
 *   table cell once.
 * - A summary's sentence that says the person studied there names the school ("holds an MSc from", "a graduate of",
 *   "educated at … and …", 毕业于, 就读于, 赴…攻读), in order; a university named as a partner or employer is none (sets 4
 *   and 5).
 * - A College is the school whatever it is (Eton College, a high school; Imperial College, a university), as written;
 *   its city as a field of a line of fields ("Imperial College, London — MEng", "St. Xavier's College, Mumbai — B.Com.")
 *   is left off (sets 6 and 7).
 * - 党校 is a school (sets 1 and 5), and a 进修 there names it; a 进修 or visiting year at a university names the
 *   university (set 4's 访问学者); a physician's 进修 at a hospital written in an education section is graduate medical
 *   training, its hospital noted as set 8 notes a residency's.
 *
 * Dev and test: every third case of the whole set (SCHOOL_CASES9 then NOT_SCHOOLS9, from the third) is TEST, decided
 * before the first run; fixes are tuned on DEV only, and TEST is reported before and after (schools-worldwide9.test.ts).
 */
import type { SchoolCase } from './schools-worldwide.ts';
import {
  LOCAL_DEGREES9,
  NAMES9,
  NOT_SCHOOLS9_ENGLISH,
  PATHWAYS9,
  PLACES9,
  SUMMARIES9,
  TABLES9,
  UNIT_FIRST9,
} from './schools-worldwide9-english.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** A returnee's school abroad, in Chinese, in English or both, with its country before it or a bracket after it. */
export const RETURNEES9: SchoolCase[] = [
  c(
    '教育背景\n2016.09-2017.12  英国曼彻斯特大学 / The University of Manchester  金融学  硕士',
    '英国曼彻斯特大学 The University of Manchester',
  ),
  c('教育背景\n2015.08-2017.05  美国南加州大学（USC）  计算机科学  硕士', '美国南加州大学（USC）'),
  c(
    '教育经历\n2018.09-2019.11  英国帝国理工学院  环境工程  硕士\n2014.09-2018.06  同济大学  环境工程  本科',
    '英国帝国理工学院',
    '同济大学',
  ),
  c('教育背景\n2017.01-2018.12  澳大利亚悉尼大学 The University of Sydney  商业分析  硕士', '澳大利亚悉尼大学 The University of Sydney'),
  c('教育背景\n2016.09-2018.06  日本早稻田大学  经营管理  硕士研究生', '日本早稻田大学'),
  c(
    '教育背景\n2013.09-2015.03  东京国际日本语学院（语言学校）  日语\n2015.04-2019.03  日本大阪大学  经济学部  学士',
    '东京国际日本语学院',
    '日本大阪大学',
  ),
  c(
    '教育背景\n2017.09-2018.06  The University of Manchester（英国曼彻斯特大学）  MSc Data Science',
    'The University of Manchester（英国曼彻斯特大学）',
  ),
  c('教育背景\n2014.09-2018.06  University of Toronto 多伦多大学  统计学  本科', 'University of Toronto 多伦多大学'),
  c('教育背景\n2018.09-2019.09  英国伦敦政治经济学院（LSE）  金融  硕士', '英国伦敦政治经济学院（LSE）'),
  c(
    '教育背景\n2016.09-2017.06  英国布里斯托大学  国际预科（Foundation）\n2017.09-2020.06  英国布里斯托大学  经济学  本科',
    '英国布里斯托大学',
    '英国布里斯托大学',
  ),
  c('教育背景\n2019.09-2020.12  新加坡南洋理工大学（NTU）  MSc Computer Control & Automation', '新加坡南洋理工大学（NTU）'),
  c(
    '教育背景\n2015.09-2019.06  香港中文大学 The Chinese University of Hong Kong ｜ 工商管理学士',
    '香港中文大学 The Chinese University of Hong Kong',
  ),
  c('教育背景\n2016.09-2017.09  美国约翰斯·霍普金斯大学  公共卫生  硕士', '美国约翰斯·霍普金斯大学'),
  c('教育背景\n2014.09-2018.06  德国亚琛工业大学 RWTH Aachen University  机械工程  硕士', '德国亚琛工业大学 RWTH Aachen University'),
  c('教育背景\n2013.10-2016.09  法国巴黎高等商学院（HEC Paris）  管理学  硕士', '法国巴黎高等商学院（HEC Paris）'),
  c(
    '教育背景\n2017.09-2018.09  英国爱丁堡大学（University of Edinburgh）  人工智能  理学硕士',
    '英国爱丁堡大学（University of Edinburgh）',
  ),
  c('教育背景\n2016.09-2020.06  西南交通大学（成都）  交通运输  本科', '西南交通大学'),
  c('教育背景\n2012.09-2016.06  河海大学（江苏南京）  水文与水资源工程  本科', '河海大学'),
];

/** A school after its dates on one line, in many separators. */
export const SEPARATORS9: SchoolCase[] = [
  c('教育背景\n2015.09-2019.06 | 武汉大学 | 计算机科学与技术 | 本科', '武汉大学'),
  c('教育背景\n2016.09—2020.06 · 四川大学 · 软件工程 · 本科', '四川大学'),
  c('教育背景\n2012.9~2016.6｜厦门大学｜会计学｜学士', '厦门大学'),
  c('教育背景\n2014.09-2018.06 丨 中山大学 丨 临床医学 丨 本科', '中山大学'),
  c('教育背景\n【2013.09-2017.06】中南大学 / 材料科学与工程 / 本科', '中南大学'),
  c('教育背景\n2017/09 - 2020/06 ／ 南开大学 ／ 应用统计 ／ 硕士研究生', '南开大学'),
  c('教育背景\n2011.09-2015.07，吉林大学，车辆工程，学士', '吉林大学'),
  c(
    '教育背景\n2010.09 — 2013.06   兰州大学   草学   硕士研究生\n2013.09 — 2017.06   兰州大学   生态学   博士研究生',
    '兰州大学',
    '兰州大学',
  ),
  c('教育背景\n2016.09-2019.06 > 哈尔滨工程大学 > 船舶与海洋工程 > 硕士', '哈尔滨工程大学'),
  c('教育背景\n2015.09-2019.06 — 华东师范大学 — 学前教育 — 本科', '华东师范大学'),
  c('教育背景\n2014年9月至2018年6月 就读于 西北工业大学 航空宇航 本科', '西北工业大学'),
  c('教育背景\n· 2012.09-2016.06 ｜ 暨南大学 ｜ 新闻学 ｜ 本科 ｜ GPA 3.6/4.0', '暨南大学'),
];

/** A faculty glued or first, tables, one school written once, summaries, vocational, 党校 and 进修. */
export const CHINESE_FORMS9: SchoolCase[] = [
  c('教育背景\n2018.09-2020.06  复旦大学管理学院  工商管理  MBA', '复旦大学'),
  c('教育背景\n复旦大学\n管理学院  工商管理  MBA  2018-2020', '复旦大学'),
  c('教育背景\n2015.09-2019.06  北京大学光华管理学院  金融学  本科', '北京大学光华管理学院'),
  c('教育背景\n2016.09-2019.06  中国科学院大学（中科院计算技术研究所）  计算机系统结构  硕士研究生', '中国科学院大学'),
  c('教育背景\n| 学校 | 时间 | 专业 | 学历 |\n| --- | --- | --- | --- |\n| 重庆大学 | 2014.09-2018.06 | 建筑学 | 本科 |', '重庆大学'),
  c('教育背景\n学校\t时间\t学历\n天津大学\t2015.09-2019.06\t本科\n天津大学\t2019.09-2022.06\t硕士', '天津大学', '天津大学'),
  c('教育背景\n毕业院校\n起止时间\n学历\n苏州大学\n2013.09-2017.06\n本科', '苏州大学'),
  c('教育背景\n北京大学  2010.09-2017.07\n本科：物理学（2010-2014）\n硕士：理论物理（2014-2017）', '北京大学'),
  c('自我评价\n海归硕士，毕业于英国曼彻斯特大学，3年投行分析经验。', '英国曼彻斯特大学'),
  c('个人简介\n本科就读于上海外国语大学，后赴美国哥伦比亚大学攻读硕士，现从事国际传播工作。', '上海外国语大学', '美国哥伦比亚大学'),
  c('教育背景\n2009.09-2012.07  湖南省衡阳市第一中等职业学校  数控技术  中专', '湖南省衡阳市第一中等职业学校'),
  c('教育背景\n2013.09-2016.06  广东省高级技工学校  电气自动化  技校', '广东省高级技工学校'),
  c('教育背景\n2014.09-2017.06  武汉职业技术学院  汽车检测与维修  大专', '武汉职业技术学院'),
  c('教育背景\n2018.03-2018.07  中共浙江省委党校  中青年干部培训班  进修', '中共浙江省委党校'),
  c('教育背景\n2019.09-2020.07  清华大学  访问学者（进修）\n2008.09-2013.06  山东大学  基础数学  博士研究生', '清华大学', '山东大学'),
  c(
    '教育背景\n2017.03-2017.09  北京协和医院  心内科进修\n2008.09-2013.07  青岛大学医学院  临床医学  本科',
    '北京协和医院',
    '青岛大学医学院',
  ),
];

/** Chinese sections with no school a recruiter notes. */
const NOT_SCHOOLS9_CHINESE: SchoolCase[] = [
  c('教育背景\n2012.09-2016.06  管理学院  市场营销  本科'),
  c('培训经历\n2021.07-2021.08  字节跳动青训营  前端开发训练营'),
  c('证书\n2016.05  机动车驾驶证（C1）\n2018.09  全国计算机等级考试二级'),
  c('教育背景\n2020.03-2020.06  中国大学MOOC  Python语言程序设计（北京理工大学）'),
  c('培训经历\n2018.07  全国大学生数学建模夏令营'),
  c('教育背景\n2012.09-2016.06  统招本科  工商管理  学士学位'),
];

export const SCHOOL_CASES9: SchoolCase[] = [
  ...RETURNEES9,
  ...SEPARATORS9,
  ...CHINESE_FORMS9,
  ...PLACES9,
  ...UNIT_FIRST9,
  ...LOCAL_DEGREES9,
  ...PATHWAYS9,
  ...TABLES9,
  ...SUMMARIES9,
  ...NAMES9,
];

export const NOT_SCHOOLS9: SchoolCase[] = [...NOT_SCHOOLS9_CHINESE, ...NOT_SCHOOLS9_ENGLISH];

/** Every third case of the whole set, from the third, is TEST: reported, never tuned on. */
const isTest = (index: number) => index % 3 === 2;
const ALL9 = [...SCHOOL_CASES9, ...NOT_SCHOOLS9];
export const DEV9: SchoolCase[] = ALL9.filter((_, i) => !isTest(i));
export const TEST9: SchoolCase[] = ALL9.filter((_, i) => isTest(i));
