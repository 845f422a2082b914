/**
 * Forms the eighteenth round's later blind batches brought (transport and mobility; the public sector; selling in the
 * platform economy), read from their dev halves: a trade's own heading for its jobs ("Driving History"), a Chinese
 * heading with a note in brackets (工作经历（公交）), the depot, hub, garage, store or branch an employer's people worked at
 * (after a dash or in brackets), a civil servant's 科员 written before the bureau, a heading of projects of a kind
 * (策展项目), and a year or a sentence's last word a PDF wrapped onto a line of its own. Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const jobs = (lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana.holt@example.com', '', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

describe('transport, public-sector and store resumes', () => {
  it("reads a trade's own heading for its jobs, and a Chinese heading with a note in brackets", () => {
    expect(
      jobs(['## Driving History', '**Harlow Freight Ltd** | Apr 2017 – Present', 'Class 1 HGV Driver: trunking between depots.']),
    ).toEqual([['Harlow Freight Ltd', 'Class 1 HGV Driver']]);
    expect(jobs(['## 工作经历（公交）', '2016.01-至今  江城第二巴士有限公司（9路车队） | 车队长', '- 负责排班与行车安全教育。'])).toEqual([
      ['江城第二巴士有限公司', '车队长'],
    ]);
  });

  it('leaves off the hub, branch or department after a dash, and the store or branch in brackets', () => {
    expect(jobs(['EXPERIENCE', 'Jun 2018 – Present  Ramp Agent  Skyline Cargo – Louisville Air Hub'])[0]![0]).toBe('Skyline Cargo');
    expect(jobs(['EXPERIENCE', 'Sep 2015 – Aug 2019  Service Technician  Nordwagen AG – Niederlassung Ulm'])[0]![0]).toBe('Nordwagen AG');
    expect(jobs(['EXPERIENCE', 'Mar 2019 – Present  Senior Planner  City of Dunmore – Planning and Zoning Department'])[0]![0]).toBe(
      'City of Dunmore',
    );
    expect(jobs(['EXPERIENCE', 'Apr 2016 – Mar 2020  Sales Staff  Kumo Apparel Co., Ltd. (Umeda store)'])[0]![0]).toBe(
      'Kumo Apparel Co., Ltd.',
    );
    expect(jobs(['工作经历', '2018.03-2021.06  南江银行股份有限公司（城东支行）  客户经理', '负责个人贷款营销。'])[0]![0]).toBe(
      '南江银行股份有限公司',
    );
  });

  it("reads a civil servant's 科员 written before the bureau as the title", () => {
    expect(jobs(['工作经历', '2008.08-2019.02  科员', '江城市东区税务局', '负责纳税服务与发票管理。'])).toEqual([
      ['江城市东区税务局', '科员'],
    ]);
  });

  it('reads projects of a kind as no job, and a year on a line of its own as no employer', () => {
    const parsed = parseResumeText(
      [
        '周宁',
        'zhouning@example.com',
        '',
        '## 工作经历',
        '2016.07-至今  江城博物馆  副研究馆员',
        '负责书画藏品研究。',
        '',
        '## 策展项目',
        '项目名称：“江城书画”特展（2014—2016）',
        '项目职责：布展与文物点交',
      ].join('\n'),
    );
    expect(parsed.experience.map((e) => e.company)).toEqual(['江城博物馆']);
    expect(
      jobs([
        'EXPERIENCE',
        '',
        'Corvel Software',
        '',
        'Jun 2020 – Jan 2023',
        '',
        'Sales Development Representative: outbound prospecting; President’s Club',
        '',
        '2022.',
        '',
        'Harbor Car Rental',
        '',
        'Jul 2018 – May 2020',
        '',
        'Management Trainee: branch operations.',
      ]).map(([company]) => company),
    ).toEqual(['Corvel Software', 'Harbor Car Rental']);
  });

  it("reads a sentence's last word wrapped onto a line of its own as no heading, and a railway with its zone and division", () => {
    const wrapped = jobs([
      'EXPERIENCE',
      '',
      'Northline Buses',
      '',
      'Jun 2012 – Feb 2018',
      '',
      'Bus Driver: fare collection and customer',
      '',
      'service.',
      '',
      'Fenwick Foods',
      '',
      'Sep 2009 – May 2012',
      '',
      'Customer Assistant: checkout.',
    ]);
    expect(wrapped.map(([company]) => company)).toEqual(['Northline Buses', 'Fenwick Foods']);
    expect(
      jobs([
        'Experience',
        '',
        'Aug 2013 – Jun 2016',
        '',
        'Indian Railways, Eastern Railway, Howrah Division',
        '',
        'Junior Engineer (Signal)',
        '',
        'maintenance of track circuits.',
      ]),
    ).toEqual([['Indian Railways', 'Junior Engineer (Signal)']]);
  });

  it("reads a French civil servant's grade as the title, and a school's name wrapped after an elided de", () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Préfecture de la Loire',
        'Sep 2019 – Present',
        'Attachée d’administration de l’État: heads the permits unit.',
      ])[0],
    ).toEqual(['Préfecture de la Loire', 'Attachée d’administration de l’État']);
    const parsed = parseResumeText(
      [
        'Dana Holt',
        'dana.holt@example.com',
        '',
        'EDUCATION',
        'Institut régional',
        'd’administration de Nantes',
        'Attaché training',
        '2017 – 2018',
      ].join('\n'),
    );
    expect(parsed.education.map((e) => e.school)).toEqual(['Institut régional d’administration de Nantes']);
  });
});
