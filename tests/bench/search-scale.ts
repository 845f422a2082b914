/**
 * `npm run bench:search-scale`: search latency at scale. Builds an organisation of 50,000 demo
 * talents (BENCH_SCALE_TALENTS) and a baseline organisation of 1,000 (BENCH_BASELINE_TALENTS) in the
 * same stores, then runs a fixed set of 30 queries in each mode (KEYWORD, SEMANTIC, HYBRID),
 * sequentially, through the search domain module (`TalentSearch.search`, in process: no HTTP, no
 * gateway), after one warm-up pass, and prints p50/p95 per mode for both organisations and their ratio.
 *
 * Talents are written through the talent write path (`createTalents`: rows and outbox events in one
 * transaction, 1,000 per batch) and projected by the outbox projector (the talent projection
 * handlers, 1,000 events per drain) into graph, vector and search, exactly as in production.
 *
 * Embedded, it also prints the recall of the pgvector HNSW index against an exact scan, and with
 * `-- --explain` the EXPLAIN ANALYZE plan of every statement one search per mode issues on 50,000.
 *
 * `npm run bench:search-scale -- --real` runs on the real stores whose URLs are exported
 * (deploy/local/up.sh), in a scratch database and namespace removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDataLayer, type DataLayer } from '../../data/data-layer.ts';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { generateDemoTalents } from '../../data/seed/demo-data.ts';
import { ensureDemoOrg } from '../../data/seed/demo-org.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { scopesForRoles } from '../../platform/viewer.ts';
import { TalentSearch, type SearchMode } from '../../subgraphs/search/talent-search/talent-search.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { scratchDatabase } from '../support/real-stores.ts';
import { loadFixture } from '../support/search-quality.ts';

const real = process.argv.includes('--real');
const explain = process.argv.includes('--explain');
const SCALE = Number(process.env.BENCH_SCALE_TALENTS ?? 50_000);
const BASELINE = Number(process.env.BENCH_BASELINE_TALENTS ?? 1_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BATCH = 1_000;
const QUERIES = loadFixture()
  .queries.map((q) => q.query)
  .slice(0, 30);
const MODES: SearchMode[] = ['KEYWORD', 'SEMANTIC', 'HYBRID'];
const STORE_VARIABLES = ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL'];

const env: Record<string, string | undefined> = {
  ...process.env,
  LOOMA_ENV: 'test',
  LOG_LEVEL: 'silent',
  DEMO_SEED: 'false',
  PROJECTOR_BATCH_SIZE: String(BATCH),
};
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-scale-'));
env.LOOMA_DATA_DIR = dataDir;
let dropDatabase = async () => {};
if (real) {
  const missing = STORE_VARIABLES.filter((v) => !process.env[v]);
  if (missing.length) throw new Error(`--real needs ${missing.join(', ')} (eval "$(bash deploy/local/up.sh)")`);
  const scratch = await scratchDatabase('looma_scale');
  Object.assign(env, { DATABASE_URL: scratch.url, STORE_NAMESPACE: scratch.name });
  dropDatabase = scratch.drop;
} else {
  for (const variable of STORE_VARIABLES) delete env[variable];
}

const config = loadConfig(env);
const data = await openDataLayer(config, createLogger('bench', 'silent'));
const orgs: { label: string; orgId: string; talents: number }[] = [
  { label: 'baseline', orgId: randomUUID(), talents: BASELINE },
  { label: 'scale', orgId: randomUUID(), talents: SCALE },
];
const fmt = (ms: number) => ms.toFixed(1);

/** Time spent (ms) and calls per store method, to tell where projecting and searching go. */
const spent = new Map<string, { ms: number; calls: number }>();
const spentMs = (key: string) => spent.get(key)?.ms ?? 0;
function timeStoreCalls(data: DataLayer): void {
  const timed =
    <A extends unknown[], R>(key: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await fn(...args);
      } finally {
        const entry = spent.get(key) ?? { ms: 0, calls: 0 };
        entry.ms += performance.now() - started;
        entry.calls += 1;
        spent.set(key, entry);
      }
    };
  const { graph, vector, search } = data.stores;
  graph.upsert = timed('graph.upsert', graph.upsert.bind(graph));
  vector.upsert = timed('vector.upsert', vector.upsert.bind(vector));
  vector.nearest = timed('vector.nearest', vector.nearest.bind(vector));
  search.upsert = timed('search.upsert', search.upsert.bind(search));
  search.search = timed('search.search', search.search.bind(search));
  search.get = timed('search.get', search.get.bind(search));
  data.embedder.embed = timed('embed', data.embedder.embed.bind(data.embedder));
}

/** Writes `count` talents through the talent write path, draining the outbox after every batch; returns the time spent in each. */
async function load(data: DataLayer, orgId: string, count: number): Promise<{ writeMs: number; projectMs: number }> {
  await ensureDemoOrg(data.stores.relational, orgId);
  const talents = generateDemoTalents(count, 2026 + count);
  let writeMs = 0;
  let projectMs = 0;
  for (let i = 0; i < talents.length; i += BATCH) {
    let started = performance.now();
    await createTalents(data.stores.relational, orgId, talents.slice(i, i + BATCH));
    writeMs += performance.now() - started;
    started = performance.now();
    const drained = await data.projector.drainUntilIdle();
    if (drained.dead > 0 || drained.retried > 0) throw new Error(`projection failed: ${JSON.stringify(drained)}`);
    projectMs += performance.now() - started;
  }
  return { writeMs, projectMs };
}

/** Fresh statistics after the bulk load (PGlite runs no autovacuum; Postgres' would come later) and searchable writes. */
async function settle(data: DataLayer): Promise<number> {
  const started = performance.now();
  const { relational, search } = data.stores;
  if (relational instanceof PGliteRelationalStore) await relational.analyze();
  else await relational.query('ANALYZE');
  await search.refresh(TALENT_SEARCH_INDEX.name);
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

type Figures = { p50: number; p95: number; max: number; meanTotal: number; breakdown: string };
async function measure(data: DataLayer, orgId: string): Promise<Record<SearchMode, Figures>> {
  const search = new TalentSearch(data, {
    userId: randomUUID(),
    orgId,
    roles: ['RECRUITER'],
    scopes: scopesForRoles(['RECRUITER']),
    via: 'token',
  });
  const out = {} as Record<SearchMode, Figures>;
  for (const mode of MODES) {
    for (const query of QUERIES) await search.search({ query, mode, first: 20 }); // warm-up
    const timings: number[] = [];
    let totals = 0;
    spent.clear();
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        const started = performance.now();
        const result = await search.search({ query, mode, first: 20 });
        timings.push(performance.now() - started);
        totals += result.totalCount;
      }
    }
    timings.sort((a, b) => a - b);
    const breakdown = ['embed', 'search.search', 'vector.nearest', 'search.get']
      .filter((key) => spent.has(key))
      .map((key) => `${key} ${fmt(spentMs(key) / timings.length)}`)
      .join(', ');
    out[mode] = {
      p50: percentile(timings, 50),
      p95: percentile(timings, 95),
      max: timings.at(-1)!,
      meanTotal: totals / timings.length,
      breakdown,
    };
  }
  return out;
}

/** How many of the exact nearest neighbours (a sequential scan over the untyped column, which no index serves) the store's `nearest` finds. */
async function hnswRecall(data: DataLayer, db: PGliteRelationalStore, orgId: string): Promise<string> {
  const at = [20, 200];
  const found = at.map(() => 0);
  for (const query of QUERIES) {
    const [embedding] = await data.embedder.embed([query], 'query');
    const approx = await data.stores.vector.nearest(TALENT_VECTOR_COLLECTION, orgId, embedding!, 200);
    const exact = await db.query<{ id: string }>(
      `SELECT id FROM vector_records WHERE collection = $1 AND org_id = $2 ORDER BY embedding <=> $3::vector, id LIMIT 200`,
      [TALENT_VECTOR_COLLECTION, orgId, `[${embedding!.join(',')}]`],
    );
    at.forEach((k, i) => {
      const truth = new Set(exact.slice(0, k).map((r) => r.id));
      found[i]! += approx.slice(0, k).filter((m) => truth.has(m.id)).length;
    });
  }
  return `pgvector HNSW recall against an exact scan over ${QUERIES.length} queries: ${at.map((k, i) => `recall@${k} ${(found[i]! / (k * QUERIES.length)).toFixed(3)}`).join(', ')}`;
}

/** Prints EXPLAIN ANALYZE of each search and vector statement that one search per mode issues. */
async function explainSearches(data: DataLayer, db: PGliteRelationalStore, orgId: string): Promise<void> {
  const original = db.queryAs.bind(db);
  const plans: string[] = [];
  db.queryAs = async (port, adapter, sql, params = []) => {
    if (/^\s*(SELECT|WITH)/i.test(sql)) {
      const rows = await original<{ 'QUERY PLAN': string }>(port, adapter, `EXPLAIN (ANALYZE, COSTS off) ${sql}`, params);
      plans.push(
        `-- ${port}: ${sql.replace(/\s+/g, ' ').slice(0, 90)}…\n${rows.map((r) => (r['QUERY PLAN'].length > 200 ? `${r['QUERY PLAN'].slice(0, 200)}…` : r['QUERY PLAN'])).join('\n')}`,
      );
    }
    return original(port, adapter, sql, params);
  };
  try {
    const search = new TalentSearch(data, {
      userId: randomUUID(),
      orgId,
      roles: ['RECRUITER'],
      scopes: scopesForRoles(['RECRUITER']),
      via: 'token',
    });
    for (const mode of MODES) {
      plans.length = 0;
      await search.search({ query: 'kubernetes', mode, first: 20 });
      console.log(`\nEXPLAIN ANALYZE, ${mode} 'kubernetes' over ${SCALE} talents:\n${plans.join('\n\n')}`);
    }
  } finally {
    db.queryAs = original;
  }
}

const startedAll = performance.now();
try {
  const { adapters } = data.stores;
  console.log(
    `search latency at scale on ${real ? 'real' : 'embedded'} stores (relational: ${adapters.relational}, search: ${adapters.search}, vector: ${adapters.vector}, embedder: ${data.embedder.model})`,
  );
  console.log(
    `${QUERIES.length} queries x ${ROUNDS} rounds per mode after one warm-up pass, sequential, first: 20, through TalentSearch.search (in process)\n`,
  );
  timeStoreCalls(data);
  for (const org of orgs) {
    spent.clear();
    const { writeMs, projectMs } = await load(data, org.orgId, org.talents);
    const settleMs = await settle(data);
    console.log(
      `${org.label}: ${org.talents} talents written in ${fmt(writeMs / 1000)} s (batches of ${BATCH}), projected in ${fmt(projectMs / 1000)} s (graph ${fmt(spentMs('graph.upsert') / 1000)}, vector ${fmt(spentMs('vector.upsert') / 1000)}, search ${fmt(spentMs('search.upsert') / 1000)}, embedding ${fmt(spentMs('embed') / 1000)}), analyze/refresh ${fmt(settleMs / 1000)} s`,
    );
  }
  const vectors = await data.stores.vector.count(TALENT_VECTOR_COLLECTION, orgs[1]!.orgId);
  const docs = await data.stores.search.count(TALENT_SEARCH_INDEX.name, orgs[1]!.orgId);
  if (vectors !== SCALE || docs !== SCALE)
    throw new Error(`projections incomplete: ${vectors} vectors, ${docs} search documents of ${SCALE}`);

  const { relational } = data.stores;
  if (relational instanceof PGliteRelationalStore) {
    console.log(`\n${await hnswRecall(data, relational, orgs[1]!.orgId)}`);
    if (explain) await explainSearches(data, relational, orgs[1]!.orgId);
  }

  const baseline = await measure(data, orgs[0]!.orgId);
  const scale = await measure(data, orgs[1]!.orgId);
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log('');
  console.log(
    `${pad('mode', 10)}${pad(`p50 ${BASELINE}`, 12)}${pad(`p95 ${BASELINE}`, 12)}${pad(`p50 ${SCALE}`, 13)}${pad(`p95 ${SCALE}`, 13)}${pad('max', 9)}${pad('p95 ratio', 11)}${pad('goal p95<50', 13)}mean totalCount`,
  );
  for (const mode of MODES) {
    const b = baseline[mode];
    const s = scale[mode];
    console.log(
      `${pad(mode, 10)}${pad(fmt(b.p50), 12)}${pad(fmt(b.p95), 12)}${pad(fmt(s.p50), 13)}${pad(fmt(s.p95), 13)}${pad(fmt(s.max), 9)}${pad(`${(s.p95 / b.p95).toFixed(2)}x`, 11)}${pad(s.p95 < 50 ? 'met' : 'MISSED', 13)}${fmt(s.meanTotal)}`,
    );
  }
  console.log('\nmean ms per search spent in store calls (keyword and semantic run concurrently in HYBRID):');
  for (const mode of MODES)
    console.log(`  ${pad(mode, 10)}${BASELINE}: ${baseline[mode].breakdown}\n  ${pad('', 10)}${SCALE}: ${scale[mode].breakdown}`);
  console.log(`\n(milliseconds per search; whole run ${fmt((performance.now() - startedAll) / 1000)} s)`);
} finally {
  if (real) {
    for (const org of orgs) await data.stores.graph.clearOrg(org.orgId).catch(() => undefined);
    await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
    await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
  }
  await data.close();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
