/**
 * The seventeenth round's forms, from the dev halves of three blind batches (o725-o796: job-board and template
 * exports, the food and rural economy, education histories in every form), written again here with invented names:
 * where an agency placed its worker and the site worked at, Taiwan's 仍在職, a teacher's title first, training
 * providers and a year alone on an education line, diplomas in a narrow column, an expected end, skills headings of a
 * kind, Australia's tickets and a seafarer's sea time, and two list-reading slips (等级, a brand before its model).
 */
import { describe, expect, it } from 'vitest';
import { findDateRanges, formatDateRange } from '../../subgraphs/resume/parser/fields/dates.ts';
import { toolPhrases } from '../../subgraphs/resume/parser/fields/tool-phrases.ts';
import { headerKind } from '../../subgraphs/resume/parser/sections.ts';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (lines: string[]) => parseResumeText(['周小燕', 'zhou.xy@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parsed(lines).experience.map((e) => [e.company, e.title, e.start, e.end]);
const schools = (lines: string[]) => parsed(lines).education.map((e) => [e.school, e.start, e.end]);
const skills = (lines: string[]) => parsed(lines).skills.map((s) => s.match);
const ranges = (text: string) => findDateRanges(text).map((r) => formatDateRange(r.start, r.end));

describe('an employer without where its worker was placed or the site worked at', () => {
  it('leaves off a placement and a site in brackets after a Chinese employer', () => {
    expect(jobs(['工作经历', '2018.03-2021.06  华信人力资源有限公司（外派至联想）  测试工程师'])[0]![0]).toBe('华信人力资源有限公司');
    expect(jobs(['工作经历', '2019.07-至今  顺达物流有限公司（驻美的顺德工厂）  仓库主管'])[0]![0]).toBe('顺达物流有限公司');
    expect(jobs(['工作经历', '2016.05-2019.02  立讯精密工业股份有限公司（昆山园区）  线长'])[0]![0]).toBe('立讯精密工业股份有限公司');
    expect(jobs(['工作经历', '2020.01-至今  京东物流（武汉亚洲一号仓）  分拣组长'])[0]![0]).toBe('京东物流');
    expect(jobs(['工作经历', '2015.03-2020.12  新希望六和股份有限公司（第二分场）  场长'])[0]![0]).toBe('新希望六和股份有限公司');
  });

  it('leaves off a unit, a branch and a client too, as the later batches do', () => {
    expect(jobs(['工作经历', '2017.04-2020.08  中铁十局集团有限公司（济青高铁项目部）  施工员'])[0]![0]).toBe('中铁十局集团有限公司');
    expect(jobs(['工作经历', '2016.07-至今  国网山东省电力公司济南供电公司（变电检修中心）  检修班长'])[0]![0]).toBe(
      '国网山东省电力公司济南供电公司',
    );
    expect(jobs(['Experience', 'Downer (client: Rio Tinto) | Mar 2014 – Jun 2019', 'Electrician: shutdown work.'])[0]![0]).toBe('Downer');
  });
});

describe('dates and titles of job boards', () => {
  it('reads 仍在職, 仍在职 and 在职中 as now', () => {
    expect(ranges('2020/03～仍在職')).toEqual(['2020-03/present']);
    expect(ranges('2021.05-仍在职')).toEqual(['2021-05/present']);
    expect(ranges('2019年3月 - 在职中')).toEqual(['2019-03/present']);
  });

  it('reads an end not yet reached', () => {
    expect(ranges('Sep 2025 – expected Jun 2026')).toEqual(['2025-09/2026-06']);
    expect(ranges('2022.09-预计2026.06')).toEqual(['2022-09/2026-06']);
  });

  it('reads a teacher written first as the title, the school or shop on the next line', () => {
    expect(
      jobs(['工作经历', '2014年7月 - 2017年7月  小学语文老师', '启航教育（洛阳分校）', '负责三至五年级语文教学。'])[0]!.slice(0, 2),
    ).toEqual(['启航教育', '小学语文老师']);
  });

  it('reads a vintage cellar hand as a title', () => {
    expect(
      jobs([
        'Experience',
        'Feb 2019 – May 2019  Felton Road Wines, Bannockburn, New Zealand',
        'Vintage Cellar Hand',
        'Pump-overs and barrel work.',
      ])[0]![1],
    ).toBe('Vintage Cellar Hand');
  });
});

describe('where its writer trained, as the labelled set notes it', () => {
  it('reads a bootcamp or a training school on a dated education line as the school, its branch left off', () => {
    expect(
      schools([
        'Education',
        'Mar 2021 – Jun 2021  Le Wagon  Web Development Bootcamp (9 weeks)',
        '2012 – 2016  Ohio University  B.A. History',
      ]),
    ).toEqual([
      ['Le Wagon', '2021-03', '2021-06'],
      ['Ohio University', '2012', '2016'],
    ]);
    expect(
      schools([
        '教育背景',
        '2018.03-2018.07  传智教育（长沙中心）  前端开发就业班',
        '2013.09-2016.06  长沙民政职业技术学院  软件技术 大专',
      ]),
    ).toEqual([
      ['传智教育', '2018-03', '2018-07'],
      ['长沙民政职业技术学院', '2013-09', '2016-06'],
    ]);
  });

  it('dates a line that a year alone leads, as that year', () => {
    expect(
      schools([
        'Education',
        'Sep 2014 – Jun 2015  Universal Technical Institute  Diesel Technology Diploma',
        'Graduated 2012  Westland High School  High School Diploma',
      ]),
    ).toEqual([
      ['Universal Technical Institute', '2014-09', '2015-06'],
      ['Westland High School', '2012', '2012'],
    ]);
  });

  it('names no school for a learning platform, a camp or an army’s basic training', () => {
    expect(schools(['Education', 'Jan 2020 – Mar 2020  Coursera  Machine Learning course'])).toEqual([]);
    expect(schools(['教育背景', '2021.07-2021.08  字节跳动青训营  后端开发课程'])).toEqual([]);
    expect(schools(['Education', 'Jun 2010 – Aug 2010  U.S. Army  Basic Combat Training, Fort Benning'])).toEqual([]);
  });

  it('takes the school above a diploma or a certificate in a narrow column', () => {
    expect(
      schools([
        'EDUCATION',
        'Massey University',
        'Diploma in Agribusiness',
        '2009 – 2011',
        'Primary ITO',
        'NZ Certificate in Agriculture',
        '2014 – 2015',
      ]),
    ).toEqual([
      ['Massey University', '2009', '2011'],
      ['Primary ITO', '2014', '2015'],
    ]);
  });
});

describe('skills headings and records', () => {
  it('reads skills of a kind as the skills section', () => {
    for (const heading of ['TECH SKILLS', 'Soft Skills', '专长技能', '职业技能', '技能标签', 'Skills & Tickets'])
      expect(headerKind(heading)).toBe('skills');
  });

  it("reads a trade's 专长 or 特长 as skills, a hobby's not, and 牌照 (licences) with skills as the skills section", () => {
    for (const heading of ['专业特长', '技术专长', '业务专长', '技能及牌照']) expect(headerKind(heading)).toBe('skills');
    expect(headerKind('牌照')).toBe('certifications');
    expect(headerKind('兴趣特长')).not.toBe('skills');
    const found = skills(['教育背景', '2001.09-2005.07  某林业大学  森林保护 本科', '专业特长', '古树复壮、树木健康诊断、病虫害防治']);
    expect(found).toEqual(expect.arrayContaining(['古树复壮', '树木健康诊断']));
  });

  it('reads tickets and licences as certificates, and sea time as a record whose waters are no skills', () => {
    expect(headerKind('Licences & Tickets')).toBe('certifications');
    const found = skills(['SEA TIME', '410 days at sea on trawl and longline vessels, Tasman Sea', '', 'SKILLS', 'Excel, ArcGIS']);
    expect(found).toEqual(expect.arrayContaining(['Excel', 'ArcGIS']));
    expect(found.join(' ')).not.toMatch(/Tasman|trawl/u);
  });

  it('keeps a list line ending on a capitalised name apart from the next, which opens on a skill', () => {
    expect(
      skills(['SKILLS', 'R, Excel, ArcGIS, sea survival, Elements of Shipboard Safety, Senior First Aid', 'Teamwork, report writing']),
    ).toEqual(expect.arrayContaining(['Senior First Aid', 'Teamwork']));
  });

  it('reads 等级 as a word, not as "and so on"', () => {
    const found = skills(['证书', '2019.06  全国计算机等级考试二级']);
    expect(found).toContain('全国计算机等级考试');
    expect(found).not.toContain('级考试');
  });

  it('reads a machine’s Chinese brand whole before its model', () => {
    expect(toolPhrases('操作大疆 T40 和极飞 P100 植保无人机').map((s) => s.name)).toEqual(expect.arrayContaining(['极飞 P100']));
    // The characters before a code may be the verb of using, not a brand.
    expect(toolPhrases('使用 ZB4 和 Octane 完成渲染').map((s) => s.name)).not.toContain('使用 ZB4');
  });

  it('reads the task a tool is used for though the taxonomy knows a skill inside it (对账)', () => {
    expect(toolPhrases('使用琛瑶系统与 Excel 做台账对账').map((s) => s.name)).toContain('台账对账');
  });
});

describe('names from the uniformed services batch (o821-o844)', () => {
  const name = (top: string) =>
    parseResumeText(`${top}\n+91 98110 47256  |  someone@example.com  |  Pune\n\nExperience\n2019 – 2021  Acme Ltd  Manager`).name?.value;

  it("leaves off an officer's rank and retirement", () => {
    expect(name('Lt Col Arjun Mehta (Retd)')).toBe('Arjun Mehta');
    expect(name('Wg Cdr Ravi Menon, Retd.')).toBe('Ravi Menon');
    expect(name('Major Tom Hughes')).toBe('Tom Hughes');
  });

  it('keeps a Chinese name with its romanised Korean form, the hyphen of the given name too', () => {
    expect(name('金敏浩 Kim Min-ho')).toBe('金敏浩 Kim Min-ho');
  });
});

describe('an energy worker’s site and rotation (o797-o820)', () => {
  it('leaves off a plant after a dash and a rotation in brackets', () => {
    expect(
      jobs(['Experience', 'Beach Energy – Moomba Gas Plant (FIFO 2/1) | Mar 2016 – Present', 'Instrument Technician: loop checks.'])[0]![0],
    ).toBe('Beach Energy');
    expect(jobs(['工作经历', '2018.03-至今  中海油田服务股份有限公司（28/28轮休）  钻井监督'])[0]![0]).toBe('中海油田服务股份有限公司');
  });

  // Re-decided in the thirty-sixth round: a Latin group's business after a dash is where, as every dev label that
  // writes one leaves it off (o1393, o2028, o7256, o8192, o10971).
  it('leaves off a group’s business after a dash', () => {
    expect(jobs(['Experience', 'Alibaba Group – Alibaba Cloud Intelligence | 2019 – 2021', 'Engineer: storage.'])[0]![0]).toBe(
      'Alibaba Group',
    );
  });
});
