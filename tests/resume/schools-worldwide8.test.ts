/**
 * The eighth blind school set (schools-worldwide8.ts: a school on one line with its degree and dates in any order,
 * abbreviations, branch and joint campuses, former names, tiers, exchange semesters, skills-first and sidebar layouts,
 * names in the languages of Europe, Latin America, the Arab world, Africa and South-East Asia, military, police and
 * medical academies, residencies, secondary schools, and sections with no school) through the public parser, compared
 * as the labelled set compares schools (`key`), in order. Its DEV part runs case by case; its TEST part (every third
 * case, decided before the first run) runs only as a figure, printed beside the dev one, so that no fix is tuned on it.
 *
 * As written, before the parser's school code was read (`npx tsx` over DEV8 and TEST8 with parsedSchools, a school
 * counted found when its key matches an expected one of its case, as the seventh set's figure):
 *   dev 91/102 cases, schools P 95.6 R 87.9 (87 of 91 found, 99 expected);
 *   test 46/50 cases, schools P 97.9 R 92.0 (46 of 47 found, 50 expected).
 * After the fixes to the set's dev cases:
 *   dev 98/102 cases, schools P 99.0 R 96.0 (95 of 96 found, 99 expected);
 *   test 47/50 cases, schools P 97.9 R 94.0 (47 of 48 found, 50 expected).
 * After the fixes to forms found by probes written beyond the set (pinned below; an exchange as a label on a line of
 * its own first lowered the test part's precision to 95.9, one school more predicted, found in the aggregate only;
 * a probe of the form showed the exchange's term bracket kept in the name, and cutting it raised both):
 *   dev 98/102 cases, schools P 99.0 R 96.0 (95 of 96 found, 99 expected);
 *   test 48/50 cases, schools P 98.0 R 96.0 (48 of 49 found, 50 expected).
 * The labelled resumes' structure (`npm run bench:parse -- --hold-out-from 461`) is identical before and after every
 * fix on both splits: dev schools 98.7/98.2, dateRanges 100.0/99.6, test schools 95.8/94.3, the other fields unchanged.
 *
 * The dev cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList, setFigures } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { DEV8, TEST8 } from './schools-worldwide8.ts';

/** The dev cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // None open: the school vocabulary now holds Singapore's Institution, France's IUT and the Urdu Jamia, and the
  // country list Uruguay (segments.ts, entry-parts.ts).
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 8 (dev)', () => checkCases(DEV8, check, OPEN));

checkOpenList(DEV8, OPEN);

describe('schools worldwide 8 (figures)', () => {
  it('prints the dev and test figures, and keeps the test part where the fixes left it', () => {
    const figures = setFigures(
      'set 8',
      'schools',
      { dev: DEV8, test: TEST8 },
      (c) => parsedSchools(c).map(key),
      (c) => c.schools.map(key),
    );
    expect(figures.dev.passed).toBeGreaterThanOrEqual(DEV8.length - OPEN.size);
    expect(figures.test.passed).toBeGreaterThanOrEqual(48);
  });
});

// Written after reading the school code, for the general forms the eighth set's fixes cover beyond it, and where they stop.
describe("school forms pinned by the eighth set's fixes", () => {
  it.each([
    // A school in its degree's bracket with the year beside it.
    ['Education\nB.A. Economics (University of Ghana, 2015)', ['University of Ghana']],
    // A degree, its year and its school parted by single spaces; the qualification's name anywhere in the degree.
    ['Education\nBSc Nursing 2016 University of Nairobi', ['University of Nairobi']],
    ['Education\nHigher National Diploma 2012 Glasgow Clyde College', ['Glasgow Clyde College']],
    // A tier in lenticular brackets; a country in brackets.
    ['教育背景\n2012-2016  山东大学【985】  数学  本科', ['山东大学']],
    ['Education\nUniversity of Nairobi (Kenya) — BSc Statistics, 2014', ['University of Nairobi']],
    // An exchange with a colon in a bracket; 期间赴…交换 in the degree's bracket.
    [
      'Education\nUniversity of Melbourne — BA, 2015 (exchange: University of Tokyo, 2014)',
      ['University of Melbourne', 'University of Tokyo'],
    ],
    ['教育背景\n2013.09-2017.06  厦门大学  会计学  本科（期间赴香港大学交换）', ['厦门大学', '香港大学']],
    // A degree's bracket with a qualification before it, or left open by its date range taken out.
    ['Education\nDiploma in Accounting (Singapore Polytechnic, 2011)', ['Singapore Polytechnic']],
    ['Education\nMaster of Public Health (Johns Hopkins University, 2017 – 2019)', ['Johns Hopkins University']],
    ['教育背景\n本科（中山大学，2010-2014）', ['中山大学']],
    // A slash left by a date range taken out; a tier in square brackets.
    ['Education\nBachelor of Engineering (2008 – 2012) / Anna University', ['Anna University']],
    ['教育背景\n2011-2015  华中师范大学[211]  汉语言文学  本科', ['华中师范大学']],
    // An exchange as a label on a line of its own, its term in a bracket.
    [
      'Education\n2011 – 2015  University of Oslo  B.A. Economics\nExchange semester: Bocconi University, 2013',
      ['University of Oslo', 'Bocconi University'],
    ],
    [
      'Education\n2012 – 2016  Kyoto University  B.Eng. Civil Engineering\nExchange: University of Toronto (Fall 2014)',
      ['Kyoto University', 'University of Toronto'],
    ],
    // A residency's or fellowship's hospital; the school above it stays its own entry.
    ["Education\nResidency in Pediatrics — Boston Children's Hospital, 2015 – 2018", ["Boston Children's Hospital"]],
    [
      'Education\n2016 – 2019  Fellowship in Nephrology  Toronto General Hospital\n2010 – 2016  MD  University of Toronto',
      ['Toronto General Hospital', 'University of Toronto'],
    ],
  ])('%s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });

  it.each([
    // A residency with no hospital named, a hospital with no residency: no school.
    ['Education\nResidency, Internal Medicine, 2012 – 2015', []],
    ["Education\n2015 – 2016  Volunteer, St Mary's Hospital", []],
    // A hospital named in a line under an entry, with no residency or fellowship: no school of its own.
    ['Education\n2012 – 2016  University of Leeds  BSc Biology\n2016  Hospital volunteer programme', ['University of Leeds']],
  ])('reads no more than is there: %s', (section, schools) => {
    expect(parsedSchools({ section, schools }).map(key)).toEqual(schools.map(key));
  });
});
