/**
 * The thirty-first round's forms (issue 13), from the dev halves of its blind batches (pianos and musical
 * instruments, water treatment, elevators, dialysis, court reporting, laundries and alterations): a town written bare
 * on the contact line beside the phone and the e-mail ("… | Leeds"), or with its state's code ("Brisbane QLD"); an
 * Irish family name's Ó ("Ciarán Ó Briain"); a maker's title ("Piano Maker", "Sample Maker", "Archetière (Bow Maker)");
 * a ministry before its court after a comma ("Ministry of Justice, Hamilton District Court"), the ministry the
 * employer; a Berlin Oberstufenzentrum, its name a PDF wrapped before "und" ("Oberstufenzentrum Handel" / "und Logistik,
 * Berlin"); a skill's Chinese name of two characters with its Latin name after it two skills ("整音 voicing"), not a
 * brand's with its product's ("罗氏 BenchMark ULTRA"). From the second round's (mushrooms, car washes, fish farms, boatyards,
 * ice rinks, dental laboratories): Dutch hogescholen; a town with its region beside the contact details ("Oban, Argyll"), or alone below
 * them in a PDF's contact column ("Huonville TAS"); an experience heading of two kinds ("Yachting & Hospitality
 * Experience"); projects of two kinds under one Chinese heading (科研与教学项目), no jobs; a boatbuilder's title. From the third round's (hearing aids, swimming pools, greenhouses, batteries,
 * breweries, pharmacies): a career heading of a kind ("Coaching Career"); a title that opens on 负责人 ("负责人 / 验配师"),
 * no line of work done; a bar inside a Chinese hotel, written in Latin letters in brackets, left off the employer
 * (…酒店（Flair Bar）). Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

/** A resume whose first lines are `top` (the name, then the contact line), then one job. */
const resume = (top: string[]) =>
  parseResumeText([...top, '', 'Experience', 'Mar 2019 – Present  Harbour Music | Store Manager', '• Runs the store.'].join('\n'));

describe('the town on the contact line', () => {
  it('reads a town written bare after the phone and the e-mail', () => {
    const found = resume(['Tamsin Ellery', '+44 7700 900123  |  tamsin.ellery@example.co.uk  |  Leeds']);
    expect(found.location.value).toBe('Leeds');
    expect(found.name.value).toBe('Tamsin Ellery');
  });

  it('reads a town of two words, and a town with its state’s code', () => {
    expect(resume(['Rhys Calloway', '+971 50 555 0142  |  rhys.c@example.com  |  Abu Dhabi']).location.value).toBe('Abu Dhabi');
    expect(resume(['Rhys Calloway', '+61 412 555 046  |  rhys.c@example.com  |  Brisbane QLD']).location.value).toBe('Brisbane QLD');
  });

  it('reads no town from the name first on the line, a profile, a licence or a code that names no state', () => {
    expect(resume(['Rhys Calloway  |  +44 7700 900123  |  rhys.c@example.com']).location.value).toBeNull();
    expect(resume(['Rhys Calloway', '+44 7700 900123  |  rhys.c@example.com  |  LinkedIn']).location.value).toBeNull();
    expect(resume(['Rhys Calloway', '+44 7700 900123  |  rhys.c@example.com  |  Full Driving Licence']).location.value).toBeNull();
    expect(resume(['Rhys Calloway', '+44 7700 900123  |  rhys.c@example.com  |  Leeds XYZ']).location.value).toBeNull();
  });

  it('reads no town from a line with no phone or e-mail on it', () => {
    expect(resume(['Rhys Calloway', 'Store Manager  |  Piano Sales']).location.value).toBeNull();
  });
});

describe('the town beside or below the contact details', () => {
  it('reads a town with its region on the contact line', () => {
    expect(resume(['Rhys Calloway', '+44 7700 900123  |  rhys.c@example.com  |  Tobermory, Mull']).location.value).toBe('Tobermory, Mull');
  });

  it('reads a town alone below a PDF’s contact column, not a heading or a title there', () => {
    const pdf = (lines: string[]) =>
      parseResumeText(['Rhys Calloway', '', 'CONTACT', '', ...lines.flatMap((line) => [line, '']), 'SKILLS', '', 'Rigging'].join('\n'));
    expect(pdf(['+61 412 555 046', 'rhys.c@example.com', 'Cygnet TAS']).location.value).toBe('Cygnet TAS');
    expect(pdf(['+61 412 555 046', 'rhys.c@example.com']).location.value).toBeNull();
    expect(pdf(['+61 412 555 046', 'rhys.c@example.com', 'Marine Engineer']).location.value).toBeNull();
  });
});

describe('names', () => {
  it('reads an Irish family name with its Ó', () => {
    expect(resume(['Siobhán Ó Ceallaigh', '+353 87 555 0199  |  s.oceallaigh@example.ie  |  Galway']).name.value).toBe(
      'Siobhán Ó Ceallaigh',
    );
  });
});

describe('titles', () => {
  it('reads a maker as a title, written first with its department after a dash and its employer below', () => {
    const jobs = parseResumeText(
      [
        'Jonas Albrecht',
        'jonas.albrecht@example.de',
        '',
        'Experience',
        'Oct 2016 – Present  Instrument Maker – Soundboard Department',
        'Marbeck & Sons, Hamburg-Altona',
        '• Soundboard and bridge fitting.',
        '',
        'Sep 2011 – Sep 2016  Sample Maker',
        'Lindqvist Textil, Borås',
        '• Sample garments for the design team.',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([
      ['Marbeck & Sons', 'Instrument Maker – Soundboard Department'],
      ['Lindqvist Textil', 'Sample Maker'],
    ]);
  });
});

describe('headings', () => {
  it('reads the jobs under an experience heading of two kinds', () => {
    const jobs = parseResumeText(
      [
        'Maren Holt',
        'maren.holt@example.com',
        '',
        'Yachting & Hospitality Experience',
        'Mar 2020 – Present  M/Y Solenne – 62m Feadship, charter',
        'Chief Stewardess',
        '• Leads an interior team of four.',
        '',
        'Education & Training',
        '2010 – 2013  University of Plymouth  BSc Hospitality Management',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['M/Y Solenne', 'Chief Stewardess']]);
  });

  it('reads the jobs under a career heading of a kind', () => {
    const jobs = parseResumeText(
      [
        'Isla Munro',
        'isla.munro@example.com',
        '',
        '【Key Skills】',
        'Stroke technique, season planning',
        '',
        '【Coaching Career】',
        'Kelvin Swim Club | Jan 2013 - Aug 2018',
        'Assistant Coach: coached age-group squads.',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['Kelvin Swim Club', 'Assistant Coach']]);
  });

  it('reads projects of two kinds under one Chinese heading as projects, not jobs', () => {
    const jobs = parseResumeText(
      [
        '林晓',
        '电话：137 0000 1234',
        '',
        '【工作经历】',
        '2016.09-至今  闽江职业学院',
        '讲师',
        '主讲《园艺技术》。',
        '',
        '【科研与教学项目】',
        '2021.01-2023.12  福建省教育厅课题：茶树栽培实训课程开发（主持）',
        '- 编写校本教材。',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['闽江职业学院', '讲师']]);
  });
});

describe('employers', () => {
  it('reads the ministry before its court after a comma as the employer', () => {
    const jobs = parseResumeText(
      [
        'Mere Tawhiri',
        'mere.tawhiri@example.nz',
        '',
        'Experience',
        'October 2016 – present',
        'Ministry of Justice, Rotorua District Court',
        'Court Reporter',
        'Real-time reporting of jury trials.',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['Ministry of Justice', 'Court Reporter']]);
  });
});

describe('schools', () => {
  it('reads an Oberstufenzentrum whose name a PDF wrapped before “und”, its town left off', () => {
    const schools = parseResumeText(
      [
        'Lena Hartwig',
        'lena.hartwig@example.de',
        '',
        'EDUCATION',
        '',
        'Oberstufenzentrum Handel',
        '',
        'und Logistik, Berlin',
        '',
        'Vocational school, Retail',
        '',
        'Sep 2013 – Jul 2016',
      ].join('\n'),
    ).education;
    expect(schools.map((e) => e.school)).toEqual(['Oberstufenzentrum Handel und Logistik']);
  });

  it('reads Dutch hogescholen as a school, its town left off', () => {
    const schools = parseResumeText(
      [
        'Joost de Wit',
        'joost.dewit@example.nl',
        '',
        'EDUCATION',
        '',
        'Westerveld Hogescholen, Venlo',
        '',
        'BEng Werktuigbouwkunde',
        '',
        '2007 – 2011',
      ].join('\n'),
    ).education;
    expect(schools.map((e) => e.school)).toEqual(['Westerveld Hogescholen']);
  });
});

describe('skills', () => {
  const listed = (items: string) =>
    parseResumeText(['张伟', 'zhang.wei@example.com', '', '## 专业技能', items].join('\n')).skills.map((skill) => skill.match);

  it('reads a two-character Chinese name with its Latin name after it as two skills', () => {
    const skills = listed('整形 shimming、铣边 edging、校音 tuning');
    expect(skills).toEqual(expect.arrayContaining(['整形', 'shimming', '铣边', 'edging', '校音', 'tuning']));
    expect(skills).not.toContain('整形 shimming');
  });

  it('keeps a brand’s Chinese name with its product’s Latin name as one', () => {
    const skills = listed('罗氏 BenchMark ULTRA、贝朗 Dialog+');
    expect(skills).toEqual(expect.arrayContaining(['罗氏 BenchMark ULTRA', '贝朗 Dialog+']));
  });
});

describe('a title that opens on 负责人', () => {
  it('reads 负责人 / 验配师 as the title, not a line of work done', () => {
    const jobs = parseResumeText(
      [
        '周立',
        '电话：152 0000 1027',
        '',
        '工作经历',
        '2016年5月 - 至今',
        '常德市立声助听器经营部',
        '负责人 / 验配师',
        '个体经营验配店，负责进货与售后。',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['常德市立声助听器经营部', '负责人 / 验配师']]);
  });
});

describe('a bar inside a Chinese hotel', () => {
  it('leaves the bar written in Latin letters in brackets off the hotel, not the hotel’s own name in Latin letters', () => {
    const jobs = parseResumeText(
      [
        '吴越',
        'wu.yue@example.com',
        '',
        '## 工作经历',
        '2019.03-至今  杭州西溪悦榕庄酒店（Azure Bar）',
        '调酒师',
        '- 负责鸡尾酒出品。',
        '',
        '2016.07-2019.02  德勤华永会计师事务所（Deloitte）',
        '审计员',
        '- 负责审计。',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => e.company)).toEqual(['杭州西溪悦榕庄酒店', '德勤华永会计师事务所（Deloitte）']);
  });
});

describe('a builder’s title', () => {
  it('reads a boatbuilder’s title after its colon, the town after the employer left off', () => {
    const jobs = parseResumeText(
      [
        'Tama Rewi',
        'tama.rewi@example.nz',
        '',
        'WORK HISTORY',
        'Kauri Point Boats, Te Atatū, Auckland | Feb 2009 – Jun 2016',
        'Boatbuilder: Built timber launches; vacuum bagging and fairing.',
      ].join('\n'),
    ).experience;
    expect(jobs.map((e) => [e.company, e.title])).toEqual([['Kauri Point Boats', 'Boatbuilder']]);
  });
});
