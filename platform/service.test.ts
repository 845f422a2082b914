import http from 'node:http';
import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import type { ServiceRegistration } from './registration.ts';
import { startService, type RunningService } from './service.ts';

// The stop of a service whose client (the gateway's undici pool) keeps keep-alive sockets open: it
// used to wait out SHUTDOWN_TIMEOUT_MS for sockets that answered and stayed open.
const SHUTDOWN_TIMEOUT_MS = 60_000;

interface Answer {
  status: number;
  connection: string | undefined;
  body: string;
}

describe('startService close under keep-alive', () => {
  let service: RunningService | undefined;
  const agents: http.Agent[] = [];
  afterEach(async () => {
    for (const agent of agents.splice(0)) agent.destroy();
    await service?.close();
    service = undefined;
  });

  /** A service whose `slow` field answers when the test releases it. */
  async function start(): Promise<{ release: () => void; started: Promise<void> }> {
    let release!: () => void;
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const server = new ApolloServer({
      typeDefs: 'type Query { fast: String, slow: String }',
      resolvers: {
        Query: {
          fast: () => 'fast',
          slow: async () => {
            markStarted();
            await released;
            return 'slow';
          },
        },
      },
    });
    service = await startService({
      name: 'keepalive-test',
      host: '127.0.0.1',
      port: 0,
      logger: createLogger('keepalive-test', 'silent'),
      graphql: { server, context: async () => ({}) },
      readiness: {},
      shutdownTimeoutMs: SHUTDOWN_TIMEOUT_MS,
    });
    return { release, started };
  }

  function post(agent: http.Agent, query: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const request = http.request(service!.url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }));
      });
      request.on('error', reject);
      request.end(JSON.stringify({ query }));
    });
  }

  /** Resolves `'closed'` when close() ended, `'timed out'` if it is still waiting half-way to the shutdown timeout. */
  async function closeWithin(running: RunningService): Promise<'closed' | 'timed out'> {
    let timer: NodeJS.Timeout | undefined;
    const halfway = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), SHUTDOWN_TIMEOUT_MS / 2)));
    try {
      return await Promise.race([running.close().then(() => 'closed' as const), halfway]);
    } finally {
      clearTimeout(timer);
    }
  }

  it(
    'closes an idle keep-alive socket at once instead of waiting out the shutdown timeout',
    async () => {
      await start();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      agents.push(agent);
      const first = await post(agent, '{ fast }');
      expect(first.status).toBe(200);
      expect(first.connection).toBe('keep-alive');
      // The agent now holds one idle socket to the service.
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
      const running = service!;
      expect(await closeWithin(running)).toBe('closed');
    },
    SHUTDOWN_TIMEOUT_MS,
  );

  it(
    'lets an in-flight request finish, answers it with connection: close, and then stops',
    async () => {
      const { release, started } = await start();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
      agents.push(agent);
      // One socket busy with the slow request, one idle after a fast one.
      expect((await post(agent, '{ fast }')).status).toBe(200);
      const slow = post(agent, '{ slow }');
      await started;
      const running = service!;
      const closing = closeWithin(running);
      // close() is under way (the listener refuses new connections) before the slow answer is released.
      while (await accepts(running.port)) await new Promise((resolve) => setTimeout(resolve, 10));
      release();
      const answer = await slow;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { slow: 'slow' } });
      expect(answer.connection).toBe('close');
      expect(await closing).toBe('closed');
    },
    SHUTDOWN_TIMEOUT_MS,
  );

  it(
    "stops promptly under the gateway's own client, an undici pool, with a call in flight",
    async () => {
      const { release, started } = await start();
      const running = service!;
      // As gateway/transport/subgraph-transport.ts pools its calls to a subgraph instance.
      const pool = new Pool(new URL(running.url).origin, { connections: 4, keepAliveTimeout: 60_000 });
      const call = async (query: string) => {
        const { statusCode, body } = await pool.request({
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        return { statusCode, body: (await body.json()) as unknown };
      };
      try {
        // Sockets opened and left idle in the pool, then one busy with a slow call.
        await Promise.all(Array.from({ length: 8 }, () => call('{ fast }')));
        const slow = call('{ slow }');
        await started;
        const closing = closeWithin(running);
        while (await accepts(running.port)) await new Promise((resolve) => setTimeout(resolve, 10));
        release();
        expect(await slow).toEqual({ statusCode: 200, body: { data: { slow: 'slow' } } });
        expect(await closing).toBe('closed');
      } finally {
        await pool.destroy();
      }
    },
    SHUTDOWN_TIMEOUT_MS,
  );
});

describe('startService registration', () => {
  it('registers the URL other processes reach it at: the advertised host (a container name, a pod IP), IPv6 in brackets', async () => {
    for (const [advertiseHost, host] of [
      ['talent-2', 'talent-2'],
      ['fd00::17', '[fd00::17]'],
    ] as const) {
      const registered: ServiceRegistration[] = [];
      const running = await startService({
        name: 'talent',
        host: '127.0.0.1',
        advertiseHost,
        port: 0,
        logger: createLogger('advertise-test', 'silent'),
        graphql: { server: new ApolloServer({ typeDefs: 'type Query { fast: String }' }), context: async () => ({}) },
        readiness: {},
        registration: {
          sdl: 'type Query { fast: String }',
          registry: {
            register: (registration) => {
              registered.push(registration);
              return { id: 'talent-1', draining: false, drain: async () => undefined, deregister: async () => undefined };
            },
          },
        },
      });
      try {
        expect(running.url).toBe(`http://${host}:${running.port}/graphql`);
        expect(registered.map((r) => r.url)).toEqual([running.url]);
      } finally {
        await running.close();
      }
    }
  });
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
