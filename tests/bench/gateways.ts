/**
 * `npm run bench:gateways` (issue 11): Looma's gateway beside a stock @apollo/gateway and Hive
 * Gateway, one worker each, over the same subgraphs. Figures, not assertions.
 *
 * Both layouts, one after the other (BENCH_LAYOUT=production|embedded|both; both is the default
 * when the real stores' URLs are exported, eval "$(cat /tmp/up.out)", else embedded only). Looma
 * starts as soak-processes.ts starts it: `production` is a process per service over the real
 * stores, `embedded` the one-process stack over embedded stores (`npm start`: there Looma's
 * gateway shares its process with the subgraphs and calls them in process). The stock and Hive
 * gateways run in processes of their own (gateways-servers.ts). Subgraph calls need no service
 * token here (SERVICE_AUTH=off), so every gateway makes the same calls.
 *
 * autocannon, 10 connections, BENCH_SECONDS (default 10) a run, each request with another
 * caller's token (no gateway can merge in-flight requests), after a BENCH_WARM_UP_SECONDS (default 2) run
 * that is not counted. Three operations: the one-subgraph
 * list, the two-subgraph list and a talent profile read across three subgraphs; rps, p50, p99,
 * the direct-subgraph ceiling for the one-subgraph list, the ratios, and each gateway's resident
 * memory after the runs. BENCH_GATEWAYS=looma,stock (a subset), BENCH_OPERATIONS=list1 likewise;
 * BENCH_CPU_PROF=<dir> profiles the Looma processes (--cpu-prof; read them with cpu-profile-phases.ts).
 *
 * BENCH_WORKERS=N (default 1): every gateway runs N worker processes, compared only at equal counts:
 * Looma with GATEWAY_WORKERS=N (real stores only: the embedded stack is one process, so there Looma
 * is left out with the reason printed), the stock and Hive gateways as N node:cluster workers
 * (gateways-servers.ts, the way Hive's `--fork N` runs). Resident memory is then the whole process
 * tree's, primary and workers.
 *
 * BENCH_DEDUPE=1: a table of its own after the comparison, never its headline: Looma beside a second
 * Looma gateway process with GATEWAY_DEDUPE_INFLIGHT=true (same subgraphs, same worker count; real
 * stores only), under the comparison's load (callers rotated: nothing merges, so the cost of the
 * check) and under one caller on every connection (what merging saves).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { benchOrganisation } from './bench-org.ts';
import { freePort } from '../support/egress.ts';
import { missingRealStores, productionGatewayNodeOptions, startLooma, type RunningLooma } from './soak-processes.ts';
import { readRssMiB } from './soak-stats.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
const CONNECTIONS = 10;
const CALLERS = 20;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
if (!Number.isInteger(WORKERS) || WORKERS < 1)
  throw new Error(`BENCH_WORKERS must be a whole number from 1 (got ${process.env.BENCH_WORKERS})`);
const TALENTS = 200;

const LIST = `talents(first: 20) { edges { node { id name headline location skills } } }`;
const OPERATIONS = {
  list1: { label: 'talents(first: 20), one subgraph', query: `query List1 { ${LIST} }` },
  list2: {
    label: 'the same with resumes, two subgraphs',
    query: `query List2 { talents(first: 20) { edges { node { id name headline location skills resumes { id filename } } } } }`,
  },
  profile: {
    label: 'talent profile, three subgraphs',
    query: `query Profile($id: ID!) { talent(id: $id) { id name headline location skills resumes { id filename } similar(first: 3) { score talent { id name } } } }`,
  },
} as const;
type OperationName = keyof typeof OPERATIONS;

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

const only = (variable: string) => process.env[variable]?.split(',').map((s) => s.trim());
const wantedGateways = only('BENCH_GATEWAYS') ?? ['looma', 'stock', 'hive'];
const wantedOperations = (only('BENCH_OPERATIONS') ?? Object.keys(OPERATIONS)) as OperationName[];

/** POSTs one operation and returns its data, or throws with the errors. */
async function graphql(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** The measured organisation (bench-org.ts), its import applied by the projector, and a talent of it. */
async function setUp(gatewayUrl: string): Promise<{ tokens: string[]; talentId: string }> {
  const tokens = await benchOrganisation(gatewayUrl, { label: 'Gateways', talents: TALENTS, callers: CALLERS, subnet: 78 });
  await projectionsDrained(gatewayUrl, tokens[0]!);
  const page = (await graphql(
    gatewayUrl,
    tokens[0]!,
    `
      {
        talents(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
  )) as {
    talents: { edges: { node: { id: string } }[] };
  };
  return { tokens, talentId: page.talents.edges[0]!.node.id };
}

/**
 * Waits until the projector has applied the import to graph, vector and search (the outbox is
 * empty), so its work does not take CPU from the first runs (the direct ceiling ran first and
 * measured low while it was busy). `outboxStatus` allows 30 calls a minute: one every 2.5 s.
 */
async function projectionsDrained(gatewayUrl: string, adminToken: string): Promise<void> {
  for (const deadline = Date.now() + 150_000; Date.now() < deadline;) {
    const { outboxStatus } = (await graphql(gatewayUrl, adminToken, '{ outboxStatus { pending } }')) as {
      outboxStatus: { pending: number };
    };
    if (outboxStatus.pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
  }
  console.log('  the projector had not drained the import after 150 s: the first runs share the CPU with it');
}

async function load(url: string, tokens: string[], query: string, variables: Record<string, unknown>): Promise<Figures> {
  await graphql(url, tokens[0]!, query, variables); // answers without errors before it is measured
  await autocannonRun(url, tokens, query, variables, WARM_UP_SECONDS); // JIT and connection pools warm on both sides
  return autocannonRun(url, tokens, query, variables, SECONDS);
}

async function autocannonRun(
  url: string,
  tokens: string[],
  query: string,
  variables: Record<string, unknown>,
  seconds: number,
): Promise<Figures> {
  let next = 0;
  const body = JSON.stringify({ query, variables });
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // Each request another caller: nothing can merge in-flight requests.
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.non2xx };
}

interface BenchGateway {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const referenceNodeOptions = () => `${process.env.NODE_OPTIONS ?? ''} ${productionGatewayNodeOptions()}`.trim();

async function startReference(kind: 'stock' | 'hive', subgraphUrls: Record<string, string>, embedded: boolean): Promise<BenchGateway> {
  const port = await freePort();
  // Plain Node 24 stripping the types, as Looma's processes run (soak-processes.ts): no tsx loader in any gateway's memory.
  const child: ChildProcess = spawn(process.execPath, ['tests/bench/gateways-servers.ts', kind, String(port)], {
    // With the V8 heap sizing production gives Looma's gateway (docker-compose.yml), as Looma's gateway has it here on the real stores.
    env: {
      ...process.env,
      BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      ...(embedded ? {} : { NODE_OPTIONS: referenceNodeOptions() }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  for (const deadline = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`${kind} gateway exited:\n${output.join('').slice(-2_000)}`);
    if (output.join('').includes('gateway ready')) break;
    if (Date.now() > deadline) throw new Error(`${kind} gateway not ready in 120 s:\n${output.join('').slice(-2_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    name: kind === 'stock' ? 'stock @apollo/gateway' : 'Hive Gateway',
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A process's resident memory with its descendants' (a cluster primary and its workers). */
function treeRssMiB(pid: number): number {
  let children: number[] = [];
  try {
    children = fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    // gone, or no /proc: its own figure only
  }
  return (readRssMiB(pid) ?? NaN) + children.reduce((sum, child) => sum + treeRssMiB(child), 0);
}

/** BENCH_DEDUPE=1: Looma with and without GATEWAY_DEDUPE_INFLIGHT under the same two loads, printed apart. */
async function dedupeTable(looma: RunningLooma, tokens: string[], variables: Record<string, unknown>, embedded: boolean): Promise<void> {
  console.log('\nin-flight deduplication (BENCH_DEDUPE=1), apart from the comparison: Looma, and Looma with GATEWAY_DEDUPE_INFLIGHT=true');
  if (embedded) {
    console.log('  not measured — it needs a second gateway process beside the subgraphs, so the real stores (a process per service)');
    return;
  }
  const deduping = await looma.extraGateway(productionGatewayNodeOptions(), { GATEWAY_DEDUPE_INFLIGHT: 'true' });
  try {
    console.log('\n| operation | load | Looma rps | p99 ms | with dedupe rps | p99 ms | failed | ÷ Looma |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    const loads = [
      [`${CALLERS} callers rotated per request`, tokens],
      ['one caller on every connection', tokens.slice(0, 1)],
    ] as const;
    for (const operation of wantedOperations) {
      const { label, query } = OPERATIONS[operation];
      for (const [loadLabel, callers] of loads) {
        const off = await load(looma.gatewayUrl, [...callers], query, variables);
        const on = await load(deduping.url, [...callers], query, variables);
        console.log(
          `| ${label} | ${loadLabel} | ${fmt(off.rps)} | ${fmt(off.p99)} | ${fmt(on.rps)} | ${fmt(on.p99)} | ${off.failed}/${on.failed} | ${ratio(on.rps, off.rps)} |`,
        );
      }
    }
    console.log(`  resident memory of the deduplicating gateway: ${fmt(treeRssMiB(deduping.child.pid!))} MiB`);
  } finally {
    await deduping.stop();
  }
}

const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);
const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : '—').padStart(6);

// Subgraphs accept the stock and Hive gateways' calls without a service token (see above).
process.env.SERVICE_AUTH = 'off';
// As the image runs every service (deploy/docker/Dockerfile), and as the stock and Hive gateways run here: graphql-js skips its development checks.
process.env.NODE_ENV = 'production';

/**
 * BENCH_LAYOUT: `production` (a process per service over the real stores), `embedded` (the
 * one-process stack over embedded stores, as `npm start` runs), or `both`, the default when the
 * real stores' URLs are exported; without them only `embedded` can run.
 */
const realStoresMissing = missingRealStores();
const layouts: boolean[] = (() => {
  const wanted = process.env.BENCH_LAYOUT ?? (realStoresMissing.length ? 'embedded' : 'both');
  if (!['production', 'embedded', 'both'].includes(wanted))
    throw new Error(`BENCH_LAYOUT must be production, embedded or both, not ${wanted}`);
  if (wanted !== 'embedded' && realStoresMissing.length)
    throw new Error(`BENCH_LAYOUT=${wanted} needs the real stores: ${realStoresMissing.join(', ')} unset (eval "$(cat /tmp/up.out)")`);
  return wanted === 'both' ? [false, true] : [wanted === 'embedded'];
})();

async function runLayout(embedded: boolean): Promise<void> {
  console.log(
    `\nbench:gateways — ${embedded ? 'embedded stores, one-process stack' : 'real stores, a process per service'}; ` +
      `${CONNECTIONS} connections, ${SECONDS} s a run after ${WARM_UP_SECONDS} s of warm-up, ${CALLERS} callers rotated per request; ` +
      `${WORKERS} worker${WORKERS === 1 ? '' : 's'} a gateway`,
  );
  // The gateway process reads it (the subgraphs ignore it); the reference gateways read BENCH_WORKERS.
  const isLoomaMeasured = WORKERS === 1 || !embedded;
  if (WORKERS > 1 && !embedded) process.env.GATEWAY_WORKERS = String(WORKERS);
  else delete process.env.GATEWAY_WORKERS;
  // BENCH_CPU_PROF=<dir>: every Looma process writes a --cpu-prof profile there when it stops (cpu-profile-phases.ts reads them).
  const profileDir = process.env.BENCH_CPU_PROF;
  const nodeOptions = process.env.NODE_OPTIONS;
  if (profileDir) process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`;
  const looma = await startLooma({ embedded });
  if (profileDir) process.env.NODE_OPTIONS = nodeOptions ?? '';
  const gateways: BenchGateway[] = [];
  try {
    const { tokens, talentId } = await setUp(looma.gatewayUrl);
    const loomaProcess = looma.processes.find((p) => p.name === 'gateway') ?? looma.processes[0]!;
    if (wantedGateways.includes('looma') && !isLoomaMeasured)
      console.log(
        `  Looma: not measured at ${WORKERS} workers — GATEWAY_WORKERS above 1 needs the real stores (the embedded stack is one process)`,
      );
    if (wantedGateways.includes('looma') && isLoomaMeasured)
      gateways.push({
        name: embedded ? 'Looma (shares its process)' : 'Looma',
        url: looma.gatewayUrl,
        pid: loomaProcess.child.pid!,
        stop: async () => {},
      });
    for (const kind of ['stock', 'hive'] as const) {
      if (!wantedGateways.includes(kind)) continue;
      try {
        gateways.push(await startReference(kind, looma.subgraphUrls, embedded));
      } catch (error) {
        console.log(`  ${kind}: not measured — ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`);
      }
    }

    const variables = { id: talentId };
    const results = new Map<string, Figures>();
    let direct: Figures | undefined;
    for (const operation of wantedOperations) {
      const { query } = OPERATIONS[operation];
      if (operation === 'list1') {
        direct = await load(looma.subgraphUrls.talent!, tokens, query, variables);
      }
      for (const gateway of gateways) {
        try {
          results.set(`${gateway.name}/${operation}`, await load(gateway.url, tokens, query, variables));
        } catch (error) {
          console.log(`  ${gateway.name}, ${operation}: not measured — ${(error as Error).message.slice(0, 300)}`);
        }
      }
    }

    console.log('\n| operation | gateway | rps | p50 ms | p99 ms | failed | ÷ direct | ÷ stock | ÷ Hive |');
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const operation of wantedOperations) {
      const { label } = OPERATIONS[operation];
      const stock = results.get(`stock @apollo/gateway/${operation}`);
      const hive = results.get(`Hive Gateway/${operation}`);
      if (operation === 'list1' && direct)
        console.log(
          `| ${label} | direct to the talent subgraph | ${fmt(direct.rps)} | ${fmt(direct.p50)} | ${fmt(direct.p99)} | ${direct.failed} | 1.00 | | |`,
        );
      for (const gateway of gateways) {
        const r = results.get(`${gateway.name}/${operation}`);
        if (!r) continue;
        const toDirect = operation === 'list1' ? ratio(r.rps, direct?.rps) : '';
        console.log(
          `| ${label} | ${gateway.name} | ${fmt(r.rps)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.failed} | ${toDirect} | ${ratio(r.rps, stock?.rps)} | ${ratio(r.rps, hive?.rps)} |`,
        );
      }
    }
    console.log(`\nmachine load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`);
    console.log(
      `resident memory after the runs${embedded ? '' : ` (every gateway with NODE_OPTIONS "${productionGatewayNodeOptions()}", as docker-compose.yml runs Looma's)`}:`,
    );
    for (const gateway of gateways) console.log(`  ${gateway.name.padEnd(28)} ${fmt(treeRssMiB(gateway.pid))} MiB`);
    if (process.env.BENCH_DEDUPE === '1') await dedupeTable(looma, tokens, variables, embedded);
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
    await looma.stop();
  }
}

for (const embedded of layouts) await runLayout(embedded);
