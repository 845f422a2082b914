/**
 * The thirtieth round's forms (issue 13), from the dev halves of its rounds (ski resorts, cinemas, clinical
 * engineering, medical aesthetics, relocation, agricultural machinery): a description a PDF wrapped after its title's
 * colon that holds a business word ("group and private ski lessons …") no employer; an employer in Latin letters with
 * its site in Chinese in brackets ("UA Cinemas（朗豪坊）") the employer alone; its parent after a comma ("…, an AbbVie
 * company") no employer; French instructors', trainers' and nurses' titles ("Moniteur national de ski alpin"); a
 * school named for a person, the name wrapped above its kind and field ("Sri … Nadar" / "College of Engineering,
 * Chennai"); São Paulo's Fatec and ETEC schools. Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
/** A PDF's text: a blank line between every two lines, as its extraction writes them. */
const pdfLines = (lines: string[]) => lines.flatMap((line) => [line, '']);

describe('employers', () => {
  it('reads a wrapped description with a business word in it after a title’s colon as the description', () => {
    const jobs = parse(
      pdfLines([
        'EXPERIENCE',
        'Bergli Snowsports Arosa',
        'Dec 2018 – Present',
        'Head of Lessons: lesson scheduling for 30 instructors, off-',
        'piste guiding and instructor training.',
        'Skischule Tannalp Engelberg',
        'Dec 2012 – Apr 2018',
        'Ski Instructor: group and private ski lessons for children and adults, Swiss',
        'Snow League tests, race training.',
      ]),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([
      ['Bergli Snowsports Arosa', 'Head of Lessons'],
      ['Skischule Tannalp Engelberg', 'Ski Instructor'],
    ]);
  });

  it('leaves the site written in Chinese in brackets off an employer written in Latin letters, not its country or its own name', () => {
    const jobs = parse(
      [
        '## 工作经历',
        '2019.03-至今  Velora Cinemas（太古城）',
        '值班经理',
        '- 负责排片与票房日结。',
        '',
        '2016.07-2019.02  Kestrel Resorts（北大湖度假村）',
        '前台主管',
        '- 负责入住登记。',
        '',
        '2014.07-2016.06  Marlowe Systems（新加坡）',
        '销售代表',
        '- 负责渠道拓展。',
        '',
        '2012.07-2014.06  Harrowgate Trading（哈罗盖特贸易有限公司）',
        '业务助理',
        '- 负责订单跟进。',
      ],
      '沈佳怡',
    ).experience;
    expect(jobs.map((e) => e.company)).toEqual([
      'Velora Cinemas',
      'Kestrel Resorts',
      'Marlowe Systems（新加坡）',
      'Harrowgate Trading（哈罗盖特贸易有限公司）',
    ]);
  });

  it('keeps a title’s other language in brackets with the title', () => {
    const jobs = parse([
      'EXPERIENCE',
      'Harbourline Foods, Osaka',
      'Apr 2019 – Mar 2022',
      'Sales Staff (販売員)',
      '- Served customers.',
    ]).experience;
    expect(jobs.map((e) => e.title)).toEqual(['Sales Staff (販売員)']);
  });

  it('leaves the employer’s parent after a comma off', () => {
    const jobs = parse([
      '## 工作经历',
      '2020.01-至今  Corvane Aesthetics, an Ardella company',
      'Medical Education Manager 医学培训经理',
      '- 负责华东区注射医生培训。',
    ]).experience;
    expect(jobs.map((e) => e.company)).toEqual(['Corvane Aesthetics']);
  });
});

describe('titles', () => {
  it('reads a French instructor’s title under an employer and its resort after a dash', () => {
    const jobs = parse(
      pdfLines([
        'EXPERIENCE',
        'École de Glisse Alpine – Valmorel',
        'Dec 2016 – Present',
        'Moniteur national de ski alpin',
        '• off-piste lessons and race coaching.',
        'École de Glisse Alpine – La Rosière',
        'Dec 2012 – Apr 2016',
        'Moniteur stagiaire',
        '• beginner group lessons.',
      ]),
    ).experience;
    expect(jobs.map((e) => e.title)).toEqual(['Moniteur national de ski alpin', 'Moniteur stagiaire']);
  });
});

describe('schools', () => {
  it('joins a school named for a person, its name wrapped above its kind and field, and leaves its town off', () => {
    const schools = parse(
      pdfLines(['EDUCATION', 'Sri Ramadoss Venkatesan', 'College of Engineering, Madurai', 'B.E. Biomedical Engineering', '2010 – 2014']),
    ).education;
    expect(schools.map((e) => e.school)).toEqual(['Sri Ramadoss Venkatesan College of Engineering']);
  });

  it('reads São Paulo’s Fatec and ETEC schools', () => {
    const schools = parse([
      'EDUCATION',
      '2015 – 2018  Fatec Itapira  Tecnólogo em Mecanização em Agricultura de Precisão',
      '2011 – 2013  ETEC Prof. Jurandir Amaral, Franca  Técnico em Agropecuária',
    ]).education;
    expect(schools.map((e) => e.school)).toEqual(['Fatec Itapira', 'ETEC Prof. Jurandir Amaral']);
  });
});
