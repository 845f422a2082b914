import { DEFAULT_MATCHING_WEIGHTS, MATCHING_FACTORS, type MatchingFactor } from '../../data/config/settings.ts';
import type { Embedder } from '../../data/embeddings/embedder.ts';
import { talentEmbeddingText } from '../../data/projections/talent-projection.ts';
import { cosine, matchJobText } from '../../subgraphs/matching/ranking/match-reads.ts';
import { scoreMatch } from '../../subgraphs/matching/scoring/score.ts';
import type { MatchJob, MatchLanguage, MatchResult, MatchTalent } from '../../subgraphs/matching/scoring/types.ts';
import type { Split } from './eval-split.ts';
import { matchTalentOf, unique, type JobFamily, type LabelledTalent, type MatchingSet } from './matching-set.ts';
import { meanOf, ndcgAt, precisionAt } from './ranking-metrics.ts';

/**
 * The harness that measures the matching scorer on the labelled set of tests/fixtures/matching/ (matching-set.ts):
 * every talent of the pool scored for every job with `scoreMatch` under a weighting, ranked as
 * `Job.matches` ranks them, and the ranking graded against the recruiter's labels (nDCG@10, precision@10 with
 * grade ≥ 2 relevant).
 */

/** The text the talent projection embeds for this profile with this embedder's model (talentEmbeddingText). */
export const talentText = (talent: LabelledTalent, model: string) =>
  talentEmbeddingText(
    {
      name: talent.name,
      headline: talent.headline,
      skills: talent.skills,
      titles: matchTalentOf(talent).titles,
      companies: unique(talent.employments.map((e) => e.company)),
      schools: [],
      currentTitle: talent.currentTitle,
    },
    model,
  );

const only = (...factors: MatchingFactor[]) =>
  Object.fromEntries(MATCHING_FACTORS.map((f) => [f, factors.includes(f) ? DEFAULT_MATCHING_WEIGHTS[f] : 0])) as Record<
    MatchingFactor,
    number
  >;

/** The three weightings compared: the skills alone, the embedding alone, and the defaults every organisation starts with. */
export const WEIGHTINGS = {
  skills: only('requiredSkills', 'preferredSkills'),
  semantic: only('semanticSimilarity'),
  full: { ...DEFAULT_MATCHING_WEIGHTS },
} as const satisfies Record<string, Record<MatchingFactor, number>>;
export type Weighting = keyof typeof WEIGHTINGS;
export const WEIGHTING_NAMES = Object.keys(WEIGHTINGS) as Weighting[];

/** The benchmark's clock (recency, current positions): fixed, so a figure does not move with the date it runs. */
export const QUALITY_NOW = new Date('2026-12-01T00:00:00Z');

/** Similarities of every job to every talent: job id → talent id → cosine. */
export type Similarities = Map<string, Map<string, number>>;

const BATCH = 32;

/** Embeds every profile and job (as passages, as the projection and matching do) and takes their cosines. */
export async function similaritiesOf(embedder: Embedder, set: MatchingSet): Promise<Similarities> {
  const embed = async (texts: string[]) => {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) vectors.push(...(await embedder.embed(texts.slice(i, i + BATCH), 'passage')));
    return vectors;
  };
  const talentVectors = await embed(set.talents.map((t) => talentText(t, embedder.model)));
  const jobVectors = await embed(set.jobs.map(matchJobText));
  return new Map(
    set.jobs.map((job, j) => [job.id, new Map(set.talents.map((talent, t) => [talent.id, cosine(jobVectors[j]!, talentVectors[t]!)]))]),
  );
}

/** How a ranking treats knocked-out talents: after every talent who passes (`Job.matches`' default, FLAG) or by score alone. */
export type KnockoutOrder = 'flagged-last' | 'score-only';

/**
 * Every talent of the pool scored for the job under the weights, best first: by score (knocked-out talents after
 * the others when flagged-last), ties by talent id. No warm paths: the set has no relationship graph.
 */
export function rankForJob(
  job: MatchJob,
  talents: readonly MatchTalent[],
  options: {
    weights: Record<MatchingFactor, number>;
    similarity: ReadonlyMap<string, number> | null;
    model: string | null;
    language: MatchLanguage;
  },
  order: KnockoutOrder = 'flagged-last',
): MatchResult[] {
  const scored = talents.map((talent) =>
    scoreMatch(talent, job, {
      weights: options.weights,
      language: options.language,
      similarity: options.similarity?.get(talent.id) ?? null,
      embeddingModel: options.model,
      warmPaths: [],
      now: QUALITY_NOW,
    }),
  );
  const knockedOutLast = (r: MatchResult) => (order === 'flagged-last' && r.knockedOut ? 1 : 0);
  return scored.sort((a, b) => knockedOutLast(a) - knockedOutLast(b) || b.score - a.score || a.talentId.localeCompare(b.talentId));
}

/** A job's figures under each weighting. */
export interface JobQuality {
  id: string;
  split: Split;
  lang: MatchLanguage;
  family: JobFamily;
  ndcg: Record<Weighting, number>;
  precision: Record<Weighting, number>;
  /** The best precision@10 any ranking reaches: the job's relevant talents (capped at 10) over 10. */
  precisionCeiling: number;
}

export const K = 10;
/** Grade 2 (good) and 3 (would phone today) are relevant for precision. */
export const RELEVANT_GRADE = 2;

/** Every job of the set ranked under every weighting and graded. `similarities` null: no embedder (the semantic factor unavailable). */
export function measureMatchingQuality(
  set: MatchingSet,
  similarities: Similarities | null,
  model: string | null,
  order: KnockoutOrder = 'flagged-last',
): JobQuality[] {
  const talents = set.talents.map(matchTalentOf);
  return set.jobs.map((job) => {
    const grades = new Map(set.talents.map((t) => [t.id, job.grades[t.id] ?? 0]));
    const ndcg = {} as Record<Weighting, number>;
    const precision = {} as Record<Weighting, number>;
    for (const weighting of WEIGHTING_NAMES) {
      const options = { weights: WEIGHTINGS[weighting], similarity: similarities?.get(job.id) ?? null, model, language: job.lang };
      const ranked = rankForJob(job, talents, options, order).map((r) => r.talentId);
      ndcg[weighting] = ndcgAt(K, ranked, grades);
      precision[weighting] = precisionAt(K, ranked, grades, RELEVANT_GRADE);
    }
    const relevant = [...grades.values()].filter((g) => g >= RELEVANT_GRADE).length;
    return {
      id: job.id,
      split: job.split,
      lang: job.lang,
      family: job.family,
      ndcg,
      precision,
      precisionCeiling: Math.min(relevant, K) / K,
    };
  });
}

/** Mean nDCG@10 and precision@10 per weighting over some jobs. */
export function meanQuality(jobs: readonly JobQuality[]): Record<Weighting, { ndcg: number; precision: number }> {
  return Object.fromEntries(
    WEIGHTING_NAMES.map((w) => [w, { ndcg: meanOf(jobs.map((j) => j.ndcg[w])), precision: meanOf(jobs.map((j) => j.precision[w])) }]),
  ) as Record<Weighting, { ndcg: number; precision: number }>;
}
