/**
 * The note in brackets after an employer's name, read as the labelled set's batches since o629 write it (the twenty-third
 * round): a Latin employer's letters, parent, division, brand or branch, and a Chinese employer's brand, business or
 * site, are left off; a country, a region of the world, the name in another script, a partnership's legal form, a dealer
 * reached through and a confidential employer's note stay. A school or hospital after a full employer's name and a dash
 * is where. A section headed "Qualifications" is the education when its lines name schools; Portuguese and Spanish
 * headings and titles, and a German school wrapped in a column. Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const jobs = (...lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => e.company);
const zhJobs = (...lines: string[]) =>
  parseResumeText(['张伟', '电话：13800138000', '', '【工作经历】', ...lines].join('\n')).experience.map((e) => e.company);

describe("a Latin employer's note in brackets", () => {
  it('leaves its letters, its parent, its division and its branch off', () => {
    expect(jobs('Zorblex Insurance Group (ZIG)', 'Claims Handler', 'Mar 2016 – Present')).toEqual(['Zorblex Insurance Group']);
    expect(jobs('Flurbo Fashion (Quibble Retail Group)', 'Store Manager', '2012 – 2016')).toEqual(['Flurbo Fashion']);
    expect(jobs('Quorvia Electronics (System Chips)', 'Design Engineer', '2018 – 2022')).toEqual(['Quorvia Electronics']);
    expect(jobs('Zorbstart Schools (Zorbstart School of West Quibtown)', 'Lead Teacher', '2019 – 2023')).toEqual(['Zorbstart Schools']);
  });

  it('keeps a country, a region of the world, the name in another script, a dealer and a confidential note', () => {
    expect(jobs('Quorvia Systems (China)', 'Sales Engineer', '2015 – 2019')).toEqual(['Quorvia Systems (China)']);
    expect(jobs('Zorblex Logistics (Americas)', 'Export Coordinator', '2017 – 2021')).toEqual(['Zorblex Logistics (Americas)']);
    expect(jobs('Quorvia Display Co., Ltd. (쿼비아디스플레이)', 'Process Engineer', '2013 – 2019')).toEqual([
      'Quorvia Display Co., Ltd. (쿼비아디스플레이)',
    ]);
    expect(jobs('Zorbtrac (via Flurbo Equipment)', 'Field Technician', '2012 – 2018')).toEqual(['Zorbtrac (via Flurbo Equipment)']);
    expect(jobs('Confidential Company (Fortune 500 retailer)', 'Buyer', '2017 – 2022')).toEqual([
      'Confidential Company (Fortune 500 retailer)',
    ]);
  });

  it('lets the roles below a LinkedIn employer follow it when its letters are left off', () => {
    const lines = ['Zorblex Web Services (ZWS)', '7 yrs 4 mos', 'Principal Architect', 'Jan 2021 - Present', 'Senior Architect'];
    expect(jobs(...lines, 'Oct 2016 - Dec 2020')).toEqual(['Zorblex Web Services', 'Zorblex Web Services']);
  });
});

describe("a Chinese employer's note in brackets", () => {
  it('leaves a brand, a business or a store off', () => {
    expect(zhJobs('2020.03-至今  飞鸥电商（飞鸥日记）', '品牌经理', '负责天猫旗舰店运营。')).toEqual(['飞鸥电商']);
    expect(zhJobs('2018.03-2020.02  飞鸥家居（南京商场）', '销售顾问', '负责家具销售。')).toEqual(['飞鸥家居']);
  });

  it("keeps a country, a partnership's form, a legal name's group and the name in Latin letters", () => {
    expect(zhJobs('2019.07-至今  飞鸥（中国）', '行政主管', '负责行政事务。')).toEqual(['飞鸥（中国）']);
    expect(zhJobs('2016.09-2019.06  飞鸥会计师事务所（特殊普通合伙）', '审计员', '负责年报审计。')).toEqual([
      '飞鸥会计师事务所（特殊普通合伙）',
    ]);
    expect(zhJobs('2018/01～至今  飞鸥精密工业股份有限公司（鸿飞科技集团）', '制程工程师', '负责SMT产线改善。')).toEqual([
      '飞鸥精密工业股份有限公司（鸿飞科技集团）',
    ]);
    expect(zhJobs('2016.03-2019.05  飞鸥华永会计师事务所（Flyou）', '审计员', '负责上市公司年报审计。')).toEqual([
      '飞鸥华永会计师事务所（Flyou）',
    ]);
  });

  it('joins the Latin name after a Chinese one when a note in brackets follows it, and leaves the note off', () => {
    expect(zhJobs('2016.5-至今  飞鸥有限公司 Flyou & Co（长沙湾）', '辅料QA主管', '负责辅料品质控制。')).toEqual([
      '飞鸥有限公司 Flyou & Co',
    ]);
  });
});

describe("a school or a hospital after an employer's name and a dash", () => {
  it("is where after a full employer's name, and part of a short one's", () => {
    expect(jobs("Zorblex Teaching Hospitals NHS Trust – St Ann's University Hospital", 'Staff Nurse', '2015 – 2019')).toEqual([
      'Zorblex Teaching Hospitals NHS Trust',
    ]);
    expect(jobs('Quorvia Music Co., Ltd. – Quibtown Music School', 'Piano Teacher', '2016 – 2020')).toEqual(['Quorvia Music Co., Ltd.']);
    expect(jobs('CHU de Zorbville – Université de Quibtown', 'Infirmière', '2014 – 2018')).toEqual([
      'CHU de Zorbville – Université de Quibtown',
    ]);
  });
});

describe('a section headed "Qualifications"', () => {
  const parsed = (...lines: string[]) =>
    parseResumeText(
      ['Dana Holt', 'dana@example.com', '', 'Experience', 'Zorblex Health', 'Research Nurse', '2018 – 2022', '', ...lines].join('\n'),
    );

  it('is the education when its lines name schools (o3433)', () => {
    const resume = parsed(
      'QUALIFICATIONS',
      '2019 – 2020  Quibtown University  Graduate Certificate in Clinical Trials',
      '2011 – 2013  Zorbland University  Bachelor of Nursing',
    );
    expect(resume.education.map((e) => e.school)).toEqual(['Quibtown University', 'Zorbland University']);
    expect(resume.experience.map((e) => e.company)).toEqual(['Zorblex Health']);
  });

  it('is a list of certificates when they name none (o2963)', () => {
    const resume = parsed('QUALIFICATIONS', 'AUSTSWIM Teacher of Swimming and Water Safety', 'HLTAID011 Provide First Aid');
    expect(resume.education).toEqual([]);
    expect(resume.experience.map((e) => e.company)).toEqual(['Zorblex Health']);
  });
});

describe('titles of the land and the lab, and a co-operative', () => {
  const entries = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

  it('reads an agronomist, a hand of the vineyard and an -ologist as titles (o3321, o3324, o1950)', () => {
    expect(entries('Jan 2020 – Present', 'Zorblex Co-op, Quibtown, IA', 'Precision Ag Agronomist')).toEqual([
      ['Zorblex Co-op', 'Precision Ag Agronomist'],
    ]);
    expect(entries('Feb 2016 – Jun 2019  Vineyard Hand', 'Quibble Estate')).toEqual([['Quibble Estate', 'Vineyard Hand']]);
    expect(entries('Zorbland Health Department', 'Epidemiologist', '2015 – 2019')).toEqual([
      ['Zorbland Health Department', 'Epidemiologist'],
    ]);
  });

  it("keeps a Canadian co-op placement in the title and a florist's shop as the employer", () => {
    expect(entries('Actuarial Analyst Co-op', 'Zorblex Life', 'May 2018 – Aug 2018')).toEqual([
      ['Zorblex Life', 'Actuarial Analyst Co-op'],
    ]);
    expect(entries('Senior Florist', 'Bloom & Co. Florist', '2014 – 2018')).toEqual([['Bloom & Co. Florist', 'Senior Florist']]);
  });
});

describe('a Portuguese or Spanish resume, and a German school wrapped in a column', () => {
  it('reads Experiência, Resumo and Educação as headings, and a developer and a junior consultant as titles (o3544, o3571)', () => {
    const resume = parseResumeText(
      [
        'Lucas Zorbeira',
        'lucas@example.com',
        '',
        '【Experiência】',
        'Zorbank | Jan 2022 – Present',
        'Desenvolvedor Back-end Pleno: Kotlin microservices for the ledger.',
        '',
        'Quibbo (now QuibbleBank) | Mar 2019 – Dec 2021',
        'Consultora Junior de Business Intelligence: ETL with Talend.',
        '',
        '【Educação】',
        '2015 – 2018  Universidade de Zorbópolis  Bacharelado em Ciência da Computação',
        '',
        '【Resumo】',
        'Back-end developer focused on payments.',
      ].join('\n'),
    );
    expect(resume.experience.map((e) => [e.company, e.title])).toEqual([
      ['Zorbank', 'Desenvolvedor Back-end Pleno'],
      ['Quibbo', 'Consultora Junior de Business Intelligence'],
    ]);
    expect(resume.education.map((e) => e.school)).toEqual(['Universidade de Zorbópolis']);
  });

  it('joins "Hochschule für Angewandte" and the line after it (o3547)', () => {
    const resume = parseResumeText(
      [
        'Jana Zorb',
        'jana@example.com',
        '',
        'Education',
        '2015 – 2017',
        'Hochschule für Angewandte',
        '',
        'Wissenschaften Quibburg',
        '',
        'B.Sc. Informatik',
      ].join('\n'),
    );
    expect(resume.education.map((e) => e.school)).toEqual(['Hochschule für Angewandte Wissenschaften Quibburg']);
  });
});

describe("a course's provider in the education", () => {
  const schoolsOf = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', 'Education', ...lines].join('\n')).education.map((e) => e.school);

  it('reads a provider above its course, the dates closing the entry (o2223, o1993)', () => {
    expect(
      schoolsOf(
        'Zorb Reactor',
        'Software Engineering Immersive',
        'Feb 2020 – Jun 2020',
        'Quibtown Community College',
        'A.A. General Studies',
        '2010 – 2013',
      ),
    ).toEqual(['Zorb Reactor', 'Quibtown Community College']);
  });

  it('reads a provider that names its training, and one taken remotely (o920, o1259)', () => {
    expect(
      schoolsOf(
        'Jan 2011 – Mar 2011  HGV Zorb Network  Category C+E Training',
        'Sep 2006 – Jul 2007  Quibtown College  NVQ Level 2 Warehousing',
      ),
    ).toEqual(['HGV Zorb Network', 'Quibtown College']);
    expect(
      schoolsOf(
        'Jan 2026 – Mar 2026  Le Zorb (remote)  Web Development Bootcamp',
        '2015 – 2019  Quibtown State University  B.S. Education',
      ),
    ).toEqual(['Le Zorb', 'Quibtown State University']);
  });
});

describe('schools wrapped in a PDF column, an Italian institute, and titles in one word', () => {
  const schoolsOf = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', 'Education', ...lines].join('\n')).education.map((e) => e.school);
  const entries = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

  it('joins a name stopped on an open word to the school word below, and a Portuguese name on "do" (o3603, o3614)', () => {
    expect(
      schoolsOf('Zorbster Technological', 'University (formerly ZIT)', 'BSc (Hons) Architectural', 'Technology', '2011 – 2015'),
    ).toEqual(['Zorbster Technological University']);
    expect(schoolsOf('Escola Superior de Hotelaria e', 'Turismo do Zorbil', 'Licenciatura em Gestão Hoteleira', '2010 – 2013')).toEqual([
      'Escola Superior de Hotelaria e Turismo do Zorbil',
    ]);
  });

  it('reads an Istituto as a school (o3686)', () => {
    expect(schoolsOf('Istituto Zorbangoni, Milano', 'Pattern Making and Tailoring', 'Diploma', '2008 – 2010')).toEqual([
      'Istituto Zorbangoni',
    ]);
  });

  it('reads a German compound, a Spanish profession and 战士 as titles, 部队 as the employer (o3666, o3590, o3617)', () => {
    expect(entries('Zorbosch GmbH, Quibningen', 'Oct 2020 – Present', 'KI-Ingenieur', '• visual inspection models')).toEqual([
      ['Zorbosch GmbH', 'KI-Ingenieur'],
    ]);
    expect(entries('Zorb Arquitectos, Barcelona', 'Sep 2014 – Dec 2018', 'Arquitecta: competition entries and basic design.')).toEqual([
      ['Zorb Arquitectos', 'Arquitecta'],
    ]);
    const zh = parseResumeText(
      ['张伟', '电话：13800138000', '', '【工作经历】', '2008.12-2013.01  战士', '中国人民武装警察部队', '负责营区执勤警卫。'].join('\n'),
    );
    expect(zh.experience.map((e) => [e.company, e.title])).toEqual([['中国人民武装警察部队', '战士']]);
  });
});

describe('a line of business in prose', () => {
  const skillIds = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', ...lines].join('\n')).skills.map((s) => s.id);

  it('is what the work was for, no skill, in a description; a skill in the skills section', () => {
    const prose = skillIds(
      'Experience',
      'Zorblex Research',
      'Clinical Research Coordinator',
      '2019 – 2023',
      'Coordinated Phase III oncology trials and HIL testing for automotive ECUs.',
    );
    expect(prose).not.toContain('oncology');
    expect(prose).not.toContain('automotive');
    expect(skillIds('Skills', 'Oncology, Automotive, Python')).toEqual(expect.arrayContaining(['oncology', 'automotive']));
  });

  it('is where the work was: a ward, a wind farm', () => {
    const prose = skillIds(
      'Experience',
      'Zorblex Health',
      'Staff Nurse',
      '2019 – 2023',
      'Night shifts in the ICU; later ran site logistics for a wind farm.',
    );
    expect(prose).not.toContain('critical-care');
    expect(prose).not.toContain('wind-energy');
    expect(skillIds('Skills', 'Critical care, Wind energy')).toEqual(expect.arrayContaining(['critical-care', 'wind-energy']));
  });
});

describe("a Chinese title's department before it", () => {
  const titles = (...lines: string[]) =>
    parseResumeText(['张伟', '电话：13800138000', '', '【工作经历】', ...lines].join('\n')).experience.map((e) => e.title);

  it('is the title’s with one space between (o3175, o2422), and apart in a column of its own', () => {
    expect(titles('2018.07-至今  飞鸥银行股份有限公司', '国际结算部 单证审核主管', '负责信用证审单。')).toEqual([
      '国际结算部 单证审核主管',
    ]);
    expect(titles('2019.8-至今  牙体牙髓科 主治医师', '飞鸥口腔医院', '负责根管治疗。')).toEqual(['牙体牙髓科 主治医师']);
    expect(titles('2016.03-2019.05  飞鸥贸易有限公司  业务部    外贸跟单', '负责订单跟进。')).toEqual(['外贸跟单']);
  });
});

describe('a title in both scripts, its Chinese name holding Latin letters', () => {
  it('joins the two (o3167, o3536)', () => {
    const title = (line: string) =>
      parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', 'Zorblex Foods | 2020 – 2023', line].join('\n')).experience[0]!
        .title;
    expect(title('National KA Manager 全国KA经理')).toBe('National KA Manager 全国KA经理');
    expect(title('Senior Java Engineer 高级Java工程师: 负责支付清结算系统开发。')).toBe('Senior Java Engineer 高级Java工程师');
  });
});

describe("a city of China in brackets after a university's name", () => {
  const schoolsOf = (line: string) =>
    parseResumeText(['张伟', '电话：13800138000', '', '【教育背景】', line].join('\n')).education.map((e) => e.school);

  it('is its address, left off; a branch campus named so stays, and so does a region (o3410, o3842)', () => {
    expect(schoolsOf('2016.09-2020.06  清华大学（北京）  计算机科学与技术  本科')).toEqual(['清华大学']);
    expect(schoolsOf('2014.09-2018.06  中国石油大学（北京）  石油工程  本科')).toEqual(['中国石油大学（北京）']);
    expect(schoolsOf('2014.09-2018.06  哈尔滨工业大学（威海）  机械工程  本科')).toEqual(['哈尔滨工业大学（威海）']);
    expect(schoolsOf('2012.09-2016.06  中国石油大学（华东）  化学工程  本科')).toEqual(['中国石油大学（华东）']);
  });
});
