import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/gateway.ts';
import { dedupeWaiting } from '../../gateway/inflight-dedupe.ts';
import {
  PooledSubgraphTransport,
  type SubgraphRequest,
  type SubgraphResponse,
  type SubgraphTransport,
} from '../../gateway/transport/subgraph-transport.ts';
import type { RunningService } from '../../platform/service.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * GATEWAY_DEDUPE_INFLIGHT through the real gateway: subgraph calls counted on its transport, which
 * holds them until the burst has gathered (followers waiting on their leader), so requests overlap
 * on any machine without timing assumptions.
 */
class CountingTransport implements SubgraphTransport {
  readonly calls: Record<string, number> = {};
  /** Resolves when a held call may go on; by default at once. */
  hold: () => Promise<void> = async () => undefined;
  private readonly inner: SubgraphTransport;

  constructor(inner: SubgraphTransport) {
    this.inner = inner;
  }

  async send(subgraph: string, request: SubgraphRequest): Promise<SubgraphResponse> {
    this.calls[subgraph] = (this.calls[subgraph] ?? 0) + 1;
    await this.hold();
    return this.inner.send(subgraph, request);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/** Holds calls until `count` followers wait, then lets every held call go (latched). */
function untilFollowersWait(count: number): () => Promise<void> {
  let isOpen = false;
  return async () => {
    while (!isOpen) {
      isOpen = ((await dedupeWaiting.get()).values[0]?.value ?? 0) >= count;
      if (!isOpen) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
}

/** The committed supergraph with `Query.talent` limited to 5 per window and viewer. */
function supergraphWithTalentLimit(): string {
  const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const field = /(\n\s*talent\(id: ID!\): Talent @join__field\(graph: TALENT\)[^\n]*)/;
  if (!field.test(sdl)) throw new Error('Query.talent not found in the supergraph');
  return sdl.replace(field, '$1 @rateLimit(limit: 5, window: "1h", by: VIEWER)');
}

const LIST = 'query List($n: Int!) { talents(first: $n) { edges { node { id name } } } }';

describe('in-flight deduplication at the gateway', () => {
  let t: TestStack;
  let on: RunningService;
  let off: RunningService;
  const onTransport = new CountingTransport(new PooledSubgraphTransport({ connections: 4 }));
  const offTransport = new CountingTransport(new PooledSubgraphTransport({ connections: 4 }));

  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 3 });
    const subgraphUrls = Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url]));
    const supergraphSdl = supergraphWithTalentLimit();
    const runtime = t.stack.runtime;
    const withDedupe = { ...runtime, config: { ...runtime.config, gateway: { ...runtime.config.gateway, dedupeInflight: true } } };
    on = await startGateway({ runtime: withDedupe, port: 0, subgraphUrls, supergraphSdl, transport: onTransport });
    // The stack's own configuration: off by default.
    expect(runtime.config.gateway.dedupeInflight).toBe(false);
    off = await startGateway({ runtime, port: 0, subgraphUrls, supergraphSdl, transport: offTransport });
  }, 120_000);

  afterAll(async () => {
    await on?.close();
    await off?.close();
    await t?.close();
  });

  it('runs 20 concurrent identical queries from one caller once; all 20 get the same data', async () => {
    const token = t.token(['VIEWER']);
    onTransport.calls.talent = 0;
    onTransport.hold = untilFollowersWait(19);
    const responses = await Promise.all(Array.from({ length: 20 }, () => t.request(LIST, { n: 3 }, { token, url: on.url })));
    expect(onTransport.calls.talent).toBe(1);
    const first = responses[0]!.body;
    expect((first.data as { talents: { edges: unknown[] } }).talents.edges).toHaveLength(3);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toEqual(first);
    }
    expect((await dedupeWaiting.get()).values[0]?.value).toBe(0);
  });

  it('runs them once per caller: two tokens, two subgraph calls', async () => {
    const tokens = [t.token(['VIEWER']), t.token(['VIEWER'])];
    onTransport.calls.talent = 0;
    onTransport.hold = untilFollowersWait(18);
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.request(LIST, { n: 2 }, { token: tokens[i % 2]!, url: on.url })));
    expect(onTransport.calls.talent).toBe(2);
  });

  it('never merges mutations', async () => {
    const token = t.token(['RECRUITER']);
    onTransport.calls.talent = 0;
    onTransport.hold = async () => undefined;
    const created = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.request<{ createTalent: { id: string } }>(
          'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
          { input: { name: 'Ada Dedupe' } },
          { token, url: on.url },
        ),
      ),
    );
    expect(onTransport.calls.talent).toBe(5);
    expect(new Set(created.map((response) => response.body.data?.createTalent.id)).size).toBe(5);
  });

  it('charges every merged follower its own rate-limit token: 8 identical reads with a limit of 5 → 5 answered, 3 refused', async () => {
    const token = t.token(['VIEWER']);
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>(LIST, { n: 1 }, { token, url: on.url });
    const id = page.body.data!.talents.edges[0]!.node.id;
    onTransport.calls.talent = 0;
    onTransport.hold = untilFollowersWait(4);
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => t.request('query($id: ID!) { talent(id: $id) { id } }', { id }, { token, url: on.url })),
    );
    const answered = responses.filter((response) => response.status === 200);
    const refused = responses.filter((response) => response.status === 429);
    expect(answered).toHaveLength(5);
    expect(refused).toHaveLength(3);
    for (const response of answered) expect(response.body).toEqual({ data: { talent: { id } } });
    for (const response of refused) expect(response.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Each answered request carries its own count in its headers.
    expect(new Set(answered.map((response) => response.headers.get('x-ratelimit-remaining')))).toEqual(new Set(['0', '1', '2', '3', '4']));
    expect(onTransport.calls.talent).toBe(1);
  });

  it('off (the default), 20 identical queries from one caller make 20 subgraph calls', async () => {
    const token = t.token(['VIEWER']);
    offTransport.calls.talent = 0;
    await Promise.all(Array.from({ length: 20 }, () => t.request(LIST, { n: 3 }, { token, url: off.url })));
    expect(offTransport.calls.talent).toBe(20);
  });
});
