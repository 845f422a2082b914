/**
 * A second blind stress set for school recognition, for the forms the first (schools-worldwide.ts) under-covers: whole
 * education blocks as text extraction gives them — Word tables flattened a cell a line (header rows, cells in other
 * orders, key/value tables, tab-separated rows), two-column PDF text (school, degree and dates on lines of their own,
 * a sidebar line between them, a school name wrapped over two lines), sections of three or four schools (high school,
 * bachelor, master, exchange), undated, expected and 在读 / 届 entries, vocational and secondary schools, nursing,
 * teacher, military and police colleges, open and online universities, 自考 / 成人高考 with the university named, and
 * schools of Africa, Latin America, South-East and South Asia, Eastern Europe, the Middle East, New Zealand, Korea,
 * Japan, Taiwan and Hong Kong; then education entries followed by GPA, honours, thesis, coursework and scholarship lines.
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first set's: a school is the institution as the line writes it, abbreviation included, with its
 * campus when the name carries one ("Vietnam National University, Hanoi", "香港中文大学（深圳）"), without the city or
 * country written beside it ("Ahmadu Bello University, Zaria"), without an abbreviation in brackets after the full
 * name ("Instituto Politécnico Nacional (IPN)"), without a study-mode note ("（自考）", "(online)", "（成人高考）"),
 * without the faculty written after it. A school named once in a table cell is noted once. An exchange or visiting
 * year on a row of its own is a school; a high school is a school. An exam board (WAEC, KCSE), a certificate, a
 * training provider or bootcamp, a MOOC platform, a scholarship and an employer that happens to be a school are none.
 *
 * As written (npx vitest run tests/resume/schools-worldwide2.test.ts): see the figures in schools-worldwide2.test.ts.
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Word tables as their text comes out: a cell a line, or a row with tabs. */
export const TABLES: SchoolCase[] = [
  c('教育背景\n时间\n学校\n专业\n学历\n2012.09-2016.06\n北京大学\n计算机科学与技术\n本科', '北京大学'),
  c(
    '教育经历\n起止时间\n毕业院校\n专业\n学历\n2014.09-2017.06\n华东师范大学\n应用心理学\n硕士\n2010.09-2014.06\n华中师范大学\n心理学\n本科',
    '华东师范大学',
    '华中师范大学',
  ),
  c('教育背景\n学历\n专业\n学校\n时间\n本科\n软件工程\n西北工业大学\n2013.09-2017.07', '西北工业大学'),
  c('教育背景\n学校名称\n所学专业\n学历\n起止日期\n广东工业大学\n自动化\n本科\n2011.09-2015.06', '广东工业大学'),
  c('教育背景\n毕业院校\n南京理工大学\n专业\n机械工程\n学历\n本科\n毕业时间\n2016.06', '南京理工大学'),
  c('教育背景\n学校：\n四川农业大学\n专业：\n动物医学\n学历：\n本科', '四川农业大学'),
  c('教育背景\n学历\n本科\n学校\n吉林大学\n专业\n通信工程\n时间\n2012.09-2016.06', '吉林大学'),
  c('教育背景\n时间\t学历\t专业\t学校\n2012.09-2016.06\t本科\t计算机科学与技术\t大连理工大学', '大连理工大学'),
  c('教育背景\n时间 学校 专业 学历\n2012.09-2016.06 燕山大学 材料成型及控制工程 本科', '燕山大学'),
  c(
    '教育背景\n时间\n学校\n专业\n学历\n2015.09-2018.06\n武汉职业技术学院\n计算机应用技术\n大专\n2018.03-2020.07\n武汉理工大学（自考）\n计算机科学与技术\n本科',
    '武汉职业技术学院',
    '武汉理工大学',
  ),
  c('教 育 背 景\n2013.09-2017.06\n山东大学\n软件工程\n本科', '山东大学'),
  c('Education\nDates\nSchool\nDegree\n2014 – 2018\nUniversity of Nairobi\nBSc Computer Science', 'University of Nairobi'),
  c(
    'EDUCATION\nDegree\nInstitution\nYear\nB.Sc. Electrical Engineering\nUniversity of Lagos\n2015\nM.Sc. Power Systems\nUniversity of Ibadan\n2018',
    'University of Lagos',
    'University of Ibadan',
  ),
  c('Education\nInstitution\nQualification\nYear\nUniversity of Ghana\nBA Economics\n2016', 'University of Ghana'),
  c('Education\nSchool\nDegree\nDates\nUniversidad de Buenos Aires\nLicenciatura en Sistemas\n2010 – 2015', 'Universidad de Buenos Aires'),
  c(
    'Education\nUniversity of Cape Town\nBCom Accounting\n2012 – 2015\nUniversity of Pretoria\nBCom Hons Financial Management\n2016',
    'University of Cape Town',
    'University of Pretoria',
  ),
  c('Education\nPeriod\tInstitution\tQualification\n2009 – 2013\tKenyatta University\tBSc Computer Science', 'Kenyatta University'),
  c(
    'Education\nYear\tDegree\tUniversity\n2017\tMBA\tStrathmore University\n2012\tBCom\tUniversity of Nairobi',
    'Strathmore University',
    'University of Nairobi',
  ),
  c(
    'Education\nQualification\tInstitution\tYear\nHigher National Diploma (HND)\tYaba College of Technology\t2014\nB.Tech\tFederal University of Technology, Akure\t2018',
    'Yaba College of Technology',
    'Federal University of Technology, Akure',
  ),
  c(
    'Education\nS/N\nInstitution\nCertificate\nYear\n1\nUniversity of Benin\nB.Sc. Microbiology\n2016\n2\nFederal Government College Warri\nWAEC SSCE\n2010',
    'University of Benin',
    'Federal Government College Warri',
  ),
  c('Education\nDates  School  Degree\n2013 – 2017  Universidad de Antioquia  Ingeniería Industrial', 'Universidad de Antioquia'),
  c('學歷\n期間\n學校\n科系\n學位\n2012 - 2016\n國立成功大學\n機械工程學系\n學士', '國立成功大學'),
  c(
    'Formación académica\nAño\nInstitución\nTítulo\n2014\nUniversidad Nacional de Colombia\nIngeniería de Sistemas',
    'Universidad Nacional de Colombia',
  ),
  c('学歴\n年\n月\n学歴\n2014\n4\n早稲田大学 商学部 入学\n2018\n3\n早稲田大学 商学部 卒業', '早稲田大学'),
  c('학력\n기간\n학교명\n전공\n구분\n2010.03 ~ 2014.02\n고려대학교\n경영학과\n졸업', '고려대학교'),
];

/** Two-column PDF text: the school, degree and dates on lines of their own, a sidebar line among them, names wrapped. */
export const TWO_COLUMN: SchoolCase[] = [
  c(
    'Education\nUniversidad Nacional Autónoma de\nMéxico\nLicenciatura en Administración\n2011 – 2015',
    'Universidad Nacional Autónoma de México',
  ),
  c('EDUCATION\nUniversity of Johannesburg\n+27 82 555 0199\nBSc Computer Science\n2013 – 2016', 'University of Johannesburg'),
  c(
    'EDUCATION\nPontificia Universidad Católica del\nPerú\nBachiller en Ingeniería Informática\n2012 – 2017',
    'Pontificia Universidad Católica del Perú',
  ),
  c('Education\nLANGUAGES\nUniversity of Dhaka\nEnglish, Bengali\nBBA in Finance\n2010 – 2014', 'University of Dhaka'),
  c(
    'EDUCATION\nBachelor of Engineering\nPython\nNational University of Sciences and\nTechnology (NUST)\n2014 – 2018',
    'National University of Sciences and Technology (NUST)',
  ),
  c(
    'Education\nHo Chi Minh City University of\nTechnology\nEngineer in Computer Science\n2012 - 2017',
    'Ho Chi Minh City University of Technology',
  ),
  c(
    'EDUCATION\nM.Sc. Data Science\nUniversity of Warsaw\nSKILLS\n2019 – 2021\nB.Sc. Mathematics\nAGH University of Science and\nTechnology\n2015 – 2019',
    'University of Warsaw',
    'AGH University of Science and Technology',
  ),
  c('Education\nUniversitas Gadjah Mada\nSarjana Teknik (S.T.)\nYogyakarta, Indonesia\n2011 – 2015', 'Universitas Gadjah Mada'),
  c(
    'EDUCATION\n2016 – 2020\nBachelor of Science in Information Technology\nUniversity of Santo Tomas\nManila, Philippines',
    'University of Santo Tomas',
  ),
  c(
    'Education\nKing Mongkut’s University of Technology\nThonburi\nB.Eng. Computer Engineering\n2013 – 2017',
    'King Mongkut’s University of Technology Thonburi',
  ),
  c(
    'EDUCATION\nUniversiti Sains Malaysia\nBachelor of Science (Hons)\nCGPA 3.65\n2012 - 2016\nSKILLS\nSQL, Tableau',
    'Universiti Sains Malaysia',
  ),
  c(
    'Education\nJomo Kenyatta University of\nAgriculture and Technology\nBSc Civil Engineering\n2012 – 2017',
    'Jomo Kenyatta University of Agriculture and Technology',
  ),
  c('EDUCATION\nUniversity of Moratuwa\nhello@example.lk\nB.Sc. Eng. (Hons) Computer Science\n2014 – 2018', 'University of Moratuwa'),
  c('Education\nBabeș-Bolyai University\nCluj-Napoca, Romania\nBSc Computer Science\n2012 – 2015', 'Babeș-Bolyai University'),
  c(
    'EDUCATION\nTaras Shevchenko National University of\nKyiv\nMaster of International Relations\n2010 – 2015',
    'Taras Shevchenko National University of Kyiv',
  ),
  c(
    'Education\nCzech Technical University in Prague\nIng., Software Engineering\n2014 – 2019\nCONTACT\n+420 601 555 123',
    'Czech Technical University in Prague',
  ),
  c(
    'EDUCATION\nAddis Ababa Institute of Technology\nB.Sc. in Electrical Engineering\n2011 – 2016\nREFERENCES\nAvailable on request',
    'Addis Ababa Institute of Technology',
  ),
  c(
    'EDUCATION\n2018 – 2020\nMaster of Engineering\nVictoria University of Wellington\n2014 – 2017\nBachelor of Science\nUniversity of Canterbury',
    'Victoria University of Wellington',
    'University of Canterbury',
  ),
  c('Education\nAin Shams University\nB.Sc. Mechanical Engineering\nCairo, Egypt\n2010 - 2015', 'Ain Shams University'),
  c(
    'EDUCATION\nUniversidad de los Andes\nBogotá, Colombia\nMBA\n2018 – 2020\nExcel · SAP · Power BI\nUniversidad EAFIT\nMedellín, Colombia\nIngeniería de Producción\n2010 – 2015',
    'Universidad de los Andes',
    'Universidad EAFIT',
  ),
  c('教育背景\n华南理工大学\n2014.09 - 2018.06\nPhotoshop / Illustrator\n软件工程 / 本科', '华南理工大学'),
  c(
    'Education\nAuckland University of Technology\nBachelor of Computer and Information Sciences\n2015 – 2018\nLANGUAGES\nEnglish, Māori',
    'Auckland University of Technology',
  ),
];

/** Three or four schools a section: secondary, bachelor, master, exchange; undated, expected, 在读, 届. */
export const MANY_SCHOOLS: SchoolCase[] = [
  c(
    '教育背景\n2016.09-2019.06  清华大学  计算机科学与技术  硕士\n2012.09-2016.06  山东大学  软件工程  本科\n2015.02-2015.07  新加坡国立大学  交换生\n2009.09-2012.06  山东省实验中学  高中',
    '清华大学',
    '山东大学',
    '新加坡国立大学',
    '山东省实验中学',
  ),
  c(
    'Education\nCarnegie Mellon University — M.S. Information Systems, Expected 2026\nUniversity of the Philippines Los Baños — B.S. Computer Science, 2022\nPhilippine Science High School — 2018',
    'Carnegie Mellon University',
    'University of the Philippines Los Baños',
    'Philippine Science High School',
  ),
  c(
    'Education\nImperial College London, MSc Finance, 2021\nNational University of Singapore, Exchange Semester, 2019\nUniversity of Lagos, BSc Economics, 2020\nKings College Lagos, WASSCE, 2015',
    'Imperial College London',
    'National University of Singapore',
    'University of Lagos',
    'Kings College Lagos',
  ),
  c('教育背景\n2019.09-至今  中国科学技术大学  物理学  博士在读\n2015.09-2019.06  兰州大学  物理学  本科', '中国科学技术大学', '兰州大学'),
  c('教育背景\n华中农业大学  2019届  食品科学与工程  本科', '华中农业大学'),
  c('教育背景\n北京邮电大学  通信工程  本科  2025届（在读）', '北京邮电大学'),
  c(
    '教育背景\n2022.09-2025.06（预计）  复旦大学  统计学  硕士在读\n2018.09-2022.06  南京大学  数学与应用数学  本科',
    '复旦大学',
    '南京大学',
  ),
  c(
    'Education\nStanford University\nM.S. Management Science and Engineering (expected June 2026)\nIndian Institute of Technology Madras\nB.Tech Chemical Engineering, 2021\nDelhi Public School, R.K. Puram\nCBSE Class XII, 2017',
    'Stanford University',
    'Indian Institute of Technology Madras',
    'Delhi Public School',
  ),
  c(
    'Education\nUniversity of Melbourne — Master of Engineering\nInstitut Teknologi Sepuluh Nopember — Bachelor of Engineering',
    'University of Melbourne',
    'Institut Teknologi Sepuluh Nopember',
  ),
  c('教育背景\n中山大学  法学  硕士\n西南政法大学  法学  本科', '中山大学', '西南政法大学'),
  c(
    'Education\nSeoul National University, Ph.D. Chemistry, 2015 – 2020\nPohang University of Science and Technology, B.S. Chemistry, 2011 – 2015\nKorea Science Academy of KAIST, 2008 – 2011',
    'Seoul National University',
    'Pohang University of Science and Technology',
    'Korea Science Academy of KAIST',
  ),
  c(
    'Education\nAteneo de Manila University, MBA, 2019\nUniversity of Asia and the Pacific, BS Industrial Engineering, 2013\nXavier School, High School Diploma, 2009',
    'Ateneo de Manila University',
    'University of Asia and the Pacific',
    'Xavier School',
  ),
  c(
    'Formación\nUniversidad de Buenos Aires — Maestría en Finanzas, 2018 – 2020\nUniversidad Torcuato Di Tella — Licenciatura en Economía, 2012 – 2016\nColegio Nacional de Buenos Aires — Bachiller, 2011',
    'Universidad de Buenos Aires',
    'Universidad Torcuato Di Tella',
    'Colegio Nacional de Buenos Aires',
  ),
  c(
    '学歴\n2018年4月 - 2020年3月  東京大学  大学院 情報理工学系研究科  修士\n2014年4月 - 2018年3月  大阪大学  基礎工学部  学士',
    '東京大学',
    '大阪大学',
  ),
  c(
    'Education\nMaster of Science in Nursing — Expected May 2026\nUniversity of the Western Cape\nBachelor of Nursing — 2019\nUniversity of KwaZulu-Natal',
    'University of the Western Cape',
    'University of KwaZulu-Natal',
  ),
  c(
    'EDUCATION\nExpected 2026   B.Sc. Computer Science   University of Ghana\n2020   WASSCE   Achimota School',
    'University of Ghana',
    'Achimota School',
  ),
  c(
    '教育背景\n2021.09-2024.06  香港中文大学（深圳）  数据科学  硕士\n2017.09-2021.06  深圳大学  计算机科学与技术  本科\n2014.09-2017.06  深圳中学  高中',
    '香港中文大学（深圳）',
    '深圳大学',
    '深圳中学',
  ),
  c(
    'Education\nUniversity of Oxford, Visiting Student, 2017 – 2018\nUniversity of Cape Town, BSc Chemical Engineering, 2015 – 2019',
    'University of Oxford',
    'University of Cape Town',
  ),
  c(
    'Education\nThe Open University — BSc (Hons) Computing & IT, 2016 – 2022 (part-time)\nCity of Glasgow College — HNC Computing, 2014',
    'The Open University',
    'City of Glasgow College',
  ),
  c(
    '教育背景\n2010.09-2013.06  温州市第二高级中学\n2013.09-2017.06  宁波大学  国际经济与贸易  本科\n2017.09-2019.06  华威大学  管理学  硕士',
    '温州市第二高级中学',
    '宁波大学',
    '华威大学',
  ),
];

/** Vocational and secondary schools, nursing, teacher, military and police colleges, open and online universities. */
export const VOCATIONAL_AND_OPEN: SchoolCase[] = [
  c('教育背景\n2009.09-2012.07  杭州技师学院  汽车维修  高级工', '杭州技师学院'),
  c('教育背景\n2010.09-2013.06  东莞市技工学校  模具设计与制造  中技', '东莞市技工学校'),
  c('教育背景\n2011.09-2014.06  泉州华侨职业中专学校  电子商务  中专', '泉州华侨职业中专学校'),
  c('教育背景\n2012.09-2015.06  宁波市鄞州职业高级中学  数控技术  职业高中', '宁波市鄞州职业高级中学'),
  c(
    '教育背景\n2009.09-2012.07  江西省赣州卫生学校  护理  中专\n2014.03-2016.07  南昌大学（成人高考）  护理学  大专',
    '江西省赣州卫生学校',
    '南昌大学',
  ),
  c('教育背景\n2015.03-2017.12  自考  中国人民大学  人力资源管理  本科', '中国人民大学'),
  c('教育背景\n2016.03-2018.06  高等教育自学考试（主考院校：华南师范大学）  汉语言文学  本科', '华南师范大学'),
  c('教育背景\n2017.09-2020.01  上海开放大学  工商管理  专科（开放教育）', '上海开放大学'),
  c('教育背景\n2014.09-2017.07  湖南铁道职业技术学院  铁道机车  大专', '湖南铁道职业技术学院'),
  c(
    '教育背景\n2009.09-2012.06  湖北省孝感市卫生学校  护理  中专\n2012.09-2015.06  湖北职业技术学院  护理  大专',
    '湖北省孝感市卫生学校',
    '湖北职业技术学院',
  ),
  c('教育背景\n2013.09-2016.06  长沙师范学院  学前教育  专科', '长沙师范学院'),
  c('教育背景\n2010.09-2014.07  中国人民警察大学  消防工程  本科', '中国人民警察大学'),
  c('教育背景\n2008.09-2011.06  江苏警官学院  治安学  专科', '江苏警官学院'),
  c(
    '學歷\n2010 - 2013  國立臺北科技大學  電機工程系  學士\n2007 - 2010  臺北市立大安高級工業職業學校  電機科',
    '國立臺北科技大學',
    '臺北市立大安高級工業職業學校',
  ),
  c('學歷\n2012 - 2014  香港專業教育學院（IVE）  高級文憑', '香港專業教育學院（IVE）'),
  c('Education\nTAFE Queensland — Certificate III in Commercial Cookery, 2017', 'TAFE Queensland'),
  c('Education\nTemasek Polytechnic — Diploma in Information Technology, 2015', 'Temasek Polytechnic'),
  c('Education\nNgee Ann Polytechnic, Diploma in Accountancy, 2012 – 2015', 'Ngee Ann Polytechnic'),
  c(
    'Ausbildung\n09/2012 – 07/2015  Staatliche Berufsschule I Landshut  Ausbildung zum Industriemechaniker',
    'Staatliche Berufsschule I Landshut',
  ),
  c('Formation\n2012 – 2015  Lycée Louis-le-Grand  Classes préparatoires MP', 'Lycée Louis-le-Grand'),
  // Re-decided by the sixth set (a single place after a comma inside the school's cell is kept, as the labelled set
  // keeps it); first written as 'Lycée technique Diderot'.
  c('Formation\n2009 – 2012  Lycée technique Diderot, Paris  Baccalauréat STI2D', 'Lycée technique Diderot'),
  c('Formación\nInstituto Tecnológico de Costa Rica — Ingeniería en Computación, 2016', 'Instituto Tecnológico de Costa Rica'),
  c('Formación\nInstituto Tecnológico de Celaya — Ingeniería Industrial, 2014', 'Instituto Tecnológico de Celaya'),
  c('Education\nGovernment ITI Aundh — Electrician Trade (NCVT), 2012 – 2014', 'Government ITI Aundh'),
  c('Education\nUniversity of London (online) — BSc Computer Science, 2020 – 2023', 'University of London'),
  c('Education\nOpen University of Sri Lanka — Bachelor of Software Engineering, 2017', 'Open University of Sri Lanka'),
  c('Education\nIndira Gandhi National Open University (IGNOU) — MBA, 2016', 'Indira Gandhi National Open University (IGNOU)'),
  c('Education\nAllama Iqbal Open University, B.Ed., 2014', 'Allama Iqbal Open University'),
  c('Education\nOpen University Malaysia — Bachelor of Business Administration, 2019', 'Open University Malaysia'),
  c('Education\nPhilippine Military Academy — BS Military Science, 2012', 'Philippine Military Academy'),
  c('Education\nNational Defence Academy, Khadakwasla — B.Sc., 2008', 'National Defence Academy'),
  c(
    'Education\nKorle Bu Nursing and Midwifery Training College — Diploma in Nursing, 2015',
    'Korle Bu Nursing and Midwifery Training College',
  ),
  c('Education\nKenya Medical Training College — Diploma in Clinical Medicine, 2016', 'Kenya Medical Training College'),
  c('Education\nKagumo Teachers Training College — P1 Certificate, 2010', 'Kagumo Teachers Training College'),
  c(
    'Education\nWellington Institute of Technology (WelTec) — NZ Diploma in Engineering, 2018',
    'Wellington Institute of Technology (WelTec)',
  ),
  c('Formación\nPolitécnico Grancolombiano — Tecnología en Logística, 2015', 'Politécnico Grancolombiano'),
  c('Formación\nSENA — Tecnólogo en Análisis y Desarrollo de Sistemas de Información, 2017', 'SENA'),
  c('Education\nSouthern Alberta Institute of Technology — Diploma, Power Engineering, 2014', 'Southern Alberta Institute of Technology'),
];

/** Schools of the regions the first set has little of, in the common one-line and table forms. */
export const WORLD: SchoolCase[] = [
  // Africa
  c('Education\nUniversity of Ibadan — MBBS, 2014', 'University of Ibadan'),
  c('Education\nAhmadu Bello University, Zaria — B.Eng. Civil Engineering, 2012', 'Ahmadu Bello University'),
  c('Education\nCovenant University, Ota — B.Sc. Computer Science, 2017', 'Covenant University'),
  c('Education\nLagos State University — B.Sc. Accounting, 2015', 'Lagos State University'),
  c('Education\nMoi University — Bachelor of Business Management, 2018', 'Moi University'),
  c('Education\nUniversity of Cape Coast, B.Ed. Mathematics, 2013', 'University of Cape Coast'),
  c('Education\nAshesi University — BSc Computer Science, 2019', 'Ashesi University'),
  c('Education\nUniversity of Pretoria — BEng (Mechanical), 2016', 'University of Pretoria'),
  c('Education\nRhodes University, BJourn, 2012', 'Rhodes University'),
  c('Education\nBahir Dar University — BSc Software Engineering, 2018', 'Bahir Dar University'),
  c('Education\nAlexandria University, B.Sc. Pharmacy, 2013', 'Alexandria University'),
  c('Education\nUniversity of Dar es Salaam — BSc Computer Engineering, 2016', 'University of Dar es Salaam'),
  // Latin America
  c('Formación\nUniversidad de Guadalajara — Licenciatura en Contaduría Pública, 2013', 'Universidad de Guadalajara'),
  c(
    'Formación\nInstituto Politécnico Nacional (IPN) — Ingeniería en Sistemas Computacionales, 2012',
    'Instituto Politécnico Nacional (IPN)',
  ),
  c('Formación\nUniversidad Javeriana, Bogotá — Administración de Empresas, 2015', 'Universidad Javeriana'),
  c('Formación\nUniversidad de Buenos Aires (UBA) — Contador Público, 2010', 'Universidad de Buenos Aires (UBA)'),
  c('Formación\nUniversidad Nacional de Córdoba — Ingeniería Electrónica, 2014', 'Universidad Nacional de Córdoba'),
  c('Formación\nUniversidad Técnica Federico Santa María — Ingeniería Civil Informática, 2016', 'Universidad Técnica Federico Santa María'),
  c('Formación\nUniversidad de Concepción — Ingeniería Comercial, 2011', 'Universidad de Concepción'),
  c('Formación\nUniversidad Nacional Mayor de San Marcos — Derecho, 2012', 'Universidad Nacional Mayor de San Marcos'),
  c('Formación\nUniversidad del Pacífico — Administración, 2017', 'Universidad del Pacífico'),
  c('Formación\nUniversidad Iberoamericana — Comunicación, 2014', 'Universidad Iberoamericana'),
  c('Education\nUniversidad de Lima, B.A. Marketing, 2015', 'Universidad de Lima'),
  // South-East Asia
  c('Education\nVietnam National University, Hanoi — B.Sc. Computer Science, 2015', 'Vietnam National University, Hanoi'),
  c('Education\nFPT University — Bachelor of Software Engineering, 2019', 'FPT University'),
  c('Education\nForeign Trade University, B.A. International Economics, 2016', 'Foreign Trade University'),
  c('Education\nBina Nusantara University — S.Kom., Computer Science, 2018', 'Bina Nusantara University'),
  c('Education\nUniversitas Airlangga, S.E. Akuntansi, 2014', 'Universitas Airlangga'),
  c('Education\nUniversity of San Carlos — BS Computer Engineering, 2017', 'University of San Carlos'),
  c('Education\nMapúa University, BS Civil Engineering, 2013', 'Mapúa University'),
  c('Education\nMahidol University — B.Sc. Biology, 2012', 'Mahidol University'),
  c('Education\nThammasat University, BBA, 2016', 'Thammasat University'),
  c('Education\nTaylor’s University — Bachelor of Software Engineering, 2018', 'Taylor’s University'),
  c('Education\nMultimedia University, Cyberjaya — B.IT, 2014', 'Multimedia University'),
  // South Asia
  c('Education\nNIT Trichy — B.Tech ECE, 2016', 'NIT Trichy'),
  c('Education\nJadavpur University, B.E. Computer Science, 2013', 'Jadavpur University'),
  c('Education\nSRM Institute of Science and Technology, Chennai — B.Tech, 2019', 'SRM Institute of Science and Technology'),
  c('Education\nUniversity of Mumbai — B.Com, 2011', 'University of Mumbai'),
  c('Education\nNUST, Islamabad — BE Software Engineering, 2015', 'NUST'),
  c('Education\nFAST-NUCES — BS Computer Science, 2017', 'FAST-NUCES'),
  c('Education\nUniversity of the Punjab, Lahore — M.Com, 2012', 'University of the Punjab'),
  c('Education\nNorth South University — BBA, 2016', 'North South University'),
  c('Education\nBRAC University, BSc CSE, 2018', 'BRAC University'),
  c('Education\nUniversity of Colombo — BSc Statistics, 2014', 'University of Colombo'),
  c('Education\nUniversity of Peradeniya, B.Sc. Eng., 2015', 'University of Peradeniya'),
  // Eastern Europe
  c('Wykształcenie\nUniwersytet Jagielloński — magister, Informatyka, 2014 – 2019', 'Uniwersytet Jagielloński'),
  c('Education\nWarsaw University of Technology — MSc Computer Science, 2017', 'Warsaw University of Technology'),
  c('Education\nUniversitatea Politehnica din București — Inginer, Calculatoare, 2015', 'Universitatea Politehnica din București'),
  c('Education\nAcademia de Studii Economice din București, Licență, 2013', 'Academia de Studii Economice din București'),
  c('Education\nKyiv Polytechnic Institute — MSc Software Engineering, 2016', 'Kyiv Polytechnic Institute'),
  c(
    'Освіта\n2010 – 2015  Львівський національний університет імені Івана Франка  Прикладна математика',
    'Львівський національний університет імені Івана Франка',
  ),
  c('Education\nBrno University of Technology, Ing., Information Technology, 2018', 'Brno University of Technology'),
  c('Education\nMasarykova univerzita — Bc., Informatika, 2014', 'Masarykova univerzita'),
  // Middle East
  c('Education\nAmerican University of Sharjah — BS Computer Engineering, 2016', 'American University of Sharjah'),
  c('Education\nKing Saud University, B.Sc. Information Systems, 2014', 'King Saud University'),
  c('Education\nHebrew University of Jerusalem — B.A. Economics, 2012', 'Hebrew University of Jerusalem'),
  c('Education\nSharif University of Technology — B.Sc. Electrical Engineering, 2013', 'Sharif University of Technology'),
  c('Education\nQatar University, B.Sc. Accounting, 2015', 'Qatar University'),
  c('Education\nMiddle East Technical University — B.S. Computer Engineering, 2011', 'Middle East Technical University'),
  // New Zealand
  c('Education\nMassey University — Bachelor of Business, 2014', 'Massey University'),
  c('Education\nUniversity of Otago, BSc Physiology, 2016', 'University of Otago'),
  // Korea
  c('Education\nKorea University — B.A. Business Administration, 2015', 'Korea University'),
  c('Education\nSungkyunkwan University, B.S. Computer Engineering, 2017', 'Sungkyunkwan University'),
  c('학력\n2012.03 - 2016.02  연세대학교  컴퓨터과학과  학사', '연세대학교'),
  c('학력\n2015.03 - 2017.02  한국과학기술원  전산학부  석사', '한국과학기술원'),
  // Japan
  c('学歴\n2012年4月 - 2016年3月  京都大学  工学部  卒業', '京都大学'),
  c('学歴\n2010年4月 - 2014年3月  一橋大学  商学部', '一橋大学'),
  c('学歴\n2016年4月 - 2018年3月  東京工業大学  情報理工学院  修士課程修了', '東京工業大学'),
  c('学歴\n2013年4月  名古屋大学  経済学部  入学\n2017年3月  名古屋大学  経済学部  卒業', '名古屋大学'),
  c('Education\nUniversity of Tokyo — M.Eng. Electrical Engineering, 2016', 'University of Tokyo'),
  c('Education\nWaseda University, B.A. Political Science, 2013', 'Waseda University'),
  // Taiwan, Hong Kong
  c('學歷\n2009 - 2013  國立交通大學  資訊工程學系  學士', '國立交通大學'),
  c('學歷\n2013 - 2015  國立政治大學  企業管理研究所  碩士', '國立政治大學'),
  c('學歷\n2014 - 2018  香港理工大學  會計學  學士', '香港理工大學'),
  c('學歷\n2011 - 2015  香港城市大學  電子工程  學士', '香港城市大學'),
  c('學歷\n2012 - 2016  輔仁大學  大眾傳播學系', '輔仁大學'),
  c('Education\nThe Chinese University of Hong Kong — BBA, 2016', 'The Chinese University of Hong Kong'),
  c('Education\nNational Taiwan University, B.S. Computer Science, 2014', 'National Taiwan University'),
];

/** An entry followed by GPA, honours, thesis, coursework and scholarship lines, none of them a school. */
export const WITH_DETAILS: SchoolCase[] = [
  c(
    '教育背景\n2013.09-2017.06  西安交通大学  电气工程及其自动化  本科\nGPA：3.7/4.0（专业前10%）\n荣誉：国家励志奖学金、校三好学生\n毕业论文：基于深度学习的电网故障诊断',
    '西安交通大学',
  ),
  c(
    'Education\nUniversity of Nairobi — BSc Actuarial Science, 2017\nFirst Class Honours\nThesis: Pricing weather index insurance in Kenya\nScholarship: Equity Bank Wings to Fly Scholar',
    'University of Nairobi',
  ),
  c(
    'Education\nUniversidad de Chile — Ingeniería Civil Industrial, 2015\nMemoria de título: Optimización de rutas de despacho\nBeca Presidente de la República',
    'Universidad de Chile',
  ),
  c(
    'Education\nUniversity of Malaya, Bachelor of Computer Science (Hons), 2016\nCGPA: 3.72 / 4.00, Dean’s List (6 semesters)\nFinal Year Project: Malay sentiment analysis',
    'University of Malaya',
  ),
  c(
    'Education\nIIT Kharagpur — B.Tech (Hons) Mechanical Engineering, 2014\nCGPA 8.9/10\nRelevant Coursework: Thermodynamics, Fluid Mechanics, CAD/CAM\nInstitute Merit-cum-Means Scholarship',
    'IIT Kharagpur',
  ),
  c(
    '教育背景\n2016.09-2019.06  中国农业大学  农业经济管理  硕士\n主修课程：计量经济学、农业政策学、发展经济学\n获得学业一等奖学金（2017、2018）',
    '中国农业大学',
  ),
  c(
    'Education\nUniversity of Cape Town — MPhil Development Studies, 2019\nCoursework: Political Economy of Africa; Research Methods\nMandela Rhodes Scholarship',
    'University of Cape Town',
  ),
  c(
    'Education\nKing Abdulaziz University — B.Sc. Computer Science, 2015\nGPA 4.6/5 — Second Class Honours (Upper Division)\nGraduation Project: Arabic OCR for handwritten forms',
    'King Abdulaziz University',
  ),
  c('學歷\n2012 - 2016  國立中央大學  資訊工程學系  學士\n書卷獎（2013、2015）\n專題：以深度學習進行影像分割', '國立中央大學'),
  c(
    'Education\nUniversity of Warsaw — MA Economics, 2016\nThesis: Monetary policy transmission in Central Europe (supervisor: Prof. Jan Kowalski)\nErasmus+ scholarship',
    'University of Warsaw',
  ),
];

/** Sections with no school: details without their entry, exam boards, certificates, training, employers that teach. */
export const NOT_SCHOOLS2: SchoolCase[] = [
  c('Education\nGPA: 3.8/4.0\nRelevant coursework: Data Structures, Algorithms, Operating Systems'),
  c('教育背景\n主修课程：会计学原理、财务管理、审计学、税法\n获得国家奖学金（2015）'),
  c('Education\nSecondary School Certificate (SSC), 2010\nHigher Secondary Certificate (HSC), 2012'),
  c('Education\nWAEC — West African Senior School Certificate, 2012'),
  c('Education\nKCSE — Mean grade A-, 2011'),
  c('Education\nCambridge IGCSE, 2014\nIB Diploma Programme, 2016'),
  c('Education\nLicenciatura en Administración de Empresas, 2014 – 2018'),
  c('Education\nThesis: Solar microgrids for rural electrification in Ethiopia\nScholarship: Mastercard Foundation Scholars Program'),
  c('Certifications\nMicrosoft Certified: Azure Fundamentals, 2022\nCisco CCNA, 2020'),
  // A training provider on a dated line is where its writer studied, as the labelled set notes it (school-as-named.test.ts).
  c('培训经历\n2019.07-2019.09  达内教育  Java开发培训', '达内教育'),
  c('教育背景\n2020.03-2020.06  中国大学MOOC  机器学习  在线课程'),
  c('Education\nALX Africa — Software Engineering Programme, 2022'),
  c('Education\nAndela Fellowship — Full-stack development, 2018'),
  c('Education\nLe Wagon — Web Development Bootcamp, 2021'),
  c('Experience\nUniversity of Lagos — Graduate Assistant, 2016 – 2018\nTaught tutorials in Calculus.'),
  c('工作经历\n2015.07-2019.06  北京市第八中学  数学教师\n负责高一年级数学教学'),
  c('Skills\nLANGUAGES\nEnglish, Swahili\nPython, SQL, Excel'),
  c('Education\n本科  计算机科学与技术  2012 – 2016'),
  c('Languages\nJLPT N2 (Japan Foundation), 2019\nTOPIK Level 5, 2020'),
  c('Education\nDean’s List 2014, 2015\nPresident, Debate Society'),
  c('学歴\n2019年 TOEIC 850点取得\n2020年 日商簿記2級 合格'),
];

export const SCHOOL_CASES2: SchoolCase[] = [...TABLES, ...TWO_COLUMN, ...MANY_SCHOOLS, ...VOCATIONAL_AND_OPEN, ...WORLD, ...WITH_DETAILS];
