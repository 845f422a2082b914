/**
 * Terms in Latin letters the description readers find where no list stands: acronyms a bracket lists, and English
 * terms inside a Chinese sentence. Invented names (Zorb, quibbit, ZQX) keep the cases independent of the taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { bracketedAcronyms } from '../../subgraphs/resume/parser/fields/acronym-lists.ts';
import { latinTerms } from '../../subgraphs/resume/parser/fields/latin-terms.ts';

const acronyms = (text: string) => bracketedAcronyms(text).map((s) => s.name);
const terms = (text: string) => latinTerms(text).map((s) => s.name);

describe('bracketedAcronyms: the codes a bracket lists', () => {
  it('reads each code of a bracket that lists two or more and nothing else', () => {
    // UT is the taxonomy's: its skill.
    expect(acronyms('ILI run planning and data assessment (ZQX, UT, QBRT-9), dig program prioritisation.')).toEqual([
      'ZQX',
      'Non-destructive Testing',
      'QBRT-9',
    ]);
    expect(acronyms('负责本地清算（ZQX、QXB 和 VXM）')).toEqual(['ZQX', 'QXB', 'VXM']);
    expect(acronyms('工艺验证（ZQ/XQ/VQ）')).toEqual(['ZQ', 'XQ', 'VQ']);
  });

  it('reads none of one code, of a word among them, of places or money, or of a level', () => {
    expect(acronyms('data assessment (ZQX)')).toEqual([]);
    expect(acronyms('data assessment (ZQX, Zorblex)')).toEqual([]);
    expect(acronyms('branches (US, UK)')).toEqual([]);
    expect(acronyms('field audits (CA, NY, TX)')).toEqual([]);
    expect(acronyms('budget (USD/RMB)')).toEqual([]);
    expect(acronyms('IB subjects (B2, Q1)')).toEqual([]);
  });
});

describe('latinTerms: English terms inside a Chinese sentence', () => {
  it('reads a term alone, and one with the work done on it that follows', () => {
    expect(terms('负责琛瑶投注受理，每日 quibbit reconciliation。')).toEqual(['quibbit reconciliation']);
    expect(terms('负责 zorb fitting、zorb room 管理（quibbit certificate 核查）。')).toEqual([
      'zorb fitting',
      'zorb room 管理',
      'quibbit certificate 核查',
    ]);
    expect(terms('起草 zorblex petitions 与口审意见')).toEqual(['zorblex petitions']);
    // Its first word an acronym or a capitalised word.
    expect(terms('负责 ZQX dashboard 与 Zorbwick consistency 检测')).toEqual(['ZQX dashboard', 'Zorbwick consistency 检测']);
  });

  it('reads no part of a longer Chinese term, no place or thing counted, and no phrase a conjunction opens', () => {
    expect(terms('負責 zorb counter 投注受理')).toEqual([]);
    expect(terms('在澳洲 zorb park 做了三年')).toEqual([]);
    expect(terms('建设 18 顶 zorb tent 与 6 顶 quibbit tent')).toEqual([]);
    expect(terms('good at 客户开发 and quibbit negotiation，沟通能力强')).toEqual([]);
    expect(terms('Zorb reconciliation and quibbit sales.')).toEqual([]);
  });
});
