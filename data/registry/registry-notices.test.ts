import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../adapters/pglite-relational.ts';
import { migrate } from '../migrate.ts';
import type { RelationalStore } from '../ports.ts';
import {
  announceService,
  parseRegistryNotice,
  publishRegistryChange,
  REGISTRY_CHANNEL,
  subscribeRegistryChanges,
  type RegistryNotice,
} from './registry-notices.ts';
import { RegistryStore } from './registry-store.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The registry's change notices over the memory cache's pub/sub, and the routable query they carry.
describe('registry notices', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
  });
  afterAll(async () => {
    await cache?.close();
    await db?.close();
  });

  it('delivers well-formed notices and ignores malformed messages without throwing', async () => {
    const received: RegistryNotice[] = [];
    const unsubscribe = await subscribeRegistryChanges(cache, (notice) => received.push(notice));
    const notice: RegistryNotice = {
      service: 'talent',
      instances: [{ id: 'talent-1', url: 'http://127.0.0.1:4001/graphql', state: 'HEALTHY' }],
      at: new Date().toISOString(),
    };
    await cache.publish(REGISTRY_CHANNEL, 'not json');
    await cache.publish(REGISTRY_CHANNEL, JSON.stringify({ service: 'talent', instances: [{ id: 'x', url: 'nope', state: 'HEALTHY' }] }));
    await cache.publish(REGISTRY_CHANNEL, 'null');
    await publishRegistryChange(cache, notice);
    await sleep(20);
    expect(received).toEqual([notice]);
    await unsubscribe();
    await publishRegistryChange(cache, notice);
    await sleep(20);
    expect(received).toHaveLength(1);
    expect(parseRegistryNotice('{"service":"talent","instances":[],"at":"yesterday"}')).toBeNull();
  });

  it('routable: alive STARTING, HEALTHY and DEGRADED instances, never UNHEALTHY, DRAINING, lapsed or deregistered ones', async () => {
    const store = new RegistryStore(db);
    const register = (id: string, service = 'notices') =>
      store.register({ id, service, url: `http://127.0.0.1:9/${id}`, version: '0', schemaHash: 'h', capacity: 1 });
    for (const id of ['n-starting', 'n-healthy', 'n-degraded', 'n-unhealthy', 'n-draining', 'n-gone', 'n-lapsed']) await register(id);
    await register('other-1', 'notices-other');
    await store.changeState('n-healthy', 'HEALTHY', 'state_changed');
    await store.changeState('n-degraded', 'DEGRADED', 'state_changed');
    await store.changeState('n-unhealthy', 'UNHEALTHY', 'state_changed');
    await store.changeState('n-draining', 'DRAINING', 'draining');
    await store.deregister('n-gone');
    await db.query(`UPDATE service_instances SET last_heartbeat_at = now() - interval '1 hour' WHERE id = 'n-lapsed'`);

    const ids = (await store.routable(60_000, 'notices')).map((i) => i.id).sort();
    expect(ids).toEqual(['n-degraded', 'n-healthy', 'n-starting']);
    const all = (await store.routable(60_000)).map((i) => i.service);
    expect(new Set(all)).toEqual(new Set(['notices', 'notices-other']));

    const received: RegistryNotice[] = [];
    const unsubscribe = await subscribeRegistryChanges(cache, (notice) => received.push(notice));
    await announceService(store, cache, 'notices', 60_000);
    await sleep(20);
    expect(received).toHaveLength(1);
    expect(received[0]!.service).toBe('notices');
    expect(received[0]!.instances.map((i) => i.id).sort()).toEqual(['n-degraded', 'n-healthy', 'n-starting']);
    await unsubscribe();
  });
});
