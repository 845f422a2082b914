/**
 * The thirty-sixth round's forms (issue 13), from the dev halves of its blind batches (call centres, antiques and
 * auction houses, feed mills, snack foods, bubble tea, bowling alleys and water parks): a title with an initialism
 * ("Senior Consignment Director, U.S. Coins: …") before its description's colon, the description stopping on "at", its
 * sentence running on over the next line to a semicolon ("…development at" / "FUN and ANA coin shows and through dealer
 * networks; commission"), no employer; a school named for two fields, the second's last word wrapped onto the line of
 * its school word ("Maharashtra Animal and Fishery" / "Sciences University, Nagpur"); a sidebar's school whose town's
 * "City" a PDF wrapped onto a line of its own, above the degree, no label of where the person lives. Invented people;
 * the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (text: string[]) => parseResumeText(text.join('\n'));
const jobs = (text: string[]) => parsed(text).experience.map((job) => [job.company, job.title]);
const schools = (text: string[]) => parsed(text).education.map((entry) => entry.school);

describe('jobs', () => {
  it('reads a title with an initialism before its description, and a description that stops on "at" and runs on to a semicolon, no employer', () => {
    const text = [
      'Dolores Whitcombe',
      'd.whitcombe@example.com',
      '',
      'EXPERIENCE',
      'Lone Star Numismatics, Austin, TX',
      '03/2019 - Present',
      'Consignment Manager, U.K. Coins: Lot sourcing at',
      'Long Beach Expo shows and through dealer networks; fee',
      'negotiation; condition reports.',
      'Gulf Coast Bullion, Galveston, TX',
      '05/2014 - 02/2019',
      'Counter Buyer: Buying and grading over the counter.',
    ];
    expect(jobs(text)).toEqual([
      ['Lone Star Numismatics', 'Consignment Manager, U.K. Coins'],
      ['Gulf Coast Bullion', 'Counter Buyer'],
    ]);
  });
});

describe('schools', () => {
  it('joins a school named for two fields, the second wrapped onto its school word’s line', () => {
    const text = [
      'EDUCATION',
      'University of Reading',
      'MSc Animal Science',
      'Sep 2015 – Aug 2016',
      'Karnataka Dairy and Veterinary',
      'Sciences University, Chennai',
      'B.V.Sc.',
      '2008 – 2013',
    ];
    expect(schools(text)).toEqual(['University of Reading', 'Karnataka Dairy and Veterinary Sciences University']);
  });
});

describe('where the person lives', () => {
  it('does not read a degree under a school town’s wrapped "City" as where the person lives', () => {
    const text = [
      'Marites Dela Cruz',
      '',
      'CONTACT',
      '',
      '+971 52 410 8832',
      '',
      'marites.dc@example.com',
      '',
      'Dubai, UAE',
      '',
      'EDUCATION',
      '',
      'University of Santo Tomas, Legazpi',
      '',
      'City',
      '',
      'Bachelor of Science in Tourism',
      '',
      'Management',
      '',
      '2009 – 2013',
    ];
    expect(parsed(text).location.value).toBe('Dubai, UAE');
  });
});
