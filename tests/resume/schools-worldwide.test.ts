/**
 * The blind school set (schools-worldwide.ts) through the public parser, its schools compared as the labelled set
 * compares them (`key`).
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { checkCases } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { NOT_SCHOOLS, SCHOOL_CASES, parsedSchools, type SchoolCase } from './schools-worldwide.ts';

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide', () => checkCases(SCHOOL_CASES, check));

describe('no school', () => checkCases(NOT_SCHOOLS, check));

// Written after reading the school code, for the general forms its fixes cover beyond the blind set above.
describe('school forms pinned by the fixes', () => {
  it.each([
    [
      'Education\nStanford University — M.S. Computer Science, 2014 – 2016\nMIT — S.B. Mechanical Engineering, 2012',
      ['Stanford University', 'MIT'],
    ],
    [
      'Education\nUniversity of Washington, B.S. Informatics, Expected June 2026\nBellevue College, A.S., 2019 – 2021',
      ['University of Washington', 'Bellevue College'],
    ],
    [
      'Education\nCollege of William & Mary, B.A., 2012\nUniversity of Virginia, M.A., 2013 – 2015',
      ['College of William & Mary', 'University of Virginia'],
    ],
    [
      'Education\nUniversity of Oxford\nMSc Computer Science\n\nUniversity of Leeds, BSc Physics, 2012 – 2016',
      ['University of Oxford', 'University of Leeds'],
    ],
    ['Education\nUniversity of Maryland, College Park, MD — B.S. Finance, 2014', ['University of Maryland, College Park']],
    ['Education\nUniversity of Illinois, MBA, 2015', ['University of Illinois']],
    ['Education\nGeorgia Institute of Technology Atlanta, GA\nM.S. Computer Science, 2016', ['Georgia Institute of Technology']],
    ['Education\nPeking University (PKU) — B.S. Physics, 2012', ['Peking University (PKU)']],
    ['Education\nB.S. in Computer Science at University of Michigan, 2016', ['University of Michigan']],
    ['教育背景\n2012.9-2016.7  就读于北京大学  计算机科学与技术  本科', ['北京大学']],
    ['Education\nGraduated from Harvard University, 2010', ['Harvard University']],
    ['Education\n2012 – 2016  Tsinghua University (清华大学)  B.Eng.', ['Tsinghua University (清华大学)']],
    // A faculty or school of the university in brackets is left off (the twenty-sixth round: 4 of 4 dev labels).
    ['Education\nUniversity of Oxford (Saïd Business School) — MBA, 2019 – 2020', ['University of Oxford']],
    ['Education\n2014 – 2018: University of Auckland, BCom', ['University of Auckland']],
    ['教育背景\n2012.09-2016.06  北京大学（985/211）  计算机科学与技术  本科', ['北京大学']],
    ['教育背景\n2015.09-2019.06  华南理工大学（全日制统招）  软件工程  本科', ['华南理工大学']],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    ['教育背景\n2012.09-2016.06  北京大学\n信息科学技术学院  计算机科学与技术  本科', ['北京大学']],
    ['教育背景\n2012.09-2016.06  北京大学  软件工程  本科\n北京大学优秀毕业生', ['北京大学']],
    [
      'Education\nUniversity of Virginia, M.A., 2013 – 2015\nCollege of Arts and Sciences\nUniversity Honors Program\nExchange semester at University of Toronto',
      ['University of Virginia'],
    ],
    ['Ausbildung\nStudium mit Schwerpunkt Informatik', []],
    [
      'Education\nUniversity of Texas at Austin, B.B.A., 2012 – 2016\nCFA Institute — CFA Level II, 2019\nProject Management Institute, PMP, 2020\nCisco Networking Academy — CCNA, 2018',
      ['University of Texas at Austin'],
    ],
    ['Education\nUniversity of Leeds, BSc, 2012 – 2016\nLeeds University Business School', ['University of Leeds']],
  ])('takes no faculty, honour, exchange, certifying body or German "mit" for a school: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});

describe('education headings', () => {
  it.each([
    'Education & Training',
    'EDUCATION AND CERTIFICATIONS',
    'Academic Qualifications',
    'Educational Background',
    '学习经历',
    '學歷',
  ])('reads the schools under %s after the work history, not as an employer', (heading) => {
    const parsed = parseResumeText(
      [
        'Alex Morgan',
        'alex.morgan@example.com  |  +1 415 555 0134',
        '',
        'Experience',
        'Mar 2019 – Present  Acme Analytics Ltd',
        'Data Engineer',
        '',
        heading,
        'Sep 2012 – Jun 2016  University of Leeds  BSc Physics',
      ].join('\n'),
    );
    expect(parsed.education.map((e) => e.school)).toEqual(['University of Leeds']);
    expect(parsed.experience.map((e) => e.company)).toEqual(['Acme Analytics Ltd']);
  });
});
