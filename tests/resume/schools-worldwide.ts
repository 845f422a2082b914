/**
 * A blind stress set for school recognition: education sections as real resumes from many countries write them,
 * written from knowledge of the world's institutions before the parser's school code was read (so it measures the
 * parser, not the other way round). Each case is a section (its heading and one to three lines) and the schools a
 * recruiter would note from it, as written there (compared like the labelled set: no case, spaces or punctuation).
 *
 * Decisions: a school is the institution as the line writes it, abbreviation included ("MIT", "北大", "TU München"),
 * with its campus when the name carries one ("哈尔滨工业大学（威海）", "University of California, Berkeley"), without
 * the city or country written beside it ("University of Toronto, Toronto, ON") and without the faculty or department
 * written after it ("清华大学 计算机系"). A school of a university that is a name of its own (a business or law school,
 * an independent college 浙江大学城市学院) is that name. An online course platform, a certificate issuer, a training
 * provider and an employer that happens to be a university are no school.
 *
 * A convention changed after the sets were written (the seventeenth parser round): every set's cases now keep, as the
 * line writes them, a country written before a school's Chinese name (英国曼彻斯特大学, 日本早稻田大学), the school's
 * letters in brackets ("Universidade de São Paulo (USP)", 新加坡国立大学（NUS）, "Waikato Institute of Technology
 * (Wintec)") and its other name in brackets ("Tsinghua University (清华大学)"). The labelled resume set keeps them in
 * every dev resume that writes one (six countries, three abbreviations, one translation, none left off), as it keeps
 * an employer's letters (Larsen & Toubro (L&T)); the sets' headers below still say "left off" where they were written
 * so. A city or country in brackets, a former name and a study note stay left off, and since the twenty-sixth round so
 * does a faculty or a school of the university in brackets ("University of Oxford (Saïd Business School)"; the later
 * batches' dev labels leave all four so written off).
 */
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

export interface SchoolCase {
  /** The education section: a heading and its lines. */
  section: string;
  schools: string[];
}

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

export const CHINESE_SCHOOLS: SchoolCase[] = [
  c('教育背景\n2012.09-2016.06  北京大学  计算机科学与技术  本科', '北京大学'),
  c('教育背景\n2016.09 - 2019.07  复旦大学  金融学  硕士', '复旦大学'),
  c('教育经历\n2010年9月-2013年6月  深圳职业技术学院  软件技术  大专', '深圳职业技术学院'),
  c('教育经历\n2014.09-2017.06 浙江金融职业学院 会计 专科', '浙江金融职业学院'),
  c('教育背景\n2009.09-2013.07  北京师范大学  汉语言文学  本科', '北京师范大学'),
  c('教育背景\n2011.09-2015.06  湖南第一师范学院  小学教育  本科', '湖南第一师范学院'),
  c('教育背景\n2008.09-2013.07  首都医科大学  临床医学  本科（五年制）', '首都医科大学'),
  c('教育背景\n2012.09-2015.07  山东省莱阳卫生学校  护理  中专', '山东省莱阳卫生学校'),
  c('教育背景\n2015.09-2018.06  广州市工贸技师学院  数控加工  中技', '广州市工贸技师学院'),
  c('教育背景\n2010.09-2013.07  南京市玄武中等专业学校  会计电算化  中专', '南京市玄武中等专业学校'),
  c('教育背景\n2013.03-2015.07  北京广播电视大学  行政管理  专科（业余）', '北京广播电视大学'),
  c('教育背景\n2018.03-2020.07  国家开放大学  会计学  本科（函授）', '国家开放大学'),
  c('教育背景\n2005.09-2008.07  中共中央党校  经济学  在职研究生', '中共中央党校'),
  c('教育背景\n2016.09-2019.07  中共江苏省委党校  公共管理  在职研究生', '中共江苏省委党校'),
  c('教育背景\n2012.09-2016.06  浙江大学城市学院  市场营销  本科', '浙江大学城市学院'),
  c('教育背景\n2013.9-2017.6  南京大学金陵学院  英语  学士', '南京大学金陵学院'),
  c('教育背景\n2014.09-2018.06  四川大学锦城学院  计算机科学与技术  本科', '四川大学锦城学院'),
  c('教育背景\n2012.09-2016.06  广东外语外贸大学南国商学院  国际经济与贸易  本科', '广东外语外贸大学南国商学院'),
  c('教育背景\n2011.09-2015.06  西南交通大学希望学院  土木工程  本科', '西南交通大学希望学院'),
  c('學歷\n2014 - 2018  香港大學  工商管理學士', '香港大學'),
  c('學歷\n2010 - 2014  國立臺灣大學  資訊工程學系  學士', '國立臺灣大學'),
  c('學歷\n2016 - 2018  香港中文大學  哲學碩士', '香港中文大學'),
  c('學歷\n2015 - 2019  澳門大學  傳播學  學士', '澳門大學'),
  c('學歷\n2012 - 2014  國立清華大學  電機工程學系  碩士', '國立清華大學'),
  c('教育背景\n2019.09-2020.11  香港科技大学  计算机科学  硕士', '香港科技大学'),
  c('教育背景\n2010-2014  北大  光华管理学院  本科', '北大'),
  c('教育背景\n2015-2017  复旦  工商管理  MBA', '复旦'),
  c('教育背景\n2008-2012  清华  计算机系  本科', '清华'),
  c('教育背景\n2015.09-2020.06  中国科学院大学  计算数学  博士', '中国科学院大学'),
  c('教育背景\n2013.09-2016.06  中国人民大学  法学院  法学硕士', '中国人民大学'),
  c('教育背景\n2013.09-2017.06  哈尔滨工业大学（威海）  自动化  本科', '哈尔滨工业大学（威海）'),
  c('教育背景\n2012.09-2016.06  中国石油大学(华东)  石油工程  本科', '中国石油大学(华东)'),
  c('教育背景\n上海交通大学\n2012.09 - 2016.06  机械工程  本科', '上海交通大学'),
  c('教育背景\n学校：武汉大学    专业：新闻学    学历：本科\n时间：2011.09-2015.06', '武汉大学'),
  c('教育背景\n毕业院校：西安电子科技大学\n学历：硕士    专业：通信与信息系统    2014.09-2017.03', '西安电子科技大学'),
  c('教育背景\n2015.09-2018.06 | 华中科技大学 | 控制科学与工程 | 硕士', '华中科技大学'),
  c('教育背景\n2010.09-2014.07  北京航空航天大学  飞行器设计与工程  学士', '北京航空航天大学'),
  c('教育背景\n2009.09～2013.06  对外经济贸易大学  国际贸易  本科', '对外经济贸易大学'),
  c('教育背景\n2011年9月 - 2015年7月  中央财经大学  会计学  本科', '中央财经大学'),
  c('教育背景\n2007.09-2014.07  南方医科大学  临床医学  七年制本硕连读', '南方医科大学'),
  c('教育背景\n2010.09-2015.06  成都中医药大学  针灸推拿学  本科', '成都中医药大学'),
  c('教育背景\n2012.09-2016.06  中国美术学院  视觉传达设计  本科', '中国美术学院'),
  c('教育背景\n2009.09-2013.06  中央音乐学院  钢琴表演  本科', '中央音乐学院'),
  c('教育背景\n2011.09-2015.06  北京电影学院  导演系  本科', '北京电影学院'),
  c('教育背景\n2012.09-2015.06  长沙民政职业技术学院  社会工作  大专', '长沙民政职业技术学院'),
  c('教育背景\n2013.09-2016.06  苏州工业园区职业技术学院  电子信息工程技术  大专', '苏州工业园区职业技术学院'),
  c('教育背景\n2010.09-2014.06  中国人民解放军国防科技大学  计算机科学与技术  本科', '中国人民解放军国防科技大学'),
  c('教育背景\n2016.03-2018.12  重庆大学  工商管理  自考本科', '重庆大学'),
  c('教育背景\n2017.09-2018.12  新加坡国立大学  电子工程  硕士', '新加坡国立大学'),
  c('教育背景\n2019.02-2020.12  墨尔本大学  商业分析  硕士', '墨尔本大学'),
  c('教育背景\n2008.09-2013.07  北京大学医学部  临床医学  本科', '北京大学医学部'),
  c('教育背景\n2014.09-2017.06  上海财经大学  金融学  硕士\n2010.09-2014.06  东北财经大学  金融学  本科', '上海财经大学', '东北财经大学'),
  c('教育背景\n2012.09-2015.06  河北工业职业技术学院  机电一体化  专科', '河北工业职业技术学院'),
  c('教育背景\n2011.09-2014.06  江苏经贸职业技术学院  电子商务  大专', '江苏经贸职业技术学院'),
];

export const ENGLISH_SPEAKING_SCHOOLS: SchoolCase[] = [
  c('Education\nUniversity of Michigan, Ann Arbor, MI — B.S. in Computer Science, May 2016', 'University of Michigan'),
  c('Education\nUniversity of Toronto, Toronto, ON\nBachelor of Commerce, 2012 – 2016', 'University of Toronto'),
  c('EDUCATION\nStanford University — M.S. Computer Science (2018–2020)', 'Stanford University'),
  c('Education\nB.A. Economics — Harvard University, 2010', 'Harvard University'),
  c('Education\nUC San Diego | B.S. Cognitive Science | 2014 – 2018', 'UC San Diego'),
  c('Education\nGeorgia Tech, M.S. Analytics, 2019', 'Georgia Tech'),
  c('Education\nMIT — S.B. Mechanical Engineering, 2012', 'MIT'),
  c('Education\nLSE — MSc Economics, 2015 – 2016', 'LSE'),
  c('Education\nUCL, MSc Machine Learning, 2017 – 2018', 'UCL'),
  c('Education\nNYU Stern School of Business — MBA, 2019', 'NYU Stern School of Business'),
  c('Education\nDe Anza College — A.S. Computer Science, 2013', 'De Anza College'),
  c('Education\nNorthern Virginia Community College, Associate of Science, 2010 – 2012', 'Northern Virginia Community College'),
  c('Education\nThe Ohio State University, Columbus, OH; B.S. Accounting, 2014', 'The Ohio State University'),
  c('Education\nArizona State University | 2011 - 2015 | Bachelor of Arts, Psychology', 'Arizona State University'),
  c('Education\nRochester Institute of Technology, B.S. Software Engineering, 2009–2014', 'Rochester Institute of Technology'),
  c('Education\nStanford Law School, J.D., 2015', 'Stanford Law School'),
  c('Education\nColumbia Law School — Juris Doctor, 2012', 'Columbia Law School'),
  c('Education\nHarvard Business School, MBA, 2016', 'Harvard Business School'),
  c('Education\nINSEAD — MBA, 2018, Fontainebleau, France', 'INSEAD'),
  c('Education\nThe Wharton School — MBA, 2017', 'The Wharton School'),
  c('Education\nKellogg School of Management — MBA, 2015 – 2017', 'Kellogg School of Management'),
  c('EDUCATION\nCarnegie Mellon University Pittsburgh, PA  Aug 2014 – May 2018', 'Carnegie Mellon University'),
  c('Education\nBachelor of Science in Nursing\nUniversity of Texas at Austin\n2012 - 2016', 'University of Texas at Austin'),
  c('Education\nTexas A&M University – College Station, TX\nB.S. Petroleum Engineering, 2011', 'Texas A&M University'),
  c('Education\nBoston College, B.A. History, 2008', 'Boston College'),
  c('Education\nDartmouth College — A.B. Government, 2011', 'Dartmouth College'),
  c('Education\nPurdue University — West Lafayette, IN\nB.S. Aeronautical Engineering, 2016', 'Purdue University'),
  c('Education\nUniversity of California, Berkeley — B.A. Statistics, 2015', 'University of California, Berkeley'),
  c('Education\nUniversity of Illinois at Urbana-Champaign, M.S. Computer Science, 2017', 'University of Illinois at Urbana-Champaign'),
  c('Education\nVirginia Tech, B.S. Industrial Engineering, 2013', 'Virginia Tech'),
  c('Education\nCaltech — Ph.D. Physics, 2019', 'Caltech'),
  c('Education\nPenn State University, B.S. Finance, 2010', 'Penn State University'),
  c('Education\nUniversity of Waterloo, Waterloo, ON — BMath, 2016', 'University of Waterloo'),
  c('Education\nMcGill University, Montréal, QC — B.Eng., 2015', 'McGill University'),
  c('Education\nUniversity of Oxford — DPhil Engineering Science, 2014 – 2018', 'University of Oxford'),
  c('Education\nUniversity of Cambridge, MPhil Economics, 2013', 'University of Cambridge'),
  c('Education\nImperial College London, MEng Computing, 2012 – 2016', 'Imperial College London'),
  c("Education\nKing's College London — LLB Law, 2010", "King's College London"),
  c('Education\nUniversity of Manchester | BSc Economics | 2009 – 2012', 'University of Manchester'),
  c('Education\nTrinity College Dublin, BA Computer Science, 2014', 'Trinity College Dublin'),
  c('Education\nTechnological University Dublin — BSc Computing, 2020', 'Technological University Dublin'),
  c('Education\nUniversity of Auckland — BCom, 2014', 'University of Auckland'),
  c('Education\nUNSW Sydney — Bachelor of Engineering (Hons), 2012 – 2016', 'UNSW Sydney'),
  c('Education\nANU, Bachelor of Arts, 2015', 'ANU'),
  c('Education\nTAFE NSW — Certificate IV in Accounting, 2018', 'TAFE NSW'),
  c('Education\nUniversity of Melbourne, Master of Data Science, 2019', 'University of Melbourne'),
  c('Education\nMonash University, Clayton VIC — Bachelor of Commerce, 2017', 'Monash University'),
  c('Education\nRMIT University — Bachelor of Design, 2013', 'RMIT University'),
  c('Education\nQueensland University of Technology — Bachelor of IT, 2016', 'Queensland University of Technology'),
  c('Education\nMiami Dade College — A.A., 2009', 'Miami Dade College'),
  c('Education\nHouston Community College, Associate of Applied Science, 2012', 'Houston Community College'),
  c('Education\nSan José State University — B.S. Software Engineering, 2016', 'San José State University'),
  c('Education\nThe Juilliard School, B.M. Piano Performance, 2012', 'The Juilliard School'),
  c('Education\nEmbry-Riddle Aeronautical University — B.S. Aeronautics, 2015', 'Embry-Riddle Aeronautical University'),
  c('Education\nRutgers University, B.A. Economics, 2014', 'Rutgers University'),
  c('Education\nJohns Hopkins University School of Medicine, M.D., 2016', 'Johns Hopkins University School of Medicine'),
  c('Education\nYale School of Management, MBA, 2018', 'Yale School of Management'),
  c('Education\nUniversity of Chicago Booth School of Business — MBA, 2019', 'University of Chicago Booth School of Business'),
  c('Education\nUnited States Military Academy, B.S., 2008', 'United States Military Academy'),
  c('Education\nNaval Postgraduate School, M.S. Systems Engineering, 2014', 'Naval Postgraduate School'),
  c('Education\nOlin College of Engineering — B.S. Engineering, 2017', 'Olin College of Engineering'),
  c('Education\nBerklee College of Music, B.M. Music Production, 2013', 'Berklee College of Music'),
  c('Education\nRhode Island School of Design — BFA Illustration, 2011', 'Rhode Island School of Design'),
  c('Education\nPratt Institute, BFA Communications Design, 2015', 'Pratt Institute'),
  c('Education\nSep 2010 – Jun 2014    University of Washington    BS, Informatics', 'University of Washington'),
  c(
    'Education\nM.S. Data Science, Columbia University, 2019\nB.A. Mathematics, Wesleyan University, 2016',
    'Columbia University',
    'Wesleyan University',
  ),
];

export const EUROPEAN_SCHOOLS: SchoolCase[] = [
  c('Ausbildung\nTechnische Universität München — M.Sc. Informatik, 2016 – 2019', 'Technische Universität München'),
  c('Education\nTU München, B.Sc. Maschinenbau, 2012–2016', 'TU München'),
  c('Education\nEPFL — MSc Computer Science, 2018', 'EPFL'),
  c('Formation\nSorbonne Université — Licence de Lettres modernes, 2014', 'Sorbonne Université'),
  c('Education\nSciences Po, Master in Public Policy, 2017', 'Sciences Po'),
  c('Formation\n2017 – 2019  Université Paris-Saclay  Master 2 Mathématiques appliquées', 'Université Paris-Saclay'),
  c('Education\nUniversité de Montréal — B.Sc. Informatique, 2013', 'Université de Montréal'),
  c('Education\nHEC Paris — MBA, 2016', 'HEC Paris'),
  c('Education\nESSEC Business School, Grande École, 2015', 'ESSEC Business School'),
  c('Education\nÉcole Centrale de Lyon — Diplôme d’ingénieur, 2012', 'École Centrale de Lyon'),
  c('Education\nUniversità degli Studi di Milano — Laurea Magistrale in Informatica, 2017', 'Università degli Studi di Milano'),
  c('Education\nSapienza Università di Roma, Laurea in Ingegneria Informatica, 2013', 'Sapienza Università di Roma'),
  c('Formación\nUniversidad Complutense de Madrid — Grado en Derecho, 2010 – 2014', 'Universidad Complutense de Madrid'),
  c('Education\nUniversitat Politècnica de Catalunya, Màster en Enginyeria Informàtica, 2018', 'Universitat Politècnica de Catalunya'),
  c('Education\nIE Business School — MBA, 2019', 'IE Business School'),
  c('Education\nUniversidade de Lisboa — Licenciatura em Economia, 2012', 'Universidade de Lisboa'),
  c('Education\nUniwersytet Warszawski — magister, Ekonomia, 2011 – 2016', 'Uniwersytet Warszawski'),
  c('Education\nPolitechnika Warszawska, inżynier, Informatyka, 2014', 'Politechnika Warszawska'),
  c('Education\nUniversiteit van Amsterdam — MSc Data Science, 2018', 'Universiteit van Amsterdam'),
  c('Education\nTU Delft — MSc Aerospace Engineering, 2017', 'TU Delft'),
  c('Education\nKU Leuven, Master of Economics, 2015', 'KU Leuven'),
  c('Education\nKTH Royal Institute of Technology, MSc Machine Learning, 2016', 'KTH Royal Institute of Technology'),
  c('Education\nKTH — MSc Computer Science, 2019', 'KTH'),
  c('Education\nAalto University — M.Sc. (Tech.), 2018', 'Aalto University'),
  c('Education\nHelsingin yliopisto — FM, Tietojenkäsittelytiede, 2015', 'Helsingin yliopisto'),
  c('Education\nLunds universitet — Civilekonom, 2013', 'Lunds universitet'),
  c('Education\nKøbenhavns Universitet — cand.polit., 2014', 'Københavns Universitet'),
  c('Education\nUniversität Wien, Bakkalaureat Publizistik, 2012', 'Universität Wien'),
  c('Ausbildung\nRuprecht-Karls-Universität Heidelberg — Diplom Physik, 2008', 'Ruprecht-Karls-Universität Heidelberg'),
  c('Ausbildung\n10/2011 – 09/2015  Hochschule München  B.Eng. Elektrotechnik', 'Hochschule München'),
  c('Education\nFH Aachen — B.Sc. Maschinenbau, 2014', 'FH Aachen'),
  c('Education\nUniversität St. Gallen — Master in Finance, 2017', 'Universität St. Gallen'),
  c('Education\nKarlsruher Institut für Technologie — M.Sc. Informatik, 2016', 'Karlsruher Institut für Technologie'),
  c('Education\nUniversitat de Barcelona — Grau en Economia, 2015', 'Universitat de Barcelona'),
  c('Education\nUniverzita Karlova — Mgr., Political Science, 2015', 'Univerzita Karlova'),
  c('Education\nEötvös Loránd University, BSc Computer Science, 2016', 'Eötvös Loránd University'),
  c('Образование\n2010 – 2015  Московский государственный университет  Экономика', 'Московский государственный университет'),
  c('Education\nBoğaziçi Üniversitesi — Lisans, Bilgisayar Mühendisliği, 2014', 'Boğaziçi Üniversitesi'),
  c('Education\nUniversity of Amsterdam, MSc Artificial Intelligence, 2019', 'University of Amsterdam'),
  c('Education\nUniversity of Edinburgh — MA (Hons) Economics, 2012', 'University of Edinburgh'),
];

export const ASIAN_SCHOOLS: SchoolCase[] = [
  c('Education\nKyoto University — M.Eng. Informatics, 2016', 'Kyoto University'),
  c('学歴\n2010年4月 - 2014年3月  東京大学  工学部', '東京大学'),
  c('学歴\n2008年4月 - 2012年3月  早稲田大学  政治経済学部  卒業', '早稲田大学'),
  c('学歴\n2015年4月 - 2019年3月  慶應義塾大学  経済学部', '慶應義塾大学'),
  c('Education\nSeoul National University — B.S. Electrical Engineering, 2013', 'Seoul National University'),
  c('학력\n2010 - 2014  서울대학교  경영학과  학사', '서울대학교'),
  c('Education\nKAIST, M.S. Computer Science, 2017', 'KAIST'),
  c('Education\nYonsei University, B.A. Economics, 2012', 'Yonsei University'),
  c('Education\nNUS — B.Comp. Computer Science, 2016', 'NUS'),
  c('Education\nNanyang Technological University, B.Eng. Electrical, 2015', 'Nanyang Technological University'),
  c('Education\nNTU — M.Sc. Data Science, 2018', 'NTU'),
  c('Education\nIIT Bombay — B.Tech Mechanical Engineering, 2011 – 2015', 'IIT Bombay'),
  c('Education\nIndian Institute of Technology Delhi, M.Tech, 2017', 'Indian Institute of Technology Delhi'),
  c('Education\nIIM Ahmedabad — PGP in Management, 2018', 'IIM Ahmedabad'),
  c('Education\nBITS Pilani, B.E. (Hons.) Computer Science, 2014', 'BITS Pilani'),
  c('Education\nAnna University, Chennai — B.E. Electronics, 2012', 'Anna University'),
  c('Education\nUniversity of Delhi — B.Com (Hons), 2013', 'University of Delhi'),
  c('Education\nVellore Institute of Technology, B.Tech Computer Science, 2016', 'Vellore Institute of Technology'),
  c('Education\nUniversiti Malaya — Bachelor of Computer Science, 2015', 'Universiti Malaya'),
  c('Education\nUniversiti Teknologi Malaysia, B.Eng. Civil, 2014', 'Universiti Teknologi Malaysia'),
  c('Education\nChulalongkorn University, B.Eng. Computer Engineering, 2012', 'Chulalongkorn University'),
  c('Education\nAteneo de Manila University — AB Economics, 2014', 'Ateneo de Manila University'),
  c('Education\nUniversity of the Philippines Diliman — BS Computer Science, 2016', 'University of the Philippines Diliman'),
  c('Education\nDe La Salle University, BS Accountancy, 2013', 'De La Salle University'),
  c('Education\nUniversitas Indonesia — S.Kom., Ilmu Komputer, 2017', 'Universitas Indonesia'),
  c('Education\nInstitut Teknologi Bandung — S.T., Teknik Informatika, 2015', 'Institut Teknologi Bandung'),
  c('Education\nHanoi University of Science and Technology — Engineer, 2016', 'Hanoi University of Science and Technology'),
  c('Education\nTechnion, B.Sc. Computer Science, 2014', 'Technion'),
  c('Education\nTel Aviv University — MBA, 2018', 'Tel Aviv University'),
  c('Education\nAmerican University of Beirut, BE Mechanical Engineering, 2013', 'American University of Beirut'),
  c('Education\nKAUST — M.S. Computer Science, 2016', 'KAUST'),
  c('Education\nLahore University of Management Sciences — BSc Economics, 2013', 'Lahore University of Management Sciences'),
  c(
    'Education\nBangladesh University of Engineering and Technology, B.Sc. EEE, 2015',
    'Bangladesh University of Engineering and Technology',
  ),
];

export const LATIN_AMERICAN_AND_AFRICAN_SCHOOLS: SchoolCase[] = [
  c('Formação Acadêmica\nUniversidade de São Paulo — Bacharelado em Ciência da Computação, 2012 – 2016', 'Universidade de São Paulo'),
  c('Education\nUNICAMP — Engenharia Elétrica, 2014', 'UNICAMP'),
  c('Formación\nTecnológico de Monterrey — Ingeniería Industrial, 2010 – 2014', 'Tecnológico de Monterrey'),
  c('Formación\nUNAM — Licenciatura en Economía, 2015', 'UNAM'),
  c('Education\nPontificia Universidad Católica de Chile — Ingeniería Civil, 2013', 'Pontificia Universidad Católica de Chile'),
  c('Education\nUniversidad de los Andes, Bogotá — Administración de Empresas, 2016', 'Universidad de los Andes'),
  c('Education\nUniversidad de Chile, Ingeniería Comercial, 2012', 'Universidad de Chile'),
  c('Education\nInstituto Tecnológico Autónomo de México — Economía, 2011', 'Instituto Tecnológico Autónomo de México'),
  c('Education\nFundação Getulio Vargas — MBA, 2018', 'Fundação Getulio Vargas'),
  c('Education\nUniversidad ORT Uruguay, Ingeniería en Sistemas, 2015', 'Universidad ORT Uruguay'),
  c('Education\nUniversity of Cape Town — BCom Accounting, 2014', 'University of Cape Town'),
  c('Education\nUniversity of the Witwatersrand, Johannesburg — BSc Eng, 2012', 'University of the Witwatersrand'),
  c('Education\nStellenbosch University, BEng Industrial, 2016', 'Stellenbosch University'),
  c('Education\nUniversity of Lagos — B.Sc. Accounting, 2010', 'University of Lagos'),
  c('Education\nObafemi Awolowo University, B.Sc. Computer Science, 2013', 'Obafemi Awolowo University'),
  c('Education\nUniversity of Nairobi — BA Economics, 2015', 'University of Nairobi'),
  c('Education\nMakerere University, BSc Software Engineering, 2017', 'Makerere University'),
  c('Education\nCairo University — B.Sc. Engineering, 2011', 'Cairo University'),
  c('Education\nAmerican University in Cairo, BA Economics, 2014', 'American University in Cairo'),
  c('Education\nKwame Nkrumah University of Science and Technology — BSc, 2016', 'Kwame Nkrumah University of Science and Technology'),
  c('Education\nAddis Ababa University, BSc Civil Engineering, 2012', 'Addis Ababa University'),
  c('Formation\nUniversité Cheikh Anta Diop de Dakar — Licence en Droit, 2013', 'Université Cheikh Anta Diop de Dakar'),
  c('Formation\nUniversité Mohammed V de Rabat — Master Informatique, 2016', 'Université Mohammed V de Rabat'),
];

/**
 * Lines that are no school, each in a section a resume puts it in: the expected schools are the real ones beside
 * it, or none.
 */
export const NOT_SCHOOLS: SchoolCase[] = [
  c('Education\nCoursera — Deep Learning Specialization (certificate), 2020'),
  c('Education\nUdemy: The Complete Web Developer Bootcamp, 2019'),
  c('Education\nGoogle Data Analytics Professional Certificate, 2022'),
  c('Education\nAWS Certified Solutions Architect – Associate, 2021'),
  c('Education\nHarvard ManageMentor — Leadership Essentials (online course), 2019'),
  c('Education\nBachelor of Science in Computer Science, 2015'),
  c('Education\nSelf-taught; online courses on Coursera and edX'),
  c('Experience\nSchool Specialty Inc. — Account Manager, 2015 – 2018\nManaged accounts of school districts.'),
  c('Experience\nStanford University — Research Assistant, 2016 – 2018\nBuilt data pipelines for the lab.'),
  c('Experience\nKhan Academy — Software Engineer, 2019 – Present\nBuilt the exercise editor.'),
  c('Summary\nGuest lecturer at MIT Sloan and mentor at Y Combinator.'),
  c('Education\nUniversity of Denver\nM.A. School Psychology, 2014', 'University of Denver'),
  c('Education\nPeking University\nBeijing, China\nB.S. Physics, 2012', 'Peking University'),
  c('Education\nUniversity of Florida, B.S. Biology, 2015\nGPA 3.8/4.0, Dean’s List', 'University of Florida'),
  c('Education\nBrown University, B.A. History, 2011\nHonors: Phi Beta Kappa; magna cum laude', 'Brown University'),
  c(
    'Education\nUniversity of Virginia, B.S. Systems Engineering, 2016\nRelevant coursework: Machine Learning, Databases, Operating Systems',
    'University of Virginia',
  ),
  c('Education\nMcMaster University, B.Sc. Kinesiology, 2017\nThesis: Gait analysis of elite sprinters', 'McMaster University'),
  c('教育背景\n2012.09-2016.06  厦门大学  计算机科学与技术  本科\n主修课程：数据结构、操作系统、计算机网络、编译原理', '厦门大学'),
  c('教育背景\n2013.09-2017.06  山东大学  软件工程  本科\n\n培训经历\n2019.03-2019.06  北京新东方学校  雅思培训', '山东大学'),
  c('教育背景\n2014.09-2018.06  南开大学  经济学  本科\n在校荣誉：国家奖学金、校级优秀学生干部', '南开大学'),
  c('教育背景\n2020.03-2020.06  网易云课堂  Python数据分析  在线课程'),
];

export const SCHOOL_CASES: SchoolCase[] = [
  ...CHINESE_SCHOOLS,
  ...ENGLISH_SPEAKING_SCHOOLS,
  ...EUROPEAN_SCHOOLS,
  ...ASIAN_SCHOOLS,
  ...LATIN_AMERICAN_AND_AFRICAN_SCHOOLS,
];

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** The schools the parser finds in a case's section, on a small resume of a name, a contact line and that section. */
export function parsedSchools({ section }: SchoolCase): string[] {
  const top = CJK.test(section)
    ? ['张伟', '电话：13800138000    邮箱：zhangwei@example.com']
    : ['Alex Morgan', 'alex.morgan@example.com  |  +1 415 555 0134'];
  const parsed = parseResumeText([...top, '', section].join('\n'));
  return parsed.education.flatMap((e) => (e.school ? [e.school] : []));
}
