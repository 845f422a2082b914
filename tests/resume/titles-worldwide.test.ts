/**
 * The blind entry set (titles-worldwide.ts) through the public parser, its companies and titles compared as the
 * labelled set compares them (`key`). Figure as written, before the parser's title code was read: 189/241 entry cases
 * (titles P/R 81.7/80.7, companies 87.5/87.1) and 9/21 cases of no title; after the general fixes it found (word lists,
 * units, arrangements, places, legal forms after a comma) 241/241 and 21/21.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { checkCases } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { ENTRY_CASES, NO_TITLES, parsedEntries, type EntryCase } from './titles-worldwide.ts';

const keyed = (entries: EntryCase['entries']) =>
  entries.map(({ company, title }) => ({ company: company ? key(company) : null, title: title ? key(title) : null }));
const check = (c: EntryCase) => expect(keyed(parsedEntries(c))).toEqual(keyed(c.entries));

describe('experience entries worldwide', () => checkCases(ENTRY_CASES, check));

describe('no title', () => checkCases(NO_TITLES, check));

// Written after reading the title code, for the general forms its fixes cover beyond the blind set above: another
// order, another arrangement, a place or unit the set does not hold.
describe('entry forms pinned by the fixes', () => {
  it.each<[string, string | null, string | null]>([
    [
      'Experience\nSenior Software Engineer, Platform Team\nAtlassian, Sydney NSW\n2018 – 2022\nBuilt the deployment service.',
      'Atlassian',
      'Senior Software Engineer, Platform Team',
    ],
    [
      'Experience\nAcme Widgets Ltd\nWarehouse Team Leader (Temporary)\n2019 – 2020\nRan the goods-in team.',
      'Acme Widgets Ltd',
      'Warehouse Team Leader (Temporary)',
    ],
    [
      'Experience\nNurse Practitioner, Cardiology — Cleveland Clinic, Cleveland, OH, 2016 – 2021\nRan a heart-failure clinic.',
      'Cleveland Clinic',
      'Nurse Practitioner, Cardiology',
    ],
    ['Experience\nChef de Partie – The Fat Duck, Bray\n2015 – 2018\nRan the fish section.', 'The Fat Duck', 'Chef de Partie'],
    ['工作经历\n2018.03-2021.06  上海某某餐饮有限公司  厨师长（兼职）\n负责后厨管理。', '上海某某餐饮有限公司', '厨师长（兼职）'],
    [
      'Experience\nSoftware Engineer (Contract) — Barclays, London\nJan 2020 – Dec 2020\nBuilt payment APIs.',
      'Barclays',
      'Software Engineer (Contract)',
    ],
    [
      'Experience\nTruck Driver, Schneider National, Green Bay, WI, 2012 – 2018\nDrove regional routes.',
      'Schneider National',
      'Truck Driver',
    ],
    ['Experience\nStore Associate, Target, Minneapolis, MN, 2015 – 2017\nStocked shelves and ran the tills.', 'Target', 'Store Associate'],
    [
      'Experience\nTarget Corporation, Minneapolis, MN\nStore Associate\n2015 – 2017\nStocked shelves.',
      'Target Corporation',
      'Store Associate',
    ],
    [
      'Experience\nNHS Greater Glasgow and Clyde\nBand 5 Staff Nurse, Renal Unit\n2016 – 2019\nCared for dialysis patients.',
      'NHS Greater Glasgow and Clyde',
      'Band 5 Staff Nurse, Renal Unit',
    ],
    [
      'Experience\nKPMG — Audit Senior, Financial Services\n2015 – 2019\nLed audits of insurers.',
      'KPMG',
      'Audit Senior, Financial Services',
    ],
    ['Experience\nAudit Senior, Grant Thornton, Leeds, 2015 – 2019\nLed audits of charities.', 'Grant Thornton', 'Audit Senior'],
    ['Experience\nCashier, Lidl GB, Glasgow, 2012 – 2014\nServed customers.', 'Lidl GB', 'Cashier'],
    // A city the place list does not name, told apart by the world's cities: neither a unit of the title nor the employer.
    [
      'Experience\nSoftware Engineer, Eindhoven\nPhilips Healthcare\nMar 2019 – Present\nImaging software.',
      'Philips Healthcare',
      'Software Engineer',
    ],
    ['Experience\nSenior Developer, Tilburg | ASML | 2015 – 2019\nLithography software.', 'ASML', 'Senior Developer'],
    ['Experience\nQuality Inspector, Kraków, Aptiv, 2016 – 2019\nHarness checks.', 'Aptiv', 'Quality Inspector'],
    // A title in both scripts on a line of its own is both; an employer beside it is not part of it.
    [
      '工作经历\n2020.09-至今  Freelance\nConference Interpreter 会议口译\n为客户提供同声传译。',
      'Freelance',
      'Conference Interpreter 会议口译',
    ],
    [
      '工作经历\n2016.07-2020.08  中国对外翻译有限公司\n关务主管 Customs Supervisor\n负责报关。',
      '中国对外翻译有限公司',
      '关务主管 Customs Supervisor',
    ],
    // A unit is still a unit.
    [
      'Experience\nRegistered Nurse, Oncology | Guy’s Hospital | 2012 – 2015\nChemotherapy.',
      'Guy’s Hospital',
      'Registered Nurse, Oncology',
    ],
    ['Experience\nBarista, Blue Bottle Coffee, Oakland, CA, 2016 – 2018\nPulled shots.', 'Blue Bottle Coffee', 'Barista'],
    ['Experience\nPlumber\nSelf-employed\n2010 – Present\nBoilers and bathroom fits across Kent.', 'Self-employed', 'Plumber'],
    [
      'Experience\nDelivery Driver (Part-time)\nDomino’s Pizza, Leeds\n2015 – 2017\nDelivered orders.',
      'Domino’s Pizza',
      'Delivery Driver (Part-time)',
    ],
    [
      'Experience\nFrontline Worker – Night Shift, St Mungo’s, London, 2018 – 2020\nSupported rough sleepers.',
      'St Mungo’s',
      'Frontline Worker – Night Shift',
    ],
    [
      '工作经历\n2019.03-至今  中国移动通信集团广东有限公司广州分公司  网络优化工程师\n负责4G/5G网络优化。',
      '中国移动通信集团广东有限公司广州分公司',
      '网络优化工程师',
    ],
    [
      '工作经历\n2015.07-2018.08  北京市第八十中学  高中物理教师（二级教师）\n负责高一物理教学。',
      '北京市第八十中学',
      '高中物理教师（二级教师）',
    ],
    [
      'Work History\nPersonal Assistant to the CEO — Burberry, London\n2016 – 2019\nManaged the diary.',
      'Burberry',
      'Personal Assistant to the CEO',
    ],
    [
      'Experience\nGraduate Trainee, Lloyds Banking Group, 2017 – 2019\nRotations in risk and finance.',
      'Lloyds Banking Group',
      'Graduate Trainee',
    ],
    [
      'Experience\nResearch Associate, Department of Chemistry, Imperial College London, 2015 – 2018\nSynthesised MOFs.',
      'Imperial College London',
      'Research Associate, Department of Chemistry',
    ],
    ['Experience\nGoogle\nSoftware Engineer, Mountain View, CA\n2017 – 2020\nBuilt ads.', 'Google', 'Software Engineer'],
    ['Experience\nWarehouse Operative, DHL, Coventry, 2016 – 2018\nLoaded trailers.', 'DHL', 'Warehouse Operative'],
    ['Experience\nCare Worker\nHome Instead, Bath\nJan 2018 – Mar 2021\nHome visits for older clients.', 'Home Instead', 'Care Worker'],
    ['Experience\nSales Assistant, Boots, 2012 – 2014\nAdvised customers on skincare.', 'Boots', 'Sales Assistant'],
    ['Experience\nHousekeeper, Premier Inn, 2014 – 2016\nCleaned 16 rooms a shift.', 'Premier Inn', 'Housekeeper'],
    ['Experience\nPrivate Tutor (self-employed), 2015 – 2020\nGCSE maths and physics.', null, 'Private Tutor'],
    [
      'Experience\nMicrosoft | Program Manager II, Azure Storage | 2016 – 2020\nShipped blob tiering.',
      'Microsoft',
      'Program Manager II, Azure Storage',
    ],
    ['Experience\nLieutenant, Royal Navy, 2010 – 2015\nOfficer of the watch on HMS Daring.', 'Royal Navy', 'Lieutenant'],
    [
      'Experience\nPolice Constable, Metropolitan Police Service, 2012 – 2019\nEmergency response in Hackney.',
      'Metropolitan Police Service',
      'Police Constable',
    ],
    ['工作经历\n2016.09-2019.07  广州市天河区某某幼儿园  幼儿教师\n负责中班教学。', '广州市天河区某某幼儿园', '幼儿教师'],
    ['工作经历\n2020.01-2021.12  个体经营  网店店主\n经营淘宝女装店铺。', '个体经营', '网店店主'],
    ['Experience\nData Analyst | Ocado Group | Hatfield | 2018 – 2021\nBuilt demand dashboards.', 'Ocado Group', 'Data Analyst'],
    ['Experience\nOcado Group — Hatfield\nData Analyst\n2018 – 2021\nBuilt demand dashboards.', 'Ocado Group', 'Data Analyst'],
    [
      'Experience\nApr 2016 – Jun 2019\nCustomer Service Team Leader\nVirgin Media, Swansea\nLed 14 advisors.',
      'Virgin Media',
      'Customer Service Team Leader',
    ],
    [
      'Experience\nHealthcare Assistant (Bank)\nOxford University Hospitals NHS Foundation Trust\n2017 – 2019\nShifts across medical wards.',
      'Oxford University Hospitals NHS Foundation Trust',
      'Healthcare Assistant (Bank)',
    ],
    ['Experience\nRoofer, Self-employed, 2005 – 2015\nSlate and tile roofs across Devon.', 'Self-employed', 'Roofer'],
    ['Experience\nSoftware Engineer at Grab, Singapore, 2019 – Present\nBuilt the GrabPay wallet.', 'Grab', 'Software Engineer'],
    ['Experience\nMarketing Manager @ Canva, Sydney, 2018 – 2022\nRan lifecycle campaigns.', 'Canva', 'Marketing Manager'],
    [
      '工作经历\n2016.07-2020.06\n深圳市腾讯计算机系统有限公司\n后台开发工程师\n负责QQ音乐后台服务。',
      '深圳市腾讯计算机系统有限公司',
      '后台开发工程师',
    ],
    [
      '工作经历\n2018年7月—2021年3月  中国银行股份有限公司上海市分行  柜员（派遣）\n负责柜面业务。',
      '中国银行股份有限公司上海市分行',
      '柜员（派遣）',
    ],
    ['工作经历\n2014.09-2016.07  北京某某外卖平台  配送员（兼职）\n负责海淀区配送。', '北京某某外卖平台', '配送员（兼职）'],
    [
      'Experience\nAssociate Director, Equity Research — UBS, Zurich\n2015 – 2020\nCovered European banks.',
      'UBS',
      'Associate Director, Equity Research',
    ],
    [
      'Experience\nClinical Nurse Specialist, Oncology\nThe Christie NHS Foundation Trust, Manchester\n2014 – 2020\nRan a chemotherapy nurse clinic.',
      'The Christie NHS Foundation Trust',
      'Clinical Nurse Specialist, Oncology',
    ],
    ['Experience\nBartender\nThe Ritz London\n2012 – 2015\nMixed cocktails in the Rivoli Bar.', 'The Ritz London', 'Bartender'],
    ['Experience\nAcme Ltd, 2016 – 2020\nC#, .NET, Azure, SQL Server', 'Acme Ltd', null],
    ['Experience\nNorthwind Ltd, 2016 – 2020\nBirmingham, West Midlands', 'Northwind Ltd', null],
    ['Experience\nFabrikam Inc., 2014 – 2018\nSalary: $85,000', 'Fabrikam Inc.', null],
  ])('%s', (section, company, title) => {
    expect(keyed(parsedEntries({ section, entries: [] }))).toEqual(keyed([{ company, title }]));
  });
});

describe('entries whose employer is written above their dates', () => {
  it("leaves the line right above the next entry's dates to that entry", () => {
    const section = '工作经历\nShopee\n2021.08-至今\nMachine Learning Engineer\n字节跳动\n2019.07-2021.07\n算法工程师';
    expect(keyed(parsedEntries({ section, entries: [] }))).toEqual(
      keyed([
        { company: 'Shopee', title: 'Machine Learning Engineer' },
        { company: '字节跳动', title: '算法工程师' },
      ]),
    );
  });
});

describe('title words that are surnames', () => {
  it.each(['Adam Driver', 'Sarah Cook', 'Tom Porter', 'Ann Rider', 'Jim Joiner', 'John Constable', 'Sam Leader'])(
    '%s stays a name: the word is a title only in a compound',
    (name) => {
      const parsed = parseResumeText(
        [name, 'candidate@example.com  |  +44 20 7946 0000', '', 'Experience', 'Line Cook, Dishoom, London, 2017 – 2019'].join('\n'),
      );
      expect(parsed.name.value).toBe(name);
      expect(parsed.experience.map((e) => e.title)).toEqual(['Line Cook']);
    },
  );
});
