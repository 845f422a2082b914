/**
 * The time for a registry change to reach every watcher (`npm run bench:registry`, issue 12 point 7):
 * watchers subscribe through `subscribeRegistryChanges` (data/registry/registry-notices.ts), the
 * benchmark publishes `changes` notices through `publishRegistryChange`, each a service's real
 * snapshot, and times each from the publish call to its delivery at the last watcher. One change at a
 * time: the next is published once every watcher has the last (and `intervalMs` later), so a change's
 * time is its own, not a queue of earlier ones (1,000 watchers parsing 50 changes a second is more
 * than two cores do: that measured the backlog, 33 s at p50).
 *
 * Over Redis each watcher is a cache store of its own (its command connection and its subscriber
 * connection, as in a gateway process), `processes` child processes holding `watchers / processes`
 * each (1,000 processes would not fit on two cores; the Redis side sees the same 1,000 subscribers).
 * Over the embedded memory cache, whose pub/sub reaches one process only, every watcher is in this one.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { subscribeRegistryChanges, publishRegistryChange, type RegistryNotice } from '../../data/registry/registry-notices.ts';
import type { CacheStore } from '../../data/ports.ts';
import { percentile } from './registry-scale-phases.ts';

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
export const wallNow = () => performance.timeOrigin + performance.now();

/** Per notice (by its `at`), the wall-clock times it reached each watcher. */
export type Receipts = Record<string, number[]>;

/** What a watcher child and the benchmark say to each other over IPC. */
export type ToWatchers = { type: 'report' } | { type: 'close' };
export type FromWatchers =
  | { type: 'ready' }
  | { type: 'got'; at: string }
  | { type: 'report'; receipts: Receipts; cpuMs: number }
  | { type: 'failed'; message: string };

export interface FanoutFigures {
  watchers: number;
  processes: number;
  changes: number;
  /** Deliveries counted against `watchers × changes`. */
  delivered: number;
  /** Per change, publish to the last watcher. */
  lastP50Ms: number;
  lastP99Ms: number;
  lastMaxMs: number;
  /** Over every single delivery. */
  eachP50Ms: number;
  eachP99Ms: number;
  /** The watchers' CPU time over the deliveries (receiving, parsing and checking a notice). */
  cpuMsPerDelivery: number;
}

interface Watchers {
  /** True once every watcher has the change `at`; false after `timeoutMs`. */
  arrived(at: string, timeoutMs: number): Promise<boolean>;
  collect(): Promise<{ receipts: Receipts; cpuMs: number }>;
  close(): Promise<void>;
}

/** Counts, per change, the parts that have it, and wakes whoever waits for all `needed`. */
export class Arrivals {
  private readonly needed: number;
  private readonly onComplete: ((at: string) => void) | undefined;
  private readonly counts = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  constructor(needed: number, onComplete?: (at: string) => void) {
    this.needed = needed;
    this.onComplete = onComplete;
  }

  mark(at: string): void {
    const count = (this.counts.get(at) ?? 0) + 1;
    this.counts.set(at, count);
    if (count !== this.needed) return;
    this.onComplete?.(at);
    this.waiters.get(at)?.();
  }

  wait(at: string, timeoutMs: number): Promise<boolean> {
    if ((this.counts.get(at) ?? 0) >= this.needed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(at);
        resolve(false);
      }, timeoutMs);
      this.waiters.set(at, () => {
        clearTimeout(timer);
        this.waiters.delete(at);
        resolve(true);
      });
    });
  }
}

/** Records every notice's arrival at one watcher; `arrivals` counts them. */
export function recordInto(receipts: Receipts, arrivals: Arrivals): (notice: RegistryNotice) => void {
  return (notice) => {
    (receipts[notice.at] ??= []).push(wallNow());
    arrivals.mark(notice.at);
  };
}

async function inProcessWatchers(cache: CacheStore, count: number): Promise<Watchers> {
  const receipts: Receipts = {};
  const arrivals = new Arrivals(count);
  const cpu = process.cpuUsage();
  const unsubscribes = await Promise.all(
    Array.from({ length: count }, () => subscribeRegistryChanges(cache, recordInto(receipts, arrivals))),
  );
  return {
    arrived: (at, timeoutMs) => arrivals.wait(at, timeoutMs),
    // This process publishes too: its CPU over the run counts both sides.
    collect: async () => {
      const used = process.cpuUsage(cpu);
      return { receipts, cpuMs: (used.user + used.system) / 1000 };
    },
    close: async () => {
      await Promise.all(unsubscribes.map((unsubscribe) => unsubscribe()));
    },
  };
}

const WATCHER_PROCESS = fileURLToPath(new URL('./registry-watcher-process.ts', import.meta.url));
const START_TIMEOUT_MS = 120_000;

function message(child: ChildProcess, type: FromWatchers['type'], timeoutMs: number): Promise<FromWatchers> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`a watcher process sent no '${type}' within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (received: FromWatchers) => {
      if (received.type === 'failed') done(new Error(`a watcher process failed: ${received.message}`));
      else if (received.type === type) done(null, received);
    };
    const onExit = (code: number | null) => done(new Error(`a watcher process exited (${code}) before '${type}'`));
    function done(error: Error | null, received?: FromWatchers) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(received!);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

async function childWatchers(redisUrl: string, keyPrefix: string, count: number, processes: number): Promise<Watchers> {
  const children = Array.from({ length: processes }, (_, p) => {
    const here = Math.floor(count / processes) + (p < count % processes ? 1 : 0);
    return fork(WATCHER_PROCESS, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, BENCH_REDIS_URL: redisUrl, BENCH_KEY_PREFIX: keyPrefix, BENCH_WATCHERS_HERE: String(here) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  });
  const close = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            if (child.connected) child.send({ type: 'close' } satisfies ToWatchers);
            else child.kill('SIGTERM');
          }),
      ),
    );
  };
  const arrivals = new Arrivals(processes);
  for (const child of children)
    child.on('message', (received: FromWatchers) => {
      if (received.type === 'got') arrivals.mark(received.at);
    });
  try {
    await Promise.all(children.map((child) => message(child, 'ready', START_TIMEOUT_MS)));
  } catch (error) {
    await close();
    throw error;
  }
  return {
    arrived: (at, timeoutMs) => arrivals.wait(at, timeoutMs),
    async collect() {
      const reports = await Promise.all(
        children.map(async (child) => {
          const reply = message(child, 'report', 30_000);
          child.send({ type: 'report' } satisfies ToWatchers);
          return (await reply) as Extract<FromWatchers, { type: 'report' }>;
        }),
      );
      const receipts: Receipts = {};
      for (const report of reports) for (const [at, times] of Object.entries(report.receipts)) (receipts[at] ??= []).push(...times);
      return { receipts, cpuMs: reports.reduce((sum, report) => sum + report.cpuMs, 0) };
    },
    close,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publishes `changes` notices (the snapshots given, in turn) and measures their fan-out to `watchers`
 * watchers; `redis` set: over Redis from child processes, else in this process on `cache`.
 */
export async function measureFanout(
  cache: CacheStore,
  snapshots: Omit<RegistryNotice, 'at'>[],
  {
    watchers,
    processes,
    changes,
    intervalMs = 10,
    redis,
  }: { watchers: number; processes: number; changes: number; intervalMs?: number; redis?: { url: string; keyPrefix: string } },
): Promise<FanoutFigures> {
  const group = redis ? await childWatchers(redis.url, redis.keyPrefix, watchers, processes) : await inProcessWatchers(cache, watchers);
  try {
    const published = new Map<string, number>();
    let lastAt = '';
    for (let k = 0; k < changes; k++) {
      let at = new Date().toISOString();
      // `at` names the change at the watchers: two in one millisecond would be one.
      while (at <= lastAt) {
        await sleep(1);
        at = new Date().toISOString();
      }
      lastAt = at;
      published.set(at, wallNow());
      await publishRegistryChange(cache, { ...snapshots[k % snapshots.length]!, at });
      // A change some watcher never gets counts as missing (a generous deadline, then the next one).
      await group.arrived(at, 60_000);
      await sleep(intervalMs);
    }
    const { receipts, cpuMs } = await group.collect();
    const last: number[] = [];
    const each: number[] = [];
    let delivered = 0;
    for (const [at, publishedAt] of published) {
      const times = receipts[at] ?? [];
      delivered += times.length;
      if (times.length > 0) last.push(Math.max(...times) - publishedAt);
      for (const time of times) each.push(time - publishedAt);
    }
    last.sort((a, b) => a - b);
    each.sort((a, b) => a - b);
    return {
      watchers,
      processes: redis ? processes : 1,
      changes,
      delivered,
      lastP50Ms: percentile(last, 50),
      lastP99Ms: percentile(last, 99),
      lastMaxMs: last.at(-1) ?? Number.NaN,
      eachP50Ms: percentile(each, 50),
      eachP99Ms: percentile(each, 99),
      cpuMsPerDelivery: cpuMs / Math.max(1, delivered),
    };
  } finally {
    await group.close();
  }
}
