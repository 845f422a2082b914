/**
 * The first blind employer set (employers-worldwide.ts and employers-worldwide-english.ts: groups and units, legal
 * forms, the employer with its city and beside its title, contractors and agencies, renamed employers, institutions,
 * self-employment, both scripts, Japanese and Korean employers, job boards', LinkedIn's and Europass's exports, tabular
 * CVs, employers named by an everyday word) through the public parser, each entry's company compared as the labelled
 * set compares companies (`key`), in order. Its DEV part runs case by case; its TEST part (every third case, decided
 * before the first run) runs only as a figure, printed beside the dev one, so that no fix is tuned on its cases.
 *
 * As written, before the parser's entry code was read (`npx tsx` over EMPLOYERS_DEV and EMPLOYERS_TEST with
 * parsedCompanies, a company counted found when its key matches an expected one of its case):
 *   dev 78/90 cases, companies P 90.9 R 87.0 (80 of 88 found, 92 expected);
 *   test 39/45 cases, companies P 89.4 R 87.5 (42 of 47 found, 48 expected).
 * After the fixes (entry-parts.ts, entry-names.ts, entry-lines.ts, entries.ts):
 *   dev 90/90 cases, companies P 100.0 R 100.0 (92 of 92 found, 92 expected);
 *   test 42/45 cases, companies P 95.7 R 93.8 (45 of 47 found, 48 expected).
 * The labelled resumes' dev structure (`npm run bench:parse -- --hold-out-from 461`) was unchanged or better after
 * every fix: companies 97.9/97.6 -> 98.5/98.2, titles 99.4/99.1 -> 99.5/99.2, schools and dateRanges unchanged.
 *
 * The dev cases still failing are listed in OPEN and run as `it.fails`, so a fix that passes one must take it off.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList, setFigures } from '../support/blind-cases.ts';
import { EMPLOYERS_DEV, EMPLOYERS_TEST, parsedCompanies, type EmployerCase } from './employers-worldwide.ts';
import { key } from './labelled-set.ts';

/** The dev cases the parser does not yet read as a recruiter would: none since the fixes. */
const OPEN = new Set<string>([]);

const check = (c: EmployerCase) => expect(parsedCompanies(c).map(key)).toEqual(c.companies.map(key));

describe('employers worldwide (dev)', () => checkCases(EMPLOYERS_DEV, check, OPEN));

checkOpenList(EMPLOYERS_DEV, OPEN);

describe('employers worldwide (figures)', () => {
  it('prints the dev and test figures, and keeps the test part where the fixes left it', () => {
    const figures = setFigures(
      'employers',
      'companies',
      { dev: EMPLOYERS_DEV, test: EMPLOYERS_TEST },
      (c) => parsedCompanies(c).map(key),
      (c) => c.companies.map(key),
    );
    expect(figures.dev.passed).toBeGreaterThanOrEqual(EMPLOYERS_DEV.length - OPEN.size);
    // 42 when the set's fixes landed; 41 since a confidentiality note in brackets is left off the employer's name, as the
    // labelled set's twenty-sixth batch writes it ("某世界500强快消企业（因保密协议不便透露）" is 某世界500强快消企业), where
    // this set's decisions keep it ("某知名互联网公司（保密）"). The labelled set is the measure; the two disagree. 42 again
    // since an agency in brackets is left off only on a contract role (the second employer set's fix). 39 since a Latin
    // employer's letters or parent in brackets are left off (the twenty-third round), as 23 dev employers of the labelled
    // set's batches since o629 write them and none keeps them, where this set's test cases keep the first decision. 38
    // since a Latin group's business and a university's own school after a dash are left off (the thirty-sixth round),
    // as every dev label of the labelled set that writes one does, where this set's test cases keep the earlier decision.
    expect(figures.test.passed).toBeGreaterThanOrEqual(38);
  });
});

const companiesOf = (section: string) => parsedCompanies({ section, companies: [] }).map(key);

// Written after reading the entry code, for the general forms the employer set's fixes cover beyond it, and where they stop.
describe("employer forms pinned by the employer set's fixes", () => {
  it.each([
    // Legal forms at the end, and Japanese and Korean ones written first.
    ['Experience\n2012 – 2018  Heineken N.V.  Brand Activation\nRan festival sponsorships.', ['Heineken N.V.']],
    ['経歴\n有限会社山田製作所\n2010.04 - 2015.03 | 製造 | 班長\n旋盤加工を担当。', ['有限会社山田製作所']],
    ['경력\n㈜네오위즈\n2017.03 - 2020.02 | 게임QA | 사원\n모바일 게임 테스트.', ['㈜네오위즈']],
    // An acquired employer's note and a renamed Chinese one's without 为.
    ['Experience\nMobike (acquired by Meituan)\nCity Operations Lead, 2017 – 2019\nRan bike fleets.', ['Mobike']],
    ['工作经历\n2015.06-2018.05  饿了么（现阿里巴巴本地生活）  城市经理\n负责城市BD团队管理。', ['饿了么']],
    // The older Europass written without colons; a client's line under a contractor's job.
    [
      'Work experience\nDates  2016 – 2020\nOccupation or position held  Nurse\nName and address of employer  Hospital Clínic de Barcelona, Carrer de Villarroel 170, 08036 Barcelona (Spain)',
      ['Hospital Clínic de Barcelona'],
    ],
    ['工作经历\n东软集团股份有限公司\nJava开发工程师\n客户：招商银行\n2016.03-2019.05\n负责信用卡系统维护。', ['东软集团股份有限公司']],
    // An employer no word marks above a title and a part no word marks.
    ['Experience\nOcado Technology\nSoftware Engineer, Fulfilment\n2018 – 2022\nBuilt robot routing.', ['Ocado Technology']],
    // A row parted by spaced slashes; a name's other form in brackets after a Japanese name.
    ['工作经历\n2016.09-2019.06  武汉京东世纪贸易有限公司 / 仓储主管 / 武汉\n负责仓库作业管理。', ['武汉京东世纪贸易有限公司']],
    [
      '職務経歴\n株式会社メルカリ (Mercari, Inc.)\n2019.04 - 2023.03  プロダクトマネージャー\n出品機能の改善。',
      ['株式会社メルカリ (Mercari, Inc.)'],
    ],
    // A 入社 row up to 現在に至る.
    ['職務経歴\n2018年10月  株式会社メルカリ 入社\nカスタマーサポートを担当。\n現在に至る', ['株式会社メルカリ']],
    // A site after a spaced dash on the employer's own line is where, left off as the labelled set's later batches leave
    // it (it was kept here before o805, o974, o1099, o1227 … said otherwise); a country in brackets kept, a city left off.
    ['Experience\nNHS Lothian – Royal Infirmary of Edinburgh\nStaff Nurse, 2015 – 2019\nCared for acute patients.', ['NHS Lothian']],
    ['Experience\nAccenture (Philippines)\nAnalyst, 2016 – 2019\nTested payroll systems.', ['Accenture (Philippines)']],
    ['Experience\nVP of Sales at Stripe (Dublin)\n2019 – 2022\nLed the EMEA team.', ['Stripe']],
    // A wrapped sentence's end above the next employer; an employer ending in an abbreviation.
    [
      'Experience\nAcme Widgets Ltd\nJan 2015 – Dec 2018\nEngineer\nWorked with suppliers, customers and\nthe board.\nGlobex\nJan 2019 – Present\nSenior Engineer',
      ['Acme Widgets Ltd', 'Globex'],
    ],
    ['Experience\nToyota Motor Mfg.\nMar 2010 – Jun 2014\nQuality Technician\nRan line audits.', ['Toyota Motor Mfg.']],
  ])('%s', (section, companies) => {
    expect(companiesOf(section)).toEqual(companies.map(key));
  });

  it.each([
    // One role written with a slash stays one part; a single word after a dash is a town, left off.
    ['Experience\nOwner / Head Baker, Crumbs Bakery, 2015 – 2020\nBaked for 30 cafés.', ['Crumbs Bakery']],
    ['Experience\nOcado Group — Hatfield\nData Analyst\n2018 – 2021\nBuilt demand dashboards.', ['Ocado Group']],
    // A description's line with no capitals above "Title, Employer" is no employer of its own.
    [
      'Experience\nDeveloper, Globex\n2019 – 2021\nMaintained billing platform\nAnalyst, Initech\n2016 – 2019\nWrote reports',
      ['Globex', 'Initech'],
    ],
  ])('reads no more than is there: %s', (section, companies) => {
    expect(companiesOf(section)).toEqual(companies.map(key));
  });
});
