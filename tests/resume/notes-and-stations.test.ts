/**
 * The thirty-second round's forms (issue 13), from the dev halves of its blind batches (veterinary hospitals, moulds and
 * dies, wineries, hospice care, bus and coach operators, distilleries): a note in brackets right after a title is the
 * title's, whatever it says (护士（肿瘤内科）, "Laboratory Assistant (Toxicology Division)"), as every dev label so written
 * keeps it, but not an agency's or a placement's note, which is the employer's; a site after the employer and a comma
 * that holds a title's word ("National Express Ltd, Digbeth Coach Station") is no title, when the title is on the line
 * below. From the third round's (road paving, dance and martial-arts schools, blood banks, mattresses, debt collection,
 * orchards): a station's or a work area's head (沥青拌合站站长, 作业区长) and a company dancer are titles; "Incorporated" after a
 * comma is the employer's legal form; a school's name a PDF wrapped after "State" ("North Carolina A&T State" /
 * "University, Greensboro"); and, from all three, the district or town of a Chinese university's campus and a country in
 * brackets after its name left off (香港大學（薄扶林）, 大阪府立大学（日本）), a region kept (中国石油大学（华东）); a PDF's
 * contact column that its text gives after the body, its town below the e-mail ("CONTACT" / … / "Cardiff"); the employer
 * before a dash, no word marking it, when a hospital or a pool is the site after it ("GLL – Cardiff International Pool").
 * From the fourth round's (florists, taxis, dairy farms, nightlife, parking, bookshops): a known city's district written
 * with it on the contact line ("Hackney, London", "Berlin-Friedrichshain"). Invented
 * people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const titles = (text: string[]) => parseResumeText(text.join('\n')).experience.map((entry) => entry.title);

describe('a note in brackets after a title', () => {
  it('keeps a unit, a market or a region written after a Chinese title', () => {
    const found = titles([
      '周晓雯',
      '电话：139 1234 5678  邮箱：zxw@example.com',
      '',
      '工作经历',
      '2018.06-至今',
      '上海市静安区长风社区卫生服务中心',
      '护士（康复科）',
      '负责病区护理。',
      '',
      '2012.07-2018.05',
      '宁波海曙远帆进出口有限公司',
      '外贸业务经理（东南亚市场）',
      '负责出口订单。',
    ]);
    expect(found).toEqual(['护士（康复科）', '外贸业务经理（东南亚市场）']);
  });

  it('keeps a division written after an English title, and how the role was held', () => {
    const found = titles([
      'Dana Whitlock',
      '+1 555 0142 | dana@example.com',
      '',
      'Experience',
      'Laboratory Assistant (Toxicology Division)  |  Harlow Forensic Services',
      'Jan 2019 – Present',
      'Ran assays.',
      '',
      'Store Assistant (part-time)  |  Boots',
      'Jan 2013 – Dec 2014',
      'Tills.',
    ]);
    expect(found).toEqual(['Laboratory Assistant (Toxicology Division)', 'Store Assistant (part-time)']);
  });

  it('leaves off an agency’s note, which is the employer’s', () => {
    const found = titles([
      'Dana Whitlock',
      '+1 555 0142 | dana@example.com',
      '',
      'Experience',
      'Software Developer (Contract via Hays)  |  Barclays',
      'Jan 2015 – Dec 2018',
      'Built things.',
    ]);
    expect(found).toEqual(['Software Developer']);
  });
});

describe('a site after the employer and a comma', () => {
  it('is no title, though it holds a title’s word, when the title is on the line below', () => {
    const found = parseResumeText(
      [
        'Kofi Mensah',
        '+44 7845 555634 | kofi@example.co.uk',
        '',
        'EMPLOYMENT HISTORY',
        'March 2018 - present  Midshire Coaches Ltd, Wolverhampton Coach Station',
        'Coach Driver',
        'Overnight services.',
      ].join('\n'),
    ).experience;
    expect(found.map((entry) => [entry.company, entry.title])).toEqual([['Midshire Coaches Ltd', 'Coach Driver']]);
  });
});

describe('the third round’s titles, employers and schools', () => {
  it('reads a station’s and a work area’s head as titles', () => {
    const found = titles([
      '王立军',
      '电话：139 1234 5678  邮箱：wlj@example.com',
      '',
      '工作经历',
      '临沂路桥工程有限公司 | 2012.03-2019.09',
      '沥青拌合站站长: 管理拌合站，负责生产配合比调试与温度控制。',
      '云南某果业有限公司 | 2009.03-2012.02',
      '作业区长: 管理 1800 亩柑橘作业区，组织采摘分级。',
    ]);
    expect(found).toEqual(['沥青拌合站站长', '作业区长']);
  });

  it('reads a company dancer, and an employer whose legal form a comma parts from it', () => {
    const found = parseResumeText(
      [
        'Megan Price',
        '+44 7700 900123 | megan@example.co.uk',
        '',
        'EXPERIENCE',
        'Welsh Ballet Theatre',
        'Jan 2015 – Dec 2018',
        'Company Dancer: principal roles in the touring repertoire.',
        '',
        'Feb 2019 – Present  Operator',
        'Hartley & Vance, Incorporated',
        'Runs the line.',
      ].join('\n'),
    ).experience;
    expect(found.map((entry) => [entry.company, entry.title])).toEqual([
      ['Welsh Ballet Theatre', 'Company Dancer'],
      ['Hartley & Vance, Incorporated', 'Operator'],
    ]);
  });

  it('joins a school’s name a PDF wrapped after "State"', () => {
    const found = parseResumeText(
      ['Megan Price', '', 'EDUCATION', 'Ohio Valley A&M State', 'University, Dayton', 'B.S. Industrial Technology', '2009 – 2013'].join(
        '\n',
      ),
    ).education;
    expect(found.map((entry) => entry.school)).toEqual(['Ohio Valley A&M State University']);
  });

  it('leaves a campus’s district and a country off a Chinese university’s name, not a region', () => {
    const found = parseResumeText(
      [
        '王立军',
        '电话：139 1234 5678  邮箱：wlj@example.com',
        '',
        '教育背景',
        '2004.09-2008.07  香港城市大學（九龍塘）  工商管理',
        '2000.09-2004.07  京都大学（日本）  经济学',
        '1996.09-2000.07  中国石油大学（华东）  化学工程',
      ].join('\n'),
    ).education;
    expect(found.map((entry) => entry.school)).toEqual(['香港城市大學', '京都大学', '中国石油大学（华东）']);
  });
});

describe('a PDF’s contact column after the body', () => {
  const pdf = (column: string[]) =>
    parseResumeText(
      [
        'Gareth Pryce',
        '',
        'EXPERIENCE',
        '',
        ...Array.from({ length: 12 }, (_, k) => [
          `Bus Driver`,
          '',
          `Mar ${2000 + k} – Feb ${2001 + k}`,
          '',
          `Valley Coaches Ltd ${k}`,
          '',
        ]).flat(),
        'CONTACT',
        '',
        ...column.flatMap((line) => [line, '']),
        'SKILLS',
        '',
        'PCV licence',
      ].join('\n'),
    ).location.value;

  it('reads the town below the phone and the e-mail, however far down the column stands', () => {
    expect(pdf(['+44 7700 900456', 'g.pryce@example.co.uk', 'Swansea'])).toBe('Swansea');
    expect(pdf(['+44 7700 900456', 'g.pryce@example.co.uk', 'Tain, Ross-shire'])).toBe('Tain, Ross-shire');
  });

  it('reads no town where the column has none', () => {
    expect(pdf(['+44 7700 900456', 'g.pryce@example.co.uk'])).toBeNull();
  });
});

describe('an employer before a dash, its site after it', () => {
  const employers = (lines: string[]) =>
    parseResumeText(['Rhi Pryce', '+44 7812 556204 | rhi@example.com', '', 'Experience', ...lines].join('\n')).experience.map((entry) => [
      entry.company,
      entry.title,
    ]);

  it('takes the part before the dash, though no word marks it, when a pool or a hospital is after it', () => {
    expect(
      employers([
        'KLM – Westgate International Pool | Jul 2013 – Apr 2016',
        'Lifeguard: poolside supervision and swimming lessons.',
        '',
        'Acacia Healthcare – Acacia Valley Hospital, Pinelands | Jan 2010 – Jun 2013',
        'Senior Physiotherapist: inpatient neuro rehabilitation and hydrotherapy.',
      ]),
    ).toEqual([
      ['KLM', 'Lifeguard'],
      ['Acacia Healthcare', 'Senior Physiotherapist'],
    ]);
  });

  it('keeps the hospital when a title stands before the dash', () => {
    expect(employers(['Staff Nurse – Royal Devon Hospital | Jan 2010 – Jun 2013', 'Ward nursing.'])).toEqual([
      ['Royal Devon Hospital', 'Staff Nurse'],
    ]);
  });
});

describe('a known city’s district on the contact line', () => {
  const place = (line: string) =>
    parseResumeText(['Rhys Calloway', line, '', 'Experience', 'Mar 2019 – Present  Harbour Books | Store Manager'].join('\n')).location
      .value;

  it('keeps the district written before the city after a comma, or after it with a hyphen', () => {
    expect(place('+44 7700 900123  |  rhys.c@example.com  |  Peckham, London')).toBe('Peckham, London');
    expect(place('+49 151 2345 6789  |  rhys.c@example.com  |  Berlin-Kreuzberg')).toBe('Berlin-Kreuzberg');
  });

  it('reads the city alone when a title stands before it', () => {
    expect(place('+44 7700 900123  |  rhys.c@example.com  |  Store Manager, London')).toBe('London');
  });
});
