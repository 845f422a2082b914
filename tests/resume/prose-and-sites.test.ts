/**
 * The thirtieth round's forms (issue 13), from the dev halves of its rounds (ski resorts, cinemas, clinical
 * engineering, medical aesthetics, relocation, agricultural machinery): a description a PDF wrapped after its title's
 * colon that holds a business word ("group and private ski lessons …") no employer; an employer in Latin letters with
 * its site in Chinese in brackets ("UA Cinemas（朗豪坊）") the employer alone; its parent after a comma ("…, an AbbVie
 * company") no employer; French instructors', trainers' and nurses' titles ("Moniteur national de ski alpin"); a
 * school named for a person, the name wrapped above its kind and field ("Sri … Nadar" / "College of Engineering,
 * Chennai"); São Paulo's Fatec and ETEC schools. From the second round's (semiconductor packaging, pawnbroking,
 * camping, bartending, waterproofing, tiles and sanitary ware): a bookseller's and a brand ambassador's titles (品牌大使);
 * an address with its number in Chinese brackets after a bar ("Bar Rouge（外滩18号）"); a school's name a PDF wrapped
 * after "+"; a school's former name after 前; a German Bildungszentrum. From the third round's (locksmiths, beekeeping,
 * signage, scaffolding, tattoo studios, helicopters): locksmiths' and national servicemen's titles; a marketplace's name
 * opening a Chinese title ("Amazon 运营经理"); a PGCE after a name; a state university's campus a PDF wrapped after its
 * comma ("California State University," / "Fresno"); a Norwegian skolesenter. Invented people; the forms are the dev
 * halves'.
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

  it('leaves an address with its number in Chinese brackets off a bar written in Latin letters', () => {
    const jobs = parse(['## 工作经历', '2016.05-2019.08  Salon Noir（外滩22号）', '调酒师', '- 负责经典鸡尾酒出品。'], '顾晨').experience;
    expect(jobs.map((e) => e.company)).toEqual(['Salon Noir']);
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

  it('reads a bookseller on the dates’ line over its employer, and a brand ambassador before a colon', () => {
    const books = parse([
      '## Experience',
      'Jun 2014 – Sep 2019  Bookseller',
      'Pagewright Books',
      '- bookselling and author events.',
    ]).experience;
    expect(books.map((e) => [e.company, e.title])).toEqual([['Pagewright Books', 'Bookseller']]);
    const brand = parse([
      '## 工作经历',
      '**Larkhaven Spirits Pte Ltd** | Apr 2021 – Present',
      'Brand Ambassador 品牌大使: 负责 on-trade advocacy、bartender training 与品鉴会主讲。',
    ]).experience;
    expect(brand.map((e) => e.title)).toEqual(['Brand Ambassador 品牌大使']);
  });
});

describe('the third round', () => {
  it('reads a locksmith on the dates’ line over its employer, and a full-time national serviceman', () => {
    const jobs = parse([
      '## Experience',
      'Mar 2014 – Sep 2019  Locksmith',
      'Kelbrook Security Ireland',
      'master key systems and safe servicing.',
      '',
      'Jan 2010 – Dec 2011  Full-time National Serviceman',
      'Singapore Civil Defence Force',
      '- Rescue drills.',
    ]).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([
      ['Kelbrook Security Ireland', 'Locksmith'],
      ['Singapore Civil Defence Force', 'Full-time National Serviceman'],
    ]);
  });

  it('keeps a marketplace’s name that opens a Chinese title with the title', () => {
    const jobs = parse(
      [
        '## 工作经历',
        '2019.08-至今  深圳市棱光智能科技有限公司',
        'Amazon 运营经理 Amazon Operations Manager',
        '- 负责 Listing 优化与 PPC 广告投放。',
      ],
      '许嘉文',
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['深圳市棱光智能科技有限公司', 'Amazon 运营经理 Amazon Operations Manager']]);
  });

  it('leaves a PGCE off the name', () => {
    expect(parse(['## Experience'], 'Moira Castleton BSc PGCE').name.value).toBe('Moira Castleton');
  });

  it('keeps a state university’s campus a PDF wrapped after its comma, and reads a skolesenter as a school', () => {
    const csu = parse(
      pdfLines(['EDUCATION', 'California State University,', 'Chico', 'B.S. Agricultural Business', '2005 – 2009']),
    ).education;
    expect(csu.map((e) => e.school)).toEqual(['California State University, Chico']);
    const norway = parse(['## Education', '2004 – 2006  Luftforsvarets skolesenter, Kjevik  Fagbrev flymekaniker']).education;
    expect(norway.map((e) => e.school)).toEqual(['Luftforsvarets skolesenter']);
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

  it('joins a name a PDF wrapped after “+”, and reads a Bildungszentrum as a school', () => {
    const wrapped = parse(
      pdfLines(['EDUCATION', 'Harwick University of Art +', 'Design', 'BDes Industrial Design', '2012 – 2016']),
    ).education;
    expect(wrapped.map((e) => e.school)).toEqual(['Harwick University of Art + Design']);
    const german = parse([
      '## Education',
      '2015 – 2017  Bildungszentrum des Tischlerhandwerks, Lohr  Meisterschule Tischler, Meisterprüfung',
    ]).education;
    expect(german.map((e) => e.school)).toEqual(['Bildungszentrum des Tischlerhandwerks']);
  });

  it('leaves a school’s former name after 前 off', () => {
    const schools = parse(['## 教育背景', '2008.09-2010.07  香港海事學院（前海事訓練學院）  文憑'], '陳志明').education;
    expect(schools.map((e) => e.school)).toEqual(['香港海事學院']);
  });
});
