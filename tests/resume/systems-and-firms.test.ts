/**
 * The twenty-fourth round's forms (issue 13): a campus of a university system or of a name several schools bear keeps
 * its place, as does a college's system after it; a description's last words a PDF wrapped after a preposition are no
 * employer; a German firm of partners and the German trades' titles. Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[]) => parseResumeText(['Ada Okafor', 'ada.okafor@example.com', '', ...lines].join('\n'));
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title]);

describe('a school and the place its name needs', () => {
  it('keeps the campus of a federal or state university and of a name several schools bear', () => {
    expect(schools(['EDUCATION', 'University of Nigeria, Nsukka', 'B.Sc. Marketing', '2010 – 2014'])).toEqual([
      'University of Nigeria, Nsukka',
    ]);
    expect(
      schools(['Education', 'Sep 2016 – May 2020  California State Polytechnic University, Pomona  BS Apparel Merchandising']),
    ).toEqual(['California State Polytechnic University, Pomona']);
    expect(schools(['EDUCATION', 'St Mary’s University, Twickenham', 'BSc Sport Rehabilitation', '2015 – 2018'])).toEqual([
      'St Mary’s University, Twickenham',
    ]);
  });

  it('keeps the system a college belongs to, and still leaves off the city of a school named once', () => {
    expect(schools(['Education', 'Aug 2018 – May 2022  Hunter College, CUNY  B.A. Political Science'])).toEqual(['Hunter College, CUNY']);
    expect(schools(['EDUCATION', 'University at Albany, SUNY', 'B.A. Sociology', '2014 – 2018'])).toEqual(['University at Albany, SUNY']);
    expect(schools(['EDUCATION', 'University of Leeds, Leeds', 'BSc Physics', '2012 – 2015'])).toEqual(['University of Leeds']);
  });
});

describe('an employer in a PDF column', () => {
  it('leaves a sentence wrapped after a preposition to the description, not the next employer', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Northwind Pharma, Barnard Castle',
        'Apr 2021 – Present',
        'QC Analyst II: release testing by HPLC; OOS investigations and LIMS data entry under',
        'MHRA GMP.',
        'Halvorsen',
        'Sep 2018 – Mar 2021',
        'Laboratory Technician: raw material testing, Karl Fischer and UV-Vis.',
      ]),
    ).toEqual([
      ['Northwind Pharma', 'QC Analyst II'],
      ['Halvorsen', 'Laboratory Technician'],
    ]);
  });
});

describe('German firms and titles', () => {
  it('reads "X & Partner" as a firm and a trade’s German title as the role', () => {
    expect(
      jobs([
        'Experience',
        'Hafenkaffee GmbH, Hamburg',
        'Jan 2019 – Present',
        'Buchhalterin',
        'Steuerberatung Lindqvist & Partner',
        'Aug 2013 – Dec 2018',
        'Steuerfachangestellte',
      ]),
    ).toEqual([
      ['Hafenkaffee GmbH', 'Buchhalterin'],
      ['Steuerberatung Lindqvist & Partner', 'Steuerfachangestellte'],
    ]);
    expect(jobs(['Experience', 'Autohaus Brenner GmbH', '2016 – 2021', 'Kfz-Mechatroniker, High-Voltage Technician'])).toEqual([
      ['Autohaus Brenner GmbH', 'Kfz-Mechatroniker, High-Voltage Technician'],
    ]);
  });
});
