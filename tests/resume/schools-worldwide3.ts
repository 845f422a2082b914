/**
 * (A school's letters and other name in brackets and a country before its Chinese name are kept since the seventeenth
 * round, as the labelled set keeps them: schools-worldwide.ts's header says why.)
 * A third blind stress set for school recognition, for the education sections of experienced people and of the trades:
 * long careers (an old first degree undated or with one year, an MBA / EMBA / 在职研究生 / 党校 / 电大 / 函授 / 网络教育
 * beside it, executive programmes, part-time and distance study, a school renamed), vocational and trade training
 * (chambers of crafts and commerce, national training authorities, colleges with NVQ / BTEC / Red Seal, truck-driving,
 * beauty and culinary schools, 技工学校 / 技师学院 / 职业培训学校, apprenticeships with their college, military service
 * schools, nursing schools, conservatories), the layouts text extraction gives them (two-column PDF text with blank
 * lines and names wrapped after any word, Word tables a cell a line, degree first and school last, dates last, "Name,
 * City, Country", "City — Name", bullets, a Markdown heading a school) and schools of the Philippines, the UAE, India,
 * Germany, Hong Kong, Malaysia, Australia, the USA, the UK, Japan, Korea, Latin America and Africa, in 简体 and 繁體.
 * Written before the parser's code was read, the expected schools decided as a recruiter would note them.
 *
 * Decisions, as the first two sets' (the institution as the line writes it, abbreviation included, campus kept when the
 * name carries it, the city, country, faculty, bracketed abbreviation and study-mode note left off; an exam board, a
 * certificate, a training provider or bootcamp, a MOOC platform, a scholarship and an employer are none), and for the
 * trades:
 * - A chamber that runs and examines a trade's training, written as the institution of an education entry, is a school
 *   (Handwerkskammer Freiburg, IHK München), as the labelled set counts it; so is a national training authority that
 *   trains (TESDA, SENAI, as SENA in the second set). An awarding body or exam board is none: City & Guilds, NVQ, BTEC,
 *   ABRSM, CIDESCO, AAPC, ACCA, a state board; the college where an NVQ or BTEC was taken is the school.
 * - A school of a trade whose name says it is a school (Truck Driving School, Nail Academy, 烹饪学校, 职业培训学校, 技工学校,
 *   技师学院, Culinary Institute, Conservatory) is a school; a training centre or company (培训中心, LearningHub), a funding
 *   scheme (SkillsFuture), a licence or endorsement (CDL Class A, Red Seal, C1驾驶证) is none. A 驾校 for an ordinary car
 *   licence is a licence course, none; a CDL school in a truck driver's education section is the trade's school.
 * - An apprenticeship's school is its college or Berufsschule; the firm that trained the apprentice is an employer, none.
 * - A military service school is a school (US Army Engineer School, Naval Hospital Corps School); basic training at a
 *   base is none. A hospital's nursing school is a school; "School of Nursing, The University of Hong Kong" (the
 *   unit first, a comma, its university) is its university; a college written glued after its university's name is
 *   that whole name, as the first set decided (Johns Hopkins University School of Medicine): "Cebu Doctors’ University
 *   College of Nursing" (first written as "Cebu Doctors’ University"; corrected to the first set's decision after the
 *   first run — the as-written figure counts it as failing).
 * - An executive programme is noted as the school that runs it (Harvard Business School, 长江商学院, 中欧国际工商学院); a
 *   renamed school is noted as the line first names it, the 原 / 现 / now / formerly note left off.
 *
 * As written (npx vitest run tests/resume/schools-worldwide3.test.ts): see the figures in schools-worldwide3.test.ts.
 */
import type { SchoolCase } from './schools-worldwide.ts';
import { TRADES } from './schools-worldwide3-trades.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Long careers: old degrees undated or with one year, second degrees, executive and part-time study, renamed schools. */
export const LONG_CAREERS: SchoolCase[] = [
  c('教育背景\n2008.09-2010.12  长江商学院  EMBA\n1992.09-1996.07  西安交通大学  电气工程及其自动化  本科', '长江商学院', '西安交通大学'),
  c('教育背景\n2013.04-2015.06  中欧国际工商学院  EMBA\n1995.09-1999.07  华中理工大学  机械设计  本科', '中欧国际工商学院', '华中理工大学'),
  c('教育背景\n1994.09-1998.07  华中理工大学（现华中科技大学）  机械设计及制造  本科', '华中理工大学'),
  c('教育背景\n1996.09-2000.07  北京工商大学（原北京商学院）  会计学  本科', '北京工商大学'),
  c('教育背景\n1995.09-1999.07  原北京商学院（现北京工商大学）  会计学  本科', '北京商学院'),
  c(
    '教育背景\n2003.03-2006.01  中央广播电视大学  会计学  本科（业余）\n1998.09-2001.07  河南省财经学校  会计  中专',
    '中央广播电视大学',
    '河南省财经学校',
  ),
  c('教育背景\n2001-2004  电大  行政管理  大专', '电大'),
  c(
    '教育背景\n2005.03-2007.07  湖南广播电视大学  法学  专科（电大）\n2000.09-2003.07  湖南省衡阳市第八中学  高中',
    '湖南广播电视大学',
    '湖南省衡阳市第八中学',
  ),
  c(
    '教育背景\n2006.03-2008.07  吉林大学（函授）  土木工程  本科\n2001.09-2004.07  长春建筑学校  工业与民用建筑  中专',
    '吉林大学',
    '长春建筑学校',
  ),
  c(
    '教育背景\n2015.03-2017.07  北京理工大学（网络教育）  工商管理  专升本\n2010.09-2013.06  山西职业技术学院  物流管理  大专',
    '北京理工大学',
    '山西职业技术学院',
  ),
  c(
    '教育背景\n2010.09-2013.06  中国人民大学  工商管理  在职研究生\n1999.09-2003.07  山东财经学院  财务管理  本科',
    '中国人民大学',
    '山东财经学院',
  ),
  c(
    '教育背景\n2011.09-2014.01  中共广东省委党校  经济管理  在职研究生\n1990.09-1994.07  华南农业大学  农学  本科',
    '中共广东省委党校',
    '华南农业大学',
  ),
  c('教育背景\n西南财经大学  会计学  本科\n中欧国际工商学院  EMBA（在读）', '西南财经大学', '中欧国际工商学院'),
  c('教育背景\n1997  湖南大学  国际贸易  本科', '湖南大学'),
  c('教育背景\n本科  1998年毕业  武汉大学  新闻学', '武汉大学'),
  c(
    '教育经历\n2016.09-2019.01  清华大学  工程管理硕士（MEM，非全日制）\n2002.09-2006.07  东北大学  采矿工程  本科',
    '清华大学',
    '东北大学',
  ),
  c(
    '教育经历\n2012—2014  上海交通大学安泰经济与管理学院  EMBA\n1993—1997  同济大学  建筑工程  学士',
    '上海交通大学安泰经济与管理学院',
    '同济大学',
  ),
  c(
    '学习经历\n2018.03-2020.07  国家开放大学  会计学  本科（开放教育）\n2004.09-2007.06  安徽商贸职业技术学院  会计电算化  大专',
    '国家开放大学',
    '安徽商贸职业技术学院',
  ),
  c(
    '教育背景\n2009.03-2011.07  江苏科技大学（成人教育）  船舶与海洋工程  本科\n2003.09-2006.07  镇江船舶职业技术学院  船舶工程技术  大专',
    '江苏科技大学',
    '镇江船舶职业技术学院',
  ),
  c(
    '學歷\n2015 - 2017  香港中文大學  行政人員工商管理碩士（EMBA）\n1990 - 1993  香港理工學院  會計學  高級文憑',
    '香港中文大學',
    '香港理工學院',
  ),
  c('學歷\n1998 - 2002  香港公開大學（現香港都會大學）  護理學  學士（兼讀制）', '香港公開大學'),
  c(
    'Education\nHarvard Business School — Advanced Management Program (Executive Education), 2019\nUniversity of Mumbai — B.E. Mechanical Engineering, 1998',
    'Harvard Business School',
    'University of Mumbai',
  ),
  c('Education\nMBA (Executive), INSEAD, 2015\nBSc Chemistry, University of Nairobi, 2001', 'INSEAD', 'University of Nairobi'),
  c(
    'Education\nIIM Ahmedabad — Executive Programme in Strategic Management, 2017\nMBA, Symbiosis Institute of Business Management, Pune, 2006\nB.Com, University of Delhi, 2003',
    'IIM Ahmedabad',
    'Symbiosis Institute of Business Management',
    'University of Delhi',
  ),
  c(
    'Education\nThe Wharton School — Executive Education, Global Supply Chain Leadership, 2021\nB.Sc. Industrial Engineering, University of the Philippines Diliman',
    'The Wharton School',
    'University of the Philippines Diliman',
  ),
  c(
    'Education\nMBA (part-time), Warwick Business School, 2012 – 2015\nBA (Hons) Geography, University of Leeds, 1996',
    'Warwick Business School',
    'University of Leeds',
  ),
  c(
    'Education\nBachelor of Commerce — University of Melbourne\nMaster of Business Administration — Melbourne Business School (2009)',
    'University of Melbourne',
    'Melbourne Business School',
  ),
  c(
    'Education\nThe Open University — BSc (Hons) Health and Social Care (distance learning), 2008 – 2014\nBournville College — Access to Nursing, 2006',
    'The Open University',
    'Bournville College',
  ),
  c(
    'Education\nFernUniversität in Hagen — M.Sc. Wirtschaftsinformatik (berufsbegleitend), 2016 – 2020\nDuale Hochschule Baden-Württemberg — B.A. BWL, 2008 – 2011',
    'FernUniversität in Hagen',
    'Duale Hochschule Baden-Württemberg',
  ),
  c(
    'Education\nUniversity of Toronto, B.A.Sc. Civil Engineering\nRotman School of Management, MBA (evening), 2007',
    'University of Toronto',
    'Rotman School of Management',
  ),
  c(
    'Education\nWestern Governors University — MS Nursing Education (online), 2020\nMiami Dade College — ASN, 1999',
    'Western Governors University',
    'Miami Dade College',
  ),
  c(
    'Education\nAsian Institute of Management — Master in Business Management, 2011\nUniversity of San Carlos — BS Accountancy, 1995',
    'Asian Institute of Management',
    'University of San Carlos',
  ),
  c('Education\nTunku Abdul Rahman College (now TAR UMT) — Diploma in Commerce, 1997', 'Tunku Abdul Rahman College'),
  c(
    'Education\nUniversity of Wollongong in Dubai — MBA, 2014\nMangalore University — B.Com, 2002',
    'University of Wollongong in Dubai',
    'Mangalore University',
  ),
  c(
    '学歴\n2016年4月 - 2018年3月  早稲田大学大学院  経営管理研究科（夜間主）  MBA\n1990年4月 - 1994年3月  明治大学  商学部  卒業',
    '早稲田大学大学院',
    '明治大学',
  ),
  c(
    '학력\n2014.03 - 2016.02  서울대학교 경영전문대학원  EMBA\n1992.03 - 1996.02  부산대학교  기계공학과  졸업',
    '서울대학교 경영전문대학원',
    '부산대학교',
  ),
  c(
    'Formación académica\nIESE Business School — Programa de Alta Dirección de Empresas (PADE), 2018\nUniversidad de Chile — Ingeniería Comercial, 1996',
    'IESE Business School',
    'Universidad de Chile',
  ),
];

/** Layouts as text extraction gives them: two-column PDF text, flattened tables, orders, bullets, headings. */
export const LAYOUTS3: SchoolCase[] = [
  c(
    'EDUCATION\n\nUniversity of Southern\n\nQueensland\n\nBachelor of Agricultural Science\n\n2005 - 2008',
    'University of Southern Queensland',
  ),
  c(
    'EDUCATION\n\nRoyal Melbourne Institute of\n\nTechnology\n\nAdvanced Diploma of Engineering\n\n1999 - 2001',
    'Royal Melbourne Institute of Technology',
  ),
  c('Formación\n\nInstituto Politécnico\n\nNacional\n\nIngeniería Mecánica\n\n1995 – 2000', 'Instituto Politécnico Nacional'),
  c(
    'EDUCATION\nTechnological University of the\nPhilippines\nBS Mechanical Engineering\n1998 – 2003',
    'Technological University of the Philippines',
  ),
  c('EDUCATION\n\nUniversiti Teknologi\n\nMalaysia\n\nBachelor of Civil Engineering\n\n2002 – 2006', 'Universiti Teknologi Malaysia'),
  c('Education\nUniversity of New South\nWales\nMaster of Clinical Audiology\n2009 – 2010', 'University of New South Wales'),
  c('EDUCATION\nManipal Academy of Higher\nEducation\nB.Sc. Nursing\n2004 – 2008', 'Manipal Academy of Higher Education'),
  c('EDUCATION\n\nNgee Ann\n\nPolytechnic\n\nDiploma in Nursing\n\n2001 – 2004', 'Ngee Ann Polytechnic'),
  c(
    'Education\nSouthern Alberta Institute\nof Technology\nPower Engineering Technology\n2007 – 2009',
    'Southern Alberta Institute of Technology',
  ),
  c(
    'EDUCATION\nUniversity of the\nPhilippines Diliman\nSKILLS\nBS Civil Engineering\n1998 – 2003',
    'University of the Philippines Diliman',
  ),
  c('Ausbildung\n\nTechnische Hochschule\n\nRosenheim\n\nB.Eng. Innenausbau\n\n2013 – 2017', 'Technische Hochschule Rosenheim'),
  c('EDUCATION\n\nBachelor of Science in Nursing\n\nSaint Louis University\n\nBaguio City\n\n2002 - 2006', 'Saint Louis University'),
  c(
    'EDUCATION\n\nMaster of Business Administration\n\nUniversity of Dubai\n\n+971 50 555 0147\n\n2013 - 2015\n\nBachelor of Commerce\n\nUniversity of Kerala\n\n2001 - 2004',
    'University of Dubai',
    'University of Kerala',
  ),
  c(
    'EDUCATION\n\nEast Los Angeles College\n\nAssociate of Science, Health Information\n\nTechnology\n\n2011 - 2013',
    'East Los Angeles College',
  ),
  c(
    'Education\nHong Kong Institute of Vocational\nEducation (Tsing Yi)\nHigher Diploma in Civil Engineering\n2004 – 2006',
    'Hong Kong Institute of Vocational Education (Tsing Yi)',
  ),
  c('教育背景\n\n北京工商大学\n\n会计学  本科\n\n1996.09 - 2000.07\n\n熟练使用用友U8、金蝶K3', '北京工商大学'),
  c('教育背景\n中国人民大学\n在职研究生  工商管理\n2010 - 2013\n技能证书\n吉林大学\n本科  会计学\n1996 - 2000', '中国人民大学', '吉林大学'),
  c(
    'Education & Training\nQualification\nInstitution\nYear\nCertificate III in Carpentry\nTAFE NSW\n2009\nDiploma of Building and Construction\nTAFE NSW\n2014',
    'TAFE NSW',
    'TAFE NSW',
  ),
  c(
    'Bildungsweg\nZeitraum\nBildungseinrichtung\nAbschluss\n2011 – 2014\nGewerbeschule Freiburg\nGesellenbrief Tischler\n2019 – 2021\nHandwerkskammer Freiburg\nMeisterbrief',
    'Gewerbeschule Freiburg',
    'Handwerkskammer Freiburg',
  ),
  c('教育背景\n时间\n学校\n专业\n证书\n2010.03-2011.01\n合肥新东方烹饪学校\n中式面点\n中式面点师（四级）', '合肥新东方烹饪学校'),
  c(
    '教育经历\n起止年月\n学校名称\n所学专业\n学历\n学位\n1993.09-1997.07\n武汉水利电力大学\n水利水电工程\n本科\n学士\n2004.09-2007.06\n武汉大学\n工程管理\n硕士\n硕士',
    '武汉水利电力大学',
    '武汉大学',
  ),
  c(
    'Education\nYear\tQualification\tInstitution\n2009\tNitec in Mechanical Technology\tITE College West\n2012\tDiploma in Aerospace Technology\tTemasek Polytechnic',
    'ITE College West',
    'Temasek Polytechnic',
  ),
  c(
    'EDUCATION\nCourse\nSchool\nYear Graduated\nBS Medical Technology\nFar Eastern University\n2005\nSecondary\nManila Science High School\n2001',
    'Far Eastern University',
    'Manila Science High School',
  ),
  c('Education\nBachelor of Science in Nursing, Cebu Doctors’ University, 2008', 'Cebu Doctors’ University'),
  c(
    'Education\nMSc Audiology, University College London, 2010\nBSc Psychology, University of Manchester, 2007',
    'University College London',
    'University of Manchester',
  ),
  c('Education\nDiploma in Nail Technology — Elite Nail Academy, Kuala Lumpur', 'Elite Nail Academy'),
  c('Education\nCertificate IV in Agriculture — Tocal College — 2015\nRemote Pilot Licence (RePL) — 2019', 'Tocal College'),
  c('Education\nUniversiti Teknologi MARA — Diploma in Culinary Arts — 2009', 'Universiti Teknologi MARA'),
  c('Education\nSaint Louis University, Baguio City, Philippines — BS Medical Technology, 2007', 'Saint Louis University'),
  c('Education\nDubai — Middlesex University Dubai — BA Business Management, 2012', 'Middlesex University Dubai'),
  c('Education\nKuala Lumpur | Sunway College | Diploma in Culinary Arts | 2006', 'Sunway College'),
  c(
    'Education\nNairobi, Kenya — Kenya Medical Training College — Diploma in Health Records and Information Technology, 2014',
    'Kenya Medical Training College',
  ),
  c(
    'Education\n• 2003 – 2006  Nanyang Polytechnic  Diploma in Nursing\n• 2007 – 2009  National University of Singapore  BSc (Nursing)',
    'Nanyang Polytechnic',
    'National University of Singapore',
  ),
  c(
    'Education\n- Bachelor of Music (Piano Performance), Royal Conservatory of Music, Toronto, 2005\n- ARCT Diploma in Piano Pedagogy, 2008',
    'Royal Conservatory of Music',
  ),
  c(
    'EDUCATION\n* ITE College East — Nitec in Electrical Technology (Power), 2010\n* Singapore Polytechnic — Diploma in Electrical Engineering, 2013',
    'ITE College East',
    'Singapore Polytechnic',
  ),
  c('教育背景\n● 2012.09-2016.06  福建农林大学  茶学  本科\n● 2016.09-2019.06  浙江大学  茶学  硕士', '福建农林大学', '浙江大学'),
  c(
    '## Education\n### Gewerbeschule Freiburg\nGesellenbrief Tischler, 2011 – 2014\n### Handwerkskammer Freiburg\nMeister, 2019 – 2021',
    'Gewerbeschule Freiburg',
    'Handwerkskammer Freiburg',
  ),
  c(
    '## Education\n\n### University of Southampton\nMSc Audiology, 2012\n\n### University of Birmingham\nBSc Biomedical Science, 2009',
    'University of Southampton',
    'University of Birmingham',
  ),
  c('# 教育背景\n## 北京电影学院\n动画专业  本科  2008-2012', '北京电影学院'),
  c('EDUCATION\nMedical Coding Certificate\nSan Diego Mesa College\nSan Diego, CA\n2016', 'San Diego Mesa College'),
  c(
    'Education\nPolytechnic University of the Philippines\nManila\nBS Electrical Engineering\n1999 – 2004\nTESDA\nShielded Metal Arc Welding NC II\n2010',
    'Polytechnic University of the Philippines',
    'TESDA',
  ),
  c(
    'ACADEMIC QUALIFICATIONS\nBachelor of Technology (Mechanical) | Anna University | 2004\nDiploma in Mechanical Engineering | Government Polytechnic College, Coimbatore | 2001',
    'Anna University',
    // Re-decided by the sixth set (the place in the school's cell is kept); first written as 'Government Polytechnic College'.
    'Government Polytechnic College, Coimbatore',
  ),
];

/** Schools from everywhere, in the forms experienced people's sections take. */
export const WORLD3: SchoolCase[] = [
  // The Philippines
  c('Education\nLyceum of the Philippines University — BS Hotel and Restaurant Management, 2006', 'Lyceum of the Philippines University'),
  c('Education\nCentral Luzon State University — BS Agricultural Engineering, 2003', 'Central Luzon State University'),
  c(
    'Education\nUniversity of Santo Tomas — Doctor of Medicine, 2001\nUniversity of Santo Tomas — BS Biology, 1997',
    'University of Santo Tomas',
    'University of Santo Tomas',
  ),
  // The UAE and the Gulf
  c('Education\nAmerican University in Dubai — Bachelor of Business Administration, 2009', 'American University in Dubai'),
  c(
    'Education\nHeriot-Watt University Dubai — MSc Logistics and Supply Chain Management, 2016\nUniversity of Pune — B.E. Production, 2005',
    'Heriot-Watt University Dubai',
    'University of Pune',
  ),
  c('Education\nZayed University, Abu Dhabi — BSc Information Technology, 2011', 'Zayed University'),
  // India
  c('Education\nIIM Bangalore — PGP, 2008\nNIT Surathkal — B.Tech Civil, 2004', 'IIM Bangalore', 'NIT Surathkal'),
  c(
    'Education\nIndira Gandhi National Open University — MBA (distance), 2012\nOsmania University — B.Sc., 1999',
    'Indira Gandhi National Open University',
    'Osmania University',
  ),
  c(
    'Education\nM.Com — University of Calcutta — 1996\nB.Com — St. Xavier’s College, Kolkata — 1994',
    'University of Calcutta',
    'St. Xavier’s College',
  ),
  // Germany, Europe
  c(
    'Ausbildung\nLudwig-Maximilians-Universität München — Diplom-Kaufmann, 1998\nGymnasium Ottobrunn — Abitur, 1992',
    'Ludwig-Maximilians-Universität München',
    'Gymnasium Ottobrunn',
  ),
  c('Education\nHochschule für Musik und Tanz Köln — Diplom-Musiklehrer (Klavier), 2004', 'Hochschule für Musik und Tanz Köln'),
  c('Education\nUniversidad Politécnica de Madrid — Ingeniero Agrónomo, 2001', 'Universidad Politécnica de Madrid'),
  // Hong Kong, Taiwan, 繁體
  c('學歷\n2001 - 2004  香港理工大學  醫療化驗科學  學士\n2010 - 2012  香港大學  公共衞生碩士（兼讀）', '香港理工大學', '香港大學'),
  c('學歷\n1995 - 1999  國立臺灣師範大學  音樂學系  學士（鋼琴主修）', '國立臺灣師範大學'),
  c(
    '學歷\n2006 - 2010  國立臺北藝術大學  動畫學系  學士\n2012 - 2014  國立臺灣藝術大學  多媒體動畫藝術學系  碩士',
    '國立臺北藝術大學',
    '國立臺灣藝術大學',
  ),
  c('學歷\n2003 - 2006  明愛白英奇專業學校  美容  文憑', '明愛白英奇專業學校'),
  // Malaysia
  c('Education\nUniversiti Putra Malaysia — Bachelor of Agricultural Science, 2007', 'Universiti Putra Malaysia'),
  c(
    'Education\nTaylor’s University College — Diploma in Hotel Management, 2004\nSMK Damansara Jaya — SPM, 2001',
    'Taylor’s University College',
    'SMK Damansara Jaya',
  ),
  c('Education\nUniversiti Kuala Lumpur — Bachelor of Engineering Technology (Automotive), 2015', 'Universiti Kuala Lumpur'),
  // Australia and New Zealand
  c(
    'Education\nMacquarie University — Master of Clinical Audiology, 2013\nUniversity of Sydney — BSc, 2010',
    'Macquarie University',
    'University of Sydney',
  ),
  c('Education\nBox Hill Institute — Diploma of Music Industry, 2008', 'Box Hill Institute'),
  c('Education\nKangan Institute — Certificate III in Light Vehicle Mechanical Technology, 2011', 'Kangan Institute'),
  c('Education\nUnitec Institute of Technology — NZ Certificate in Carpentry (Level 4), 2016', 'Unitec Institute of Technology'),
  // The USA
  c(
    'Education\nPenn Foster Career School — Medical Coding and Billing (online), 2019\nAmerican Public University System — B.S. Health Sciences, 2022',
    'Penn Foster Career School',
    'American Public University System',
  ),
  c('Education\nRingling College of Art and Design — BFA Computer Animation, 2012', 'Ringling College of Art and Design'),
  c('Education\nSanta Monica College — A.A. General Studies, 1999\nUCLA — B.A. Economics, 2002', 'Santa Monica College', 'UCLA'),
  // The UK
  c('Education\nBournemouth University — BA (Hons) Computer Visualisation and Animation, 2011', 'Bournemouth University'),
  c(
    'Education\nArmy Foundation College Harrogate — Junior Soldier Course, 2004\nCity of Glasgow College — HNC Electrical Engineering, 2012',
    'Army Foundation College Harrogate',
    'City of Glasgow College',
  ),
  // Japan, Korea
  c('学歴\n1998年4月 - 2002年3月  東京藝術大学  音楽学部  ピアノ専攻  卒業', '東京藝術大学'),
  c(
    '学歴\n2014年4月 - 2019年3月  放送大学  教養学部  卒業（通信制）\n1993年4月 - 1995年3月  日本電子専門学校  情報処理科  卒業',
    '放送大学',
    '日本電子専門学校',
  ),
  c('학력\n2008.03 - 2012.02  한국예술종합학교  음악원 피아노과  졸업', '한국예술종합학교'),
  c(
    '학력\n2015.03 - 2019.02  한국방송통신대학교  경영학과  졸업(원격)\n1996.03 - 1998.02  인하공업전문대학  기계과  졸업',
    '한국방송통신대학교',
    '인하공업전문대학',
  ),
  // Latin America
  c(
    'Formación\nUniversidad Tecnológica Nacional — Ingeniería Mecánica, 2003\nEscuela Técnica N.º 1 Otto Krause — Técnico Mecánico, 1996',
    'Universidad Tecnológica Nacional',
    'Escuela Técnica N.º 1 Otto Krause',
  ),
  c('Formación\nEscuela de Gastronomía Mausi Sebess — Pastelero Profesional, 2014', 'Escuela de Gastronomía Mausi Sebess'),
  c('Formación académica\nUniversidad Nacional Agraria La Molina — Ingeniería Agrícola, 2010', 'Universidad Nacional Agraria La Molina'),
  // Africa
  c(
    'Education\nAccra Technical University — HND Mechanical Engineering, 2012\nAchimota School — WASSCE, 2008',
    'Accra Technical University',
    'Achimota School',
  ),
  c('Education\nFederal Polytechnic Nekede — ND Agricultural Engineering, 2009', 'Federal Polytechnic Nekede'),
  c('Education\nHelwan University — Bachelor of Music Education (Piano), 2005', 'Helwan University'),
  // 简体, trades and desks
  c('教育背景\n2001.09-2005.07  南京农业大学  农业机械化及其自动化  本科', '南京农业大学'),
  c('教育背景\n2003.09-2007.07  沈阳音乐学院  钢琴教育  本科', '沈阳音乐学院'),
  c('教育背景\n2010.09-2013.06  浙江树人大学  茶文化  专科', '浙江树人大学'),
  c(
    '教育背景\n2007.09-2010.07  广东省机械技师学院  数控加工  高级工\n2014.03-2017.01  广东开放大学  机械设计制造及其自动化  专科',
    '广东省机械技师学院',
    '广东开放大学',
  ),
];

/** Sections with no school: credentials, exam boards, licences, training centres, employers, unnamed schooling. */
export const NOT_SCHOOLS3: SchoolCase[] = [
  c('Education\nHigh School Diploma, 2001'),
  c('Education\nGED, 1999\nSome college coursework'),
  c('Education & Training\nCity & Guilds Level 3 Diploma in Electrical Installation, 2008\nNVQ Level 3 Electrotechnical Services, 2009'),
  c('Education\nABRSM Grade 8 Piano (Distinction), 2004\nDipABRSM (Teaching), 2007'),
  c('Certifications\nCDL Class A with Hazmat and Tanker endorsements\nDOT Medical Card, valid to 2027'),
  c('教育背景\n2014.05-2014.09  长安驾校  C1驾驶证'),
  c('培训经历\n2019.03-2019.05  大疆慧飞培训中心  植保无人机操作  结业'),
  c('教育背景\n中式面点师（高级）  2015  人社局颁发'),
  c('Education\nSkillsFuture Series — Advanced Data Analytics (NTUC LearningHub), 2021'),
  c('Education\nAAPC — Certified Professional Coder (CPC), 2016'),
  c('Education\nRed Seal Endorsement — Construction Electrician, 2012'),
  c('Ausbildung\nGesellenbrief Tischler, 2014\nMeisterbrief, 2021'),
  c('学歴\n2015年 調理師免許 取得\n2018年 製菓衛生師 合格'),
  c('Military Service\nU.S. Army, Sergeant, 2005 – 2011\nBasic Combat Training, Fort Benning'),
  c('教育背景\n2018.07-2018.08  中国大学MOOC  茶文化与茶健康  在线课程'),
  c('Education\nIn-house training at Marriott International: Leadership Essentials, 2017'),
  c('Professional Development\nCPD: Infection control refresher, 2022 (NHS e-Learning)\nOSHA 30-Hour Construction, 2019'),
  c('教育背景\n高中毕业  1998'),
  c('Education\nCIDESCO Diploma, 2011\nCIBTAC Certificate in Nail Technology, 2012'),
  c('Qualifications\nSSC, 1998 — Maharashtra State Board\nACCA — Affiliate, 2012'),
  c('学历\n大专'),
];

export const SCHOOL_CASES3: SchoolCase[] = [...LONG_CAREERS, ...TRADES, ...LAYOUTS3, ...WORLD3];
