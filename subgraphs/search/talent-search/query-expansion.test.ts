import { describe, expect, it } from 'vitest';
import { expandQuery, expandQueryForKeywords, withPartialMatches } from './query-expansion.ts';
import { rankByMode } from './rank-fusion.ts';

describe('expandQuery', () => {
  it('adds the English and Chinese names of the skills a query names by an alias, after its own words', () => {
    const expanded = expandQuery('k8s 运维');
    expect(expanded.startsWith('k8s 运维 ')).toBe(true);
    expect(expanded).toContain('Kubernetes');
  });

  it('leaves a query that names no skill as it is', () => {
    expect(expandQuery('someone friendly')).toBe('someone friendly');
  });
});

describe('expandQueryForKeywords', () => {
  it('adds the other language of the job titles, families and levels a query names', () => {
    const expanded = expandQueryForKeywords('资深 服务端开发');
    expect(expanded.startsWith('资深 服务端开发')).toBe(true);
    expect(expanded).toContain('senior');
    expect(expanded).toContain('backend');
    expect(expandQueryForKeywords('key account manager')).toContain('大客户经理');
  });

  it('reads pinyin as the Chinese it spells, with the names of that term', () => {
    const expanded = expandQueryForKeywords('chanpin jingli');
    expect(expanded).toContain('产品经理');
    expect(expanded).toContain('product manager');
    expect(expandQueryForKeywords('zijie tiaodong')).toContain('字节跳动');
  });

  it('names the skills a query describes in other words', () => {
    expect(expandQueryForKeywords('in-memory cache')).toContain('Redis');
  });

  it('leaves a query that names nothing it knows as it is', () => {
    expect(expandQueryForKeywords('someone friendly')).toBe('someone friendly');
  });
});

describe('withPartialMatches', () => {
  const hit = (id: string, score: number) => ({ id, score });

  it('ranks the full matches first and the partial ones after them, scored below, without repeating one', () => {
    const merged = withPartialMatches(
      { total: 2, hits: [hit('a', 0.5), hit('b', 0.2)] },
      { total: 4, hits: [hit('c', 0.9), hit('a', 0.8), hit('d', 0.3), hit('b', 0.1)] },
      10,
    );
    expect(merged.hits.map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.hits.every((h, i) => i === 0 || h.score <= merged.hits[i - 1]!.score)).toBe(true);
    expect(merged.total).toBe(4);
  });

  it('keeps the partial scores when nothing matched in full, and cuts at `first`', () => {
    const merged = withPartialMatches({ total: 0, hits: [] }, { total: 3, hits: [hit('c', 0.9), hit('d', 0.3), hit('e', 0.1)] }, 2);
    expect(merged).toEqual({ total: 3, hits: [hit('c', 0.9), hit('d', 0.3)] });
  });
});

describe('fusion weights', () => {
  it('weigh both rankings alike whatever the embedder, a talent first in both scoring 2 / 61 and the keyword list first on a tie', () => {
    const [top] = rankByMode('HYBRID', [{ id: 'a', score: 3 }], [{ id: 'a', score: 0.5 }]);
    expect(top!.score).toBeCloseTo(2 / 61, 10);
    const fused = rankByMode('HYBRID', [{ id: 'k', score: 3 }], [{ id: 's', score: 0.5 }]);
    expect(fused.map((r) => r.id)).toEqual(['k', 's']);
  });
});

describe('expandQuery with related skills', () => {
  it('adds the names of the skills the taxonomy relates to the ones named, only when asked', () => {
    const plain = expandQuery('JavaScript');
    const related = expandQuery('JavaScript', true);
    expect(plain).not.toContain('TypeScript');
    expect(related).toContain('TypeScript');
    expect(related.startsWith(plain)).toBe(true);
  });
});
