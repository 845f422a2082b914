import { EmbeddingsError } from '../../../data/embeddings/embedder.ts';
import type { ParsedTalentFilter } from '../../../data/records/talent-filter.ts';
import { scoreMatch } from '../scoring/score.ts';
import type { MatchContext, MatchJob, MatchLanguage, MatchResult, MatchTalent, MatchingFactor, WarmPath } from '../scoring/types.ts';
import { cosine, type MatchReads } from './match-reads.ts';

/** How many nearest talents of the job's embedding become candidates (the keyword side adds as many again at most). */
export const NEAREST_CANDIDATES = 300;
export const KEYWORD_CANDIDATES = 300;

/** One ranking's inputs besides the stores: the organisation, the job, the filter and how to score. */
export interface RankRequest {
  orgId: string;
  job: MatchJob;
  /** The talent filter as validated (null: ACTIVE talents). */
  filter: ParsedTalentFilter | null;
  weights: Record<MatchingFactor, number>;
  language: MatchLanguage;
  /** Whether warm paths are read (the `warmPaths` feature flag). */
  warmPaths: boolean;
  now: Date;
}

export interface RankedJob {
  /** Every candidate that passed the filter, scored, in no particular order (paging.ts orders them). */
  matches: MatchResult[];
  /** False when the embedding model failed: candidates came from keywords alone and no similarity was scored. */
  similarityAvailable: boolean;
}

/** Scores one talent for one job with what the stores gave: the similarity (null without the model) and the warm paths. */
export function scorePair(
  talent: MatchTalent,
  job: MatchJob,
  scoring: Pick<RankRequest, 'weights' | 'language' | 'now'> & { embeddingModel: string },
  similarity: number | null,
  warmPaths: WarmPath[],
): MatchResult {
  const { weights, language, now, embeddingModel } = scoring;
  const context: MatchContext = { weights, language, similarity, embeddingModel, warmPaths, now };
  return scoreMatch(talent, job, context);
}

/** The jobs' embeddings, or null when the model fails (the caller says so in the response's warnings). */
export async function jobVectorsOrNull(reads: MatchReads, jobs: readonly MatchJob[]): Promise<number[][] | null> {
  try {
    return await reads.embedJobs(jobs);
  } catch (error) {
    if (error instanceof EmbeddingsError) return null;
    throw error;
  }
}

/**
 * A job's ranking (issue 14 point 6): candidates are the talents nearest to the job's embedding
 * (NEAREST_CANDIDATES) and the ones whose profile names any of its required skills (the search
 * store, KEYWORD_CANDIDATES), then the talent filter in PostgreSQL; their records are read in one
 * batch, their vectors in one read, their warm paths in one graph read, and each is scored exactly
 * (`scoreMatch`). The one function the score cache wraps (subgraphs/matching/cache/): everything it
 * returns follows from its arguments and the stores.
 */
export async function rankJob(reads: MatchReads, request: RankRequest): Promise<RankedJob> {
  const { orgId, job } = request;
  const jobVector = (await jobVectorsOrNull(reads, [job]))?.[0] ?? null;
  const keywordSkills = job.requiredSkills.length ? job.requiredSkills : job.preferredSkills;
  const [nearest, keyword] = await Promise.all([
    jobVector ? reads.nearestTalents(orgId, jobVector, NEAREST_CANDIDATES) : Promise.resolve([]),
    reads.talentsWithAnySkill(orgId, keywordSkills, KEYWORD_CANDIDATES),
  ]);
  const candidateIds = [...new Set([...nearest, ...keyword])];
  const talents = await reads.talents(orgId, candidateIds, request.filter);
  const ids = talents.map((t) => t.id);
  const [vectors, paths] = await Promise.all([
    jobVector ? reads.vectors(orgId, ids) : Promise.resolve(new Map<string, number[]>()),
    request.warmPaths ? reads.warmPaths(orgId, ids) : Promise.resolve(new Map<string, WarmPath[]>()),
  ]);
  const matches = talents.map((talent) => {
    const vector = vectors.get(talent.id);
    // A talent not yet projected to the vector store has no similarity: that factor is unavailable for it alone.
    const similarity = jobVector && vector ? cosine(vector, jobVector) : null;
    return scorePair(talent, job, { ...request, embeddingModel: reads.embeddingModel }, similarity, paths.get(talent.id) ?? []);
  });
  return { matches, similarityAvailable: jobVector !== null };
}
