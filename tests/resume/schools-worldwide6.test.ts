/**
 * The sixth blind school set (schools-worldwide6.ts: schools with their city or campus after a comma or a dash,
 * service training centres, branch campuses, faculties inside universities) through the public parser, compared as
 * the labelled set compares schools (`key`), in order.
 *
 * As written, before the parser's school code was read: 80/125 cases, schools P 64.5 R 61.7 (71 of 110 found,
 * 115 expected) — `npx tsx` over SCHOOL_CASES6 + NOT_SCHOOLS6 with parsedSchools, a school counted found when its key
 * matches an expected one of its case (as the fifth set's figure).
 * After the fixes: 120/125 cases, schools P 97.4 R 96.5 (111 of 114 found, 115 expected); the five left are on OPEN
 * with why (one, Army Training Centre Pirbright, passed as written and fails since service training centres are read as
 * schools). Three cases of earlier sets in the same cell form were re-decided to keep the place (set 2's Lycée technique
 * Diderot, Paris; set 3's Government Polytechnic College, Coimbatore; set 5's Xaverian College, Manchester), and set 2's
 * open "Delhi Public School, R.K. Puram" now passes. Dev structure (`/tmp/devstruct.mts`, dev of o1-o388 and the
 * earlier fixtures): schools 98.1/97.0 -> 99.6/99.3, dateRanges 99.9/99.6 -> 99.9/99.9; name 99.1/97.2, emails and
 * phones 100/100, companies 98.7/98.9, titles 98.4/98.0 unchanged, no new miss. The two dev school misses left are
 * decisions of the fifth set the labellers did not take (an awarding body, WSET, none; a name in two languages noted
 * as its first).
 *
 * The cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off the list.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { NOT_SCHOOLS6, SCHOOL_CASES6 } from './schools-worldwide6.ts';

/** The cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // A campus whose name holds a school's word ("University Park") is read as a second school, not as the place in the
  // cell of "Penn State".
  'Penn State, University Park  |  B.S. Supply Chain Management  |  2015',
  // A school known by its letters alone that the parser does not know (XLRI): Tech- and letter-names name companies
  // as often.
  'MBA\tXLRI, Jamshedpur\t2013 – 2015',
  // A branch abroad written as "X, Dubai Campus" is not told from a campus at home written as a note ("Cork College of
  // FET, Morrison’s Island Campus", left off by the fifth set) without knowing where the school's home is.
  'BITS Pilani, Dubai Campus — B.E. Mechanical, 2013',
  // A service's training centre is a school (the labelled set's Canadian Forces Health Services Training Centre);
  // one for basic training is none, but its name does not say so (Army Training Centre Pirbright, US Coast Guard
  // Training Center Yorktown, Police Training Centre, Ashford read alike) — only the "Basic Training" beside it does.
  'Army Training Centre Pirbright — Phase 1 Basic Training, 2010',
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 6', () => checkCases(SCHOOL_CASES6, check, OPEN));

describe('no school 6', () => checkCases(NOT_SCHOOLS6, check, OPEN));

checkOpenList([...SCHOOL_CASES6, ...NOT_SCHOOLS6], OPEN);

// Written after reading the school code, for the general forms the sixth set's fixes cover beyond it, and where they stop.
describe("school forms pinned by the sixth set's fixes", () => {
  it.each([
    // A degree wrapped in a PDF's narrow column, its dates below: the school above it is the entry's.
    [
      'EDUCATION\n\nUniversity of Aberdeen\n\nMSc Oil and Gas Engineering\n\nManagement (distance learning)\n\n2016 - 2018\n\nCairo University\n\nBSc Petroleum Engineering\n\n2008 - 2012',
      ['University of Aberdeen', 'Cairo University'],
    ],
    ['Education\n2015 – 2018  Dr. B.R. Ambedkar University, Agra  B.Sc.', ['Dr. B.R. Ambedkar University']],
    ['Education\nDiploma | Government Polytechnic, Mumbai | 2010', ['Government Polytechnic, Mumbai']],
    ['教育背景\n2011.09-2016.06  中国医科大学药学院  药学  本科', ['中国医科大学药学院']],
    ['教育背景\n2012.09-2016.06  南开大学经济学院  金融学  本科', ['南开大学']],
    ['Education\nSchool of Law, University of Nairobi — LLB, 2014', ['University of Nairobi']],
    [
      'Education\n2010 – 2011  Royal Navy Medical Services Training Centre  Medical Assistant',
      ['Royal Navy Medical Services Training Centre'],
    ],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    // A country, a state's letters or two places after the comma are an address; a line of fields keeps its city apart.
    ['Education\n2013 – 2017  University of Ghana, Ghana  BSc Nursing', ['University of Ghana']],
    ['Education\nUniversity of Houston, Houston, TX  |  BBA  |  2015', ['University of Houston']],
    ['Education\nMakerere University, Kampala — BCom, 2011', ['Makerere University']],
    // A degree's name or an honour after the comma is no place.
    ['Education\n2012 – 2016  University of Lagos, First Class  B.Sc. Economics', ['University of Lagos']],
    ["Education\nOsmania University, Dean's List  |  B.Com  |  2013", ['Osmania University']],
    ['Education\n2012 – 2016  University of Auckland, Bachelor of Commerce', ['University of Auckland']],
    // A company's training centre is no school; nor is a university's name in a note.
    ['Training\n2018  Siemens Training Centre  PLC Programming', []],
    ['Education\nMBA, 2016 – 2018\n(School name available on request)', []],
  ])('reads no more than is there: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});
