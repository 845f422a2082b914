import { createHash } from 'node:crypto';
import { hasPendingOutboxEvents } from '../../../data/outbox.ts';
import { currentMatchingGeneration, MATCHING_AGGREGATES } from '../../../data/projections/matching-invalidation.ts';
import type { CacheStore, SqlExecutor } from '../../../data/ports.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { MatchResult } from '../scoring/types.ts';

/**
 * The matching score cache (issue 14, point 6): a job's ranking and single talent–job scores in the
 * cache store (Redis, or the in-process LRU embedded), so a recruiter paging through a job's
 * matches, or several looking at the same job, pay for the candidates, the reads and the scoring
 * once per change instead of once per request.
 *
 * What a cached value depends on is in its key, so a change makes a new key rather than an update:
 * - the organisation and the job, and the job as read (its every field the scorer reads: an edit
 *   of the job is another key);
 * - the organisation's generation (data/projections/matching-invalidation.ts), replaced by the
 *   outbox projector after it applied an event of the org's talents or relationships to the
 *   projection stores: a talent's new skills, a new talent, an archived one, a new warm path;
 * - the effective weights themselves (a configuration version that changes no weight keeps the
 *   cache; one that changes a weight re-ranks at once, without reindexing), the embedding model (a
 *   model switch changes every similarity), the viewer's language (the explanations), the filter
 *   and whatever else the caller names in `inputs` (hashed in a canonical form: key order aside).
 *
 * Between a write and its projection the generation is still the old one: while the organisation
 * has a pending talent or relationship event in the outbox, reads bypass the cache (compute, serve,
 * store nothing). So an edit is seen by the very next read, cached or not: read-your-writes, like
 * the uncached path. A store that does not answer is never an error here: the score is computed.
 */
export interface MatchCacheScope {
  orgId: string;
  jobId: string;
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

/** JSON with every object's keys sorted: equal inputs hash alike whatever the order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const hash = (value: unknown) => createHash('sha256').update(canonical(value)).digest('base64url').slice(0, 27);

export interface CachedRead<T> {
  /** Whether a computed value may be stored (a ranking made without the embedding model is not: the model comes back). */
  keep?: (value: T) => boolean;
  /** How the value is stored (default JSON); null: as JSON. */
  encode?: (value: T) => string | null;
  /** Reads what `encode` (or JSON) stored. */
  decode?: (stored: string) => T;
}

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
   * A job's ranking as `compute` returns it (a JSON value: no Dates, no Maps; callers must not
   * change it: concurrent readers share it), cached per scope and `inputs` (everything else the
   * ranking depends on: the job as read, the weights, the model, the language, the filter).
   */
  ranking<T>(scope: MatchCacheScope, inputs: unknown, compute: () => Promise<T>, options: CachedRead<T> = {}): Promise<T> {
    return this.cached('ranking', scope, inputs, compute, options);
  }

  /** One talent's score for a job (`matchScore`), with its `inputs` like a ranking's. */
  pair(
    scope: MatchCacheScope & { talentId: string },
    inputs: unknown,
    compute: () => Promise<MatchResult>,
    options: CachedRead<MatchResult> = {},
  ): Promise<MatchResult> {
    return this.cached('pair', scope, inputs, compute, options);
  }

  private async cached<T>(
    kind: 'ranking' | 'pair',
    scope: MatchCacheScope & { talentId?: string },
    inputs: unknown,
    compute: () => Promise<T>,
    { keep, encode, decode }: CachedRead<T>,
  ): Promise<T> {
    if (!this.enabled) return compute();
    const { cache } = this.options;
    const looked = await this.lookUp(kind, scope, inputs);
    if (looked.outcome === 'hit') {
      try {
        const value = decode ? decode(looked.stored) : (JSON.parse(looked.stored) as T);
        this.options.onRead?.(kind, 'hit');
        return value;
      } catch (error) {
        // Unreadable (another version's format, a truncated value): computed again and overwritten below.
        this.options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'matching cache entry unreadable');
      }
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
        if (keep && !keep(value)) return value;
        await cache.set(key, encode?.(value) ?? JSON.stringify(value), this.options.ttlMs).catch((error: unknown) => {
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
    scope: MatchCacheScope & { talentId?: string },
    inputs: unknown,
  ): Promise<{ outcome: 'hit'; key: string; stored: string } | { outcome: 'miss'; key: string } | { outcome: 'bypass' }> {
    const { cache, db } = this.options;
    try {
      // In this order: with no event pending now, every event committed before was applied and its
      // new generation set before it was marked done, so the generation read next already is that one.
      if (await hasPendingOutboxEvents(db, scope.orgId, MATCHING_AGGREGATES)) return { outcome: 'bypass' };
      const generation = await currentMatchingGeneration(cache, scope.orgId);
      const key = `matching:${kind}:${scope.orgId}:${scope.jobId}:${scope.talentId ?? ''}:${hash([generation, inputs])}`;
      const stored = await cache.get(key);
      return stored === null ? { outcome: 'miss', key } : { outcome: 'hit', key, stored };
    } catch (error) {
      // The cache or the outbox did not answer: compute, as without a cache.
      this.options.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, 'matching cache unavailable');
      return { outcome: 'bypass' };
    }
  }
}
