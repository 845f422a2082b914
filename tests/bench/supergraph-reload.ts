/**
 * `npx tsx tests/bench/supergraph-reload.ts` (issue 12, supergraph hot reload): what a reload costs.
 * The control plane's composition of the five subgraphs (schema/composition.ts, as the composer runs
 * it), and the gateway's swap (LoomaGateway.update: planner, schema, plan cache and data sources built
 * beside the served ones, the supergraph always validated) against LoomaGateway.load of the same
 * supergraph in the same run as the baseline; and the composition as the ops subgraph runs it, in a
 * worker thread (composeInWorker): its wall time and the longest stall of the main thread's event loop
 * meanwhile, against composing on the main thread. BENCH_ROUNDS (default 7) rounds; medians printed.
 */
import fs from 'node:fs';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSchema } from 'graphql';
import { LoomaGateway } from '../../gateway/executor/looma-gateway.ts';
import { supergraphForGateway } from '../../gateway/policy.ts';
import { print } from 'graphql';
import { composeSupergraph } from '../../schema/composition.ts';
import { SUPERGRAPH_FILE, readSubgraphSources } from '../../schema/subgraphs.ts';
import { composeInWorker } from '../../subgraphs/ops/registry/supergraph-composer.ts';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const supergraphSdl = supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
// The data sources are never called here: building them is all a swap does with them.
const dataSource = new LocalGraphQLDataSource(buildSchema('type Query { unused: Int }'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The longest event-loop stall (ms) while `work` runs: the largest gap between the ticks of a 5 ms timer. */
async function longestStall(work: () => unknown): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  // A tick first, so the work starts on a running timer.
  await new Promise((resolve) => setTimeout(resolve, 10));
  await work();
  await new Promise((resolve) => setTimeout(resolve, 10));
  clearInterval(timer);
  return longest;
}

const subgraphs = readSubgraphSources().map(({ name, url, typeDefs }) => ({ name, url, sdl: print(typeDefs) }));
const compose: number[] = [];
const inWorker: number[] = [];
const stallInThread: number[] = [];
const stallInWorker: number[] = [];
const load: number[] = [];
const update: number[] = [];
for (let round = 0; round < rounds; round++) {
  compose.push(await timed(() => composeSupergraph()));
  stallInThread.push(await longestStall(() => composeSupergraph()));
  inWorker.push(await timed(() => composeInWorker(subgraphs)));
  stallInWorker.push(await longestStall(() => composeInWorker(subgraphs)));
  const gateway = new LoomaGateway({ supergraphSdl, buildService: () => dataSource });
  load.push(await timed(() => gateway.load()));
  update.push(await timed(() => gateway.update(supergraphSdl)));
  await gateway.stop();
}
console.log(
  `rounds: ${rounds} (NODE_ENV=${process.env.NODE_ENV ?? 'unset'}: load validates the supergraph outside production, update always)`,
);
console.log(
  `compose, 5 subgraphs: median ${median(compose).toFixed(0)} ms on the main thread, its longest event-loop stall ${median(stallInThread).toFixed(0)} ms`,
);
console.log(
  `  in a worker thread: median ${median(inWorker).toFixed(0)} ms (${(median(inWorker) / median(compose)).toFixed(2)}x, the worker's start included), longest stall ${median(stallInWorker).toFixed(0)} ms`,
);
console.log(`gateway load:         median ${median(load).toFixed(0)} ms (baseline)`);
console.log(`gateway update:       median ${median(update).toFixed(0)} ms (${(median(update) / median(load)).toFixed(2)}x load)`);
