/**
 * `npm run bench:soak [-- --minutes 10] [--rate 50] [--clients 16] [--talents 1000] [--embedded] [--strict]`:
 * a steady, rate-controlled mix of reads and writes through the gateway for `--minutes`, to find
 * what only time shows: errors under load (goal 0), latency that drifts, memory that grows.
 *
 * Looma runs as production runs it (soak-processes.ts): a process per service over the real stores
 * (their URLs exported, deploy/local/up.sh), in a scratch database and namespace removed afterwards;
 * `--embedded` runs the one-process stack over embedded stores instead. Setup and the mix are in
 * soak-workload.ts. Every minute it prints requests, errors by code, p50/p99 and the RSS of every
 * process; at the end totals, the error rate, first and last minute latency, per-operation figures
 * and each process's RSS at the start and end of the load. A benchmark, not a timed test: it
 * exits 1 on errors only with `--strict` (and always when Looma fails to start).
 */
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { readAccessRequirements } from '../../platform/access-requirements.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { startLooma, type RunningLooma } from './soak-processes.ts';
import { formatMinute, formatSummary, SoakRecorder } from './soak-stats.ts';
import { errorCode, setUpSoak, SOAK_OPERATIONS, type SoakClient, type SoakOperation, type SoakWorld } from './soak-workload.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '50' },
    clients: { type: 'string', default: '16' },
    talents: { type: 'string', default: '1000' },
    'report-seconds': { type: 'string', default: '60' },
    embedded: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

function numberOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    console.error(`bench:soak: --${name} must be a number from ${min} to ${max} (got ${JSON.stringify(value)})`);
    process.exit(2);
  }
  return n;
}

const minutes = numberOption('minutes', values.minutes!, 0.05, 24 * 60);
const rate = numberOption('rate', values.rate!, 0.1, 10_000);
const requestedClients = Math.floor(numberOption('clients', values.clients!, 1, 500));
const talents = Math.floor(numberOption('talents', values.talents!, 10, 100_000));
const reportMs = numberOption('report-seconds', values['report-seconds']!, 1, 3_600) * 1000;
const durationMs = minutes * 60_000;
const log = (line: string) => console.log(line);

/**
 * Enough clients (each its own user) that no viewer-limited field of the mix is asked for more than
 * half its @rateLimit: a soak that trips Looma's own rate limits would measure them, not Looma.
 */
function clientsFor(operations: SoakOperation[], target: number, asked: number): number {
  const requirements = readAccessRequirements(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
  let needed = asked;
  for (const op of operations) {
    for (const field of op.fields) {
      const rule = requirements.get(field)?.rateLimit;
      if (!rule || rule.by !== 'VIEWER') continue;
      const perWindow = ((target * op.weight) / totalWeight) * (rule.windowMs / 1000);
      needed = Math.max(needed, Math.ceil(perWindow / (rule.limit / 2)));
    }
  }
  return needed;
}

/**
 * The operations in a cycle as long as their weights' sum, each `weight` times, spread evenly
 * (smooth weighted round robin): every stretch of the run carries the whole mix in its proportions.
 */
function weightedCycle(operations: SoakOperation[]): SoakOperation[] {
  const total = operations.reduce((sum, op) => sum + op.weight, 0);
  const current = operations.map(() => 0);
  const cycle: SoakOperation[] = [];
  for (let i = 0; i < total; i++) {
    operations.forEach((op, k) => (current[k]! += op.weight));
    const best = current.indexOf(Math.max(...current));
    current[best]! -= total;
    cycle.push(operations[best]!);
  }
  return cycle;
}

/** Each client claims the next slot of one shared schedule (slot i is due at i / rate s) and waits for it. */
async function runLoad(world: SoakWorld, recorder: SoakRecorder, startedAt: number): Promise<void> {
  const cycle = weightedCycle(SOAK_OPERATIONS);
  let slot = 0;
  const timed = async (name: string, client: SoakClient, fn: () => Promise<unknown>) => {
    const started = performance.now();
    let code: string | undefined;
    try {
      await fn();
    } catch (error) {
      code = errorCode(error);
      if (recorder.total.errors < 20)
        console.log(`  error: ${name} (${client.name}): ${code}: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`);
    }
    recorder.record(name, performance.now() - started, code);
  };
  const worker = async (client: SoakClient) => {
    for (;;) {
      const mine = slot++;
      const due = startedAt + (mine * 1000) / rate;
      // The run ends on time: slots a busy schedule could not reach by then are not sent (the summary says how many).
      if (due >= startedAt + durationMs || performance.now() >= startedAt + durationMs) return;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const op = cycle[mine % cycle.length]!;
      if (client.needsRefresh) await timed('refresh', client, () => client.refresh());
      await timed(op.name, client, () => op.run(client, world));
    }
  };
  await Promise.all(world.clients.map(worker));
}

async function main(): Promise<number> {
  const clients = clientsFor(SOAK_OPERATIONS, rate, requestedClients);
  const mode = values.embedded ? 'embedded stores, one process' : 'real stores, a process per service';
  log(
    `bench:soak: ${minutes} min at ${rate} req/s, ${clients} clients${clients > requestedClients ? ` (raised from ${requestedClients} to stay under the rate limits)` : ''}, ${mode}`,
  );
  const totalWeight = SOAK_OPERATIONS.reduce((sum, op) => sum + op.weight, 0);
  log(`  mix: ${SOAK_OPERATIONS.map((op) => `${op.name} ${((100 * op.weight) / totalWeight).toFixed(0)} %`).join(', ')}`);

  const startupStarted = performance.now();
  const looma: RunningLooma = await startLooma({ embedded: values.embedded! });
  let world: SoakWorld | undefined;
  try {
    log(
      `  started ${looma.processes.map((p) => `${p.name} (pid ${p.child.pid})`).join(', ')} in ${((performance.now() - startupStarted) / 1000).toFixed(1)} s; gateway ${looma.gatewayUrl}`,
    );
    const setupStarted = performance.now();
    world = await setUpSoak(looma.gatewayUrl, { clients, talents, log });
    log(`  setup done in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s; the load starts`);

    const rssStart = looma.rss();
    const heapStart = await looma.heapUsed();
    const startedAt = performance.now();
    const recorder = new SoakRecorder(startedAt);
    // The last window closes after the load has drained, so it keeps the requests still in flight at the end.
    const closeWindow = async () => {
      const now = performance.now();
      const rss = looma.rss();
      const report = recorder.rotate(now, { rss, heap: await looma.heapUsed(), loadAverage: os.loadavg()[0]! });
      log(formatMinute(report, startedAt));
      return report;
    };
    const timer = setInterval(() => {
      if (performance.now() < startedAt + durationMs - 500) void closeWindow();
    }, reportMs);
    try {
      await runLoad(world, recorder, startedAt);
    } finally {
      clearInterval(timer);
    }
    const elapsedMs = performance.now() - startedAt;
    const { rss: rssEnd, heap: heapEnd } = await closeWindow();

    log('');
    log(`bench:soak summary (${mode}, ${minutes} min at ${rate} req/s, ${clients} clients)`);
    const scheduled = Math.ceil((durationMs * rate) / 1000);
    for (const line of formatSummary({ recorder, rssStart, rssEnd, heapStart, heapEnd, elapsedMs, scheduled })) log(`  ${line}`);
    const problems = looma.problemLines();
    log(`  service log lines at warn or worse: ${problems.length}${problems.length ? ' (the last ones below)' : ''}`);
    for (const line of problems.slice(-10)) log(`    ${line.slice(0, 400)}`);
    const exited = looma.processes.filter((p) => p.child.exitCode !== null);
    if (exited.length)
      log(`  processes that exited during the soak: ${exited.map((p) => `${p.name} (code ${p.child.exitCode})`).join(', ')}`);
    return values.strict && (recorder.total.errors > 0 || exited.length > 0) ? 1 : 0;
  } finally {
    await looma.stop(world ? [world.orgId] : []);
  }
}

let exitCode: number;
try {
  exitCode = await main();
} catch (error) {
  console.error(`bench:soak failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
}
// Idle keep-alive sockets to the stopped gateway need not hold the process open.
process.exit(exitCode);
