import { describe, expect, it } from 'vitest';
import type { InstanceSource } from './instance-source.ts';
import { DEADLINE_HEADER, ResilientSubgraphTransport } from './resilient-transport.ts';
import type { SubgraphRequest, SubgraphTransport } from './subgraph-transport.ts';

/** An instance source whose lists change, as the registry's will. */
function changingSource(initial: Record<string, string[]>) {
  const lists = new Map(Object.entries(initial));
  const listeners = new Set<(subgraph: string) => void>();
  const source: InstanceSource = {
    instances: (subgraph) => lists.get(subgraph) ?? [],
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    listeners,
    set: (subgraph: string, urls: string[]) => {
      lists.set(subgraph, urls);
      for (const listener of listeners) listener(subgraph);
    },
  };
}

/** Answers 200 from every URL and records where each call went. */
function recordingTransport(): SubgraphTransport & { sent: SubgraphRequest[] } {
  const sent: SubgraphRequest[] = [];
  return {
    sent,
    send: async (_subgraph, request) => {
      sent.push(request);
      return { url: request.url, status: 200, headers: {}, body: '{"data":{}}' };
    },
    close: async () => {},
  };
}

const request = (url = 'http://configured/graphql'): SubgraphRequest => ({
  url,
  method: 'POST',
  headers: {},
  body: '{}',
  idempotent: true,
});

describe('ResilientSubgraphTransport', () => {
  it('follows the instance source: new instances get calls, removed ones none', async () => {
    const inner = recordingTransport();
    const instances = changingSource({ talent: ['http://a/graphql'] });
    const transport = new ResilientSubgraphTransport({ transport: inner, instances: instances.source, timeoutMs: 1_000 });
    await transport.send('talent', request());
    expect(inner.sent.map((r) => r.url)).toEqual(['http://a/graphql']);
    instances.set('talent', ['http://b/graphql']);
    await transport.send('talent', request());
    expect(inner.sent.map((r) => r.url)).toEqual(['http://a/graphql', 'http://b/graphql']);
    expect(Object.keys(transport.breakerStates('talent'))).toEqual(['http://b/graphql']);
    await transport.close();
    expect(instances.listeners.size).toBe(0);
  });

  it('keeps the breakers of kept instances and lets a call in flight to a removed instance finish', async () => {
    const inner = recordingTransport();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow: SubgraphTransport = {
      send: async (subgraph, call) => {
        if (call.url === 'http://a/graphql') await held;
        return inner.send(subgraph, call);
      },
      close: async () => {},
    };
    const instances = changingSource({ talent: ['http://a/graphql', 'http://b/graphql'] });
    const transport = new ResilientSubgraphTransport({ transport: slow, instances: instances.source, timeoutMs: 1_000, random: () => 0 });
    const inFlight = transport.send('talent', request());
    // Least outstanding: the second call goes to b while a holds the first.
    await transport.send('talent', request());
    instances.set('talent', ['http://b/graphql', 'http://c/graphql']);
    expect(Object.keys(transport.breakerStates('talent'))).toEqual(['http://b/graphql', 'http://c/graphql']);
    release();
    expect((await inFlight).status).toBe(200);
    expect(inner.sent.map((r) => r.url).sort()).toEqual(['http://a/graphql', 'http://b/graphql']);
    await Promise.all(Array.from({ length: 4 }, () => transport.send('talent', request())));
    expect(inner.sent.filter((r) => r.url === 'http://a/graphql')).toHaveLength(1);
    expect(inner.sent.filter((r) => r.url === 'http://c/graphql').length).toBeGreaterThan(0);
    await transport.close();
  });

  it("sends to the request's own URL when the source knows no instance, with the time left and the call's timeout", async () => {
    const inner = recordingTransport();
    const now = 50_000;
    const transport = new ResilientSubgraphTransport({
      transport: inner,
      instances: changingSource({}).source,
      timeoutMs: 1_000,
      now: () => now,
    });
    await transport.send('search', { ...request('http://search/graphql'), deadline: now + 400 });
    await transport.send('search', request('http://search/graphql'));
    expect(inner.sent.map((r) => [r.url, r.headers[DEADLINE_HEADER], r.timeoutMs])).toEqual([
      ['http://search/graphql', '400', 400],
      ['http://search/graphql', '1000', 1_000],
    ]);
  });
});
