/**
 * `npx tsx tests/bench/subgraph-data-source.ts` (issue 11, point 4): the gateway's CPU per subgraph
 * call, the former data source (RemoteGraphQLDataSource with the Fetch adapter over the transport,
 * tests/support/transport-fetcher.ts) against TransportDataSource, both over the same pooled undici
 * transport to a tiny HTTP server in a child process (so this process's CPU is the calling side
 * alone) answering a canned 20-talent page. Rounds alternate which goes first; CPU µs per call of
 * this process (wall time swings with the machine's load), the median of each and of new ÷ old. A
 * CPU micro-benchmark, never a test; both answers are compared first.
 *
 *   BENCH_ROUNDS (default 6), BENCH_CALLS (calls per data source and round; default 2000), BENCH_CONCURRENCY (default 10)
 */
import { spawn } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { CallerContext } from '../../gateway/transport/in-process.ts';
import { PooledSubgraphTransport } from '../../gateway/transport/subgraph-transport.ts';
import { TransportDataSource } from '../../gateway/transport/transport-data-source.ts';
import { remoteDataSourceOverTransport } from '../support/transport-fetcher.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

const page = {
  data: {
    talents: {
      edges: Array.from({ length: 20 }, (_, i) => ({
        node: {
          id: `talent-${i}`,
          name: `Talent Number ${i}`,
          headline: 'Senior backend engineer, distributed systems and GraphQL federation',
          location: 'Lisbon, Portugal',
          skills: ['typescript', 'node', 'graphql', 'postgres', 'kubernetes'],
        },
      })),
    },
  },
};
const SERVER = `
const body = ${JSON.stringify(JSON.stringify(page))};
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(body));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => child.kill() };
}

const QUERY = 'query List1__talent__0{talents(first:20){edges{node{id name headline location skills}}}}';
const options = {
  kind: 'incoming operation',
  request: { query: QUERY, variables: {}, operationName: 'List1__talent__0' },
  context: { authorization: `Bearer ${'x'.repeat(400)}`, address: '203.0.113.9' },
  incomingRequestContext: { overallCachePolicy: { restrict: () => {} } },
};
// Each call gets a request object of its own, as the executor builds one per fetch (RemoteGraphQLDataSource writes `http` on it).
const callOptions = () => ({ ...options, request: { ...options.request } }) as unknown as GraphQLDataSourceProcessOptions<CallerContext>;

async function run(dataSource: GraphQLDataSource<CallerContext>, calls: number): Promise<number> {
  const start = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < calls) await dataSource.process(callOptions());
    }),
  );
  const used = process.cpuUsage(start);
  return (used.user + used.system) / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await startServer();
const transport = new PooledSubgraphTransport({ connections: CONCURRENCY });
const serviceToken = async () => 'service-token';
const variants = {
  old: remoteDataSourceOverTransport({ subgraph: 'talent', url: server.url, transport, serviceToken }),
  new: new TransportDataSource<CallerContext>({ subgraph: 'talent', url: server.url, transport, serviceToken }),
};
try {
  const { http: _http, ...oldAnswer } = await variants.old.process(callOptions());
  const newAnswer = await variants.new.process(callOptions());
  if (!isDeepStrictEqual(oldAnswer, newAnswer)) throw new Error('the two data sources answer differently');
  for (const dataSource of Object.values(variants)) await run(dataSource, CALLS / 4); // warm-up

  const perCall: Record<keyof typeof variants, number[]> = { old: [], new: [] };
  console.log(`${CALLS} calls per data source and round, ${CONCURRENCY} in flight; CPU µs a call of this process`);
  console.log('round  old (Remote+fetcher)  new (TransportDataSource)  new ÷ old');
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
    for (const name of order) perCall[name].push(await run(variants[name], CALLS));
    const [o, n] = [perCall.old[round]!, perCall.new[round]!];
    console.log(
      `${String(round + 1).padStart(5)}  ${o.toFixed(1).padStart(20)}  ${n.toFixed(1).padStart(25)}  ${(n / o).toFixed(2).padStart(9)}`,
    );
  }
  const ratios = perCall.new.map((n, i) => n / perCall.old[i]!);
  console.log(
    `median ${median(perCall.old).toFixed(1).padStart(20)}  ${median(perCall.new).toFixed(1).padStart(25)}  ${median(ratios).toFixed(2).padStart(9)}`,
  );
} finally {
  await transport.close();
  server.stop();
}
