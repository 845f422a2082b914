import { composeServices } from '@apollo/composition';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LoomaGateway } from './looma-gateway.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])';
/** v1 serves `Thing.name`; v2 drops it and adds `Thing.rank`: an operation on one cannot run on the other. */
const V1 = `${LINK} type Query { things: [Thing!]! } type Thing @key(fields: "id") { id: ID! name: String! }`;
const V2 = `${LINK} type Query { things: [Thing!]! } type Thing @key(fields: "id") { id: ID! rank: Int! }`;

function supergraphOf(sdl: string): string {
  const result = composeServices([{ name: 'things', url: 'http://things.example/graphql', typeDefs: parse(sdl) }]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

/** A gate an operation waits at, opened by the test. */
function gate(): { wait: Promise<void>; open(): void } {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('LoomaGateway.update', () => {
  const subgraphs = new Map<string, GraphQLSchema>();
  let served = 'v1';
  let server: ApolloServer | undefined;
  let held: { wait: Promise<void>; reached: () => void } | undefined;

  beforeAll(() => {
    subgraphs.set('v1', buildSubgraphSchema({ typeDefs: parse(V1), resolvers: { Query: { things: () => [{ id: '1', name: 'one' }] } } }));
    subgraphs.set('v2', buildSubgraphSchema({ typeDefs: parse(V2), resolvers: { Query: { things: () => [{ id: '1', rank: 7 }] } } }));
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  // An operation that resolved against the old schema waits here (where the policy plugin's rate-limit round trip runs) while the swap happens.
  const holdPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation() {
          const hold = held;
          held = undefined;
          if (hold) {
            hold.reached();
            await hold.wait;
          }
        },
      };
    },
  };

  async function start(): Promise<{ gateway: LoomaGateway; server: ApolloServer }> {
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    served = 'v1';
    // The data sources of each supergraph are the subgraph version served when it was built.
    const gateway = new LoomaGateway({
      supergraphSdl: supergraphOf(V1),
      buildService: () => new LocalGraphQLDataSource(subgraphs.get(served)!),
    });
    server = new ApolloServer({ gateway, plugins: [holdPlugin], includeStacktraceInErrorResponses: false });
    await server.start();
    return { gateway, server };
  }

  const run = async (query: string) => {
    const response = await server!.executeOperation({ query });
    return response.body.kind === 'single' ? response.body.singleResult : undefined;
  };

  it('serves the new supergraph to new requests and lets a request in flight finish on the one it started on', async () => {
    const { gateway } = await start();
    const schemas: GraphQLSchema[] = [];
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => schemas.push(apiSchema));
    expect(await run('{ things { id name } }')).toEqual({ data: { things: [{ id: '1', name: 'one' }] } });

    const resolved = gate();
    const release = gate();
    held = { wait: release.wait, reached: resolved.open };
    const inFlight = run('{ things { id name } }');
    await resolved.wait;

    served = 'v2';
    await gateway.update(supergraphOf(V2));
    expect(schemas).toHaveLength(1);
    expect(Object.keys((schemas[0]!.getType('Thing') as GraphQLObjectType).getFields())).toEqual(['id', 'rank']);
    expect(await run('{ things { id rank } }')).toEqual({ data: { things: [{ id: '1', rank: 7 }] } });
    const gone = await run('{ things { name } }');
    expect(gone?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    release.open();
    expect(await inFlight).toEqual({ data: { things: [{ id: '1', name: 'one' }] } });
  });

  it('refuses a supergraph that does not load and keeps serving the one it has', async () => {
    const { gateway } = await start();
    const listened: unknown[] = [];
    gateway.onSchemaLoadOrUpdate((context) => listened.push(context));
    await expect(gateway.update('type Query { nothing: Int }')).rejects.toThrow();
    expect(listened).toHaveLength(0);
    expect(await run('{ things { id name } }')).toEqual({ data: { things: [{ id: '1', name: 'one' }] } });
  });
});
