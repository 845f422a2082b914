import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../data/adapters/memory-cache.ts';
import { publishRegistryChange } from '../../data/registry/registry-notices.ts';
import type { InstanceRecord, InstanceState } from '../../data/registry/registry-store.ts';
import { createLogger } from '../../platform/logger.ts';
import { RegistryInstanceSource } from './registry-instance-source.ts';

const logger = createLogger('registry-instance-source-test', 'silent');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(10);
}

const row = (service: string, url: string, state: InstanceState = 'HEALTHY'): InstanceRecord => ({
  id: `${service}-${url}`,
  service,
  url,
  state,
  version: '0',
  schemaHash: 'h',
  capacity: 1,
  registeredAt: new Date(),
  lastHeartbeatAt: new Date(),
  leaseAlive: true,
});

/** A registry whose routable rows the test sets, or that is down. */
function fakeRegistry(initial: InstanceRecord[]) {
  const registry = { rows: initial, isDown: false, reads: 0 };
  const store = {
    routable: async () => {
      registry.reads++;
      if (registry.isDown) throw new Error('registry down');
      return registry.rows;
    },
  };
  return { registry, store };
}

const fallback = { talent: ['http://static-talent/graphql'], ops: ['http://static-ops/graphql'] };

describe('RegistryInstanceSource', () => {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const item of open.splice(0).reverse()) await item.close();
  });

  it('loads the routable instances at start, falls back to the configured list, never routes to the gateway', async () => {
    const { store } = fakeRegistry([
      row('talent', 'http://t1/graphql'),
      row('talent', 'http://t2/graphql'),
      row('gateway', 'http://gw/graphql'),
    ]);
    const source = await RegistryInstanceSource.start({ store, ttlMs: 1_000, refreshMs: 60_000, fallback, logger });
    open.push(source);
    expect(source.instances('talent')).toEqual(['http://t1/graphql', 'http://t2/graphql']);
    expect(source.instances('ops')).toEqual(['http://static-ops/graphql']);
    expect(source.instances('gateway')).toEqual([]);
  });

  it('applies pushed notices per subgraph (stale, unknown and malformed ones ignored) and fires onChange once per change', async () => {
    const cache = new MemoryCacheStore();
    open.push(cache);
    const { store } = fakeRegistry([row('talent', 'http://t1/graphql')]);
    const source = await RegistryInstanceSource.start({ store, cache, ttlMs: 1_000, refreshMs: 60_000, fallback, logger });
    open.push(source);
    const changes: string[] = [];
    source.onChange((subgraph) => changes.push(subgraph));
    await sleep(20); // the subscription lands

    const at = new Date();
    const notice = (instances: { url: string; state: InstanceState }[], when = at) => ({
      service: 'talent',
      instances: instances.map((i) => ({ id: i.url, ...i })),
      at: when.toISOString(),
    });
    await publishRegistryChange(
      cache,
      notice([
        { url: 'http://t1/graphql', state: 'HEALTHY' },
        { url: 'http://t2/graphql', state: 'STARTING' },
      ]),
    );
    await eventually(() => source.instances('talent').length === 2);
    expect(source.instances('talent')).toEqual(['http://t1/graphql', 'http://t2/graphql']);
    // The same snapshot again: no change to announce.
    await publishRegistryChange(
      cache,
      notice([
        { url: 'http://t1/graphql', state: 'HEALTHY' },
        { url: 'http://t2/graphql', state: 'HEALTHY' },
      ]),
    );
    // An older snapshot, another service's, the gateway's and a malformed message: all ignored.
    await publishRegistryChange(cache, notice([], new Date(at.getTime() - 1_000)));
    await publishRegistryChange(cache, {
      service: 'gateway',
      instances: [{ id: 'g', url: 'http://gw/graphql', state: 'HEALTHY' }],
      at: at.toISOString(),
    });
    await cache.publish('registry:changes', '{"service":"talent"}');
    await sleep(30);
    expect(source.instances('talent')).toEqual(['http://t1/graphql', 'http://t2/graphql']);
    expect(changes).toEqual(['talent']);

    // Every instance gone: the configured list again.
    await publishRegistryChange(cache, notice([{ url: 'http://t1/graphql', state: 'UNHEALTHY' }], new Date(at.getTime() + 1)));
    await eventually(() => changes.length === 2);
    expect(source.instances('talent')).toEqual(['http://static-talent/graphql']);
    expect(changes).toEqual(['talent', 'talent']);
  });

  it('refreshes the whole view periodically and keeps the last view while the registry is down', async () => {
    const { registry, store } = fakeRegistry([row('talent', 'http://t1/graphql')]);
    const source = await RegistryInstanceSource.start({ store, ttlMs: 1_000, refreshMs: 20, fallback, logger });
    open.push(source);
    const changes: string[] = [];
    source.onChange((subgraph) => changes.push(subgraph));
    registry.rows = [row('talent', 'http://t1/graphql'), row('ops', 'http://o1/graphql')];
    await eventually(() => changes.includes('ops'));
    expect(source.instances('ops')).toEqual(['http://o1/graphql']);
    expect(changes).toEqual(['ops']);

    registry.isDown = true;
    const reads = registry.reads;
    await eventually(() => registry.reads > reads + 2);
    expect(source.instances('talent')).toEqual(['http://t1/graphql']);
    expect(source.instances('ops')).toEqual(['http://o1/graphql']);
  });

  it('starts on the configured lists when the registry is down, and stops refreshing once closed', async () => {
    const { registry, store } = fakeRegistry([]);
    registry.isDown = true;
    const source = await RegistryInstanceSource.start({ store, ttlMs: 1_000, refreshMs: 20, fallback, logger });
    expect(source.instances('talent')).toEqual(['http://static-talent/graphql']);
    registry.isDown = false;
    registry.rows = [row('talent', 'http://t1/graphql')];
    await eventually(() => source.instances('talent')[0] === 'http://t1/graphql');
    expect(source.instances('talent')).toEqual(['http://t1/graphql']);
    await source.close();
    const reads = registry.reads;
    await sleep(80);
    expect(registry.reads).toBe(reads);
  });
});
