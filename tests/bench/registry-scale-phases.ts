/**
 * The measured pieces of `npm run bench:registry` (tests/bench/registry-scale.ts): registrations,
 * heartbeats and discovery lookups against one registry's stores, through the real code
 * (RegistryStore, the registrar's lease key, the gateway's RegistryInstanceSource when it is there),
 * plus the alternatives the issue implies, measured beside them and never in place of them.
 */
import fs from 'node:fs';
import { leaseKey } from '../../data/registry/registrar.ts';
import { announceService } from '../../data/registry/registry-notices.ts';
import { RegistryInstanceSource } from '../../gateway/transport/registry-instance-source.ts';
import { createLogger } from '../../platform/logger.ts';
import type { NewInstance, RegistryStore } from '../../data/registry/registry-store.ts';
import type { CacheStore, RelationalStore } from '../../data/ports.ts';

/** What one measured phase did: how many operations in how long, their latencies, and the benchmark process's CPU. */
export interface Phase {
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The benchmark process's CPU time over the phase's wall time (1.0 = one core busy): near 1, the client is the limit. */
  clientCpu: number;
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Latency samples in a growable typed array (a phase may take millions). */
class Samples {
  private values = new Float64Array(1 << 16);
  length = 0;

  add(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  sorted(): Float64Array {
    return this.values.slice(0, this.length).sort();
  }
}

/**
 * Runs `operation(i)` from `callers` concurrent loops, each awaiting its own call before the next:
 * `total` operations in all, or as many as fit in `seconds` when `total` is not given.
 */
export async function drive(
  callers: number,
  operation: (i: number) => Promise<unknown>,
  { total, seconds }: { total?: number; seconds?: number },
): Promise<Phase> {
  const samples = new Samples();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = seconds === undefined ? Infinity : started + seconds * 1000;
  let next = 0;
  const loop = async () => {
    for (;;) {
      if (total !== undefined && next >= total) return;
      if (performance.now() >= deadline) return;
      const i = next++;
      const begun = performance.now();
      await operation(i);
      samples.add(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: callers }, loop));
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const sorted = samples.sorted();
  return {
    operations: samples.length,
    seconds: elapsedMs / 1000,
    perSecond: samples.length / (elapsedMs / 1000),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    clientCpu: (used.user + used.system) / 1000 / elapsedMs,
  };
}

/** Sequential calls, one at a time: a lookup's own latency, not a queue's. */
export async function latencies(reps: number, operation: (i: number) => unknown): Promise<Phase> {
  return drive(1, async (i) => operation(i), { total: reps });
}

/** Synchronous calls timed one by one (no promise between them: a Map read's own time, plus the clock's). */
export function timeEach(reps: number, operation: (i: number) => void): Phase {
  const samples = new Float64Array(reps);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < reps; i++) {
    const begun = performance.now();
    operation(i);
    samples[i] = performance.now() - begun;
  }
  const elapsedMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  samples.sort();
  return {
    operations: reps,
    seconds: elapsedMs / 1000,
    perSecond: reps / (elapsedMs / 1000),
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    clientCpu: (used.user + used.system) / 1000 / elapsedMs,
  };
}

/** A subgraph's schema of a real size: the talent subgraph's .graphql files (about 32 KB). */
const TALENT_SDL = fs
  .readdirSync(new URL('../../subgraphs/talent/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => fs.readFileSync(new URL(`../../subgraphs/talent/${file}`, import.meta.url), 'utf8'))
  .join('\n');

/**
 * The benchmark's instances, spread over `services` services, ids and URLs of their own; each
 * registers its service's SDL as a subgraph instance does (one schema a service, kept once by hash).
 */
export function benchInstances(total: number, services: number, prefix = 'bench'): NewInstance[] {
  const sdls = Array.from({ length: services }, (_, s) => `# ${serviceName(s)}\n${TALENT_SDL}`);
  return Array.from({ length: total }, (_, i) => {
    const service = serviceName(i % services);
    return {
      id: `${prefix}-${service}-${i.toString(36).padStart(5, '0')}`,
      service,
      url: `http://10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}:4001/graphql`,
      version: '0.1.0',
      schemaHash: 'f'.repeat(64),
      capacity: 2,
      sdl: sdls[i % services]!,
    };
  });
}

export const serviceName = (index: number) => `svc-${String(index).padStart(4, '0')}`;

/** Every instance through the real `RegistryStore.register` (a transaction: the row and its `registered` event). */
export function registerEach(store: RegistryStore, instances: NewInstance[], callers: number): Promise<Phase> {
  return drive(callers, (i) => store.register(instances[i]!), { total: instances.length });
}

/** What the registrar does after each registration: `announceService` (a routable read of the service, a publish), services in turn. */
export function announceEach(
  store: RegistryStore,
  cache: CacheStore,
  services: number,
  total: number,
  callers: number,
  ttlMs: number,
): Promise<Phase> {
  return drive(callers, (i) => announceService(store, cache, serviceName(i % services), ttlMs), { total });
}

/**
 * What a batched registration path would give (not Looma's code: the same row, schema and
 * `registered` event as `register`, for `batch` instances in one statement, each service's SDL sent
 * with its first instance only). Each operation counted is one batch.
 */
export async function registerBatched(db: RelationalStore, instances: NewInstance[], batch: number, callers: number): Promise<Phase> {
  const batches = Array.from({ length: Math.ceil(instances.length / batch) }, (_, i) => instances.slice(i * batch, (i + 1) * batch));
  const sentSchemas = new Set<string>();
  return drive(
    callers,
    (i) => {
      const rows = batches[i]!;
      const column = <K extends keyof NewInstance>(key: K) => rows.map((row) => row[key]);
      // A batched node would know the schemas it keeps (by hash): each SDL travels once, not with every instance.
      const schemas = new Map(rows.filter((row) => !sentSchemas.has(row.service)).map((row) => [row.service, row.sdl ?? '']));
      for (const service of schemas.keys()) sentSchemas.add(service);
      return db.query(
        `WITH schemas AS (
           INSERT INTO service_schemas (hash, service, sdl)
           SELECT encode(sha256(convert_to(sdl, 'UTF8')), 'hex'), service, sdl FROM unnest($7::text[], $8::text[]) AS given (service, sdl)
           ON CONFLICT (hash) DO NOTHING),
         registered AS (
           INSERT INTO service_instances (id, service, url, version, schema_hash, capacity, state)
           SELECT id, service, url, version, schema_hash, capacity, 'STARTING'
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
             AS given (id, service, url, version, schema_hash, capacity)
           ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url,
             last_heartbeat_at = date_trunc('milliseconds', clock_timestamp()), deregistered_at = NULL
           RETURNING id, service, url)
         INSERT INTO registry_events (instance, kind, to_state, detail)
         SELECT id, 'registered', 'STARTING', service || ' at ' || url FROM registered`,
        [
          column('id'),
          column('service'),
          column('url'),
          column('version'),
          column('schemaHash'),
          column('capacity'),
          [...schemas.keys()],
          [...schemas.values()],
        ],
      );
    },
    { total: batches.length },
  );
}

export interface HeartbeatFigures {
  /** The registrar's beat as it is: the row renewal, then the cache lease (data/registry/registrar.ts). */
  full: Phase;
  row: Phase;
  lease: Phase;
  /** The alternative: the lease every beat, the row every `rowEvery`-th beat of an instance. */
  leaseFirst: Phase;
  /** Another: rows renewed `batch` ids a statement (not Looma's code); `perSecond` counts rows. */
  batchedRows: Phase;
}

/**
 * Heartbeats of the registered instances (round robin, so every beat renews another instance's row
 * and lease) from `callers` concurrent callers, `seconds` per variant.
 */
export async function heartbeats(
  store: RegistryStore,
  db: RelationalStore,
  cache: CacheStore,
  ids: string[],
  { callers, seconds, ttlMs, rowEvery, batch }: { callers: number; seconds: number; ttlMs: number; rowEvery: number; batch: number },
): Promise<HeartbeatFigures> {
  const id = (i: number) => ids[i % ids.length]!;
  const renewRow = async (i: number) => {
    const state = await store.heartbeat(id(i));
    if (state === null) throw new Error(`instance ${id(i)} is not registered`);
    return state;
  };
  const renewLease = (i: number, state = 'HEALTHY') => cache.set(leaseKey(id(i)), state, ttlMs);
  const full = await drive(callers, async (i) => renewLease(i, await renewRow(i)), { seconds });
  const row = await drive(callers, renewRow, { seconds });
  const lease = await drive(callers, (i) => renewLease(i), { seconds });
  // Round robin: beat i is the (floor(i / ids.length) + 1)-th beat of its instance; instances are
  // staggered by their index, so each k-th beat is spread evenly over the run.
  const leaseFirst = await drive(
    callers,
    async (i) => {
      if ((Math.floor(i / ids.length) + (i % ids.length)) % rowEvery === 0) await renewRow(i);
      await renewLease(i);
    },
    { seconds },
  );
  // Lanes of disjoint ids, each one statement at a time: two statements locking the same rows in
  // different orders would deadlock (a batched registry node would be the one writer of its rows).
  const lanes = Math.max(1, Math.min(10, Math.floor(ids.length / batch)));
  const laneSize = Math.floor(ids.length / lanes);
  const rows = Math.min(batch, laneSize);
  const perLane = await Promise.all(
    Array.from({ length: lanes }, (_, lane) =>
      drive(
        1,
        (i) => {
          const from = lane * laneSize + ((i * rows) % Math.max(1, laneSize - rows + 1));
          return db.query(
            `UPDATE service_instances SET last_heartbeat_at = date_trunc('milliseconds', clock_timestamp())
             WHERE id = ANY($1::text[]) AND deregistered_at IS NULL RETURNING id, state`,
            [ids.slice(from, from + rows)],
          );
        },
        { seconds },
      ),
    ),
  );
  const statements = perLane.reduce((sum, lane) => sum + lane.operations, 0);
  const batchedRows: Phase = {
    operations: statements * rows,
    seconds: perLane[0]!.seconds,
    perSecond: perLane.reduce((sum, lane) => sum + lane.perSecond, 0) * rows,
    p50Ms: perLane[0]!.p50Ms,
    p99Ms: Math.max(...perLane.map((lane) => lane.p99Ms)),
    clientCpu: perLane[0]!.clientCpu,
  };
  return { full, row, lease, leaseFirst, batchedRows };
}

export interface LookupFigures {
  /** `RegistryStore.routable(ttl, service)`: one service's routable instances from the database. */
  perService: Phase;
  /** `RegistryStore.routable(ttl)`: every routable instance, what a full refresh of a gateway's view reads. */
  fullView: Phase;
  /** How many instances a full view held. */
  fullViewInstances: number;
}

/** Database reads of the discovery view: `reps` one-service reads over the services in turn, and `fullReps` full reads. */
export async function storeLookups(
  store: RegistryStore,
  { ttlMs, services, reps, fullReps }: { ttlMs: number; services: number; reps: number; fullReps: number },
): Promise<LookupFigures> {
  let empty = 0;
  const perService = await latencies(reps, async (i) => {
    if ((await store.routable(ttlMs, serviceName(i % services))).length === 0) empty++;
  });
  if (empty > 0) throw new Error(`${empty} of ${reps} service lookups found no routable instance: the leases lapsed during the run`);
  let fullViewInstances = 0;
  const fullView = await latencies(fullReps, async () => {
    fullViewInstances = (await store.routable(ttlMs)).length;
  });
  return { perService, fullView, fullViewInstances };
}

export interface SourceFigures {
  /** `RegistryInstanceSource.instances(subgraph)`: the gateway's lookup on the request path. */
  lookup: Phase;
  /** `RegistryInstanceSource.refresh()`: the whole view read again and applied (every REGISTRY_HEARTBEAT_MS). */
  refresh: Phase;
  /** The instances the source routes to, over every service. */
  instances: number;
}

/** The gateway's discovery view over every service of the benchmark: its lookups and its full refresh. */
export async function sourceLookups(
  store: RegistryStore,
  cache: CacheStore,
  { ttlMs, services, reps, refreshReps }: { ttlMs: number; services: number; reps: number; refreshReps: number },
): Promise<SourceFigures> {
  const names = Array.from({ length: services }, (_, i) => serviceName(i));
  const source = await RegistryInstanceSource.start({
    store,
    cache,
    ttlMs,
    refreshMs: 3_600_000,
    fallback: Object.fromEntries(names.map((name) => [name, []])),
    logger: createLogger('bench', 'silent'),
  });
  try {
    const instances = names.reduce((sum, name) => sum + source.instances(name).length, 0);
    let empty = 0;
    const lookup = timeEach(reps, (i) => {
      if (source.instances(names[i % services]!).length === 0) empty++;
    });
    if (empty > 0) throw new Error(`${empty} of ${reps} lookups found no instance`);
    const refresh = await latencies(refreshReps, () => source.refresh());
    return { lookup, refresh, instances };
  } finally {
    await source.close();
  }
}
