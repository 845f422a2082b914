/**
 * The name, school, phone and skill forms of resumes from outside China and outside the generator (issue 13 point
 * 3), each on a small resume written here: the labelled set (tests/fixtures/resumes) scores them, these pin them.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const resume = (top: string, school = 'Sep 2012 – Jun 2016  University of Leeds  BSc Physics') =>
  parseResumeText(
    [
      top,
      '+44 7400 123456  |  someone@example.com',
      '',
      'Experience',
      'Mar 2019 – Present  Acme Analytics Ltd',
      'Data Engineer',
      'pipelines in Spark and Airflow.',
      '',
      'Education',
      school,
    ].join('\n'),
  );

describe('names', () => {
  it.each([
    ['Robert J. Fischer', 'Robert J. Fischer'],
    ['MÜLLER, Jonas', 'Jonas Müller'],
    ["O'NEILL, Sean P.", "Sean P. O'Neill"],
    ['PARK, Ji-woo', 'Ji-woo Park'],
    ['姓名：欧阳娜娜    年龄：28岁', '欧阳娜娜'],
    ['姓    名：王  芳', '王芳'],
    ['个人简历\n姓名\n司马相如', '司马相如'],
    ['张  伟', '张伟'],
    ['Dr. Jane Doe', 'Jane Doe'],
    ['JOHN A. SMITH', 'John A. Smith'],
    ['Alex Kim (they/them)', 'Alex Kim'],
    ['Daan van der Berg', 'Daan van der Berg'],
    ['María de los Ángeles Ruiz', 'María de los Ángeles Ruiz'],
    ['PARK Ji-hoon (박지훈)', 'Park Ji-hoon'],
    ["Sean O'BRIEN", "Sean O'Brien"],
    ['Vivian 梁慧敏', 'Vivian 梁慧敏'],
    ['Nurul Aisyah binte Rahman', 'Nurul Aisyah binte Rahman'],
    ['Rajesh Kumar a/l Muniandy', 'Rajesh Kumar a/l Muniandy'],
    ['Siti Nurhaliza binti Tarudin  |  Kuala Lumpur', 'Siti Nurhaliza binti Tarudin'],
  ])('%s is %s', (top, name) => {
    expect(resume(top).name.value).toBe(name);
  });

  it('takes no heading for a name, nor the country after a city', () => {
    expect(resume('个人简历').name.value).toBeNull();
    expect(resume('Seoul, South Korea').name.value).toBeNull();
    expect(resume('Skills 技能').name.value).toBeNull();
  });
});

describe('schools', () => {
  it.each([
    'Hochschule für Angewandte Wissenschaften Hamburg',
    'Ludwig-Maximilians-Universität München',
    'École Polytechnique',
    'Politecnico di Milano',
    'Università Bocconi',
    'Universidad de Buenos Aires',
    'MIT',
    'ETH Zürich',
    'DHBW Stuttgart',
    'PolyU',
    'Santa Monica College',
    'University of Tokyo',
    'Keio University',
    '深圳职业技术学院',
    '哈尔滨工业大学（威海）',
    'Universiti Malaya',
    'Stanford',
    'IIT Bombay',
    'UC Berkeley',
    '清华',
    'Politechnika Warszawska',
    'Akademia Górniczo-Hutnicza',
    'Hogeschool van Amsterdam',
    'Institut Teknologi Bandung',
    'TAFE NSW',
    'Cape Peninsula Technikon',
    'Royal Conservatory of Music',
  ])('%s', (school) => {
    expect(resume('Anna Schmidt', `Sep 2012 – Jun 2016  ${school}  BSc Physics`).education.map((e) => e.school)).toEqual([school]);
  });

  it('takes an employer named like a school for none', () => {
    expect(resume('Anna Schmidt', 'Sep 2012 – Jun 2016  清华同方  工程师').education).toEqual([]);
  });

  it('finds a school whose degree wraps over two lines of a narrow column', () => {
    const parsed = resume('Anna Schmidt', 'Technische Universität Berlin\nExchange semester, Electrical\nEngineering\nSep 2012 – Feb 2013');
    expect(parsed.education).toEqual([
      expect.objectContaining({ school: 'Technische Universität Berlin', start: '2012-09', end: '2013-02' }),
    ]);
  });

  it('reads each entry of a narrow column that closes it with its dates from the lines above them', () => {
    const column = [
      'Nanyang Technological',
      'University',
      'BSc (Computer Science),',
      'AI track - GPA',
      '4.1/5.0',
      'Aug 2021 - May 2025',
      'Ngee Ann Polytechnic',
      'Diploma in Information Technology,',
      'Merit',
      '2017 - 2020',
    ].join('\n\n');
    expect(resume('Anna Schmidt', column).education).toEqual([
      expect.objectContaining({ school: 'Nanyang Technological University', start: '2021-08', end: '2025-05' }),
      expect.objectContaining({ school: 'Ngee Ann Polytechnic', start: '2017', end: '2020' }),
    ]);
  });

  it('keeps a school named in both scripts side by side as one school with both names', () => {
    expect(resume('Anna Schmidt', '2012.09-2016.06  浙江大学 Zhejiang University  BEng').education.map((e) => e.school)).toEqual([
      '浙江大学 Zhejiang University',
    ]);
  });
});

describe('phones', () => {
  it('keeps a country code written apart, and reads a bare 1xx mobile as mainland', () => {
    const parsed = parseResumeText('Robert Fischer\nPhone: +1 312 555 0147\n手机：13812345678\n');
    expect(parsed.phones.map((p) => p.value)).toEqual(['+13125550147', '+8613812345678']);
  });
  it.each([
    ['Singapore', 'Tan Wei Ling\n9123 4567 | weiling.tan@example.com | Singapore', '+6591234567'],
    ['a Malaysian city', 'Nur Aisyah\n012-345 6789 | aisyah@example.com\nPetaling Jaya, Selangor', '+60123456789'],
    ['an Australian city', 'Chloe Nguyen\n0412 345 678\nSydney NSW', '+61412345678'],
    ['the UAE', 'Rania Haddad\nMobile: 050 123 4567 | Dubai, UAE', '+971501234567'],
    ['a Philippine city', 'Maria Santos\n0917 123 4567 | Makati City', '+639171234567'],
    ['an e-mail domain', 'Arjun Mehta\n98765 43210 | arjun@example.co.in', '+919876543210'],
    ['a Chinese place name', '陈美玲\n电话：012-345 6789\n现居：马来西亚吉隆坡', '+60123456789'],
  ])('reads a local number as the place the details name: %s', (_, top, phone) => {
    expect(parseResumeText(`${top}\n\nExperience\nMar 2019 – Present  Acme Ltd\nClerk`).phones.map((p) => p.value)).toEqual([phone]);
  });

  it('keeps an American number American and a mainland mobile mainland, whatever place the details name', () => {
    const parsed = parseResumeText('Alex Morgan\n(312) 555-0147 | Chicago, IL\n138 1234 5678 | formerly Singapore');
    expect(parsed.phones.map((p) => p.value)).toEqual(['+13125550147', '+8613812345678']);
  });
});

describe('skills: what the resume states', () => {
  it('reads the skills section and the descriptions, not the title, the position sought or the major', () => {
    const ids = resume('Anna Schmidt', 'Sep 2012 – Jun 2016  University of Leeds  MSc Statistics').skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['spark']));
    expect(ids).not.toContain('data-engineering');
    expect(ids).not.toContain('statistics');
    const zh = parseResumeText(
      [
        '郑一鸣',
        '求职意向',
        '期望职位：UI设计师',
        '',
        '工作经历',
        '2020.3-至今  美团',
        'UI设计师',
        '负责运营活动视觉，使用 Figma 出图。',
      ].join('\n'),
    );
    // 运营活动视觉 is the one task the description names; the title, the post sought and the major name none.
    expect(zh.skills.map((s) => s.id)).toEqual(['figma', 'text:运营活动视觉']);
  });
});

describe('titles', () => {
  const titlesOf = (lines: string[]) =>
    parseResumeText(['Jane Doe', 'jane@example.com', '', 'Experience', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);

  it('keeps the function or practice after a rank and a comma in the title, never an employer', () => {
    expect(titlesOf(['Sep 2019 – Present  Clifford Chance LLP', 'Senior Associate, Corporate M&A'])).toEqual([
      ['Clifford Chance LLP', 'Senior Associate, Corporate M&A'],
    ]);
    expect(titlesOf(['Aug 2015 – Sep 2020  PwC Singapore', 'Senior Associate, Assurance'])).toEqual([
      ['PwC Singapore', 'Senior Associate, Assurance'],
    ]);
    expect(titlesOf(['Aug 2015 – Sep 2020', 'Software Engineer, Initech Ltd'])).toEqual([['Initech Ltd', 'Software Engineer']]);
  });

  it('keeps a role acronym with the Chinese title it qualifies, an employer acronym apart', () => {
    expect(titlesOf(['2019.3-2021.6  宁波拓普集团股份有限公司', 'QC 检验员'])).toEqual([['宁波拓普集团股份有限公司', 'QC 检验员']]);
    expect(titlesOf(['2019.3-2021.6  IBM 软件工程师'])).toEqual([['IBM', '软件工程师']]);
  });

  it('keeps an employer named in both scripts whole, a title word inside a name or a letter beyond ASCII too', () => {
    expect(titlesOf(['KPMG 毕马威会计师事务所 | 2020年10月 - 现在', 'Audit Senior 高级审计员'])).toEqual([
      ['KPMG 毕马威会计师事务所', 'Audit Senior 高级审计员'],
    ]);
    expect(titlesOf(["2025.08-至今  欧莱雅（中国）有限公司 L'Oréal China", '品牌经理'])).toEqual([
      ["欧莱雅（中国）有限公司 L'Oréal China", '品牌经理'],
    ]);
  });

  it('reads a role no title word marks when it is written in capitals before its description', () => {
    expect(titlesOf(['Bloom & Co. | Jun 2021 – Present', 'Senior Florist: Make 40-60 bouquets and arrangements a day.'])).toEqual([
      ['Bloom & Co.', 'Senior Florist'],
    ]);
    expect(titlesOf(['Canadian Tire | May 2019 - Sep 2021', 'Shipper / Receiver (Temp): received inbound shipments'])).toEqual([
      ['Canadian Tire', 'Shipper / Receiver (Temp)'],
    ]);
    expect(
      titlesOf(['Acme Analytics | May 2019 - Sep 2021', 'Data Engineer', 'Key Achievements: cut the nightly load from 6 h to 40 min']),
    ).toEqual([['Acme Analytics', 'Data Engineer']]);
  });

  it('takes no entry from a range in the middle of a description sentence', () => {
    const lines = [
      '2014年5月—至今',
      '云南某某建设有限公司',
      '档案管理员',
      '负责公司工程档案和文书档案管理，共 2 万多卷，指导项目部组卷；主持 2021-2023 年档案数字化扫描项目（外包团队 12 人），制定著录规则。',
    ];
    expect(titlesOf(lines)).toEqual([['云南某某建设有限公司', '档案管理员']]);
  });

  it('reads the titles of trades and media beside the office ones', () => {
    expect(titlesOf(['Mediacorp | May 2020 – Present', 'Video Producer: short-form videos for CNA Insider.'])).toEqual([
      ['Mediacorp', 'Video Producer'],
    ]);
  });
});
