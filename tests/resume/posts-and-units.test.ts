/**
 * Forms the twentieth round's blind batches brought (front-office finance, mining and chemicals, trade and sourcing,
 * design, research careers, environment and safety; then selling to businesses, security, trades, allied health,
 * games and food), read from their dev halves: an academic CV's posts, a university
 * or a name with lower-case particles as an employer, a role no title word marks under an employer and its town, a
 * Chinese employer's school, mine, regional company, district, campus, studio group or own business in brackets, a
 * title's unit of several functions, school names wrapped after an adjective or a dash, and skills sections and items
 * written the ways these careers write them. Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { skillTaxonomy } from '../../taxonomy/taxonomy.ts';

const parse = (lines: string[]) => parseResumeText(['Dana Holt', 'dana.holt@example.com', '', ...lines].join('\n'));
const jobs = (lines: string[]) => parse(lines).experience.map((e) => [e.company, e.title]);
const employers = (lines: string[]) => jobs(lines).map(([company]) => company);
const schools = (lines: string[]) => parse(lines).education.map((e) => e.school);
const skills = (lines: string[]) => parse(lines).skills.map((s) => s.match);

describe("an academic CV's posts", () => {
  it('reads the jobs under "Academic Appointments", not as schools of the education above', () => {
    const resume = parse([
      'EDUCATION',
      'Aug 2010 – Aug 2015  Northfield State University  Ph.D. Chemistry',
      '',
      'ACADEMIC APPOINTMENTS',
      'Lakeshore University, Department of Chemistry | Aug 2019 – Present',
      'Assistant Professor: run a group of five PhD students on porous polymers.',
      '',
      'Riverside Institute of Technology, Department of Chemistry | Sep 2015 – Jul 2019',
      'Postdoctoral Associate: polymer synthesis and gas sorption.',
    ]);
    expect(resume.experience.map((e) => [e.company, e.title])).toEqual([
      ['Lakeshore University', 'Assistant Professor'],
      ['Riverside Institute of Technology', 'Postdoctoral Associate'],
    ]);
    expect(resume.education.map((e) => e.school)).toEqual(['Northfield State University']);
  });

  it('reads a university with its institute, a name with lower-case particles and a post at a school with its centre as employers', () => {
    expect(
      employers([
        'PROFESSIONAL EXPERIENCE',
        'Apr 2020 – Present  Wissenschaftlicher Mitarbeiter (Research Associate)',
        'Technische Universität Nordstadt, Institut für Werkstoffkunde im Maschinenbau (IWM)',
        'doctoral researcher on laser powder bed fusion: parameter studies and metallography.',
      ]),
    ).toEqual(['Technische Universität Nordstadt']);
    expect(
      employers([
        'Experience',
        '',
        'Haus von Brandt, Berlin',
        '',
        'Apr 2020 – Present',
        '',
        'Art Director: campaigns from idea to production.',
      ]),
    ).toEqual(['Haus von Brandt']);
    expect(
      employers(['Experience', '', 'Université du Lac, CROP, Saint-Laurent', '', 'Sep 2017 – May 2019', '', 'Postdoctoral Fellow']),
    ).toEqual(['Université du Lac']);
  });
});

describe('an employer and what is written beside it', () => {
  it("leaves off a university's school, a group's mine and its regional company in brackets", () => {
    expect(employers(['工作经历', '2019.07-至今  江城大学（材料学院）  副教授', '负责本科教学。'])).toEqual(['江城大学']);
    expect(employers(['工作经历', '2016.07-2021.06  北岸矿业集团股份有限公司（青石山金铜矿）  采矿工程师', '负责采矿设计。'])).toEqual([
      '北岸矿业集团股份有限公司',
    ]);
    expect(employers(['工作经历', '2018.03-至今  北岸矿业集团股份有限公司（西北公司）  地质工程师', '负责勘查。'])).toEqual([
      '北岸矿业集团股份有限公司',
    ]);
  });

  it("leaves off a Chinese employer's unit, site, city, own business or brand in brackets, not its legal form, a university's campus or a title's post", () => {
    const first = (line: string) => employers(['工作经历', `2019.07-至今  ${line}  专员`, '负责日常工作。'])[0];
    expect(first('江城网联计算机系统有限公司（网联游戏）')).toBe('江城网联计算机系统有限公司');
    expect(first('江城口腔医院（城西院区）')).toBe('江城口腔医院');
    expect(first('北岸家居装饰有限公司（滨江区）')).toBe('北岸家居装饰有限公司');
    expect(first('北岸仪表股份有限公司（西北销售公司）')).toBe('北岸仪表股份有限公司');
    expect(first('北岸在线科技有限公司（快送）')).toBe('北岸在线科技有限公司');
    expect(first('网联（北京）')).toBe('网联');
    expect(first('北岸会计师事务所（特殊普通合伙）')).toBe('北岸会计师事务所（特殊普通合伙）');
    expect(first('江城中文大学（深圳）')).toBe('江城中文大学（深圳）');
    expect(jobs(['工作经历', '2019.07-至今  江城康养中心  养老护理员（护理组长）', '负责老人照护。'])).toEqual([
      ['江城康养中心', '养老护理员（护理组长）'],
    ]);
  });

  it('reads no employer in a sentence\'s end a PDF wrapped above the next employer ("and AS/NZS 3017.", "in CentralReach.")', () => {
    const pdf = [
      'EXPERIENCE',
      '',
      'Brightwell Electrical, Melbourne',
      '',
      'Feb 2020 – Present',
      '',
      'Leading Hand Electrician',
      '',
      '• switchboard terminations, LV distribution, and inspection and testing to AS/NZS 3000',
      '',
      'and AS/NZS 3017.',
      '',
      'Corvale Services',
      '',
      'Jan 2016 – Jan 2020',
      '',
      'Electrician',
      '',
      '• data cabling and fault finding.',
    ];
    expect(employers(pdf)).toEqual(['Brightwell Electrical', 'Corvale Services']);
  });

  it('leaves off a mall or a research centre after a dash, even after a group', () => {
    expect(employers(['Experience', 'Harrow Retail Group – The Marina Mall  |  Mar 2019 – Present', 'Store Manager'])).toEqual([
      'Harrow Retail Group',
    ]);
    expect(
      employers(['Experience', 'Kitsune Foods Holdings – Global Innovation Research Center  |  2016 – 2020', 'Food Scientist']),
    ).toEqual(['Kitsune Foods Holdings']);
  });

  it('reads a role no title word marks under an employer and its town as the title, not the town', () => {
    expect(
      jobs(['Experience', 'Sep 2015 – Dec 2019', 'Lindqvist Drives AG, Friedrichshafen', 'Einkäufer', 'operative purchasing of castings.']),
    ).toEqual([['Lindqvist Drives AG', 'Einkäufer']]);
    expect(jobs(['Experience', 'Greenholm, Northampton', 'Mar 2021 – Present', 'Food Technologist: ran kitchen trials.'])).toEqual([
      ['Greenholm', 'Food Technologist'],
    ]);
    expect(
      jobs([
        'EXPERIENCE',
        'Brandt Hydraulik AG, Lohr am Main',
        'Sep 2012 – Dec 2018',
        'Elektroniker für Betriebstechnik',
        '• line maintenance.',
      ]),
    ).toEqual([['Brandt Hydraulik AG', 'Elektroniker für Betriebstechnik']]);
  });

  it("keeps a title's unit named by several functions on a line of its own", () => {
    expect(
      jobs([
        'Experience',
        'Harbourside Advisory LLP',
        'Jul 2019 – Aug 2022',
        'Senior Consultant, Valuation, Modelling & Economics',
        '• purchase price allocations and impairment testing.',
      ]),
    ).toEqual([['Harbourside Advisory LLP', 'Senior Consultant, Valuation, Modelling & Economics']]);
  });
});

describe('school names wrapped in a narrow column', () => {
  it('joins a name cut after an adjective no name ends on, and one cut after a dash', () => {
    expect(
      schools(['EDUCATION', '', 'National Institute of Agricultural', '', 'Engineering (now NIAE Pune)', '', 'PGDIE', '', '2011 – 2013']),
    ).toEqual(['National Institute of Agricultural Engineering']);
    expect(schools(['EDUCATION', '', 'University of Northfield–', '', 'Lakeside', '', 'B.S. Biochemistry', '', '2012 – 2016'])).toEqual([
      'University of Northfield–Lakeside',
    ]);
  });
});

describe('a school no school word marks', () => {
  it('reads the name before the degree on a dated line as the school, not a subject studied', () => {
    expect(schools(['Education', '2017 – 2018  Fjordhaven Atelier, London  MA Graphic Communication Design'])).toEqual([
      'Fjordhaven Atelier',
    ]);
    expect(schools(['Education', '2014 – 2017  Computer Science  BSc'])).toEqual([]);
  });
});

describe('skills sections and items', () => {
  it('reads "Key Skills & Registration" and "Research Expertise" as skills sections', () => {
    expect(skills(['Key Skills & Registration', '• Venepuncture, catheterisation', '• Teamwork, delegation'])).toEqual(
      expect.arrayContaining(['Venepuncture', 'catheterisation', 'Teamwork']),
    );
    expect(skills(['RESEARCH EXPERTISE', 'Software: LAMMPS, Materials Studio, Python, MATLAB'])).toEqual(
      expect.arrayContaining(['LAMMPS', 'Python', 'MATLAB']),
    );
  });

  it('joins a wrap inside one section only, not across a heading written with its list', () => {
    const found = skills(['Technical Skills', 'Tools: Git, Postman, VS Code, IntelliJ IDEA', 'Soft skills: teamwork, problem solving']);
    expect(found).toEqual(expect.arrayContaining(['IntelliJ IDEA', 'teamwork']));
    expect(found).not.toContain('IntelliJ IDEA teamwork');
  });

  it("leaves a certificate's level and status off, and reads an issuer before its certificate as the certificate", () => {
    const ids = parse(['Certifications', 'CFA Level III candidate', 'APICS CPIM', 'CIPS Level 4 Diploma']).skills.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining([skillTaxonomy().normalizeSkill('CFA')!.id, skillTaxonomy().normalizeSkill('CPIM')!.id]));
    expect(ids.filter((id) => id.startsWith('text:'))).toEqual([]);
  });

  it('reads an ability a summary claims with 能力 after its term', () => {
    const found = parse(['自我评价', '具有较强的教学能力和科研能力，具备良好的沟通能力与营销能力。']).skills.map((s) => s.match);
    expect(found).toEqual(expect.arrayContaining(['教学能力', '营销能力', '沟通能力']));
  });
});
