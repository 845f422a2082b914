/**
 * Resumes as other systems export them (issue 13 point 3): a LinkedIn profile saved as PDF, the online resumes of
 * Chinese job boards (智联招聘, 前程无忧), a Europass CV, an Indian CV with its academic table and a German tabular CV.
 * Each is a small resume written here in the form those systems print; the labelled set scores the forms, these pin
 * them.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { headerKind } from '../../subgraphs/resume/parser/sections.ts';

const jobs = (text: string) => parseResumeText(text).experience.map((e) => [e.company, e.title, e.start, e.end]);
const skillMatches = (text: string) => parseResumeText(text).skills.map((s) => s.match);
const languages = (text: string) => parseResumeText(text).languages.map((l) => [l.language, l.level]);

/** LinkedIn's "Save to PDF": the sidebar comes out first, the owner's name, headline and place after it. */
const LINKEDIN = [
  'Contact',
  'jane.doe@example.com',
  'www.linkedin.com/in/janedoe (LinkedIn)',
  'Top Skills',
  'Financial Modeling',
  'Variance Analysis',
  'Power BI',
  'Languages',
  'English (Native or Bilingual)',
  'French (Professional Working)',
  'Certifications',
  'Chartered Financial Analyst (CFA) Level II',
  '',
  'Jane Doe',
  'Senior Financial Analyst at Northwind Traders',
  'London, England, United Kingdom',
  'Summary',
  'Finance professional with eight years in budgeting.',
  'Experience',
  'Northwind Traders',
  'Senior Financial Analyst',
  'January 2019 - Present (5 years 11 months)',
  'London, England, United Kingdom',
  'Own the monthly forecast; built driver-based models in Excel and Anaplan.',
  'Contoso Bank',
  'Financial Analyst',
  'August 2015 - December 2018 (3 years 5 months)',
  'Leeds, United Kingdom',
  'Variance analysis and month-end reporting with SAP and Hyperion.',
  'Education',
  'University of Leeds',
  'Bachelor of Science - BS, Economics · (2011 - 2015)',
].join('\n');

describe('a LinkedIn profile export', () => {
  it('reads the name and place written after the sidebar as the header, not as certifications', () => {
    const parsed = parseResumeText(LINKEDIN);
    expect(parsed.name.value).toBe('Jane Doe');
    expect(parsed.location.value).toBe('London');
    expect(skillMatches(LINKEDIN)).not.toEqual(expect.arrayContaining(['Jane Doe']));
    expect(skillMatches(LINKEDIN).filter((m) => /London|England|United Kingdom/u.test(m))).toEqual([]);
  });

  it('keeps the sidebar: its skills, a certificate with its level, and LinkedIn’s proficiency words', () => {
    expect(skillMatches(LINKEDIN)).toEqual(expect.arrayContaining(['Financial Modeling', 'Variance Analysis', 'Power BI', 'CFA']));
    expect(languages(LINKEDIN)).toEqual([
      ['English', 'Native or Bilingual'],
      ['French', 'Professional Working'],
    ]);
  });

  it('reads its jobs and school', () => {
    expect(jobs(LINKEDIN)).toEqual([
      ['Northwind Traders', 'Senior Financial Analyst', '2019-01', 'present'],
      ['Contoso Bank', 'Financial Analyst', '2015-08', '2018-12'],
    ]);
    expect(parseResumeText(LINKEDIN).education.map((e) => [e.school, e.start, e.end])).toEqual([['University of Leeds', '2011', '2015']]);
  });

  it('leaves a resume that opens with its sidebar but writes no place after a name alone', () => {
    const text = ['Skills', 'Financial Modeling', 'Power BI', 'Experience', 'Contoso Bank', 'Analyst', 'August 2015 - December 2018'].join(
      '\n',
    );
    expect(skillMatches(text)).toEqual(expect.arrayContaining(['Financial Modeling', 'Power BI']));
    expect(parseResumeText(text).name.value).toBeNull();
  });
});

/** 前程无忧's online resume: the range, a colon, the employer with its head count and the time served. */
const QIANCHENG = [
  '李娜',
  '女 | 29 岁 | 5年工作经验 | 上海',
  '手机：13912345678  E-mail：lina@example.com',
  '',
  '工作经验',
  '2018/07--至今：上海恒信国际贸易有限公司（100-499人） [ 5年5个月]',
  '所属行业：贸易/进出口',
  '外贸部    外贸业务员',
  '工作描述：负责欧美客户开发与维护，跟进报价、信用证审核与出运。',
  '',
  '2016/07--2018/06：宁波新锐电子有限公司（50-99人） [ 2年]',
  '所属行业：电子技术/半导体/集成电路',
  '业务部    外贸跟单',
  '工作描述：负责订单跟踪、报关资料准备。',
  '',
  '教育经历',
  '2012/09--2016/06    浙江工商大学    国际经济与贸易    本科',
  '',
  '技能特长',
  '英语六级，熟练使用Office办公软件；熟悉外贸单证。',
].join('\n');

describe('a Chinese job board’s online resume', () => {
  it('reads a range written with a double dash, and the employer without its head count or tenure', () => {
    expect(jobs(QIANCHENG)).toEqual([
      ['上海恒信国际贸易有限公司', '外贸业务员', '2018-07', 'present'],
      ['宁波新锐电子有限公司', '外贸跟单', '2016-07', '2018-06'],
    ]);
    expect(parseResumeText(QIANCHENG).education.map((e) => [e.school, e.start, e.end])).toEqual([['浙江工商大学', '2012-09', '2016-06']]);
  });

  it('passes over the employer’s industry: no job name and no skill', () => {
    expect(skillMatches(QIANCHENG).filter((m) => /半导体|集成电路|进出口/u.test(m))).toEqual([]);
    expect(languages(QIANCHENG).map(([language]) => language)).toEqual(['English']);
  });

  it.each([
    ['2018.07——2020.05  广州某某科技有限公司  行政专员', '2018-07', '2020-05'],
    ['2019-03 ~~ 至今  深圳某某物流有限公司  仓库主管', '2019-03', 'present'],
  ])('reads a doubled dash between two dates: %s', (line, start, end) => {
    expect(jobs(['工作经历', line].join('\n'))[0]?.slice(2)).toEqual([start, end]);
  });

  it('keeps a project’s later fields its own, after its tech-stack line', () => {
    const text = [
      '项目经历',
      '2021.05 - 2022.03    智慧物流调度平台',
      '技术栈：Spring Boot、Redis、Kafka',
      '项目业绩：日均处理运单20万',
      '',
      '教育经历',
      '2012.09 - 2016.06    华南理工大学    计算机科学与技术    本科',
    ].join('\n');
    expect(skillMatches(text)).toEqual(expect.arrayContaining(['Spring Boot', 'Redis', 'Kafka']));
    expect(skillMatches(text).filter((m) => m.includes('运单'))).toEqual([]);
  });
});

describe('a Europass CV', () => {
  const EUROPASS = [
    'PERSONAL INFORMATION',
    'Marco Rossi',
    '+39 347 123 4567',
    '',
    'WORK EXPERIENCE',
    '03/2018–Present',
    'Logistics Coordinator',
    'Fercam S.p.A., Milano (Italy)',
    '▪ Planning of shipments with SAP EWM',
    '',
    'PERSONAL SKILLS',
    'Mother tongue(s)',
    'Italian',
    'Other language(s)',
    'English',
    'German',
    'Digital skills',
    'Microsoft Excel, SAP, Power BI',
  ].join('\n');

  it('reads its personal skills, mother tongue and other languages', () => {
    expect(skillMatches(EUROPASS)).toEqual(expect.arrayContaining(['Microsoft Excel', 'SAP', 'Power BI']));
    expect(languages(EUROPASS).map(([language]) => language)).toEqual(['Italian', 'English', 'German']);
    expect(jobs(EUROPASS)).toEqual([['Fercam S.p.A.', 'Logistics Coordinator', '2018-03', 'present']]);
  });
});

describe('the older Europass CV, a label before each field', () => {
  const OLD_EUROPASS = [
    'Europass Curriculum Vitae',
    'Personal information',
    'First name(s) / Surname(s): Anna Kowalska',
    '',
    'Work experience',
    'Dates: 03/2018 - Present',
    'Occupation or position held: Maintenance Technician',
    'Main activities and responsibilities: preventive maintenance of CNC lines, PLC troubleshooting (Siemens S7)',
    'Name and address of employer: Volvo Car Poland, Wrocław',
    '',
    'Education and training',
    'Dates: 2010 - 2014',
    'Title of qualification awarded: Bachelor of Engineering, Automation and Robotics',
    'Name and type of organisation providing education and training: Wrocław University of Science and Technology',
  ].join('\n');

  it('reads the name, the role, its employer past the activities line, and the school, without their labels', () => {
    const parsed = parseResumeText(OLD_EUROPASS);
    expect(parsed.name.value).toBe('Anna Kowalska');
    expect(jobs(OLD_EUROPASS)).toEqual([['Volvo Car Poland', 'Maintenance Technician', '2018-03', 'present']]);
    expect(parsed.education.map((e) => [e.school, e.start, e.end])).toEqual([
      ['Wrocław University of Science and Technology', '2010', '2014'],
    ]);
  });
});

describe('an Indian CV', () => {
  const INDIAN = [
    'RAHUL SHARMA',
    'Mobile: +91 98765 43210',
    '',
    'ACADEMIC QUALIFICATIONS',
    'Qualification | Board/University | Year | Percentage',
    'B.E. (Mechanical) | Savitribai Phule Pune University | 2017 | 72%',
    '',
    'PERSONAL DETAILS',
    'Languages Known: English, Hindi, Marathi',
  ].join('\n');

  it('reads its academic table’s school, not the table’s column headings, and the languages it knows', () => {
    expect(parseResumeText(INDIAN).education.map((e) => e.school)).toEqual(['Savitribai Phule Pune University']);
    expect(languages(INDIAN).map(([language]) => language)).toEqual(['English', 'Hindi', 'Marathi']);
  });
});

describe('headings and lines other exports write', () => {
  it('reads a "Work" heading as the experience', () => {
    const text = [
      'Work',
      'Mar 2021 - Present  Quillon',
      'Software Engineer II',
      '',
      'Education',
      'Sep 2017 - Jul 2019  University of Porto  MSc',
    ].join('\n');
    expect(jobs(text)).toEqual([['Quillon', 'Software Engineer II', '2021-03', 'present']]);
  });

  it('keeps a title in both scripts whole on a line with its employer', () => {
    const text = [
      '工作经历',
      '2016.04 - 至今  博格华纳汽车零部件（无锡）有限公司 | 采购经理 Purchasing Manager',
      '• 负责供应商开发。',
    ].join('\n');
    expect(jobs(text)).toEqual([['博格华纳汽车零部件（无锡）有限公司', '采购经理 Purchasing Manager', '2016-04', 'present']]);
  });

  it('reads the next project after a blank line as the projects, not as the tech-stack line’s skills', () => {
    const text = [
      'Selected Projects',
      'Case API rewrite (Quillon, 2022)',
      'Tech stack: Kotlin, Spring Boot, Kafka',
      '',
      'Returns label service (Brindle, 2020)',
      'Tech stack: C#, RabbitMQ',
    ].join('\n');
    expect(skillMatches(text)).toEqual(expect.arrayContaining(['Kotlin', 'Spring Boot', 'Kafka', 'C#', 'RabbitMQ']));
    expect(skillMatches(text).filter((m) => /Returns label|Brindle/u.test(m))).toEqual([]);
  });
});

describe('a heading of headings joined', () => {
  it.each([
    ['SKILLS AND COMPETENCIES', 'skills'],
    ['Skills and Languages', 'skills'],
    ['技能与语言 Skills & Languages', 'skills'],
    ['技能/语言/证书', 'skills'],
    ['Honors & Awards', 'other'],
    ['工作经历 / Work Experience', 'experience'],
    ['技能/语言 Skills', 'skills'],
  ])('%s heads a %s section', (heading, kind) => {
    expect(headerKind(heading)).toBe(kind);
  });

  it.each(['Skills & Interests', 'Python and Java', 'Sales and Marketing'])('%s heads no section of skills', (line) => {
    expect(headerKind(line)).not.toBe('skills');
  });

  it('reads the skills under it, and its languages line as languages', () => {
    const text = [
      'Skills and Languages',
      'IT: SAP EWM, MS Office (very good), Power BI (basic)',
      'Languages: German (native), English (C1)',
    ].join('\n');
    expect(skillMatches(text)).toEqual(expect.arrayContaining(['SAP EWM', 'MS Office', 'Power BI']));
    expect(languages(text).map(([language]) => language)).toEqual(['German', 'English']);
  });
});

describe('a spoken language’s line among the skills', () => {
  it('is read for the languages, not for skills', () => {
    const text = ['技能与语言 Skills & Languages', '• 熟练掌握 SAP MM、Excel', '• 英语：流利 Fluent（CET-6），可作为工作语言'].join('\n');
    expect(skillMatches(text)).toEqual(expect.arrayContaining(['SAP MM', 'Excel']));
    expect(skillMatches(text).filter((m) => /Fluent|工作语言/u.test(m))).toEqual([]);
    expect(languages(text).map(([language]) => language)).toEqual(['English']);
  });
});

describe('a Chinese subsidiary named in both scripts', () => {
  it('keeps an English name with an ampersand whole beside the Chinese one', () => {
    const text = ['工作经历', '2016.04 - 至今  利豐有限公司 Li & Fung Limited', '采购经理'].join('\n');
    expect(jobs(text)[0]?.[0]).toBe('利豐有限公司 Li & Fung Limited');
  });

  it('keeps its city in brackets in the English half too', () => {
    const text = [
      '工作经历 Work Experience',
      '2019.08 - 至今',
      '博世汽车部件（苏州）有限公司 Bosch Automotive Components (Suzhou)',
      'HRBP',
    ].join('\n');
    expect(jobs(text)[0]?.[0]).toBe('博世汽车部件（苏州）有限公司 Bosch Automotive Components (Suzhou)');
  });
});
