/**
 * `npx tsx tests/bench/gateway-executor.ts` (issue 11, points 2 and 3): the gateway's own CPU work
 * per operation, stock `ApolloGateway` against Looma's (gateway/executor/looma-gateway.ts), each
 * under a bare ApolloServer driven by `executeOperation` (no HTTP, no plugins), over the same stub
 * data sources. The stubs answer every subgraph fetch with a canned response made once from the
 * fetch's own selection (JSON parsed again on each call, as a remote data source would), so the
 * figures are the gateway's planning, plan execution and result shaping alone: a CPU
 * micro-benchmark, never a test. The three operations of bench:gateways, rounds alternating which
 * gateway goes first; operations per CPU second of this process (wall time swings with the
 * machine's load), the median per gateway and of Looma ÷ stock. Both answers are compared first.
 *
 *   BENCH_ROUNDS (default 5), BENCH_OPS (operations per gateway, operation and round; default 1500)
 */
import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
  Kind,
  parse,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type GraphQLCompositeType,
} from 'graphql';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { LoomaGateway } from '../../gateway/executor/looma-gateway.ts';
import { supergraphForGateway } from '../../gateway/policy.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OPS = Number(process.env.BENCH_OPS ?? 1500);
const LIST_LENGTH = 20;

const OPERATIONS = {
  list1: { query: `query List1 { talents(first: 20) { edges { node { id name headline location skills } } } }`, variables: {} },
  list2: {
    query: `query List2 { talents(first: 20) { edges { node { id name headline location skills resumes { id filename } } } } }`,
    variables: {},
  },
  profile: {
    query: `query Profile($id: ID!) { talent(id: $id) { id name headline location skills resumes { id filename } similar(first: 3) { score talent { id name } } } }`,
    variables: { id: 'talent-1' },
  },
} as const;
type OperationName = keyof typeof OPERATIONS;

/** A value for every selected field, by its type in the API schema; `_entities` answers each representation. */
function fill(schema: GraphQLSchema, type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined, n: number): unknown {
  if (isNonNullType(type)) return fill(schema, type.ofType, selectionSet, n);
  if (isListType(type)) return Array.from({ length: selectionSet ? LIST_LENGTH : 3 }, (_, i) => fill(schema, type.ofType, selectionSet, i));
  const named = getNamedType(type);
  if (!selectionSet) {
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (named.name === 'Int' || named.name === 'Float') return n + 1;
    if (named.name === 'Boolean') return n % 2 === 0;
    return `${named.name.toLowerCase()}-${n}`;
  }
  return fillObject(schema, named as GraphQLCompositeType, selectionSet, n);
}

function fillObject(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  n: number,
): Record<string, unknown> {
  const concrete = isAbstractType(parent) ? schema.getPossibleTypes(parent)[0]! : parent;
  const result: Record<string, unknown> = {};
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (selection.name.value === '__typename') result[key] = concrete.name;
      else
        result[key] = fill(
          schema,
          (concrete as { getFields(): Record<string, { type: GraphQLOutputType }> }).getFields()[selection.name.value]!.type,
          selection.selectionSet,
          n,
        );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : concrete;
      if (type && isObjectType(type)) Object.assign(result, fillObject(schema, type, selection.selectionSet, n));
    }
  }
  return result;
}

/** Canned answers by subgraph operation (and representation count), each served as fresh JSON. */
function stubDataSource(schema: GraphQLSchema): GraphQLDataSource {
  const canned = new Map<string, string>();
  return {
    async process(options) {
      const { request } = options;
      const representations = request.variables?.representations as Record<string, unknown>[] | undefined;
      const key = `${request.query}#${representations?.length ?? ''}`;
      let body = canned.get(key);
      if (body === undefined) {
        const operation = parse(request.query!).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('a fetch without an operation');
        const data: Record<string, unknown> = {};
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== Kind.FIELD) continue;
          const key = selection.alias?.value ?? selection.name.value;
          if (selection.name.value === '_entities') {
            data[key] = representations!.map((representation, i) => {
              const type = schema.getType(representation.__typename as string);
              return {
                ...fillObject(schema, type as GraphQLCompositeType, selection.selectionSet!, i),
                __typename: representation.__typename,
              };
            });
          } else {
            data[key] = fill(schema, schema.getQueryType()!.getFields()[selection.name.value]!.type, selection.selectionSet, 0);
          }
        }
        body = JSON.stringify({ data });
        canned.set(key, body);
      }
      return JSON.parse(body) as { data: Record<string, unknown> };
    },
  };
}

async function serverOf(kind: 'stock' | 'looma', supergraphSdl: string): Promise<ApolloServer> {
  let schema: GraphQLSchema | undefined;
  const dataSource: GraphQLDataSource = { process: (options) => stub!.process(options) };
  let stub: GraphQLDataSource | undefined;
  const buildService = () => dataSource;
  const gateway = kind === 'stock' ? new ApolloGateway({ supergraphSdl, buildService }) : new LoomaGateway({ supergraphSdl, buildService });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    schema = apiSchema;
    stub = stubDataSource(schema);
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  return server;
}

/** Operations per CPU second of this process (user + system): steadier than wall time on a shared, loaded machine. */
async function run(server: ApolloServer, operation: OperationName, count: number): Promise<number> {
  const { query, variables } = OPERATIONS[operation];
  const started = process.cpuUsage();
  for (let i = 0; i < count; i++) await server.executeOperation({ query, variables });
  const used = process.cpuUsage(started);
  return count / ((used.user + used.system) / 1e6);
}

async function answer(server: ApolloServer, operation: OperationName): Promise<unknown> {
  const { query, variables } = OPERATIONS[operation];
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

const supergraphSdl = supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
const servers = { stock: await serverOf('stock', supergraphSdl), looma: await serverOf('looma', supergraphSdl) };
for (const operation of Object.keys(OPERATIONS) as OperationName[]) {
  const [stock, looma] = [await answer(servers.stock, operation), await answer(servers.looma, operation)];
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(stock)), JSON.parse(JSON.stringify(looma))))
    throw new Error(`${operation}: the two gateways answer differently:\n${JSON.stringify(stock)}\n${JSON.stringify(looma)}`);
  const errors = (stock as { errors?: unknown[] }).errors;
  if (errors) throw new Error(`${operation}: ${JSON.stringify(errors)}`);
}
console.log(`gateway executor micro-benchmark: ${ROUNDS} rounds × ${OPS} executeOperation calls per gateway and operation`);
for (const operation of Object.keys(OPERATIONS) as OperationName[]) {
  await run(servers.stock, operation, OPS / 5);
  await run(servers.looma, operation, OPS / 5);
  const rates = { stock: [] as number[], looma: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order: ('stock' | 'looma')[] = round % 2 === 0 ? ['stock', 'looma'] : ['looma', 'stock'];
    for (const kind of order) rates[kind].push(await run(servers[kind], operation, OPS));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratios = rates.looma.map((rate, i) => rate / rates.stock[i]!);
  console.log(
    `${operation.padEnd(8)} stock ${median(rates.stock).toFixed(0).padStart(6)} ops/CPU-s  looma ${median(rates.looma).toFixed(0).padStart(6)} ops/CPU-s  ` +
      `looma ÷ stock ${median(ratios).toFixed(2)} (median; rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
}
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await Promise.all([servers.stock.stop(), servers.looma.stop()]);
