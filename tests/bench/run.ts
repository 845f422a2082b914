/**
 * `npm run bench`: figures for the foundation on the embedded stores, each printed beside a
 * baseline from the same run. `npm run bench -- --real` runs the same on the real stores whose
 * URLs are exported (deploy/local/up.sh), in a scratch database and namespace it removes after.
 *
 *   1. start-up: `npm start` on a fresh data directory (seeding included), then again with the
 *      data directory kept, until the gateway answers a query;
 *   2. latency: talents(first: 50) with a field from the ops subgraph, 50 concurrent requests
 *      through the gateway; baseline: the same page straight from the talent subgraph;
 *   3. memory: resident set of the whole embedded stack (one process) after the load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { scratchDatabase } from '../support/real-stores.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import { createAuthenticator, DEMO_ORG_ID } from '../../platform/auth.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { authStores } from '../../data/auth/auth-stores.ts';
import { openDataLayer } from '../../data/data-layer.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';

const GATEWAY = 'http://127.0.0.1:8206/graphql';
const TALENT = 'http://127.0.0.1:8888/graphql';
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 50;

const real = process.argv.includes('--real');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-'));
const env: NodeJS.ProcessEnv = { ...process.env, LOOMA_DATA_DIR: dataDir, LOG_LEVEL: 'warn', LOOMA_ENV: 'development' };
const STORE_VARIABLES = ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL'];
let authorization: Record<string, string> = {};
let dropScratch = async () => {};
if (real) {
  const missing = STORE_VARIABLES.filter((v) => !process.env[v]);
  if (missing.length) throw new Error(`--real needs ${missing.join(', ')} (eval "$(bash deploy/local/up.sh)")`);
  // A scratch database and namespace; the run's own key-encryption secret, so the bench can sign its token.
  const scratch = await scratchDatabase('looma_bench');
  Object.assign(env, {
    DATABASE_URL: scratch.url,
    STORE_NAMESPACE: scratch.name,
    DEMO_SEED: 'true',
    AUTH_KEY_ENCRYPTION_SECRET: randomBytes(32).toString('base64url'),
  });
  const config = loadConfig(env);
  // The key ring lives in the scratch database: opening it creates the first signing key, which Looma then uses.
  const keyData = await openDataLayer(config, createLogger('bench', 'warn'), { ensureTargets: false });
  const authenticator = await createAuthenticator(config, {
    ...authStores(keyData.stores.relational),
    logger: createLogger('bench', 'warn'),
  });
  const token = authenticator.issueAccessToken({ userId: randomUUID(), orgId: DEMO_ORG_ID, roles: ['RECRUITER'] }, 3600);
  authenticator.close();
  await keyData.close();
  authorization = { authorization: `Bearer ${token}` };
  dropScratch = async () => {
    const data = await openDataLayer(config, createLogger('bench', 'warn'), { ensureTargets: false });
    await data.stores.graph.clearOrg(DEMO_ORG_ID);
    await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION);
    await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name);
    await data.close();
    await scratch.drop();
  };
} else {
  for (const variable of STORE_VARIABLES) delete env[variable];
}

async function startLooma(): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'app/cli/start-all.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Looma exited during start-up:\n${stderr}`);
    try {
      const response = await post(GATEWAY, '{ talents(first: 1) { totalCount } }');
      if (response.ok) return { child, ms: performance.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function post(url: string, query: string) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...authorization }, body: JSON.stringify({ query }) });
}

async function load(url: string, query: string) {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authorization },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    duration: DURATION_S,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { p50: result.latency.p50, p95: percentile95(result), rps: result.requests.average, total: result.requests.total };
}

/** autocannon reports p90 and p97.5; p95 is interpolated between them. */
function percentile95(result: autocannon.Result): number {
  const { p90, p97_5: p975 } = result.latency;
  return p90 + ((p975 - p90) * (95 - 90)) / (97.5 - 90);
}

function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const fmt = (n: number) => n.toFixed(1);

const cold = await startLooma();
await stop(cold.child);
const warm = await startLooma();
try {
  const throughGateway = '{ talents(first: 50) { edges { node { id name skills projections { isCurrent } } } } }';
  const direct = '{ talents(first: 50) { edges { node { id name skills version } } } }';
  // Both answer correctly before they are timed.
  const check = (await (await post(GATEWAY, throughGateway)).json()) as { data?: { talents: { edges: unknown[] } } };
  // The projector fills the projection stores moments after the seed; wait until the page is current.
  for (let i = 0; i < 100; i++) {
    const body = (await (await post(GATEWAY, '{ talents(first: 50) { edges { node { projections { isCurrent } } } } }')).json()) as {
      data?: { talents: { edges: { node: { projections: { isCurrent: boolean } } }[] } };
    };
    if (body.data?.talents.edges.every((e) => e.node.projections.isCurrent)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (check.data?.talents.edges.length !== 50) throw new Error(`unexpected answer: ${JSON.stringify(check).slice(0, 300)}`);
  await load(GATEWAY, throughGateway); // warm-up, not reported
  const baseline = await load(TALENT, direct);
  const gateway = await load(GATEWAY, throughGateway);
  const rss = rssMiB(warm.child.pid!);

  console.log(`\nLooma foundation benchmark (${real ? 'real stores' : 'embedded stores'}, one process for every service)`);
  console.log(`  start-up, fresh ${real ? 'database' : 'data directory'} (seeds 300 talents): ${fmt(cold.ms / 1000)} s`);
  console.log(
    `  start-up, ${real ? 'database' : 'data directory'} kept:                     ${fmt(warm.ms / 1000)} s  (goal < 15 s; ratio to fresh ${(warm.ms / cold.ms).toFixed(2)})`,
  );
  console.log(`  talents(first: 50) + ops field via gateway, ${CONNECTIONS} concurrent, ${DURATION_S} s:`);
  console.log(
    `      p50 ${fmt(gateway.p50)} ms, p95 ${fmt(gateway.p95)} ms, ${fmt(gateway.rps)} req/s, ${gateway.total} requests  (goal p95 < 25 ms)`,
  );
  console.log(`  baseline: talents(first: 50) straight from the talent subgraph:`);
  console.log(`      p50 ${fmt(baseline.p50)} ms, p95 ${fmt(baseline.p95)} ms, ${fmt(baseline.rps)} req/s`);
  console.log(
    `  gateway + second subgraph vs baseline: p95 ×${(gateway.p95 / baseline.p95).toFixed(2)}, throughput ×${(gateway.rps / baseline.rps).toFixed(2)}`,
  );
  console.log(
    `  resident memory of the Looma process after the load: ${fmt(rss)} MiB  (goal < 1024 MiB${real ? '; the servers are not included' : ', the whole embedded stack'})`,
  );
} finally {
  await stop(warm.child);
  fs.rmSync(dataDir, { recursive: true, force: true });
  await dropScratch();
}
