import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisCacheStore } from '../../data/adapters/redis-cache.ts';
import type { CacheStore } from '../../data/ports.ts';
import { startGateway } from '../../gateway/gateway.ts';
import type { RunningService } from '../../platform/service.ts';
import type { Runtime } from '../../data/runtime/runtime.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { hasRealStore, realStoreUrl } from '../support/real-stores.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { subgraphCalls } from './support.ts';

/** The committed supergraph with `Query.talent` limited to 10 per window (a limit small enough to test). */
function supergraphWithTalentLimit(): string {
  const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const field = /(\n\s*talent\(id: ID!\): Talent @join__field\(graph: TALENT\)[^\n]*)/;
  if (!field.test(sdl)) throw new Error('Query.talent not found in the supergraph');
  return sdl.replace(field, '$1 @rateLimit(limit: 10, window: "1h", by: VIEWER)');
}

// Under CI=true the shared counter must be Redis (hasRealStore throws when REDIS_URL is missing).
const useRedis = hasRealStore('redis');

describe(`rate limits across two gateways sharing one cache (${useRedis ? 'Redis' : 'in-memory'})`, () => {
  let t: TestStack;
  let secondCache: CacheStore | undefined;
  const gateways: RunningService[] = [];
  let talentId: string;

  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 2, env: useRedis ? { REDIS_URL: realStoreUrl('redis')! } : {} });
    expect(t.stack.runtime.data.stores.cache.adapter).toBe(useRedis ? 'redis' : 'memory');
    const subgraphUrls = Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url]));
    const supergraphSdl = supergraphWithTalentLimit();
    // Two gateway instances: with Redis each has its own connection (as two processes would);
    // in memory they share the one store instance of this process.
    let secondRuntime: Runtime = t.stack.runtime;
    if (useRedis) {
      secondCache = await RedisCacheStore.open(realStoreUrl('redis')!, { keyPrefix: `${t.config.namespace}:`, connectTimeoutMs: 5_000 });
      const data = t.stack.runtime.data;
      secondRuntime = { ...t.stack.runtime, data: { ...data, stores: { ...data.stores, cache: secondCache } } };
    }
    gateways.push(await startGateway({ runtime: t.stack.runtime, port: 0, subgraphUrls, supergraphSdl }));
    gateways.push(await startGateway({ runtime: secondRuntime, port: 0, subgraphUrls, supergraphSdl }));
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    talentId = page.body.data!.talents.edges[0]!.node.id;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.close()));
    await secondCache?.close();
    await t?.close();
  });

  it('lets exactly 10 of 100 concurrent requests through, refuses the rest with 429 and headers, and calls no subgraph for them', async () => {
    const token = t.token(['VIEWER']);
    const before = await subgraphCalls();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        t.request<{ talent: { id: string } }>(
          'query($id: ID!) { talent(id: $id) { id } }',
          { id: talentId },
          { token, url: gateways[i % 2]!.url },
        ),
      ),
    );
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(ok).toHaveLength(10);
    expect(limited).toHaveLength(90);
    for (const response of ok) expect(response.body.data?.talent.id).toBe(talentId);
    // Both instances served some of the 10 and refused some of the 90: the count is shared.
    expect(new Set(limited.map((r) => r.headers.get('x-ratelimit-limit')))).toEqual(new Set(['10']));

    const refused = limited[0]!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors![0]).toMatchObject({
      path: ['talent'],
      extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
    });

    // One talent-subgraph call per accepted operation, none for a refused one.
    expect((await subgraphCalls()) - before).toBe(10);

    // Another viewer has a counter of its own.
    const other = await t.request(
      'query($id: ID!) { talent(id: $id) { id } }',
      { id: talentId },
      { token: t.token(['VIEWER']), url: gateways[1]!.url },
    );
    expect(other.status).toBe(200);
    expect(other.headers.get('x-ratelimit-remaining')).toBe('9');
  });

  it('counts every alias of a limited field and refuses the operation when they exceed the limit', async () => {
    const token = t.token(['VIEWER']);
    const aliased = (n: number) => `query($id: ID!) { ${Array.from({ length: n }, (_, i) => `t${i}: talent(id: $id) { id }`).join(' ')} }`;
    const first = await t.request(aliased(6), { id: talentId }, { token, url: gateways[0]!.url });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4');
    const before = await subgraphCalls();
    const response = await t.request(aliased(5), { id: talentId }, { token, url: gateways[1]!.url });
    expect(response.status).toBe(429);
    expect(response.body.errors?.map((e) => e.path)).toEqual([['t0'], ['t1'], ['t2'], ['t3'], ['t4']]);
    expect(response.body.errors!.every((e) => e.extensions?.code === 'RATE_LIMITED')).toBe(true);
    expect(response.headers.get('retry-after')).toBeTruthy();
    expect((await subgraphCalls()) - before).toBe(0);
  });

  it('limits createTalent per viewer as the schema says, with the headers on success', async () => {
    const response = await t.request('mutation { createTalent(input: { name: "Limited" }) { id } }');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe('60');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('59');
  });
});
