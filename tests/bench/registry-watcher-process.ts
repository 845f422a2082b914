/**
 * One child process of `npm run bench:registry`'s fan-out measure (tests/bench/registry-fanout.ts):
 * BENCH_WATCHERS_HERE watchers, each a Redis cache store of its own (BENCH_REDIS_URL, keys under
 * BENCH_KEY_PREFIX: the benchmark's namespace) subscribed to the registry's change channel. It says
 * `ready` once every subscription is in place and `got` once every watcher here has a change, answers
 * `report` with every notice's arrival times and its CPU time, and closes its connections on `close`.
 */
import { RedisCacheStore } from '../../data/adapters/redis-cache.ts';
import { subscribeRegistryChanges } from '../../data/registry/registry-notices.ts';
import { Arrivals, recordInto, type FromWatchers, type Receipts, type ToWatchers } from './registry-fanout.ts';

const send = (message: FromWatchers) => process.send?.(message);

const url = process.env.BENCH_REDIS_URL!;
const keyPrefix = process.env.BENCH_KEY_PREFIX!;
const count = Number(process.env.BENCH_WATCHERS_HERE);
const receipts: Receipts = {};
const arrivals = new Arrivals(count, (at) => send({ type: 'got', at }));
const caches: RedisCacheStore[] = [];
let cpu: NodeJS.CpuUsage | undefined;

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  await Promise.allSettled(caches.map((cache) => cache.close()));
  process.disconnect?.();
}

process.on('message', (received: ToWatchers) => {
  if (received.type === 'report') {
    const used = process.cpuUsage(cpu);
    send({ type: 'report', receipts, cpuMs: (used.user + used.system) / 1000 });
  } else void close();
});
process.on('disconnect', () => void close());

try {
  for (let i = 0; i < count; i++) caches.push(await RedisCacheStore.open(url, { keyPrefix }));
  await Promise.all(caches.map((cache) => subscribeRegistryChanges(cache, recordInto(receipts, arrivals))));
  // From here on the CPU is the deliveries' (and the idle process's, which is next to nothing).
  cpu = process.cpuUsage();
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  await close();
}
