import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../data/ports.ts';
import { talentSkillKeys } from '../../../data/projections/talent-projection.ts';
import { encodeListCursor } from '../../../platform/pagination.ts';
import { highlightFields, reasonsFor } from './highlights.ts';
import { RRF_K, rankByMode, reciprocalRankFusion } from './rank-fusion.ts';
import { facetsOf } from './search-facets.ts';
import {
  checkSimilarFirst,
  passesFilter,
  planSearch,
  searchCursor,
  searchOffset,
  similarEnough,
  type SearchInput,
} from './talent-search.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const ID = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';

const doc = (id: string, fields: SearchDocument['fields']): SearchDocument => ({ id, orgId: 'org', version: 1, fields });

describe('search arguments', () => {
  it('defaults to HYBRID, 20 a page and ACTIVE talents, and trims the query', () => {
    const plan = planSearch({ query: '  kubernetes  ' });
    expect(plan).toMatchObject({ query: 'kubernetes', first: 20, mode: 'HYBRID', skillKeys: [], needsSourceOfTruth: false });
    expect([...plan.statuses]).toEqual(['ACTIVE']);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the field', () => {
    const cases: [SearchInput, string][] = [
      [{ query: '' }, 'query'],
      [{ query: '   ' }, 'query'],
      [{ query: '!!!' }, 'query'],
      [{ query: 'x'.repeat(201) }, 'query'],
      [{ query: 'engineer', first: 0 }, 'first'],
      [{ query: 'engineer', first: 101 }, 'first'],
      [{ query: 'engineer', first: 2.5 }, 'first'],
      [{ query: 'engineer', mode: 'FUZZY' as never }, 'mode'],
      [{ query: 'engineer', filter: { skills: [''] } }, 'filter.skills.0'],
      [{ query: 'engineer', filter: { skills: Array.from({ length: 21 }, (_, i) => `s${i}`) } }, 'filter.skills'],
      [{ query: 'engineer', filter: { yearsMin: 5, yearsMax: 2 } }, 'filter.yearsMax'],
      [{ query: 'engineer', filter: { poolIds: ['nope'] } }, 'filter.poolIds.0'],
    ];
    for (const [input, field] of cases)
      expect(
        refusalOf(() => planSearch(input)),
        JSON.stringify(input),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('takes the deprecated skills as skillsAll (skill keys, once each) and leaves them to the search store', () => {
    const plan = planSearch({ query: 'engineer', filter: { skills: ['Go', ' KUBERNETES '], skillsAll: ['golang', 'k8s', 'Foo Bar'] } });
    expect(plan.skillKeys).toEqual(['Skill:go', 'Skill:kubernetes', 'foo bar']);
    expect(plan.filter).not.toHaveProperty('skills');
    expect(plan.needsSourceOfTruth).toBe(false);
    expect(planSearch({ query: 'engineer', filter: { status: ['ARCHIVED'] } }).needsSourceOfTruth).toBe(false);
  });

  it('takes a skill written in traditional characters as the skill its simplified name is', () => {
    expect(planSearch({ query: '會計', filter: { skillsAll: ['會計', '財務報表'] } }).skillKeys).toEqual(
      planSearch({ query: '会计', filter: { skillsAll: ['会计', '财务报表'] } }).skillKeys,
    );
  });

  it('sends to PostgreSQL only what the search documents cannot answer', () => {
    expect(planSearch({ query: 'engineer', filter: { location: 'Berlin' } }).needsSourceOfTruth).toBe(true);
    expect(planSearch({ query: 'engineer', filter: { tags: ['vip'] } }).needsSourceOfTruth).toBe(true);
    expect(planSearch({ query: 'engineer', filter: { location: null } }).needsSourceOfTruth).toBe(false);
  });

  it('checks the similar talents page size', () => {
    expect(checkSimilarFirst(50)).toBe(50);
    for (const first of [0, 51, 1.5])
      expect(refusalOf(() => checkSimilarFirst(first))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('search cursors', () => {
  const plan = planSearch({ query: 'engineer', mode: 'KEYWORD' });

  it('start where the page before ended; no cursor is the start', () => {
    expect(searchOffset(plan, null)).toBe(0);
    expect(searchOffset(plan, searchCursor(plan, 7))).toBe(7);
  });

  it("refuse another search's cursor (query, mode or filter), garbage and offsets no ranking reaches, on `after`", () => {
    const other = [
      planSearch({ query: 'kubernetes', mode: 'KEYWORD' }),
      planSearch({ query: 'engineer', mode: 'SEMANTIC' }),
      planSearch({ query: 'engineer', mode: 'KEYWORD', filter: { skillsAll: ['go'] } }),
    ];
    for (const search of other) {
      expect(search.cursorScope).not.toBe(plan.cursorScope);
      expect(refusalOf(() => searchOffset(plan, searchCursor(search, 7)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const after of ['garbage', encodeListCursor('talents:NAME:ASC', ['x', ID]), searchCursor(plan, 401)]) {
      expect(
        refusalOf(() => searchOffset(plan, after)),
        after,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('are the same for the same search', () => {
    expect(planSearch({ query: 'engineer', mode: 'KEYWORD' }).cursorScope).toBe(plan.cursorScope);
  });
});

describe('ranking', () => {
  it('fuses rankings by reciprocal rank: found by both beats first in one', () => {
    const fused = reciprocalRankFusion([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(fused.map((f) => f.id)).toEqual(['b', 'a', 'c']);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 1));
    expect(fused[1]!.score).toBeCloseTo(1 / (RRF_K + 1));
  });

  it('breaks ties by the first list that held them, then the id', () => {
    expect(reciprocalRankFusion([['x'], ['y']]).map((f) => f.id)).toEqual(['x', 'y']);
    expect(reciprocalRankFusion([['b', 'a']], 60).map((f) => f.id)).toEqual(['b', 'a']);
  });

  it('orders each mode by its own score and keeps both signals', () => {
    const keyword = [
      { id: 'a', score: 9 },
      { id: 'b', score: 4 },
    ];
    const semantic = [
      { id: 'b', score: 0.8 },
      { id: 'c', score: 0.5 },
    ];
    expect(rankByMode('KEYWORD', keyword, semantic)).toEqual([
      { id: 'a', score: 9, keyword: 9, similarity: undefined },
      { id: 'b', score: 4, keyword: 4, similarity: 0.8 },
    ]);
    expect(rankByMode('SEMANTIC', keyword, semantic).map((r) => [r.id, r.score])).toEqual([
      ['b', 0.8],
      ['c', 0.5],
    ]);
    expect(rankByMode('HYBRID', keyword, semantic).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('keeps neighbours above the floor and half the best one', () => {
    const ids = (scores: number[]) => similarEnough(scores.map((score, i) => ({ id: String(i), score }))).map((m) => m.score);
    expect(ids([0.6, 0.35, 0.29, 0.2])).toEqual([0.6, 0.35]);
    expect(ids([0.25, 0.13, 0.12])).toEqual([0.25, 0.13]);
    expect(ids([0.15, 0.09])).toEqual([0.15]);
    expect(ids([])).toEqual([]);
  });
});

describe('the filter over candidates', () => {
  const plan = planSearch({ query: 'engineer', filter: { skillsAll: ['Kubernetes'] } });
  /** A document as the index holds it (talentSearchDocument): the skills as entered and their filter keys. */
  const indexed = (id: string, { skills, status }: { skills: string[]; status?: string }) =>
    doc(id, { ...(status ? { status } : {}), skills, skillKeys: talentSkillKeys(skills) });
  const talent = indexed('t1', { status: 'ACTIVE', skills: ['kubernetes', 'Go'] });

  it('passes a candidate in the projection, allowed, of an allowed status and with every skill', () => {
    expect(passesFilter(plan, 't1', talent, null)).toBe(true);
    expect(passesFilter(plan, 't1', talent, new Set(['t1']))).toBe(true);
    expect(passesFilter(plan, 't1', undefined, null)).toBe(false);
    expect(passesFilter(plan, 't1', talent, new Set(['t2']))).toBe(false);
    expect(passesFilter(plan, 't1', indexed('t1', { status: 'ARCHIVED', skills: ['Kubernetes'] }), null)).toBe(false);
    expect(passesFilter(plan, 't1', indexed('t1', { skills: ['KUBERNETES'] }), null)).toBe(true);
    expect(passesFilter(plan, 't1', indexed('t1', { skills: ['Go'] }), null)).toBe(false);
    expect(passesFilter(planSearch({ query: 'engineer' }), 't1', indexed('t1', { skills: [] }), null)).toBe(true);
  });

  it('compares skills through the taxonomy: a synonym or the Chinese name is the same skill', () => {
    expect(passesFilter(plan, 't1', indexed('t1', { skills: ['K8S'] }), null)).toBe(true);
    const ml = planSearch({ query: 'engineer', filter: { skillsAll: ['机器学习', 'golang'] } });
    expect(passesFilter(ml, 't1', indexed('t1', { skills: ['Machine Learning', 'Go'] }), null)).toBe(true);
    expect(passesFilter(ml, 't1', indexed('t1', { skills: ['Machine Learning'] }), null)).toBe(false);
  });

  it("reads the document's stored skillKeys, what the store's own skill filter compares, not keys recomputed from its skills", () => {
    // Keys indexed when the taxonomy did not know the skill: the literal key, until reindexing refreshes them.
    expect(passesFilter(plan, 't1', doc('t1', { skills: ['K8S'], skillKeys: ['k8s'] }), null)).toBe(false);
    expect(passesFilter(plan, 't1', doc('t1', { skills: ['Kube'], skillKeys: ['Skill:kubernetes'] }), null)).toBe(true);
    expect(passesFilter(plan, 't1', doc('t1', { skills: ['Kubernetes'], skillKeys: [] }), null)).toBe(false);
  });

  it('computes the keys from the skills only for a document indexed before it had skillKeys', () => {
    expect(passesFilter(plan, 't1', doc('t1', { skills: ['K8S'] }), null)).toBe(true);
    expect(passesFilter(plan, 't1', doc('t1', { skills: 'KUBERNETES' }), null)).toBe(true);
    expect(passesFilter(plan, 't1', doc('t1', { skills: ['Go'] }), null)).toBe(false);
  });
});

describe('highlights and reasons', () => {
  it('marks whole Latin words and Chinese bigrams, escaping the rest', () => {
    const highlights = highlightFields('go 机器学习', {
      name: 'Li <Go>',
      headline: 'Going to 机器学习 team',
      skills: ['Go', 'Golang', 'Kubernetes'],
    });
    expect(highlights).toEqual([
      { field: 'name', snippet: 'Li &lt;<em>Go</em>&gt;', terms: ['go'] },
      { field: 'headline', snippet: 'Going to <em>机器学习</em> team', terms: ['机器学习'] },
      { field: 'skills', snippet: '<em>Go</em>', terms: ['go'] },
    ]);
    expect(highlightFields('!!!', { name: 'Go', headline: null, skills: [] })).toEqual([]);
  });

  it('marks a word written in the other script as it is written', () => {
    expect(highlightFields('会计', { name: '陳志明', headline: '會計主任', skills: [] })).toEqual([
      { field: 'headline', snippet: '<em>會計</em>主任', terms: ['會計'] },
    ]);
  });

  it('says why a talent matched: its highlighted fields and its similarity', () => {
    const highlights = highlightFields('kubernetes', { name: 'Ana', headline: null, skills: ['Kubernetes'] });
    expect(reasonsFor({ id: 'a', score: 1, keyword: 3, similarity: 0.834 }, highlights)).toEqual([
      "keyword: skills 'kubernetes'",
      'semantic: 0.83 similar',
    ]);
    expect(reasonsFor({ id: 'a', score: 1, keyword: 3 }, [])).toEqual(['keyword: matched']);
    expect(reasonsFor({ id: 'a', score: 0.5, similarity: 0.5 }, highlights)).toEqual(['semantic: 0.50 similar']);
  });
});

describe('facets', () => {
  it('count each value once a talent, case-insensitively, most frequent first, and years in bands', () => {
    const facets = facetsOf([
      doc('a', { skills: ['Go', 'go', 'Rust'], location: 'Berlin', companies: ['Acme'], yearsOfExperience: 2 }),
      doc('b', { skills: ['GO'], location: 'berlin', companies: [], yearsOfExperience: 12 }),
      doc('c', { skills: [], location: null, yearsOfExperience: null }),
    ]);
    expect(facets.skills).toEqual([
      { value: 'Go', count: 2 },
      { value: 'Rust', count: 1 },
    ]);
    expect(facets.locations).toEqual([{ value: 'Berlin', count: 2 }]);
    expect(facets.companies).toEqual([{ value: 'Acme', count: 1 }]);
    expect(facets.yearsOfExperience).toEqual([
      { value: '0-2', count: 0 },
      { value: '2-5', count: 1 },
      { value: '5-10', count: 0 },
      { value: '10+', count: 1 },
    ]);
  });
});
