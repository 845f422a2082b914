/**
 * `npm run bench:gateway`: what access control adds to one operation at the gateway, on the
 * embedded stack (the cache is Redis when REDIS_URL is set). Figures, not assertions.
 *
 *   1. each step alone, in process, many sequential runs: bearer-token verification, the
 *      directive checks (walk the operation, decide every field) and the rate-limit count;
 *   2. the same operation end to end through two gateways over the same subgraphs: checks on
 *      (directives and a rate-limited field) against a baseline with the checks off.
 */
import fs from 'node:fs';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { startGateway } from '../../gateway/gateway.ts';
import { DocumentCache } from '../../gateway/document-cache.ts';
import { checkAccess, collectFieldUses, compileFieldUses, selectFieldUses, type CompiledFieldUses } from '../../gateway/policy.ts';
import { RateLimiter } from '../../gateway/rate-limit.ts';
import { readAccessRequirements } from '../../platform/access-requirements.ts';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { startTestStack } from '../support/stack.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 2_000);
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? 500);
const QUERY = `query($id: ID!) { talent(id: $id) { id name skills ...P } } fragment P on Talent { projections { isCurrent } }`;

function percentiles(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(100, runs); i++) await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

const ms = (value: number) => `${value < 0.1 ? (value * 1000).toFixed(1) + ' µs' : value.toFixed(3) + ' ms'}`;
const row = (label: string, { p50, p95 }: { p50: number; p95: number }) =>
  console.log(`  ${label.padEnd(44)} p50 ${ms(p50).padStart(10)}   p95 ${ms(p95).padStart(10)}`);

const t = await startTestStack('embedded', { talents: 20, env: process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {} });
try {
  const token = t.token(['RECRUITER']);
  const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
  const id = page.body.data!.talents.edges[0]!.node.id;
  const cache = t.stack.runtime.data.stores.cache;
  console.log(`gateway overhead (${RUNS} in-process runs, ${HTTP_RUNS} sequential requests each way; cache: ${cache.adapter})`);

  // 1. Each step alone.
  const { authenticator } = t.stack.runtime;
  // A different token each run is the full ES256 check; the same token again comes from the verified-token cache.
  const tokens = Array.from({ length: RUNS + 100 }, () => t.token(['RECRUITER']));
  let next = 0;
  row(
    'token verification (ES256, a new token)',
    await time(RUNS, () => authenticator.authenticate({ authorization: `Bearer ${tokens[next++]}` })),
  );
  row(
    'token verification (the same token, cached)',
    await time(RUNS, () => authenticator.authenticate({ authorization: `Bearer ${token}` })),
  );

  const supergraph = fs
    .readFileSync(SUPERGRAPH_FILE, 'utf8')
    .replace(
      /(\n\s*talent\(id: ID!\): Talent @join__field\(graph: TALENT\)[^\n]*)/,
      '$1 @rateLimit(limit: 1000000000, window: "1h", by: VIEWER)',
    );
  const requirements = readAccessRequirements(supergraph);
  const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
  const document = parse(QUERY);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const viewer = await authenticator.authenticate({ authorization: `Bearer ${token}` });
  let verdict = checkAccess(collectFieldUses(schema, operation, fragments, { id }), requirements, viewer, { isProduction: true });
  row(
    'directive checks (walk + decide)',
    await time(RUNS, () => {
      verdict = checkAccess(collectFieldUses(schema, operation, fragments, { id }), requirements, viewer, { isProduction: true });
    }),
  );
  // What the gateway runs per request since issue 11: the walk from the per-document cache, the decision per caller.
  const walks = new DocumentCache<CompiledFieldUses>();
  row(
    'directive checks (cached walk + decide)',
    await time(RUNS, () => {
      const compiled = walks.get({ document, operation }, () => compileFieldUses(schema, operation, fragments));
      verdict = checkAccess(selectFieldUses(compiled, schema, operation, { id }), requirements, viewer, { isProduction: true });
    }),
  );
  const limiter = new RateLimiter(cache);
  row(
    `rate-limit count (${cache.adapter} incr)`,
    await time(RUNS, () => limiter.consume(verdict.rateLimited, { viewer, address: '127.0.0.1' })),
  );

  // 2. End to end: checks on against checks off, interleaved so both see the same conditions.
  const subgraphUrls = Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url]));
  const on = await startGateway({ runtime: t.stack.runtime, port: 0, subgraphUrls, supergraphSdl: supergraph });
  const off = await startGateway({ runtime: t.stack.runtime, port: 0, subgraphUrls, supergraphSdl: supergraph, enforcePolicy: false });
  try {
    const send = async (url: string) => {
      const response = await t.request(QUERY, { id }, { url, token });
      if (response.status !== 200 || response.body.errors)
        throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(response.body)}`);
    };
    for (let i = 0; i < 50; i++) await Promise.all([send(on.url), send(off.url)]);
    const onSamples: number[] = [];
    const offSamples: number[] = [];
    for (let i = 0; i < HTTP_RUNS; i++) {
      for (const [url, samples] of i % 2
        ? ([
            [on.url, onSamples],
            [off.url, offSamples],
          ] as const)
        : ([
            [off.url, offSamples],
            [on.url, onSamples],
          ] as const)) {
        const started = performance.now();
        await send(url);
        samples.push(performance.now() - started);
      }
    }
    const withChecks = percentiles(onSamples);
    const baseline = percentiles(offSamples);
    row('operation, checks off (baseline)', baseline);
    row('operation, checks on', withChecks);
    console.log(
      `  added by the checks: p50 ${ms(withChecks.p50 - baseline.p50)}, p95 ${ms(withChecks.p95 - baseline.p95)} (token verification happens in both)`,
    );

    // 3. The verified-token cache end to end: a new token on every request (full ES256 checks at the
    // gateway and the subgraph) against the same token again (cached), interleaved.
    const fresh = Array.from({ length: HTTP_RUNS }, () => t.token(['RECRUITER']));
    const freshSamples: number[] = [];
    const sameSamples: number[] = [];
    const sendWith = async (tokenToSend: string, samples: number[]) => {
      const started = performance.now();
      const response = await t.request(QUERY, { id }, { url: on.url, token: tokenToSend });
      samples.push(performance.now() - started);
      if (response.status !== 200 || response.body.errors) throw new Error(`unexpected answer ${response.status}`);
    };
    for (let i = 0; i < HTTP_RUNS; i++) {
      if (i % 2) {
        await sendWith(fresh[i]!, freshSamples);
        await sendWith(token, sameSamples);
      } else {
        await sendWith(token, sameSamples);
        await sendWith(fresh[i]!, freshSamples);
      }
    }
    const uncached = percentiles(freshSamples);
    const cached = percentiles(sameSamples);
    row('operation, a new token each request', uncached);
    row('operation, the same token (cached)', cached);
    console.log(`  saved by the token cache: p50 ${ms(uncached.p50 - cached.p50)}, p95 ${ms(uncached.p95 - cached.p95)}`);
  } finally {
    await on.close();
    await off.close();
  }
} finally {
  await t.close();
}
