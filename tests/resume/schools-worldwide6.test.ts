/**
 * The sixth blind school set (schools-worldwide6.ts: schools with their city or campus after a comma or a dash,
 * service training centres, branch campuses, faculties inside universities) through the public parser, compared as
 * the labelled set compares schools (`key`), in order.
 *
 * As written, before the parser's school code was read: 80/125 cases, schools P 64.5 R 61.7 (71 of 110 found,
 * 115 expected) — `npx tsx` over SCHOOL_CASES6 + NOT_SCHOOLS6 with parsedSchools, a school counted found when its key
 * matches an expected one of its case (as the fifth set's figure).
 *
 * The cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off the list.
 */
import { describe, expect } from 'vitest';
import { checkCases, checkOpenList } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedSchools, type SchoolCase } from './schools-worldwide.ts';
import { NOT_SCHOOLS6, SCHOOL_CASES6 } from './schools-worldwide6.ts';

/** The cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([
  // Not yet fixed (reasons to follow).
  'Penn State, University Park  |  B.S. Supply Chain Management  |  2015',
  'MBA	XLRI, Jamshedpur	2013 – 2015',
  'University of Sydney, Australia | Master of Nursing | 2019',
  '1998 – 2001  St. Joseph’s College, Bangalore  B.Sc. Physics, Chemistry, Mathematics',
  '2009  Army Medical Services Training Centre  Combat Medical Technician Class 2',
  'Federal Law Enforcement Training Centers (FLETC), Glynco, GA — Criminal Investigator Training Program, 2014',
  'US Coast Guard Training Center Yorktown — Marine Science Technician “A” School, 2015',
  'School of Infantry, Camp Lejeune — Infantry Rifleman (0311), 2009',
  'Sep 2022 – Apr 2023  Humber College  Paramedic Diploma / 2012 – 2013  Canadian Forces Health Services Training Centre  QL3 Medical Assistant',
  '2019  Police Training Centre, Ashford  Initial Police Learning and Development Programme',
  'BITS Pilani, Dubai Campus — B.E. Mechanical, 2013',
  '2012.09-2016.06  复旦大学护理学院  护理学  本科',
  '2013.09-2018.06  武汉大学口腔医学院  口腔医学  本科',
  '2016.09-2019.06  浙江大学医学院  护理学  硕士',
  '2010.09-2014.06  厦门大学外文学院  英语  本科',
  '2012 - 2016  臺北醫學大學護理學院  護理學系  學士',
  '2013.09-2017.06  南方医科大学护理学院  护理学 本科',
  'College of Engineering, Anna University — B.E. Civil Engineering, 2012',
  'Trinity College, University of Cambridge — BA Natural Sciences, 2011',
  'St Stephen’s College, University of Delhi | B.A. (Hons) Economics | 2012',
  'B.Com, 2012 – 2015 / (University details available on request)',
]);

const check = (c: SchoolCase) => expect(parsedSchools(c).map(key)).toEqual(c.schools.map(key));

describe('schools worldwide 6', () => checkCases(SCHOOL_CASES6, check, OPEN));

describe('no school 6', () => checkCases(NOT_SCHOOLS6, check, OPEN));

checkOpenList([...SCHOOL_CASES6, ...NOT_SCHOOLS6], OPEN);
