/**
 * `npm run bench:import [-- --real]`: the throughput of `importTalents` on 10,000 generated upstream
 * rows (BENCH_IMPORT_ROWS; Chinese and Latin names, e-mails, phones, taxonomy skills, employments),
 * in batches of 1,000 through the domain function the mutation and the CLI call (in process: no
 * HTTP). Per store mode it prints:
 *
 * - first import (all CREATED) rows/s;
 * - the projector's catch-up (graph, vector, search) after it, and rows/s including projections;
 * - a re-import of the same rows (all UNCHANGED) rows/s;
 * - the baseline in the same run, on fresh stores of its own: the plain `createTalents` write path
 *   (rows + outbox + audit + derived relationships, no validation, no import bookkeeping; profiles
 *   prepared before the clock starts) rows/s, and the ratio.
 *
 * Embedded always; real stores with `--real` or when every store URL is exported (deploy/local/up.sh),
 * in a scratch database and namespace removed afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDataLayer, type DataLayer } from '../../data/data-layer.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { ensureDemoOrg } from '../../data/seed/demo-org.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { parseInput } from '../../platform/checks.ts';
import { createTalentSchema, newTalentProfile } from '../../subgraphs/talent/talents/talent-fields.ts';
import { importTalentRows, MAX_IMPORT_ROWS } from '../../subgraphs/talent/sync/talent-import.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { generateImportRows } from '../support/import-rows.ts';
import { scratchDatabase } from '../support/real-stores.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const BATCH = MAX_IMPORT_ROWS;
const STORE_VARIABLES = ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL'];
const hasRealStores = STORE_VARIABLES.every((v) => process.env[v]);
if (process.argv.includes('--real') && !hasRealStores) {
  throw new Error(`--real needs ${STORE_VARIABLES.filter((v) => !process.env[v]).join(', ')} (eval "$(bash deploy/local/up.sh)")`);
}
const modes: ('embedded' | 'real')[] = hasRealStores ? ['embedded', 'real'] : ['embedded'];

interface Figures {
  mode: string;
  importRate: number;
  catchUpSeconds: number;
  withProjectionsRate: number;
  reimportRate: number;
  baselineRate: number;
  /** Outbox events the catch-up projected: the talents and their derived relationships. */
  events: number;
}

const rows = generateImportRows(ROWS);
const batches = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) => items.slice(i * BATCH, (i + 1) * BATCH));

async function importAll(data: DataLayer, orgId: string, expect: 'created' | 'unchanged'): Promise<number> {
  const started = performance.now();
  for (const batch of batches(rows)) {
    const { result } = await importTalentRows(data.stores.relational, orgId, 'system', batch);
    if (result[expect] !== batch.length)
      throw new Error(
        `expected ${batch.length} ${expect}, got ${JSON.stringify({ ...result, rows: result.rows.filter((r) => r.outcome === 'ERROR').slice(0, 3) })}`,
      );
  }
  return performance.now() - started;
}

/** Runs `fn` on fresh stores of the mode (a new data directory, or a scratch database and namespace), removed afterwards. */
async function withFreshStores<T>(mode: 'embedded' | 'real', fn: (data: DataLayer, orgId: string) => Promise<T>): Promise<T> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOOMA_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    PROJECTOR_BATCH_SIZE: String(BATCH),
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-import-'));
  env.LOOMA_DATA_DIR = dataDir;
  let dropDatabase = async () => {};
  if (mode === 'real') {
    const scratch = await scratchDatabase('looma_import');
    Object.assign(env, { DATABASE_URL: scratch.url, STORE_NAMESPACE: scratch.name });
    dropDatabase = scratch.drop;
  } else {
    for (const variable of STORE_VARIABLES) delete env[variable];
  }
  const data = await openDataLayer(loadConfig(env), createLogger('bench', 'silent'));
  const orgId = randomUUID();
  try {
    await ensureDemoOrg(data.stores.relational, orgId);
    return await fn(data, orgId);
  } finally {
    if (mode === 'real') {
      await data.stores.graph.clearOrg(orgId).catch(() => undefined);
      await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
      await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
    }
    await data.close();
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const rate = (ms: number) => ROWS / (ms / 1000);

async function run(mode: 'embedded' | 'real'): Promise<Figures> {
  // The baseline on stores of its own, so neither run pays for the other's rows: the plain write
  // path (rows, outbox, audit, derived relationships) with profiles validated before the clock starts.
  const profiles = rows.map((row) => {
    const { source: _source, externalId: _externalId, updatedAt: _updatedAt, ...fields } = row;
    return newTalentProfile(parseInput(createTalentSchema, fields), { source: 'IMPORT', ownerId: null });
  });
  const baselineMs = await withFreshStores(mode, async (data, orgId) => {
    const started = performance.now();
    for (const batch of batches(profiles)) await createTalents(data.stores.relational, orgId, batch);
    return performance.now() - started;
  });

  return withFreshStores(mode, async (data, orgId) => {
    const importMs = await importAll(data, orgId, 'created');
    const started = performance.now();
    const drained = await data.projector.drainUntilIdle();
    const catchUpMs = performance.now() - started;
    if (drained.dead > 0 || drained.retried > 0) throw new Error(`projection failed: ${JSON.stringify(drained)}`);
    const projected = await data.stores.search.count(TALENT_SEARCH_INDEX.name, orgId);
    if (projected !== ROWS) throw new Error(`projections incomplete: ${projected} search documents of ${ROWS}`);
    const reimportMs = await importAll(data, orgId, 'unchanged');
    return {
      mode: `${mode} (${data.stores.adapters.relational})`,
      importRate: rate(importMs),
      catchUpSeconds: catchUpMs / 1000,
      withProjectionsRate: rate(importMs + catchUpMs),
      reimportRate: rate(reimportMs),
      baselineRate: rate(baselineMs),
      events: drained.claimed,
    };
  });
}

console.log(`importTalents: ${ROWS.toLocaleString('en')} generated rows in batches of ${BATCH}, through importTalentRows (in process)\n`);
const figures: Figures[] = [];
for (const mode of modes) figures.push(await run(mode));
const columns: [string, (f: Figures) => string][] = [
  ['stores', (f) => f.mode],
  ['import rows/s', (f) => f.importRate.toFixed(0)],
  ['projector catch-up s (events)', (f) => `${f.catchUpSeconds.toFixed(1)} (${f.events})`],
  ['rows/s incl. projections', (f) => f.withProjectionsRate.toFixed(0)],
  ['re-import rows/s', (f) => f.reimportRate.toFixed(0)],
  ['createTalents rows/s', (f) => f.baselineRate.toFixed(0)],
  ['import/baseline', (f) => `${(f.importRate / f.baselineRate).toFixed(2)}x`],
];
const widths = columns.map(([title, cell]) => Math.max(title.length, ...figures.map((f) => cell(f).length)) + 2);
console.log(columns.map(([title], i) => title.padEnd(widths[i]!)).join(''));
for (const f of figures) console.log(columns.map(([, cell], i) => cell(f).padEnd(widths[i]!)).join(''));
