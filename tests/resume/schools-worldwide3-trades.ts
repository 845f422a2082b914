/**
 * The trades' part of the third blind school set (schools-worldwide3.ts, whose header holds the decisions): vocational
 * and trade training named as the institution of an education entry.
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Vocational and trade training named as the institution: chambers, authorities, colleges, trade and service schools. */
export const TRADES: SchoolCase[] = [
  c(
    '## Education\n2019 - 2021  Handwerkskammer Freiburg  Meister (Master Craftsman) Tischlerhandwerk\n2011 - 2014  Gewerbeschule Freiburg  Gesellenbrief Tischler (apprenticeship)',
    'Handwerkskammer Freiburg',
    'Gewerbeschule Freiburg',
  ),
  c(
    'Ausbildung\n2015 – 2018  IHK München  Kaufmann für Büromanagement\n2015 – 2018  Städtische Berufsschule für Bürokommunikation München',
    'IHK München',
    'Städtische Berufsschule für Bürokommunikation München',
  ),
  c(
    'Bildungsweg\n2017 – 2019  Meisterschule für das Schreinerhandwerk Ebern  Meisterprüfung\n2009 – 2012  Ausbildung zum Schreiner, Schreinerei Huber GmbH, Passau / Staatliche Berufsschule Passau',
    'Meisterschule für das Schreinerhandwerk Ebern',
    'Staatliche Berufsschule Passau',
  ),
  c(
    'Education\nTechnische Hochschule Rosenheim — B.Eng. Holztechnik, 2014 – 2018\nHandwerkskammer für München und Oberbayern — Gesellenprüfung Tischler, 2012',
    'Technische Hochschule Rosenheim',
    'Handwerkskammer für München und Oberbayern',
  ),
  c(
    'Education\nTESDA — Nail Care Services NC II, 2016\nBestlink College of the Philippines — BS Office Administration (undergraduate), 2012 – 2014',
    'TESDA',
    'Bestlink College of the Philippines',
  ),
  c(
    'Education\nDon Bosco Technical College, Mandaluyong — Automotive Servicing NC II, 2010\nTESDA — Heavy Equipment Operation (Hydraulic Excavator) NC II, 2013',
    'Don Bosco Technical College',
    'TESDA',
  ),
  c(
    'Education\nITE College Central — Nitec in Electrical Technology, 2010\nNgee Ann Polytechnic — Diploma in Electrical Engineering, 2013',
    'ITE College Central',
    'Ngee Ann Polytechnic',
  ),
  c(
    'Education\nITE — Higher Nitec in Culinary Arts, 2012\nAt-Sunrice GlobalChef Academy — Advanced Diploma in Culinary Arts, 2015',
    'ITE',
    'At-Sunrice GlobalChef Academy',
  ),
  c(
    'Education & Training\nTAFE NSW — Certificate III in Carpentry, 2009\nTAFE NSW — Certificate IV in Building and Construction, 2014',
    'TAFE NSW',
    'TAFE NSW',
  ),
  c(
    'Education\nHolmesglen Institute — Certificate III in Electrotechnology (apprenticeship with Jemena), 2006 – 2010',
    'Holmesglen Institute',
  ),
  c('Education\nWilliam Angliss Institute, Melbourne — Certificate IV in Patisserie, 2011', 'William Angliss Institute'),
  c(
    'Education and Qualifications\nLeeds College of Building — NVQ Level 3 Bricklaying, 2008\nCity & Guilds Level 2 Certificate in Construction Skills, 2006',
    'Leeds College of Building',
  ),
  c(
    'Education\nWestminster Kingsway College — BTEC Level 3 Diploma in Professional Cookery, 2007\nCity & Guilds 706/2, 2008',
    'Westminster Kingsway College',
  ),
  c(
    'Education\nNorthern Alberta Institute of Technology (NAIT) — Heavy Equipment Technician Apprenticeship, Red Seal, 2012',
    'Northern Alberta Institute of Technology (NAIT)',
  ),
  c(
    'Education\nSouthern Alberta Institute of Technology — Carpenter Apprenticeship (4th period), Interprovincial Red Seal, 2016',
    'Southern Alberta Institute of Technology',
  ),
  c(
    'Education\nSage Truck Driving School — Class A CDL Training (160 hours), 2017\nLincoln High School — Diploma, 2004',
    'Sage Truck Driving School',
    'Lincoln High School',
  ),
  c(
    'Education & Certifications\nRoadmaster Drivers School, Dallas, TX — CDL Class A, 2015\nHazmat and Tanker endorsements, 2016\nTWIC card',
    'Roadmaster Drivers School',
  ),
  c('Education\nElite Nail Academy, Kuala Lumpur — Diploma in Nail Technology, 2018\nCIDESCO Diploma, 2019', 'Elite Nail Academy'),
  c(
    'Education\nPaul Mitchell The School — Nail Technician Program, 2014\nCalifornia State Board of Barbering and Cosmetology — Manicurist License, 2014',
    'Paul Mitchell The School',
  ),
  c('Education\nCulinary Institute of America — A.O.S. Baking and Pastry Arts, 2009', 'Culinary Institute of America'),
  c(
    'Education\nLe Cordon Bleu London — Diplôme de Pâtisserie, 2013\nKenya Utalii College — Diploma in Food Production, 2009',
    'Le Cordon Bleu London',
    'Kenya Utalii College',
  ),
  c(
    '教育背景\n2010.03-2011.01  合肥新东方烹饪学校  中式面点  结业\n2006.09-2009.06  安徽省六安市第二中学  高中',
    '合肥新东方烹饪学校',
    '安徽省六安市第二中学',
  ),
  c('教育背景\n2012.09-2015.06  广州市轻工技师学院  中式烹调  高级工', '广州市轻工技师学院'),
  c(
    '教育背景\n2008.03-2008.09  山东蓝翔高级技工学校  挖掘机操作  结业\n2004.09-2007.06  临沂市兰山区职业中专  机电',
    '山东蓝翔高级技工学校',
    '临沂市兰山区职业中专',
  ),
  c(
    '教育背景\n2016.03-2016.06  深圳市美域职业培训学校  美甲  结业\n2010.09-2013.06  湛江市第一职业技术学校  服装设计  中专',
    '深圳市美域职业培训学校',
    '湛江市第一职业技术学校',
  ),
  c('教育背景\n2011.09-2014.06  漳州科技职业学院  茶艺与茶叶营销  大专', '漳州科技职业学院'),
  c(
    '教育背景\n2019.09-2022.06  安阳工学院  飞行器制造工程（无人机方向）  本科\n2015.09-2018.06  河南省农业学校  植物保护  中专',
    '安阳工学院',
    '河南省农业学校',
  ),
  c('教育背景\n2009.09-2012.07  上海市医疗器械高级技工学校  医疗器械维修  高级工', '上海市医疗器械高级技工学校'),
  c('教育及培训经历\n2013.09-2016.07  山东交通职业学院  汽车运用技术  大专\n2014.05-2014.09  长安驾校  C1驾驶证', '山东交通职业学院'),
  c('學歷\n2008 - 2011  國立高雄餐旅大學  烘焙管理系  學士\n2005 - 2008  開平餐飲學校  餐飲管理科', '國立高雄餐旅大學', '開平餐飲學校'),
  c(
    '學歷\n2012 - 2014  香港專業教育學院（IVE）  酒店、服務及旅遊學系  高級文憑\n2006 - 2012  聖公會林護紀念中學',
    '香港專業教育學院（IVE）',
    '聖公會林護紀念中學',
  ),
  c(
    'Education\nUS Army Engineer School, Fort Leonard Wood — Horizontal Construction Engineer (12N) Course, 2008\nBasic Combat Training, Fort Jackson, 2008',
    'US Army Engineer School',
  ),
  c(
    'Education\nNaval Hospital Corps School, Great Lakes, IL — Hospital Corpsman, 2006\nCommunity College of the Air Force — A.A.S. Health Care Management, 2012',
    'Naval Hospital Corps School',
    'Community College of the Air Force',
  ),
  c(
    'Education\nDefense Language Institute — Chinese Mandarin Basic Course, 2010\nUniversity of Maryland Global Campus — B.S. Management, 2015',
    'Defense Language Institute',
    'University of Maryland Global Campus',
  ),
  c('教育背景\n2002.09-2006.07  解放军汽车管理学院  汽车运用工程  本科', '解放军汽车管理学院'),
  c(
    'Education\nKwong Wah Hospital School of Nursing — Registered Nurse (General), 1996\nThe Hong Kong Polytechnic University — BSc (Hons) Nursing (part-time), 2004',
    'Kwong Wah Hospital School of Nursing',
    'The Hong Kong Polytechnic University',
  ),
  c('Education\nSchool of Nursing, The University of Hong Kong — Master of Nursing, 2011', 'The University of Hong Kong'),
  c('Education\nCebu Doctors’ University College of Nursing — BS Nursing, 2008', 'Cebu Doctors’ University College of Nursing'),
  c('Education\nRoyal College of Music, London — MPerf Piano, 2006\nABRSM — Grade 8 Piano (Distinction), 2000', 'Royal College of Music'),
  c('Education\nRoyal Northern College of Music — BMus (Hons) Piano, 2003\nLRSM (Teaching), 2008', 'Royal Northern College of Music'),
  c(
    '教育背景\n2004.09-2008.07  星海音乐学院  钢琴演奏  本科\n1998.09-2004.06  星海音乐学院附属中等音乐学校  钢琴',
    '星海音乐学院',
    '星海音乐学院附属中等音乐学校',
  ),
  c('Formación\nConservatorio Nacional de Música (Lima) — Bachiller en Música, Piano, 2012', 'Conservatorio Nacional de Música'),
  c(
    'Education\nRasmussen University — Medical Billing and Coding Certificate, 2018\nAAPC — Certified Professional Coder (CPC), 2019',
    'Rasmussen University',
  ),
  c('Education\nIvy Tech Community College — A.A.S. Health Information Technology, 2014', 'Ivy Tech Community College'),
  c(
    'Education\nSalus University — Doctor of Audiology (Au.D.), 2016\nUniversity of Connecticut — B.A. Communication Sciences, 2012',
    'Salus University',
    'University of Connecticut',
  ),
  c('Education\nAll India Institute of Speech and Hearing, Mysuru — M.Sc. Audiology, 2011', 'All India Institute of Speech and Hearing'),
  c(
    'Education\nGnomon School of Visual Effects — Certificate in Digital Production (3D Animation), 2015\nSavannah College of Art and Design — BFA Animation, 2013',
    'Gnomon School of Visual Effects',
    'Savannah College of Art and Design',
  ),
  c('Education\nVancouver Film School — 3D Animation & Visual Effects Diploma, 2010', 'Vancouver Film School'),
  c('教育背景\n2009.09-2013.06  吉林动画学院  动画  本科', '吉林动画学院'),
  c(
    'Formação\nSENAI — Técnico em Mecânica Industrial, 2009\nUniversidade Paulista (UNIP) — Tecnólogo em Gestão da Produção, 2014',
    'SENAI',
    'Universidade Paulista (UNIP)',
  ),
  c(
    'Formación\nINACAP — Técnico en Mecánica Automotriz, 2011\nLiceo Industrial de Concepción, 2007',
    'INACAP',
    'Liceo Industrial de Concepción',
  ),
  c('Formación\nCONALEP Plantel Tlalnepantla — Profesional Técnico en Electromecánica, 2010', 'CONALEP Plantel Tlalnepantla'),
  c(
    'Education\nEkurhuleni East TVET College — N6 Electrical Engineering, 2013\nMerSETA trade test — Electrician, 2015',
    'Ekurhuleni East TVET College',
  ),
  c(
    'Education\nNairobi Technical Training Institute — Diploma in Mechanical Engineering (Plant), 2012',
    'Nairobi Technical Training Institute',
  ),
  c(
    'Education\nGovernment ITI Pune — Motor Mechanic Vehicle (NCVT), 2009 – 2011\nMaharashtra State Board — SSC, 2008',
    'Government ITI Pune',
  ),
  c(
    'Education\nInstitute of Hotel Management Mumbai — B.Sc. Hospitality and Hotel Administration, 2010',
    'Institute of Hotel Management Mumbai',
  ),
  c(
    'Education\nHigher Colleges of Technology — Bachelor of Applied Science in Aviation Engineering, 2012\nEmirates Aviation University — Diploma in Aircraft Maintenance, 2008',
    'Higher Colleges of Technology',
    'Emirates Aviation University',
  ),
  c('学歴\n2010年4月 - 2012年3月  辻調理師専門学校  製菓技術マネジメント学科  卒業', '辻調理師専門学校'),
  c(
    '학력\n2012.03 - 2014.02  한국폴리텍대학  자동차과  졸업\n2009.03 - 2012.02  서울공업고등학교  졸업',
    '한국폴리텍대학',
    '서울공업고등학교',
  ),
  c(
    'Education\nInstitut Kemahiran Belia Negara (IKBN) Dusun Tua — Sijil Kemahiran Malaysia Tahap 3, Automotive, 2014',
    'Institut Kemahiran Belia Negara (IKBN) Dusun Tua',
  ),
  c(
    'Education\nBerjaya University College — Diploma in Culinary Arts, 2016\nSMK Seri Bintang Utara — SPM, 2013',
    'Berjaya University College',
    'SMK Seri Bintang Utara',
  ),
];
