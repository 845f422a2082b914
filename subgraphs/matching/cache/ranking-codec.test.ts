import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../scoring/score.ts';
import { aContext, aJob, aTalent } from '../scoring/test-fixtures.ts';
import type { RankedJob } from '../ranking/rank-job.ts';
import { packRanking, unpackRanking } from './ranking-codec.ts';

/** A ranking of real scorer output: varied skills, cities, languages, knock-outs, both languages. */
function aRanking(size: number): RankedJob {
  const job = aJob({ knockouts: { mustHaveSkills: ['Kubernetes'], minYearsOfExperience: 3, workLocation: false, languages: [] } });
  const skills = [['Go', 'Kubernetes'], ['Go'], ['Java', 'Spring'], ['Kubernetes', 'Kafka', 'Go'], []];
  const places = ['Beijing', 'Shanghai', 'London', null];
  const matches = Array.from({ length: size }, (_, i) =>
    scoreMatch(
      aTalent({
        id: `talent-${i}`,
        skills: skills[i % skills.length]!,
        location: places[i % places.length]!,
        yearsOfExperience: i % 7 ? i % 12 : null,
      }),
      job,
      aContext({ language: i % 2 ? 'zh' : 'en', similarity: i % 9 ? (i % 10) / 10 : null }),
    ),
  );
  return { matches, similarityAvailable: true };
}

describe('the cached ranking codec', () => {
  it('gives back exactly the ranking it packed, in well under the JSON', () => {
    const ranked = aRanking(300);
    const packed = packRanking(ranked)!;
    expect(unpackRanking(packed)).toEqual(ranked);
    expect(packed.length).toBeLessThan(JSON.stringify(ranked).length / 2);
  });

  it('reads a ranking stored as plain JSON, and packs nothing it does not know (a field added later is kept, as JSON)', () => {
    const ranked = aRanking(3);
    expect(unpackRanking(JSON.stringify(ranked))).toEqual(ranked);
    const withMore = { ...ranked, matches: ranked.matches.map((m) => ({ ...m, percentile: 0.5 })) };
    expect(packRanking(withMore)).toBeNull();
    const factorWithMore = { ...ranked, matches: [{ ...ranked.matches[0]!, factors: [{ ...ranked.matches[0]!.factors[0]!, note: 'x' }] }] };
    expect(packRanking(factorWithMore)).toBeNull();
    expect(unpackRanking(packRanking({ matches: [], similarityAvailable: false })!)).toEqual({ matches: [], similarityAvailable: false });
  });
});
