/**
 * The English and mixed part of the ninth blind school set (schools-worldwide9.ts, whose header holds what it covers
 * and its decisions). Written before the parser's code was read.
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** A school with its country or city in brackets or after a comma, abroad or at home. */
export const PLACES9: SchoolCase[] = [
  c('Education\nThe University of Manchester (UK) — MSc Finance, 2017', 'The University of Manchester'),
  c(
    'Education\nUniversity of Southern California (USC), Los Angeles — M.S. Computer Science, 2017',
    'University of Southern California (USC)',
  ),
  c('Education\n2014 – 2018  Universidad de Buenos Aires (Argentina)  Licenciatura en Economía', 'Universidad de Buenos Aires'),
  c('Education\nUniversity of Ljubljana, Slovenia — MSc Computer Science, 2016', 'University of Ljubljana'),
  c('Education\n2011 – 2016  Politecnico di Milano [Italy]  Laurea Magistrale in Ingegneria Meccanica', 'Politecnico di Milano'),
  c('Education\nUniversity of Lagos (Akoka, Nigeria) — B.Sc. Accounting, 2012', 'University of Lagos'),
  c('Education\nUniversity of Malaya, Kuala Lumpur, Malaysia | Bachelor of Engineering | 2015', 'University of Malaya'),
  c('Education\n2013 – 2017  National Taiwan University (Taipei)  B.B.A.', 'National Taiwan University'),
  c('Education\nUniversity of Bergen (Norway), M.Sc. Marine Biology, 2016', 'University of Bergen'),
];

/** A faculty, school, college or department written first, a comma, then its university. */
export const UNIT_FIRST9: SchoolCase[] = [
  c(
    'Education\nSchool of Computing, National University of Singapore — B.Comp. Information Systems, 2018',
    'National University of Singapore',
  ),
  c('Education\n2010 – 2014  Faculty of Law, University of Nairobi  LL.B.', 'University of Nairobi'),
  c('Education\nCollege of Medicine, University of Ibadan\nMBBS, 2008 – 2014', 'University of Ibadan'),
  c('Education\nFaculty of Economics and Business, Universitas Indonesia — S.E., 2015', 'Universitas Indonesia'),
  c('Education\nDepartment of Computer Science, University of Dhaka | B.Sc. | 2016', 'University of Dhaka'),
  c('Education\nInstitute of Education, University College London — MA Education, 2019', 'University College London'),
];

/** A school line whose degree is written in a local form. */
export const LOCAL_DEGREES9: SchoolCase[] = [
  c('Education\n2006 – 2012  Technische Universität Dresden  Diplom-Ingenieur (Dipl.-Ing.) Maschinenbau', 'Technische Universität Dresden'),
  c('Education\nLicence de Droit — Université Paris 1 Panthéon-Sorbonne, 2014', 'Université Paris 1 Panthéon-Sorbonne'),
  c('Education\nLaurea Magistrale in Economia, Università Bocconi, 2017', 'Università Bocconi'),
  c('Education\nLicenciatura em Administração — Universidade de São Paulo (USP), 2013', 'Universidade de São Paulo (USP)'),
  c('Education\nS.Kom. (Sarjana Komputer), Universitas Gadjah Mada, 2015 – 2019', 'Universitas Gadjah Mada'),
  c('Education\n2012 – 2016  Cử nhân Kinh tế  Đại học Kinh tế Quốc dân', 'Đại học Kinh tế Quốc dân'),
  c('Education\nB.Tech (CSE) | Vellore Institute of Technology | 2014 – 2018 | CGPA 8.7', 'Vellore Institute of Technology'),
  c('Education\nMBBS — Dow Medical College, Karachi — 2010', 'Dow Medical College'),
  c('Education\nMagister (M.A.) in Geschichte, Universität Wien, 2009', 'Universität Wien'),
  c('Education\nIngeniero Civil Industrial, Pontificia Universidad Católica de Chile, 2011', 'Pontificia Universidad Católica de Chile'),
  c('Education\nBachelor of Laws (LL.B.) — Ateneo de Manila University — 2010', 'Ateneo de Manila University'),
  c(
    'Education\nDoctor of Pharmacy (Pharm.D.), University of the Sciences in Philadelphia, 2012',
    'University of the Sciences in Philadelphia',
  ),
  c('Education\nDiplôme d’Ingénieur, École Centrale de Lyon, 2015', 'École Centrale de Lyon'),
  c('Education\nMaestría en Finanzas — Universidad Torcuato Di Tella — 2019', 'Universidad Torcuato Di Tella'),
];

/** Foundation years, pathway colleges, language schools, online and distance degrees. */
export const PATHWAYS9: SchoolCase[] = [
  c(
    'Education\n2015 – 2016  INTO University of East Anglia  International Foundation Year\n2016 – 2019  University of East Anglia  BSc Accounting',
    'INTO University of East Anglia',
    'University of East Anglia',
  ),
  c(
    'Education\nKaplan International College London — Foundation Certificate in Business, 2014\nUniversity of Sussex — BA Economics, 2017',
    'Kaplan International College London',
    'University of Sussex',
  ),
  c('Education\nFoundation Year in Engineering, University of Nottingham, 2013 – 2014', 'University of Nottingham'),
  c(
    'Education\n2016 – 2017  ISI Japanese Language School  Japanese (full-time)\n2017 – 2021  Waseda University  B.A. Political Science',
    'ISI Japanese Language School',
    'Waseda University',
  ),
  c(
    'Education\nGoethe-Institut Munich — Deutsch C1 certificate, 2018\nLudwig-Maximilians-Universität München — M.Sc. Physics, 2021',
    'Ludwig-Maximilians-Universität München',
  ),
  c(
    'Education\nMaster of Computer Science (online), University of Illinois Urbana-Champaign via Coursera, 2022',
    'University of Illinois Urbana-Champaign',
  ),
  c('Education\nOnline MBA — Imperial College Business School, 2020 – 2022', 'Imperial College Business School'),
  c('Education\nGeorgia Tech OMSCS — M.S. Computer Science, 2019 – 2022', 'Georgia Tech'),
  c('Education\nBSc Computer Science (distance learning), The Open University, 2014 – 2020', 'The Open University'),
];

/** A school in a table cell with its dates in the next cell; several degrees at one school written once. */
export const TABLES9: SchoolCase[] = [
  c(
    'Education\n| Institution | Dates | Degree |\n|---|---|---|\n| University of Cape Town | 2012 – 2015 | BCom |',
    'University of Cape Town',
  ),
  c(
    'Education\nInstitution\tPeriod\tQualification\nUniversity of Waikato\t2010 – 2013\tBSc\nUniversity of Waikato\t2013 – 2015\tMSc',
    'University of Waikato',
    'University of Waikato',
  ),
  c(
    'Education\nMonash University\n2014 – 2017\nBachelor of Commerce\nMonash University\n2018\nBachelor of Commerce (Honours)',
    'Monash University',
    'Monash University',
  ),
  c(
    'Education\nUniversity of Michigan, Ann Arbor\nMBA, 2015\nBSE Industrial and Operations Engineering, 2009',
    'University of Michigan, Ann Arbor',
  ),
  c('Education\nStanford University — B.S. (2010), M.S. (2011), Ph.D. (2016) in Electrical Engineering', 'Stanford University'),
  c('Education\n2010–2014 • Universidad de Chile • Ingeniería Comercial', 'Universidad de Chile'),
  c('Education\n09/2015 – 06/2019 :: Tallinn University of Technology :: BSc Informatics', 'Tallinn University of Technology'),
  c('Education\n[2016 – 2020] Seoul National University – B.S. Computer Science', 'Seoul National University'),
];

/** Education written inside a summary or profile paragraph. */
export const SUMMARIES9: SchoolCase[] = [
  c(
    'Summary\nQuantitative analyst who holds an MSc from Imperial College London and six years of trading experience.',
    'Imperial College London',
  ),
  c(
    'Profile\nEducated at Eton College and the University of Oxford, now a policy adviser in Westminster.',
    'Eton College',
    'University of Oxford',
  ),
  c(
    'Summary\nPhysicist, a graduate of Lomonosov Moscow State University, with 8 years in semiconductor R&D.',
    'Lomonosov Moscow State University',
  ),
  c('Profile\nMBA (INSEAD, 2018) and BEng (University of Auckland, 2010); 12 years in energy.', 'INSEAD', 'University of Auckland'),
];

/** Schools named after a person or a place, and schools called College that are high schools or universities. */
export const NAMES9: SchoolCase[] = [
  c('Education\n2009 – 2013  Johns Hopkins University  B.A. Public Health Studies', 'Johns Hopkins University'),
  c('Education\nLomonosov Moscow State University — Specialist in Mathematics, 2008', 'Lomonosov Moscow State University'),
  c('Education\nEton College, 2003 – 2008\nUniversity of Edinburgh, MA History, 2012', 'Eton College', 'University of Edinburgh'),
  c('Education\n2011 – 2015  Boston College  Carroll School of Management  B.S. Finance', 'Boston College'),
  c("Education\nKing's College London, MSc War Studies, 2016", "King's College London"),
  c('Education\nImperial College, London — MEng Aeronautics, 2012', 'Imperial College'),
  c(
    'Education\nRaffles Junior College, Singapore — GCE A-Levels, 2010\nNanyang Technological University — B.Eng., 2015',
    'Raffles Junior College',
    'Nanyang Technological University',
  ),
  c("Education\nSt. Xavier's College, Mumbai — B.Com., 2012", "St. Xavier's College"),
  c('Education\nUniversidad Simón Bolívar — Ingeniería Electrónica, 2007', 'Universidad Simón Bolívar'),
  c('Education\nGeorge Washington University, M.P.P., 2016', 'George Washington University'),
  c('Education\nVictoria University of Wellington — LLB, 2013', 'Victoria University of Wellington'),
  c('Education\nCollege of the Holy Cross — B.A., 2008', 'College of the Holy Cross'),
  c('Education\nWilliam & Mary — B.A. Government, 2013', 'William & Mary'),
  c(
    'Education\nUniversity College Dublin — BComm, 2016\nGonzaga College SJ — Leaving Certificate, 2012',
    'University College Dublin',
    'Gonzaga College SJ',
  ),
  c(
    'Education\nDulwich College, London — A-Levels, 2011\nLondon School of Economics — BSc Economics, 2014',
    'Dulwich College',
    'London School of Economics',
  ),
];

/** English sections with no school a recruiter notes. */
export const NOT_SCHOOLS9_ENGLISH: SchoolCase[] = [
  c('Education\nAWS Certified Solutions Architect – Associate, 2021'),
  c('Education\nGoogle Data Analytics Professional Certificate (Coursera), 2022'),
  c('Education\nClean UK driving licence (Category B)\nForklift licence (counterbalance), 2019'),
  c('Education\nY Combinator Startup School, 2020'),
  c('Training\nUdacity — Self-Driving Car Engineer Nanodegree, 2018'),
  c('Education\nMicroverse — Remote Full-Stack Web Development Program, 2021'),
  c('Education\nMITx MicroMasters in Statistics and Data Science (edX), 2020'),
  c('Education\nMBBS, 2012 — Licence to practise, Pakistan Medical and Dental Council'),
  c('Education\nEF Education First — General English course, Brighton, 2015'),
  c('Summary\nWorked with researchers from Johns Hopkins University on three clinical trials.'),
];
