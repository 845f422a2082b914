import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../adapters/pglite-relational.ts';
import { migrate } from '../migrate.ts';
import type { RelationalStore } from '../ports.ts';
import { createLogger } from '../../platform/logger.ts';
import { createRegistrar, leaseKey } from './registrar.ts';
import { RegistryStore } from './registry-store.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await sleep(25);
}

// The registrar over the embedded PostgreSQL in memory and the memory cache: the row, the lease, the
// deregistration, and a registry that is down.
describe('registrar', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;
  const logger = createLogger('registrar-test', 'silent');
  const registration = { service: 'talent', url: 'http://127.0.0.1:1/graphql', sdl: 'type Query { a: Int }' };

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
  });
  afterAll(async () => {
    await cache?.close();
    await db?.close();
  });

  it('registers the instance with its schema hash, keeps a TTL lease in the cache, drains then deregisters it', async () => {
    const store = new RegistryStore(db);
    const lease = createRegistrar({ relational: db, cache, heartbeatMs: 50, ttlMs: 1_000, logger }).register(registration);
    await eventually(async () => (await cache.get(leaseKey(lease.id))) !== null);
    const [row] = (await store.live(1_000)).filter((i) => i.id === lease.id);
    expect(row).toMatchObject({ service: 'talent', url: registration.url, state: 'STARTING', leaseAlive: true, version: '0.1.0' });
    expect(row!.schemaHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await cache.ttl(leaseKey(lease.id))).toBeGreaterThan(0);

    await lease.drain();
    expect(lease.draining).toBe(true);
    expect((await store.byId(lease.id, 1_000))?.state).toBe('DRAINING');
    await lease.deregister();
    expect(await store.byId(lease.id, 1_000)).toBeNull();
    expect(await cache.get(leaseKey(lease.id))).toBeNull();
    const kinds = (await store.events(50, null)).filter((e) => e.instance === lease.id).map((e) => e.kind);
    expect(kinds).toEqual(['deregistered', 'draining', 'registered']);
  });

  it('sees an operator drain with its next heartbeat', async () => {
    const store = new RegistryStore(db);
    const lease = createRegistrar({ relational: db, heartbeatMs: 50, ttlMs: 1_000, logger }).register(registration);
    await eventually(async () => (await store.byId(lease.id, 1_000)) !== null);
    await store.changeState(lease.id, 'DRAINING', 'drained');
    await eventually(async () => lease.draining);
    expect(lease.draining).toBe(true);
    await lease.deregister();
  });

  it('never throws when the registry is down, registers once it answers, and closes without it', async () => {
    let down = true;
    const flaky = {
      query: (sql: string, params?: readonly unknown[]) => (down ? Promise.reject(new Error('down')) : db.query(sql, params)),
      transaction: (work: Parameters<RelationalStore['transaction']>[0]) =>
        down ? Promise.reject(new Error('down')) : db.transaction(work),
    } as RelationalStore;
    const store = new RegistryStore(db);
    const lease = createRegistrar({ relational: flaky, heartbeatMs: 50, ttlMs: 1_000, logger }).register(registration);
    await sleep(150);
    expect(await store.byId(lease.id, 1_000)).toBeNull();
    down = false;
    await eventually(async () => (await store.byId(lease.id, 1_000)) !== null);
    expect(await store.byId(lease.id, 1_000)).not.toBeNull();
    down = true;
    await lease.drain();
    await lease.deregister();
  });
});
