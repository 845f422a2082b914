import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../adapters/pglite-relational.ts';
import { migrate } from '../migrate.ts';
import type { RelationalStore } from '../ports.ts';
import { createLogger } from '../../platform/logger.ts';
import { registry } from '../../platform/metrics.ts';
import { ConfigStore, type ConfigVersionRecord } from './config-store.ts';
import { publishConfigChange, startConfigWatcher, type ConfigWatcher } from './config-watcher.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(10);
}

const ORG = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

// The store and the watcher over the embedded PostgreSQL in memory and the memory cache's pub/sub.
describe('configuration store and watcher', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;
  let store: ConfigStore;
  const watchers: ConfigWatcher[] = [];
  const logger = createLogger('config-watcher-test', 'silent');
  const write = (scope: string, expectedVersion: number, values: ConfigVersionRecord['values']) =>
    store.append(db, { scope, expectedVersion, values, author: 'tester', comment: null, rolledBackTo: null });

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
    store = new ConfigStore(db);
  });
  afterAll(async () => {
    for (const watcher of watchers) await watcher.close();
    await cache?.close();
    await db?.close();
  });

  it('appends versions 1, 2… per scope, refuses a stale expected version, and never changes a version', async () => {
    expect((await write('service:store-test', 0, { featureFlags: { 'x-a': true } }))?.version).toBe(1);
    expect((await write('service:store-test', 1, { featureFlags: { 'x-a': false } }))?.version).toBe(2);
    expect(await write('service:store-test', 1, {})).toBeNull();
    expect(await write('service:store-test', 5, {})).toBeNull();
    expect((await store.history('service:store-test', 10, null)).map((v) => v.version)).toEqual([2, 1]);
    await expect(db.query(`UPDATE config_versions SET comment = 'x' WHERE scope = 'service:store-test'`)).rejects.toThrow(/immutable/);
    await expect(db.query(`DELETE FROM config_versions WHERE scope = 'service:store-test'`)).rejects.toThrow(/immutable/);
    await expect(write('org:42', 0, {})).rejects.toThrow();
  });

  it('loads every scope at start, applies a notice, merges default ← service ← organisation, and reports the version', async () => {
    await write('default', 0, { matchingWeights: { requiredSkills: 0.6 } });
    const watcher = await startConfigWatcher({ store, cache, pollMs: 600_000, logger });
    watchers.push(watcher);
    expect(watcher.versionOf('default')).toBe(1);
    expect(watcher.current().matchingWeights.requiredSkills).toBe(0.6);
    const changes: string[] = [];
    watcher.onChange((applied) => changes.push(...applied.map((v) => `${v.scope}@${v.version}`)));

    await write(`org:${ORG}`, 0, { matchingWeights: { requiredSkills: 0.2 }, featureFlags: { matching: false } });
    await write('service:gateway', 0, { matchingWeights: { requiredSkills: 0.3, location: 0.5 } });
    await publishConfigChange(cache, { scope: `org:${ORG}`, version: 1 });
    await eventually(() => watcher.versionOf(`org:${ORG}`) === 1 && watcher.versionOf('service:gateway') === 1);
    expect(changes.sort()).toEqual([`org:${ORG}@1`, 'service:gateway@1']);
    const effective = watcher.current(ORG, 'gateway');
    expect(effective.matchingWeights).toMatchObject({ requiredSkills: 0.2, location: 0.5 });
    expect(effective.featureFlags.matching).toBe(false);
    expect(watcher.current(null, 'gateway').matchingWeights.requiredSkills).toBe(0.3);

    const metrics = await registry.getSingleMetricAsString('looma_config_version');
    expect(metrics).toContain('looma_config_version{scope="default"} 1');
    expect(metrics).toContain('looma_config_version{scope="service:gateway"} 1');
    expect(metrics).not.toContain(ORG);
  });

  it('ignores malformed notices, and without notices the poll catches up', async () => {
    const polling = await startConfigWatcher({ store, pollMs: 100, logger });
    watchers.push(polling);
    await cache.publish('config:changed', 'not json');
    const before = polling.versionOf('default');
    await write('default', before, { matchingWeights: { requiredSkills: 0.7 } });
    await eventually(() => polling.versionOf('default') === before + 1);
    expect(polling.current().matchingWeights.requiredSkills).toBe(0.7);
  });
});
