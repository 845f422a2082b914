/**
 * `npm run bench:gateway-memory` (issue 11: the gateway under 200 MiB resident): where the Looma
 * gateway's memory goes under load, and what V8 flags change in it and in throughput.
 *
 * Looma starts as soak-processes.ts starts it, a process per service over the real stores (their
 * URLs exported: eval "$(cat /tmp/up.out)"), plain `node` as production. Then, for each variant in
 * BENCH_GATEWAY_FLAGS (`;`-separated NODE_OPTIONS, the empty one the baseline; default
 * `;--max-semi-space-size=1`), one more gateway process over the same subgraphs
 * (RunningLooma.extraGateway) is started, measured idle, driven with BENCH_REQUESTS (default
 * 20,000) `talents(first: 20)` by autocannon (10 connections, 20 sessions' tokens in turn), measured
 * right after and again BENCH_SETTLE_SECONDS (default 10) later, and stopped. BENCH_ROUNDS (default
 * 1) repeats the variants in turn, so a loaded machine touches each alike. BENCH_DISTINCT=1 sends
 * every request with a query text of its own (an alias numbered per request): the worst case for
 * every cache keyed by document (Apollo's document store, the plan and document caches).
 *
 * Printed per run: rps, p50/p99, resident memory (idle, peak = VmHWM, after, settled), and from the
 * gateway's /metrics the V8 heap (used and committed), its new space (young generation, committed)
 * and external memory. Figures, not assertions.
 */
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { benchOrganisation } from './bench-org.ts';
import { missingRealStores, startLooma } from './soak-processes.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20_000);
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const VARIANTS = (process.env.BENCH_GATEWAY_FLAGS ?? ';--max-semi-space-size=1').split(';').map((v) => v.trim());
const CONNECTIONS = 10;
const CALLERS = 20;
const TALENTS = 200;
const QUERY = 'query List1 { talents(first: 20) { edges { node { id name headline location skills } } } }';
const DISTINCT = process.env.BENCH_DISTINCT === '1';
let runs = 0;

interface Memory {
  rss: number;
  /** Peak resident memory of the process so far (VmHWM). */
  peak: number;
  heapUsed: number;
  heapTotal: number;
  newSpace: number;
  external: number;
}

const MiB = 1024 * 1024;
const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(0)).padStart(5);

/** VmRSS and VmHWM of a process, in MiB. */
function residentMiB(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/** The V8 figures prom-client's default metrics publish on the gateway's /metrics, in MiB. */
async function heapMiB(port: number): Promise<Omit<Memory, 'rss' | 'peak'>> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (pattern: string) => Number(new RegExp(`^looma_${pattern} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) / MiB;
  return {
    heapUsed: value('nodejs_heap_size_used_bytes'),
    heapTotal: value('nodejs_heap_size_total_bytes'),
    newSpace: value('nodejs_heap_space_size_total_bytes\\{space="new"\\}'),
    external: value('nodejs_external_memory_bytes'),
  };
}

/** Resident MiB by mapping kind (/proc/<pid>/smaps): what the V8 heap figures leave out shows here. */
function residentByKind(pid: number): string {
  const kinds = new Map<string, number>();
  let kind = '';
  for (const line of fs.readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const name = mapping[1]!;
      kind = name.startsWith('/') ? 'files' : name || 'anonymous';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kinds.set(kind, (kinds.get(kind) ?? 0) + Number(rss[1]) / 1024);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([name, mib]) => `${name} ${mib.toFixed(0)}`)
    .join(', ');
}

/**
 * BENCH_HEAP_SNAPSHOTS=<dir>: the gateway writes a heap snapshot there on SIGUSR2 (V8 collects all
 * garbage first, so the heap figures read right after are the live data). Waits until it is written.
 */
const SNAPSHOT_DIR = process.env.BENCH_HEAP_SNAPSHOTS;
async function heapSnapshot(pid: number): Promise<void> {
  if (!SNAPSHOT_DIR) return;
  const ours = () => fs.readdirSync(SNAPSHOT_DIR).filter((f) => f.includes(`.${pid}.`) && f.endsWith('.heapsnapshot'));
  const before = ours().length;
  process.kill(pid, 'SIGUSR2');
  let size = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const files = ours();
    if (files.length <= before) continue;
    const now = fs.statSync(`${SNAPSHOT_DIR}/${files.sort().at(-1)}`).size;
    if (now === size && now > 0) return;
    size = now;
  }
}

async function memoryOf(pid: number, port: number): Promise<Memory> {
  // /metrics first: the scrape itself allocates, the resident figures then include it.
  const heap = await heapMiB(port);
  return { ...residentMiB(pid), ...heap };
}

/** The measured organisation (bench-org.ts): TALENTS talents, CALLERS sessions of its admin. */
const setUp = (gatewayUrl: string) =>
  benchOrganisation(gatewayUrl, { label: 'Gateway memory', talents: TALENTS, callers: CALLERS, subnet: 79 });

async function drive(url: string, tokens: string[], amount: number) {
  let next = 0;
  const run = ++runs;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
    requests: [
      {
        setupRequest: (request) => {
          const n = next++;
          const headers = { ...request.headers, authorization: `Bearer ${tokens[n % tokens.length]}` };
          if (!DISTINCT) return { ...request, headers };
          // Every request a query text of its own (an alias), so every cache keyed by document fills.
          return { ...request, headers, body: JSON.stringify({ query: QUERY.replace('talents(', `t${run}x${n}: talents(`) }) };
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.non2xx };
}

if (missingRealStores().length)
  throw new Error(`bench:gateway-memory needs the real stores: ${missingRealStores().join(', ')} (eval "$(cat /tmp/up.out)")`);
process.env.NODE_ENV = 'production';
console.log(
  `bench:gateway-memory — real stores, a process per service; ${REQUESTS} × talents(first: 20) per run, ${CONNECTIONS} connections, ` +
    `${CALLERS} callers${DISTINCT ? ', every query text distinct' : ''}; variants: ${VARIANTS.map((v) => v || '(no flags)').join(' | ')}; ${ROUNDS} round(s)`,
);
const looma = await startLooma({ embedded: false });
const rows: string[] = [];
try {
  const tokens = await setUp(looma.gatewayUrl);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const flags of VARIANTS) {
      // `NAME=value` words are environment variables (e.g. MALLOC_ARENA_MAX=2), the rest NODE_OPTIONS.
      const words = flags.split(/\s+/).filter(Boolean);
      const variables = Object.fromEntries(
        words.filter((w) => /^[A-Z_]+=/.test(w)).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]),
      );
      const snapshotFlags = SNAPSHOT_DIR ? ` --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${SNAPSHOT_DIR}` : '';
      const gateway = await looma.extraGateway(words.filter((w) => !/^[A-Z_]+=/.test(w)).join(' ') + snapshotFlags, variables);
      try {
        const pid = gateway.child.pid!;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const idle = await memoryOf(pid, gateway.port);
        if (SNAPSHOT_DIR) {
          await heapSnapshot(pid);
          const live = await memoryOf(pid, gateway.port);
          console.log(
            `    idle, after a heap snapshot (a full GC): heap used ${fmt(live.heapUsed)} / committed ${fmt(live.heapTotal)}, RSS ${fmt(live.rss)} MiB`,
          );
        }
        await drive(gateway.url, tokens, 200); // the plan, the document and the token caches filled, JIT warm
        const load = await drive(gateway.url, tokens, REQUESTS);
        const after = await memoryOf(pid, gateway.port);
        await new Promise((resolve) => setTimeout(resolve, SETTLE_SECONDS * 1_000));
        const settled = await memoryOf(pid, gateway.port);
        if (SNAPSHOT_DIR) {
          await heapSnapshot(pid);
          const live = await memoryOf(pid, gateway.port);
          console.log(
            `    after a heap snapshot (a full GC): heap used ${fmt(live.heapUsed)} / committed ${fmt(live.heapTotal)}, RSS ${fmt(live.rss)} MiB`,
          );
        }
        rows.push(
          `| ${round} | ${flags || '(no flags)'} | ${load.rps.toFixed(0)} | ${load.p50} | ${load.p99} | ${load.failed} | ` +
            `${fmt(idle.rss)} | ${fmt(settled.peak)} | ${fmt(after.rss)} | ${fmt(settled.rss)} | ` +
            `${fmt(idle.heapUsed)} / ${fmt(idle.heapTotal)} | ${fmt(after.heapUsed)} / ${fmt(after.heapTotal)} | ${fmt(after.newSpace)} | ${fmt(after.external)} |`,
        );
        console.log(rows.at(-1));
        console.log(`    resident by mapping, settled (MiB): ${residentByKind(pid)}`);
      } catch (error) {
        // A gateway that dies under the load (out of heap under a cap) is a result, not the end of the run.
        const { exitCode, signalCode } = gateway.child;
        if (exitCode === null && signalCode === null) throw error;
        const last = gateway.output.filter((line) => /heap|memory|error/i.test(line)).at(-1) ?? gateway.output.at(-1) ?? '';
        rows.push(
          `| ${round} | ${flags || '(no flags)'} | the gateway died (${signalCode ?? `exit ${exitCode}`}): ${last.slice(0, 160)} |`,
        );
        console.log(rows.at(-1));
      } finally {
        await gateway.stop();
      }
    }
  }
  console.log(
    '\n| round | gateway NODE_OPTIONS | rps | p50 ms | p99 ms | failed | RSS idle | RSS peak | RSS after | RSS settled | heap used/committed idle | heap used/committed after | new space | external |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  console.log(
    `\nMiB throughout; machine load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
  );
  const problems = looma.problemLines();
  if (problems.length) console.log(`\nwarnings from the services:\n${problems.slice(-10).join('\n')}`);
} finally {
  await looma.stop();
}
