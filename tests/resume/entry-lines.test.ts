/**
 * The work history's lines as experienced people's resumes write them (entry-lines.ts): career breaks, LinkedIn's
 * employment types and durations, a sidebar between an entry's lines, a promotion on one line, legal forms after a
 * comma, roles under one employer's heading.
 */
import { describe, expect, it } from 'vitest';
import { parseResumeText } from '../../subgraphs/resume/parser/resume-parser.ts';
import { segmentsOf } from '../../subgraphs/resume/parser/fields/segments.ts';
import {
  experienceLines,
  isDescriptionLine,
  joinsGroup,
  opensGroup,
  passesOverInEntry,
  rejoinedParts,
} from '../../subgraphs/resume/parser/fields/entry-lines.ts';

const parts = (line: string) => segmentsOf(line);

describe('experienceLines', () => {
  it('takes out a career break with its dates, on its line or the next', () => {
    expect(experienceLines(['Career break – caring for family', 'Mar 2019 – Aug 2021', 'Barclays'])).toEqual(['Barclays']);
    expect(experienceLines(['Career Break (travel), 2019 – 2020', 'Sales Director, Fever-Tree, 2020 – Present'])).toEqual([
      'Sales Director, Fever-Tree, 2020 – Present',
    ]);
    expect(experienceLines(['2021.01-2022.06  职业空窗期（照顾家人）', '2017.03-2020.12  上海某贸易有限公司  外贸经理'])).toEqual([
      '2017.03-2020.12  上海某贸易有限公司  外贸经理',
    ]);
  });

  it('keeps a title that starts with a word a break also uses, and a break word inside a description', () => {
    const lines = ['Travelling Sales Representative, 2014 – 2018', 'Covered maternity leave for two managers.'];
    expect(experienceLines(lines)).toEqual(lines);
  });

  it("drops LinkedIn's employment type after an employer, not a name that ends in such a word", () => {
    expect(experienceLines(['The Nail Lounge · Self-employed', 'Shopify · Full-time'])).toEqual(['The Nail Lounge', 'Shopify']);
    expect(experienceLines(['Contract Java Developer'])).toEqual(['Contract Java Developer']);
  });

  it('writes a promotion path over one range as its roles, each with the range', () => {
    expect(experienceLines(['Engineering Manager → Director of Engineering', '2014 – 2022'])).toEqual([
      'Engineering Manager',
      '2014 – 2022',
      'Director of Engineering',
      '2014 – 2022',
    ]);
    expect(experienceLines(['2015.07-2020.12  华为技术有限公司  高级工程师 → 技术专家'])).toEqual([
      '2015.07-2020.12  华为技术有限公司  高级工程师',
      '2015.07-2020.12  华为技术有限公司  技术专家',
    ]);
    // Not a path of roles: left as written.
    expect(experienceLines(['London → Manchester', '2014 – 2022'])).toEqual(['London → Manchester', '2014 – 2022']);
  });
});

describe('numbered entries', () => {
  it("takes the number off an entry's own line, not off a numbered line of its description", () => {
    expect(experienceLines(['1. Store Manager, Aldi UK, 2016 – 2021', '1. Reduced shrinkage by 30%'])).toEqual([
      'Store Manager, Aldi UK, 2016 – 2021',
      '1. Reduced shrinkage by 30%',
    ]);
  });
});

describe('a description a symbol bullets', () => {
  it("is the entry's description, never the next entry's employer (a Word table's cells a line each)", () => {
    const text = [
      '黄志伟',
      '工作经历',
      '2020年9月 - 至今',
      '东莞京东物流园',
      '仓库组长',
      '★ 带8人负责收货、上架、拣货 ★ 每月盘点，库存准确率99.8% ★ 6S现场管理',
      '2016年3月 - 2020年8月',
      '东莞市鸿泰五金制品厂',
      '仓管员',
      '➤ 原材料和成品出入库登记 ➤ 用ERP开单',
    ].join('\n');
    expect(parseResumeText(text).experience.map((e) => [e.company, e.title])).toEqual([
      ['东莞京东物流园', '仓库组长'],
      ['东莞市鸿泰五金制品厂', '仓管员'],
    ]);
  });
});

describe('Markdown emphasis', () => {
  it('is formatting, not a bullet', () => {
    expect(experienceLines(['**Tesco PLC** — Store Manager', '*2016 – 2021*', '* Ran a 200-person store.'])).toEqual([
      'Tesco PLC — Store Manager',
      '2016 – 2021',
      '* Ran a 200-person store.',
    ]);
  });
});

describe('passesOverInEntry', () => {
  it("passes over a sidebar's phone, e-mail and languages, and a line of durations, types and arrangements", () => {
    for (const line of [
      '+44 7700 900123',
      'alex@example.com',
      'English (native), Spanish (fluent)',
      '英语：CET-6',
      '7 yrs 4 mos',
      'Full-time · 12 yrs',
      '外派至华为技术有限公司',
    ])
      expect(passesOverInEntry(line, parts), line).toBe(true);
  });

  it('stops at a name, a title or a range', () => {
    for (const line of ['Senior Project Manager', 'Balfour Beatty plc', 'Jan 2017 – Present', 'French Connection'])
      expect(passesOverInEntry(line, parts), line).toBe(false);
  });
});

describe('rejoinedParts', () => {
  it('joins a legal form a comma split from its name, in any case and inside brackets', () => {
    const line = 'MERCK & CO., INC. — Rahway, NJ';
    expect(rejoinedParts(segmentsOf(line), line)).toEqual(['MERCK & CO., INC.', 'Rahway', 'NJ']);
    const uniqlo = 'Uniqlo (Fast Retailing Co., Ltd.) — Store Manager Candidate';
    expect(rejoinedParts(segmentsOf(uniqlo), uniqlo)).toEqual(['Uniqlo (Fast Retailing Co., Ltd.)', 'Store Manager Candidate']);
  });

  it('joins what a comma split inside a bracket', () => {
    const line = '2019.03-至今  顺丰速运  重型货车司机（A2驾照，持危险品运输证）';
    expect(rejoinedParts(segmentsOf(line), line)).toEqual(['2019.03-至今', '顺丰速运', '重型货车司机（A2驾照，持危险品运输证）']);
  });

  it('leaves parts that are no legal form', () => {
    const line = 'Acme Widgets, Leeds, Team Leader';
    expect(rejoinedParts(segmentsOf(line), line)).toEqual(segmentsOf(line));
  });
});

describe('groups of roles under one employer', () => {
  it('opens a group from an employer on a line of its own, with its city', () => {
    expect(opensGroup([['Unilever'], ['Director, Supply Chain Planning']], 'Unilever')).toBe(true);
    expect(opensGroup([['Rolls-Royce plc', 'Derby'], ['Engineering Manager']], 'Rolls-Royce plc')).toBe(true);
    expect(opensGroup([['Netflix', 'Senior Software Engineer']], 'Netflix')).toBe(false);
  });

  it('joins a role whose every line names a title, not one with an employer of its own or a business of its own', () => {
    expect(joinsGroup([['Senior Manager', 'Demand Planning']], 'Senior Manager')).toBe(true);
    expect(joinsGroup([['Asda'], ['Department Manager']], 'Department Manager')).toBe(false);
    expect(joinsGroup([['Freelance Developer']], 'Freelance Developer')).toBe(false);
    expect(joinsGroup([['Developer', 'Globex']], 'Developer')).toBe(false);
  });
});

describe('isDescriptionLine', () => {
  it("reads a description's heading, a career note and a phrase of prose as description", () => {
    for (const line of [
      'Key Achievements',
      'Key responsibilities:',
      'Scope of role',
      'Highlights',
      '主要工作',
      '工作业绩：',
      'Promoted in 2019',
      'Left to relocate',
      'Clients included Tesco and Asda',
      'Global role across 14 countries',
    ])
      expect(isDescriptionLine(line), line).toBe(true);
  });

  it('reads titles and employers as names, lower-case words and all', () => {
    for (const line of [
      'Head of Sales and Marketing',
      'Sales assistant',
      'Director of Engineering',
      'Bank of America',
      'Chief of staff to the CEO',
      'Marks and Spencer',
      'Senior Manager, Demand Planning',
      '高级产品经理',
    ])
      expect(isDescriptionLine(line), line).toBe(false);
  });
});
