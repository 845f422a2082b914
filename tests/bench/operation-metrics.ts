/**
 * What the gateway's operation metrics plugin (gateway/operation-metrics.ts) costs a request: the same trivial
 * operation through two Apollo servers in this process, one with the plugin and one without, in alternating
 * rounds; the best round of each. Figures, not assertions:
 *
 *   npx tsx tests/bench/operation-metrics.ts        # BENCH_RUNS (default 20000) operations a round, 5 rounds
 */
import { ApolloServer } from '@apollo/server';
import { operationMetricsPlugin } from '../../gateway/operation-metrics.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 20_000);
const ROUNDS = 5;
const typeDefs = 'type Query { hello: String }';
const resolvers = { Query: { hello: () => 'hi' } };

const plain = new ApolloServer({ typeDefs, resolvers });
const metered = new ApolloServer({ typeDefs, resolvers, plugins: [operationMetricsPlugin({ knownOperations: ['Hello'] })] });
await plain.start();
await metered.start();

async function round(server: ApolloServer): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) await server.executeOperation({ query: 'query Hello { hello }' });
  return performance.now() - started;
}

await round(plain);
await round(metered); // warm-up: documents cached, children looked up
const best = { plain: Infinity, metered: Infinity };
for (let i = 0; i < ROUNDS; i++) {
  best.plain = Math.min(best.plain, await round(plain));
  best.metered = Math.min(best.metered, await round(metered));
}
const perRequestUs = (ms: number) => (ms * 1000) / RUNS;
console.log(`operations a round: ${RUNS}, best of ${ROUNDS}`);
console.log(`without the plugin: ${perRequestUs(best.plain).toFixed(2)} µs an operation (${Math.round(RUNS / (best.plain / 1000))}/s)`);
console.log(`with the plugin:    ${perRequestUs(best.metered).toFixed(2)} µs an operation (${Math.round(RUNS / (best.metered / 1000))}/s)`);
console.log(
  `throughput with / without: ${(best.plain / best.metered).toFixed(3)}x; added ${(perRequestUs(best.metered) - perRequestUs(best.plain)).toFixed(2)} µs an operation`,
);
await plain.stop();
await metered.stop();
