import { describe, expect, it } from 'vitest';
import { fuseRankings, rankByMode, RRF_K } from './rank-fusion.ts';

const hits = (...ids: string[]) => ids.map((id, i) => ({ id, score: 10 - i }));
const matches = (...ids: string[]) => ids.map((id, i) => ({ id, score: 0.9 - i / 100 }));
const ids = (ranked: { id: string }[]) => ranked.map((r) => r.id);

describe('fuseRankings', () => {
  it('weighs each entry by its list’s weightOf, and keeps an entry of weight 0 after those with evidence', () => {
    const fused = fuseRankings([{ ids: ['a', 'b', 'c'], weightOf: (id) => (id === 'a' ? 0 : 0.5) }, { ids: ['d'] }]);
    expect(ids(fused)).toEqual(['d', 'b', 'c', 'a']);
    expect(fused[0]!.score).toBeCloseTo(1 / (RRF_K + 1));
    expect(fused[1]!.score).toBeCloseTo(0.5 / (RRF_K + 2));
    expect(fused[3]!.score).toBe(0);
  });

  it('passes the rank (from 1) to weightOf', () => {
    const ranks: number[] = [];
    fuseRankings([{ ids: ['a', 'b'], weightOf: (_, rank) => (ranks.push(rank), 1) }]);
    expect(ranks).toEqual([1, 2]);
  });
});

describe('HYBRID weighted by keyword coverage', () => {
  const semantic = matches('s1', 's2', 's3', 'exact', 's5');

  it('a full keyword match still lifts an exact hit to the top, from low in the semantic ranking', () => {
    expect(ids(rankByMode('HYBRID', hits('exact'), semantic, () => 1))[0]).toBe('exact');
    // Its keyword rank 1 and semantic rank 4 beat semantic's first alone.
    expect(ids(rankByMode('HYBRID', hits('exact', 'other'), semantic, () => 1)).slice(0, 2)).toEqual(['exact', 's1']);
  });

  it('a weak partial match cannot bury semantic’s best: below it whatever its keyword rank', () => {
    const partial = hits('p1', 'p2', 'p3');
    for (const coverage of [0, 0.25, 0.5, 0.99]) {
      const ranked = rankByMode('HYBRID', partial, semantic, () => coverage);
      expect(ranked[0]!.id).toBe('s1');
    }
    // Of no concept of the query (common words only): the semantic order stands, the partial matches after it.
    expect(ids(rankByMode('HYBRID', partial, semantic, () => 0))).toEqual(['s1', 's2', 's3', 'exact', 's5', 'p1', 'p2', 'p3']);
  });

  it('a partial match holding more of the query ranks higher, whatever the keyword score put first', () => {
    const weight = (id: string) => ({ pLow: 0.25, pHigh: 1 })[id] ?? 0;
    const ranked = ids(rankByMode('HYBRID', hits('pLow', 'pHigh'), semantic, weight));
    expect(ranked.indexOf('pHigh')).toBeLessThan(ranked.indexOf('pLow'));
    expect(ranked[0]).toBe('s1');
  });

  it('keeps each hit’s keyword score and similarity for its reasons, and KEYWORD and SEMANTIC ignore the weights', () => {
    const [top] = rankByMode('HYBRID', hits('s1'), semantic, () => 0.5);
    expect(top).toMatchObject({ id: 's1', keyword: 10, similarity: 0.9 });
    expect(ids(rankByMode('KEYWORD', hits('p1', 'p2'), semantic, () => 0))).toEqual(['p1', 'p2']);
    expect(ids(rankByMode('SEMANTIC', hits('p1'), semantic, () => 0))).toEqual(ids(semantic));
  });
});
