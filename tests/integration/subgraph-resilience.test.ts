import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { StaticInstanceSource } from '../../gateway/transport/instance-source.ts';
import {
  DEADLINE_HEADER,
  ResilientSubgraphTransport,
  type ResilientTransportOptions,
} from '../../gateway/transport/resilient-transport.ts';
import { PooledSubgraphTransport, type SubgraphRequest } from '../../gateway/transport/subgraph-transport.ts';
import { subgraphRetries } from '../../platform/metrics.ts';

type Behaviour = 'answer' | 'fail' | 'hang';

/** A stand-in subgraph instance: canned GraphQL answers after a short pause, a 503, or no answer at all. It counts its calls. */
async function startInstance() {
  const calls = { query: 0, mutation: 0 };
  const deadlines: number[] = [];
  let behaviour: Behaviour = 'answer';
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string };
      calls[query.startsWith('mutation') ? 'mutation' : 'query']++;
      deadlines.push(Number(req.headers[DEADLINE_HEADER]));
      if (behaviour === 'hang') return;
      if (behaviour === 'fail') {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"errors":[{"message":"down"}]}');
        return;
      }
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"ok":true}}'), 2);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    calls,
    deadlines,
    total: () => calls.query + calls.mutation,
    setBehaviour: (b: Behaviour) => (behaviour = b),
    /** Gone: open sockets destroyed mid-request, new connections refused. */
    kill: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

type Instance = Awaited<ReturnType<typeof startInstance>>;

const open: { transports: ResilientSubgraphTransport[]; instances: Instance[] } = { transports: [], instances: [] };

afterEach(async () => {
  await Promise.all(open.transports.splice(0).map((transport) => transport.close()));
  await Promise.all(open.instances.splice(0).map((instance) => instance.kill().catch(() => undefined)));
});

async function twoInstances(options: Partial<ResilientTransportOptions> = {}) {
  const a = await startInstance();
  const b = await startInstance();
  open.instances.push(a, b);
  const transport = new ResilientSubgraphTransport({
    transport: new PooledSubgraphTransport({ connections: 8 }),
    instances: new StaticInstanceSource({ stand_in: [a.url, b.url] }),
    timeoutMs: 10_000,
    ...options,
  });
  open.transports.push(transport);
  return { a, b, transport };
}

function call(document: string, extra: Partial<SubgraphRequest> = {}): SubgraphRequest {
  return {
    url: 'http://127.0.0.1:1/unused',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document }),
    idempotent: !document.startsWith('mutation'),
    ...extra,
  };
}

/** looma_subgraph_retries_total of the stand-in subgraph. */
async function retriesCounted(): Promise<number> {
  const { values } = await subgraphRetries.get();
  return values.find((value) => value.labels.subgraph === 'stand_in')?.value ?? 0;
}

const QUERY = 'query { ok }';
const MUTATION = 'mutation { ok }';

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'answered';
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).message).not.toMatch(/127\.0\.0\.1|ECONN|socket/i);
    return (error as GraphQLError).extensions.code;
  }
}

describe('the resilient transport over two instances of a subgraph', () => {
  it('loses no query when one instance is killed under concurrent load', async () => {
    const { a, b, transport } = await twoInstances();
    let completed = 0;
    const statuses: number[] = [];
    const failures: unknown[] = [];
    const worker = async () => {
      for (let i = 0; i < 60; i++) {
        try {
          const response = await transport.send('stand_in', call(QUERY));
          statuses.push(response.status);
        } catch (error) {
          failures.push(error);
        }
        if (++completed === 150) await a.kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures).toEqual([]);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(statuses).toHaveLength(480);
    expect(a.calls.query).toBeGreaterThan(0);
    expect(b.calls.query).toBeGreaterThan(a.calls.query);
    expect(transport.breakerStates('stand_in')[a.url]).toBe('open');
  });

  it('never retries a mutation: one call for a mutation to a failing instance, two for a query', async () => {
    const { a, b, transport } = await twoInstances();
    a.setBehaviour('fail');
    b.setBehaviour('fail');
    const retriesBefore = await retriesCounted();
    const mutation = await transport.send('stand_in', call(MUTATION));
    expect(mutation.status).toBe(503);
    expect(a.calls.mutation + b.calls.mutation).toBe(1);
    const query = await transport.send('stand_in', call(QUERY));
    expect(query.status).toBe(503);
    expect(a.calls.query + b.calls.query).toBe(2);
    expect(a.calls.query).toBe(1);
    expect(await retriesCounted()).toBe(retriesBefore + 1);
  });

  it("keeps the first instance's 5xx answer when the retry gets no answer at all", async () => {
    const { a, b, transport } = await twoInstances({ random: () => 0 });
    a.setBehaviour('fail');
    await b.kill();
    const response = await transport.send('stand_in', call(QUERY));
    expect(response.status).toBe(503);
    expect(a.calls.query).toBe(1);
  });

  it('opens the breaker of a failing instance, and closes it once the instance recovers', async () => {
    const { a, b, transport } = await twoInstances({ failureThreshold: 3, baseEjectionMs: 1_500 });
    a.setBehaviour('fail');
    for (let i = 0; i < 200 && transport.breakerStates('stand_in')[a.url] !== 'open'; i++) {
      expect((await transport.send('stand_in', call(QUERY))).status).toBe(200);
    }
    expect(transport.breakerStates('stand_in')[a.url]).toBe('open');
    expect(a.calls.query).toBe(3);
    // Ejected: everything goes to b while the breaker is open.
    const bBefore = b.calls.query;
    expect((await transport.send('stand_in', call(QUERY))).status).toBe(200);
    expect(b.calls.query).toBe(bBefore + 1);

    a.setBehaviour('answer');
    for (let waited = 0; transport.breakerStates('stand_in')[a.url] === 'open' && waited < 20_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(transport.breakerStates('stand_in')[a.url]).toBe('half-open');
    for (let i = 0; i < 200 && a.calls.query === 3; i++) {
      expect((await transport.send('stand_in', call(QUERY))).status).toBe(200);
    }
    expect(a.calls.query).toBe(4);
    expect(transport.breakerStates('stand_in')[a.url]).toBe('closed');
  });

  it('answers SUBGRAPH_UNAVAILABLE, without an address, when every instance is down', async () => {
    const { a, b, transport } = await twoInstances({ failureThreshold: 2 });
    await a.kill();
    await b.kill();
    for (let i = 0; i < 6; i++) {
      expect(await codeOf(transport.send('stand_in', call(QUERY)))).toBe('SUBGRAPH_UNAVAILABLE');
      expect(await codeOf(transport.send('stand_in', call(MUTATION)))).toBe('SUBGRAPH_UNAVAILABLE');
    }
    // One instance was ejected; the other, the last healthy one, never is.
    const states = Object.values(transport.breakerStates('stand_in')).sort();
    expect(states).toEqual(['closed', 'open']);
  });

  it('sends the time left on, and retries nothing once the deadline has passed', async () => {
    const { a, b, transport } = await twoInstances();
    expect((await transport.send('stand_in', call(QUERY, { deadline: Date.now() + 60_000 }))).status).toBe(200);
    const sent = [...a.deadlines, ...b.deadlines];
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBeGreaterThan(0);
    // The call's own timeout (10 s) is shorter than the request's minute.
    expect(sent[0]).toBeLessThanOrEqual(10_000);

    a.setBehaviour('hang');
    b.setBehaviour('hang');
    const callsBefore = a.total() + b.total();
    const retriesBefore = await retriesCounted();
    const started = Date.now();
    expect(await codeOf(transport.send('stand_in', call(QUERY, { deadline: Date.now() + 300 })))).toBe('SUBGRAPH_UNAVAILABLE');
    // Ended by the deadline, not by the 10 s timeout; the other instance never asked.
    expect(Date.now() - started).toBeLessThan(9_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(a.total() + b.total()).toBeLessThanOrEqual(callsBefore + 1);
    expect(await retriesCounted()).toBe(retriesBefore);
  });
});
