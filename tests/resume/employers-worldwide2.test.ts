/**
 * The second blind employer set (employers-worldwide2.ts and employers-worldwide2-english.ts: local entities of
 * multinationals, names holding a title or a place word, a brand with its unit, the trade and size after a name, earlier
 * jobs on one line, several titles under one employer, two jobs at once, freelance with clients, contractors through an
 * agency, an employer in a sentence, tables with merged cells, title-first lines in many separators, capitals, & and
 * apostrophes, numerals, branch lines, German, French, Spanish and Dutch sections) through the public parser, each
 * entry's company compared as the labelled set compares companies (`key`), in order. Its DEV part runs case by case; its
 * TEST part (every third case, decided before the first run) runs only as a figure, printed beside the dev one.
 *
 * As written, before the parser's entry code was read (`npx tsx` over EMPLOYERS_2_DEV and EMPLOYERS_2_TEST with
 * parsedCompanies and setFigures):
 *   dev 67/89 cases, companies P 90.7 R 75.7 (78 of 86 found, 103 expected);
 *   test 33/44 cases, companies P 89.1 R 78.8 (41 of 46 found, 52 expected).
 * After the fixes (entry-parts.ts, entry-names.ts, entry-lines.ts, entries.ts):
 *   dev 80/89 cases, companies P 96.8 R 89.3 (92 of 95 found, 103 expected);
 *   test 36/44 cases, companies P 91.7 R 84.6 (44 of 48 found, 52 expected).
 * The labelled resumes' dev structure (`npm run bench:parse -- --hold-out-from 461`) was unchanged or better after
 * every fix: companies 98.3/98.1 -> 98.5/98.2 (o254's "John Deere (via RDO Equipment)"), titles 99.7/99.4 unchanged.
 *
 * The dev cases still failing are listed in OPEN, with why, and run as `it.fails`, so a fix that passes one must take it
 * off.
 */
import { describe, expect, it } from 'vitest';
import { checkCases, checkOpenList, setFigures } from '../support/blind-cases.ts';
import { parsedCompanies, type EmployerCase } from './employers-worldwide.ts';
import { EMPLOYERS_2_DEV, EMPLOYERS_2_TEST } from './employers-worldwide2.ts';
import { key } from './labelled-set.ts';

const OPEN = new Set<string>([
  // An employer named only in a sentence, with no range to hang an entry on ("2016年加入…，2020年离职", "Since 2018 I
  // have worked at …"): entries hang on a date range's line.
  '2016年加入联合利华，任品牌经理，负责多芬品牌在华南的推广，2020年离职。',
  'Since 2018 I have worked at Ocado Technology as a software engineer, building robot routing.',
  // A one-line list of earlier jobs: splitting it into its jobs made three entries more in the labelled dev split's
  // held-out resumes, which do not note such a list's jobs; this set's decision and the labelled set's disagree.
  '2016.03-至今  京东物流  站点经理 / 负责配送站运营。 / 早期经历：2012-2014 顺丰速运 快递员；2014-2016 圆通速递 分拣组长',
  'Operations Director, DHL Supply Chain, 2014 – present / Ran six warehouses. / Previous: Shift Manager, Tesco (2009–2014); Warehouse Operative, Asda (2006–2009)',
  // The agency of a contract role is left off, as titles set 2 decides ("Deutsche Bank (via Harvey Nash)"); this set
  // keeps it, after the labelled "John Deere (via RDO Equipment)", which is no contract.
  'Data Analyst (Contract), Barclays (via Hays), 2020 – 2021 / Built fraud dashboards.',
  // "Contract — via Hays, at Barclays" names no employer where one goes; the client after "at" is not read as one.
  'Contract — via Hays, at Barclays / Business Analyst, 2019 – 2020 / Mapped payments processes.',
]);

const check = (c: EmployerCase) => expect(parsedCompanies(c).map(key)).toEqual(c.companies.map(key));

describe('employers worldwide 2 (dev)', () => checkCases(EMPLOYERS_2_DEV, check, OPEN));

checkOpenList(EMPLOYERS_2_DEV, OPEN);

describe('employers worldwide 2 (figures)', () => {
  it('prints the dev and test figures, and keeps the test part where the fixes left it', () => {
    const figures = setFigures(
      'employers 2',
      'companies',
      { dev: EMPLOYERS_2_DEV, test: EMPLOYERS_2_TEST },
      (c) => parsedCompanies(c).map(key),
      (c) => c.companies.map(key),
    );
    expect(figures.dev.passed).toBeGreaterThanOrEqual(EMPLOYERS_2_DEV.length - OPEN.size);
    // 36 when the set's fixes landed (37 later); 35 since a Latin employer's letters or parent in brackets are left off
    // (the twenty-third round), as the labelled set's batches since o629 leave them off and this set's test cases keep them.
    expect(figures.test.passed).toBeGreaterThanOrEqual(35);
  });
});

const companiesOf = (section: string) => parsedCompanies({ section, companies: [] }).map(key);

// Written after reading the entry code, for the general forms the second employer set's fixes cover beyond it, and where
// they stop.
describe("employer forms pinned by the second employer set's fixes", () => {
  it.each([
    // The employer's trade and size in brackets, or after separators up to its head count.
    ['工作经历\n2015.07-2019.06  杭州网易严选贸易有限公司（电子商务，500-999人）  运营专员\n负责类目运营。', ['杭州网易严选贸易有限公司']],
    ['Experience\nVerity Ltd (fintech; 80 employees)\nAnalyst, 2018 – 2020\nBuilt reports.', ['Verity Ltd']],
    ['Experience\nHarbour Foods — Food manufacturing — 1,000+ employees\nQuality Manager\n2014 – 2020\nRan audits.', ['Harbour Foods']],
    // A branch joined by a dash, whatever else the line names.
    ['工作经历\n2018.03-2021.06  海底捞 - 成都春熙路店  领班\n负责前厅服务。', ['海底捞 - 成都春熙路店']],
    [
      'Experience\nLloyds Bank — Leeds Briggate branch\nCustomer Adviser, 2015 – 2019\nOpened accounts.',
      ['Lloyds Bank — Leeds Briggate branch'],
    ],
    // A table's merged employer cell, and a range in a From and a To cell.
    ['Work History\n2019 – 2023 | Aviva | Senior Actuary\n2016 – 2019 |  | Actuarial Analyst', ['Aviva', 'Aviva']],
    ['Employment\nTitle | Employer | From | To\nChef de Partie | The Savoy | 2014 | 2018', ['The Savoy']],
    // A long employer's name; a dealer kept, a contract's agency left off.
    [
      'Experience\nPhysiotherapist\nOxford University Hospitals NHS Foundation Trust\n2015 – 2021\nTreated stroke patients.',
      ['Oxford University Hospitals NHS Foundation Trust'],
    ],
    ['Experience\nField Service Engineer, Caterpillar (via Finning), 2012 – 2018\nServiced mining trucks.', ['Caterpillar (via Finning)']],
    ['Experience\nContract Tester, Lloyds Banking Group (via Hays), 2020 – 2021\nTested payments.', ['Lloyds Banking Group']],
    // A row its slashes part; a Spanish title after its employer's dash.
    ['Experience\nData Engineer / Monzo / 2019 – 2022\nBuilt the ledger.', ['Monzo']],
    ['Experiencia laboral\n2012 – 2016  Telefónica, S.A. — Jefe de proyecto\nDespliegue de fibra.', ['Telefónica, S.A.']],
  ])('%s', (section, companies) => {
    expect(companiesOf(section)).toEqual(companies.map(key));
  });

  it.each([
    // A department after a middle dot is no branch; a town after one is left off.
    ['工作经历\n2019.07-至今  招商银行 · 零售金融部  理财经理\n负责客户资产配置。', ['招商银行']],
    ['Experience\nPret A Manger · Oxford\nBarista, 2016 – 2018\nServed coffee.', ['Pret A Manger']],
    // A head count in a description's sentence is no employer's size.
    ['Experience\nWarehouse Manager, Ocado, 2016 – 2020\nManaged 50 employees across two shifts.', ['Ocado']],
    // A one-line list of earlier jobs stays the description of the job above it, as the labelled set notes it.
    [
      'Experience\nHead Chef, Dishoom, 2017 – present\nRan the kitchen.\nEarlier roles: Sous Chef, Hawksmoor (2014–2017); Line Cook, Wahaca (2012–2014)',
      ['Dishoom'],
    ],
  ])('reads no more than is there: %s', (section, companies) => {
    expect(companiesOf(section)).toEqual(companies.map(key));
  });
});
