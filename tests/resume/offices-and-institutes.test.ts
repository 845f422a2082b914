/**
 * The thirty-fourth round's forms (issue 13), from the dev halves of its blind batches (coworking spaces, rubber
 * plantations, public aquariums, after-school tutoring, embassies and international organisations, textile dyeing
 * mills): a management trainee's Chinese title (管理培训生); a laboratory after a title's dash, the employer named apart
 * ("Executive – Colour Lab"); a university's college named for its benefactor after the degree ("B.S. Textile
 * Chemistry, Wilson College of Textiles"), no second school; India's national institutes, their city wrapped onto the
 * next line ("Indian Institute of Technology" / "Kharagpur"); a North American number an American abroad writes in
 * North America's layout ("(202) 555-0147" beside "Beijing, China"). From the second round's (scrap metal, workwear,
 * billiards halls and internet cafés, telecom stores, kitchen equipment, cross-border sellers): a brand in brackets
 * after a name with its own country in brackets ("… (UK) Limited (CMLink)"); an employer's district office after it
 * ("Rubber Development Department, Ratnapura District Office"); a city's postal district with its country ("Dublin 8,
 * Ireland"); India's "Plant In-charge"; the country a role covers after its title on its own line ("Country Specialist
 * – Japan", two dev titles); a grader; a school's name a PDF wrapped after "Military" ("Royal School of Military" /
 * "Engineering, Chatham"). From the third round's (charity shops, street food, cash-in-transit, student housing,
 * bottled water, ferries): sea time and jobs under one heading ("Sea Time & Employment"); a ship's mate and a rating's
 * rank ("Boatswain's Mate Third Class"), a coast guard's station as where; a squad leader (班長) with the army below
 * it; a city in brackets inside a Chinese legal name (克朗斯机械（太仓）有限公司: no warehouse's 仓); Norway's Fagskolen,
 * a German Berufsschule's wrapped subjects ("für" / "Elektro- und Informationstechnik") and a sixth-form college wrapped
 * before "College". From the fourth round's (exhibition stands, canneries, flooring, lottery and betting shops, copy
 * shops, animal shelters): a TAFE its letters name ("GOTAFE"); a college of further education wrapped before
 * "Education"; a groomer; an Italian town with its province's code ("Angri (SA), Italy"); a family name first in
 * capitals after its Mc ("McINNES, Callum"). From the fifth round's (shooting ranges, health-food stores, shoe repair,
 * religious organisations, arcades, private investigators): a legal form with its town after a comma though a word of
 * the name is in lower case ("Česká zbrojovka a.s., Uherský Brod"); no shopping centre or outlet as a title; a crew
 * leader (押运队长), a master craftsman (寿司师傅) and a preacher (傳道) as titles, a training ground in brackets as
 * where; a Chinese office after a Latin employer ("… 上海办公室"). Invented people; the forms are the dev halves'.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const parsed = (text: string[]) => parseResumeText(text.join('\n'));
const titles = (text: string[]) => parsed(text).experience.map((job) => job.title);
const schools = (text: string[]) => parsed(text).education.map((entry) => entry.school);

describe('titles', () => {
  it('reads a management trainee as a title', () => {
    expect(titles(['工作经历', '华联超市股份有限公司 | 2012年7月 - 2014年6月', '管理培训生: 门店运营轮岗，负责排班与库存盘点。'])).toEqual([
      '管理培训生',
    ]);
  });

  it('keeps a laboratory after a dash with the title when the employer is named above', () => {
    const text = [
      'EXPERIENCE',
      'Lotus Knitwear (Pvt) Ltd, Katunayake',
      'Mar 2020 – Present',
      'Executive – Colour Lab',
      '• Runs lab dips and shade matching for the dye house.',
      '',
      'Harbour Mills Ltd, Kandy',
      'Jan 2016 – Feb 2020',
      'Lab Technician',
      '• Dyed lab dips.',
    ];
    expect(titles(text)).toEqual(['Executive – Colour Lab', 'Lab Technician']);
  });

  it('leaves a laboratory the line names as its employer', () => {
    const text = ['EXPERIENCE', 'Mar 2020 – Present  Senior Chemist, Northgate Testing Lab', '• Runs wet-chemistry tests.'];
    expect(parsed(text).experience.map((job) => [job.company, job.title])).toEqual([['Northgate Testing Lab', 'Senior Chemist']]);
  });

  it('keeps the country a role covers, written after its title on a line of its own, with the title', () => {
    const text = [
      'EXPERIENCE',
      'Wanderlust Journeys Ltd | Jan 2019 – Present',
      'Destination Specialist – Peru',
      'Designs tailor-made tours.',
      '',
      'Motorline Ltd | Jan 2015 – Dec 2018',
      'Partner Events Lead, Scotland',
      'Ran dealer events.',
      '',
      'Motorline Ltd | Jan 2012 – Dec 2014',
      'Sales Executive, Glasgow',
      'Sold used cars.',
    ];
    expect(titles(text)).toEqual(['Destination Specialist – Peru', 'Partner Events Lead, Scotland', 'Sales Executive']);
  });

  it("reads a grader of goods as a title, not the district beside the employer's name", () => {
    const text = [
      '【Experience】',
      'Coast Textile Imports Ltd, Kongowea, Mombasa | January 2020 – to date',
      'Senior Grader: bale opening and grading into first and second grade.',
    ];
    expect(titles(text)).toEqual(['Senior Grader']);
  });

  it("reads India's in-charge of a plant or a shift as a title", () => {
    const text = [
      'Experience',
      'Kaveri Auto Recyclers Pvt. Ltd., Pune | Apr 2021 – Present',
      'Plant In-charge: runs depollution and dismantling of 600 vehicles a month.',
      '',
      'Sahyadri Motors Pvt. Ltd. | Jul 2014 – Mar 2021',
      'Shift In-charge: ran the night shift of the body shop.',
    ];
    expect(titles(text)).toEqual(['Plant In-charge', 'Shift In-charge']);
  });
});

describe('schools', () => {
  it("reads a university's college named for its benefactor after the degree as no second school", () => {
    const text = [
      'Education',
      '',
      'Dates',
      '',
      'School',
      '',
      'Degree',
      '',
      '2008 – 2012',
      '',
      'Clemson University, Clemson, SC',
      '',
      'B.S. Packaging Science, Harvey College of Agriculture',
    ];
    expect(schools(text)).toEqual(['Clemson University']);
  });

  it("joins an Indian national institute's city a narrow column wrapped onto the next line", () => {
    const text = [
      'EDUCATION',
      '',
      'Indian Institute of Technology',
      '',
      'Roorkee',
      '',
      'M.Tech. Polymer Engineering',
      '',
      '2012 – 2014',
      '',
      'National Institute of Technology',
      '',
      'Warangal',
      '',
      'B.Tech. Chemical Engineering',
      '',
      '2008 – 2012',
    ];
    expect(schools(text)).toEqual(['Indian Institute of Technology Roorkee', 'National Institute of Technology Warangal']);
  });

  it('leaves such an institute alone when a degree follows it', () => {
    const text = ['EDUCATION', '', 'Indian Institute of Technology', '', 'M.Tech. Polymer Engineering', '', '2012 – 2014'];
    expect(schools(text)).toEqual(['Indian Institute of Technology']);
  });

  it('joins a school\'s name a PDF wrapped after "Military"', () => {
    const text = ['EDUCATION', '', 'Royal School of Military', '', 'Engineering, Chatham', '', 'Class 2 Fitter ACR', '', '2005 – 2006'];
    expect(schools(text)).toEqual(['Royal School of Military Engineering']);
  });
});

describe('contact details and employers', () => {
  it("reads a number in North America's layout as North American wherever its writer lives", () => {
    const resume = parsed(['Grace Whitman', '(312) 555-0163  |  grace.whitman@fastmail.com  |  Shanghai, China', '', 'Skills', 'Stata']);
    expect(resume.phones.map((phone) => phone.value)).toEqual(['+13125550163']);
  });

  it('still reads a Chinese landline its writer brackets by its area code', () => {
    const resume = parsed(['王丽', '电话：(021) 5555-0163', '邮箱：wangli@example.com', '', '技能', 'Excel']);
    expect(resume.phones.map((phone) => phone.value)).toEqual(['+862155550163']);
  });

  it("leaves off an employer's district office named after it", () => {
    const text = [
      'WORK EXPERIENCE',
      'March 2016 - Present  Spice Development Department, Matale District Office',
      'Extension Officer',
      'Ran farm visits.',
    ];
    expect(parsed(text).experience.map((job) => job.company)).toEqual(['Spice Development Department']);
  });

  it('leaves a brand in brackets off an employer whose name holds its country in brackets', () => {
    const text = ['EXPERIENCE', 'Orbis Telecom (UK) Limited (OrbisMobile), London | Jan 2019 – Present', 'Retail Manager: ran two stores.'];
    expect(parsed(text).experience.map((job) => job.company)).toEqual(['Orbis Telecom (UK) Limited']);
  });

  it("reads a city's postal district with its country in a PDF's contact column", () => {
    const resume = parsed([
      'Siobhán Kavanagh',
      '',
      'CONTACT',
      '',
      '+353 87 555 0142',
      '',
      'siobhan.kavanagh@eircom.net',
      '',
      'Dublin 7, Ireland',
      '',
      'SKILLS',
      '',
      'Stock management',
    ]);
    expect(resume.location.value).toBe('Dublin 7, Ireland');
  });
});

describe('seafarers, soldiers and schools named in other languages', () => {
  it('reads the jobs under a heading of sea time and employment', () => {
    const text = [
      'Rawiri Ngata',
      '+64 21 555 0142  |  rawiri.ngata@example.co.nz  |  Picton',
      '',
      'Sea Time & Employment',
      'Dec 2018 – Present  Sounds Ferries Ltd',
      'Skipper',
      '• Runs the Picton–Havelock mail boat.',
      '',
      'Mar 2014 – Nov 2018  Harbour Cafe Ltd',
      'Barista',
      '• Espresso bar service.',
    ];
    expect(parsed(text).experience.map((job) => [job.company, job.title])).toEqual([
      ['Sounds Ferries Ltd', 'Skipper'],
      ['Harbour Cafe Ltd', 'Barista'],
    ]);
  });

  it("reads a ship's mate and a rating's rank as titles, and a coast guard's station as where", () => {
    const text = [
      'EXPERIENCE',
      '',
      'Puget Sound Ferry Lines, Tacoma',
      '',
      'May 2019 – Present',
      '',
      'Mate: second in command on the Vashon route.',
      '',
      'United States Coast Guard, Station Port Angeles',
      '',
      '2010 – 2015',
      '',
      "Boatswain's Mate Second Class (BM2): coxswain for search and rescue.",
    ];
    expect(parsed(text).experience.map((job) => [job.company, job.title])).toEqual([
      ['Puget Sound Ferry Lines', 'Mate'],
      ['United States Coast Guard', "Boatswain's Mate Second Class (BM2)"],
    ]);
  });

  it('reads a squad leader as a title, the army below it the employer', () => {
    const text = ['工作經歷', '2005年3月 - 2009年6月  班長', '中華民國海軍', '志願役下士，負責艦艇保修。'];
    expect(parsed(text).experience.map((job) => [job.company, job.title])).toEqual([['中華民國海軍', '班長']]);
  });

  it('keeps the city in brackets inside a Chinese legal name (太仓 is no warehouse)', () => {
    const text = ['工作经历', '2018/03～至今  博瑞精密机械（太仓）有限公司', '设备工程师', '• 负责产线设备维护。'];
    expect(parsed(text).experience.map((job) => job.company)).toEqual(['博瑞精密机械（太仓）有限公司']);
  });

  it("reads Norway's vocational college, a German vocational school's wrapped subjects and a sixth-form college", () => {
    expect(
      schools(['EDUCATION', 'Aug 2011 – Jun 2013  Fagskolen Vestfold, Horten  Marine Engineering, technical vocational diploma']),
    ).toEqual(['Fagskolen Vestfold']);
    const text = [
      'EDUCATION',
      '',
      'Städtische Berufsschule für',
      '',
      'Holz- und Bautechnik',
      '',
      'Ausbildung Zimmerer',
      '',
      '2009 – 2012',
      '',
      'Hillsborough Sixth Form',
      '',
      'College, Sheffield',
      '',
      'BTEC Level 3 Extended Diploma in Construction',
      '',
      '2007 – 2009',
    ];
    expect(schools(text)).toEqual(['Städtische Berufsschule für Holz- und Bautechnik', 'Hillsborough Sixth Form College']);
  });
});

describe('the fourth round: TAFEs, further education, groomers, provinces and a Scottish name', () => {
  it('reads a TAFE its letters name as a school', () => {
    // Its town in brackets stays, as a school's note there does ("Waikato Institute of Technology (Wintec)").
    expect(schools(['Education', '2016 – 2017  SWTAFE (Warrnambool)  Certificate III in Meat Processing'])).toEqual([
      'SWTAFE (Warrnambool)',
    ]);
  });

  it('joins a college of further education a PDF wrapped before "Education"', () => {
    const text = [
      'EDUCATION',
      '',
      'Coláiste Dhúlaigh College of Further',
      '',
      'Education',
      '',
      'QQI Level 5 Animal Care',
      '',
      '2014 – 2015',
    ];
    expect(schools(text)).toEqual(['Coláiste Dhúlaigh College of Further Education']);
  });

  it('reads a groomer as a title', () => {
    const text = ['Experience', 'Jan 2010 – Dec 2014  Pawfect Pets Ltd, Kelowna', 'Groomer: bathing, breed cuts and nail trims.'];
    expect(titles(text)).toEqual(['Groomer']);
  });

  it("reads an Italian town with its province's code and its country as where the person lives", () => {
    const resume = parsed([
      'Chiara Russo',
      '',
      'CONTACT',
      '',
      '+39 338 555 0142',
      '',
      'chiara.russo@libero.it',
      '',
      'Nocera Inferiore (SA), Italy',
      '',
      'SKILLS',
      '',
      'HACCP',
    ]);
    expect(resume.location.value).toBe('Nocera Inferiore (SA), Italy');
  });

  it('reads a family name written first in capitals after its Mc as written', () => {
    expect(parsed(['MacLEOD, Fiona', '+44 7700 900142  |  fiona.macleod@example.co.uk  |  Oban', '', 'Skills', 'Excel']).name.value).toBe(
      'Fiona MacLeod',
    );
  });
});

describe('the fifth round: legal forms with their town, shopping centres, crews and ministries', () => {
  const jobs = (text: string[]) => parsed(text).experience.map((job) => [job.company, job.title]);

  it('reads an employer whose name ends on its legal form, its town after a comma, though a word of it is in lower case', () => {
    const text = ['Experience', '09/2011 - 02/2019', 'Moravská zbrojovka a.s., Uherský Brod', 'Assembly Technician – Rifles', 'Line work.'];
    expect(jobs(text)).toEqual([['Moravská zbrojovka a.s.', 'Assembly Technician – Rifles']]);
  });

  it('reads no shopping centre or outlet beside the employer as the title', () => {
    const text = [
      'EXPERIENCE',
      'Keyworks Ltd, Cheshire Oaks Designer Outlet',
      'Aug 2012 – Mar 2019',
      'Branch Manager',
      '• Ran the branch.',
      '',
      'Keyworks Ireland, Mahon Point Shopping Centre, Cork',
      'May 2008 – Jul 2012',
      'Colleague – Key Cutting & Engraving',
      '• Cut keys.',
    ];
    expect(jobs(text)).toEqual([
      ['Keyworks Ltd', 'Branch Manager'],
      ['Keyworks Ireland', 'Colleague – Key Cutting & Engraving'],
    ]);
  });

  it('reads a crew leader, a master craftsman and a preacher as titles, and a training ground in brackets as where', () => {
    const text = [
      '工作经历',
      '2018/03～至今  苏州市保安服务有限公司',
      '押运队长',
      '• 负责押运线路安排。',
      '',
      '2012/07～2018/02  江南警官学院（射击训练场）',
      '靶场教练员',
      '• 负责射击训练。',
      '',
      '2008/07～2012/06  苏州东方日本料理',
      '寿司师傅',
      '• 负责寿司制作。',
    ];
    expect(jobs(text)).toEqual([
      ['苏州市保安服务有限公司', '押运队长'],
      ['江南警官学院', '靶场教练员'],
      ['苏州东方日本料理', '寿司师傅'],
    ]);
    expect(titles(['工作經歷', '2016/09～至今  台中恩典堂', '兒童事工傳道', '• 負責主日學。'])).toEqual(['兒童事工傳道']);
  });

  it('leaves a Chinese office after a Latin employer off it', () => {
    const text = [
      'Work Experience',
      '2019.03-至今  Halden Screening Solutions 上海办公室',
      'Screening Analyst 背调分析师',
      '• 负责尽职调查。',
    ];
    expect(parsed(text).experience.map((job) => job.company)).toEqual(['Halden Screening Solutions']);
  });
});
