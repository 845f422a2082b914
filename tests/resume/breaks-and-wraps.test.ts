/**
 * The twenty-fifth round's forms (issue 13): a career break under a heading of its own; an employer that only starts
 * with a verb's letters, or that a campus, a town and its state follow; a title in both scripts on the dates' line with
 * its employer under it; a school's name wrapped before any school word came, or its last word wrapped with its town; a
 * tool room's and a Czech secondary school; gemmologists' letters after a name; a certificate's grade before its name; a
 * standard two bodies name with its number. Then, from the round's second dev halves: a government department (署) as an
 * employer; a standard's number a PDF wrapped after its body; "actual" as the present; a long bilingual title before
 * its colon; 职业间断说明 and "Key Project" as headings; a school's other name left open at a line's end; a German
 * university's city on the next line; a "School of …" alone in its entry. From the third: Brazil's "mar/2020 – atual", a
 * technician's or a tradesperson's Portuguese title. Invented people; the forms are the dev
 * halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title]);

describe('a career break under a heading of its own', () => {
  it('is no job, in English or Chinese, and what it says was learnt is still read', () => {
    const english = parse([
      'Experience',
      'Brightwell Tooling s.r.o.',
      'Sep 2020 – Present',
      'CNC Programmer: five-axis programs.',
      '',
      '## Career Break',
      'Jan 2019 – Aug 2020: cared for my mother after her surgery; taught myself Python at home.',
      '',
      '## Education',
      '2008 – 2012  Technical College of Ostrava  Mechanical Engineering',
    ]);
    expect(english.experience.map((e) => [e.company, e.start, e.end])).toEqual([['Brightwell Tooling s.r.o.', '2020-09', 'present']]);
    expect(english.skills.map((s) => s.name)).toContain('Python');
    const chinese = parse([
      '【工作经历】',
      '2015.07-2020.09  光学工程师',
      '苏州明远光电有限公司',
      '负责镜头设计。',
      '',
      '【职业空档】',
      '2020.10-2022.02  全职照顾家庭（育儿）。期间自学 Python 自动化脚本。',
      '',
      '【教育背景】',
      '2011.09-2015.06  长春理工大学  光电信息科学与工程',
    ]);
    expect(chinese.experience.map((e) => [e.company, e.title])).toEqual([['苏州明远光电有限公司', '光学工程师']]);
  });
});

describe('an employer the parser nearly missed', () => {
  it('reads a name that opens with a verb’s letters, and one a campus follows', () => {
    expect(
      jobs([
        'Experience',
        'Ledmore Group, Calgary',
        'Sep 2011 – Mar 2016',
        'Welder Apprentice: structural welding.',
        'Northgate TAFE, Hamilton campus',
        'Apr 2016 – Present',
        'Welding Teacher: taught GMAW and GTAW to apprentices.',
      ]),
    ).toEqual([
      ['Ledmore Group', 'Welder Apprentice'],
      ['Northgate TAFE', 'Welding Teacher'],
    ]);
  });

  it('reads an employer no word marks when a town and its state follow it', () => {
    expect(
      jobs([
        'Experience',
        'Hollow Creek Cellars, Napa',
        'Jul 2012 – Dec 2017',
        'Assistant Winemaker: cellar operations.',
        'Maison Verlaine Oregon, Salem, Oregon',
        'Aug 2011 – Nov 2011',
        'Harvest Intern: pressing and barrel work during vintage.',
      ]),
    ).toEqual([
      ['Hollow Creek Cellars', 'Assistant Winemaker'],
      ['Maison Verlaine Oregon', 'Harvest Intern'],
    ]);
  });

  it('reads one title in two scripts on the dates’ line, its employer on the line under it', () => {
    expect(
      jobs([
        '工作经历',
        '2020.09-至今  Vision Optics Engineer 视觉光学工程师',
        'Lumora（苏州办公室）',
        '• 为锂电客户做视觉方案。',
        '',
        '2017.07-2020.08  光学工程师',
        '苏州天衡精密有限公司',
        '• 负责影像测量仪的光学系统设计。',
      ]),
    ).toEqual([
      ['Lumora', 'Vision Optics Engineer 视觉光学工程师'],
      ['苏州天衡精密有限公司', '光学工程师'],
    ]);
  });
});

describe('a school’s name a narrow column wrapped', () => {
  it('joins a name stopped on "and" before its school word, and a last word wrapped with its town', () => {
    expect(
      schools([
        'EDUCATION',
        'Government Tool Room and',
        'Training Centre, Mysuru',
        'Diploma in Tool and Die Making',
        '2005 – 2009',
        'Kestrel Institute of Business',
        'Management, Pune',
        'MBA Marketing',
        '2014 – 2016',
      ]),
    ).toEqual(['Government Tool Room and Training Centre', 'Kestrel Institute of Business Management']);
  });

  it('reads a Czech secondary technical school', () => {
    expect(schools(['Education', '2008 – 2012  Střední průmyslová škola Kolín  Maturita – Mechanical Engineering'])).toEqual([
      'Střední průmyslová škola Kolín',
    ]);
  });
});

describe('a name and its letters', () => {
  it('leaves a gemmologist’s letters off the name', () => {
    expect(parse(['Experience'], 'Harriet Lowell FGA DGA').name.value).toBe('Harriet Lowell');
  });
});

describe('a certificate in the skills section', () => {
  it('leaves its grade off, not a 职称’s', () => {
    const skills = parse(['专业技能', '高级酿酒师、丙級飲料調製技術士、中级会计师']).skills;
    expect(skills.map((s) => s.name)).toEqual(expect.arrayContaining(['酿酒师', '飲料調製技術士']));
    expect(skills.map((s) => s.name)).not.toContain('高级酿酒师');
    expect(skills.map((s) => s.id)).toContain('accounting-titles');
  });
});

describe('a standard in the skills section', () => {
  it('keeps two bodies a slash joins and the standard’s own number, and still drops a release', () => {
    const names = parse(['Skills', 'AS/NZS 1554.1, AS/NZS ISO 9606.1, Python 3.11']).skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['AS/NZS 1554.1', 'AS/NZS ISO 9606.1', 'Python']));
    expect(names).not.toContain('NZS');
  });
});

describe('the round’s second dev halves: employers and titles', () => {
  it('reads a government department as an employer, and a standard’s number wrapped after its body as the description’s', () => {
    expect(
      jobs([
        '工作經驗',
        '',
        '2020.09-至今',
        '',
        '港島燃氣有限公司',
        '',
        '工程師（氫能項目）',
        '',
        '負責加氫站試點項目的工程設計審查與施工監督。',
        '',
        '2013.08-2020.08',
        '',
        '離島機電工程署（氣體標準事務處）',
        '',
        '工程師（氣體標準）',
      ]).map(([company]) => company),
    ).toEqual(['港島燃氣有限公司', '離島機電工程署']);
    expect(
      jobs([
        'EXPERIENCE',
        '',
        'Kessler Compounding',
        '',
        'Apr 2017 – Present',
        '',
        'Senior Rubber Compounder',
        '',
        '• Compound development in EPDM for automotive',
        '',
        'sealing customers; specification reviews against ASTM',
        '',
        'D2000.',
        '',
        'Millbrook Rubber Development Laboratory',
        '',
        'Jun 2012 – Mar 2017',
        '',
        'Laboratory Technician',
      ]),
    ).toEqual([
      ['Kessler Compounding', 'Senior Rubber Compounder'],
      ['Millbrook Rubber Development Laboratory', 'Laboratory Technician'],
    ]);
  });

  it('reads "actual" as the present, and a long title in two languages before its colon', () => {
    const spanish = parse([
      'Experiencia laboral',
      'mar. 2020 – actual  Técnico de Inyección',
      'Moldeados Rivera, S.A. de C.V., Apodaca',
      '- Arranque y ajuste de proceso en inyectoras.',
    ]).experience;
    expect(spanish.map((e) => [e.company, e.title, e.start, e.end])).toEqual([
      ['Moldeados Rivera, S.A. de C.V.', 'Técnico de Inyección', '2020-03', 'present'],
    ]);
    expect(
      jobs([
        'EXPERIENCE',
        'Wasserstoff Antriebe GmbH & Co. KG, Nabern',
        'Apr 2021 – Present',
        'Brennstoffzellen-Ingenieur (Fuel Cell Systems Engineer): module validation on system test benches.',
      ]),
    ).toEqual([['Wasserstoff Antriebe GmbH & Co. KG', 'Brennstoffzellen-Ingenieur (Fuel Cell Systems Engineer)']]);
  });

  it('reads 职业间断说明 and "Key Project" as headings, not jobs', () => {
    expect(
      jobs([
        '三、工作经历',
        '2012.07-2021.08  晨光核电有限公司  大修计划工程师',
        '',
        '（职业间断说明）',
        '2021.09-至今  育儿离职；期间取得 PMP 认证。',
        '',
        '四、教育背景',
        '2008.09-2012.06  东华理工大学  核工程与核技术 本科',
      ]),
    ).toEqual([['晨光核电有限公司', '大修计划工程师']]);
    expect(
      jobs([
        'Experience',
        'Halden Lifts LLC, Dubai',
        'Jan 2019 – Present',
        'Senior Service Engineer: breakdown attendance and preventive maintenance.',
        '',
        'Key Project',
        'Metro Red Line escalator overhaul (2021–2022)',
        'Scope: step chain and handrail replacement',
      ]),
    ).toEqual([['Halden Lifts LLC', 'Senior Service Engineer']]);
  });
});

describe('the round’s second dev halves: schools', () => {
  it('joins a school’s other name left open at a line’s end, and a German university’s city wrapped', () => {
    expect(schools(['EDUCATION', 'University of Corrib (then NUI', 'Corrib)', 'BSc Chemistry', '2008 – 2012'])).toEqual([
      'University of Corrib',
    ]);
    expect(schools(['EDUCATION', 'Johann-Gerber-Universität', 'Freiburg', 'M.Sc. Physik', '2014 – 2016'])).toEqual([
      'Johann-Gerber-Universität Freiburg',
    ]);
  });

  it('reads a "School of …" alone in its entry as the school, a university’s own still as where in it', () => {
    expect(schools(['EDUCATION', '2007 – 2009  School of the Lakeside Art Institute  MA Art History'])).toEqual([
      'School of the Lakeside Art Institute',
    ]);
    expect(schools(['EDUCATION', '2003 – 2007  University of Leeds  School of Chemistry  BSc Chemistry'])).toEqual(['University of Leeds']);
  });
});

describe('the round’s third dev halves', () => {
  it('reads Brazil’s dates and titles: "mar/2020 – atual", "Técnico Eólico II", "Eletricista de Montagem"', () => {
    const brazil = parse([
      '【Experiência Profissional】',
      'Ventos do Agreste, Caiçara do Norte (RN) | mar/2020 – atual',
      'Técnico Eólico II: manutenção preventiva e corretiva em aerogeradores.',
      '',
      'Motores Itajaí S.A., Jaraguá do Sul (SC) | fev/2015 – fev/2020',
      'Eletricista de Montagem: montagem elétrica de naceles.',
    ]).experience;
    expect(brazil.map((e) => [e.company, e.title, e.start, e.end])).toEqual([
      ['Ventos do Agreste', 'Técnico Eólico II', '2020-03', 'present'],
      ['Motores Itajaí S.A.', 'Eletricista de Montagem', '2015-02', '2020-02'],
    ]);
  });
});
