/**
 * Forms the twenty-first round's blind batches brought (shipping and ports, semiconductors, front-line banking and
 * insurance, car sales and EVs, public health and NGOs, administration and customer service), read from their dev
 * halves: a given name written short ("Md."), a school's name a PDF wrapped after the school word a Spanish or
 * Portuguese name opens with, and one wrapped before its letters and a comma; a port's terminal or phase and an office
 * in brackets after a Chinese employer, a placement or an account after a Latin one, and a title's unit under a dated
 * header that a word of business ends; then (the second round: HR, warehousing, architecture, real estate, testing
 * labs, pharma sales) a description's lower-case phrase no employer, a title in two scripts, a title's unit after a
 * dash, a design institute or a region in brackets, a school's former name and a Portuguese bachelor's degree.
 * Invented people, places and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { key } from './labelled-set.ts';
import { parsedSchools } from './schools-worldwide.ts';

const schools = (section: string) => parsedSchools({ section, schools: [] }).map(key);

describe('a given name written short', () => {
  it('reads "Md." and "Mohd." as the start of a name', () => {
    const nameOf = (first: string) =>
      parseResumeText([first, 'karim@example.com', '', 'Experience', 'Acme Ltd', '2019 – 2021'].join('\n')).name.value;
    expect(nameOf('Md. Karim Hossain')).toBe('Md. Karim Hossain');
    expect(nameOf('Mohd. Azlan Rahim')).toBe('Mohd. Azlan Rahim');
  });
});

describe("a school's name a PDF wrapped", () => {
  it('joins a Spanish or Portuguese name wrapped after the school word it opens with', () => {
    expect(schools('Education\nBenemérita Universidad\nAutónoma de Zorbla\nLicenciatura en Administración\n2011 – 2015')).toEqual([
      key('Benemérita Universidad Autónoma de Zorbla'),
    ]);
    expect(schools('Education\nPontifícia Universidade\nCatólica de Quibá\nBacharelado em Direito\n2010 – 2014')).toEqual([
      key('Pontifícia Universidade Católica de Quibá'),
    ]);
  });

  it('joins the rest of a name written with its letters and a comma before its town', () => {
    expect(schools('Education\nNational University of Zorbing\nand Technology (NUZT),\nQuibtown\nMS Remote Sensing\n2011 – 2013')).toEqual([
      key('National University of Zorbing and Technology (NUZT)'),
    ]);
  });

  it('keeps a school whole on its line as it was', () => {
    expect(schools('Education\nUniversidad de Zorbla\nLicenciatura en Derecho\n2011 – 2015')).toEqual([key('Universidad de Zorbla')]);
  });
});

const jobs = (...lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

describe('where in an employer the person worked, left off', () => {
  it("a port's terminal or phase and an office, in brackets after a Chinese employer", () => {
    expect(jobs('璆琅港股份有限公司（北区第三集装箱码头）  2018.07-2021.06', '码头计划员')[0]![0]).toBe('璆琅港股份有限公司');
    expect(jobs('琛瑶国际港务股份有限公司（深水港四期）  2018.07-2021.06', '堆场计划员')[0]![0]).toBe('琛瑶国际港务股份有限公司');
    expect(jobs('璆琅集团股份有限公司（总裁办）  2018.07-2021.06', '行政专员')[0]![0]).toBe('璆琅集团股份有限公司');
  });

  it('a placement or an account, in brackets after a Latin one', () => {
    expect(jobs('Zorb Life (placed at Quibbit Bank branches)', 'Mar 2019 – Jun 2021', 'Bancassurance Specialist')[0]![0]).toBe('Zorb Life');
    expect(jobs('Zorbix (account: a US telecom)', 'Jul 2021 – Present', 'Customer Service Representative: inbound calls.')[0]).toEqual([
      'Zorbix',
      'Customer Service Representative',
    ]);
  });
});

describe("a title's unit under a dated header", () => {
  it('keeps a unit a word of business ends with the title, the employer being named above', () => {
    expect(
      jobs('Zorb Health Organization, Quibtown | 2022.06 - present', 'Consultant, Health Information Systems: DHIS2 support.'),
    ).toEqual([['Zorb Health Organization', 'Consultant, Health Information Systems']]);
  });
});

describe('the second round of this session', () => {
  it("reads no employer in a description's lower-case phrase a PDF line cut", () => {
    expect(
      jobs(
        'Zorb Pharma Australia',
        'Feb 2022 – Present',
        'Key Account Manager, Hospital: nine public and private hospital accounts',
        'across metropolitan Quibtown, anti-infectives and vaccines; tender responses and key account planning.',
      )[0],
    ).toEqual(['Zorb Pharma Australia', 'Key Account Manager, Hospital']);
  });

  it('keeps a title in two scripts whole, its employer on the next line', () => {
    const zh = (...lines: string[]) =>
      parseResumeText(['张伟', '电话：13800138000', '', '【工作经历】', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);
    expect(zh('2018.09-至今  安规工程师 Safety Engineer', 'Zorbtek（东莞实验室）', '负责家电产品安规测试。')).toEqual([
      ['Zorbtek', '安规工程师 Safety Engineer'],
    ]);
    expect(zh('2018.09-至今  EMC测试工程师 EMC Test Engineer', '璆琅检测认证集团股份有限公司', '负责测试。')).toEqual([
      ['璆琅检测认证集团股份有限公司', 'EMC测试工程师 EMC Test Engineer'],
    ]);
  });

  it("keeps a title's unit after a dash under a dated header, the dash kept", () => {
    expect(
      jobs('Zorbmart, Quibtown, AZ', 'Jun 2017 – Mar 2021', 'Executive Team Leader – Logistics: truck unload and team scheduling.'),
    ).toEqual([['Zorbmart', 'Executive Team Leader – Logistics']]);
  });

  it('leaves off a design institute or a region in brackets after a Chinese employer', () => {
    expect(jobs('璆琅建筑设计研究院有限公司（第三设计院）  2016.07-2020.06', '建筑师')[0]![0]).toBe('璆琅建筑设计研究院有限公司');
    expect(jobs('琛瑶地产（苏州区域）  2016.07-2020.06', '营销经理')[0]![0]).toBe('琛瑶地产');
  });

  it("leaves a school's former name off, and reads a Portuguese bachelor's degree below a wrapped name", () => {
    expect(schools('教育背景\n2008.09-2012.06  琛瑶都會大學（前稱琛瑶公開大學）  工商管理 學士')).toEqual([key('琛瑶都會大學')]);
    expect(schools('Education\nUniversidade Presbiteriana\nZorbenzie\nBacharel em Engenharia Elétrica\n2006 – 2011')).toEqual([
      key('Universidade Presbiteriana Zorbenzie'),
    ]);
  });
});

describe("a job's title inside a word of its description", () => {
  it('reads the task a title word begins (负责设计师培训 under the title 设计师)', () => {
    const parsed = parseResumeText(
      [
        '张伟',
        '电话：13800138000',
        '',
        '工作经历',
        '2019.03-2023.06  璆琅装饰工程有限公司  设计师',
        '负责设计师培训、琛瑶审核与签单辅导。',
      ].join('\n'),
    );
    expect(parsed.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['设计师培训', '琛瑶审核', '签单辅导']));
  });
});

describe('the third round of this session', () => {
  it("reads a German association's or non-profit company's legal form, its town after a comma", () => {
    expect(jobs('Kinderhaus Zorb e.V., Quibstadt', 'Aug 2020 – Present', 'Gruppenleitung', '• guide a group.')[0]).toEqual([
      'Kinderhaus Zorb e.V.',
      'Gruppenleitung',
    ]);
    expect(jobs('Zorbkinder Vereinigung gGmbH', 'Sep 2015 – Jul 2020', 'Erzieherin', '• settling-in.')[0]![0]).toBe(
      'Zorbkinder Vereinigung gGmbH',
    );
  });

  it('keeps a job whose employer has its site after a dash in lower case', () => {
    expect(jobs('Zorb Flexibles – Quibtown plant', 'Aug 2018 – Present', 'Press Operator: runs a press.')[0]).toEqual([
      'Zorb Flexibles',
      'Press Operator',
    ]);
  });

  it('reads a name of four words in capitals before a headline that opens on its own capitals', () => {
    expect(parseResumeText(['NGUYEN THI THU ZORB QC Supervisor – Corrugated Packaging', 'zorb@example.com'].join('\n')).name.value).toBe(
      'Nguyen Thi Thu Zorb',
    );
  });

  it('reads a Quebec collège and a Polish group of schools as schools', () => {
    expect(schools('Education\n2012 – 2014  Collège Zorbency  DEP Ébénisterie')).toEqual([key('Collège Zorbency')]);
    expect(schools('Education\n2008 – 2012  Zespół Szkół Zawodowych w Quibawie  Technik mechanik')).toEqual([
      key('Zespół Szkół Zawodowych w Quibawie'),
    ]);
  });

  it('reads a "Toolbox" heading as the skills', () => {
    const parsed = parseResumeText(['Dana Holt', 'dana@example.com', '', 'Toolbox', 'Zorblex · C · Bash · GitLab CI'].join('\n'));
    expect(parsed.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['c', 'gitlab-ci']));
  });

  it('leaves off how a role was held, two ways of holding it in one bracket', () => {
    expect(
      jobs('Jan 2020 - Present  Tax Preparer', 'Zorb & Quib Block (seasonal, part-time)', 'Prepare individual tax returns each season.')[0],
    ).toEqual(['Zorb & Quib Block', 'Tax Preparer']);
  });
});

describe('the fourth round of this session', () => {
  it("leaves off a practice, hospital or school an employer runs, in brackets, and a Chinese employer's clinic", () => {
    expect(jobs('Zorb Dental (Quibtown Heights Dental Care)', 'Jan 2018 – Present', 'Dental Hygienist')[0]![0]).toBe('Zorb Dental');
    expect(jobs('Zorbcare Healthcare (Quibmont Atlanta Hospital)', 'Jan 2018 – Present', 'EVS Lead')[0]![0]).toBe('Zorbcare Healthcare');
    expect(jobs('璆琅省立眼科医院（视光门诊）  2016.07-2020.06', '视光师')[0]![0]).toBe('璆琅省立眼科医院');
  });
});
