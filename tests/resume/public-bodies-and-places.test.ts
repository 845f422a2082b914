/**
 * Forms the twenty-second round's blind batches brought (water and environmental engineering, social work and elderly
 * care, cross-border e-commerce, translation, civil design and surveying, medical technologists), read from their dev
 * halves, and the school's place after a comma the labelled set leaves off: a named school's city or campus, kept
 * only after a generic name or a state university system's name; a public body (司法局, 街道办事处) as an employer and
 * 工作者 or 专干 as a title; a subdistrict, a care home, a hotline or a numbered institute in brackets after a Chinese
 * employer, a service or a team after a Latin one; a German university of applied sciences by its letters; a school's
 * name a PDF wrapped before "Education at …"; a subtitler's title. Invented people, places and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { key } from './labelled-set.ts';
import { parsedSchools } from './schools-worldwide.ts';

const schools = (section: string) => parsedSchools({ section, schools: [] }).map(key);
const jobs = (...lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);
const zhJobs = (...lines: string[]) =>
  parseResumeText(['张伟', '电话：13800138000', '', '【工作经历】', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

describe("a school's place after a comma", () => {
  it("leaves a named school's city or campus off, in its cell too", () => {
    expect(schools('Education\n2012 – 2015  Zorbington College, Quibtown  BTEC Level 3 Diploma')).toEqual([key('Zorbington College')]);
    expect(schools('Education\nUniversity of Zorbland, Quibtown\nBSc Nursing\n2010 – 2014')).toEqual([key('University of Zorbland')]);
  });

  it('keeps the place after a name of generic words, one of many so called', () => {
    expect(schools('Education\n2008 – 2010  Industrial Training Institute, Zorbpur  ITI Electrician')).toEqual([
      key('Industrial Training Institute, Zorbpur'),
    ]);
    expect(schools('Education\n2009 – 2013  National Institute of Technology, Quibpur  B.Tech Civil')).toEqual([
      key('National Institute of Technology, Quibpur'),
    ]);
  });

  it("keeps the campus of a state university system's name", () => {
    expect(schools('Education\n2014 – 2018  University of California, Zorb Valley  B.S. Biology')).toEqual([
      key('University of California, Zorb Valley'),
    ]);
  });
});

describe('a public body and its people', () => {
  it('reads 司法局 and 街道办事处 as employers, 工作者 and 专干 as titles', () => {
    expect(
      zhJobs(
        '2015.03-至今  社区矫正社会工作者',
        '璆琅市渝北区司法局（璆琅司法所）',
        '- 承担社区矫正对象的入矫评估。',
        '',
        '2009.07-2015.02  综治专干',
        '璆琅市渝北区朝天门街道办事处',
        '- 负责矛盾纠纷调解。',
      ),
    ).toEqual([
      ['璆琅市渝北区司法局', '社区矫正社会工作者'],
      ['璆琅市渝北区朝天门街道办事处', '综治专干'],
    ]);
  });
});

describe('where the person worked, in brackets after the employer', () => {
  it('leaves off a subdistrict, a care home, a hotline and a numbered institute after a Chinese employer', () => {
    const employerOf = (employer: string) => zhJobs(`2018.03-2021.06  ${employer}  社工`, '负责个案管理。')[0]![0];
    expect(employerOf('璆琅社会工作服务中心（华山街道）')).toBe('璆琅社会工作服务中心');
    expect(employerOf('璆琅城集团（浦东养护院）')).toBe('璆琅城集团');
    expect(employerOf('璆琅市精神卫生中心（璆琅市心理援助热线）')).toBe('璆琅市精神卫生中心');
    expect(employerOf('璆琅勘测设计院集团有限公司（桥梁二院）')).toBe('璆琅勘测设计院集团有限公司');
  });

  it('leaves off a service or a team after a Latin employer', () => {
    expect(jobs('Zorbshire County Council (Children and Families Service)', 'Mar 2019 – Present', 'Social Worker')[0]![0]).toBe(
      'Zorbshire County Council',
    );
  });
});

describe('schools and titles of this round', () => {
  it('reads a German university of applied sciences by its letters', () => {
    expect(schools('Education\n2012 – 2015\nHAW Zorbstadt\nB.A. Marketing')).toEqual([key('HAW Zorbstadt')]);
  });

  it('joins a name a PDF wrapped before "Education at" its host', () => {
    expect(schools('Education\nThe Zorbener Institute of\n\nEducation at ZHN\n\nAdvanced Diploma, MRI\n\n2016 – 2017')).toEqual([
      key('The Zorbener Institute of Education at ZHN'),
    ]);
  });

  it("reads a subtitler's title before its description", () => {
    expect(jobs('**Zorb Media** | Sep 2016 – Jan 2020', 'Subtitler: subtitle translation and burn-in checks.')).toEqual([
      ['Zorb Media', 'Subtitler'],
    ]);
  });
});

describe('a heading in traditional characters', () => {
  it('reads "技能及資格" after the schools as the skills section of a resume in traditional characters', () => {
    const parsed = parseResumeText(
      [
        '黃嘉欣',
        '電話：+852 6123 8849',
        '',
        '學歷',
        '2012年9月 – 2016年7月',
        '香港璆琅大學',
        '社會工作學士',
        '',
        '技能及資格',
        '個案輔導、小組工作、Microsoft Office',
      ].join('\n'),
    );
    expect(parsed.skills.map((s) => s.id)).toContain('office-software');
  });
});

describe('a licence line', () => {
  const skillsOf = (line: string) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', 'Certifications', line].join('\n')).skills.map((s) => s.name);

  it('reads the state or city a licence was issued in as no skill', () => {
    const names = skillsOf('Registered Professional Land Surveyor (RPLS), Texas; Licensed Zorbwork Assessor, Quibtown Falls');
    expect(names).not.toContain('Texas');
  });

  it('reads a pair an issuer or a qualifier opens as the pair', () => {
    expect(skillsOf('NIOSH Zorbsite Safety Supervisor (ZSS)')).toEqual(expect.arrayContaining(['ZSS', 'Zorbsite Safety Supervisor']));
    expect(skillsOf('NIOSH Zorbsite Safety Supervisor (ZSS)').some((name) => /\d/u.test(name))).toBe(false);
  });
});

describe('the third round of this session (quality, shipbuilding, beauty, labs, archives, payments)', () => {
  it('leaves a city off a name in two scripts, and reads QE as a title', () => {
    expect(
      zhJobs(
        '2018.09-至今  璆琅 Zorbex（珠海）',
        'Supplier Quality Engineer',
        '- 负责供应商审核。',
        '',
        '2014.07-2018.08  Quibbit 奎比（广州）',
        'QE',
        '- 负责 PFMEA 评审。',
      ),
    ).toEqual([
      ['璆琅 Zorbex', 'Supplier Quality Engineer'],
      ['Quibbit 奎比', 'QE'],
    ]);
  });

  it("leaves off an archive or a library in brackets, and reads an archivist's title over the unit after a dash", () => {
    expect(
      jobs(
        '**University of Zorbton – Archives & Special Collections** | Apr 2020 – Present',
        'Archivist: cataloguing business records in CALM.',
        '',
        '**Zorbton City Council (Zorbton City Archives)** | Sep 2016 – Mar 2020',
        'Assistant Archivist: accessioning and box listing.',
      ),
    ).toEqual([
      ['University of Zorbton', 'Archivist'],
      ['Zorbton City Council', 'Assistant Archivist'],
    ]);
  });
});

describe('what is no skill on a resume', () => {
  it('reads a language certificate in brackets, a signed declaration and 个人评价 as no skills of their own', () => {
    const parsed = parseResumeText(
      [
        '张伟',
        '电话：13800138000',
        '',
        '专业技能',
        '英语流利（CET-6），熟悉高压岸电调试',
        '',
        '个人评价',
        '十年护理经验，沟通能力强。',
        '',
        'Declaration',
        'I hereby declare that the above information is true to the best of my knowledge.',
      ].join('\n'),
    );
    const names = parsed.skills.map((s) => s.name);
    expect(names).not.toContain('CET-6');
    expect(names).not.toContain('个人评价');
    expect(names.some((name) => /declar/iu.test(name))).toBe(false);
  });
});

describe('the fourth round of this session (autonomous driving, public affairs, hospital records, events, customs, audit)', () => {
  it('leaves off a business unit, an institute or a bureau in brackets after a Chinese employer', () => {
    const employerOf = (employer: string) => zhJobs(`2018.03-2021.06  ${employer}  工程师`, '负责感知算法。')[0]![0];
    expect(employerOf('璆琅技术有限公司（智能汽车解决方案BU）')).toBe('璆琅技术有限公司');
    expect(employerOf('璆琅汽车集团有限公司（研发总院 智能网联开发院）')).toBe('璆琅汽车集团有限公司');
    expect(employerOf('璆琅工业园区管理委员会（投资促进局）')).toBe('璆琅工业园区管理委员会');
  });

  it("reads an Indian articleship as jobs, a member firm's note off the employer", () => {
    expect(
      parseResumeText(
        [
          'Dana Holt',
          'dana@example.com',
          '',
          'ARTICLESHIP',
          'Z Q B & CO LLP (Zorbex member firm), Quibpur | Jan 2024 – Present',
          'Articled Assistant: statutory audit of listed clients.',
        ].join('\n'),
      ).experience.map((e) => [e.company, e.title]),
    ).toEqual([['Z Q B & CO LLP', 'Articled Assistant']]);
  });

  it('keeps a legal form written with dots after a comma', () => {
    expect(jobs('Zorbell and Quist, L.L.P.', 'Jan 2019 – Present', 'Risk Advisory Senior Associate')[0]![0]).toBe(
      'Zorbell and Quist, L.L.P.',
    );
  });
});

describe('items no reader should note', () => {
  const skillsOf = (...lines: string[]) =>
    parseResumeText(['Dana Holt', 'dana@example.com', '', ...lines].join('\n')).skills.map((s) => s.name);

  it("reads a month left by a date, a region of the world and a state's letters apart", () => {
    expect(skillsOf('Certifications', 'CA Intermediate (ICAI) – both groups cleared, May 2023')).not.toContain('May');
    expect(skillsOf('Experience', 'Zorb Expo | 2019 – 2023', 'Sales Manager: booth sales across India and South-East Asia.')).not.toContain(
      'South-East Asia',
    );
    expect(skillsOf('Skills', 'Markdown, Zorbscript, SD, Apricot')).toEqual(expect.arrayContaining(['Markdown', 'SD', 'Apricot']));
  });

  it('keeps a product named by its number', () => {
    expect(skillsOf('Skills', 'Zorbnet, Microsoft 365, audio typing')).toContain('Microsoft Office');
  });
});

describe('the fifth round of this session (vets, HVAC, research, procurement, coaching, music)', () => {
  it('reads a helper and a lifeguard as titles, their employers on the next line', () => {
    expect(
      jobs(
        'Jun 2017 – Aug 2021  Pool Lifeguard',
        'City of Zorbton Parks and Recreation',
        'Pool surveillance and rescues.',
        '',
        'Jun 2012 – Feb 2016  Refrigeration Helper',
        'Zorbland Refrigeration Services',
        'ice machine repair.',
      ),
    ).toEqual([
      ['City of Zorbton Parks and Recreation', 'Pool Lifeguard'],
      ['Zorbland Refrigeration Services', 'Refrigeration Helper'],
    ]);
  });

  it("reads no employer in three lower-case words a joining word parts, and a 'Credits & Experience' heading as jobs", () => {
    expect(
      jobs(
        'Zorb Music Partnership',
        'Sep 2018 – Present',
        'Peripatetic Piano Teacher: one-to-one and small-group',
        '',
        'instrumental tuition in 14 schools.',
      )[0],
    ).toEqual(['Zorb Music Partnership', 'Peripatetic Piano Teacher']);
    const parsed = parseResumeText(
      [
        'Dana Holt',
        'dana@example.com',
        '',
        '## Credits & Experience',
        '**Zorbworks** | Mar 2020 – Present',
        'Composer and Music Producer: scoring for indie games.',
      ].join('\n'),
    );
    expect(parsed.experience.map((e) => [e.company, e.title])).toEqual([['Zorbworks', 'Composer and Music Producer']]);
  });

  it("leaves off a university's college in brackets", () => {
    expect(schools('教育背景\n2010.09-2014.06  璆琅大学（国际文化交流学院）  汉语言文学  本科')).toEqual([key('璆琅大学')]);
  });
});

describe('a brand after a full legal name', () => {
  it('leaves it off, in Chinese or in letters, and keeps a country', () => {
    const employerOf = (employer: string) => zhJobs(`2018.03-2021.06  ${employer}  运营专员`, '负责商户运营。')[0]![0];
    expect(employerOf('北京璆琅在线科技有限公司（快送）')).toBe('北京璆琅在线科技有限公司');
    expect(employerOf('璆琅市场研究股份有限公司（QMR）')).toBe('璆琅市场研究股份有限公司');
    expect(employerOf('璆琅（中国）有限公司')).toBe('璆琅（中国）有限公司');
  });
});

describe('what a coach taught', () => {
  it('reads the items after 教授 as what was taught', () => {
    const parsed = parseResumeText(
      [
        '张伟',
        '电话：13800138000',
        '',
        '## 工作经历',
        '**璆琅体育俱乐部** | 2019.03-至今',
        '足球教练',
        '- 负责U13梯队训练，设计季度训练计划，教授传球、控球、射门及区域防守。',
      ].join('\n'),
    );
    expect(parsed.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['传球']));
  });
});

describe('the sixth round of this session (workshops, newsrooms, renewables, testing, nutrition, data centres)', () => {
  it('reads a correspondent, a stringer, a tester and 机修工 as titles', () => {
    expect(
      jobs(
        'Zorb News – Quibtown Bureau | Feb 2019 – Present',
        'Correspondent: covers elections.',
        '',
        'Freelance | Jun 2012 – Dec 2013',
        'Stringer: filed for Zorb Radio.',
      ),
    ).toEqual([
      ['Zorb News', 'Correspondent'],
      ['Freelance', 'Stringer'],
    ]);
    expect(zhJobs('2008.07-2012.06  机修工', '璆琅市汽车修理三厂', '- 负责发动机大修。')).toEqual([['璆琅市汽车修理三厂', '机修工']]);
  });

  it('leaves off a data-centre campus in brackets after a Chinese employer', () => {
    expect(zhJobs('2018.03-2021.06  璆琅科技发展有限公司（廊坊国际信息港）  运维工程师', '负责机房巡检。')[0]![0]).toBe(
      '璆琅科技发展有限公司',
    );
  });
});

describe('the seventh round of this session (FMCG, bank operations, mobile, travel, construction sites, pharmacy)', () => {
  it("leaves off a city and its country, a store's number and a brand's group", () => {
    expect(jobs('Zorbex Contracting (Doha, Qatar) | 2016 – 2019', 'Project Engineer')[0]![0]).toBe('Zorbex Contracting');
    expect(jobs('Zorbix Super Markets #1142 | 2016 – 2019', 'Pharmacist')[0]![0]).toBe('Zorbix Super Markets');
    expect(zhJobs('2018.03-2021.06  璆琅旅行（璆琅巴巴集团）  运营专员', '负责商家运营。')[0]![0]).toBe('璆琅旅行');
  });
});
