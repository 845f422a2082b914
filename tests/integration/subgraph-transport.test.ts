import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/gateway.ts';
import { PooledSubgraphTransport } from '../../gateway/transport/subgraph-transport.ts';
import type { RunningService } from '../../platform/service.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

type Behaviour = 'answer' | 'cut-mid-response';

/** A stand-in talent subgraph: answers every call after a pause, or cuts the socket halfway through the body. */
async function startStubSubgraph(): Promise<{
  url: string;
  sockets: () => number;
  setBehaviour: (b: Behaviour) => void;
  close: () => Promise<void>;
}> {
  let sockets = 0;
  let behaviour: Behaviour = 'answer';
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const body = JSON.stringify({ data: { talents: { edges: [] } } });
      if (behaviour === 'cut-mid-response') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
        res.write(body.slice(0, 10));
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(body), 30);
    });
  });
  server.on('connection', () => sockets++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    sockets: () => sockets,
    setBehaviour: (b) => (behaviour = b),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('the gateway calls subgraphs through bounded keep-alive pools', () => {
  const connections = 4;
  let t: TestStack;
  let stub: Awaited<ReturnType<typeof startStubSubgraph>>;
  let gateway: RunningService;

  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 1 });
    stub = await startStubSubgraph();
    const subgraphUrls = { ...Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url])), talent: stub.url };
    gateway = await startGateway({
      runtime: t.stack.runtime,
      port: 0,
      subgraphUrls,
      transport: new PooledSubgraphTransport({ connections }),
    });
  }, 120_000);

  afterAll(async () => {
    await gateway?.close();
    await stub?.close();
    await t?.close();
  });

  it(`answers 40 concurrent requests over at most ${connections} sockets to the subgraph`, async () => {
    stub.setBehaviour('answer');
    const token = t.token(['VIEWER']);
    const responses = await Promise.all(
      Array.from({ length: 40 }, () => t.request('{ talents(first: 1) { edges { node { id } } } }', {}, { token, url: gateway.url })),
    );
    for (const response of responses) expect(response.body).toEqual({ data: { talents: { edges: [] } } });
    expect(stub.sockets()).toBeGreaterThan(0);
    expect(stub.sockets()).toBeLessThanOrEqual(connections);
  });

  it('turns a subgraph that closes the connection mid-response into a GraphQL error, and keeps serving', async () => {
    const token = t.token(['VIEWER']);
    stub.setBehaviour('cut-mid-response');
    const cut = await t.request('{ talents(first: 1) { edges { node { id } } } }', {}, { token, url: gateway.url });
    expect(cut.body.data ?? null).toBeNull();
    const errors = cut.body.errors as { message: string; extensions?: { code?: string } }[];
    // The socket error is logged, never returned: no stack, no address of the subgraph.
    expect(errors.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(errors)).not.toMatch(/127\.0\.0\.1|socket|closed|\.ts:\d+/i);

    stub.setBehaviour('answer');
    const after = await t.request('{ talents(first: 1) { edges { node { id } } } }', {}, { token, url: gateway.url });
    expect(after.body).toEqual({ data: { talents: { edges: [] } } });
  });
});
