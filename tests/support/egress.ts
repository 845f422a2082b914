import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../platform/config.ts';
import type { EgressRecord } from './egress-recorder.ts';
import { retryOnRuntimeCrash, waitForAnswer, watchProcess } from './service-process.ts';

/**
 * The egress test's helpers: a Looma service started as its own process with the egress recorder
 * preloaded, and the hosts that process's configuration allows it to reach.
 */

const RECORDER = path.resolve(import.meta.dirname, 'egress-recorder.ts');
const DEFAULT_PORTS: Record<string, number> = {
  'postgres:': 5432,
  'postgresql:': 5432,
  'bolt:': 7687,
  'neo4j:': 7687,
  'bolt+s:': 7687,
  'neo4j+s:': 7687,
  'redis:': 6379,
  'rediss:': 6379,
  'http:': 80,
  'https:': 443,
};

export interface AllowedEgress {
  /** `host:port` of every store, subgraph, issuer JWKS and model endpoint the configuration names. */
  endpoints: Set<string>;
  /** Their host names: the only names the process may resolve. */
  hosts: Set<string>;
}

const bare = (host: string) => host.replace(/^\[|\]$/g, '').toLowerCase();

/** What a process started with `env` may connect to: exactly the endpoints of its configuration. */
export function allowedEgress(env: Record<string, string>): AllowedEgress {
  const config = loadConfig(env);
  const urls = [
    config.stores.postgres?.url,
    config.stores.neo4j?.url,
    config.stores.weaviate?.url,
    config.stores.elasticsearch?.url,
    config.stores.redis?.url,
    // Every instance of every subgraph (`<NAME>_URL` may list several).
    ...Object.values(config.subgraphInstances).flat(),
    config.auth.external?.jwksUrl,
    // The model endpoint: OPENAI_BASE_URL, or OpenAI's own when EMBEDDINGS_PROVIDER=openai names no other.
    config.embeddings.openai ? (config.embeddings.openai.baseURL ?? 'https://api.openai.com/v1') : undefined,
  ].filter((u): u is string => Boolean(u));
  const endpoints = new Set<string>();
  const hosts = new Set<string>();
  for (const value of urls) {
    const url = new URL(value);
    const host = bare(url.hostname);
    hosts.add(host);
    endpoints.add(`${host}:${url.port || DEFAULT_PORTS[url.protocol]}`);
  }
  // The deployment's own services, where they register (LOOMA_ADVERTISE_HOST, by default where they listen):
  // the registry's /ready checks (the ops subgraph) reach every instance registered, the gateway included.
  if (config.registry.enabled) {
    const serviceHost = bare(config.advertiseHost);
    for (const port of Object.values(config.ports)) endpoints.add(`${serviceHost}:${port}`);
  }
  // Weaviate's gRPC API: the host of WEAVIATE_URL on WEAVIATE_GRPC_PORT.
  if (config.stores.weaviate) endpoints.add(`${bare(new URL(config.stores.weaviate.url).hostname)}:${config.stores.weaviate.grpcPort}`);
  return { endpoints, hosts };
}

/** Every recorded attempt outside `allowed`, one line each with the frames that made it. */
export function unexpectedEgress(records: EgressRecord[], allowed: AllowedEgress): string[] {
  const lines = new Set<string>();
  for (const r of records) {
    const host = bare(r.host);
    const isAllowed = r.kind === 'dns' ? allowed.hosts.has(host) : allowed.endpoints.has(`${host}:${r.port}`);
    if (!isAllowed) lines.add(`${r.via} ${r.kind === 'dns' ? host : `${host}:${r.port}`} from ${r.origin.slice(0, 3).join(' < ') || '?'}`);
  }
  return [...lines];
}

/** A port nobody listens on now (the caller binds it moments later). */
export async function freePort(): Promise<number> {
  return (await freePorts(1))[0]!;
}

/**
 * `count` ports nobody listens on now, all different, below the range the system hands out for outgoing connections
 * and `listen(0)` (Linux's 32768–60999): a port from that range, closed again until a spawned service binds it
 * seconds later, can meanwhile become the source port of one of the many connections a stack's test makes (EADDRINUSE
 * at the service's start-up). Each is held open until all are chosen, so none is handed out twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    while (servers.length < count) {
      const server = await listening(20_000 + Math.floor(Math.random() * 12_000));
      if (server) servers.push(server);
    }
    return servers.map((server) => (server.address() as net.AddressInfo).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}

/** A server listening on `port` of 127.0.0.1, or null when the port is taken. */
function listening(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export interface RecordedProcess {
  name: string;
  env: Record<string, string>;
  /** Resolves when `url` answers 2xx (e.g. the service's /health); rejects as soon as the process ends first. */
  waitFor(url: string, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then the exit (a graceful close is when libraries flush what they send at shutdown). */
  stop(): Promise<number | null>;
  records(): EgressRecord[];
  output(): string;
  /** Removes the record file (after stop). */
  remove(): void;
}

/**
 * Starts `node --import tsx --import egress-recorder.ts <entry>` (what `npx tsx <entry>` runs,
 * without npm's own requests) with exactly `env` plus PATH and HOME: nothing of the test's
 * environment leaks in.
 */
export function startRecorded(name: string, entry: string, env: Record<string, string>): RecordedProcess {
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'looma-egress-')), 'egress.jsonl');
  fs.writeFileSync(logFile, '');
  const launch = () =>
    watchProcess(
      name,
      spawn(process.execPath, ['--import', 'tsx', '--import', RECORDER, entry], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, LOOMA_EGRESS_LOG: logFile },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
  let service = launch();

  return {
    name,
    env,
    async waitFor(url, timeoutMs = 300_000) {
      // An end fails at once, with its stderr; a start the Node runtime crashed is started once more
      // (service-process.ts), on the same ports and data directory, its records so far kept in the file.
      let attempts = 0;
      await retryOnRuntimeCrash(name, async () => {
        if ((attempts += 1) > 1) service = launch();
        await waitForAnswer(service, url, { timeoutMs });
      });
    },
    async stop() {
      return (await service.stop('SIGTERM', 30_000)).code;
    },
    records() {
      return fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as EgressRecord);
    },
    output: () => service.output(),
    remove: () => fs.rmSync(path.dirname(logFile), { recursive: true, force: true }),
  };
}
