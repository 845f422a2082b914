/**
 * The two reference gateways `npm run bench:gateways` compares Looma's with, each in a process of
 * its own: `node tests/bench/gateways-servers.ts <stock|hive> <port>` (plain Node 24, as Looma's
 * processes run), the subgraph URLs in
 * BENCH_SUBGRAPH_URLS (JSON, by subgraph name). Both serve the committed supergraph (with the
 * auth `@link`s Looma's gateway enforces itself made loadable, as Looma's gateway does) and
 * forward only the caller's Authorization header to the subgraphs: nothing else of Looma's.
 *
 *   stock: @apollo/gateway + @apollo/server's standalone server, no plugins.
 *   hive:  Hive Gateway's runtime (@graphql-hive/gateway), one worker, in-flight deduplication off.
 */
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

const [kind, port] = process.argv.slice(2);
const urls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
if (kind === 'stock') await startStock(Number(port), benchSupergraph(urls));
else if (kind === 'hive') await startHive(Number(port), benchSupergraph(urls));
else throw new Error(`gateways-servers: unknown gateway ${JSON.stringify(kind)} (stock or hive)`);
console.log(`${kind} gateway ready on ${port}`);
