/**
 * `npm run bench:registry [-- --embedded | --real]`: the control plane at scale (issue 12, point 7),
 * on one registry's stores, through Looma's own code. Per store mode it prints:
 *
 * - registrations per second through `RegistryStore.register` (BENCH_INSTANCES instances, default
 *   100,000, across BENCH_SERVICES services, default one per 100 instances), and beside it what a
 *   batched registration path would give (BENCH_BATCH a statement, on stores of its own);
 * - heartbeats per second with every instance registered, BENCH_CALLERS concurrent callers,
 *   BENCH_SECONDS a variant: the registrar's beat (row renewal, then the cache lease), each half
 *   alone, the alternative (the lease every beat, the row every BENCH_ROW_EVERY-th), and rows
 *   renewed BENCH_BATCH a statement;
 * - discovery reads: one service's routable instances and the full routable view (RegistryStore.routable);
 * - a change's fan-out to BENCH_WATCHERS watchers (registry-fanout.ts), BENCH_CHANGES changes;
 * - what the figures mean for the plan's 10,000+ nodes.
 *
 * Real stores (DATABASE_URL and REDIS_URL exported, eval "$(bash deploy/local/up.sh)") in a scratch
 * database and a key namespace of their own, removed afterwards; embedded ones (PGlite and the memory
 * cache) in a temporary data directory. Both by default; `--embedded` or `--real` picks one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { leaseKey } from '../../data/registry/registrar.ts';
import { RegistryStore } from '../../data/registry/registry-store.ts';
import { openStores, type OpenStores } from '../../data/stores.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { scratchDatabase, uniqueSuffix } from '../support/real-stores.ts';
import { measureFanout, type FanoutFigures } from './registry-fanout.ts';
import {
  announceEach,
  benchInstances,
  heartbeats,
  registerBatched,
  registerEach,
  serviceName,
  sourceLookups,
  storeLookups,
  type HeartbeatFigures,
  type LookupFigures,
  type Phase,
  type SourceFigures,
} from './registry-scale-phases.ts';

type Mode = 'embedded' | 'real';

function fail(message: string): never {
  console.error(`bench:registry: ${message}`);
  process.exit(2);
}

function sizeOption(name: string, fallback: number, { min = 1, max = 10_000_000 } = {}): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) fail(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
  return value;
}

const INSTANCES = sizeOption('BENCH_INSTANCES', 100_000);
const SERVICES = sizeOption('BENCH_SERVICES', Math.max(1, Math.round(INSTANCES / 100)), { max: INSTANCES });
const SECONDS = sizeOption('BENCH_SECONDS', 10, { max: 600 });
const CALLERS = sizeOption('BENCH_CALLERS', 50, { max: 1_000 });
const ROW_EVERY = sizeOption('BENCH_ROW_EVERY', 10, { max: 1_000 });
const BATCH = sizeOption('BENCH_BATCH', 1_000, { max: 10_000 });
const WATCHERS = sizeOption('BENCH_WATCHERS', 1_000, { max: 5_000 });
const PROCESSES = sizeOption('BENCH_WATCHER_PROCESSES', Math.min(10, WATCHERS), { max: 50 });
const CHANGES = sizeOption('BENCH_CHANGES', 200, { max: 10_000 });
const LOOKUPS = sizeOption('BENCH_LOOKUPS', 2_000, { max: 1_000_000 });
/** Discovery reads count every row's lease alive: the benchmark's instances stop beating between phases. */
const LOOKUP_TTL_MS = 24 * 3_600_000;

const hasReal = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);
const only = process.argv.includes('--embedded') ? 'embedded' : process.argv.includes('--real') ? 'real' : undefined;
const unknown = process.argv.slice(2).filter((arg) => arg !== '--embedded' && arg !== '--real');
if (unknown.length > 0) fail(`unknown option ${unknown[0]} (options: --embedded, --real; sizes by BENCH_* variables)`);
if (only === 'real' && !hasReal) fail('--real needs DATABASE_URL and REDIS_URL (eval "$(bash deploy/local/up.sh)")');
const modes: Mode[] = only ? [only] : hasReal ? ['embedded', 'real'] : ['embedded'];

interface Opened {
  stores: OpenStores<'relational' | 'cache'>;
  heartbeatMs: number;
  ttlMs: number;
  redis?: { url: string; keyPrefix: string };
  close(): Promise<void>;
}

/** Fresh stores of the mode: a temporary PGlite directory and the memory cache, or a scratch database and a Redis namespace. */
async function openFresh(mode: Mode): Promise<Opened> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOOMA_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    // BENCH_CALLERS queue for the pool's 10 connections: a wait measured, not a failure.
    STORE_CONNECT_TIMEOUT_MS: '60000',
    STORE_TIMEOUT_MS: '60000',
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-registry-'));
  env.LOOMA_DATA_DIR = dataDir;
  let drop = async () => {};
  if (mode === 'real') {
    const scratch = await scratchDatabase('looma_registry');
    Object.assign(env, { DATABASE_URL: scratch.url, STORE_NAMESPACE: `bench_registry_${uniqueSuffix()}` });
    drop = scratch.drop;
  } else {
    for (const variable of ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL']) delete env[variable];
  }
  try {
    const config = loadConfig(env);
    const stores = await openStores(config, createLogger('bench', 'silent'), ['relational', 'cache']);
    return {
      stores,
      heartbeatMs: config.registry.heartbeatMs,
      ttlMs: config.registry.ttlMs,
      redis: config.stores.redis ? { url: config.stores.redis.url, keyPrefix: `${config.namespace}:` } : undefined,
      async close() {
        await stores.close();
        await drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

interface Figures {
  mode: string;
  register: Phase;
  announce: Phase;
  batched: Phase;
  beats: HeartbeatFigures;
  lookups: LookupFigures;
  source: SourceFigures;
  fanout: FanoutFigures;
  noticeBytes: number;
  heartbeatMs: number;
}

/** Where a long run is (on stderr, beside the table). */
const started = performance.now();
const progress = (mode: Mode, what: string) =>
  process.stderr.write(`  … ${mode}, ${((performance.now() - started) / 1000).toFixed(0)} s: ${what}\n`);

async function run(mode: Mode): Promise<Figures> {
  const instances = benchInstances(INSTANCES, SERVICES);
  progress(mode, 'batched registration');
  // The batched path on stores of its own: neither run pays for the other's rows.
  const batchedStores = await openFresh(mode);
  let batched: Phase;
  try {
    batched = await registerBatched(batchedStores.stores.relational, instances, BATCH, Math.min(CALLERS, 10));
  } finally {
    await batchedStores.close();
  }

  const opened = await openFresh(mode);
  const { relational, cache } = opened.stores;
  const store = new RegistryStore(relational);
  try {
    progress(mode, `registering ${int(INSTANCES)} instances`);
    const register = await registerEach(store, instances, CALLERS);
    progress(mode, 'announcements, heartbeats');
    const announce = await announceEach(store, cache, SERVICES, LOOKUPS, CALLERS, LOOKUP_TTL_MS);
    const ids = instances.map((instance) => instance.id);
    const beats = await heartbeats(store, relational, cache, ids, {
      callers: CALLERS,
      seconds: SECONDS,
      ttlMs: opened.ttlMs,
      rowEvery: ROW_EVERY,
      batch: BATCH,
    });
    progress(mode, 'discovery');
    const lookups = await storeLookups(store, { ttlMs: LOOKUP_TTL_MS, services: SERVICES, reps: LOOKUPS, fullReps: 5 });
    const source = await sourceLookups(store, cache, { ttlMs: LOOKUP_TTL_MS, services: SERVICES, reps: 100 * LOOKUPS, refreshReps: 5 });
    const snapshots = await Promise.all(
      Array.from({ length: Math.min(SERVICES, 20) }, async (_, i) => {
        const service = serviceName(i);
        const routable = await store.routable(LOOKUP_TTL_MS, service);
        return { service, instances: routable.map(({ id, url, state }) => ({ id, url, state })) };
      }),
    );
    const noticeBytes = Buffer.byteLength(JSON.stringify({ ...snapshots[0], at: new Date().toISOString() }));
    progress(mode, `fan-out to ${int(WATCHERS)} watchers`);
    const fanout = await measureFanout(cache, snapshots, {
      watchers: WATCHERS,
      processes: PROCESSES,
      changes: CHANGES,
      redis: opened.redis,
    });
    return {
      mode: `${mode} (${opened.stores.adapters.relational} + ${opened.stores.adapters.cache})`,
      register,
      announce,
      batched,
      beats,
      lookups,
      source,
      fanout,
      noticeBytes,
      heartbeatMs: opened.heartbeatMs,
    };
  } finally {
    // The leases go with the namespace's keys (the scratch database goes in close()).
    for (let i = 0; i < instances.length; i += 1_000)
      await cache.del(instances.slice(i, i + 1_000).map((instance) => leaseKey(instance.id))).catch(() => undefined);
    await opened.close();
  }
}

const int = (value: number) => Math.round(value).toLocaleString('en');
const ms = (value: number) =>
  value < 0.01
    ? `${(value * 1000).toFixed(2)} µs`
    : value < 1
      ? `${(value * 1000).toFixed(0)} µs`
      : `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const cpu = (phase: Phase) => `client CPU ${phase.clientCpu.toFixed(2)}`;
const meets = (ok: boolean) => (ok ? 'meets the goal' : 'SHORT of the goal');

function report(f: Figures): string[] {
  const { register, announce, batched, beats, lookups, source, fanout } = f;
  const rate = (phase: Phase) => `${int(phase.perSecond)}/s`;
  const lines: [string, string, string][] = [
    [
      `registrations, RegistryStore.register (${int(INSTANCES)}, ${CALLERS} callers)`,
      `${rate(register)}  p50 ${ms(register.p50Ms)} p99 ${ms(register.p99Ms)}, ${int(register.seconds)} s, ${cpu(register)}`,
      INSTANCES >= 100_000
        ? `100,000 instances: ${meets(register.operations >= 100_000)}`
        : `the goal is 100,000 instances: BENCH_INSTANCES=100000`,
    ],
    [
      `  then the registrar's announcement (announceService: routable read + publish)`,
      `${rate(announce)}  p50 ${ms(announce.p50Ms)} p99 ${ms(announce.p99Ms)}, ${cpu(announce)}`,
      '',
    ],
    [
      `  beside it: batched, ${BATCH} a statement (not Looma's code)`,
      `${int((batched.operations > 0 ? INSTANCES : 0) / batched.seconds)}/s  ${(INSTANCES / batched.seconds / register.perSecond).toFixed(1)}x, ${cpu(batched)}`,
      '',
    ],
    [
      `heartbeats, the registrar's beat: row + lease (${CALLERS} callers)`,
      `${rate(beats.full)}  p50 ${ms(beats.full.p50Ms)} p99 ${ms(beats.full.p99Ms)}, ${cpu(beats.full)}`,
      `10,000/s: ${meets(beats.full.perSecond >= 10_000)}`,
    ],
    ['  its PostgreSQL half: the row renewal alone', `${rate(beats.row)}  p99 ${ms(beats.row.p99Ms)}, ${cpu(beats.row)}`, ''],
    [`  its cache half: the lease alone`, `${rate(beats.lease)}  p99 ${ms(beats.lease.p99Ms)}, ${cpu(beats.lease)}`, ''],
    [
      `  alternative: lease every beat, row every ${ROW_EVERY}th`,
      `${rate(beats.leaseFirst)}  p99 ${ms(beats.leaseFirst.p99Ms)}, ${cpu(beats.leaseFirst)}`,
      `10,000/s: ${meets(beats.leaseFirst.perSecond >= 10_000)}`,
    ],
    [
      `  another: rows renewed ${BATCH} a statement (not Looma's code)`,
      `${rate(beats.batchedRows)} rows  statement p99 ${ms(beats.batchedRows.p99Ms)}, ${cpu(beats.batchedRows)}`,
      '',
    ],
    [
      `discovery: the gateway's RegistryInstanceSource.instances (${int(source.lookup.operations)} lookups)`,
      `p50 ${ms(source.lookup.p50Ms)} p99 ${ms(source.lookup.p99Ms)} over ${int(SERVICES)} services, ${int(source.instances)} instances`,
      `p99 < 1 ms: ${meets(source.lookup.p99Ms < 1)}`,
    ],
    [`  its full refresh (RegistryInstanceSource.refresh)`, `p50 ${ms(source.refresh.p50Ms)} max ${ms(source.refresh.p99Ms)}`, ''],
    [
      `  one service from the database (routable(ttl, service))`,
      `p50 ${ms(lookups.perService.p50Ms)} p99 ${ms(lookups.perService.p99Ms)} (${int(INSTANCES / SERVICES)} instances a service)`,
      '',
    ],
    [
      `  the full view from the database (routable(ttl))`,
      `p50 ${ms(lookups.fullView.p50Ms)} for ${int(lookups.fullViewInstances)} instances`,
      '',
    ],
    [
      `a change to ${int(fanout.watchers)} watchers (${fanout.processes} process${fanout.processes === 1 ? '' : 'es'}, ${fanout.changes} changes)`,
      `last watcher p50 ${ms(fanout.lastP50Ms)} p99 ${ms(fanout.lastP99Ms)} max ${ms(fanout.lastMaxMs)}; each delivery p50 ${ms(fanout.eachP50Ms)} p99 ${ms(fanout.eachP99Ms)}; ${int(fanout.delivered)}/${int(fanout.watchers * fanout.changes)} delivered; ${int(f.noticeBytes)} B a notice, ${ms(fanout.cpuMsPerDelivery)} of watcher CPU a delivery`,
      `p99 < 1 s: ${meets(fanout.lastP99Ms < 1_000 && fanout.delivered === fanout.watchers * fanout.changes)}`,
    ],
  ];
  const width = Math.max(...lines.map(([label]) => label.length)) + 2;
  return [`${f.mode}`, ...lines.map(([label, figure, goal]) => `  ${label.padEnd(width)}${figure}${goal ? `  [${goal}]` : ''}`)];
}

/** What one registry node carries at the measured rates, for the plan's fleet sizes. */
function extrapolate(f: Figures): string[] {
  const beatSeconds = f.heartbeatMs / 1000;
  const fullViewMs = f.lookups.fullView.p50Ms;
  const refreshMs = f.source.refresh.p50Ms;
  const perInstance = fullViewMs / Math.max(1, f.lookups.fullViewInstances);
  return [
    `${f.mode}, heartbeats every ${beatSeconds} s (REGISTRY_HEARTBEAT_MS):`,
    ...[10_000, 100_000].map((nodes) => {
      const needed = nodes / beatSeconds;
      const rowLoad = needed / f.beats.row.perSecond;
      const leaseFirstLoad = needed / f.beats.leaseFirst.perSecond;
      return (
        `  ${int(nodes)} instances: ${int(needed)} beats/s = ${(100 * (needed / f.beats.full.perSecond)).toFixed(0)} % of the measured beat rate ` +
        `(row alone ${(100 * rowLoad).toFixed(0)} %, lease-first ${(100 * leaseFirstLoad).toFixed(0)} %); ` +
        `registering all at once (a fleet restart) ${(nodes / f.register.perSecond).toFixed(0)} s`
      );
    }),
    `  a gateway's full refresh reads every routable row: ${ms(fullViewMs)} for ${int(f.lookups.fullViewInstances)} (a round trip, rows parsed) ` +
      `(${(perInstance * 1000).toFixed(1)} µs an instance), ${ms(refreshMs)} in the gateway with applying it; at one refresh per gateway per ${beatSeconds} s, ` +
      `${int((beatSeconds * 1000) / Math.max(fullViewMs, 0.001))} gateways keep one connection reading full views back to back`,
    `  a change to ${int(f.fanout.watchers)} watchers sends ${int((f.noticeBytes * f.fanout.watchers) / 1024)} KiB from the cache store; ` +
      `10,000 watchers would be ${int((f.noticeBytes * 10_000) / 1024 / 1024)} MiB a change`,
  ];
}

console.log(
  `bench:registry: ${int(INSTANCES)} instances across ${int(SERVICES)} services; ${CALLERS} callers, ${SECONDS} s a heartbeat variant; ` +
    `${int(WATCHERS)} watchers; ${int(CHANGES)} changes; ${os.availableParallelism()} cores, load ${os.loadavg()[0]!.toFixed(1)} at start\n`,
);
const all: Figures[] = [];
for (const mode of modes) {
  const figures = await run(mode);
  all.push(figures);
  console.log(report(figures).join('\n'));
  console.log('');
}
console.log('extrapolation (one registry node = one PostgreSQL primary + one Redis; the heartbeat clients here are one process):');
for (const figures of all) console.log(extrapolate(figures).join('\n'));
process.exit(0);
