/**
 * Forms the nineteenth round's blind batches brought (construction, factories, money, hospitality), read from their dev
 * halves: the unit a Chinese employer's people worked in, in brackets after its full name (a region, a tender section,
 * an industrial park, a hotel's restaurant, a business group), a dispatch note with brackets inside it, a project after
 * a dash, a plant after a comma ("Werk Leipzig"), a BPO's client account and a hire firm's client sites in brackets,
 * a title's unit after a comma before its description's colon, and a description's lower-case rest a PDF wrapped onto a
 * line of its own. Invented people and employers.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';

const jobs = (lines: string[]) =>
  parseResumeText(['Dana Holt', 'dana.holt@example.com', '', ...lines].join('\n')).experience.map((e) => [e.company, e.title]);
const employers = (lines: string[]) => jobs(lines).map(([company]) => company);

describe('units, sites and clients beside an employer', () => {
  it("leaves off a Chinese employer's region, tender section, park, restaurant or business group in brackets", () => {
    expect(employers(['工作经历', '2019.03-至今  南江置业控股有限公司（华南大区）  项目经理', '负责项目开发。'])).toEqual([
      '南江置业控股有限公司',
    ]);
    expect(employers(['工作经历', '2017.06-2020.12  江城路桥工程有限公司（地铁5号线二标段）  施工员', '负责现场施工。'])).toEqual([
      '江城路桥工程有限公司',
    ]);
    expect(employers(['工作经历', '2018.01-2021.05  北岸电器集团（东湖工业园）  设备工程师', '负责设备维护。'])).toEqual(['北岸电器集团']);
    expect(employers(['工作经历', '2015.09-2019.08  江城大酒店（荔湾中餐厅）  厨师长', '负责菜品研发。'])).toEqual(['江城大酒店']);
    expect(employers(['工作经历', '2016.04-2022.02  远行旅游集团（酒店事业部华东区）  运营经理', '负责酒店运营。'])).toEqual([
      '远行旅游集团',
    ]);
  });

  it('leaves off a committee, an institute with its city, a team, a hall, a department, an acquisition and a way of working', () => {
    expect(employers(['工作经历', '2016.07-2020.05  江城证券股份有限公司（投资银行管理委员会）  保荐代表人', '负责IPO项目。'])).toEqual([
      '江城证券股份有限公司',
    ]);
    expect(employers(['工作经历', '2018.03-至今  北岸汽车集团有限公司（北岸汽车研究院，宁波）  结构工程师', '负责车身设计。'])).toEqual([
      '北岸汽车集团有限公司',
    ]);
    expect(employers(['工作经历', '2019.09-2022.06  江城体育中心（游泳馆）  游泳教练', '负责青少年培训。'])).toEqual(['江城体育中心']);
    expect(employers(['工作经历', '2015.03-2019.02  江城锐控科技有限公司（2019年被北岸电气收购）  工程师', '负责PLC编程。'])).toEqual([
      '江城锐控科技有限公司',
    ]);
    expect(employers(['EXPERIENCE', 'Jan 2021 – Present  Senior Developer  Northwind Commerce (remote)'])).toEqual(['Northwind Commerce']);
    expect(employers(['EXPERIENCE', 'Jan 2021 – Dec 2021  Chief Operating Officer  Harlow Trading (interim assignment)'])).toEqual([
      'Harlow Trading',
    ]);
  });

  it('leaves off a department, a client list, a head office, a desk, a store and the note of working for oneself', () => {
    expect(employers(['EXPERIENCE', 'Apr 2019 – Present  Senior Pharmacist  Harbourside Hospital (Department of Pharmacy)'])).toEqual([
      'Harbourside Hospital',
    ]);
    expect(
      employers(['工作经历', '2016.07-至今  北岸企业管理咨询有限公司（服务客户：南江电器、东湖食品等）  咨询顾问', '负责项目。']),
    ).toEqual(['北岸企业管理咨询有限公司']);
    expect(employers(['工作经历', '2015.03-2019.02  遠山出版事業股份有限公司（台北總公司）  編輯', '負責選題。'])).toEqual([
      '遠山出版事業股份有限公司',
    ]);
    expect(employers(['工作经历', '2018.03-至今  江城传媒（金融组）  记者', '负责报道。'])).toEqual(['江城传媒']);
    expect(employers(['EXPERIENCE', 'Jan 2017 – Present  Electrician  Fenwick Electrical (sole trader)'])).toEqual(['Fenwick Electrical']);
    expect(employers(['工作经历', '2019.05-至今  大理山居民宿（个体工商户）  店主', '负责经营。'])).toEqual(['大理山居民宿']);
  });

  // Re-decided in the thirty-sixth round: a Latin group's business after a dash is where too (every dev label that
  // writes one leaves it off).
  it("leaves off a park, a ship, a store or a group's business after a dash", () => {
    expect(employers(['EXPERIENCE', 'Harbour Parks Resort – Sunrise Kingdom | Mar 2022 – Present', 'Performer: parades.'])).toEqual([
      'Harbour Parks Resort',
    ]);
    expect(employers(['EXPERIENCE', 'Northgate Group – Northgate Cloud Services | 2019 – 2021', 'Engineer: storage.'])).toEqual([
      'Northgate Group',
    ]);
  });

  // Re-decided in the twenty-second round: the other name after a full legal name is left off, as the batches since
  // o1000 leave it off.
  it("keeps a region in brackets that a title names as its own, not the employer's other name after its legal name", () => {
    expect(jobs(['工作经历', '2012.03-2018.02  南江置业控股有限公司  区域总裁（华东区域）', '负责区域开发。'])).toEqual([
      ['南江置业控股有限公司', '区域总裁（华东区域）'],
    ]);
    expect(employers(['工作经历', '2019.03-至今  北京外联人力资源服务有限公司（WLHR）  招聘专员', '负责招聘。'])).toEqual([
      '北京外联人力资源服务有限公司',
    ]);
  });

  it('leaves off a dispatch note whole, brackets inside it and all', () => {
    expect(
      employers([
        '工作经历',
        '2016.07-2020.05  苏州恒达自动化有限公司（外派至北岸汽车部件（苏州）有限公司）',
        '职位：调试工程师',
        '负责调试。',
      ]),
    ).toEqual(['苏州恒达自动化有限公司']);
  });

  it('leaves off a project after a dash, a plant after a comma, a client account and client sites in brackets', () => {
    expect(
      jobs(['EXPERIENCE', 'Harlow Rail Ltd – Eastline Railway Project', 'Jun 2018 – Present', 'Site Engineer']).map(([c]) => c),
    ).toEqual(['Harlow Rail Ltd']);
    expect(
      jobs(['EXPERIENCE', 'Nordwagen Group, Werk Ulm', 'Sep 2019 – Present', 'Maintenance Technician: maintenance of conveyors.']),
    ).toEqual([['Nordwagen Group', 'Maintenance Technician']]);
    expect(employers(['EXPERIENCE', 'Apr 2019 – Present  Team Leader  Northbay Services (Kestrel Telecom account)'])).toEqual([
      'Northbay Services',
    ]);
    expect(employers(['EXPERIENCE', 'Fenwick Plant Hire (Balfour Beatty sites)', 'Mar 2018 – Present', 'Crane Operator'])).toEqual([
      'Fenwick Plant Hire',
    ]);
  });

  it("keeps a title's unit after a comma, before the colon of its description", () => {
    expect(
      jobs([
        'Experience',
        'Harlow Telecom AB, Kista | Jan 2022 – Present',
        'Senior Software Developer, 6G Edge: scheduler development in C++.',
      ]),
    ).toEqual([['Harlow Telecom AB', 'Senior Software Developer, 6G Edge']]);
  });

  it("keeps a plant or a site that is the title's own word", () => {
    expect(jobs(['EXPERIENCE', 'Harlow Foods Ltd', 'Mar 2018 – Present', 'Plant Manager']).map(([, t]) => t)).toEqual(['Plant Manager']);
  });

  it("reads a description's lower-case rest, wrapped onto its own line, as no employer", () => {
    expect(
      employers([
        'EXPERIENCE',
        'Westfield Controls, Inc., Rockford, IL',
        'Apr 2018 – Present',
        'CNC Programmer: Mastercam 5-axis and Swiss programming for fuel-',
        'system parts; G-code editing, fixture design and first-article',
        'inspection per AS9102.',
        'Brookline Aerospace, Rockford, IL',
        'Jun 2012 – Mar 2018',
        'CNC Machinist: machine setup.',
      ]),
    ).toEqual(['Westfield Controls, Inc.', 'Brookline Aerospace']);
  });
});
