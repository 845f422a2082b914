/**
 * The ninth blind school set (schools-worldwide9.ts and schools-worldwide9-english.ts: returnees' schools abroad in
 * Chinese, English or both, countries and cities in brackets or after a comma, a faculty written first or glued, local
 * degree forms, foundation years, pathway colleges, language schools, online degrees, table cells, dates first in many
 * separators, summaries, one school with several degrees, names of people and places, Colleges of every kind, 中专, 技校,
 * 党校 and 进修, and sections with no school) through the public parser, compared as the labelled set compares schools
 * (`key`), in order. Its DEV part runs case by case; its TEST part (every third case, decided before the first run)
 * runs only as a figure, printed beside the dev one, so that no fix is tuned on it.
 *
 * As written, before the parser's school code was read (`npx tsx` over DEV9 and TEST9 with parsedSchools, a school
 * counted found when its key matches an expected one of its case, as setFigures counts):
 *   dev 64/85 cases, schools P 82.1 R 81.2 (69 of 84 found, 85 expected);
 *   test 36/42 cases, schools P 90.5 R 84.4 (38 of 42 found, 45 expected).
 * After the fixes to the set's dev cases:
 *   dev 80/85 cases, schools P 96.5 R 96.5 (82 of 85 found, 85 expected);
 *   test 37/42 cases, schools P 92.9 R 86.7 (39 of 42 found, 45 expected).
 * After the fixes to forms found by probes written beyond the set (pinned below; the last, two places in brackets after
 * a Chinese name as its address, is a form the set's header decides and its test part holds, seen in the aggregate):
 *   dev 80/85 cases, schools P 96.5 R 96.5 (82 of 85 found, 85 expected);
 *   test 38/42 cases, schools P 95.2 R 88.9 (40 of 42 found, 45 expected).
 * The labelled resumes' structure (`npm run bench:parse -- --hold-out-from 461`) is identical before and after every
 * fix on both splits: dev schools 98.8/98.1, dateRanges 100.0/99.6, test schools 95.7/93.0, the other fields unchanged.
 *
 * The dev cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList, setFigures } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { DEV9, TEST9 } from './schools-worldwide9.ts';

/** The dev cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // Words the school vocabulary (segments.ts, not this set's files to edit) reads or misses: the Goethe-Institut is a
  // language course's provider there, a school ("institut"); "Georgia Tech" is a short name only as a whole part, not
  // with its programme's letters (OMSCS) after it; "William & Mary" is no name it knows; "Startup School" reads as a
  // school by its word.
  'Goethe-Institut Munich — Deutsch C1 certificate, 2018 / Ludwig-Maximilians-Universität München — M.Sc. Physics, 2021',
  'Georgia Tech OMSCS — M.S. Computer Science, 2019 – 2022',
  'William & Mary — B.A. Government, 2013',
  'Y Combinator Startup School, 2020',
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 9 (dev)', () => checkCases(DEV9, check, OPEN));

checkOpenList(DEV9, OPEN);

describe('schools worldwide 9 (figures)', () => {
  it('prints the dev and test figures, and keeps the test part where the fixes left it', () => {
    const figures = setFigures(
      'set 9',
      'schools',
      { dev: DEV9, test: TEST9 },
      (c) => parsedSchools(c).map(key),
      (c) => c.schools.map(key),
    );
    expect(figures.dev.passed).toBeGreaterThanOrEqual(DEV9.length - OPEN.size);
    expect(figures.test.passed).toBeGreaterThanOrEqual(38);
  });
});

// Written after reading the school code, for the general forms the ninth set's fixes cover beyond it, and where they stop.
describe("school forms pinned by the ninth set's fixes", () => {
  it.each([
    // A country before a Chinese university's name, kept as written (the labelled set's convention since the seventeenth
    // round), alone, with its English name beside it or after it, in a sentence.
    ['教育背景\n2015.09-2016.09  日本东京大学  情报理工  修士', ['日本东京大学']],
    [
      '教育背景\n2016.09-2017.12  英国曼彻斯特大学 The University of Manchester  金融学  硕士',
      ['英国曼彻斯特大学 The University of Manchester'],
    ],
    ['教育背景\n2015.09-2016.12  美国哥伦比亚大学 / Columbia University  统计学  硕士', ['美国哥伦比亚大学 Columbia University']],
    ['教育背景\n2016.09-2017.12  The University of Sydney 澳大利亚悉尼大学  会计  硕士', ['The University of Sydney 澳大利亚悉尼大学']],
    ['教育背景\n2018.09-2019.12 | 英国华威大学 | 管理学 | 硕士', ['英国华威大学']],
    ['自我评价\n毕业于日本京都大学，5年半导体工艺经验。', ['日本京都大学']],
    // A transliterated name's dot.
    ['教育背景\n2017.09-2019.06  乔治·华盛顿大学  公共政策  硕士', ['乔治·华盛顿大学']],
    // A school gone to in a summary's clause; two schools after one verb; two degrees each from its school.
    ['自我评价\n本科毕业于清华大学，后赴英国剑桥大学攻读博士，研究方向为凝聚态物理。', ['清华大学', '英国剑桥大学']],
    ['个人简介\n2015年赴澳大利亚墨尔本大学留学，获会计硕士学位。', ['澳大利亚墨尔本大学']],
    [
      'Profile\nGraduated from Peking University and Columbia University, now a data scientist.',
      ['Peking University', 'Columbia University'],
    ],
    ['Summary\nHolds a BA from Yale University and an MBA from Wharton; ten years in private equity.', ['Yale University', 'Wharton']],
    // A sentence's article before the school, a study verb with its subject, a graduate of, a degree "with" before it.
    [
      'Profile\nI studied economics at the University of Nairobi and later completed an MBA at Strathmore University.',
      ['University of Nairobi', 'Strathmore University'],
    ],
    ['About me\nGraduate of Universidad de los Andes (2015) with five years in consulting.', ['Universidad de los Andes']],
    [
      'Summary\nMechanical engineer with a master’s degree from the Technical University of Munich and 7 years in automotive.',
      ['Technical University of Munich'],
    ],
    // A faculty named by its subjects under its university's line, or glued with the subject on the next.
    ['教育背景\n浙江大学\n计算机科学与技术学院  本科  2012-2016', ['浙江大学']],
    ['教育背景\n2012.09-2016.06  复旦大学管理学院\n工商管理  本科', ['复旦大学']],
    // A unit named "Institute of …" before its university; a town and its country in brackets.
    ['Education\nInstitute of Engineering, Tribhuvan University — B.E. Civil, 2012', ['Tribhuvan University']],
    ['Education\nSavitribai Phule Pune University (Pune, India) — B.E. Mechanical, 2014', ['Savitribai Phule Pune University']],
    // A mark set between a line's fields with a space on each side.
    ['教育背景\n2013.09-2017.06 ▏ 中南大学 ▏ 材料 ▏ 本科', ['中南大学']],
    ['教育背景\n2013.09-2017.06 → 中南大学 → 材料 → 本科', ['中南大学']],
    ['Education\nSep 2012 – Jun 2016 ▪ University of Porto ▪ BSc Economics', ['University of Porto']],
    ['Education\nUniversity of Porto ⋅ BSc Economics ⋅ 2016', ['University of Porto']],
    // A country or province and a city in brackets after a Chinese name: its address.
    ['教育背景\n2014.09-2018.06  浙江大学（中国杭州）  计算机  本科', ['浙江大学']],
    ['教育背景\n2013.09-2017.06  湖南大学（湖南长沙）  土木工程  本科', ['湖南大学']],
    // A 党校's class; a 进修 at a hospital, beside a visiting year at a university.
    ['教育背景\n2019.03-2019.06  中共杭州市委党校  青年干部培训班', ['中共杭州市委党校']],
    ['教育背景\n2019.09-2020.06  北京大学  访问学者\n2017.03-2017.09  四川大学华西医院  骨科进修', ['北京大学', '四川大学华西医院']],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    // A name that starts with its country stays whole; a dot between fields still parts them.
    ['教育背景\n2014.09-2018.06  日本女子大学  文学  学士', ['日本女子大学']],
    ['教育背景\n2014.09-2018.06  新加坡管理大学  会计  本科', ['新加坡管理大学']],
    ['教育背景\n2012.09-2016.06  四川大学·软件工程·本科', ['四川大学']],
    // A brand's Chinese name keeps its country; a school named by a place and a subject is a school.
    ['Education\nLe Cordon Bleu Paris 法国蓝带厨艺学院 — Grand Diplôme, 2016', ['Le Cordon Bleu Paris 法国蓝带厨艺学院']],
    ['教育背景\n2012.09-2016.06  湖南商学院  会计  本科', ['湖南商学院']],
    // One place in brackets stays: a campus the name carries.
    ['教育背景\n2012.09-2016.06  中国石油大学（北京）  石油工程  本科', ['中国石油大学（北京）']],
    // A faculty alone, a university's short course, a 进修 with no hospital, a course on a platform, a camp: no school.
    ['教育背景\n2012.09-2016.06  计算机学院  软件工程  本科', []],
    ['教育背景\n2019.03  北京大学  总裁研修班', []],
    ['教育背景\n2015.03-2015.09  护理进修', []],
    ['教育背景\n2020.02-2020.05  学堂在线  数据结构（清华大学）', []],
    ['Education\nCoursera — Machine Learning (Stanford University), 2019', []],
    ['教育背景\n2017.07  北京大学暑期夏令营\n2014.09-2018.06  武汉大学  数学  本科', ['武汉大学']],
    // Hiring from a school, and graduates of one, are no study there.
    ['Summary\nHired graduates of the University of Leeds and trained them at Sheffield Hallam University.', []],
    // The platform an online degree was taken on is still no part of its university.
    ['Education\nUniversity of London (via Coursera) — BSc Computer Science, 2020 – 2023', ['University of London']],
  ])('reads no more than is there: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});
