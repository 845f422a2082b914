import { describe, expect, it } from 'vitest';
import { meanOf, ndcgAt, precisionAt } from './ranking-metrics.ts';

describe('ranking metrics', () => {
  const grades = new Map([
    ['a', 3],
    ['b', 2],
    ['c', 0],
    ['d', 1],
  ]);

  it('nDCG@k: gains 2^grade − 1 discounted by log2(position + 1), over the ideal order of every graded id', () => {
    // DCG of c, a, b = 0/1 + 7/log2(3) + 3/2 = 5.91650; ideal a, b, d = 7/1 + 3/log2(3) + 1/2 = 9.39279.
    expect(ndcgAt(3, ['c', 'a', 'b'], grades)).toBeCloseTo(0.6299, 5);
    expect(ndcgAt(3, ['a', 'b', 'd'], grades)).toBe(1);
    // Only the first k count; ids without a grade are 0; a short answer leaves its places empty.
    expect(ndcgAt(1, ['a', 'c'], grades)).toBe(1);
    expect(ndcgAt(2, ['x', 'a'], grades)).toBeCloseTo(7 / Math.log2(3) / (7 + 3 / Math.log2(3)), 10);
    expect(ndcgAt(3, ['a'], grades)).toBeCloseTo(7 / 9.39279, 5);
    // Nothing relevant to find: 0, not NaN.
    expect(ndcgAt(10, ['a'], new Map([['a', 0]]))).toBe(0);
  });

  it('precision@k: the share of the first k places holding an id of the grade or more, empty places missing', () => {
    expect(precisionAt(2, ['a', 'c', 'b'], grades, 2)).toBe(0.5);
    expect(precisionAt(3, ['a', 'c', 'b'], grades, 2)).toBeCloseTo(2 / 3, 10);
    expect(precisionAt(10, ['a', 'b', 'd'], grades, 2)).toBe(0.2);
    expect(precisionAt(10, ['a', 'b', 'd'], grades, 1)).toBeCloseTo(0.3, 10);
  });

  it('meanOf: the mean, NaN for no figures', () => {
    expect(meanOf([0.5, 1, 0])).toBe(0.5);
    expect(meanOf([])).toBeNaN();
  });
});
