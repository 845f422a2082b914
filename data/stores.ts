import path from 'node:path';
import { describeUrl, type Config } from '../platform/config.ts';
import type { Logger } from '../platform/logger.ts';
import { STORE_PORTS, type StorePort } from '../platform/round-trips.ts';
import { withTimeout, type ReadinessCheck } from '../platform/service.ts';
import type { PGliteRelationalStore } from './adapters/pglite-relational.ts';
import { SqlGraphStore } from './adapters/sql-graph.ts';
import { PgvectorVectorStore } from './adapters/pgvector-vector.ts';
import { PgFulltextSearchStore } from './adapters/pg-fulltext-search.ts';
import { MemoryCacheStore } from './adapters/memory-cache.ts';
import { guardStore } from './adapters/store-unavailable.ts';
import { migrate } from './migrate.ts';
import type { RelationalStore, Stores } from './ports.ts';

/**
 * The driver-backed adapters load when a process opens them: a process loads only the clients of
 * the stores it declared and configured (the gateway, which holds the relational and cache stores,
 * never loads the Neo4j, Weaviate or Elasticsearch clients, nor PGlite beside a real PostgreSQL:
 * about 20 MiB resident, docs/performance.md "Gateway memory").
 */
const loadAdapter = {
  pglite: async () => (await import('./adapters/pglite-relational.ts')).PGliteRelationalStore,
  postgres: async () => (await import('./adapters/postgres-relational.ts')).PostgresRelationalStore,
  neo4j: async () => (await import('./adapters/neo4j-graph.ts')).Neo4jGraphStore,
  weaviate: async () => (await import('./adapters/weaviate-vector.ts')).WeaviateVectorStore,
  elasticsearch: async () => (await import('./adapters/elasticsearch-search.ts')).ElasticsearchSearchStore,
  redis: async () => (await import('./adapters/redis-cache.ts')).RedisCacheStore,
};

/**
 * The stores one service opened: only the ports it declared (`P`). A port it did not declare is not
 * there: reading it does not compile, and at run time (through a cast or an untyped path) it throws
 * `StoreNotOpenedError` instead of reaching a store nobody configured this process for.
 */
export type OpenStores<P extends StorePort = StorePort> = Pick<Stores, P> & {
  /** The ports this set holds (`P` at least: a set with more ports serves where fewer are needed). */
  readonly ports: readonly StorePort[];
  /** Which adapter serves each port, e.g. `{ relational: 'pglite', graph: 'neo4j', ... }`. */
  readonly adapters: Record<P, string>;
  /**
   * One readiness probe per port, for `/ready`. Only PostgreSQL, which every request needs, makes a
   * service unready; a projection store or the cache that does not answer leaves it `degraded`
   * (a Neo4j outage must not take every talent subgraph out of rotation, only the calls that need Neo4j).
   */
  readiness(): Record<P, ReadinessCheck>;
  close(): Promise<void>;
};

/** A service reached for a store it did not declare (a programming error: add the port to its `stores`). */
export class StoreNotOpenedError extends Error {
  constructor(port: StorePort, holder = 'this service', remedy = `declare '${port}' among its stores`) {
    super(`the ${port} store is not open in ${holder}: ${remedy}`);
    this.name = 'StoreNotOpenedError';
  }
}

/** Start-up failed because a store did not answer; the message names the store and its variable. */
export class StoreUnavailableError extends Error {
  constructor(store: string, variable: string, url: string, cause: unknown) {
    super(`${store} (${variable}=${describeUrl(url)}) is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Opens the ports a service declared, and no other: each URL that is set selects the real adapter,
 * each that is not falls back to its embedded default (one PGlite database under the data directory
 * holds them all; it opens only when an asked-for port needs it). A store nobody asked for is never
 * connected to, so identity starts and stays ready while Weaviate is down. Every asked-for real
 * store must answer before start-up goes on; migrations run here. Each real adapter connects
 * within STORE_CONNECT_TIMEOUT_MS and answers within STORE_TIMEOUT_MS, and is guarded so that a
 * store that stops answering later costs STORE_UNAVAILABLE errors on the calls that need it (its
 * driver reconnects on its own when it is back).
 */
export async function openStores<P extends StorePort>(config: Config, logger: Logger, ports: readonly P[]): Promise<OpenStores<P>> {
  const { stores: urls, namespace } = config;
  const wants = (port: StorePort) => (ports as readonly StorePort[]).includes(port);
  const timeoutMs = config.stores.connectTimeoutMs;
  const bounds = { connectTimeoutMs: timeoutMs, requestTimeoutMs: config.stores.requestTimeoutMs };
  const opened: { close(): Promise<void> }[] = [];

  const connect = async <T extends { ping(): Promise<void>; close(): Promise<void> }>(
    port: StorePort,
    store: string,
    variable: string,
    url: string,
    open: () => Promise<T>,
  ): Promise<T> => {
    try {
      const adapter = await withTimeout(open(), timeoutMs, `no answer within ${timeoutMs} ms`);
      opened.push(adapter);
      await withTimeout(adapter.ping(), timeoutMs, `no answer within ${timeoutMs} ms`);
      return guardStore(adapter, port, logger);
    } catch (error) {
      await Promise.allSettled(opened.map((s) => s.close()));
      throw new StoreUnavailableError(store, variable, url, error);
    }
  };

  const needsEmbedded =
    (wants('relational') && !urls.postgres) ||
    (wants('graph') && !urls.neo4j) ||
    (wants('vector') && !urls.weaviate) ||
    (wants('search') && !urls.elasticsearch);
  let embedded: PGliteRelationalStore | undefined;
  if (needsEmbedded) {
    const dir = path.join(config.dataDir, 'pg');
    embedded = await (await loadAdapter.pglite()).open(dir);
    opened.push(embedded);
    // A failed migration closes the database again (and so frees the data directory's lock).
    await closingOnError(opened, async () => {
      await migrate(embedded!, ['core', 'embedded']);
      await embedded!.analyze();
    });
    logger.debug({ dir }, 'embedded database open');
  }

  const relational = !wants('relational')
    ? undefined
    : urls.postgres
      ? await connect('relational', 'PostgreSQL', 'DATABASE_URL', urls.postgres.url, async () =>
          (await loadAdapter.postgres()).open(urls.postgres!.url, bounds),
        )
      : embedded!;
  if (relational && urls.postgres) await closingOnError(opened, () => migrate(relational, ['core']));

  const graph = !wants('graph')
    ? undefined
    : urls.neo4j
      ? await connect('graph', 'Neo4j', 'NEO4J_URL', urls.neo4j.url, async () =>
          (await loadAdapter.neo4j()).open({ ...urls.neo4j!, ...bounds }),
        )
      : new SqlGraphStore(embedded!);
  const vector = !wants('vector')
    ? undefined
    : urls.weaviate
      ? await connect('vector', 'Weaviate', 'WEAVIATE_URL', urls.weaviate.url, async () =>
          (await loadAdapter.weaviate()).open({ ...urls.weaviate!, namespace, ...bounds }),
        )
      : new PgvectorVectorStore(embedded!);
  const search = !wants('search')
    ? undefined
    : urls.elasticsearch
      ? await connect('search', 'Elasticsearch', 'ELASTICSEARCH_URL', urls.elasticsearch.url, async () =>
          (await loadAdapter.elasticsearch()).open({ url: urls.elasticsearch!.url, namespace, ...bounds }),
        )
      : new PgFulltextSearchStore(embedded!);
  const cache = !wants('cache')
    ? undefined
    : urls.redis
      ? await connect('cache', 'Redis', 'REDIS_URL', urls.redis.url, async () =>
          (await loadAdapter.redis()).open(urls.redis!.url, { keyPrefix: `${namespace}:`, ...bounds }),
        )
      : new MemoryCacheStore();

  const open: Partial<Stores> = { relational, graph, vector, search, cache };
  const held = STORE_PORTS.filter((port) => open[port] !== undefined) as P[];
  const adapters = Object.fromEntries(held.map((port) => [port, open[port]!.adapter])) as Record<P, string>;
  logger.info({ adapters }, 'stores open');

  let closed: Promise<void> | undefined;
  return storeSet(open, held, adapters, () => {
    // Projection adapters first; the embedded database (shared by several ports) last.
    closed ??= (async () => {
      await Promise.allSettled([graph?.close(), vector?.close(), search?.close(), cache?.close()]);
      if (relational && relational !== embedded) await relational.close();
      await embedded?.close();
    })();
    return closed;
  });
}

/**
 * The same stores seen by one service that declared `ports` (the in-process stack opens the union
 * once and hands each service its own view): its readiness covers only those ports, and the others
 * are not there. Throws when a declared port is not open in `stores`. Closing the view closes nothing.
 */
export function narrowStores<P extends StorePort>(stores: OpenStores<StorePort>, ports: readonly P[], holder: string): OpenStores<P> {
  const missing = ports.filter((port) => !(stores.ports as readonly StorePort[]).includes(port));
  if (missing.length)
    throw new StoreNotOpenedError(
      missing[0]!,
      `the process that starts ${holder}`,
      'its runtime must open every store the subgraph declares',
    );
  const open: Partial<Stores> = Object.fromEntries(ports.map((port) => [port, stores[port]]));
  const adapters = Object.fromEntries(ports.map((port) => [port, stores.adapters[port]])) as Record<P, string>;
  return storeSet(open, ports, adapters, async () => {}, holder);
}

const DEGRADES_ONLY: Record<StorePort, boolean> = { relational: false, graph: true, vector: true, search: true, cache: true };

function storeSet<P extends StorePort>(
  open: Partial<Stores>,
  ports: readonly P[],
  adapters: Record<P, string>,
  close: () => Promise<void>,
  holder?: string,
): OpenStores<P> {
  const set = {
    ports,
    adapters,
    readiness: () =>
      Object.fromEntries(
        ports.map((port) => {
          const check: ReadinessCheck = () => open[port]!.ping();
          return [port, DEGRADES_ONLY[port] ? Object.assign(check, { degradesOnly: true }) : check];
        }),
      ) as Record<P, ReadinessCheck>,
    close,
  };
  for (const port of STORE_PORTS) {
    // Not enumerable: spreading a store set copies the open ports only.
    if ((ports as readonly StorePort[]).includes(port)) Object.defineProperty(set, port, { value: open[port], enumerable: true });
    else
      Object.defineProperty(set, port, {
        get: () => {
          throw new StoreNotOpenedError(port, holder);
        },
        enumerable: false,
      });
  }
  return set as unknown as OpenStores<P>;
}

async function closingOnError(opened: { close(): Promise<void> }[], work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    await Promise.allSettled(opened.map((s) => s.close()));
    throw error;
  }
}

/**
 * Only the relational store, migrated: for command-line tools that need the source of truth (the
 * signing keys, say) and not the projection stores. With embedded stores, Looma must be stopped.
 */
export async function openRelationalStore(config: Config): Promise<RelationalStore> {
  const postgres = config.stores.postgres;
  const db = postgres
    ? await (
        await loadAdapter.postgres()
      ).open(postgres.url, {
        connectTimeoutMs: config.stores.connectTimeoutMs,
        requestTimeoutMs: config.stores.requestTimeoutMs,
      })
    : await (await loadAdapter.pglite()).open(path.join(config.dataDir, 'pg'));
  try {
    await migrate(db, postgres ? ['core'] : ['core', 'embedded']);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
