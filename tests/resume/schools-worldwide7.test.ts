/**
 * The seventh blind school set (schools-worldwide7.ts: job boards', LinkedIn's and Europass's exports, Indian academic
 * tables, German CVs in English, Japanese, Korean and traditional-Chinese schools, Chinese adult and vocational study,
 * online degrees, exchange semesters, schools in a summary) through the public parser, compared as the labelled set
 * compares schools (`key`), in order. Its DEV part runs case by case; its TEST part (every third case, decided before
 * the first run) runs only as a figure, printed beside the dev one, so that no fix is tuned on its cases.
 *
 * As written, before the parser's school code was read (`npx tsx` over DEV7 and TEST7 with parsedSchools, a school
 * counted found when its key matches an expected one of its case, as the sixth set's figure):
 *   dev 61/87 cases, schools P 77.8 R 76.1 (70 of 90 found, 92 expected);
 *   test 31/43 cases, schools P 75.0 R 71.7 (33 of 44 found, 46 expected).
 * After the fixes (two dev expectations corrected to the earlier sets' decisions, see the set's header):
 *   dev 82/87 cases, schools P 96.7 R 96.7 (89 of 92 found, 92 expected);
 *   test 33/43 cases, schools P 79.5 R 76.1 (35 of 44 found, 46 expected).
 * The labelled resumes' structure (`npm run bench:parse -- --hold-out-from 461`) is identical before and after every
 * fix on both splits: dev schools 98.6/98.1, dateRanges 100.0/99.6, the other fields unchanged.
 *
 * The dev cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList, setFigures } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { DEV7, TEST7 } from './schools-worldwide7.ts';

/** The dev cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // Italy's Istituto Tecnico Industriale Statale by its letters (ITIS), India's Higher Secondary School (HSS) and a
  // school named "Centre for … Studies" hold no word the school vocabulary (segments.ts, not this work's to edit) knows.
  '2010–2013  Diploma di Perito Informatico / ITIS Galileo Galilei, Roma',
  'SSC | Kerala State Board | St. Thomas HSS, Thrissur | 2008 | 94%',
  'Course / Institution / Board/University / Year / Percentage / MBA / Symbiosis Centre for Management Studies / Symbiosis International University / 2019 / 68% / B.Com / St. Xavier’s College / University of Mumbai / 2017 / 74%',
  // A university's short online credential is none (set 5), but its name reads as the university's online arm, which
  // awards degrees ("Arizona State University Online"); only the credential's name says so.
  'Harvard Business School Online — Credential of Readiness (CORe), 2020',
  // A testing company's academy (TÜV Rheinland Akademie) is a training provider, none, but "Akademie" reads as a school
  // and TÜV as no company.
  '05/2018 – 06/2018  Course in Occupational Safety (40 hours) / TÜV Rheinland Akademie, Cologne (Germany)',
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 7 (dev)', () => checkCases(DEV7, check, OPEN));

checkOpenList(DEV7, OPEN);

describe('schools worldwide 7 (figures)', () => {
  it('prints the dev and test figures, and keeps the test part where the fixes left it', () => {
    const figures = setFigures(
      'set 7',
      'schools',
      { dev: DEV7, test: TEST7 },
      (c) => parsedSchools(c).map(key),
      (c) => c.schools.map(key),
    );
    expect(figures.dev.passed).toBeGreaterThanOrEqual(DEV7.length - OPEN.size);
    expect(figures.test.passed).toBeGreaterThanOrEqual(33);
  });
});

// Written after reading the school code, for the general forms the seventh set's fixes cover beyond it, and where they stop.
describe("school forms pinned by the seventh set's fixes", () => {
  it.each([
    // Two hyphens between a range's dates (前程无忧).
    ['教育经历\n2010/9--2014/7：华中农业大学 | 园艺 | 本科', ['华中农业大学']],
    // A school's label in the middle of a line, and a kind of school as the label.
    ['教育经历\n2013.09-2016.06  学校名称：南京工业职业技术学院  专业：数控技术  学历：大专', ['南京工业职业技术学院']],
    [
      'Vocational Training\n2014 – 2017  Apprenticeship as Electronics Technician — Siemens AG, Berlin; Berufsschule: Carl-Benz-Schule Mannheim',
      ['Carl-Benz-Schule Mannheim'],
    ],
    // A Korean school's college and department after a space.
    ['학력\n2009.03 ~ 2013.02  고려대학교 정경대학 경제학과 졸업', ['고려대학교']],
    // Study modes after the name.
    ['教育背景\n2015.03-2017.07  西南大学现代远程教育学院  会计学  专升本', ['西南大学']],
    ['Education\nUniversity of Florida Online | B.S. Psychology | 2019', ['University of Florida']],
    // An Indian table's headings; the old Europass's labels; the new Europass's school below what was studied.
    [
      'Academic Details\nExamination | Board/University | Year of Passing | Percentage\nB.Com | University of Calcutta | 2014 | 64%',
      ['University of Calcutta'],
    ],
    [
      'Education and training\nDates\n2005 - 2009\nTitle of qualification awarded\nBachelor of Economics\nName and type of organisation providing education and training\nUniversity of Economics in Bratislava',
      ['University of Economics in Bratislava'],
    ],
    [
      'EDUCATION AND TRAINING\n2016 – 2019\nProfessional qualification – Cook\nScuola Alberghiera di Stato',
      ['Scuola Alberghiera di Stato'],
    ],
    // A level in a cell of its own; a school's kind in the dated line under its name.
    ['學歷\n國立中興大學\n森林學系 | 大學 | 畢業\n2010/9~2014/6', ['國立中興大學']],
    [
      'Education\nUniversity of Bristol\nBachelor of Laws - LLB · (2011 - 2014)\nSt Paul’s School\nHigh School Diploma · (2007 - 2011)',
      ['University of Bristol', 'St Paul’s School'],
    ],
    // An exchange on a line of its own with one year.
    [
      'Education\n2012 – 2016  University of Sydney  Bachelor of Economics\n2014  Exchange semester at ESSEC Business School, France',
      ['University of Sydney', 'ESSEC Business School'],
    ],
    // A summary's sentence.
    ['Summary\nProud alumna of the University of Cape Town (BSc, 2012) with ten years in mining.', ['University of Cape Town']],
    ['自我评价\n硕士毕业于北京交通大学交通运输专业，熟悉轨道交通信号系统。', ['北京交通大学']],
    // A college and its affiliating university in a table a cell a line.
    [
      'Educational Qualification\nCourse\nCollege\nUniversity\nYear\nB.E. Civil\nPSG College of Technology\nAnna University\n2015',
      ['PSG College of Technology'],
    ],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    // A table with no column for the institution attended: the university is the school.
    ['Academic Qualifications\nCourse\nUniversity\nYear\nB.Sc.\nUniversity of Madras\n2012', ['University of Madras']],
    // A graduate school of its own after a Korean university stays; a campus so named stays.
    ['학력\n2016.03 - 2018.02  연세대학교 경영전문대학원  MBA', ['연세대학교 경영전문대학원']],
    [
      'Education\nEmbry-Riddle Aeronautical University Worldwide — B.S. Aviation Maintenance, 2019',
      ['Embry-Riddle Aeronautical University Worldwide'],
    ],
    // Graduates hired from a school, a label that is no school's.
    ['Summary\nHired graduates of the University of Leeds for five years.', []],
    ['教育经历\n2014.09-2018.06  专业：软件工程  学历：本科', []],
  ])('reads no more than is there: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});
