import type { TestStack } from './stack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A read a test polls through the gateway, made as a well-behaved client makes it: no more often than
 * the field's `@rateLimit` allows (`perMinute`), a refusal (429) waited out for its `retry-after` and
 * asked again, and any other error thrown with its answer, so that a failing read is never taken for
 * an empty one. A test that polled `services` (60 a minute) every 100 ms spent the minute's calls while
 * a spawned instance booted on a loaded machine, and its next read came back refused.
 */
export function pacedRead<T>(t: TestStack, token: string, query: string, perMinute: number): () => Promise<T> {
  const gapMs = Math.ceil(60_000 / perMinute);
  let lastCallAt = 0;
  return async () => {
    for (let refusals = 0; ; refusals++) {
      const wait = lastCallAt + gapMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastCallAt = Date.now();
      const { status, headers, body } = await t.request<T>(query, {}, { token });
      if (status === 429 && refusals < 3) {
        await sleep(Number(headers.get('retry-after') ?? 1) * 1_000);
        continue;
      }
      if (body.errors?.length || !body.data) throw new Error(`${query} answered ${status}: ${JSON.stringify(body.errors)}`);
      return body.data;
    }
  };
}

export interface RegistryInstance {
  id: string;
  url: string;
  state: string;
  version: string;
  schemaHash: string;
  lastHeartbeatAt: string;
}

export interface RegistryEventNode {
  instanceId: string;
  kind: string;
  toState: string | null;
  detail: string | null;
}

const SERVICES = '{ services { name instances { id url state version schemaHash lastHeartbeatAt } } }';
const EVENTS = '{ registryEvents(first: 200) { edges { node { instanceId kind toState detail } } } }';

/** The registry's operator reads (`services`, `registryEvents`: 60 a minute per organisation each), paced. */
export function registryReads(t: TestStack, token: string) {
  const readServices = pacedRead<{ services: { name: string; instances: RegistryInstance[] }[] }>(t, token, SERVICES, 60);
  const readEvents = pacedRead<{ registryEvents: { edges: { node: RegistryEventNode }[] } }>(t, token, EVENTS, 60);
  const services = async () => (await readServices()).services;
  return {
    services,
    /** The instances of one service (none when it has none registered). */
    instancesOf: async (name: string) => (await services()).find((service) => service.name === name)?.instances ?? [],
    events: async () => (await readEvents()).registryEvents.edges.map((edge) => edge.node),
  };
}
