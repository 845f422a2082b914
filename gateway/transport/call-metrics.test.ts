import { describe, expect, it } from 'vitest';
import { subgraphCallDuration, subgraphCalls } from '../../platform/metrics.ts';
import { callOutcome } from './call-metrics.ts';
import { InProcessDataSource } from './in-process.ts';
import { ResilientSubgraphTransport } from './resilient-transport.ts';
import { StaticInstanceSource } from './instance-source.ts';
import type { SubgraphTransport } from './subgraph-transport.ts';

/** The calls counted for a subgraph, by `instance/outcome`. */
async function callsOf(subgraph: string): Promise<Record<string, number>> {
  const counted: Record<string, number> = {};
  for (const value of (await subgraphCalls.get()).values)
    if (value.labels.subgraph === subgraph) counted[`${value.labels.instance}/${value.labels.outcome}`] = value.value;
  return counted;
}

async function observedOf(subgraph: string, instance: string): Promise<number | undefined> {
  return (await subgraphCallDuration.get()).values.find(
    (value) => value.metricName?.endsWith('_count') && value.labels.subgraph === subgraph && value.labels.instance === instance,
  )?.value;
}

describe('subgraph call metrics', () => {
  it('classifies an answer by status class and a failure by its cause', () => {
    expect(callOutcome(200)).toBe('ok');
    expect(callOutcome(404)).toBe('4xx');
    expect(callOutcome(503)).toBe('5xx');
    expect(callOutcome(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe('refused');
    expect(callOutcome(Object.assign(new Error('slow'), { code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe('timeout');
    expect(callOutcome(new Error('reset'))).toBe('error');
  });

  it('counts each call of the resilient transport by instance origin and outcome, a retry on the other instance too', async () => {
    const inner: SubgraphTransport = {
      send: async (_subgraph, request) => {
        if (request.url.startsWith('http://a.test:4001')) throw Object.assign(new Error('refused'), { code: 'ECONNREFUSED' });
        return { url: request.url, status: request.url.includes('/fail') ? 500 : 200, headers: {}, body: '{}' };
      },
      close: async () => {},
    };
    const transport = new ResilientSubgraphTransport({
      transport: inner,
      instances: new StaticInstanceSource({ metered: ['http://a.test:4001/graphql', 'http://b.test:4002/graphql'] }),
      timeoutMs: 1_000,
      random: () => 0,
    });
    for (let i = 0; i < 4; i++)
      await transport.send('metered', { url: 'http://a.test:4001/graphql', method: 'POST', headers: {}, body: '{}', idempotent: true });
    const counted = await callsOf('metered');
    // Every call that reached an instance is counted once; the refused ones were retried on b.
    expect(counted['http://b.test:4002/ok']).toBe(4);
    expect(counted['http://a.test:4001/refused']).toBeGreaterThanOrEqual(1);
    expect(Object.keys(counted).every((key) => !key.includes('/graphql'))).toBe(true);
    expect(await observedOf('metered', 'http://b.test:4002')).toBe(4);
    await transport.close();
  });

  it('counts in-process calls as instance `in-process`', async () => {
    const source = new InProcessDataSource(
      {
        name: 'metered-local',
        execute: async (request) => ({ status: request.query.includes('bad') ? 400 : 200, result: { data: {} } }),
        ready: async () => {},
      },
      'http://127.0.0.1:1/graphql',
    );
    const process = (query: string) =>
      source.process({ request: { query }, context: {} } as unknown as Parameters<typeof source.process>[0]).catch(() => undefined);
    await process('{ ok }');
    await process('{ ok }');
    await process('{ bad }');
    expect(await callsOf('metered-local')).toEqual({ 'in-process/ok': 2, 'in-process/4xx': 1 });
  });
});
