/**
 * The second blind entry set (titles-worldwide2.ts: experienced people and the trades) through the public parser, its
 * companies and titles compared as the labelled set compares them (`key`), in order.
 *
 * As written, before the parser's code was read (the working tree of 2 Dec 22:40 UTC): 74/122 entry cases (150
 * entries; titles P/R 77.7/76.7, 115 of 148 found; companies P/R 73.8/71.8, 107 of 145 found) and 16/21 cases of no
 * title — `npx tsx` over ENTRY_CASES2 and NO_TITLES2 with parsedEntries.
 * One expectation was then corrected to the labelled set's reading (a Chinese employer's bracketed note of where its
 * staff is placed is part of its name, see the set): 75/122 as written with it.
 * After the general fixes (entry-parts.ts, entry-names.ts and dates.ts: 98/122; with the new entry-lines.ts used by
 * entries.ts): 122/122 entry cases (titles P/R 100.0/100.0, 150 of 150; companies P/R 100.0/100.0, 149 of 149) and
 * 21/21 of no title. Dev structure (ROOT=… npx tsx /tmp/devstruct.mts, without the held-out o245+) unchanged:
 * companies 98.6/98.6, titles 99.7/99.7, dateRanges 100.0/99.8.
 *
 * The cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off the list.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList } from '../support/blind-cases.ts';
import { key } from './labelled-set.ts';
import { parsedEntries, type EntryCase } from './titles-worldwide.ts';
import { ENTRY_CASES2, NO_TITLES2 } from './titles-worldwide2.ts';

const keyed = (entries: EntryCase['entries']) =>
  entries.map(({ company, title }) => ({ company: company ? key(company) : null, title: title ? key(title) : null }));

/** The cases the parser does not yet read as a recruiter would. */
const OPEN = new Set<string>([]);

const check = (c: EntryCase) => expect(keyed(parsedEntries(c))).toEqual(keyed(c.entries));

describe('experience entries worldwide 2', () => checkCases(ENTRY_CASES2, check, OPEN));

describe('no title 2', () => checkCases(NO_TITLES2, check, OPEN));

checkOpenList([...ENTRY_CASES2, ...NO_TITLES2], OPEN);

// Written after reading the parser, for the general forms its fixes cover beyond the blind set: another arrangement,
// another trade's title, another order; and what must stay as it was.
describe('entry forms pinned by the fixes 2', () => {
  it.each<[string, string | null, string | null]>([
    [
      'Experience\nInterim Head of Finance (12-month contract), Oxfam, 2021 – 2022\nLed the finance team.',
      'Oxfam',
      'Interim Head of Finance',
    ],
    ['Experience\nWarehouse Operative (Temp via Adecco), Amazon, 2019 – 2020\nPicked orders.', 'Amazon', 'Warehouse Operative'],
    ['Experience\nSecondment: Policy Adviser, Cabinet Office, 2019 – 2020\nDrafted guidance.', 'Cabinet Office', 'Policy Adviser'],
    ['Experience\nHead Chef (Acting), The Ledbury, London, 2016 – 2017\nRan the kitchen.', 'The Ledbury', 'Head Chef (Acting)'],
    ['Experience\nFounder, Bloom & Wild\n2013 – 2019\nBuilt a flower delivery business.', 'Bloom & Wild', 'Founder'],
    [
      'Experience\nSenior Vice President, Operations\nCBRE Group, Inc., Dallas, TX\n2015 – 2022\nRan facilities for 40 sites.',
      'CBRE Group, Inc.',
      'Senior Vice President, Operations',
    ],
    [
      'Experience\nTruck Driver (Class A CDL), J.B. Hunt Transport Services, Inc., 2012 – 2019\nIntermodal routes.',
      'J.B. Hunt Transport Services, Inc.',
      'Truck Driver (Class A CDL)',
    ],
    ['Experience\nConductor, VIA Rail Canada, 2012 – 2018\nCorridor trains.', 'VIA Rail Canada', 'Conductor'],
    ['Experience\nNurse Practitioner | Mayo Clinic | Rochester, MN | 2014 – 2020', 'Mayo Clinic', 'Nurse Practitioner'],
    ['工作经历\n2015.03-2020.06  个体户  美甲师\n经营美甲店。', '个体户', '美甲师'],
    [
      '工作经历\n2019.07-至今  上海某某人力资源有限公司（派驻至中国银行）  大堂经理\n负责客户引导。',
      '上海某某人力资源有限公司',
      '大堂经理',
    ],
    ['Experience\nSenior Manager (promoted 2019), Aviva, 2016 – 2021\nRan the claims team.', 'Aviva', 'Senior Manager'],
    [
      'Experience\nJourneyman Electrician (IBEW Local 58), Motor City Electric, Detroit, MI, 2012 – 2020\nCommercial fit-outs.',
      'Motor City Electric',
      'Journeyman Electrician (IBEW Local 58)',
    ],
    [
      'Experience\nLash Technician, Blink Brow Bar, London, 2018 – 2021\nClassic and Russian volume lashes.',
      'Blink Brow Bar',
      'Lash Technician',
    ],
    ['Experience\nPA to the CEO, Fabrikam, 2016 – 2019\nDiary.', 'Fabrikam', 'PA to the CEO'],
    ['Experience\nNail Tech, Fabrikam, 2016 – 2019\nGel nails.', 'Fabrikam', 'Nail Tech'],
    ['Experience\nHeadteacher, Fabrikam Academy Trust, 2016 – 2019\nLed the school.', 'Fabrikam Academy Trust', 'Headteacher'],
    ['Experience\nClaims Handler, Fabrikam, 2016 – 2019\nMotor claims.', 'Fabrikam', 'Claims Handler'],
    ['Experience\nHead of Operations, Acme Tech, 2016 – 2019\nRan operations.', 'Acme Tech', 'Head of Operations'],
    ['Experience\nDeloitte\nFull-time · 5 yrs 3 mos\nLondon, United Kingdom\nManager\nJan 2020 - Present · 3 yrs', 'Deloitte', 'Manager'],
    [
      'Experience\nBarclays\nContract via Hays\nSenior Business Analyst\n2021 – 2022\nMapped processes.',
      'Barclays',
      'Senior Business Analyst',
    ],
    [
      'Experience\nSabbatical, 2018 – 2019\nTravelled through South America.\nProduct Manager, Monzo, 2015 – 2018',
      'Monzo',
      'Product Manager',
    ],
    ['Experience\nParental leave (2020 – 2021)\nData Engineer, Ocado, 2016 – 2020', 'Ocado', 'Data Engineer'],
    [
      'Experience\nCareer Break\n2019 – 2021\nCaring for a family member.\nSenior Accountant, BDO LLP, 2014 – 2019',
      'BDO LLP',
      'Senior Accountant',
    ],
    ['Experience\n**Tesco PLC** — Store Manager\n*2016 – 2021*\nRan a 200-person store.', 'Tesco PLC', 'Store Manager'],
    ['Experience\n1. Store Manager, Aldi UK, 2016 – 2021\n1. Cut shrinkage by 30%', 'Aldi UK', 'Store Manager'],
    ['Experience\nPartner, Slaughter and May, 2010 – Present\nCorporate M&A.', 'Slaughter and May', 'Partner'],
    ['工作经历\n工作单位：某某有限公司\n担任职务：项目经理\n任职时间：2016.03-2019.11', '某某有限公司', '项目经理'],
    ['工作经历\n所在公司：某某有限公司\n职称：高级工程师\n2016.03-2019.11', '某某有限公司', '高级工程师'],
    ['工作经历\n2019.03-至今  顺丰速运  重型货车司机（A2驾照，持危险品运输证）', '顺丰速运', '重型货车司机（A2驾照，持危险品运输证）'],
    ['Experience\nNorthwind Traders Ltd, 2016 – 2020\nKey Achievements\n• Cut costs by 30%.', 'Northwind Traders Ltd', null],
    ['Experience\nNorthwind Traders Ltd, 2016 – 2020\nClients included Tesco and Asda', 'Northwind Traders Ltd', null],
    ['Experience\nNorthwind Traders Ltd, 2016 – 2020\nPromoted to Director in 2019', 'Northwind Traders Ltd', null],
    // Unchanged: a title that starts with a break's or an arrangement's word, a title alone, a role of one's own.
    [
      'Experience\nTravelling Sales Representative, Haribo UK, 2014 – 2018\nCovered the South West.',
      'Haribo UK',
      'Travelling Sales Representative',
    ],
    ['Experience\nVolunteer, Oxfam, 2012 – 2013\nSorted donations.', 'Oxfam', 'Volunteer'],
    ['Experience\nReporting Analyst, Aviva, 2016 – 2019\nBuilt MI packs.', 'Aviva', 'Reporting Analyst'],
    ['Experience\nDriver, Self-employed, 2015 – 2019\nCourier work.', 'Self-employed', 'Driver'],
    ['Experience\nGlobex Corporation, 2015 – 2019\nPermanent\nHybrid', 'Globex Corporation', null],
  ])('%s', (section, company, title) => {
    expect(keyed(parsedEntries({ section, entries: [] }))).toEqual(keyed([{ company, title }]));
  });
});

describe('roles under one employer, pinned by the fixes', () => {
  const entries = (section: string) => keyed(parsedEntries({ section, entries: [] }));
  it.each<[string, [string | null, string | null][]]>([
    [
      'Experience\nUnilever\n2020 – Present  Director, Supply Chain\n2016 – 2019  Senior Manager, Demand Planning',
      [
        ['Unilever', 'Director, Supply Chain'],
        ['Unilever', 'Senior Manager, Demand Planning'],
      ],
    ],
    [
      'Experience\nMcKinsey & Company\nEngagement Manager\n2017 – 2019\nAssociate\n2015 – 2017',
      [
        ['McKinsey & Company', 'Engagement Manager'],
        ['McKinsey & Company', 'Associate'],
      ],
    ],
    [
      '工作经历\n2016.07-2021.06  某某集团\n2019.01-2021.06  财务总监\n2016.07-2018.12  财务经理',
      [
        ['某某集团', '财务总监'],
        ['某某集团', '财务经理'],
      ],
    ],
    [
      '工作经历\n2015.07-2020.12  华为技术有限公司  高级工程师 → 技术专家\n负责基站软件开发。',
      [
        ['华为技术有限公司', '高级工程师'],
        ['华为技术有限公司', '技术专家'],
      ],
    ],
    // Not a group: a business of one's own after the employer, another employer on a line of its own.
    [
      'Experience\nAcme Ltd\nSoftware Engineer\n2019 – 2021\nBuilt APIs.\nFreelance Developer\n2016 – 2019\nWebsites for small firms.',
      [
        ['Acme Ltd', 'Software Engineer'],
        [null, 'Freelance Developer'],
      ],
    ],
    [
      'Experience\nAcme Ltd\nSoftware Engineer\n2019 – 2021\nBuilt APIs.\nDeveloper, Globex\n2016 – 2019\nBuilt sites.',
      [
        ['Acme Ltd', 'Software Engineer'],
        ['Globex', 'Developer'],
      ],
    ],
    [
      'Experience\nSainsbury’s, Leeds\nDeputy Store Manager, 2017 – 2021\nRan a store.\nAsda, Wakefield\nDepartment Manager, 2014 – 2017\nRan produce.',
      [
        ['Sainsbury’s', 'Deputy Store Manager'],
        ['Asda', 'Department Manager'],
      ],
    ],
    [
      'Experience\nProduct Manager, Monzo, 2018 – 2021\nLed savings.\nAnalyst, Deloitte, 2015 – 2018\nAudit analytics.',
      [
        ['Monzo', 'Product Manager'],
        ['Deloitte', 'Analyst'],
      ],
    ],
  ])('%s', (section, expected) => {
    expect(entries(section)).toEqual(keyed(expected.map(([company, title]) => ({ company, title }))));
  });
});
