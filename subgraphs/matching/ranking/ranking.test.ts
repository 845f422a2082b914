import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_WEIGHTS } from '../../../data/config/settings.ts';
import { EmbeddingsError } from '../../../data/embeddings/embedder.ts';
import { LoomaError } from '../../../platform/errors.ts';
import { aJob, aTalent } from '../scoring/test-fixtures.ts';
import type { MatchResult, MatchTalent } from '../scoring/types.ts';
import { matchLanguage } from './language.ts';
import { cosine, type MatchReads } from './match-reads.ts';
import { matchCursorScope, matchPageSize, orderMatches, pageOfMatches } from './paging.ts';
import { rankJob, type RankRequest } from './rank-job.ts';

const result = (talentId: string, score: number, knockedOut = false): MatchResult => ({
  talentId,
  jobId: 'job-1',
  score,
  factors: [],
  knockedOut,
  knockouts: [],
  gaps: [],
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof LoomaError ? [error.code, error.details?.field] : ['other'];
  }
  return null;
};

describe("the viewer's language", () => {
  it('is Chinese when the most preferred Accept-Language tag is zh…, English otherwise', () => {
    expect(matchLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(matchLanguage('zh-Hant-TW')).toBe('zh');
    expect(matchLanguage('en;q=0.5, zh;q=0.9')).toBe('zh');
    expect(matchLanguage('en-US,zh;q=0.7')).toBe('en');
    expect(matchLanguage('fr')).toBe('en');
    expect(matchLanguage('zh;q=0, en')).toBe('en');
    expect(matchLanguage(undefined)).toBe('en');
    expect(matchLanguage('')).toBe('en');
  });
});

describe('the order and pages of a ranking', () => {
  const matches = [result('b', 70), result('a', 70), result('c', 90), result('k', 99, true), result('j', 10, true)];

  it('puts the best first (ties by id) and knocked-out talents after every other, or leaves them out', () => {
    expect(orderMatches(matches, 'FLAG').map((m) => m.talentId)).toEqual(['c', 'a', 'b', 'k', 'j']);
    expect(orderMatches(matches, 'EXCLUDE').map((m) => m.talentId)).toEqual(['c', 'a', 'b']);
  });

  it('pages with cursors of its own scope; another scope, a foreign or a too-far cursor is BAD_USER_INPUT on after', () => {
    const ordered = orderMatches(matches, 'FLAG');
    const scope = matchCursorScope('job-1', null, 'FLAG');
    const first = pageOfMatches(ordered, scope, 2, null);
    expect(first.edges.map((e) => e.node.talentId)).toEqual(['c', 'a']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.totalCount).toBe(5);
    const second = pageOfMatches(ordered, scope, 2, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.talentId)).toEqual(['b', 'k']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const last = pageOfMatches(ordered, scope, 2, second.pageInfo.endCursor);
    expect(last.edges.map((e) => e.node.talentId)).toEqual(['j']);
    expect(last.pageInfo.hasNextPage).toBe(false);

    for (const other of [
      matchCursorScope('job-2', null, 'FLAG'),
      matchCursorScope('job-1', null, 'EXCLUDE'),
      matchCursorScope('job-1', { skillsAll: ['Go'] }, 'FLAG'),
    ]) {
      expect(other).not.toBe(scope);
      expect(codeOf(() => pageOfMatches(ordered, other, 2, first.pageInfo.endCursor))).toEqual(['BAD_USER_INPUT', 'after']);
    }
    expect(codeOf(() => pageOfMatches(ordered, scope, 2, 'garbage'))).toEqual(['BAD_USER_INPUT', 'after']);
    const beyond = pageOfMatches([...ordered, ...ordered], scope, 9, null).pageInfo.endCursor;
    expect(codeOf(() => pageOfMatches(ordered, scope, 2, beyond))).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('takes 1 to 100 a page, 20 by default', () => {
    expect(matchPageSize(undefined)).toBe(20);
    expect(matchPageSize(100)).toBe(100);
    for (const first of [0, 101, 2.5, -1]) expect(codeOf(() => matchPageSize(first))).toEqual(['BAD_USER_INPUT', 'first']);
  });
});

describe('cosine similarity', () => {
  it('is 1 for the same direction, 0 for orthogonal or empty vectors', () => {
    expect(cosine([1, 2], [2, 4])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([], [])).toBe(0);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });
});

/** Reads over fixed answers, recording what the ranking asked. */
function fakeReads(options: { modelDown?: boolean; nearest: string[]; keyword: string[]; talents: MatchTalent[] }) {
  const asked: { nearest: number; keywordSkills: string[][]; candidates: string[][]; vectors: string[][]; paths: string[][] } = {
    nearest: 0,
    keywordSkills: [],
    candidates: [],
    vectors: [],
    paths: [],
  };
  const reads = {
    embeddingModel: 'looma-hash-ngram-v3',
    embedJobs: async () => {
      if (options.modelDown) throw new EmbeddingsError('unavailable', 'model down');
      return [[1, 0]];
    },
    nearestTalents: async () => {
      asked.nearest++;
      return options.nearest;
    },
    talentsWithAnySkill: async (_org: string, skills: string[]) => {
      asked.keywordSkills.push(skills);
      return options.keyword;
    },
    talents: async (_org: string, ids: string[]) => {
      asked.candidates.push(ids);
      return options.talents.filter((t) => ids.includes(t.id));
    },
    vectors: async (_org: string, ids: string[]) => {
      asked.vectors.push(ids);
      return new Map(ids.map((id) => [id, id === 'near' ? [1, 0] : [0, 1]]));
    },
    warmPaths: async (_org: string, ids: string[]) => {
      asked.paths.push(ids);
      return new Map([['near', [{ viaId: 'v', viaName: 'Wang Fang', relation: 'WORKED_WITH', company: 'ByteDance', hops: 1 }]]]);
    },
  };
  return { reads: reads as unknown as MatchReads, asked };
}

const request = (overrides: Partial<RankRequest> = {}): RankRequest => ({
  orgId: 'org-1',
  job: aJob(),
  filter: null,
  weights: DEFAULT_MATCHING_WEIGHTS,
  language: 'en',
  warmPaths: true,
  now: new Date('2026-12-01T00:00:00Z'),
  ...overrides,
});

describe('rankJob', () => {
  const talents = [aTalent({ id: 'near' }), aTalent({ id: 'both' }), aTalent({ id: 'keyword', skills: ['Kafka'] })];

  it('scores the union of the nearest talents and the required-skill hits, once each, with the similarity and warm paths read in one batch', async () => {
    const { reads, asked } = fakeReads({ nearest: ['near', 'both'], keyword: ['both', 'keyword', 'filtered-out'], talents });
    const ranked = await rankJob(reads, request());
    expect(ranked.similarityAvailable).toBe(true);
    expect(asked.candidates).toEqual([['near', 'both', 'keyword', 'filtered-out']]);
    expect(asked.keywordSkills).toEqual([['Go', 'Kubernetes', 'Kafka']]);
    expect(asked.vectors).toEqual([['near', 'both', 'keyword']]);
    expect(asked.paths).toEqual([['near', 'both', 'keyword']]);
    expect(ranked.matches.map((m) => m.talentId).sort()).toEqual(['both', 'keyword', 'near']);
    const factor = (id: string, kind: string) => ranked.matches.find((m) => m.talentId === id)!.factors.find((f) => f.kind === kind)!;
    // Same profile, one nearer the job's vector and one with a warm path.
    expect(factor('near', 'semanticSimilarity').score).toBeGreaterThan(factor('both', 'semanticSimilarity').score);
    expect(factor('near', 'warmPath').score).toBeGreaterThan(factor('both', 'warmPath').score);
    for (const match of ranked.matches) expect(match.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(match.score, 1);
  });

  it('without the model: candidates from the skills alone, no similarity, and says so', async () => {
    const { reads, asked } = fakeReads({ modelDown: true, nearest: ['near'], keyword: ['keyword'], talents });
    const ranked = await rankJob(reads, request({ warmPaths: false }));
    expect(ranked.similarityAvailable).toBe(false);
    expect(asked.nearest).toBe(0);
    expect(asked.vectors).toEqual([]);
    expect(asked.paths).toEqual([]);
    expect(ranked.matches.map((m) => m.talentId)).toEqual(['keyword']);
    expect(ranked.matches[0]!.factors.find((f) => f.kind === 'semanticSimilarity')!.available).toBe(false);
  });

  it('looks for the preferred skills when the job requires none', async () => {
    const { reads, asked } = fakeReads({ nearest: [], keyword: [], talents });
    await rankJob(reads, request({ job: aJob({ requiredSkills: [], preferredSkills: ['Redis'] }) }));
    expect(asked.keywordSkills).toEqual([['Redis']]);
  });
});
