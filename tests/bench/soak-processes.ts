/**
 * Looma started for the soak benchmark the way production runs it: LOOMA_ENV=production, a
 * process per service (`node subgraphs/<name>/index.ts`, `node gateway/index.ts`: plain Node 24
 * stripping the types, no tsx, as `npm run serve` and the image run them; the gateway with the
 * NODE_OPTIONS docker-compose.yml gives it) on
 * free ports over the real stores, in a scratch database and a store namespace of its own that
 * `stop` removes again. `embedded` instead starts the one-process stack (`app/cli/start-all.ts`)
 * over embedded stores in a temporary data directory, for a machine without the real servers.
 * Each process's output is kept (the last lines only) for the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { portVariable, SERVICE_ENTRIES } from '../../app/cli/serve-args.ts';
import { openDataLayer } from '../../data/data-layer.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { SUBGRAPH_NAMES } from '../../platform/config-values.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { freePort, freePorts } from '../support/egress.ts';
import { realStoreUrl, scratchDatabase, uniqueSuffix, type RealStore } from '../support/real-stores.ts';
import { readRssMiB, type RssSample } from './soak-stats.ts';

const REAL_STORES: RealStore[] = ['postgres', 'neo4j', 'weaviate', 'elasticsearch', 'redis'];
const STORE_VARIABLES = ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL'];
const READY_TIMEOUT_MS = 240_000;
const OUTPUT_LINES_KEPT = 200;

/** Every subgraph, with its port variable and entry point (`npm run serve`'s); then the gateway. */
const SERVICES = SUBGRAPH_NAMES.map((name) => ({ name, portVariable: portVariable(name), entry: SERVICE_ENTRIES[name] }));
const GATEWAY = { name: 'gateway', portVariable: portVariable('gateway'), entry: SERVICE_ENTRIES.gateway } as const;
const ALL_IN_ONE = { name: 'looma', entry: 'app/cli/start-all.ts' } as const;

export interface LoomaProcess {
  name: string;
  child: ChildProcess;
  /** The last lines the process wrote (stdout and stderr). */
  output: string[];
  /** The last lines of warn level or worse (pino JSON level ≥ 40) and whatever came on stderr once it was ready (before: the start-up banner). */
  problems: string[];
  isReady: boolean;
  /** Where it serves /graphql, /ready and /metrics. */
  port: number;
}

export interface RunningLooma {
  mode: 'real' | 'embedded';
  gatewayUrl: string;
  /** Each subgraph's /graphql by name (in `embedded`, served by the one process on their own ports). */
  subgraphUrls: Record<string, string>;
  processes: LoomaProcess[];
  /** Resident memory of every Looma process now, in MiB. */
  rss(): RssSample;
  /** The V8 heap in use of every Looma process now, in MiB, from its /metrics. */
  heapUsed(): Promise<RssSample>;
  /** The services' last lines of warn level or worse, and of stderr, each prefixed with the process name. */
  problemLines(): string[];
  /**
   * One more gateway process over the same subgraphs (real stores only), on a port of its own, with
   * `nodeOptions` added to its NODE_OPTIONS and `extraEnv` to its environment (e.g. MALLOC_ARENA_MAX):
   * to compare flags without restarting the subgraphs.
   * Stopped by `stop()` too.
   */
  extraGateway(nodeOptions: string, extraEnv?: Record<string, string>): Promise<LoomaProcess & { url: string; stop(): Promise<void> }>;
  /** Stops every process; on the real stores also removes the scratch database and namespace (`orgIds`: its graph nodes). */
  stop(orgIds?: string[]): Promise<void>;
}

/** Real stores are configured when every store URL is exported (deploy/local/up.sh). */
export function missingRealStores(): string[] {
  return REAL_STORES.filter((store) => !realStoreUrl(store)).map((store) => STORE_VARIABLES[REAL_STORES.indexOf(store)]!);
}

export interface StartLoomaOptions {
  embedded: boolean;
  /** Added to the gateway process's NODE_OPTIONS only, after the inherited ones; defaults to production's (docker-compose.yml). */
  gatewayNodeOptions?: string;
}

/**
 * The NODE_OPTIONS docker-compose.yml gives the gateway (its V8 heap sizing), so benchmarks run it
 * as deployed; BENCH_GATEWAY_NODE_OPTIONS replaces them for an experiment (empty: V8's defaults).
 */
export function productionGatewayNodeOptions(): string {
  const override = process.env.BENCH_GATEWAY_NODE_OPTIONS;
  if (override !== undefined) return override;
  const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
    services: Record<string, { environment?: Record<string, string> }>;
  };
  return compose.services.gateway?.environment?.NODE_OPTIONS ?? '';
}

export async function startLooma({
  embedded,
  gatewayNodeOptions = productionGatewayNodeOptions(),
}: StartLoomaOptions): Promise<RunningLooma> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-soak-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOOMA_ENV: 'production',
    LOG_LEVEL: 'warn',
    LOOMA_DATA_DIR: dataDir,
    AUTH_KEY_ENCRYPTION_SECRET: randomBytes(32).toString('base64url'),
    DEMO_SEED: 'false',
    // Production closes self-service sign-up by default; this deployment opens it, so the soak makes its organisation through the API.
    SIGNUP_POLICY: 'open',
    // The soak sends every client's requests through 127.0.0.1 with its own X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1',
  };
  const variables = [...SERVICES, GATEWAY].map((s) => s.portVariable);
  const ports = await freePorts(variables.length);
  variables.forEach((variable, i) => (env[variable] = String(ports[i])));
  for (const variable of ['TALENT_URL', 'OPS_URL', 'IDENTITY_URL', 'SEARCH_URL', 'RESUME_URL']) delete env[variable];

  let dropScratch = async () => {};
  if (embedded) {
    for (const variable of STORE_VARIABLES) delete env[variable];
  } else {
    const missing = missingRealStores();
    if (missing.length)
      throw new Error(`the real stores need ${missing.join(', ')} (eval "$(cat /tmp/up.out)" or deploy/local/up.sh), or pass --embedded`);
    const scratch = await scratchDatabase('looma_soak');
    env.DATABASE_URL = scratch.url;
    env.STORE_NAMESPACE = `soak_${uniqueSuffix()}`;
    dropScratch = scratch.drop;
  }
  const config = loadConfig(env);

  const processes: LoomaProcess[] = [];
  const stopAll = async () => {
    await Promise.all(processes.map((p) => stopProcess(p.child, config.shutdownTimeoutMs + 5_000)));
  };
  try {
    if (embedded) {
      const looma = launch(ALL_IN_ONE.name, ALL_IN_ONE.entry, env, config.ports.gateway);
      processes.push(looma);
      await waitReady(looma);
    } else {
      // Talent first: it migrates the scratch database and creates the signing key the others load.
      const talent = SERVICES.find((service) => service.name === 'talent')!;
      const others = SERVICES.filter((service) => service !== talent);
      const first = launch(talent.name, talent.entry, env, config.ports.talent);
      processes.push(first);
      await waitReady(first);
      const rest = others.map((service) => launch(service.name, service.entry, env, config.ports[service.name]));
      processes.push(...rest);
      await Promise.all(rest.map(waitReady));
      const gatewayEnv = gatewayNodeOptions ? { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} ${gatewayNodeOptions}`.trim() } : env;
      const gateway = launch(GATEWAY.name, GATEWAY.entry, gatewayEnv, config.ports.gateway);
      processes.push(gateway);
      await waitReady(gateway);
    }
  } catch (error) {
    await stopAll();
    await dropScratch().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  return {
    mode: embedded ? 'embedded' : 'real',
    gatewayUrl: `http://127.0.0.1:${config.ports.gateway}/graphql`,
    subgraphUrls: Object.fromEntries(SERVICES.map((s) => [s.name, `http://127.0.0.1:${config.ports[s.name]}/graphql`])),
    processes,
    rss: () => Object.fromEntries(processes.map((p) => [p.name, p.child.exitCode === null ? readRssMiB(p.child.pid!) : undefined])),
    heapUsed: async () => Object.fromEntries(await Promise.all(processes.map(async (p) => [p.name, await heapUsedMiB(p.port)] as const))),
    problemLines: () => processes.flatMap((p) => p.problems.map((line) => `${p.name}: ${line}`)),
    async extraGateway(nodeOptions, extraEnv = {}) {
      if (embedded) throw new Error('extraGateway needs the real stores (a process per service)');
      const port = await freePort();
      const gatewayEnv = {
        ...env,
        ...extraEnv,
        GATEWAY_PORT: String(port),
        NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} ${nodeOptions}`.trim(),
      };
      const gateway = launch(`gateway ${nodeOptions}`.trim(), GATEWAY.entry, gatewayEnv, port);
      processes.push(gateway);
      await waitReady(gateway);
      const stop = () => stopProcess(gateway.child, config.shutdownTimeoutMs + 5_000);
      return Object.assign(gateway, { url: `http://127.0.0.1:${port}/graphql`, stop });
    },
    async stop(orgIds = []) {
      await stopAll();
      if (!embedded) {
        // Leave the shared servers as they were: this run's graph nodes, collection, index and database go.
        const data = await openDataLayer(config, createLogger('soak', 'warn'), { ensureTargets: false });
        try {
          for (const orgId of orgIds) await data.stores.graph.clearOrg(orgId).catch(() => undefined);
          await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
          await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
        } finally {
          await data.close();
        }
        await dropScratch();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function launch(name: string, entry: string, env: NodeJS.ProcessEnv, port: number): LoomaProcess {
  // node itself (not npx): the pid is the service's, so its RSS is the service's. Plain Node 24
  // (this script's own, npm's node package) strips the types as production's does: no tsx loader.
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const problems: string[] = [];
  const append = (lines: string[], line: string) => {
    lines.push(line.length > 2_000 ? `${line.slice(0, 2_000)}…` : line);
    if (lines.length > OUTPUT_LINES_KEPT) lines.shift();
  };
  const keep = (fromStderr: boolean) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      append(output, line);
      if ((fromStderr && started.isReady) || isWarningOrWorse(line)) append(problems, line);
    }
  };
  child.stdout!.on('data', keep(false));
  child.stderr!.on('data', keep(true));
  const started: LoomaProcess = { name, child, output, problems, port, isReady: false };
  return started;
}

async function waitReady(process: LoomaProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (process.child.exitCode !== null) {
      throw new Error(`${process.name} exited during start-up (code ${process.child.exitCode}):\n${process.output.slice(-20).join('\n')}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${process.port}/ready`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) {
        process.isReady = true;
        return;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`${process.name} was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${process.output.slice(-20).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopProcess(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

async function heapUsedMiB(port: number): Promise<number | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(10_000) });
    const bytes = /^looma_nodejs_heap_size_used_bytes(?:\{[^}]*\})? (\S+)/m.exec(await response.text())?.[1];
    return bytes === undefined ? undefined : Number(bytes) / 1024 / 1024;
  } catch {
    return undefined;
  }
}

/** A pino JSON line of level warn (40) or worse; other stdout lines are the start-up banner. */
function isWarningOrWorse(line: string): boolean {
  try {
    const entry = JSON.parse(line) as { level?: number };
    return typeof entry.level === 'number' && entry.level >= 40;
  } catch {
    return false;
  }
}
