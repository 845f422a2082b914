/**
 * The twenty-sixth round's forms (issue 13), from the first round's dev halves: Mexico's short months with no dot in a
 * range ("ene 2018 – actual") and its states after a town ("El Marqués, Qro."); a scientist's or a restorer's title in
 * Spanish or Italian; an employer's note in brackets that a PDF wrapped, and a long name before it; a school named for
 * two names, its school word on the next line; actuaries' and landscape architects' letters and a name one goes by
 * after a name; a remote pilot's title; a Chinese training centre whose name says 培训. From the second round's: a
 * partnership's city office after its name (上海分所); an examiner's title (鉴定人, "Examiner"); a tax adviser's letters.
 * From the third round's: a name's last words or a bracket that a PDF wrapped after a description's prose; 培训与证书
 * as a heading; a forecaster's, an acupuncturist's or a perfumer's title; "Traditional" before a wrapped school word,
 * a Berufskolleg and a Norwegian skole. From the fourth round's: 职业空档说明 as a break heading; a site's kind a PDF
 * wrapped ("Facility, Elmore") and an institution after a dash; a campus's word wrapped off its town; a school's note a
 * PDF wrapped, and a faculty in brackets; a dash inside an employer's note; "Laboratories" as an employer's word; an
 * infection preventionist's title. Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../subgraphs/resume/parser/fields/dates.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title, e.start, e.end]);
const ranges = (text: string) => findDateRanges(text).map((r) => `${r.start}/${r.end}`);

describe('a Mexican resume’s dates and places', () => {
  it('reads a short month with no dot when a range shows it is one', () => {
    expect(ranges('Laboratorio Andes | ene 2018 – actual')).toEqual(['2018-01/present']);
    expect(ranges('Calibraciones del Bajío, Celaya | jul 2013 – dic 2017')).toEqual(['2013-07/2017-12']);
    expect(ranges('gen 2015 – set 2019')).toEqual(['2015-01/2019-09']);
    // A word ending in a short month's letters is no month, and neither is one with no range around it.
    expect(ranges('Nordic 2017 – 2019')).toEqual(['2017/2019']);
    expect(ranges('dic 2017')).toEqual([]);
  });

  it('reads a town and its state’s short form as a place, and the title under it', () => {
    expect(
      jobs([
        'Experiencia profesional',
        'Instituto Estatal de Pesas y Medidas (IEPM), El Marqués, Qro. | ene 2018 – actual',
        'Metróloga, División de Metrología Eléctrica: calibración de multímetros y fuentes; estimación de incertidumbre.',
        '',
        'Calibraciones del Bajío, S.A. de C.V., Celaya, Gto. | jul 2013 – dic 2017',
        'Técnica de Calibración: calibración de vernieres y micrómetros.',
      ]),
    ).toEqual([
      ['Instituto Estatal de Pesas y Medidas', 'Metróloga, División de Metrología Eléctrica', '2018-01', 'present'],
      ['Calibraciones del Bajío, S.A. de C.V.', 'Técnica de Calibración', '2013-07', '2017-12'],
    ]);
  });
});

describe('an Italian restorer and a Greek archaeologist, their lines as a PDF wraps them', () => {
  it('reads a restorer’s title and an institute whose name has Italian joining words', () => {
    expect(
      jobs([
        'EXPERIENCE',
        '',
        'Istituto per il Restauro della Liguria, Genoa',
        '',
        'Mar 2016 – Present',
        '',
        'Restauratrice di beni culturali: wall painting conservation; agar gel cleaning.',
      ]),
    ).toEqual([['Istituto per il Restauro della Liguria', 'Restauratrice di beni culturali', '2016-03', 'present']]);
  });

  it('joins an employer’s note in brackets that runs onto the next line, however long the name before it', () => {
    expect(
      jobs([
        'EXPERIENCE',
        '',
        'Directorate of Coastal Antiquities of Achaea (Hellenic Ministry',
        '',
        'of Culture)',
        '',
        'Feb 2015 – Present',
        '',
        'Archaeologist',
      ]),
    ).toEqual([['Directorate of Coastal Antiquities of Achaea', 'Archaeologist', '2015-02', 'present']]);
  });

  it('joins a school named for two names to its school word on the next line', () => {
    const schools = parse([
      'EDUCATION',
      '',
      'Hollis and Grange',
      '',
      'University of Westhaven',
      '',
      'PhD Classical Archaeology',
      '',
      '2009 – 2014',
    ]).education;
    expect(schools.map((e) => [e.school, e.start, e.end])).toEqual([['Hollis and Grange University of Westhaven', '2009', '2014']]);
  });
});

describe('what follows a name', () => {
  it('leaves off an actuary’s or a landscape architect’s letters and the name one goes by', () => {
    expect(parse([], 'Thomas Aldridge FIA').name?.value).toBe('Thomas Aldridge');
    expect(parse([], 'Eleanor Pryce CMLI').name?.value).toBe('Eleanor Pryce');
    expect(parse([], 'Siriporn Wongsakul (Ploy)').name?.value).toBe('Siriporn Wongsakul');
  });
});

describe('titles and schools the round’s themes write', () => {
  it('reads a remote pilot’s title, not a way of working', () => {
    expect(
      jobs([
        'Experience',
        'Kestrel Aerial Pvt. Ltd. | Jul 2022 – Present',
        'Remote Pilot – Mining Surveys: volumetric surveys of stockpiles with a DJI Matrice 350 RTK.',
      ]),
    ).toEqual([['Kestrel Aerial Pvt. Ltd.', 'Remote Pilot – Mining Surveys', '2022-07', 'present']]);
  });

  it('reads a Chinese training centre whose name says 培训 as where its course was taken', () => {
    const education = parse([
      '教育背景',
      '2019.12-2020.02  翔宇无人机应用技术培训中心（郑州校区）  植保无人机飞手培训 结业',
      '2004.09-2007.07  周口市农业机械化学校  农业机械使用与维护 中专',
    ]).education;
    expect(education.map((e) => [e.school, e.start, e.end])).toEqual([
      ['翔宇无人机应用技术培训中心', '2019-12', '2020-02'],
      ['周口市农业机械化学校', '2004-09', '2007-07'],
    ]);
  });
});

describe('a tax or forensic resume’s employer, title and letters', () => {
  it('leaves a partnership’s city office off its name, and keeps a bank’s branch', () => {
    expect(
      jobs([
        '工作经历',
        '2019.07-至今  衡信会计师事务所（特殊普通合伙）杭州分所  税务经理',
        '负责企业所得税汇算清缴。',
        '2015.07-2019.06  恒远银行股份有限公司杭州分行  对公客户经理',
        '负责对公开户。',
      ]).map(([company]) => company),
    ).toEqual(['衡信会计师事务所（特殊普通合伙）', '恒远银行股份有限公司杭州分行']);
  });

  it('reads an examiner’s title in either script', () => {
    expect(
      jobs(['工作经历', '明鉴司法鉴定中心 | 2017.03-至今', '法医物证鉴定人 Forensic DNA Examiner: 承担亲缘关系鉴定与 STR 分型解释。']),
    ).toEqual([['明鉴司法鉴定中心', '法医物证鉴定人 Forensic DNA Examiner', '2017-03', 'present']]);
  });

  it('leaves off a chartered tax adviser’s letters', () => {
    expect(parse([], 'Rhiannon Bevan CTA').name?.value).toBe('Rhiannon Bevan');
    expect(parse([], '# 陳大文 MHKIS RPS(GP)').name?.value).toBe('陳大文');
    expect(parse([], '王蕾 Lei Wang').name?.value).toBe('王蕾 Lei Wang');
  });
});

describe('a PDF’s wrapped description, a training heading and the third round’s titles and schools', () => {
  it('reads a name’s last words or a bracket wrapped after prose as the description’s, not the next job’s', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Coastal Weather Bureau, Plymouth',
        'Sep 2018 – Present',
        'Operational Meteorologist: shift forecasting on the public and marine desks; issued National Severe',
        'Weather Warnings.',
        'Northwind Forecasting Ltd',
        'Jul 2015 – Aug 2018',
        'Weather Forecaster: road weather forecasts for councils; insurance billing checks for clients',
        '(ICD-10, CPT).',
        'Harbourside Clinic',
        'Jan 2013 – Jun 2015',
        'Acupuncturist',
      ]),
    ).toEqual([
      ['Coastal Weather Bureau', 'Operational Meteorologist', '2018-09', 'present'],
      ['Northwind Forecasting Ltd', 'Weather Forecaster', '2015-07', '2018-08'],
      ['Harbourside Clinic', 'Acupuncturist', '2013-01', '2015-06'],
    ]);
  });

  it('reads a dated line under 培训与证书 as no job', () => {
    expect(
      jobs([
        '工作经历',
        '2023.07-至今  青岛蓝湾潜水工程有限公司',
        '潜水辅助员（照料员）',
        '• 负责脐带管理与潜水日志记录。',
        '培训与证书',
        '2023.03-2023.05 烟台海工潜水培训中心：完成空气潜水基础培训',
        '职业潜水员证书（空气潜水）',
      ]),
    ).toEqual([['青岛蓝湾潜水工程有限公司', '潜水辅助员（照料员）', '2023-07', 'present']]);
  });

  it('joins a school’s name wrapped after "Traditional", and reads a Berufskolleg and a skole', () => {
    const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);
    expect(
      schools(['EDUCATION', 'Pacific College of Traditional', 'Chinese Medicine, San Diego', 'M.S. Acupuncture', '2012 – 2016']),
    ).toEqual(['Pacific College of Traditional Chinese Medicine']);
    expect(
      schools([
        'Education',
        '2011 – 2014  Berufskolleg Nordstadt, Dortmund  Fachkraft für Veranstaltungstechnik (IHK)',
        '2008 – 2010  Bergen maritime tekniske skole  Fagskole, Electrical Power',
      ]),
    ).toEqual(['Berufskolleg Nordstadt', 'Bergen maritime tekniske skole']);
  });
});

describe('the fourth round’s breaks, wraps and notes', () => {
  it('reads 职业空档说明 as a break heading', () => {
    expect(
      jobs([
        '【工作经历】',
        '2020.09-至今  杭州衡平资产评估有限公司 | 司法评估部经理',
        '承接法院委托的司法评估。',
        '【职业空档说明】',
        '2018.07-2020.08  家庭育儿。期间学习司法评估规范，通过资产评估师考试。',
      ]).map(([company]) => company),
    ).toEqual(['杭州衡平资产评估有限公司']);
  });

  it('joins a site’s kind wrapped onto its own line, and leaves a site after a dash off the employer', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Nevada Department of Corrections – Ridgecrest Correctional',
        'Facility, Ely',
        'Jan 2021 – Present',
        'Correctional Officer Sergeant',
        'Northern Correctional Service – Pine Lake Institution, Kingston | Mar 2015 – Dec 2020',
        'Correctional Officer II',
      ]).map(([company]) => company),
    ).toEqual(['Nevada Department of Corrections', 'Northern Correctional Service']);
  });

  it('reads an employer whose note holds a dash, and one named Laboratories under a title and its unit', () => {
    expect(
      jobs([
        'Professional Experience',
        'Aug 2020 – Present  Infection Preventionist II',
        'Riverbend Health (Riverbend – University Medical Center Tucson)',
        'Jun 2014 – Jul 2020  Medical Laboratory Scientist – Microbiology',
        'Desert Quest Laboratories',
      ]).map(([company, title]) => [company, title]),
    ).toEqual([
      ['Riverbend Health', 'Infection Preventionist II'],
      ['Desert Quest Laboratories', 'Medical Laboratory Scientist – Microbiology'],
    ]);
  });

  it('joins a campus’s word and a school’s note a PDF wrapped, and leaves a faculty in brackets off', () => {
    const education = (lines: string[]) => parse(lines).education.map((e) => [e.school, e.start, e.end]);
    expect(
      education(['EDUCATION', '', 'Marlow State University, Dalton', '', 'Campus', '', 'B.S. Criminal Justice', '', '2017 – 2020']),
    ).toEqual([['Marlow State University', '2017', '2020']]);
    expect(
      education(['EDUCATION', '', 'University of Westhaven (Carrow', '', 'Business School)', '', 'BSc Real Estate', '', '2010 – 2013']),
    ).toEqual([['University of Westhaven', '2010', '2013']]);
    expect(education(['Education', '2006 – 2011  Universidad de Valdoria (Facultad de Arquitectura)  Arquitecta'])).toEqual([
      ['Universidad de Valdoria', '2006', '2011'],
    ]);
  });
});
