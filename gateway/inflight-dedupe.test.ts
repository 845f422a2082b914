import { GraphQLError } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import { InflightDedupe, canonicalJson, type DedupeContext } from './inflight-dedupe.ts';

const typeDefs = `
  type Query { talents(first: Int!, skills: SkillFilter): [String!]!  failing: String }
  input SkillFilter { any: [String!]  all: [String!] }
  type Mutation { touch: Int! }
`;

/** Resolvers that count their executions and hold each one until `released()` says the burst has gathered. */
function countingServer(dedupe: InflightDedupe | null, released: () => boolean, extraPlugins: ApolloServerPlugin<DedupeContext>[] = []) {
  const executions = { talents: 0, failing: 0, touch: 0 };
  const gate = async () => {
    while (!released()) await new Promise((resolve) => setImmediate(resolve));
  };
  const server = new ApolloServer<DedupeContext>({
    typeDefs,
    resolvers: {
      Query: {
        talents: async (_: unknown, { first }: { first: number }) => {
          executions.talents += 1;
          await gate();
          return Array.from({ length: first }, (_, i) => `talent-${i}`);
        },
        failing: async () => {
          executions.failing += 1;
          await gate();
          throw new GraphQLError('the subgraph is down', { extensions: { code: 'STORE_UNAVAILABLE' } });
        },
      },
      Mutation: {
        touch: async () => {
          executions.touch += 1;
          await gate();
          return executions.touch;
        },
      },
    },
    plugins: [...extraPlugins, ...(dedupe ? [dedupe.plugin<DedupeContext>()] : [])],
  });
  return { server, executions };
}

const caller = (authorization: string | undefined, address = '10.0.0.1'): { contextValue: DedupeContext } => ({
  contextValue: { authorization, address },
});

const burst = <T>(n: number, run: (i: number) => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, (_, i) => run(i)));

function singleResult(response: Awaited<ReturnType<ApolloServer<DedupeContext>['executeOperation']>>) {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('in-flight deduplication (GATEWAY_DEDUPE_INFLIGHT)', () => {
  let server: ApolloServer<DedupeContext> | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('is off by default', () => {
    expect(loadConfig({ LOOMA_ENV: 'test' }).gateway.dedupeInflight).toBe(false);
    expect(loadConfig({ LOOMA_ENV: 'test', GATEWAY_DEDUPE_INFLIGHT: 'true' }).gateway.dedupeInflight).toBe(true);
    expect(() => loadConfig({ LOOMA_ENV: 'test', GATEWAY_DEDUPE_INFLIGHT: 'maybe' })).toThrow(/GATEWAY_DEDUPE_INFLIGHT/);
  });

  it('runs 20 concurrent identical queries from one caller once, and each gets its own copy of the data', async () => {
    const dedupe = new InflightDedupe();
    const counting = countingServer(dedupe, () => dedupe.waiting === 19);
    server = counting.server;
    const responses = await burst(20, () =>
      counting.server.executeOperation({ query: 'query List($n: Int!) { talents(first: $n) }', variables: { n: 3 } }, caller('Bearer a')),
    );
    expect(counting.executions.talents).toBe(1);
    const results = responses.map(singleResult);
    for (const result of results) expect(result).toEqual({ data: { talents: ['talent-0', 'talent-1', 'talent-2'] } });
    expect(new Set(results.map((result) => result.data)).size).toBe(20);
    expect(dedupe.size).toBe(0);
    expect(dedupe.waiting).toBe(0);
  });

  it('merges variables that differ only in key order, and never different variables', async () => {
    expect(canonicalJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [{ e: 2, f: 1 }] }, b: 1 }));
    const dedupe = new InflightDedupe();
    let isOpen = false; // two leaders: the first one's end lowers the count of waiting followers
    const counting = countingServer(dedupe, () => (isOpen ||= dedupe.waiting === 18));
    server = counting.server;
    const query = 'query List($n: Int!, $skills: SkillFilter) { talents(first: $n, skills: $skills) }';
    await burst(20, (i) =>
      counting.server.executeOperation(
        {
          query,
          variables: i % 2 ? { n: 2, skills: { any: ['go'], all: ['sql'] } } : { skills: { all: ['sql'], any: ['go'] }, n: i < 10 ? 2 : 4 },
        },
        caller('Bearer a'),
      ),
    );
    // Odd and even-below-10 share {n: 2, skills}; even from 10 up ask for n: 4.
    expect(counting.executions.talents).toBe(2);
    expect(dedupe.size).toBe(0);
  });

  it('never merges two callers, nor the same credential from two addresses, nor anonymous callers', async () => {
    const dedupe = new InflightDedupe();
    // Latched: once the burst has gathered, every held resolver goes on (the first leader's end lowers the count).
    let isOpen = false;
    let gathered = () => dedupe.waiting === 18 && counting.executions.talents === 12;
    const counting = countingServer(dedupe, () => (isOpen ||= gathered()));
    server = counting.server;
    const query = '{ talents(first: 1) }';
    // 30 requests: 10 per token for two tokens (one execution each), 10 anonymous (each its own).
    await burst(30, (i) =>
      counting.server.executeOperation({ query }, i < 20 ? caller(i % 2 ? 'Bearer a' : 'Bearer b') : caller(undefined)),
    );
    expect(counting.executions.talents).toBe(12);

    // One token from two addresses: two executions.
    isOpen = false;
    gathered = () => dedupe.waiting === 8 && counting.executions.talents === 14;
    await burst(10, (i) => counting.server.executeOperation({ query }, caller('Bearer a', i % 2 ? '10.0.0.1' : '10.0.0.2')));
    expect(counting.executions.talents).toBe(14);
    expect(dedupe.size).toBe(0);
  });

  it('never merges mutations', async () => {
    const dedupe = new InflightDedupe();
    const counting = countingServer(dedupe, () => counting.executions.touch === 5 || dedupe.waiting > 0);
    server = counting.server;
    await burst(5, () => counting.server.executeOperation({ query: 'mutation { touch }' }, caller('Bearer a')));
    expect(counting.executions.touch).toBe(5);
    expect(dedupe.waiting).toBe(0);
    expect(dedupe.size).toBe(0);
  });

  it('without the plugin, 20 identical queries run 20 times', async () => {
    const counting = countingServer(null, () => counting.executions.talents === 20);
    server = counting.server;
    await burst(20, () => counting.server.executeOperation({ query: '{ talents(first: 1) }' }, caller('Bearer a')));
    expect(counting.executions.talents).toBe(20);
  });

  it("shares the leader's errors with its followers, and every request still passes through didResolveOperation", async () => {
    const dedupe = new InflightDedupe();
    let resolved = 0;
    // Stands in for the policy plugin: its per-request checks and rate-limit counting run for followers too.
    const policy: ApolloServerPlugin<DedupeContext> = {
      requestDidStart: async () => ({
        didResolveOperation: async () => {
          resolved += 1;
        },
      }),
    };
    const counting = countingServer(dedupe, () => dedupe.waiting === 9, [policy]);
    server = counting.server;
    const responses = await burst(10, () => counting.server.executeOperation({ query: '{ failing }' }, caller('Bearer a')));
    expect(counting.executions.failing).toBe(1);
    expect(resolved).toBe(10);
    for (const result of responses.map(singleResult)) {
      expect(result.data).toEqual({ failing: null });
      expect(result.errors).toMatchObject([
        { message: 'the subgraph is down', path: ['failing'], extensions: { code: 'STORE_UNAVAILABLE' } },
      ]);
    }
    expect(dedupe.size).toBe(0);
  });

  it('releases the followers of a leader that fails outside execution: they run on their own', async () => {
    const dedupe = new InflightDedupe();
    let thrown = false;
    // The first request to reach execution throws out of Apollo's pipeline (an unexpected error, no willSendResponse).
    const crashOnce: ApolloServerPlugin<DedupeContext> = {
      requestDidStart: async () => ({
        executionDidStart: async () => {
          if (thrown) return;
          thrown = true;
          await new Promise<void>((resolve) => {
            const poll = () => (dedupe.waiting === 4 ? resolve() : setImmediate(poll));
            poll();
          });
          throw new Error('plugin crashed');
        },
      }),
    };
    const counting = countingServer(dedupe, () => true, [crashOnce]);
    server = counting.server;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => counting.server.executeOperation({ query: '{ talents(first: 1) }' }, caller('Bearer a'))),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1);
    const answered = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [singleResult(outcome.value)] : []));
    expect(answered).toHaveLength(4);
    for (const result of answered) expect(result.data).toEqual({ talents: ['talent-0'] });
    expect(counting.executions.talents).toBe(4);
    expect(dedupe.size).toBe(0);
    expect(dedupe.waiting).toBe(0);
  });
});
