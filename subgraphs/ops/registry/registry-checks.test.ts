import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../../../data/adapters/pglite-relational.ts';
import { migrate } from '../../../data/migrate.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { subscribeRegistryChanges, type RegistryNotice } from '../../../data/registry/registry-notices.ts';
import { RegistryStore } from '../../../data/registry/registry-store.ts';
import { createLogger } from '../../../platform/logger.ts';
import { checkInstances } from './registry-checks.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const logger = createLogger('registry-checks-test', 'silent');

// One round of the control plane's checks over the embedded PostgreSQL and the memory cache: what it
// records, announces and prunes.
describe('registry checks', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;
  let store: RegistryStore;
  const notices: RegistryNotice[] = [];
  let unsubscribe: () => Promise<void>;

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
    store = new RegistryStore(db);
    unsubscribe = await subscribeRegistryChanges(cache, (notice) => notices.push(notice));
  });
  afterAll(async () => {
    await unsubscribe?.();
    await cache?.close();
    await db?.close();
  });

  const register = (id: string, url: string) => store.register({ id, service: 'talent', url, version: '0', schemaHash: 'h', capacity: 1 });
  const ready = (status: string) => (async () => new Response(JSON.stringify({ status }))) as unknown as typeof fetch;

  it('announces each state change with the service snapshot, marks a lapsed lease UNHEALTHY and prunes a long-dead row', async () => {
    await register('t-up', 'http://127.0.0.1:9/up');
    await register('t-lapsed', 'http://127.0.0.1:9/lapsed');
    await register('t-dead', 'http://127.0.0.1:9/dead');
    await db.query(`UPDATE service_instances SET last_heartbeat_at = now() - interval '5 seconds' WHERE id = 't-lapsed'`);
    await db.query(`UPDATE service_instances SET last_heartbeat_at = now() - interval '1 hour' WHERE id = 't-dead'`);

    await checkInstances({ store, cache, ttlMs: 2_000, intervalMs: 1_000, pruneAfterMs: 60_000, logger, fetch: ready('ready') });
    await sleep(30);

    expect((await store.byId('t-up', 2_000))?.state).toBe('HEALTHY');
    expect((await store.byId('t-lapsed', 2_000))?.state).toBe('UNHEALTHY');
    expect(await store.byId('t-dead', 2_000)).toBeNull();
    const pruned = (await store.events(50, null)).find((event) => event.instance === 't-dead' && event.kind === 'pruned');
    expect(pruned).toMatchObject({ fromState: 'STARTING', toState: null });
    // A notice per change (the prune, t-up HEALTHY, t-lapsed UNHEALTHY); the last one carries the routable set.
    expect(notices.length).toBeGreaterThanOrEqual(3);
    expect(notices.every((notice) => notice.service === 'talent')).toBe(true);
    expect(notices.at(-1)!.instances.map((instance) => [instance.id, instance.state])).toEqual([['t-up', 'HEALTHY']]);

    // Nothing changes in the next round: nothing is announced.
    const before = notices.length;
    await checkInstances({ store, cache, ttlMs: 2_000, intervalMs: 1_000, pruneAfterMs: 60_000, logger, fetch: ready('ready') });
    await sleep(30);
    expect(notices).toHaveLength(before);
    for (const id of ['t-up', 't-lapsed']) await store.deregister(id);
  });
});
