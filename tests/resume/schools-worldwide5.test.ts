/**
 * The fifth blind school set (schools-worldwide5.ts and schools-worldwide5-english.ts: the schools of people who did
 * not go to a university) through the public parser, compared as the labelled set compares schools (`key`), in order.
 *
 * As written, before the parser's school code was read: 142/177 cases, schools P 86.8 R 83.1 (138 of 159 found, 166
 * expected) — `npx tsx` over SCHOOL_CASES5 + NOT_SCHOOLS5 with parsedSchools, a school counted found when its key
 * matches an expected one of its case. One expectation was then corrected to the third set's decision (电大 alone is a
 * school), see the set.
 * After the fixes: 173/177 cases, schools P 98.2 R 98.8 (165 of 168 found, 167 expected); the four left are on OPEN
 * with why. Dev structure (`/tmp/devstruct.mts`, dev only): schools 99.6/98.2 -> 99.6/98.7, dateRanges 99.5 -> 99.7 (one
 * entry's 职业技术教育中心 now read), companies 98.4/98.7, titles 99.2/98.9 unchanged, no new miss.
 *
 * The cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off the list.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { NOT_SCHOOLS5, SCHOOL_CASES5 } from './schools-worldwide5.ts';

/** The cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // A school known by its brand alone, with no word that says school: "The Citadel" (the words after its comma, "The
  // Military College of South Carolina", are read as the school). "Lincoln Tech" is known by name since the seventeenth
  // round (segments.ts).
  'The Citadel, The Military College of South Carolina — B.S. Business Administration, 2009',
  // An employer's in-house academy is named as a school is ("X University", "X Academy"); without knowing X for an
  // employer it cannot be told from "Home Team Academy" or "Royal Military Academy Sandhurst", which are schools.
  'McDonald’s Hamburger University — Restaurant Leadership Practices, 2016 / Palmetto High School, Florida — Diploma, 2011',
  'Tesco Academy — Team Leader Programme, 2018',
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 5', () => checkCases(SCHOOL_CASES5, check, OPEN));

describe('no school 5', () => checkCases(NOT_SCHOOLS5, check, OPEN));

checkOpenList([...SCHOOL_CASES5, ...NOT_SCHOOLS5], OPEN);

// Written after reading the school code, for the general forms the fifth set's fixes cover beyond it, and where they stop.
describe("school forms pinned by the fifth set's fixes", () => {
  it.each([
    ['教育背景\n2010.09-2013.06  长沙市职业教育中心  计算机应用  中专', ['长沙市职业教育中心']],
    ['教育背景\n2014.03-2016.07  华南理工大学继续教育学院  工商管理  专科', ['华南理工大学']],
    ['教育背景\n2016-2018年在邯郸市技工学校学习焊接', ['邯郸市技工学校']],
    ['教育背景\n2009-2012  上海市商业学校（浦东）  会计  中专', ['上海市商业学校']],
    ['Education\nBelfast Metropolitan College (block release) — Level 3 Electrical Installation, 2015', ['Belfast Metropolitan College']],
    ['Education\nBCIT — Diploma in Electrical and Computer Engineering, 2012', ['BCIT']],
    ['Profile\nSous chef of ten years; trained at Westminster Kingsway College.', ['Westminster Kingsway College']],
    ['Education\nUniversity of Texas at Austin — B.S. Biology, 2012', ['University of Texas at Austin']],
    ['个人信息\n姓名：李强\n学历：高中（河北省定州中学）', ['河北省定州中学']],
    ['Education\nCompleted Leaving Cert at Coláiste Mhuire, Mullingar, 2006', ['Coláiste Mhuire']],
    ['Education\nPhoenix College (did not finish) — Nursing prerequisites, 2014', ['Phoenix College']],
    ['Profile\nForklift driver with NVQ Level 2 from Barnsley College and 8 years in warehousing.', ['Barnsley College']],
    [
      'Education\nSummer School, London School of Economics (3 weeks), 2015\nUniversity of Warwick — BSc Economics, 2016',
      ['London School of Economics', 'University of Warwick'],
    ],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    // A course of days or a class a university or an employer ran is no school; a kind of school with no name is none.
    ['教育背景\n2018.05  清华大学继续教育学院  领导力研修班', []],
    ['Education\nStanford University — Design Thinking Workshop (3 days), 2019', []],
    ['教育背景\n2011-2013  技校  电工  中专', []],
    // Prose that names a university without studying there stays prose.
    ['Profile\nRecruited engineers from Stanford University for five years.', []],
    ['Summary\nGuest lecturer at MIT Sloan; mentor at Y Combinator.', []],
    ['Summary\nHired 40 graduates from Sheffield Hallam University each year.', []],
    ['Education\nFlatiron School — Software Engineering Bootcamp, 2020', []],
  ])('reads no more than is there: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});
