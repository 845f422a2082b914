/**
 * The two reference gateways `npm run bench:gateways` compares Looma's with, each in a process of
 * its own: `node tests/bench/gateways-servers.ts <stock|hive> <port>` (plain Node 24, as Looma's
 * processes run), the subgraph URLs in
 * BENCH_SUBGRAPH_URLS (JSON, by subgraph name). Both serve the committed supergraph (with the
 * auth `@link`s Looma's gateway enforces itself made loadable, as Looma's gateway does) and
 * forward only the caller's Authorization header to the subgraphs: nothing else of Looma's.
 *
 *   stock: @apollo/gateway + @apollo/server's standalone server, no plugins.
 *   hive:  Hive Gateway's runtime (@graphql-hive/gateway), in-flight deduplication off.
 *
 * One worker each, unless BENCH_WORKERS=N: then N node:cluster workers share the port, the way Hive
 * Gateway's own `--fork N` runs (its CLI's handleFork: `cluster.fork()` N times in the primary, the
 * runtime over node:http in each worker); the stock gateway the same way. The primary prints
 * "ready" once every worker listens, and passes SIGTERM/SIGINT on to them.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { supergraphForGateway } from '../../gateway/policy.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';

interface Caller {
  authorization: string | undefined;
}

/** The supergraph with each `@join__graph`'s URL pointing at this run's subgraph. */
export function benchSupergraph(urls: Record<string, string>): string {
  return supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (whole, name: string) => (urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : whole),
  );
}

class ForwardAuthorization extends RemoteGraphQLDataSource<Caller> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Caller>): void {
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

async function startStock(port: number, supergraphSdl: string): Promise<void> {
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ url }) => new ForwardAuthorization({ url }),
  });
  const server = new ApolloServer<Caller>({ gateway });
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
}

async function startHive(port: number, supergraph: string): Promise<void> {
  const runtime = createGatewayRuntime({
    supergraph,
    inboundInflightRequestDeduplication: false,
    logging: 'error',
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
    },
  });
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}

/** The primary of BENCH_WORKERS workers: resolves once all listen; a signal ends them, then this process. */
async function forkWorkers(count: number): Promise<void> {
  let listening = 0;
  const everyWorkerListens = new Promise<void>((resolve) => cluster.on('listening', () => ++listening === count && resolve()));
  cluster.on('exit', () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  const each = (signal: NodeJS.Signals) => Object.values(cluster.workers ?? {}).forEach((worker) => worker?.process.kill(signal));
  // Hive's runtime handles SIGTERM without ending its process: after a grace, the workers are killed.
  const stop = (signal: NodeJS.Signals) => {
    each(signal);
    setTimeout(() => each('SIGKILL'), 3_000).unref();
  };
  process.on('SIGTERM', stop).on('SIGINT', stop);
  for (let i = 0; i < count; i++) cluster.fork();
  await everyWorkerListens;
}

const [kind, port] = process.argv.slice(2);
const workers = Number(process.env.BENCH_WORKERS ?? 1);
const urls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
if (kind !== 'stock' && kind !== 'hive') throw new Error(`gateways-servers: unknown gateway ${JSON.stringify(kind)} (stock or hive)`);
if (workers > 1 && cluster.isPrimary) {
  await forkWorkers(workers);
  console.log(`${kind} gateway ready on ${port} (${workers} workers)`);
} else {
  if (kind === 'stock') await startStock(Number(port), benchSupergraph(urls));
  else await startHive(Number(port), benchSupergraph(urls));
  // A worker stays quiet: its primary says when all are ready.
  if (cluster.isPrimary) console.log(`${kind} gateway ready on ${port}`);
}
