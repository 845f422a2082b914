import { createHash } from 'node:crypto';
import { hasPendingOutboxEvents } from '../../../data/outbox.ts';
import { currentMatchingGeneration, MATCHING_AGGREGATES } from '../../../data/projections/matching-invalidation.ts';
import type { CacheStore, SqlExecutor } from '../../../data/ports.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { MatchingFactor, MatchLanguage, MatchResult } from '../scoring/types.ts';

/**
 * The matching score cache (issue 14, point 6): a job's ranking and single talent–job scores in the
 * cache store (Redis, or the in-process LRU embedded), so a recruiter paging through a job's
 * matches, or several looking at the same job, pay for the candidates, the reads and the scoring
 * once per change instead of once per request.
 *
 * What a cached value depends on is in its key, so a change makes a new key rather than an update:
 * - the organisation and the job, and the job's version (every job update bumps it);
 * - the organisation's generation (data/projections/matching-invalidation.ts), replaced by the
 *   outbox projector after it applied an event of the org's talents or relationships to the
 *   projection stores: a talent's new skills, a new talent, an archived one, a new warm path;
 * - the effective weights themselves (a hash: a configuration version that changes nothing else
 *   keeps the cache; one that changes a weight re-ranks at once, without reindexing);
 * - the embedding model (a model switch changes every similarity), the viewer's language (the
 *   explanations) and the request's variant (filter, knock-out mode), as the caller names them.
 *
 * Between a write and its projection the generation is still the old one: while the organisation
 * has a pending talent or relationship event in the outbox, reads bypass the cache (compute, serve,
 * store nothing). So an edit is seen by the very next read, cached or not: read-your-writes, like
 * the uncached path. A store that does not answer is never an error here: the score is computed.
 */
export interface MatchCacheScope {
  orgId: string;
  jobId: string;
  jobVersion: number;
  weights: Record<MatchingFactor, number>;
  /** The embedder's model (`Embedder.model`). */
  model: string;
  language: MatchLanguage;
}

export type MatchCacheOutcome = 'hit' | 'miss' | 'bypass';

export interface ScoreCacheOptions {
  cache: CacheStore;
  /** The relational store holding the outbox (the pending-event check). */
  db: SqlExecutor;
  /** How long an entry lives; 0 turns the cache off (every read computes). */
  ttlMs: number;
  logger?: Logger;
  /** Called with every read's outcome (metrics, tests). */
  onRead?: (kind: 'ranking' | 'pair', outcome: MatchCacheOutcome) => void;
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);

/** The weights in a fixed order, so two equal configurations hash alike whatever the order of their keys. */
const sortedWeights = (weights: Record<string, number>) => Object.entries(weights).sort(([a], [b]) => a.localeCompare(b));

export class MatchScoreCache {
  private readonly options: ScoreCacheOptions;
  /** Computations in flight by key: concurrent misses of one key in this process share one. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(options: ScoreCacheOptions) {
    this.options = options;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0;
  }

  /**
   * A job's ranking as `compute` returns it (a JSON value: no Dates, no Maps), cached per scope and
   * `variant` (whatever else the ranking depends on: the filter, the knock-out mode).
   */
  ranking<T>(scope: MatchCacheScope, variant: unknown, compute: () => Promise<T>): Promise<T> {
    return this.cached('ranking', scope, { variant }, compute);
  }

  /** One talent's score for a job (`matchScore`). */
  pair(scope: MatchCacheScope, talentId: string, compute: () => Promise<MatchResult>): Promise<MatchResult> {
    return this.cached('pair', scope, { talentId }, compute);
  }

  private async cached<T>(
    kind: 'ranking' | 'pair',
    scope: MatchCacheScope,
    extra: Record<string, unknown>,
    compute: () => Promise<T>,
  ): Promise<T> {
    if (!this.enabled) return compute();
    const { cache } = this.options;
    const looked = await this.lookUp(kind, scope, extra);
    if (looked.outcome === 'hit') {
      this.options.onRead?.(kind, 'hit');
      return JSON.parse(looked.stored) as T;
    }
    if (looked.outcome === 'bypass') {
      this.options.onRead?.(kind, 'bypass');
      return compute();
    }
    const { key } = looked;
    this.options.onRead?.(kind, 'miss');
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const computed = (async () => {
      try {
        const value = await compute();
        await cache.set(key, JSON.stringify(value), this.options.ttlMs).catch((error: unknown) => {
          this.options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'matching cache write failed');
        });
        return value;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, computed);
    return computed;
  }

  /** The key and what it holds; `bypass` while the org has pending events or when a store does not answer. */
  private async lookUp(
    kind: 'ranking' | 'pair',
    scope: MatchCacheScope,
    extra: Record<string, unknown>,
  ): Promise<{ outcome: 'hit'; stored: string } | { outcome: 'miss'; key: string } | { outcome: 'bypass' }> {
    const { cache, db } = this.options;
    try {
      // In this order: with no event pending now, every event committed before was applied and its
      // new generation set before it was marked done, so the generation read next already is that one.
      if (await hasPendingOutboxEvents(db, scope.orgId, MATCHING_AGGREGATES)) return { outcome: 'bypass' };
      const generation = await currentMatchingGeneration(cache, scope.orgId);
      const key = `matching:${kind}:${scope.orgId}:${scope.jobId}:${hash([
        scope.jobVersion,
        generation,
        sortedWeights(scope.weights),
        scope.model,
        scope.language,
        extra,
      ])}`;
      const stored = await cache.get(key);
      return stored === null ? { outcome: 'miss', key } : { outcome: 'hit', stored };
    } catch (error) {
      // The cache or the outbox did not answer: compute, as without a cache.
      this.options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'matching cache unavailable');
      return { outcome: 'bypass' };
    }
  }
}
