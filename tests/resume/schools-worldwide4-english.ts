/**
 * The fourth blind school set's English and mixed half (see schools-worldwide4.ts for what it covers and its decisions).
 * Written before the parser's code was read.
 */
import type { SchoolCase } from './schools-worldwide.ts';

const c = (section: string, ...schools: string[]): SchoolCase => ({ section, schools });

/** Things glued before the name: dates, labels, the degree first, list numbers, emphasis, table cells. */
const BEFORE: SchoolCase[] = [
  c('Education\nSep 2012 – Jun 2016 · University of Leeds · BSc Economics', 'University of Leeds'),
  c('Education\n09/2014 - 05/2018  University of Washington  B.S. Computer Science', 'University of Washington'),
  c('Education\n2015–2019: McGill University, B.Eng. Electrical Engineering', 'McGill University'),
  c('Education\nAug. 2017 – May 2021 | Purdue University | BSME', 'Purdue University'),
  c('Education\nFall 2018 – Spring 2022  Georgia Institute of Technology  B.S. Industrial Engineering', 'Georgia Institute of Technology'),
  c('Education\nClass of 2019, Duke University — B.A. Public Policy', 'Duke University'),
  c('Education\nExpected May 2025 — Carnegie Mellon University — M.S. Machine Learning', 'Carnegie Mellon University'),
  c('Education\nGraduated from University of Auckland in 2016 with a BCom', 'University of Auckland'),
  c('Education\nSchool: University of Cape Town\nDegree: BSc Computer Science\nYear: 2015', 'University of Cape Town'),
  c(
    'Education\nInstitution: Nanyang Technological University\nProgramme: Bachelor of Engineering (Computer Science)\nPeriod: 2016 – 2020',
    'Nanyang Technological University',
  ),
  c('Education\nB.Sc. Computer Science, University of Toronto, 2014 – 2018', 'University of Toronto'),
  c('Education\nMaster of Science in Data Science — Columbia University, New York, NY', 'Columbia University'),
  c('Education\nPh.D. in Chemistry | ETH Zurich | 2016 – 2020', 'ETH Zurich'),
  c(
    'Education\n1. University of Edinburgh — MSc Artificial Intelligence, 2019\n2. University of Glasgow — BSc Computing Science, 2018',
    'University of Edinburgh',
    'University of Glasgow',
  ),
  c('Education\n• **University of Bristol** — MEng Aerospace Engineering (2014 – 2018)', 'University of Bristol'),
  c('Education\n*Monash University*, Bachelor of Pharmacy, 2012', 'Monash University'),
  c('Education\nUniversity\tDegree\tYear\nUniversity of Queensland\tBachelor of Science\t2013', 'University of Queensland'),
  c('Education\n2014.09-2018.06 Zhejiang University, B.Eng. Computer Science', 'Zhejiang University'),
];

/** Things glued after the name: places, rankings, faculties, every separator, grades, honours, study notes. */
const AFTER: SchoolCase[] = [
  c('Education\nUniversity of Malaya – Kuala Lumpur — Bachelor of Accounting, 2015', 'University of Malaya'),
  c('Education\nUniversity of New South Wales, NSW, Australia — Master of IT, 2018', 'University of New South Wales'),
  c('Education\nUniversity of Melbourne (QS Top 50) — Master of Data Science, 2021', 'University of Melbourne'),
  c('Education\nUniversity of Toronto, Faculty of Law — J.D., 2017', 'University of Toronto'),
  c('Education\nFaculty of Medicine, University of Lagos — MBBS, 2012', 'University of Lagos'),
  c('Education\nUniversity of Warwick, Warwick Manufacturing Group (WMG) — MSc, 2017', 'University of Warwick'),
  c('Education\n2013 – 2017  Fudan University  School of Economics  B.A.', 'Fudan University'),
  c('Education\nUniversity of Sydney  Bachelor of Commerce  2012 – 2015', 'University of Sydney'),
  c('Education\nUniversity of Auckland\tBE (Hons) Software Engineering\t2014', 'University of Auckland'),
  c('Education\nTrinity College Dublin / BA Mathematics / 2013', 'Trinity College Dublin'),
  c('Education\nUniversity of Oxford: DPhil Engineering Science, 2020', 'University of Oxford'),
  c('Education\nUniversity of Michigan — B.S.E. Computer Engineering, GPA 3.9/4.0, Summa Cum Laude', 'University of Michigan'),
  c("Education\nUniversity of Waterloo — BMath (Co-op), Dean's Honours List, 2019", 'University of Waterloo'),
  c('Education\nIndian Institute of Technology Delhi — B.Tech, Rank 2 in department, 2012', 'Indian Institute of Technology Delhi'),
  c(
    'Education\nNational University of Singapore (NUS) — exchange semester, Spring 2017\nUniversity of British Columbia — BSc Physics, 2018',
    'National University of Singapore (NUS)',
    'University of British Columbia',
  ),
  c('Education\nStanford University, visiting student researcher, 2019', 'Stanford University'),
  c('Education\nUniversity of Chicago — PhD Economics (ABD, withdrew 2015)', 'University of Chicago'),
  c('Education\nImperial College London — MSc Computing. Thesis: "Learning to Rank with Graph Neural Networks"', 'Imperial College London'),
  c('Education\nLondon School of Economics — MSc Finance, Chevening Scholar, 2018', 'London School of Economics'),
  c('Education\nUniversiti Teknologi MARA (UiTM) — Diploma in Accountancy, 2010', 'Universiti Teknologi MARA (UiTM)'),
  c('Education\nÉcole Polytechnique Fédérale de Lausanne (EPFL), MSc Robotics, 2020', 'École Polytechnique Fédérale de Lausanne (EPFL)'),
  c('Education\nUniversity of Hong Kong (HKU), Bachelor of Laws, 2014', 'University of Hong Kong (HKU)'),
  c('Education\nArizona State University – Tempe Campus — B.S. Supply Chain Management, 2017', 'Arizona State University'),
  c('Education\nPennsylvania State University, University Park, PA — B.S. Accounting, 2012', 'Pennsylvania State University'),
  c(
    'Education\nMiddle East Technical University (METU), Ankara — B.S. Computer Engineering, 2014',
    'Middle East Technical University (METU)',
  ),
  c(
    'Education\nUniversity of Amsterdam — MSc Logic (cum laude), 2019; exchange at University of Copenhagen, 2018',
    'University of Amsterdam',
    'University of Copenhagen',
  ),
  c('Education\nMBA — INSEAD (Fontainebleau & Singapore), 2019', 'INSEAD'),
  c('Education\nTsinghua University, Beijing, China — M.S. Automation (2015 – 2018)', 'Tsinghua University'),
];

/** Names that hold a comma, an ampersand, an apostrophe, a dash, a place or a foreign article. */
const NAMES: SchoolCase[] = [
  c('Education\nUniversity of California, Berkeley — B.A. Computer Science, 2016', 'University of California, Berkeley'),
  c('Education\nUniversity of California, Los Angeles, B.S. Mathematics, 2015 – 2019', 'University of California, Los Angeles'),
  c('Education\nTexas A&M University — B.S. Petroleum Engineering, 2013', 'Texas A&M University'),
  c("Education\nKing's College London, LLB Law, 2016", "King's College London"),
  c('Education\nUniversidad de los Andes, Bogotá, Colombia — Ingeniería de Sistemas, 2011', 'Universidad de los Andes'),
  c('Education\nIndian Institute of Technology Bombay, B.Tech. Chemical Engineering, 2010', 'Indian Institute of Technology Bombay'),
  c('Education\nUniversity of Wisconsin–Madison — M.S. Statistics, 2018', 'University of Wisconsin–Madison'),
  c("Education\nSt. Xavier's College, Mumbai — B.Com, 2009", "St. Xavier's College"),
  c('Education\nNgee Ann Polytechnic, Diploma in Information Technology, 2014', 'Ngee Ann Polytechnic'),
  c('Education\nSeoul National University, Seoul, Korea — M.S. Electrical Engineering, 2017', 'Seoul National University'),
  c('Education\nUniversité Paris-Saclay — M2 Data Science, 2021', 'Université Paris-Saclay'),
  c('Education\nNational Taiwan University, Taipei — B.B.A. Finance, 2015', 'National Taiwan University'),
  c('Education\nWashington University in St. Louis — B.S. Biology, 2014', 'Washington University in St. Louis'),
  c('Education\nUniversity of Illinois at Urbana-Champaign — M.S. Computer Science, 2019', 'University of Illinois at Urbana-Champaign'),
  c('Education\nUniversity of Texas at Austin — B.S. Mechanical Engineering, 2016', 'University of Texas at Austin'),
  c('Education\nUniversity of Hawaiʻi at Mānoa — B.A. Psychology, 2016', 'University of Hawaiʻi at Mānoa'),
  c('Education\nThe Chinese University of Hong Kong, Shenzhen — B.Sc. Data Science, 2021', 'The Chinese University of Hong Kong, Shenzhen'),
  c('Education\nNew York University Shanghai — B.S. Computer Science, 2020', 'New York University Shanghai'),
  c(
    'Education\nHong Kong University of Science and Technology (HKUST) — MPhil, 2018',
    'Hong Kong University of Science and Technology (HKUST)',
  ),
  c(
    'Education\nPeking University | Master of Finance | 2016 – 2018\nRenmin University of China | B.A. Economics | 2012 – 2016',
    'Peking University',
    'Renmin University of China',
  ),
  c(
    'Education\nUniversity of Leeds — BSc Geography, 2018\nLeeds Grammar School — A-Levels, 2015',
    'University of Leeds',
    'Leeds Grammar School',
  ),
  c(
    'Education\nPurdue University — B.S. Aviation, 2020\nLincoln High School, Portland, OR — Diploma, 2016',
    'Purdue University',
    'Lincoln High School',
  ),
];

/** Several schools in a line or a sentence, a summary line, unusual headings, a sidebar, a table a cell a line. */
const LAYOUTS: SchoolCase[] = [
  c('Education\nBA Oxford, MPhil Cambridge', 'Oxford', 'Cambridge'),
  c('Education\nB.S. from MIT (2012) and Ph.D. from Stanford (2017).', 'MIT', 'Stanford'),
  c('Summary\nStanford MBA and former McKinsey consultant with 8 years in fintech.', 'Stanford'),
  c('Profile\nData scientist, PhD from University of Toronto, 6 years in healthcare analytics.', 'University of Toronto'),
  c('Academic Background\nUniversity of Ghana — BSc Statistics, 2013', 'University of Ghana'),
  c(
    'Qualifications\nMaster of Nursing — Deakin University, 2017\nBachelor of Nursing — La Trobe University, 2012',
    'Deakin University',
    'La Trobe University',
  ),
  c('Education & Training\nRMIT University — Bachelor of Design (Games), 2016\nUnity Certified Developer, 2018', 'RMIT University'),
  c('EDUCATION\nUniversity of Manchester\nLANGUAGES\nBSc Computer Science\nEnglish, French\n2013 – 2016', 'University of Manchester'),
  c(
    'Education\nInstitution\nQualification\nDates\nUniversity of Nottingham Malaysia\nBEng Chemical Engineering\n2012 – 2016',
    'University of Nottingham Malaysia',
  ),
];

export const ENGLISH4: SchoolCase[] = [...BEFORE, ...AFTER, ...NAMES, ...LAYOUTS];
