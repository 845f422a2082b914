/**
 * The twenty-ninth round's forms (issue 13), from the dev halves of its two rounds (customs brokerage, industrial
 * laundry, health information and clinical coding, pet grooming and pet food, tunnelling, seafood and fisheries; curtain
 * walls, bicycles, audiology, property management, duty-free retail, test preparation): a heading of languages and
 * certificates joined ("语言与证书") as a list of skills, so a one-line internship above it stays a note, as one written
 * as its place and the bare word 实习 over a line of what it did is; a title whose field is a serial list, its commas
 * kept ("Shower, Laundry and Clothing Repair Specialist (92S)"); a term a PDF's skills column wrapped before its acronym
 * ("Certified U.S. Export Compliance" / "Officer (CUSECO)"); a health service named "… Health Services" before its
 * hospital; an office in brackets after an employer ("(Shanghai Representative Office)") no title; a country in
 * brackets after a legal form ("Ltd (Scotland)") where; a title that opens on a word that names nothing alone ("Course
 * Consultant", "Part-time Instructor"). And the items the last session's review left: a driving licence
 * without the state, province or country that issued it, whichever the place words name, a typographic apostrophe read
 * as the apostrophe ("driver’s licence"); a Spanish or Portuguese family name in capitals turned with its particles in
 * lower case ("DE LA VEGA" → de la Vega). Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
const skills = (lines: string[]) => parse(lines).skills.map((s) => s.id);

describe('headings joined', () => {
  it('reads languages and certificates under one heading as a list, and an internship line above it as a note', () => {
    const parsed = parse(
      [
        '## 工作经历',
        '2021.07-至今  宁波港湾报关有限公司',
        '报关员',
        '- 负责进出口货物申报与商品归类。',
        '',
        '## 实习经历',
        '2020.07-2020.09  宁波海关技术中心 检测科实习：协助样品登记，使用 Excel 整理台账。',
        '',
        '## 语言与证书',
        '英语（CET-6）',
        '报关水平测试证书',
      ],
      '罗静怡',
    );
    expect(parsed.experience.map((e) => e.company)).toEqual(['宁波港湾报关有限公司']);
    expect(parsed.skills.map((s) => s.id)).toContain('excel');
    expect(parsed.languages.map((l) => [l.language, l.level])).toEqual([['English', 'CET-6']]);
  });

  it('reads an internship written as its place and the bare word 实习 over one line of what it did as a note', () => {
    const lines = [
      '## 工作经历',
      '2023.07-至今  杭州声澜听力科技有限公司',
      '助听器验配师',
      '- 负责纯音测听与助听器验配。',
      '',
      '## 实习经历',
    ];
    const note = parse(
      [...lines, '2022.07-2023.03  杭州市第九医院 耳鼻咽喉科听力中心 实习', '轮转听力检查、新生儿听力筛查与前庭功能检查。'],
      '潘若溪',
    );
    expect(note.experience.map((e) => e.company)).toEqual(['杭州声澜听力科技有限公司']);
    // With a role of its own on a line, it is an entry, and a job.
    const entry = parse(
      [...lines, '2022.07-2023.03  杭州市第九医院', '听力师实习生', '轮转听力检查、新生儿听力筛查与前庭功能检查。'],
      '潘若溪',
    );
    expect(entry.experience.map((e) => e.company)).toEqual(['杭州声澜听力科技有限公司', '杭州市第九医院']);
  });
});

describe('a title whose field is a list', () => {
  it('keeps the commas of a title’s serial list, its code in brackets after it too', () => {
    const titles = parse([
      'EXPERIENCE',
      'Jul 2016 – May 2021  Harbour Mills Ltd',
      'Health, Safety and Environment Manager',
      '- Ran site audits.',
      '',
      'Jul 2010 – May 2016  U.S. Army',
      'Water, Fuel and Field Services Specialist (92W)',
      '- Ran field water purification.',
    ]).experience.map((e) => e.title);
    expect(titles).toEqual(['Health, Safety and Environment Manager', 'Water, Fuel and Field Services Specialist (92W)']);
  });
});

describe('a title that opens on a word that names nothing alone', () => {
  it('reads "Course Consultant" and "Part-time Instructor" as titles, as "Courses" and "Part-time" alone are not', () => {
    const titles = parse([
      '【工作经历】',
      '英孚教育（深圳海岸城中心） | 2016.03-2020.09',
      'Course Consultant 课程顾问: walk-in 接待、需求分析与签单。',
      '',
      'Riverside Leisure Centre | 2014.03-2016.02',
      'Part-time Instructor: aqua aerobics classes.',
    ]).experience.map((e) => e.title);
    expect(titles).toEqual(['Course Consultant 课程顾问', 'Part-time Instructor']);
  });
});

describe('a skills column a PDF wrapped', () => {
  it('joins a term wrapped before its acronym when the acronym is the initials across both lines', () => {
    const found = skills(['SKILLS', '', 'Certified U.S. Trade Security', '', 'Specialist (CUSTSS)', '', 'Excel']);
    expect(found).toContain('text:certifiedustradesecurityspecialist');
    expect(found).toContain('text:custss');
    expect(found).not.toContain('text:certifiedustradesecurity');
  });
});

describe('employers', () => {
  it('reads a health service by its name before its hospital, and an office in brackets as no title', () => {
    const entries = parse([
      'EXPERIENCE',
      'Prairie Health Services, Riverside General Hospital, Regina',
      'Sep 2020 – Present',
      'Health Information Management Supervisor',
      '• Coding quality audits.',
      '',
      'Jul 2013 – Aug 2018  Andesmar (Shanghai Representative Office)',
      'Sales Representative',
      '- Fishmeal sales to feed mills.',
    ]).experience.map((e) => [e.company, e.title]);
    expect(entries).toEqual([
      ['Prairie Health Services', 'Health Information Management Supervisor'],
      ['Andesmar', 'Sales Representative'],
    ]);
    // Under a Chinese job the office's title word took the line for a title, and the employer above for its own.
    const after = parse(
      [
        '## 工作经历',
        '2018.09-至今  广东青海饲料股份有限公司',
        '鱼粉采购经理 Fishmeal Procurement Manager',
        '- 负责进口鱼粉采购。',
        '',
        'Jul 2013 – Aug 2018  Andesmar (Shanghai Representative Office)',
        'Sales Representative',
        '- fishmeal sales to feed mills.',
      ],
      '黄志明 Kevin Huang',
    ).experience.map((e) => e.company);
    expect(after).toEqual(['广东青海饲料股份有限公司', 'Andesmar']);
  });
});

describe('a country in brackets', () => {
  it('leaves a country in brackets after a legal form off, and keeps one before it or after a name alone', () => {
    const companies = parse([
      'Experience',
      'Apr 2019 - Present  Kestrel Facades Ltd (Scotland) | Site Manager',
      '- Manages curtain walling installation.',
      '',
      'Apr 2015 - Mar 2019  Veltrona Systems (China) | Project Engineer',
      '- Ran glazing submittals.',
    ]).experience.map((e) => e.company);
    expect(companies).toEqual(['Kestrel Facades Ltd', 'Veltrona Systems (China)']);
  });
});

describe('the last review’s items', () => {
  it('leaves any state or province off a driving licence, its standing too, and keeps a kind that is no place', () => {
    for (const licence of [
      'Full Manitoba driver’s licence',
      'Clean Texas driver licence',
      'Full NSW driving licence',
      'Full clean EU driving licence',
    ])
      expect(skills(['SKILLS', licence])).toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'Heavy Rigid driver licence'])).not.toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'European Computer Driving Licence'])).not.toEqual(['driving-licence']);
  });

  it('reads a state or country before a driving licence from its code only as a code is written, in capitals', () => {
    expect(skills(['SKILLS', 'ME driving licence'])).toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'Full NZ driving licence'])).toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'In driving licence'])).not.toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'Me driving licence'])).not.toEqual(['driving-licence']);
  });

  it('turns a Spanish or Portuguese family name in capitals, its particles in lower case, and leaves an Italian Di', () => {
    expect(parse(['EXPERIENCE'], 'DE LA VEGA, María').name.value).toBe('María de la Vega');
    expect(parse(['EXPERIENCE'], 'DOS REIS, João').name.value).toBe('João dos Reis');
    expect(parse(['EXPERIENCE'], 'DI MARCO, Giulia').name.value).toBe('Giulia Di Marco');
  });
});
