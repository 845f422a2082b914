import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../data/ports.ts';
import { conceptCoverage, queryConcepts } from './keyword-coverage.ts';
import { keywordWeight } from './talent-search.ts';

const doc = (id: string, fields: SearchDocument['fields']): SearchDocument => ({ id, orgId: 'o', version: 1, fields });

describe('queryConcepts', () => {
  it('finds the skills and job concepts a query names, by alias, with a typo or in pinyin', () => {
    expect(queryConcepts('senior k8s engineer').map((c) => c.id)).toEqual(['skill:kubernetes', 'seniority:senior']);
    expect(queryConcepts('kubernets').map((c) => c.id)).toEqual(['skill:kubernetes']);
    expect(queryConcepts('chanpin jingli').map((c) => c.id)).toContain('role:product-manager');
    expect(queryConcepts('engineer who likes the sea')).toEqual([]);
  });
});

describe('conceptCoverage', () => {
  const concepts = queryConcepts('资深 k8s');

  it('is the share of the concepts a document holds: a skill by its key, a level or title by its words in any text field', () => {
    expect(conceptCoverage(concepts, doc('a', { skillKeys: ['Skill:kubernetes'], headline: 'Senior SRE at Acme' }))).toBe(1);
    expect(conceptCoverage(concepts, doc('b', { skillKeys: ['Skill:kubernetes'], headline: 'SRE' }))).toBe(0.5);
    expect(conceptCoverage(concepts, doc('c', { skillKeys: [], titles: ['资深运维工程师'] }))).toBe(0.5);
  });

  it('gives nothing for a related skill alone, a missing document, or a query naming no concept', () => {
    expect(conceptCoverage(concepts, doc('d', { skillKeys: ['Skill:docker'], skills: ['Docker'] }))).toBe(0);
    expect(conceptCoverage(concepts, undefined)).toBe(0);
    expect(conceptCoverage([], doc('a', { skillKeys: ['Skill:kubernetes'] }))).toBe(0);
  });
});

describe('keywordWeight', () => {
  const documents = new Map([
    ['full', doc('full', { skillKeys: [] })],
    ['both', doc('both', { skillKeys: ['Skill:kubernetes'], headline: 'Senior engineer' })],
    ['words', doc('words', { headline: 'engineer' })],
  ]);
  const hits = (...ids: string[]) => ({ total: ids.length, hits: ids.map((id) => ({ id, score: 1 })) });

  it('is 1 for every hit when enough talents have every term (no partial matches)', () => {
    const full = hits('words');
    expect(keywordWeight({ full, ranking: full, concepts: [] }, documents)('words')).toBe(1);
  });

  it('is 1 for a full match and the concept coverage for a partial one', () => {
    const concepts = queryConcepts('senior k8s engineer');
    const weight = keywordWeight({ full: hits('full'), ranking: hits('full', 'both', 'words'), concepts }, documents);
    expect(['full', 'both', 'words'].map(weight)).toEqual([1, 1, 0]);
  });
});
