/**
 * `npm run bench:config`: how long a configuration change takes to reach the watchers (issue 12,
 * point 4: "pushed to the services within a second"). Each round commits version n+1 of the
 * `default` scope and publishes its notice on `config:changed`, as setConfiguration does, then
 * waits until every watcher applied it; printed: p50, p99 and max from the commit's start to the
 * last watcher, for 1 watcher (the baseline: one commit, one notice, one read) and for
 * BENCH_WATCHERS (default 50). On the real stores (PostgreSQL and Redis exported, deploy/local/up.sh;
 * a scratch database dropped after) each watcher has its own Redis connection, as a process would;
 * embedded, they share the memory cache of this one process. All watchers run in this process, so
 * their re-reads share one connection pool: a deployment's processes each have their own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MemoryCacheStore } from '../../data/adapters/memory-cache.ts';
import { RedisCacheStore } from '../../data/adapters/redis-cache.ts';
import { ConfigStore } from '../../data/config/config-store.ts';
import { publishConfigChange, startConfigWatcher, type ConfigWatcher } from '../../data/config/config-watcher.ts';
import { openDataLayer } from '../../data/data-layer.ts';
import type { CacheStore } from '../../data/ports.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { hasRealStore, realStoreEnv, realStoreUrl, scratchDatabase } from '../support/real-stores.ts';

const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 50);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 30);
const logger = createLogger('bench-config', 'silent');

async function run(mode: 'embedded' | 'real'): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-config-'));
  const scratch = mode === 'real' ? await scratchDatabase('looma_bench_config') : undefined;
  const env = scratch ? realStoreEnv(scratch.url, 'bc') : {};
  const config = loadConfig({ ...env, LOOMA_DATA_DIR: dir, LOG_LEVEL: 'silent', CONFIG_WATCH_ENABLED: 'false' });
  const data = await openDataLayer(config, logger, { ports: ['relational', 'cache'] });
  const store = new ConfigStore(data.stores.relational);
  let version = 0;
  const caches: CacheStore[] = [];
  try {
    for (const count of [1, WATCHERS]) {
      const watchers: ConfigWatcher[] = [];
      for (let i = 0; i < count; i++) {
        const cache =
          mode === 'real'
            ? await RedisCacheStore.open(realStoreUrl('redis')!, { keyPrefix: `${config.namespace}:` })
            : (data.stores.cache as MemoryCacheStore);
        if (mode === 'real') caches.push(cache);
        watchers.push(await startConfigWatcher({ store, cache, pollMs: 600_000, logger }));
      }
      // Subscriptions are made in the background of each start: let them land.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const latencies: number[] = [];
      for (let k = 0; k < CHANGES; k++) {
        const started = performance.now();
        const record = await data.stores.relational.transaction((tx) =>
          store.append(tx, {
            scope: 'default',
            expectedVersion: version,
            values: { featureFlags: { 'x-bench': k % 2 === 0 } },
            author: 'bench',
            comment: null,
            rolledBackTo: null,
          }),
        );
        version = record!.version;
        const applied = Promise.all(watchers.map((watcher) => appliedVersion(watcher, version)));
        await publishConfigChange(data.stores.cache, { scope: 'default', version });
        await applied;
        latencies.push(performance.now() - started);
      }
      for (const watcher of watchers) await watcher.close();
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
      console.log(
        `${mode.padEnd(8)} ${String(count).padStart(4)} watcher(s), ${CHANGES} changes: commit → every watcher applied  p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  max ${latencies.at(-1)!.toFixed(1)} ms`,
      );
    }
  } finally {
    for (const cache of caches) await cache.close();
    await data.close();
    await scratch?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Resolves once `watcher` holds `version` of the default scope. */
function appliedVersion(watcher: ConfigWatcher, version: number): Promise<void> {
  return new Promise((resolve) => {
    if (watcher.versionOf('default') >= version) return resolve();
    const stop = watcher.onChange(() => {
      if (watcher.versionOf('default') < version) return;
      stop();
      resolve();
    });
  });
}

console.log(`configuration push (goal: every service within 1 s; without a notice the poll, CONFIG_POLL_MS, 5 s by default)`);
await run('embedded');
if (hasRealStore('postgres') && hasRealStore('redis')) await run('real');
else console.log('real     skipped: export DATABASE_URL and REDIS_URL (deploy/local/up.sh) to measure PostgreSQL and Redis');
