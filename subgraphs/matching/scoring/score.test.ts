import { describe, expect, it } from 'vitest';
import { MATCHING_FACTORS } from '../../../data/config/settings.ts';
import { normalizeWeights, roundContributions, scoreMatch } from './score.ts';
import { aContext, aJob, aTalent } from './test-fixtures.ts';

describe('scoreMatch', () => {
  it('returns every factor in MATCHING_FACTORS order, contributions adding up to the score', () => {
    const result = scoreMatch(aTalent(), aJob(), aContext());
    expect(result.factors.map((f) => f.kind)).toEqual([...MATCHING_FACTORS]);
    const sum = result.factors.reduce((s, f) => s + f.contribution, 0);
    expect(Math.abs(sum - result.score)).toBeLessThan(0.01);
    expect(result.score).toBeGreaterThan(50);
    expect(result.talentId).toBe('talent-1');
    expect(result.jobId).toBe('job-1');
  });

  it('renormalises the weights over the available factors', () => {
    const result = scoreMatch(aTalent(), aJob(), aContext({ similarity: null }));
    const semantic = result.factors.find((f) => f.kind === 'semanticSimilarity')!;
    expect(semantic).toMatchObject({ available: false, weight: 0, contribution: 0 });
    expect(result.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 10);
  });
});

describe('roundContributions', () => {
  it('rounds to cents that add up to the rounded total', () => {
    const exact = [10.004, 10.004, 10.004, 33.333, 33.333, 3.322];
    const rounded = roundContributions(exact);
    const total = Math.round(exact.reduce((a, b) => a + b, 0) * 100);
    expect(Math.round(rounded.reduce((a, b) => a + b, 0) * 100)).toBe(total);
    for (let i = 0; i < exact.length; i++) expect(Math.abs(rounded[i]! - exact[i]!)).toBeLessThan(0.01);
  });
});

describe('normalizeWeights', () => {
  it('ignores negative and non-finite weights and gives all 0 when nothing is left', () => {
    const zero = Object.fromEntries(MATCHING_FACTORS.map((f) => [f, 0]));
    expect(Object.values(normalizeWeights(zero, () => true))).toEqual(MATCHING_FACTORS.map(() => 0));
    const odd = { ...zero, requiredSkills: -1, preferredSkills: Number.NaN, location: 2, languages: 2 };
    expect(normalizeWeights(odd, () => true)).toMatchObject({ requiredSkills: 0, preferredSkills: 0, location: 0.5, languages: 0.5 });
  });
});
