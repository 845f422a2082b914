/**
 * `npm run bench:matching`: the speed of matching at scale (issue 14, point 6). Starts the whole
 * stack in this process (tests/support/stack.ts: embedded stores, or `-- --real` the real ones in a
 * scratch database and namespace, removed afterwards), seeds one organisation of 50,000 demo talents
 * (BENCH_TALENTS) through the talent write path and the outbox projector (1,000 per drain) with the
 * demo jobs, then sends `job(id) { matches(first: 20) { … } }` through the gateway over HTTP, one at
 * a time, for every demo job:
 * - cold: the organisation's score-cache generation replaced before each request (what the first
 *   request after a talent edit pays: candidates, reads, exact scoring of a few hundred);
 * - warm: the same requests again (the ranking read from the cache store, the page's talents
 *   resolved by the talent subgraph).
 * Prints p50/p95/max per phase (goal: p95 < 200 ms), and for the cold phase the mean time a
 * ranking spends in each store read (MatchReads), to tell where it goes.
 *
 * The quality side of matching is M5's `npm run bench:matching-quality`.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { bumpMatchingGenerations } from '../../data/projections/matching-invalidation.ts';
import { MatchScoreCache } from '../../subgraphs/matching/cache/score-cache.ts';
import { MatchReads } from '../../subgraphs/matching/ranking/match-reads.ts';
import { STACK_MODES, startTestStack } from '../support/stack.ts';
import { percentile } from './registry-scale-phases.ts';

const real = process.argv.includes('--real');
const TALENTS = Number(process.env.BENCH_TALENTS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const GOAL_MS = 200;
const PROFILE_TO = process.env.BENCH_CPU_PROF;

const MATCHES = `query Matches($id: ID!) {
  job(id: $id) {
    id
    matches(first: 20) {
      totalCount
      edges { score knockedOut gaps node { id name headline } factors { kind weight score contribution explanation evidence } }
    }
  }
}`;

const JOB_ALONE = `query Job($id: ID!) { job(id: $id) { id title department } }`;

if (real && !STACK_MODES.find((m) => m.mode === 'real')!.available) {
  throw new Error('--real needs the five real stores (eval "$(bash deploy/local/up.sh)")');
}

/** Time (ms) and calls per MatchReads method, over every instance (each request builds its own). */
const spent = new Map<string, { ms: number; calls: number }>();
function timeMatchReads(): void {
  const proto = MatchReads.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of Object.getOwnPropertyNames(MatchReads.prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(MatchReads.prototype, name);
    const original = descriptor?.value as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (name === 'constructor' || typeof original !== 'function') continue;
    proto[name] = async function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      try {
        return await original.apply(this, args);
      } finally {
        const entry = spent.get(name) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls += 1;
        spent.set(name, entry);
      }
    };
  }
}

const fmt = (ms: number) => ms.toFixed(1);
const startedAll = performance.now();
const started = performance.now();
const t = await startTestStack(real ? 'real' : 'embedded', {
  talents: TALENTS,
  env: { PROJECTOR_BATCH_SIZE: '1000', CONFIG_WATCH_ENABLED: 'false' },
});
try {
  const seedSeconds = (performance.now() - started) / 1000;
  const { stores, embedder } = t.stack.runtime.data;
  // Fresh statistics after the bulk load, as bench:search-scale does: the seed analysed the outbox while
  // all 50,000 events were pending, and PGlite runs no autovacuum (Postgres' would come later), so the
  // score cache's pending-event check would scan the whole outbox instead of its pending index.
  if (stores.relational instanceof PGliteRelationalStore) await stores.relational.analyze();
  else await stores.relational.query('ANALYZE');
  const jobs = await stores.relational.query<{ id: string; title: string }>(
    `SELECT id, title FROM jobs WHERE org_id = $1 AND status = 'OPEN' ORDER BY title`,
    [t.orgId],
  );
  console.log(
    `matching at scale on ${real ? 'real' : 'embedded'} stores (relational ${stores.adapters.relational}, vector ${stores.adapters.vector}, search ${stores.adapters.search}, graph ${stores.adapters.graph}, cache ${stores.adapters.cache}; embedder ${embedder.model})`,
  );
  console.log(`${TALENTS} talents and ${jobs.length} open jobs seeded and projected in ${seedSeconds.toFixed(1)} s`);
  console.log(`Job.matches(first: 20) through the gateway over HTTP, sequential, ${ROUNDS} rounds x ${jobs.length} jobs per phase\n`);

  /** One request with a viewer of its own (the field's rate limit counts per viewer); its milliseconds. */
  const matches = async (jobId: string): Promise<{ ms: number; totalCount: number }> => {
    const token = t.token(['RECRUITER']);
    const began = performance.now();
    const response = await t.request<{ job: { matches: { totalCount: number; edges: unknown[] } } }>(MATCHES, { id: jobId }, { token });
    const ms = performance.now() - began;
    if (response.body.errors?.length || !response.body.data?.job) throw new Error(`matches failed: ${JSON.stringify(response.body)}`);
    return { ms, totalCount: response.body.data.job.matches.totalCount };
  };

  /** The baseline: the same job through the gateway without its matches (the talent subgraph alone). */
  const jobAlone = async (jobId: string): Promise<number> => {
    const began = performance.now();
    const response = await t.request<{ job: { id: string } }>(JOB_ALONE, { id: jobId }, { token: t.token(['RECRUITER']) });
    if (response.body.errors?.length) throw new Error(`job failed: ${JSON.stringify(response.body)}`);
    return performance.now() - began;
  };

  // Warm-up: every path once (plans, pools, JIT), not measured.
  for (const job of jobs) await matches(job.id);
  for (const job of jobs) await jobAlone(job.id);
  timeMatchReads();
  // What a cached ranking weighs (the JSON a hit parses).
  const cachedSizes: number[] = [];
  const lookups = { hits: 0, misses: 0 };
  /** What the score cache's private look-up answered (`bypass` counts as a miss). */
  // Counted in the score cache itself (the subgraph's stores may be wrappers of these).
  const cacheProto = MatchScoreCache.prototype as unknown as Record<
    string,
    (...args: unknown[]) => Promise<{ outcome: string; stored?: string }>
  >;
  const lookUp = cacheProto.lookUp!;
  cacheProto.lookUp = async function (this: unknown, ...args: unknown[]) {
    const looked = await lookUp.apply(this, args);
    if (args[0] === 'ranking') {
      if (looked.outcome === 'hit') {
        lookups.hits += 1;
        cachedSizes.push(looked.stored!.length);
      } else lookups.misses += 1;
    }
    return looked;
  };

  const phases: { name: string; timings: number[]; totalCount: number; lookups?: string }[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < ROUNDS; round++) for (const job of jobs) baseline.push(await jobAlone(job.id));
  phases.push({ name: 'baseline', timings: baseline.sort((a, b) => a - b), totalCount: 0 });
  for (const phase of ['cold', 'warm'] as const) {
    const timings: number[] = [];
    let totalCount = 0;
    spent.clear();
    // Warm: every job's ranking in the cache first (the cold phase's last generation left most of them behind).
    if (phase === 'warm') for (const job of jobs) await matches(job.id);
    Object.assign(lookups, { hits: 0, misses: 0 });
    // BENCH_CPU_PROF=<prefix>: a CPU profile of each phase (<prefix>-cold.cpuprofile …; read it with cpu-profile-phases.ts).
    const session = PROFILE_TO ? new Session() : null;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const job of jobs) {
        if (phase === 'cold') await bumpMatchingGenerations(stores.cache, [t.orgId]);
        const { ms, totalCount: total } = await matches(job.id);
        timings.push(ms);
        totalCount += total;
      }
    }
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(`${PROFILE_TO}-${phase}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    }
    timings.sort((a, b) => a - b);
    phases.push({
      name: phase,
      timings,
      totalCount: totalCount / timings.length,
      lookups: `${lookups.hits} hits, ${lookups.misses} misses`,
    });
    if (phase === 'cold') {
      const perRanking = [...spent.entries()]
        .sort(([, a], [, b]) => b.ms - a.ms)
        .map(([name, { ms, calls }]) => `${name} ${fmt(ms / timings.length)} (${(calls / timings.length).toFixed(1)} calls)`)
        .join(', ');
      console.log(`cold: mean ms per request in the matching subgraph's store reads: ${perRanking}\n`);
    }
  }

  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `${pad('phase', 10)}${pad('requests', 10)}${pad('p50', 9)}${pad('p95', 9)}${pad('max', 9)}${pad(`goal p95<${GOAL_MS}`, 16)}${pad('mean totalCount', 17)}ranking cache`,
  );
  for (const { name, timings, totalCount, lookups: cacheLookups } of phases) {
    const p95 = percentile(timings, 95);
    console.log(
      `${pad(name, 10)}${pad(String(timings.length), 10)}${pad(fmt(percentile(timings, 50)), 9)}${pad(fmt(p95), 9)}${pad(fmt(timings.at(-1)!), 9)}${pad(p95 < GOAL_MS ? 'met' : 'MISSED', 16)}${pad(totalCount.toFixed(0), 17)}${cacheLookups ?? ''}`,
    );
  }
  const [base, cold, warm] = phases;
  const p50 = (timings: number[]) => percentile(timings, 50);
  console.log(
    `\nwarm p50 / cold p50: ${(p50(warm!.timings) / p50(cold!.timings)).toFixed(2)}x; cold p50 / baseline p50 ${(p50(cold!.timings) / p50(base!.timings)).toFixed(1)}x, warm ${(p50(warm!.timings) / p50(base!.timings)).toFixed(1)}x`,
  );
  if (cachedSizes.length)
    console.log(
      `a cached ranking weighs ${(cachedSizes.reduce((a, b) => a + b, 0) / cachedSizes.length / 1024).toFixed(0)} KiB of JSON on average`,
    );
  console.log(`baseline: job(id) { id title department } through the gateway (the talent subgraph alone), same jobs, same viewers`);
  console.log(`(milliseconds per request; whole run ${((performance.now() - startedAll) / 1000).toFixed(1)} s)`);
} finally {
  await t.close();
}
