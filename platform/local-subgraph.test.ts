import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import type { Authenticator, Credentials } from './auth.ts';
import { createErrorFormatter, unauthenticated } from './errors.ts';
import { createLocalSubgraph } from './local-subgraph.ts';
import { createLogger } from './logger.ts';
import type { Viewer } from './viewer.ts';

const logger = createLogger('test', 'silent');
const viewer: Viewer = { userId: 'u1', orgId: 'o1', roles: ['RECRUITER'], scopes: [], via: 'token' };

interface Context {
  viewer: Viewer | null;
  address: string | undefined;
}

/** A one-field subgraph whose resolver answers with what its context holds. */
async function subgraph(context: (identity: { viewer: Viewer | null; credentials: Credentials }) => Promise<Context>) {
  const server = new ApolloServer<Context>({
    typeDefs: 'type Query { whoAmI: String }',
    resolvers: { Query: { whoAmI: (_: unknown, __: unknown, ctx: Context) => `${ctx.viewer?.userId ?? 'anonymous'}@${ctx.address}` } },
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  const authenticator = {
    async authenticate({ authorization }: Credentials) {
      if (!authorization) return null;
      if (authorization !== 'Bearer good') throw unauthenticated('The token is not valid');
      return viewer;
    },
  } as Authenticator;
  return { server, local: createLocalSubgraph<Context>({ name: 'talent', server, authenticator, logger, context }) };
}

const fromIdentity = async ({ viewer, credentials }: { viewer: Viewer | null; credentials: Credentials }) => ({
  viewer,
  address: credentials.address,
});

describe('createLocalSubgraph', () => {
  it("builds the subgraph's context from the verified caller and its address, then runs the operation", async () => {
    const { server, local } = await subgraph(fromIdentity);
    const caller = { authorization: 'Bearer good', address: '203.0.113.9' };
    expect(await local.execute({ query: '{ whoAmI }' }, caller)).toEqual({ status: 200, result: { data: { whoAmI: 'u1@203.0.113.9' } } });
    expect(await local.execute({ query: '{ whoAmI }' }, { address: '203.0.113.9' })).toEqual({
      status: 200,
      result: { data: { whoAmI: 'anonymous@203.0.113.9' } },
    });
    await server.stop();
  });

  it('answers a refused credential as the HTTP endpoint does: its status and one error with its code, before Apollo runs', async () => {
    const { server, local } = await subgraph(fromIdentity);
    expect(await local.execute({ query: '{ whoAmI }' }, { authorization: 'Bearer forged' })).toEqual({
      status: 401,
      result: { errors: [{ message: 'The token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    await server.stop();
  });

  it('answers an unexpected failure while building the context with a bare 500, no internals', async () => {
    const { server, local } = await subgraph(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
    });
    expect(await local.execute({ query: '{ whoAmI }' }, {})).toEqual({
      status: 500,
      result: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    await server.stop();
  });

  it("gives Apollo's status for a document that does not validate", async () => {
    const { server, local } = await subgraph(fromIdentity);
    const response = await local.execute({ query: '{ nope }' }, {});
    expect(response.status).toBe(400);
    expect(response.result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await server.stop();
  });

  it('is ready while its server runs, and not once it stopped', async () => {
    const { server, local } = await subgraph(fromIdentity);
    await expect(local.ready()).resolves.toBeUndefined();
    await server.stop();
    await expect(local.ready()).rejects.toThrow();
  });
});
