/**
 * Each service opens the stores it declares, and no other (issue 10): identity runs and stays ready
 * with Neo4j, Weaviate and Elasticsearch unreachable, search with Neo4j unreachable, and a service
 * that reaches for a store it did not declare fails with an error naming the store. The standalone
 * services run as their own processes, as deployed; the rest of the stores are the embedded ones.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../data/ports.ts';
import { openStores, StoreNotOpenedError } from '../../data/stores.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { createRuntime } from '../../data/runtime/runtime.ts';
import { startSubgraph, type BaseContext, type SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import { opsSubgraph } from '../../subgraphs/ops/index.ts';
import { freePort, freePorts } from '../support/egress.ts';
import { hasRealStore, realStoreUrl, scratchDatabase, uniqueSuffix } from '../support/real-stores.ts';
import { retryOnRuntimeCrash, waitForAnswer, watchProcess } from '../support/service-process.ts';
import { startTestStack } from '../support/stack.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-service-stores-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Addresses nothing listens on: a store there refuses every connection. */
async function unreachable() {
  const [neo4j, weaviate, grpc, elasticsearch] = await freePorts(4);
  return {
    NEO4J_URL: `bolt://127.0.0.1:${neo4j}`,
    WEAVIATE_URL: `http://127.0.0.1:${weaviate}`,
    WEAVIATE_GRPC_PORT: String(grpc),
    ELASTICSEARCH_URL: `http://127.0.0.1:${elasticsearch}`,
  };
}

interface Ready {
  status: number;
  body: { status: string; stores: Record<string, string> };
}

/**
 * Starts a subgraph module as its own process and waits until /ready answers or the process ends
 * (by a code or a signal). A start the runtime itself crashed is tried once more, and says so
 * (tests/support/service-process.ts).
 */
function startProcess(module: string, portVariable: string, env: Record<string, string>): Promise<{ url: string; ready: Ready }> {
  return retryOnRuntimeCrash(module, async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', module], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOOMA_DATA_DIR: tempDataDir(),
        LOG_LEVEL: 'warn',
        STORE_CONNECT_TIMEOUT_MS: '2000',
        [portVariable]: String(port),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const service = watchProcess(module, child);
    cleanups.push(async () => void (await service.stop()));
    const url = `http://127.0.0.1:${port}`;
    const ready = await waitForAnswer(service, `${url}/ready`, {
      timeoutMs: 120_000,
      probeTimeoutMs: 10_000,
      read: async (response) => ({ status: response.status, body: (await response.json()) as Ready['body'] }),
    });
    return { url, ready };
  });
}

async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

describe('a service opens the stores it declares', () => {
  it('identity alone starts, is ready and logs in with Neo4j, Weaviate and Elasticsearch unreachable', { timeout: 180_000 }, async () => {
    const { url, ready } = await startProcess('subgraphs/identity/index.ts', 'IDENTITY_PORT', {
      ...(await unreachable()),
      DEMO_SEED: 'true',
    });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    expect(Object.keys(ready.body.stores).sort()).toEqual(['cache', 'relational']);

    const login = await graphql<{ login: { viewer: { email: string } } }>(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { email } } }',
      { e: 'admin@demo.looma.dev', p: 'looma-demo' },
    );
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.viewer.email).toBe('admin@demo.looma.dev');
    // Wrong input still gets its stable code, not a store error.
    const wrong = await graphql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { email } } }', {
      e: 'admin@demo.looma.dev',
      p: 'not the password',
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.runIf(hasRealStore('postgres') && hasRealStore('redis'))(
    'identity alone on the real PostgreSQL and Redis is ready and logs in with the other three unreachable',
    { timeout: 180_000 },
    async () => {
      const database = await scratchDatabase('looma_service_stores');
      cleanups.push(() => database.drop());
      const { url, ready } = await startProcess('subgraphs/identity/index.ts', 'IDENTITY_PORT', {
        ...(await unreachable()),
        DATABASE_URL: database.url,
        REDIS_URL: realStoreUrl('redis')!,
        STORE_NAMESPACE: `service_stores_${uniqueSuffix()}`,
        DEMO_SEED: 'true',
      });
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ status: 'ready', stores: { relational: 'ok', cache: 'ok' } });
      expect(Object.keys(ready.body.stores).sort()).toEqual(['cache', 'relational']);
      const login = await graphql<{ login: { viewer: { email: string } } }>(
        url,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { viewer { email } } }',
        { e: 'recruiter@demo.looma.dev', p: 'looma-demo' },
      );
      expect(login.errors).toBeUndefined();
      expect(login.data?.login.viewer.email).toBe('recruiter@demo.looma.dev');
    },
  );

  it('search alone starts and is ready with Neo4j unreachable', { timeout: 180_000 }, async () => {
    const { NEO4J_URL } = await unreachable();
    const { url, ready } = await startProcess('subgraphs/search/index.ts', 'SEARCH_PORT', { NEO4J_URL });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    expect(Object.keys(ready.body.stores).sort()).toEqual(['relational', 'search', 'vector']);
    const answer = await graphql<{ __typename: string }>(url, '{ __typename }');
    expect(answer.data?.__typename).toBe('Query');
  });

  it('in one process (npm start), each service checks only its own stores in /ready', { timeout: 180_000 }, async () => {
    const t = await startTestStack('embedded');
    cleanups.push(() => t.close());
    const storesOf = async (url: string) => {
      const response = await fetch(new URL('/ready', url));
      expect(response.status).toBe(200);
      return Object.keys(((await response.json()) as Ready['body']).stores).sort();
    };
    expect(await storesOf(t.stack.subgraphs.identity!.url)).toEqual(['cache', 'relational']);
    expect(await storesOf(t.stack.subgraphs.search!.url)).toEqual(['relational', 'search', 'vector']);
    expect(await storesOf(t.stack.subgraphs.resume!.url)).toEqual(['relational']);
    // matching: talents and jobs, candidates (vector, search), warm paths (graph), the score cache and configuration notices.
    expect(await storesOf(t.stack.subgraphs.matching!.url)).toEqual(['cache', 'graph', 'relational', 'search', 'vector']);
    // chat: conversations in the cache; everything it answers from it reads through the gateway.
    expect(await storesOf(t.stack.subgraphs.chat!.url)).toEqual(['cache', 'relational']);
    // ops: the cache too, where the control plane announces registry changes and configuration.
    expect(await storesOf(t.stack.subgraphs.ops!.url)).toEqual(['cache', 'graph', 'relational', 'search', 'vector']);
    expect(await storesOf(t.stack.subgraphs.talent!.url)).toEqual(['cache', 'graph', 'relational', 'search', 'vector']);
    // The gateway: every subgraph, and its own stores.
    expect(await storesOf(t.stack.gateway.url)).toEqual([
      'cache',
      'chat',
      'identity',
      'matching',
      'ops',
      'relational',
      'resume',
      'search',
      'talent',
    ]);
  });

  it('opens only the ports asked for: the others are absent and throw naming themselves', { timeout: 120_000 }, async () => {
    const config = loadConfig({
      LOOMA_DATA_DIR: tempDataDir(),
      LOG_LEVEL: 'silent',
      STORE_CONNECT_TIMEOUT_MS: '2000',
      ...(await unreachable()),
    });
    const stores = await openStores(config, createLogger('test', 'silent'), ['relational', 'cache']);
    cleanups.push(() => stores.close());
    expect(Object.keys(stores.readiness()).sort()).toEqual(['cache', 'relational']);
    expect(Object.keys(stores.adapters).sort()).toEqual(['cache', 'relational']);
    expect(() => (stores as unknown as Stores).graph).toThrow(StoreNotOpenedError);
    expect(() => (stores as unknown as Stores).vector).toThrow(
      /the vector store is not open in this service: declare 'vector' among its stores/,
    );
    // Asking for an unreachable store still stops start-up, naming its variable.
    await expect(openStores(config, createLogger('test', 'silent'), ['graph'])).rejects.toThrow(/Neo4j \(NEO4J_URL=.*\) is unreachable/);
  });

  it(
    'a subgraph that reaches for a store it did not declare fails clearly, even where the process opened it',
    { timeout: 120_000 },
    async () => {
      const config = loadConfig({ LOOMA_DATA_DIR: tempDataDir(), LOG_LEVEL: 'silent', DEMO_SEED: 'false' });
      const runtime = await createRuntime('test', ['relational', 'graph', 'cache'], config);
      cleanups.push(async () => {
        runtime.authenticator.close();
        await runtime.data.close();
      });
      const sneaky: SubgraphDefinition<BaseContext<'relational'>, 'relational'> = {
        name: 'sneaky',
        port: () => 0,
        schemaFile: opsSubgraph.schemaFile,
        resolvers: opsSubgraph.resolvers,
        stores: ['relational'],
        context: (base) => base,
        // A cast past the types, as untyped code could: the graph is open in this process, not for this subgraph.
        onStart: async ({ data }) => void (data.stores as unknown as Stores).graph.count('Talent', 'org'),
      };
      await expect(startSubgraph(sneaky, runtime, { port: 0 })).rejects.toThrow(
        /the graph store is not open in the sneaky subgraph: declare 'graph' among its stores/,
      );
      // A subgraph whose declared store the process did not open is refused before it serves (ops needs vector and search).
      await expect(startSubgraph(opsSubgraph, runtime as never, { port: 0 })).rejects.toThrow(StoreNotOpenedError);
      await expect(startSubgraph(opsSubgraph, runtime as never, { port: 0 })).rejects.toThrow(
        /the vector store is not open in the process that starts the ops subgraph/,
      );
    },
  );
});
