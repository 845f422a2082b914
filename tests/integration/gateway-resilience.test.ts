import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/gateway.ts';
import { startSubgraph } from '../../data/runtime/subgraph.ts';
import type { RunningSubgraph } from '../../platform/subgraph-server.ts';
import { subgraphBreakerState } from '../../platform/metrics.ts';
import type { RunningService } from '../../platform/service.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const LIST = '{ talents(first: 2) { totalCount edges { node { id name } } } }';

async function breakerOf(instance: string): Promise<number | undefined> {
  const { values } = await subgraphBreakerState.get();
  return values.find((value) => value.labels.subgraph === 'talent' && value.labels.instance === instance)?.value;
}

/**
 * The real gateway over HTTP (as SUBGRAPH_IN_PROCESS=false), the talent subgraph served twice from the
 * configuration's comma-separated list; one instance stops under concurrent load.
 */
describe.each(STACK_MODES)('the gateway over two instances of the talent subgraph ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let first: RunningSubgraph;
  let second: RunningSubgraph;
  let gateway: RunningService;
  let isSecondClosed = false;
  let isFirstClosed = false;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 3 });
    first = await startSubgraph(talentSubgraph, t.stack.runtime, { port: 0 });
    second = await startSubgraph(talentSubgraph, t.stack.runtime, { port: 0 });
    const { runtime } = t.stack;
    const others = Object.fromEntries(
      Object.entries(t.stack.subgraphs)
        .filter(([name]) => name !== 'talent')
        .map(([name, s]) => [name, s.url]),
    );
    const config = {
      ...runtime.config,
      subgraphUrls: { ...runtime.config.subgraphUrls, talent: first.url },
      subgraphInstances: { ...runtime.config.subgraphInstances, talent: [first.url, second.url] },
    };
    gateway = await startGateway({ runtime: { ...runtime, config }, port: 0, subgraphUrls: others });
  }, 120_000);

  afterAll(async () => {
    await gateway?.close();
    if (!isSecondClosed) await second?.close();
    if (!isFirstClosed) await first?.close();
    await t?.close();
  });

  it.runIf(available)('loses no request when one instance stops under load, and stays ready', async () => {
    const token = t.token(['VIEWER']);
    const expected = await t.request(LIST, {}, { token });
    expect(expected.body.errors).toBeUndefined();
    let completed = 0;
    const bodies: unknown[] = [];
    const worker = async () => {
      for (let i = 0; i < 25; i++) {
        bodies.push((await t.request(LIST, {}, { token, url: gateway.url })).body);
        if (++completed === 60) {
          isFirstClosed = true;
          await first.close();
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(bodies).toHaveLength(150);
    expect(bodies.filter((body) => JSON.stringify(body) !== JSON.stringify(expected.body))).toEqual([]);
    // The stopped instance was ejected (2: open); the other serves.
    expect(await breakerOf(first.url)).toBe(2);
    expect(await breakerOf(second.url)).toBe(0);
    const ready = await fetch(new URL('/ready', gateway.url));
    expect(ready.status).toBe(200);
  });

  it.runIf(available)('answers SUBGRAPH_UNAVAILABLE, without address or stack, once no instance is left', async () => {
    await second.close();
    isSecondClosed = true;
    const response = await t.request(LIST, {}, { token: t.token(['VIEWER']), url: gateway.url });
    const errors = response.body.errors as { extensions?: { code?: string } }[];
    expect(errors.map((error) => error.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace|\.ts:\d+/i);
    const ready = await fetch(new URL('/ready', gateway.url));
    expect(ready.status).toBe(503);
  });
});
