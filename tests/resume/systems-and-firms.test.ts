/**
 * The twenty-fourth round's forms (issue 13): a campus of a university system or of a name several schools bear keeps
 * its place, as does a college's system after it; a description's last words a PDF wrapped after a preposition are no
 * employer; a German firm of partners and the German trades' and Dutch titles; a city's government as an employer; 从业经历
 * and "Educational Qualification" as headings; a career break written as a dated line. Invented people; the forms are
 * the dev halves'.
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

describe('the twenty-fourth round’s first dev halves', () => {
  it('reads 从业经历 as the experience and "Educational Qualification" as the education', () => {
    expect(
      jobs(['从业经历', '2017.03-至今  华东城市规划设计院有限公司', '主任规划师', '2013.07-2017.02  江南建筑设计研究院有限公司', '规划师']),
    ).toEqual([
      ['华东城市规划设计院有限公司', '主任规划师'],
      ['江南建筑设计研究院有限公司', '规划师'],
    ]);
    const parsed = parse([
      'WORK EXPERIENCE',
      'Kalyan Controls Pvt. Ltd. | Jan 2019 – Present',
      'PLC Programmer: ladder logic and SCADA development.',
      'EDUCATIONAL QUALIFICATION',
      'Jun 2011 – May 2015  Savitribai Phule Pune University  B.E. Electrical Engineering',
    ]);
    expect(parsed.experience.map((e) => e.company)).toEqual(['Kalyan Controls Pvt. Ltd.']);
    expect(parsed.education.map((e) => e.school)).toEqual(['Savitribai Phule Pune University']);
  });

  it('leaves a career break written as a dated line out of the jobs', () => {
    expect(
      jobs([
        '工作经历',
        '2012.07-2018.03  湖北省疾病预防控制中心',
        '检验员',
        '经历说明',
        '2018.04-2021.08 生育并照顾家庭，期间考取上岗证。',
      ]),
    ).toEqual([['湖北省疾病预防控制中心', '检验员']]);
    expect(
      jobs([
        'Professional Experience',
        'July 2014 – December 2018  Willamette Family Services',
        'Counselor',
        'Career Break',
        'January 2019 – February 2022: full-time caregiver for a family member; kept my license active.',
      ]),
    ).toEqual([['Willamette Family Services', 'Counselor']]);
  });

  it('reads a city’s government as the employer and a Dutch compound as the title', () => {
    expect(
      jobs([
        'PROFESSIONAL EXPERIENCE',
        'Jan 2019 – Present  Planner, Development and Design',
        'City of Brampton',
        'Processes zoning applications.',
      ]),
    ).toEqual([['City of Brampton', 'Planner, Development and Design']]);
    expect(
      jobs(['Experience', 'Rijkswaterstaat, Utrecht | Mar 2017 – Present', 'Geo-informatiespecialist: data quality checks with FME.']),
    ).toEqual([['Rijkswaterstaat', 'Geo-informatiespecialist']]);
  });

  it('reads an employer with a lower-case note in brackets, and a psychotherapist', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Northgate Retail (Robbinsville fulfillment center)',
        'Oct 2021 – Present',
        'Robotics Technician II',
        '• preventive maintenance of drive units.',
        'Centre for Mind Health',
        'Oct 2019 – Present',
        'Psychotherapist: group and individual therapy using DBT and CBT.',
      ]),
    ).toEqual([
      ['Northgate Retail', 'Robotics Technician II'],
      ['Centre for Mind Health', 'Psychotherapist'],
    ]);
  });
});

describe('a skills list’s names', () => {
  const listed = (line: string) => parse(['Skills', line]).skills.map((s) => s.match);
  it('keeps a name whose slash follows a letter alone, and leaves a certificate’s level after a dash off', () => {
    expect(listed('SAP S/4HANA, SAP Basis')).toContain('SAP S/4HANA');
    expect(listed('AWS Certified Solutions Architect – Professional, Terraform')).toContain('AWS Certified Solutions Architect');
  });
});

describe('the twenty-fourth round’s second dev halves', () => {
  const nameOf = (top: string) =>
    parseResumeText([top, '+1 604 555 0126  |  someone@example.com', '', 'Experience', 'Acme Ltd', 'Analyst'].join('\n')).name.value;
  it('reads a name written family name first in its own case, and a Japanese name with its kanji after it', () => {
    expect(nameOf('Tremblay, Juliette')).toBe('Juliette Tremblay');
    expect(nameOf('Vancouver, BC')).toBeNull();
    expect(nameOf('Nakamura Ren (中村 蓮)')).toBe('Nakamura Ren');
  });

  it('reads an electrical JATC as the school of an apprenticeship', () => {
    expect(schools(['Education', '2007 – 2011  Tucson Electrical JATC  Inside Wireman Apprenticeship'])).toEqual([
      'Tucson Electrical JATC',
    ]);
  });
});

describe('a field named in prose', () => {
  const ids = (lines: string[]) => parse(lines).skills.map((s) => s.id);
  it('is where the work was, read as a skill only in a skills section', () => {
    const prose = ids([
      'Experience',
      'Northwind Devices Ltd',
      'Quality Engineer',
      'Maintained ISO 13485 compliance on a semiconductor line; ran customer surveys.',
    ]);
    expect(prose).not.toContain('compliance');
    expect(prose).not.toContain('semiconductor');
    expect(prose).not.toContain('survey-design');
    expect(ids(['Skills', 'Compliance, Survey design'])).toEqual(expect.arrayContaining(['compliance', 'survey-design']));
  });
});

describe('the twenty-fourth round’s third dev halves', () => {
  it('reads a Berhad and an employer with its branch or agency after a comma or a dash', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Seri Perdana Takaful Berhad – Klang agency',
        'Jan 2020 – Present',
        'Senior Takaful Agent: needs analysis for families.',
        'Bank Melati, Section 7 branch',
        'Jun 2015 – Dec 2019',
        'Customer Service Executive: branch counter services.',
      ]),
    ).toEqual([
      ['Seri Perdana Takaful Berhad', 'Senior Takaful Agent'],
      ['Bank Melati', 'Customer Service Executive'],
    ]);
  });

  it('leaves a 职业间断 out of the jobs and reads a Portuguese intern', () => {
    expect(
      jobs([
        '【工作经历】',
        '2014.05-2019.09  华西人寿保险股份有限公司',
        '业务主任',
        '【职业间断】',
        '2019.10-2021.02  家庭原因（育儿）离职。',
      ]),
    ).toEqual([['华西人寿保险股份有限公司', '业务主任']]);
    expect(jobs(['Experience', 'Jul 2017 – Dec 2018  Estagiária de BI', 'Serra Dados', 'T-SQL queries.'])).toEqual([
      ['Serra Dados', 'Estagiária de BI'],
    ]);
  });

  it('joins a school’s other name a column wrapped, and leaves it off', () => {
    expect(
      schools([
        'EDUCATION',
        'College of Engineering Nashik',
        '(now Nashik Technological',
        'University)',
        'B.Tech Mechanical Engineering',
        '2011 – 2015',
      ]),
    ).toEqual(['College of Engineering Nashik']);
  });
});

describe('the twenty-fourth round’s fourth dev halves', () => {
  it('leaves a break written with its cause (因照顾家庭) out of the jobs, and reads a bank teller (柜员)', () => {
    expect(
      jobs([
        '工作经历',
        '2013.08-2019.06  江城妇女儿童医院',
        '超声科医师',
        '职业间断',
        '2019.07-2021.12  因照顾家庭（育儿）暂停执业，期间完成线上课程。',
        '江城农村商业银行股份有限公司',
        '2010.07-2013.07',
        '柜员: 负责对公、对私柜面业务和现金管理。',
      ]),
    ).toEqual([
      ['江城妇女儿童医院', '超声科医师'],
      ['江城农村商业银行股份有限公司', '柜员'],
    ]);
  });
});
