/**
 * (A school's letters and other name in brackets and a country before its Chinese name are kept since the seventeenth
 * round, as the labelled set keeps them: schools-worldwide.ts's header says why.)
 * An eighth blind stress set for school recognition, built around the forms the first seven sets took least: a school
 * on ONE line with its degree and dates in any order and parted by anything (commas, dashes, semicolons, slashes,
 * pipes, brackets: "BSc Computer Science, University of Leeds, 2014", "Master of Business Administration — INSEAD
 * (2019)", "2016 | MSc Finance | LSE", "M.S. Statistics (Stanford University, 2020)"); schools written only by their
 * abbreviation (HKUST, UCL, NUS, ETH Zürich, EPFL, UNAM, KAIST, 华科, 北航, 上交, 浙大, 人大, 中科大, 台大); branch and joint
 * campuses (University of Nottingham Ningbo China, 西交利物浦大学, NYU Shanghai, Duke Kunshan, Monash University Malaysia,
 * Carnegie Mellon University Africa, Yale-NUS College); former names ("Zhejiang University (formerly Hangzhou
 * University)", "then" / "now" notes); 985 / 211 / 双一流 tags, bracketed or not; exchange semesters (交换生 | 新加坡国立大学,
 * 其间赴…交换); schools after a skills block or in a sidebar list; Spanish, French, Italian, Dutch, Nordic, Russian,
 * Arabic-world, African and South-East Asian names in their own languages (Universidad, Université, Politecnico,
 * Hogeschool, högskolan, Университет, Universitas, Đại học, Universiti, Jamia); military, police and medical
 * academies, residencies and fellowships at hospitals, a secondary school with no college; and sections with no school
 * (a degree with its school left out, a certificate, a course, a bootcamp, a training company, a test score).
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first seven sets' (the institution as the line writes it, abbreviation included, campus kept when
 * the name carries it, a branch campus abroad part of the name, a single place after a comma inside the school's own
 * cell kept, a city written as a field of a line of fields left off, an address, country, faculty, bracketed
 * abbreviation, translation or tier and study-mode note left off, a renamed school noted as the line first names it;
 * an exam board, an awarding body, a certificate, a training provider, a bootcamp, a MOOC platform, a scholarship and
 * an employer are none; a military service school, a military or police academy and a high school are schools; an
 * exchange school is noted after the entry's own), and for this set:
 * - A line of fields in any order (degree, school, dates, honours) names the school as its field, whatever parts the
 *   fields: the degree, a class of honours (2:1, cum laude), "Class of 2015" and "Graduated 2014 from" are no part of
 *   it. A school in brackets after the degree ("M.S. Statistics (Stanford University, 2020)") is the school; the degree
 *   in brackets after it ("Stanford University (M.S. Statistics, 2020)") is left off.
 * - An abbreviation alone is the school as written, with the place it carries ("NTU Singapore", "BITS Pilani", "IISc
 *   Bangalore", "ETH Zürich"), as the first set kept "MIT" and "北大".
 * - A tier written after the name without brackets (郑州大学 双一流 211) is left off as the bracketed one is (set 4); a
 *   section that names a tier and no school (985院校) names none.
 * - A former name: "Zhejiang University (formerly Hangzhou University)" is Zhejiang University, and "Helsinki University
 *   of Technology (now Aalto University)" is Helsinki University of Technology: the name the line writes first (set 3);
 *   "(then …)" is that note too.
 * - A residency or fellowship written in an education section is the graduate medical training of a physician, and the
 *   hospital that runs it is noted as its school (Massachusetts General Hospital, Cleveland Clinic, 北京协和医院 for 住院医师
 *   规范化培训), as LinkedIn's education entries write it; a hospital in an experience section stays an employer.
 * - A school in a sidebar list with no degree or dates is a school; a list of schools is each, in order. A school after
 *   a skills block, whatever heading comes first, is a school. A-Levels or KCSE before a school is the exam, the school
 *   after it the school.
 * - A degree with its school left out, a tier, 高中 or a High School Diploma with no name, an IELTS score, a certificate
 *   with its awarding body (CISSP — (ISC)², PRINCE2 — AXELOS), a bootcamp and a training company name none.
 *
 * Dev and test: every third case of the whole set (SCHOOL_CASES8 then NOT_SCHOOLS8, from the third) is TEST, decided
 * before the first run; fixes are tuned on DEV only, and TEST is reported before and after (schools-worldwide8.test.ts).
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** A school on one line with its degree and dates, in any order, parted by anything. */
export const ONE_LINE8: SchoolCase[] = [
  c('Education\nBSc Computer Science, University of Leeds, 2014', 'University of Leeds'),
  c('Education\nMaster of Business Administration — INSEAD (2019)', 'INSEAD'),
  c('Education\n2016 | MSc Finance | LSE', 'LSE'),
  c('Education\n2012 – 2016, BA Economics, University of Warwick', 'University of Warwick'),
  c('Education\nUniversity of Melbourne, Master of Engineering (Civil), 2018–2020', 'University of Melbourne'),
  c('Education\nMEng Chemical Engineering (2015) — Imperial College London', 'Imperial College London'),
  c('Education\nPh.D. in Physics, 2019, California Institute of Technology', 'California Institute of Technology'),
  c('Education\n2010: B.A. (Hons) History – University of Bristol', 'University of Bristol'),
  c('Education\nMBA (2021), Wharton School of the University of Pennsylvania', 'Wharton School of the University of Pennsylvania'),
  c('Education\nBachelor of Commerce / University of Auckland / 2013', 'University of Auckland'),
  c('EDUCATION\nMcGill University | B.Eng. Mechanical | 2011 – 2015', 'McGill University'),
  c('Education\nJuris Doctor, cum laude, Georgetown University Law Center, May 2017', 'Georgetown University Law Center'),
  c('Education\nClass of 2015 — Bachelor of Arts in Psychology — Boston College', 'Boston College'),
  c('Education\nM.S. Statistics (Stanford University, 2020)', 'Stanford University'),
  c('Education\nStanford University (M.S. Statistics, 2020)', 'Stanford University'),
  c('Education\nB.Tech, IIT Madras, 2009–2013; M.Tech, IISc Bangalore, 2013–2015', 'IIT Madras', 'IISc Bangalore'),
  c('Education\nMSc Data Science - University of Glasgow - Sept 2021 to Sept 2022', 'University of Glasgow'),
  c('Education\nGraduated 2014 from Trinity College Dublin with a BA in English', 'Trinity College Dublin'),
  c('Education\nDiploma in Nursing 2008 Nanyang Polytechnic', 'Nanyang Polytechnic'),
  c('Education\nBBA  2011-2015  Universidad de los Andes', 'Universidad de los Andes'),
  c('教育背景\n本科，计算机科学与技术，华中科技大学，2012-2016', '华中科技大学'),
  c('教育背景\n硕士 / 2017-2020 / 北京航空航天大学 / 飞行器设计', '北京航空航天大学'),
  c('教育背景\n2014年 毕业 中南大学 冶金工程 学士', '中南大学'),
  c('教育背景\n工商管理硕士（MBA）— 中欧国际工商学院（2019）', '中欧国际工商学院'),
  c('Education\nLLB (Hons), 2:1 — King’s College London — 2012–2015', 'King’s College London'),
  c('Education\nMA International Relations; Sciences Po; 2018', 'Sciences Po'),
  c('Education\nAssociate of Applied Science, Nursing — Miami Dade College — 2016', 'Miami Dade College'),
];

/** Schools written only by their abbreviation. */
export const ABBREVIATIONS8: SchoolCase[] = [
  c('Education\n2015 – 2019  HKUST  BEng Computer Engineering', 'HKUST'),
  c('Education\nUCL — MSc Urban Planning, 2020', 'UCL'),
  c('Education\nNUS, B.Comp. (Computer Science), 2012 – 2016', 'NUS'),
  c('Education\n2013 – 2018  ETH Zürich  MSc Mechanical Engineering', 'ETH Zürich'),
  c('教育背景\n2012-2016  华科  电子信息工程  本科', '华科'),
  c('教育背景\n2015-2018  北航  计算机技术  硕士', '北航'),
  c('教育背景\n2010.09-2014.06  上交  船舶与海洋工程  本科', '上交'),
  c('教育背景\n浙大 | 软件工程 | 硕士 | 2016-2019', '浙大'),
  c('Education\nNTU Singapore — B.Eng. (EEE), 2017', 'NTU Singapore'),
  c('Education\n2009 – 2013  UBC  BSc Biology', 'UBC'),
  c('Education\nEPFL | MSc Robotics | 2019 – 2021', 'EPFL'),
  c('Education\n2011-2015  UNAM  Licenciatura en Derecho', 'UNAM'),
  c('教育背景\n2013-2017  人大  新闻学  本科', '人大'),
  c('教育背景\n2012-2015  中科大  物理学  硕士', '中科大'),
  c('Education\nBITS Pilani, B.E. (Hons) Electrical, 2014', 'BITS Pilani'),
  c('Education\n2016-2018  KAIST  M.S. Industrial Engineering', 'KAIST'),
  c('學歷\n2011 - 2015  台大  資訊管理學系  學士', '台大'),
  c('Education\nUCLA, B.A. Communication Studies (2010)', 'UCLA'),
];

/** Branch and joint campuses, former names, tiers, exchange semesters. */
export const CAMPUSES8: SchoolCase[] = [
  c('Education\n2014 – 2018  University of Nottingham Ningbo China  BSc International Business', 'University of Nottingham Ningbo China'),
  c('教育背景\n2015.09-2019.06  西交利物浦大学  金融数学  本科', '西交利物浦大学'),
  c('Education\nNYU Shanghai — B.S. Data Science, 2021', 'NYU Shanghai'),
  c('Education\n2017 – 2021  Duke Kunshan University  B.S. Environmental Science', 'Duke Kunshan University'),
  c('Education\nZhejiang University (formerly Hangzhou University) — BA English, 1999', 'Zhejiang University'),
  c('教育背景\n1997.09-2001.07  浙江大学（原杭州大学）  英语  本科', '浙江大学'),
  c('Education\n2002 – 2006  Aalto University (then Helsinki University of Technology)  M.Sc. (Tech.)', 'Aalto University'),
  c('Education\n1995 – 1999  Helsinki University of Technology (now Aalto University)  M.Sc.', 'Helsinki University of Technology'),
  c('教育背景\n2012.09-2016.06  武汉大学（985/211，双一流）  法学  本科', '武汉大学'),
  c('教育背景\n2014.09-2018.06  郑州大学 双一流 211  土木工程  本科', '郑州大学'),
  c('教育背景\n2013-2017  西南大学【211】  心理学  本科', '西南大学'),
  c(
    '教育背景\n2016.09-2019.06  北京理工大学（985）  控制工程  硕士\n2012.09-2016.06  河北大学（双一流）  自动化  本科',
    '北京理工大学',
    '河北大学',
  ),
  c('教育背景\n2015.09-2019.06  复旦大学  经济学  本科\n2017.09-2018.01  交换生 | 新加坡国立大学', '复旦大学', '新加坡国立大学'),
  c('教育背景\n2014.09-2018.06  南京大学  计算机科学  本科（其间赴加州大学伯克利分校交换一学期）', '南京大学', '加州大学伯克利分校'),
  c(
    'Education\n2013 – 2017  Seoul National University  B.A. Economics\nExchange: Sciences Po (Spring 2016)',
    'Seoul National University',
    'Sciences Po',
  ),
  c(
    'Education\nUniversity of Sydney — B.Com, 2016 (exchange semester: Copenhagen Business School, 2015)',
    'University of Sydney',
    'Copenhagen Business School',
  ),
  c('Education\n2016 – 2020  Monash University Malaysia  Bachelor of Software Engineering', 'Monash University Malaysia'),
  c('Education\n2018 – 2020  Carnegie Mellon University Africa (Kigali)  MS Information Technology', 'Carnegie Mellon University Africa'),
  c('教育背景\n2016.09-2020.06  宁波诺丁汉大学  国际商务  本科', '宁波诺丁汉大学'),
  c('教育背景\n2017.09-2021.06  上海纽约大学  数据科学  本科', '上海纽约大学'),
  c('Education\nYale-NUS College — B.Sc. (Hons) Physical Sciences, 2019', 'Yale-NUS College'),
];

/** Schools after a skills block, in a sidebar list, between a sidebar's lines. */
export const LAYOUTS8: SchoolCase[] = [
  c('Skills\nPython · SQL · Tableau\nEducation\nUniversity of Michigan\nB.S. Statistics, 2018', 'University of Michigan'),
  c(
    'Skills\nJava, Spring Boot, Kafka\nLanguages\nEnglish, Mandarin\nEducation\nB.Sc. Computer Science — University of Waterloo (2016)',
    'University of Waterloo',
  ),
  c('EDUCATION\n• University of Cape Town\n• Stellenbosch University', 'University of Cape Town', 'Stellenbosch University'),
  c('Education\nUniversity of Oslo\n2014 – 2017\nCONTACT\nola@example.no\nBachelor in Informatics', 'University of Oslo'),
  c('Education\nUniversity of Lagos\nSKILLS\nB.Sc. Accounting\nExcel\n2011 – 2015\nSAP FICO', 'University of Lagos'),
  c('技能特长\n熟练使用 Python、MySQL\n教育背景\n厦门大学 | 统计学 | 本科 | 2013-2017', '厦门大学'),
  c('专业技能\nJava / Spring / Redis\n教育经历\n2012-2016 山东大学 软件工程', '山东大学'),
  c(
    'Core Competencies\nBudgeting | Forecasting | SAP\nEducation\nCPA, 2015\nB.Com., University of Johannesburg, 2012',
    'University of Johannesburg',
  ),
  c('EDUCATION\nHarvard University\nMIT Sloan School of Management', 'Harvard University', 'MIT Sloan School of Management'),
  c(
    'Education\nA-Levels — Raffles Institution (2010)\nB.Eng — National University of Singapore (2015)',
    'Raffles Institution',
    'National University of Singapore',
  ),
];

/** Spanish, French, Italian, Dutch, Nordic and Russian names, in their languages. */
export const EUROPE_LATAM8: SchoolCase[] = [
  c('Formación\n2010 – 2015  Universidad Complutense de Madrid  Grado en Derecho', 'Universidad Complutense de Madrid'),
  c(
    'Educación\nLicenciatura en Administración — Pontificia Universidad Católica de Chile — 2012',
    'Pontificia Universidad Católica de Chile',
  ),
  c('Formación académica\nIngeniería Industrial, Universidad de la República (Uruguay), 2008 – 2013', 'Universidad de la República'),
  c('Education\n2014 – 2016  Universidad Autónoma de Nuevo León (UANL)  Maestría en Finanzas', 'Universidad Autónoma de Nuevo León (UANL)'),
  c('Formation\n2012 – 2015  Université Paris-Saclay  Licence de Physique', 'Université Paris-Saclay'),
  c('Formation\n2016 – 2018  HEC Paris  Master in Management', 'HEC Paris'),
  c('Formation\nDUT Génie Électrique — IUT de Grenoble — 2011', 'IUT de Grenoble'),
  c('Formation\nBaccalauréat scientifique, Lycée Henri-IV, 2009', 'Lycée Henri-IV'),
  c('Istruzione\n2011 – 2016  Politecnico di Torino  Laurea Magistrale in Ingegneria Informatica', 'Politecnico di Torino'),
  c('Education\nUniversità Bocconi — MSc Finance, 2019', 'Università Bocconi'),
  c('Istruzione e formazione\n2008 – 2013  Liceo Scientifico Galileo Galilei  Diploma di maturità', 'Liceo Scientifico Galileo Galilei'),
  c('Opleiding\n2013 – 2017  Hogeschool van Amsterdam  Bachelor HBO-ICT', 'Hogeschool van Amsterdam'),
  c('Education\n2015 – 2018  Technische Universiteit Delft  MSc Aerospace Engineering', 'Technische Universiteit Delft'),
  c('Education\nHanzehogeschool Groningen, BBA International Business, 2014', 'Hanzehogeschool Groningen'),
  c('Utbildning\n2012 – 2015  Kungliga Tekniska högskolan  Civilingenjör', 'Kungliga Tekniska högskolan'),
  c(
    'Education\n2016 – 2018  Norges teknisk-naturvitenskapelige universitet (NTNU)  MSc Marine Technology',
    'Norges teknisk-naturvitenskapelige universitet (NTNU)',
  ),
  c('Education\nKøbenhavns Universitet — BSc Economics, 2014 – 2017', 'Københavns Universitet'),
  c('Education\nHelsingin yliopisto, Master of Science, 2011', 'Helsingin yliopisto'),
  c(
    'Образование\n2008 – 2013  Московский государственный университет имени М. В. Ломоносова  Специалист, прикладная математика',
    'Московский государственный университет имени М. В. Ломоносова',
  ),
  c(
    'Образование\n2010 – 2014  Санкт-Петербургский политехнический университет  Бакалавр',
    'Санкт-Петербургский политехнический университет',
  ),
  c('Education\n2012 – 2018  Bauman Moscow State Technical University  Specialist in Robotics', 'Bauman Moscow State Technical University'),
  c('Education\nHigher School of Economics (HSE), Moscow — MSc Data Science, 2019', 'Higher School of Economics (HSE)'),
];

/** Arabic-world, African and South-East Asian names. */
export const SOUTH8: SchoolCase[] = [
  c('Education\n2010 – 2015  Cairo University  B.Sc. Civil Engineering', 'Cairo University'),
  c('Education\nAmerican University of Beirut — BE Mechanical Engineering, 2016', 'American University of Beirut'),
  c(
    'Education\n2009 – 2014  King Fahd University of Petroleum & Minerals  B.S. Chemical Engineering',
    'King Fahd University of Petroleum & Minerals',
  ),
  c('Education\nUniversité Mohammed V de Rabat — Licence en Droit — 2012', 'Université Mohammed V de Rabat'),
  c('Education\n2014 – 2018  Qatar University  B.Sc. Accounting', 'Qatar University'),
  c('Education\nB.Tech. Computer Engineering, Jamia Millia Islamia, 2017', 'Jamia Millia Islamia'),
  c('Education\n2011 – 2014  Jamia Hamdard  B.Pharm', 'Jamia Hamdard'),
  c(
    'Education\n2012 – 2016  Kwame Nkrumah University of Science and Technology  BSc Petroleum Engineering',
    'Kwame Nkrumah University of Science and Technology',
  ),
  c('Education\nObafemi Awolowo University, Ile-Ife — B.Sc. Economics, 2013', 'Obafemi Awolowo University'),
  c('Education\n2015 – 2019  Addis Ababa University  BA Economics', 'Addis Ababa University'),
  c('Education\nUniversity of the Witwatersrand | BCom Accounting | 2010 – 2013', 'University of the Witwatersrand'),
  c('Education\nKCSE, 2009 — Alliance High School', 'Alliance High School'),
  c('Education\n2013 – 2017  Université de Kinshasa  Graduat en Informatique', 'Université de Kinshasa'),
  c('Education\n2012 – 2016  Universitas Indonesia  Sarjana Teknik Sipil', 'Universitas Indonesia'),
  c('Pendidikan\n2011 – 2015  Institut Teknologi Bandung  S1 Teknik Informatika', 'Institut Teknologi Bandung'),
  c('Education\nĐại học Bách khoa Hà Nội — Kỹ sư Công nghệ Thông tin, 2010 – 2015', 'Đại học Bách khoa Hà Nội'),
  c('Học vấn\n2014 – 2018  Trường Đại học Kinh tế TP.HCM  Cử nhân Tài chính', 'Trường Đại học Kinh tế TP.HCM'),
  c('Education\n2013 – 2017  Universiti Teknologi Malaysia  Bachelor of Engineering (Civil)', 'Universiti Teknologi Malaysia'),
  c('Education\nUniversiti Sains Malaysia (USM), Penang — BSc Pharmacy, 2015', 'Universiti Sains Malaysia (USM)'),
  c('Education\n2009 – 2013  De La Salle University  BS Accountancy', 'De La Salle University'),
  c('Education\n2012 – 2016  Chiang Mai University  B.Eng. Computer Engineering', 'Chiang Mai University'),
  c('Education\nUniversity of Yangon — B.A. English, 2008', 'University of Yangon'),
  c('Education\n2010 – 2014  Royal University of Phnom Penh  B.Sc. Computer Science', 'Royal University of Phnom Penh'),
];

/** Military, police and medical academies, residencies and fellowships, secondary schools with no college. */
export const ACADEMIES8: SchoolCase[] = [
  c('Education\nUnited States Military Academy, West Point — B.S. Systems Engineering, 2012', 'United States Military Academy'),
  c('Education\n2010 – 2014  Royal Military Academy Sandhurst  Commissioning Course', 'Royal Military Academy Sandhurst'),
  c('Education\n2006 – 2010  Indian Military Academy, Dehradun  Commissioned Officer Training', 'Indian Military Academy'),
  c('教育背景\n2009.09-2013.07  国防科技大学  信息工程  本科', '国防科技大学'),
  c('教育背景\n2011.09-2015.07  中国人民公安大学  侦查学  本科', '中国人民公安大学'),
  c('Education\n2012 – 2013  Police Academy of the Netherlands  Police Officer (Level 4)', 'Police Academy of the Netherlands'),
  c(
    'Education\n2003 – 2009  Pirogov Russian National Research Medical University  Doctor of Medicine',
    'Pirogov Russian National Research Medical University',
  ),
  c('Education\n2010 – 2016  S.M. Kirov Military Medical Academy  Military Physician', 'S.M. Kirov Military Medical Academy'),
  c(
    'Education\nMD — Johns Hopkins University School of Medicine, 2012\nResidency, Internal Medicine — Massachusetts General Hospital, 2012 – 2015',
    'Johns Hopkins University School of Medicine',
    'Massachusetts General Hospital',
  ),
  c(
    'Education and Training\nFellowship in Cardiology, Cleveland Clinic, 2016 – 2019\nResidency in Internal Medicine, Mount Sinai Hospital, 2013 – 2016',
    'Cleveland Clinic',
    'Mount Sinai Hospital',
  ),
  c(
    '教育背景\n2015.09-2020.06  中南大学湘雅医学院  临床医学  本科\n2020.09-2023.08  北京协和医院  住院医师规范化培训',
    '中南大学湘雅医学院',
    '北京协和医院',
  ),
  c('Education\nGraduated 2014 — Roosevelt High School', 'Roosevelt High School'),
  c('教育背景\n2011.09-2014.06  河北衡水中学  高中', '河北衡水中学'),
  c('Education\nHigh School Diploma, Westview Secondary School, 2016', 'Westview Secondary School'),
  c('Education\nSecondary: Lagos State Model College, Meiran (WAEC, 2011)', 'Lagos State Model College'),
  c('Education\n2005 – 2011  Escola Secundária de Camões  Ensino Secundário', 'Escola Secundária de Camões'),
];

/** Sections with no school a recruiter notes. */
export const NOT_SCHOOLS8: SchoolCase[] = [
  c('Education\nB.Sc. Computer Science, 2015'),
  c('Education\nMaster of Business Administration (2019)'),
  c('教育背景\n本科 | 计算机科学与技术 | 2012-2016'),
  c('Education\nCertified Kubernetes Administrator (CKA), 2022'),
  c('Education\nData Science Immersive — General Assembly, 2019'),
  c('Education\nMachine Learning Specialization — Coursera, 2021'),
  c('Courses\nAdvanced Excel for Finance, 2020\nPublic Speaking Workshop, 2019'),
  // A training provider on a dated line is where its writer studied, as the labelled set notes it (school-as-named.test.ts).
  c('培训经历\n2020.03-2020.06  尚硅谷  大数据开发培训', '尚硅谷'),
  c('Education\nCISSP — (ISC)², 2018'),
  c('Education\nLe Wagon — Web Development Bootcamp, Lisbon, 2022'),
  c('教育背景\n2010.09-2013.06  高中'),
  c('Education\nHigh School Diploma, 2009'),
  c('Education\nIELTS Academic 7.5 (2020)'),
  c('Education\nPRINCE2 Foundation, AXELOS, 2017'),
  c('教育背景\n985院校，统招本科，计算机专业'),
];

export const SCHOOL_CASES8: SchoolCase[] = [
  ...ONE_LINE8,
  ...ABBREVIATIONS8,
  ...CAMPUSES8,
  ...LAYOUTS8,
  ...EUROPE_LATAM8,
  ...SOUTH8,
  ...ACADEMIES8,
];

/** Every third case of the whole set, from the third, is TEST: reported, never tuned on. */
const isTest = (index: number) => index % 3 === 2;
const ALL8 = [...SCHOOL_CASES8, ...NOT_SCHOOLS8];
export const DEV8: SchoolCase[] = ALL8.filter((_, i) => !isTest(i));
export const TEST8: SchoolCase[] = ALL8.filter((_, i) => isTest(i));
