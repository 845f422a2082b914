import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { DEFAULT_MATCHING_WEIGHTS } from '../../../data/config/settings.ts';
import {
  bumpMatchingGenerations,
  matchingGenerationKey,
  withMatchingInvalidation,
} from '../../../data/projections/matching-invalidation.ts';
import type { CacheStore, SqlExecutor } from '../../../data/ports.ts';
import type { ProjectionHandler } from '../../../data/projector.ts';
import { MatchScoreCache, type MatchCacheOutcome, type MatchCacheScope } from './score-cache.ts';

/** The outbox as the cache sees it: whether the org has a pending talent or relationship event. */
function fakeOutbox() {
  const pending = new Set<string>();
  const db: SqlExecutor = {
    query: async <Row>(_sql: string, params?: readonly unknown[]) => [{ pending: pending.has(params![0] as string) }] as Row[],
  };
  return { db, pending };
}

function setUp(ttlMs = 60_000) {
  const cache = new MemoryCacheStore();
  const outbox = fakeOutbox();
  const reads: MatchCacheOutcome[] = [];
  const scores = new MatchScoreCache({ cache, db: outbox.db, ttlMs, onRead: (_kind, outcome) => reads.push(outcome) });
  const orgId = randomUUID();
  const scope: MatchCacheScope = { orgId, jobId: randomUUID() };
  const inputs = { job: { title: 'Backend engineer', requiredSkills: ['Go'] }, weights: { ...DEFAULT_MATCHING_WEIGHTS }, language: 'en' };
  let computed = 0;
  /** A ranking that tells how many times it was computed. */
  const rank = async () => ({ computed: ++computed });
  return { cache, outbox, reads, scores, scope, inputs, rank, computedCount: () => computed };
}

describe('MatchScoreCache', () => {
  it('computes a ranking once and serves it from the cache store until something it depends on changes', async () => {
    const { scores, scope, inputs, rank, reads } = setUp();
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 1 });
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 1 });
    expect(reads).toEqual(['miss', 'hit']);

    // Each of these is another key: computed again.
    expect(await scores.ranking(scope, { ...inputs, job: { ...inputs.job, requiredSkills: ['Rust'] } }, rank)).toEqual({ computed: 2 });
    expect(await scores.ranking(scope, { ...inputs, language: 'zh' }, rank)).toEqual({ computed: 3 });
    expect(await scores.ranking(scope, { ...inputs, weights: { ...inputs.weights, location: 0 } }, rank)).toEqual({ computed: 4 });
    expect(await scores.ranking({ ...scope, jobId: randomUUID() }, inputs, rank)).toEqual({ computed: 5 });
    // The same weights in another key order are the same configuration.
    const reversed = Object.fromEntries(Object.entries(inputs.weights).reverse());
    expect(await scores.ranking(scope, { language: 'en', weights: reversed, job: inputs.job }, rank)).toEqual({ computed: 1 });
  });

  it('serves a value that is not to be kept without storing it', async () => {
    const { scores, scope, inputs, rank } = setUp();
    const keep = (value: { computed: number }) => value.computed > 1;
    expect(await scores.ranking(scope, inputs, rank, { keep })).toEqual({ computed: 1 });
    expect(await scores.ranking(scope, inputs, rank, { keep })).toEqual({ computed: 2 });
    expect(await scores.ranking(scope, inputs, rank, { keep })).toEqual({ computed: 2 });
  });

  it('a new generation of the organisation (a projected talent or relationship event) orphans its rankings, not other orgs', async () => {
    const { cache, scores, scope, inputs, rank } = setUp();
    const other = { ...scope, orgId: randomUUID() };
    await scores.ranking(scope, inputs, rank);
    await scores.ranking(other, inputs, rank);
    await bumpMatchingGenerations(cache, [scope.orgId]);
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 3 });
    expect(await scores.ranking(other, inputs, rank)).toEqual({ computed: 2 });
  });

  it('bypasses the cache while the organisation has a pending event: an edit is seen on the next read, before its projection', async () => {
    const { outbox, scores, scope, inputs, rank, reads } = setUp();
    await scores.ranking(scope, inputs, rank);
    outbox.pending.add(scope.orgId);
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 2 });
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 3 });
    expect(reads).toEqual(['miss', 'bypass', 'bypass']);
  });

  it('a lost generation (expired, evicted, a restarted Redis) never revives what was cached under an old one', async () => {
    const { cache, scores, scope, inputs, rank } = setUp();
    await scores.ranking(scope, inputs, rank);
    await cache.del([matchingGenerationKey(scope.orgId)]);
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 2 });
    expect(await scores.ranking(scope, inputs, rank)).toEqual({ computed: 2 });
  });

  it('caches a pair score per talent, and shares one computation between concurrent misses of a key', async () => {
    const { scores, scope } = setUp();
    let computed = 0;
    const score = (talentId: string) => async () => {
      computed += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { talentId, jobId: scope.jobId, score: 50, factors: [], knockedOut: false, knockouts: [], gaps: [] };
    };
    await scores.pair({ ...scope, talentId: 't0' }, {}, score('t0')); // the org's generation exists (two first reads may each start one)
    computed = 0;
    const [a, b] = await Promise.all([
      scores.pair({ ...scope, talentId: 't1' }, {}, score('t1')),
      scores.pair({ ...scope, talentId: 't1' }, {}, score('t1')),
    ]);
    expect(a).toEqual(b);
    expect(computed).toBe(1);
    await scores.pair({ ...scope, talentId: 't2' }, {}, score('t2'));
    await scores.pair({ ...scope, talentId: 't1' }, {}, score('t1'));
    expect(computed).toBe(2);
  });

  it('computes when the cache store or the outbox does not answer, and with a TTL of 0 never caches', async () => {
    const { scope, inputs, rank, computedCount } = setUp();
    const broken = new MemoryCacheStore() as CacheStore;
    broken.get = () => Promise.reject(new Error('Redis is not answering'));
    const failing = new MatchScoreCache({ cache: broken, db: fakeOutbox().db, ttlMs: 60_000 });
    await failing.ranking(scope, inputs, rank);
    await failing.ranking(scope, inputs, rank);
    expect(computedCount()).toBe(2);

    const off = new MatchScoreCache({ cache: new MemoryCacheStore(), db: fakeOutbox().db, ttlMs: 0 });
    await off.ranking(scope, inputs, rank);
    await off.ranking(scope, inputs, rank);
    expect(computedCount()).toBe(4);
  });

  it('an entry it cannot read is computed again and overwritten', async () => {
    const cache = new MemoryCacheStore();
    const scores = new MatchScoreCache({ cache, db: fakeOutbox().db, ttlMs: 60_000 });
    const scope = { orgId: randomUUID(), jobId: randomUUID() };
    let computed = 0;
    const decode = (stored: string) => {
      if (stored === 'garbage') throw new Error('unreadable');
      return JSON.parse(stored) as number;
    };
    await scores.ranking(scope, {}, async () => ++computed, { decode });
    const originalGet = cache.get.bind(cache);
    cache.get = async (key) => (key.startsWith('matching:ranking:') ? 'garbage' : originalGet(key));
    expect(await scores.ranking(scope, {}, async () => ++computed, { decode })).toBe(2);
    cache.get = originalGet;
    expect(await scores.ranking(scope, {}, async () => ++computed, { decode })).toBe(2);
  });

  it('a computation that fails is not cached', async () => {
    const { scores, scope } = setUp();
    await expect(scores.ranking(scope, {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await scores.ranking(scope, {}, async () => 'ok')).toBe('ok');
  });
});

describe('the invalidation consumer', () => {
  it('adds a cache target, after the projection targets, that starts a new generation for each org of a batch', async () => {
    const cache = new MemoryCacheStore();
    const applied: string[] = [];
    const handler: ProjectionHandler<{ id: string; orgId: string }> = {
      aggregateType: 'talent',
      targets: { graph: { upsert: async () => void applied.push('graph'), remove: async () => void applied.push('graph') } },
    };
    const wrapped = withMatchingInvalidation(handler, cache);
    expect(Object.keys(wrapped.targets)).toEqual(['graph', 'cache']);

    const [orgA, orgB] = [randomUUID(), randomUUID()];
    await wrapped.targets.cache!.upsert([
      { id: '1', orgId: orgA },
      { id: '2', orgId: orgA },
    ]);
    const first = await cache.get(matchingGenerationKey(orgA));
    expect(first).toBeTruthy();
    expect(await cache.get(matchingGenerationKey(orgB))).toBeNull();
    await wrapped.targets.cache!.remove(orgA, ['1']);
    expect(await cache.get(matchingGenerationKey(orgA))).not.toBe(first);
  });
});
