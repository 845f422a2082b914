import type { CacheStore, RelationalStore } from '../../../data/ports.ts';
import type { Logger } from '../../../platform/logger.ts';
import { matchingCacheReads } from '../../../platform/metrics.ts';
import type { RankJobFunction } from '../ranking/matching.ts';
import { rankJob } from '../ranking/rank-job.ts';
import { packRanking, unpackRanking } from './ranking-codec.ts';
import { MatchScoreCache } from './score-cache.ts';

/** How long a cached ranking lives at most; what invalidates it sooner is in its key (./score-cache.ts). */
export const RANKING_TTL_MS = 10 * 60_000;

/**
 * `rankJob` behind the score cache: the key holds everything the ranking follows from besides the
 * stores (the job as read, the filter, the weights, the language, whether warm paths are read, the
 * embedding model); the stores' side is the organisation's generation (./score-cache.ts). `now`
 * is left out: recency moves by months, an entry lives minutes. A ranking made without the
 * embedding model is served, not kept: the next request tries the model again.
 */
export function cachedRankJob(cache: MatchScoreCache, model: string, rank: RankJobFunction = rankJob): RankJobFunction {
  return (reads, request) =>
    cache.ranking(
      { orgId: request.orgId, jobId: request.job.id },
      {
        job: request.job,
        filter: request.filter,
        weights: request.weights,
        language: request.language,
        warmPaths: request.warmPaths,
        model,
      },
      () => rank(reads, request),
      { keep: (ranked) => ranked.similarityAvailable, encode: packRanking, decode: unpackRanking },
    );
}

const perCacheStore = new WeakMap<CacheStore, MatchScoreCache>();

/** One score cache per cache store (a process's): its in-flight computations are shared by every request. */
export function scoreCacheOf(
  stores: { cache: CacheStore; relational: RelationalStore },
  logger: Logger,
  ttlMs = RANKING_TTL_MS,
): MatchScoreCache {
  let cache = perCacheStore.get(stores.cache);
  if (!cache) {
    cache = new MatchScoreCache({
      cache: stores.cache,
      db: stores.relational,
      ttlMs,
      logger,
      onRead: (kind, outcome) => matchingCacheReads.inc({ kind, outcome }),
    });
    perCacheStore.set(stores.cache, cache);
  }
  return cache;
}
