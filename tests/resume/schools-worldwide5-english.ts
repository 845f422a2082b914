/**
 * The English part of the fifth blind school set (schools-worldwide5.ts, whose header holds the decisions): the
 * schools of frontline workers, tradespeople and people changing careers, from Australia, New Zealand, the USA,
 * Canada, the UK, Ireland, Singapore, Malaysia, the Philippines, India, Kenya, Ghana and Europe.
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** TAFE, community, sixth-form and further-education colleges, polytechnics, ITE, high schools, NVQ, apprenticeships. */
const COLLEGES: SchoolCase[] = [
  c('Education\nDiploma of Early Childhood Education and Care\nTAFE NSW (Ultimo campus)\n2017 – 2019', 'TAFE NSW'),
  c('Education\nCert III Commercial Cookery | TAFE Queensland | 2015', 'TAFE Queensland'),
  c('Education\nAssociate of Applied Science, Respiratory Therapy — Houston Community College, 2016', 'Houston Community College'),
  c(
    'EDUCATION\nSanta Monica College, Santa Monica, CA\nA.A. Liberal Arts, 2012\nFranklin High School, El Paso, TX — Diploma, 2009',
    'Santa Monica College',
    'Franklin High School',
  ),
  c(
    'Education\nHills Road Sixth Form College, Cambridge — A Levels: Maths (A), Physics (B), Chemistry (B), 2014',
    'Hills Road Sixth Form College',
  ),
  c(
    'Education\n2012 – 2014  Xaverian College, Manchester  BTEC Level 3 Extended Diploma in Sport\n2007 – 2012  St Paul’s RC High School  9 GCSEs (A*–C)',
    // Re-decided by the sixth set (the place in the school's cell is kept); first written as 'Xaverian College'.
    'Xaverian College',
    'St Paul’s RC High School',
  ),
  c('Education\nRepublic Polytechnic — Diploma in Sports and Exercise Sciences, 2016 – 2019', 'Republic Polytechnic'),
  c('Education\nPoliteknik Ungku Omar, Ipoh — Diploma in Civil Engineering, 2011', 'Politeknik Ungku Omar'),
  c(
    'Education\nWaikato Institute of Technology (Wintec) — NZ Certificate in Automotive Engineering (Level 4), 2018',
    'Waikato Institute of Technology (Wintec)',
  ),
  c('Education\nNitec in Retail Services, ITE College West (2014)', 'ITE College West'),
  c('Education\nCity of Glasgow College — HNC Electrical Engineering, 2017 – 2018', 'City of Glasgow College'),
  c(
    'Qualifications\nLevel 3 Diploma in Adult Care — Bradford College, 2020\nLevel 2 Certificate in Maths (Functional Skills), 2018',
    'Bradford College',
  ),
  c('Education\nRoosevelt High School — High School Diploma, 2008', 'Roosevelt High School'),
  c('Education\nEvans Community Adult School (LAUSD) — GED, 2013', 'Evans Community Adult School (LAUSD)'),
  c('Education\nNVQ Level 2 in Hairdressing, Newcastle College, 2013', 'Newcastle College'),
  c(
    'Education & Training\nAdvanced Apprenticeship in Plumbing and Heating, 2012 – 2016\nSouth Essex College (day release), employer: British Gas',
    'South Essex College',
  ),
  c('Education\nInside Wireman Apprenticeship, 2008 – 2013 (related training at South Seattle College)', 'South Seattle College'),
  c('Education\nRed River College Polytechnic — Carpentry and Woodworking Diploma, 2018', 'Red River College Polytechnic'),
  c('Education\nSAIT — Power Engineering Technology Diploma, 2016', 'SAIT'),
  c('Education\nCork College of FET, Morrison’s Island Campus — QQI Level 5 Healthcare Support, 2021', 'Cork College of FET'),
  c('Education\nCompleted Year 12 — Broadmeadows Secondary College, 2005', 'Broadmeadows Secondary College'),
  c('Education\nSecondary: Kolej Vokasional Shah Alam, SKM Level 3 Automotive, 2014', 'Kolej Vokasional Shah Alam'),
  c('Education\nGovt. ITI Pusa, New Delhi — Electrician (NCVT), 2011', 'Govt. ITI Pusa'),
  c('Education\nKumasi Technical University — HND Building Technology, 2015', 'Kumasi Technical University'),
];

/** Trade, nursing, police, military, flight, maritime and culinary schools, seminaries, conservatories, art academies. */
const SCHOOLS_OF_A_CALLING: SchoolCase[] = [
  c('Education\nLincoln Tech, Nashville — Automotive Technology Diploma, 2014', 'Lincoln Tech'),
  c(
    'Education\nUniversal Technical Institute (UTI), Avondale, AZ — Diesel & Industrial Technology, 2010',
    'Universal Technical Institute (UTI)',
  ),
  c('Education\nTulsa Welding School — Professional Welder Program, 2019', 'Tulsa Welding School'),
  c('Education\nMayo Clinic School of Health Sciences — Certificate, Surgical Technology, 2015', 'Mayo Clinic School of Health Sciences'),
  c(
    'Education\nSt. Paul University Manila — Bachelor of Science in Nursing, 2012\nPhilippine Nursing Licensure Examination — passed, 2012',
    'St. Paul University Manila',
  ),
  c('Education\nKenya Medical Training College (KMTC), Nakuru — Diploma in Nursing, 2014', 'Kenya Medical Training College (KMTC)'),
  c(
    'Education\nNew York City Police Academy — Recruit Training, 2012\nJohn Jay College of Criminal Justice — B.A. Criminal Justice, 2011',
    'New York City Police Academy',
    'John Jay College of Criminal Justice',
  ),
  c('Education\nHome Team Academy — Basic Police Officer Course, 2015', 'Home Team Academy'),
  c('Education\nUnited States Naval Academy — B.S. Systems Engineering, 2010', 'United States Naval Academy'),
  c(
    'Education\nRoyal Military Academy Sandhurst — Regular Commissioning Course, 2012\nUniversity of Exeter — BA History, 2011',
    'Royal Military Academy Sandhurst',
    'University of Exeter',
  ),
  c('Education\nThe Citadel, The Military College of South Carolina — B.S. Business Administration, 2009', 'The Citadel'),
  c('Education\nDallas Theological Seminary — Master of Theology (Th.M.), 2008', 'Dallas Theological Seminary'),
  c(
    'Education\nSt. John’s Seminary, Camarillo — M.Div., 2002\nLoyola Marymount University — B.A. Philosophy, 1997',
    'St. John’s Seminary',
    'Loyola Marymount University',
  ),
  c(
    'Education\nConservatorio di Musica “Giuseppe Verdi”, Milano — Diploma accademico di II livello in Violino, 2015',
    'Conservatorio di Musica “Giuseppe Verdi”',
  ),
  c('Education\nBerklee College of Music — Professional Diploma, Music Production & Engineering, 2013', 'Berklee College of Music'),
  c('Education\nAkademie der Bildenden Künste Wien — Mag.art. Bildhauerei, 2011', 'Akademie der Bildenden Künste Wien'),
  c('Education\nRoyal Academy of Art, The Hague (KABK) — BA Graphic Design, 2018', 'Royal Academy of Art'),
  c('Education\nLe Cordon Bleu London — Diplôme de Cuisine, 2016', 'Le Cordon Bleu London'),
  c('Education\nCulinary Institute of America, Hyde Park, NY — A.O.S. Culinary Arts, 2009', 'Culinary Institute of America'),
  c('Education\nCAE Oxford Aviation Academy — Integrated ATPL (frozen), 2014', 'CAE Oxford Aviation Academy'),
  c(
    'Education\nATP Flight School, Jacksonville — Airline Career Pilot Program, 2019\nEmbry-Riddle Aeronautical University Worldwide — B.S. Aeronautics (online), 2021',
    'ATP Flight School',
    'Embry-Riddle Aeronautical University Worldwide',
  ),
  c(
    'Education\nMaine Maritime Academy — B.S. Marine Engineering Operations, 2013\nUSCG Third Assistant Engineer license',
    'Maine Maritime Academy',
  ),
  c('Education\nPhilippine Merchant Marine Academy — BS Marine Transportation, 2010', 'Philippine Merchant Marine Academy'),
  c(
    'Education\nSingapore Maritime Academy (Singapore Polytechnic) — Diploma in Nautical Studies, 2012',
    'Singapore Maritime Academy (Singapore Polytechnic)',
  ),
  c('Education\nNairobi Aviation College — Diploma in Aircraft Maintenance Engineering, 2017', 'Nairobi Aviation College'),
];

/** Awarding bodies, bootcamps, online degrees, in-house academies and courses beside a school. */
const TRAINING: SchoolCase[] = [
  c(
    'Education\nCIPD Level 5 Associate Diploma in People Management — Birmingham Metropolitan College, 2020',
    'Birmingham Metropolitan College',
  ),
  c(
    'Education\nACCA — Sunway College, Kuala Lumpur (2012 – 2015)\nSPM — SMK Seafield, Subang Jaya (2011)',
    'Sunway College',
    'SMK Seafield',
  ),
  c('Education\nICAEW — ACA Chartered Accountant, 2016\nUniversity of Bristol — BSc Accounting and Finance, 2013', 'University of Bristol'),
  c(
    'Education\nGeneral Assembly — Software Engineering Immersive, 2020\nMiami Dade College — A.S. Business Administration, 2015',
    'Miami Dade College',
  ),
  c('Education\nUniversity of London (via Coursera) — BSc Computer Science, 2020 – 2023', 'University of London'),
  c(
    'Education\nMcDonald’s Hamburger University — Restaurant Leadership Practices, 2016\nPalmetto High School, Florida — Diploma, 2011',
    'Palmetto High School',
  ),
  c(
    'Education\nKaplan International — IELTS preparation course, 2017\nUniversity of the Philippines Diliman — BS Psychology, 2014',
    'University of the Philippines Diliman',
  ),
];

/** Sparse: a year and a school, a school alone, a sentence, personal details, a summary, an unfinished course. */
const SPARSE: SchoolCase[] = [
  c('Education\n2004  Westview High School', 'Westview High School'),
  c('Education\nNorth Seattle College', 'North Seattle College'),
  c('Education\nGraduated from Glasgow Clyde College in 2015 with an HNC in Social Care.', 'Glasgow Clyde College'),
  c(
    'Personal Details\nDate of birth: 12/03/1988 | Nationality: British\nEducation: Cardonald College (HND Hospitality), 2008',
    'Cardonald College',
  ),
  c(
    'Profile\nReliable warehouse operative with 10 years’ experience; NVQ Level 2 in Warehousing from Leeds City College; FLT licence.',
    'Leeds City College',
  ),
  c('Education\nCosumnes River College — Automotive Technology (incomplete), 2014 – 2015', 'Cosumnes River College'),
  c(
    'Education\nUniversity of Manchester — BSc Biology (did not complete), 2006 – 2007\nTameside College — Access to Nursing Diploma, 2018',
    'University of Manchester',
    'Tameside College',
  ),
  c('Education\nMonroe High School\nDiploma\n2002', 'Monroe High School'),
  c(
    'Summary\nFormer U.S. Marine (Parris Island 2009) turned HVAC technician; trained at Porter and Chester Institute.',
    'Porter and Chester Institute',
  ),
];

export const ENGLISH5: SchoolCase[] = [...COLLEGES, ...SCHOOLS_OF_A_CALLING, ...TRAINING, ...SPARSE];

/** No school a recruiter notes: awarding bodies, bootcamps, courses, workshops, an employer's scheme, a kind of school. */
export const NOT_SCHOOLS5_ENGLISH: SchoolCase[] = [
  c('Education\nWSET Level 3 Award in Wines, 2019\nWSET Diploma in Wines (Level 4), 2022'),
  c('Education\nLe Wagon Lisbon — Web Development Bootcamp (9 weeks), 2021'),
  c('Education\nGED, 2011 — Texas Education Agency'),
  c('Education\nCoursera — Google IT Support Professional Certificate, 2021\nFrontline Leadership Workshop (2 days), Dale Carnegie, 2019'),
  c('Education\nAmazon Career Choice — Certified Logistics Technician (via Goodwill), 2022'),
  c('Education\nInstitute of Leadership and Management (ILM) Level 3 Award in Leadership, 2019'),
  c('Education\nSt John Ambulance — First Aid at Work (3 days), 2022\nForklift Counterbalance Licence — RTITB, 2020'),
  c('Education\nHigh school diploma, 2007'),
  c('Education\nSome college coursework, 2010 – 2011'),
  c('Education\nBasic Combat Training, Fort Jackson, SC, 2010'),
  c('Education\nTesco Academy — Team Leader Programme, 2018'),
];
