/**
 * The thirty-sixth round's forms (issue 13), from the dev halves of its blind batches (call centres, antiques and
 * auction houses, feed mills, snack foods, bubble tea, bowling alleys and water parks): a title with an initialism
 * ("Senior Consignment Director, U.S. Coins: …") before its description's colon, the description stopping on "at", its
 * sentence running on over the next line to a semicolon ("…development at" / "FUN and ANA coin shows and through dealer
 * networks; commission"), no employer; a school named for two fields, the second's last word wrapped onto the line of
 * its school word ("Maharashtra Animal and Fishery" / "Sciences University, Nagpur"); a sidebar's school whose town's
 * "City" a PDF wrapped onto a line of its own, above the degree, no label of where the person lives. From the second
 * round's (barbershops, massage parlours, tofu and noodles, kindergartens, veterans, prisons and probation): a US
 * preschool programme ("ABCD Head Start") as an employer, no head's title; a masseur, a hospital corpsman and a
 * correctional official as titles; a German Klinikum as an employer; the letters that open a Chinese title in a spa or
 * a B2B trade ("SPA 理疗师", "B2B 电商运营经理"); a school's name stopped on an open word, the rest opening on "and" ("Watpo
 * Thai Traditional Medical" / "and Massage School, Bangkok"); a German Schulen and a Māori wānanga as schools. Invented
 * people; the forms are the dev halves'.
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
  it('reads a US preschool programme as the employer, not a head’s title', () => {
    const text = [
      'EXPERIENCE',
      'Aug 2019 – Present  Little Acorns Learning Center, Quincy, MA',
      'Lead Teacher',
      '• Plans the preschool room’s curriculum.',
      '',
      'Sep 2014 – Jul 2019  Lowell Community Head Start, Lowell, MA',
      'Teacher Aide',
      '• Supported small-group activities.',
    ];
    expect(jobs(text)).toEqual([
      ['Little Acorns Learning Center', 'Lead Teacher'],
      ['Lowell Community Head Start', 'Teacher Aide'],
    ]);
  });

  it('reads a masseur, a hospital corpsman and a correctional official as titles, a German Klinikum as the employer', () => {
    const text = [
      'EXPERIENCE',
      'Klinikum Bogenhausen, Munich',
      'Apr 2019 – Present',
      'Medical Masseur',
      '• Lymph drainage and connective tissue massage for inpatients.',
      '',
      'U.S. Navy, Naval Hospital Camp Lejeune',
      'Jun 2012 – Mar 2019',
      'Hospital Corpsman Third Class (HM3)',
      '• Triage and wound care.',
      '',
      'Department of Correctional Services, Durban',
      'Feb 2008 – May 2012',
      'Correctional Official',
      '• Admissions and unlock counts.',
    ];
    expect(jobs(text)).toEqual([
      ['Klinikum Bogenhausen', 'Medical Masseur'],
      ['U.S. Navy', 'Hospital Corpsman Third Class (HM3)'],
      ['Department of Correctional Services', 'Correctional Official'],
    ]);
  });

  it('keeps the letters that open a Chinese title in a spa or a B2B trade', () => {
    const text = [
      '工作经历',
      '三亚某度假酒店',
      '2016.05-2020.09',
      'SPA 技师 Spa Therapist',
      '',
      '杭州某贸易有限公司',
      '2012.07-2016.04',
      'B2B 电商运营专员 E-commerce Operations Specialist',
    ];
    expect(jobs(text).map(([, title]) => title)).toEqual(['SPA 技师 Spa Therapist', 'B2B 电商运营专员 E-commerce Operations Specialist']);
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
  it('joins a name stopped on an open word, the rest opening on "and", and reads a Schulen and a wānanga as schools', () => {
    const text = [
      'EDUCATION',
      'Chiang Mai Traditional Medical',
      'and Massage School, Chiang Mai',
      'Thai Massage Course',
      '2011 – 2012',
      'Kerschensteiner Schulen, Augsburg',
      'State-certified Masseur',
      '2008 – 2010',
      'Te Wānanga o Raukawa',
      'Diploma in Māori Studies',
      '2005 – 2006',
    ];
    expect(schools(text)).toEqual(['Chiang Mai Traditional Medical and Massage School', 'Kerschensteiner Schulen', 'Te Wānanga o Raukawa']);
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
