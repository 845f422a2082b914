/**
 * `npm run bench:subgraph` (issue 11, point 6): what a subgraph does to one operation besides
 * resolving it. The talent subgraph's ApolloServer is built as platform/subgraph-server.ts builds
 * it, over the embedded stores seeded with BENCH_TALENTS demo talents, and runs the bench:gateways
 * list1 selection through `server.executeOperation` (no HTTP) in variants:
 *
 *   - before issue 11: graphql-shield + graphql-middleware, and Apollo's default cache-control
 *     plugin (its `willResolveField` runs on every field);
 *   - without permissions at all; shield with the cache-control plugin replaced by the one-hook
 *     plugin that keeps its only effect, `cache-control: no-store` (platform/cache-control.ts);
 *   - platform/permissions.ts's guards (decided once per request and rule) with the cache-control
 *     plugin, with it off and no header, and as it is now: with the no-store plugin;
 *   - graphql-js `execute` on the unprotected schema, a fresh context each run: the floor.
 *
 * The store's answer is memoised in the first two tables (what the subgraph adds around it), and
 * the second selects a field with a declared resolver on every item (`owner`). Each variant gets
 * its own schema (Apollo instruments a schema in place once a plugin has `willResolveField`).
 * Warm-up, then BENCH_ROUNDS rounds of BENCH_OPS (BENCH_STORE_OPS with the store) sequential
 * operations per variant, the variants in a rotated order each round; the median round of wall
 * time and of this process's CPU time (steadier on a shared machine). Then what the per-request
 * HTTP and context work of platform/service.ts and data/runtime/subgraph.ts costs alone.
 * Figures, not assertions.
 */
import { fileURLToPath } from 'node:url';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { execute, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
import { createLoaders } from '../../data/loaders.ts';
import type { Stores } from '../../data/ports.ts';
import { decideAccess, describeMissing } from '../../platform/access-requirements.ts';
import { createErrorFormatter, forbidden, unauthenticated } from '../../platform/errors.ts';
import { noStorePlugins } from '../../platform/cache-control.ts';
import { buildRuleTree, protectSubgraphSchema } from '../../platform/permissions.ts';
import { apolloReportingPlugins } from '../../platform/telemetry.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { readSubgraphTypeDefs } from '../../schema/subgraphs.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';
import type { TalentContext } from '../../subgraphs/talent/context.ts';
import { startTestStack } from '../support/stack.ts';

const TALENTS = Number(process.env.BENCH_TALENTS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const OPS = Number(process.env.BENCH_OPS ?? 200);
const STORE_OPS = Number(process.env.BENCH_STORE_OPS ?? 20);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 200);
const QUERY = `query List1 { talents(first: 20) { edges { node { id name headline location skills } } } }`;
/** The same list with a declared resolver on every item (Talent.owner): 20 guarded calls instead of one. */
const QUERY_PER_ITEM = `query List1Owner { talents(first: 20) { edges { node { id name headline location skills owner { id } } } } }`;

/** The permissions as they were before issue 11 (platform/permissions.ts at fa80d6f): shield rules from the same tree. */
function protectWithShield(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  type ShieldRule = ReturnType<ReturnType<typeof rule>> | typeof allow;
  const byRule = new Map<number, ShieldRule>();
  const tree: Record<string, Record<string, ShieldRule>> = {};
  for (const [type, fields] of Object.entries(buildRuleTree(schema, typeDefs))) {
    for (const [field, fieldRule] of Object.entries(fields)) {
      if (fieldRule.kind === 'open') {
        (tree[type] ??= {})[field] = allow;
        continue;
      }
      const coordinate = `${type}.${field}`;
      const { ruleId, requirements } = fieldRule;
      const shieldRule =
        byRule.get(ruleId) ??
        rule({ cache: 'contextual' })((_parent, _args, context: { viewer?: Viewer | null }) => {
          const decision = decideAccess(requirements, context.viewer ?? null);
          if (decision === 'allowed') return true;
          return decision === 'unauthenticated' ? unauthenticated() : forbidden(describeMissing(coordinate, requirements));
        });
      byRule.set(ruleId, shieldRule);
      (tree[type] ??= {})[field] = shieldRule;
    }
  }
  const permissions = shield(tree, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (_error, _parent, _args, context) =>
      (context as { viewer?: Viewer | null } | undefined)?.viewer ? forbidden('This field is not available') : unauthenticated(),
  });
  return applyMiddlewareToDeclaredResolvers(schema, permissions);
}

const t = await startTestStack('embedded', { talents: TALENTS });
try {
  const { runtime } = t.stack;
  const { config, authenticator } = runtime;
  const logger = runtime.logger.child({ service: 'talent' });
  const viewer = await authenticator.authenticate({ authorization: `Bearer ${t.token(['RECRUITER'])}` });
  if (!viewer) throw new Error('the benchmark token did not verify');
  const typeDefs = readSubgraphTypeDefs(fileURLToPath(talentSubgraph.schemaFile));
  const freshSchema = () => buildSubgraphSchema([{ typeDefs, resolvers: talentSubgraph.resolvers as GraphQLResolverMap<unknown> }]);
  // A request's context as data/runtime/subgraph.ts builds it: loaders and the domain services, each request anew.
  const stores = runtime.data.stores as Partial<Stores> as Pick<Stores, 'relational'> & Partial<Stores>;
  const newContext = (): TalentContext =>
    talentSubgraph.context(
      { viewer, loaders: createLoaders(stores, viewer), data: runtime.data as never, logger, address: '127.0.0.1' },
      runtime as never,
    );

  // The store's answer fetched once and handed back to every run: what the subgraph adds around the store, without the
  // store's own time (a pglite query on a loaded 2-core machine is milliseconds and noisy, the rest tens of µs).
  const page = await newContext().talents.list(viewer, { first: 20 });
  const withMemoisedStore = (context: TalentContext): TalentContext => {
    const talents = Object.create(context.talents) as TalentContext['talents'];
    talents.list = async () => page;
    return { ...context, talents };
  };

  const server = (
    permissions: 'shield' | 'guards' | 'none',
    cacheControl: 'plugin' | 'disabled' | 'no-store',
  ): ApolloServer<TalentContext> => {
    const schema = freshSchema();
    return new ApolloServer<TalentContext>({
      schema:
        permissions === 'shield'
          ? protectWithShield(schema, typeDefs)
          : permissions === 'guards'
            ? protectSubgraphSchema(schema, typeDefs)
            : schema,
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      introspection: !config.isProduction,
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        ...apolloReportingPlugins<TalentContext>(config),
        ...(cacheControl === 'plugin'
          ? []
          : cacheControl === 'disabled'
            ? [ApolloServerPluginCacheControlDisabled()]
            : noStorePlugins<TalentContext>()),
      ],
    });
  };
  const viaApollo = (apollo: ApolloServer<TalentContext>, query: string, context: () => TalentContext) => async () => {
    const response = await apollo.executeOperation({ query }, { contextValue: context() });
    if (response.body.kind !== 'single' || response.body.singleResult.errors)
      throw new Error(`unexpected answer: ${JSON.stringify(response.body)}`);
  };
  const variantsWith = (context: () => TalentContext, query = QUERY): { label: string; run: () => Promise<void> }[] => {
    const floorSchema = freshSchema();
    const document = parse(query);
    return [
      { label: 'before: shield, cache-control plugin', run: viaApollo(server('shield', 'plugin'), query, context) },
      { label: 'no permissions, cache-control plugin', run: viaApollo(server('none', 'plugin'), query, context) },
      { label: 'shield, no-store plugin', run: viaApollo(server('shield', 'no-store'), query, context) },
      { label: 'guards, cache-control plugin', run: viaApollo(server('guards', 'plugin'), query, context) },
      { label: 'guards, cache-control off (no header)', run: viaApollo(server('guards', 'disabled'), query, context) },
      { label: 'now: guards, no-store plugin', run: viaApollo(server('guards', 'no-store'), query, context) },
      {
        label: 'floor: graphql execute, no Apollo',
        run: async () => {
          const result = await execute({ schema: floorSchema, document, contextValue: context() });
          if (result.errors) throw new Error(`unexpected answer: ${JSON.stringify(result.errors)}`);
        },
      },
    ];
  };
  const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  /** µs per op of one batch: wall clock, and this process's CPU time (steadier when other processes share the cores). */
  const timeBatch = async (run: () => unknown, count: number) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < count; i++) await run();
    const wall = ((performance.now() - started) * 1000) / count;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / count };
  };

  const measure = async (title: string, variants: { label: string; run: () => Promise<void> }[], ops: number) => {
    for (const variant of variants) await variant.run();
    console.log(`${title}: ${ROUNDS} rounds × ${ops} ops per variant after ${WARM_UP} warm-up ops, rotated order; median round`);
    for (const variant of variants) await timeBatch(variant.run, WARM_UP);
    const wall = variants.map(() => [] as number[]);
    const cpu = variants.map(() => [] as number[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < variants.length; k++) {
        const index = (k + round) % variants.length;
        const batch = await timeBatch(variants[index]!.run, ops);
        wall[index]!.push(batch.wall);
        cpu[index]!.push(batch.cpu);
      }
    }
    const cpuBefore = medianOf(cpu[0]!);
    console.log(`  ${'variant'.padEnd(40)} ${'ops/s'.padStart(6)} ${'wall µs/op'.padStart(11)} ${'CPU µs/op'.padStart(10)}   CPU × before`);
    for (const [index, variant] of variants.entries()) {
      const [perOp, cpuPerOp] = [medianOf(wall[index]!), medianOf(cpu[index]!)];
      console.log(
        `  ${variant.label.padEnd(40)} ${Math.round(1e6 / perOp)
          .toString()
          .padStart(6)} ${perOp.toFixed(0).padStart(11)} ${cpuPerOp.toFixed(0).padStart(10)}   ${(cpuBefore / cpuPerOp).toFixed(2)}`,
      );
    }
  };

  console.log(`subgraph path: the talent subgraph, list1 (talents(first: 20), 5 fields), ${TALENTS} talents, embedded stores`);
  const memoised = () => withMemoisedStore(newContext());
  await measure('the store answer memoised (what the subgraph adds)', variantsWith(memoised), OPS);
  const perItem = variantsWith(memoised, QUERY_PER_ITEM).filter((variant) => /before|now|^shield, no-store|floor/.test(variant.label));
  await measure('the same with a declared resolver on each item (owner { id }), store answer memoised', perItem, OPS);
  await measure('with the store (pglite in process)', variantsWith(newContext), STORE_OPS);

  // The per-request work around execution, alone.
  const headers = {
    host: '127.0.0.1:4001',
    connection: 'keep-alive',
    'content-type': 'application/json',
    accept: 'application/json',
    authorization: `Bearer ${t.token(['RECRUITER'])}`,
    'content-length': '120',
    'user-agent': 'undici',
    traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
  } as Record<string, string | string[] | undefined>;
  const body = JSON.stringify({ query: QUERY, variables: {} });
  const parts: [string, () => unknown][] = [
    ['context: loaders + domain services', newContext],
    ['  of which createLoaders', () => createLoaders(stores, viewer)],
    ['URL parse (new URL)', () => new URL('/graphql', 'http://localhost')],
    [
      'HeaderMap copy of 8 headers',
      () => {
        const map = new HeaderMap();
        for (const [key, value] of Object.entries(headers)) {
          if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        return map;
      },
    ],
    ['body: JSON.parse', () => JSON.parse(body)],
  ];
  console.log('per-request work alone (µs/op, median of rounds of 20,000)');
  for (const [label, run] of parts) {
    const rounds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      for (let i = 0; i < 20_000; i++) run();
      rounds.push(((performance.now() - started) * 1000) / 20_000);
    }
    console.log(`  ${label.padEnd(40)} ${medianOf(rounds).toFixed(2).padStart(8)} µs/op`);
  }
} finally {
  await t.close();
}
