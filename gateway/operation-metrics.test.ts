import { ApolloServer } from '@apollo/server';
import { Counter, Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { operationMetricsPlugin, sdkOperationNames } from './operation-metrics.ts';

/** A server with the plugin over metrics of a registry of its own. */
async function meteredServer(options: { knownOperations?: string[]; maxSeenNames?: number } = {}) {
  const registry = new Registry();
  const histogram = new Histogram({
    name: 'test_operation_duration_seconds',
    help: 'test',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  });
  const counter = new Counter({
    name: 'test_operations_total',
    help: 'test',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String, fails: String } type Mutation { touch: Boolean }',
    resolvers: {
      Query: {
        hello: () => 'hi',
        fails: () => {
          throw Object.assign(new Error('nope'), { extensions: { code: 'FORBIDDEN' } });
        },
      },
      Mutation: { touch: () => true },
    },
    plugins: [operationMetricsPlugin({ ...options, histogram, counter })],
  });
  await server.start();
  const run = (query: string, operationName?: string) => server.executeOperation({ query, operationName });
  const counted = async () =>
    Object.fromEntries((await counter.get()).values.map((v) => [`${v.labels.type} ${v.labels.operation} ${v.labels.outcome}`, v.value]));
  const observed = async () =>
    Object.fromEntries(
      (await histogram.get()).values
        .filter((v) => v.metricName === 'test_operation_duration_seconds_count')
        .map((v) => [`${v.labels.type} ${v.labels.operation}`, v.value]),
    );
  return { server, run, counted, observed };
}

describe('operation metrics', () => {
  it('counts each operation by name, type and outcome, and times it', async () => {
    const { server, run, counted, observed } = await meteredServer({ knownOperations: ['Hello'] });
    await run('query Hello { hello }');
    await run('query Hello { hello }');
    await run('query Hello { fails }');
    await run('mutation Touch { touch }');
    await run('{ hello }');
    expect(await counted()).toEqual({
      'query Hello ok': 2,
      'query Hello FORBIDDEN': 1,
      'mutation Touch ok': 1,
      'query anonymous ok': 1,
    });
    expect(await observed()).toEqual({ 'query Hello': 3, 'mutation Touch': 1, 'query anonymous': 1 });
    await server.stop();
  });

  it('bounds the operation label: past the cap, and for documents that never resolved, a new name is `other`', async () => {
    const { server, run, counted } = await meteredServer({ knownOperations: ['Hello'], maxSeenNames: 2 });
    for (const name of ['A', 'B', 'C', 'D']) await run(`query ${name} { hello }`);
    await run('query Hello { nope }');
    await run('query Broken {', 'Broken');
    expect(await counted()).toEqual({
      'query A ok': 1,
      'query B ok': 1,
      'query other ok': 2,
      'unknown Hello GRAPHQL_VALIDATION_FAILED': 1,
      'unknown other GRAPHQL_PARSE_FAILED': 1,
    });
    await server.stop();
  });

  it('knows the SDK operations by default', () => {
    const names = sdkOperationNames();
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
  });
});
