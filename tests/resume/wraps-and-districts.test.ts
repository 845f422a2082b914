/**
 * The twenty-eighth round's forms (issue 13), from the dev halves of its first round (solar power and storage, water
 * and wastewater, shipbuilding, libraries and archives, HVAC and refrigeration, footwear and leather): a school's name a
 * PDF wrapped after "Community", before "and Technology, Kochi", or inside its institute's note in brackets; a Spanish
 * secondary school (IES); a school after its district's dash is where the teacher worked; a Spanish trade grade
 * ("Oficial de primera") and a British estates role ("Authorised Person (Ventilation)") as titles; a Portuguese
 * "Lda." after a comma; 校内实践 as campus life, which holds no job; "MD." before a Bangladeshi name in capitals. And
 * skills read too widely over the whole dev split: a course's hours in brackets ("(20 h)"), a senior high school's
 * teaching certificate cut at its 高级, usability testing cut at its 可用, 计算机二级 cut at its 二级, "Twelve years" as an
 * item, "Adobe Creative" for its suite, and 服从安排, a manner most labels leave off. From the second round's dev halves
 * (car repair, pharmacies, cement and building materials, toys, paints and coatings, elderly care): a German laboratory
 * title (Lacklaborant), a role "in charge", a chain named "… Warehouse", 拉长; a German vocational school centre
 * (Berufsschulzentrum) and a name wrapped after "Region"; a Chinese company's English name in brackets after its legal
 * name, and a Japanese company's city in brackets. From the third round's (golf courses, emergency medical services,
 * driving schools, weddings, theme parks, cold chain): a dated school under "Training"; a medic's and an army driver's
 * (汽车兵) titles; a hotel after a group's dash as where; an employer's word before its note in brackets ("Concorde Motors
 * (Tata Motors dealership)"); a Latin employer's sales region in Chinese (（华南区）); a Dutch family name in capitals
 * turned, its particles in lower case. From the fourth round's (hair salons, sugar and biofuels, prosthetics and
 * orthotics, data centres, dietitians, car rental): an internship under 实习经历 written as one dated line is a note, not
 * a job; a prosthetist's and an orthotist's titles; a German vocational school (BBS). And one the last session left: a government department under a
 * title and its unit, its region written in two languages ("Department of Conservation – Murihiku/Southland").
 * Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { companyScore, titleScore } from '../../subgraphs/resume/parser/fields/entry-parts.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parse = (lines: string[], name = 'Ada Okafor') => parseResumeText([name, 'ada.okafor@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title, e.start, e.end]);
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);

describe('a school’s name a PDF wrapped', () => {
  it('joins a name stopped on "Community" to its school word and town below', () => {
    expect(
      schools([
        'EDUCATION',
        'Harlow Technical Community',
        'College, Denver',
        'A.A.S. Environmental Engineering',
        'Technology',
        '2011 – 2014',
      ]),
    ).toEqual(['Harlow Technical Community College']);
  });

  it('joins a rest that opens on "and" and ends on its town', () => {
    expect(
      schools(['EDUCATION', 'Malabar University of Science', 'and Technology, Kochi', 'B.Tech Naval Architecture', '2008 – 2012']),
    ).toEqual(['Malabar University of Science and Technology']);
  });

  it('joins an institute’s note over three lines and leaves it off the university', () => {
    expect(
      schools([
        'EDUCATION',
        'University of Sylhet (Institute of',
        'Textile Engineering and',
        'Technology)',
        'Postgraduate Diploma in Footwear',
        'Technology',
        '2016 – 2017',
      ]),
    ).toEqual(['University of Sylhet']);
  });

  it('reads a Spanish secondary school (IES) as a school, its town after it apart', () => {
    expect(schools(['EDUCATION', 'IES Los Naranjos, Valencia', 'Técnico Superior en Energías Renovables (CFGS)', '2014 – 2016'])).toEqual([
      'IES Los Naranjos',
    ]);
  });
});

describe('a school district and its school', () => {
  it('reads the district as the employer and its school after the dash as where', () => {
    expect(
      jobs([
        'Experience',
        'Aug 2018 – Present  Maple Grove City Schools – Birchwood Middle School',
        'School Library Media Specialist',
        '• collaborative lesson planning and collection development.',
        'Aug 2010 – May 2017  Cedar Falls Public Schools – Cedar Falls High School',
        'Chemistry Teacher',
        '• taught AP Chemistry.',
      ]),
    ).toEqual([
      ['Maple Grove City Schools', 'School Library Media Specialist', '2018-08', 'present'],
      ['Cedar Falls Public Schools', 'Chemistry Teacher', '2010-08', '2017-05'],
    ]);
  });
});

describe('titles and employers no word marked', () => {
  it('reads a Spanish trade grade and a British estates role as titles', () => {
    expect(titleScore('Oficial de primera')).toBe(2);
    expect(titleScore('Authorised Person (Ventilation)')).toBe(2);
    expect(
      jobs([
        'EXPERIENCE',
        'Construcciones Vidal S.L., Sagunto',
        'Jun 2007 – Oct 2012',
        'Oficial de primera: bricklaying and general building work.',
        'Northfield Teaching Hospitals NHS Trust – Estates, St Anne’s',
        'General Hospital',
        'Oct 2017 – Present',
        'Authorised Person (Ventilation): annual verification of theatre ventilation; permit-to-work control.',
      ]),
    ).toEqual([
      ['Construcciones Vidal S.L.', 'Oficial de primera', '2007-06', '2012-10'],
      ['Northfield Teaching Hospitals NHS Trust', 'Authorised Person (Ventilation)', '2017-10', 'present'],
    ]);
  });

  it('keeps a Portuguese "Lda." after a comma with its employer', () => {
    expect(companyScore('Calçados Ribeiro, Lda.')).toBeGreaterThan(0);
    expect(
      jobs([
        'EXPERIENCE',
        'Calçados Ribeiro, Lda., São João da Madeira',
        'Sep 2014 – Jan 2018',
        'Field Service Engineer: cutting table installation at shoe factories; operator training.',
      ]),
    ).toEqual([['Calçados Ribeiro, Lda.', 'Field Service Engineer', '2014-09', '2018-01']]);
  });
});

describe('campus practice and a Bangladeshi name', () => {
  it('reads 校内实践 as campus life, which holds no job', () => {
    const parsed = parse(
      [
        '【工作经历】',
        '2023.07-至今  浙江青禾鞋业有限公司',
        '设计助理',
        '协助主设计师完成配色与工艺单。',
        '',
        '【校内实践】',
        '2022.07-2022.09  在学校鞋类实训中心独立完成画样、开料、针车与成型，做出一双男士德比鞋。',
      ],
      '林晓雯',
    );
    expect(parsed.experience.map((e) => [e.company, e.title, e.start, e.end])).toEqual([
      ['浙江青禾鞋业有限公司', '设计助理', '2023-07', 'present'],
    ]);
  });

  it('reads "MD." before a name in capitals as the short given name', () => {
    expect(parse(['EXPERIENCE'], 'MD. KARIM HOSSAIN').name.value).toBe('Md. Karim Hossain');
  });
});

describe('skills read too widely', () => {
  const skills = (lines: string[]) => parse(lines).skills.map((s) => s.id);

  it('leaves a course’s hours off, and keeps a school’s grade, a test’s level and 可用性 in the name', () => {
    const ids = skills(['SKILLS', 'PRL electricidad (20 h)', '高级中学教师资格证（音乐）', '可用性测试、用户访谈', '计算机二级（Python）']);
    expect(ids).not.toContain('text:20h');
    expect(ids).not.toContain('text:中学教师');
    expect(ids).not.toContain('text:性测试');
    expect(ids).not.toContain('text:计算机');
    expect(ids).toContain('usability-testing');
  });

  it('reads "Adobe Creative Suite" before its list as the suite', () => {
    expect(skills(['SKILLS', 'Adobe Creative Suite (Photoshop, Illustrator, InDesign)'])).toContain('adobe-creative-suite');
  });

  it('reads a licence without its standing or state, and "cross-team communication" and "client presentations" as the skills they are', () => {
    for (const licence of ['Full clean driver licence', 'Queensland Driver Licence', 'Open Manual Driver Licence'])
      expect(skills(['SKILLS', licence])).toEqual(['driving-licence']);
    expect(skills(['SKILLS', 'C class driver licence'])).toEqual(['text:cclassdriverlicence']);
    expect(skills(['SUMMARY', 'Strong in budgeting and cross-team communication.'])).toContain('stakeholder-management');
    expect(skills(['SUMMARY', 'Strong in budgeting and cross-team communication.'])).not.toContain('communication');
    expect(skills(['SKILLS', 'Client presentations, pitch decks'])).toContain('presentation');
  });

  it('reads no span of years and no willingness to follow direction', () => {
    expect(skills(['SUMMARY', 'Twelve years in transport and logistics; strong in team leadership.'])).not.toContain('text:twelveyears');
    expect(skills(['SUMMARY', 'Twenty-five years in transport and logistics; strong in team leadership.'])).not.toContain(
      'text:twentyfiveyears',
    );
    expect(skills(['自我评价', '干活踏实，服从安排，安全意识强。'])).not.toContain('text:服从安排');
  });
});

describe('the second round’s titles, employers and schools', () => {
  it('reads a German laboratory title, a role in charge and 拉长 as titles', () => {
    for (const title of ['Lacklaborant', 'Senior Chemielaborantin – Klebstoffe', 'Pharmacist in Charge', 'Engineer-in-charge', '拉长'])
      expect(titleScore(title)).toBe(2);
  });

  it('reads a chain named "… Warehouse" for a trade as the employer before its branch, the role in charge below', () => {
    expect(
      jobs([
        'EXPERIENCE',
        'Chemist Warehouse – Sunshine',
        'Feb 2020 – Present',
        'Pharmacist in Charge: dispensing, S8 register and vaccinations.',
      ]),
    ).toEqual([['Chemist Warehouse', 'Pharmacist in Charge', '2020-02', 'present']]);
  });

  it('reads a vocational school centre and joins a name wrapped after "Region"', () => {
    expect(schools(['EDUCATION', 'Sep 2013 – Jul 2016  Berufsschulzentrum Heilbronn  Baustoffprüfer (IHK)'])).toEqual([
      'Berufsschulzentrum Heilbronn',
    ]);
    expect(schools(['EDUCATION', 'Handwerkskammer Region', 'Heilbronn', 'Meisterprüfung Kfz-Technik', '2015 – 2016'])).toEqual([
      'Handwerkskammer Region Heilbronn',
    ]);
  });

  it('leaves off a Chinese company’s English name and a Japanese company’s city in brackets', () => {
    expect(
      jobs([
        '工作经历',
        '2018.09-至今  碧泉水务技术（上海）有限公司（Clearspring Water Technologies）',
        '调试工程师',
        '负责废水零排放项目调试。',
        '2014.04-2018.08  株式会社ミドリケアサービス（东京）',
        '介護福祉士',
        '负责入浴与排泄照护。',
      ]),
    ).toEqual([
      ['碧泉水务技术（上海）有限公司', '调试工程师', '2018-09', 'present'],
      ['株式会社ミドリケアサービス', '介護福祉士', '2014-04', '2018-08'],
    ]);
  });
});

describe('a government department under a title and its unit', () => {
  it('reads the department on its own line as the employer, the unit as the title’s', () => {
    expect(
      jobs([
        '## Field Experience',
        'Sep 2017 – Present  Biodiversity Ranger – Takahē Recovery',
        'Department of Conservation – Te Tai Poutini/West Coast',
        '- nest monitoring, supplementary feeding and predator trapping.',
      ]),
    ).toEqual([['Department of Conservation', 'Biodiversity Ranger – Takahē Recovery', '2017-09', 'present']]);
  });
});

describe('the third round’s forms', () => {
  it('reads a dated school under "Training" as education', () => {
    expect(
      schools([
        'EMPLOYMENT',
        'Coastline Freight | Mar 2008 – Dec 2017',
        'Road Train Driver: pre-start checks and load restraint.',
        '',
        'TRAINING',
        '2009 – 2010  South Coast TAFE, Mandurah  Certificate III in Driving Operations',
        '',
        'ABOUT ME',
        'Twenty years on heavy vehicles.',
      ]),
    ).toEqual(['South Coast TAFE']);
  });

  it('reads a medic’s and an army driver’s titles, and a hotel after a group’s dash as where', () => {
    expect(titleScore('Medic')).toBe(2);
    expect(titleScore('汽车兵')).toBe(2);
    expect(
      jobs([
        'EXPERIENCE',
        'Marlowe Hotels Group – Marlowe Bay Hotel, Dubai',
        'Mar 2014 – Feb 2018',
        'Front Office Manager: rooms division and guest relations.',
      ]),
    ).toEqual([['Marlowe Hotels Group', 'Front Office Manager', '2014-03', '2018-02']]);
  });

  it('reads an employer’s word before its note in brackets, and leaves a Chinese sales region off a Latin employer', () => {
    expect(companyScore('Orbit Motors (Tata Motors dealership)')).toBe(1);
    expect(jobs(['工作经历', '2016.03-至今  Frostline Transport Refrigeration（华南区）', '售后服务经理', '负责冷藏车机组维保。'])).toEqual(
      [['Frostline Transport Refrigeration', '售后服务经理', '2016-03', 'present']],
    );
  });

  it('turns a Dutch family name in capitals, its particles in lower case', () => {
    expect(parse(['EXPERIENCE'], 'VAN DER HOEVEN, Thijs').name.value).toBe('Thijs van der Hoeven');
    expect(parse(['EXPERIENCE'], 'DE GROOT, Sanne').name.value).toBe('Sanne de Groot');
  });
});

describe('the fourth round’s forms', () => {
  it('reads an internship under 实习经历 written as one dated line as no job, and one written as an entry as a job', () => {
    const note = parse(
      [
        '【工作经历】',
        '2023.07-至今  杭州青禾营养科技有限公司',
        '营养师',
        '负责营养咨询与食谱设计。',
        '',
        '【实习经历】',
        '2022.07-2022.12  杭州市第三医院营养科  实习营养师：协助膳食调查与营养咨询记录。',
      ],
      '林晓雯',
    );
    expect(note.experience.map((e) => e.company)).toEqual(['杭州青禾营养科技有限公司']);
    const entry = parse(['【实习经历】', '2022.07-2022.12', '杭州市第三医院', '实习营养师', '协助膳食调查与营养咨询记录。'], '林晓雯');
    expect(entry.experience.map((e) => [e.company, e.title])).toEqual([['杭州市第三医院', '实习营养师']]);
  });

  it('reads a prosthetist’s and an orthotist’s titles, and a German vocational school', () => {
    for (const title of ['Prosthetist', 'Prosthetist-Orthotist', 'Certified Orthotist']) expect(titleScore(title)).toBe(2);
    expect(schools(['EDUCATION', '2009 – 2012  BBS am Kanal Oldenburg  Ausbildung Kfz-Mechatroniker'])).toEqual(['BBS am Kanal Oldenburg']);
  });
});
