import path from 'node:path';
import { describeUrl, type Config } from '../platform/config.ts';
import type { Logger } from '../platform/logger.ts';
import type { StorePort } from '../platform/round-trips.ts';
import { withTimeout, type ReadinessCheck } from '../platform/service.ts';
import { PGliteRelationalStore } from './adapters/pglite-relational.ts';
import { PostgresRelationalStore } from './adapters/postgres-relational.ts';
import { SqlGraphStore } from './adapters/sql-graph.ts';
import { PgvectorVectorStore } from './adapters/pgvector-vector.ts';
import { PgFulltextSearchStore } from './adapters/pg-fulltext-search.ts';
import { MemoryCacheStore } from './adapters/memory-cache.ts';
import { RedisCacheStore } from './adapters/redis-cache.ts';
import { guardStore } from './adapters/store-unavailable.ts';
import { Neo4jGraphStore } from './adapters/neo4j-graph.ts';
import { WeaviateVectorStore } from './adapters/weaviate-vector.ts';
import { ElasticsearchSearchStore } from './adapters/elasticsearch-search.ts';
import { migrate } from './migrate.ts';
import type { RelationalStore, Stores } from './ports.ts';

export interface OpenStores extends Stores {
  /** Which adapter serves each port, e.g. `{ relational: 'pglite', graph: 'neo4j', ... }`. */
  readonly adapters: Record<StorePort, string>;
  /**
   * One readiness probe per port, for `/ready`. Only PostgreSQL, which every request needs, makes a
   * service unready; a projection store or the cache that does not answer leaves it `degraded`
   * (a Neo4j outage must not take every talent subgraph out of rotation, only the calls that need Neo4j).
   */
  readiness(): Record<StorePort, ReadinessCheck>;
  close(): Promise<void>;
}

/** Start-up failed because a store did not answer; the message names the store and its variable. */
export class StoreUnavailableError extends Error {
  constructor(store: string, variable: string, url: string, cause: unknown) {
    super(`${store} (${variable}=${describeUrl(url)}) is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Opens the five ports: each URL that is set selects the real adapter, each that is not falls back
 * to its embedded default (one PGlite database under the data directory holds them all). Every
 * real store must answer before start-up goes on; migrations run here. Each real adapter connects
 * within STORE_CONNECT_TIMEOUT_MS and answers within STORE_TIMEOUT_MS, and is guarded so that a
 * store that stops answering later costs STORE_UNAVAILABLE errors on the calls that need it (its
 * driver reconnects on its own when it is back).
 */
export async function openStores(config: Config, logger: Logger): Promise<OpenStores> {
  const { stores: urls, namespace } = config;
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

  const needsEmbedded = !urls.postgres || !urls.neo4j || !urls.weaviate || !urls.elasticsearch;
  let embedded: PGliteRelationalStore | undefined;
  if (needsEmbedded) {
    const dir = path.join(config.dataDir, 'pg');
    embedded = await PGliteRelationalStore.open(dir);
    opened.push(embedded);
    // A failed migration closes the database again (and so frees the data directory's lock).
    await closingOnError(opened, async () => {
      await migrate(embedded!, ['core', 'embedded']);
      await embedded!.analyze();
    });
    logger.debug({ dir }, 'embedded database open');
  }

  const relational = urls.postgres
    ? await connect('relational', 'PostgreSQL', 'DATABASE_URL', urls.postgres.url, () => PostgresRelationalStore.open(urls.postgres!.url, bounds))
    : embedded!;
  if (urls.postgres) await closingOnError(opened, () => migrate(relational, ['core']));

  const graph = urls.neo4j
    ? await connect('graph', 'Neo4j', 'NEO4J_URL', urls.neo4j.url, () => Neo4jGraphStore.open({ ...urls.neo4j!, ...bounds }))
    : new SqlGraphStore(embedded!);
  const vector = urls.weaviate
    ? await connect('vector', 'Weaviate', 'WEAVIATE_URL', urls.weaviate.url, () => WeaviateVectorStore.open({ ...urls.weaviate!, namespace, ...bounds }))
    : new PgvectorVectorStore(embedded!);
  const search = urls.elasticsearch
    ? await connect('search', 'Elasticsearch', 'ELASTICSEARCH_URL', urls.elasticsearch.url, () =>
        ElasticsearchSearchStore.open({ url: urls.elasticsearch!.url, namespace, ...bounds }),
      )
    : new PgFulltextSearchStore(embedded!);
  const cache = urls.redis
    ? await connect('cache', 'Redis', 'REDIS_URL', urls.redis.url, () => RedisCacheStore.open(urls.redis!.url, { keyPrefix: `${namespace}:`, ...bounds }))
    : new MemoryCacheStore();

  const adapters = {
    relational: relational.adapter,
    graph: graph.adapter,
    vector: vector.adapter,
    search: search.adapter,
    cache: cache.adapter,
  };
  logger.info({ adapters }, 'stores open');

  let closed: Promise<void> | undefined;
  return {
    relational,
    graph,
    vector,
    search,
    cache,
    adapters,
    readiness: () => ({
      relational: () => relational.ping(),
      graph: Object.assign(() => graph.ping(), { degradesOnly: true }),
      vector: Object.assign(() => vector.ping(), { degradesOnly: true }),
      search: Object.assign(() => search.ping(), { degradesOnly: true }),
      cache: Object.assign(() => cache.ping(), { degradesOnly: true }),
    }),
    close() {
      // Projection adapters first; the embedded database (shared by several ports) last.
      closed ??= (async () => {
        await Promise.allSettled([graph.close(), vector.close(), search.close(), cache.close()]);
        if (relational !== embedded) await relational.close();
        await embedded?.close();
      })();
      return closed;
    },
  };
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
    ? await PostgresRelationalStore.open(postgres.url, { connectTimeoutMs: config.stores.connectTimeoutMs, requestTimeoutMs: config.stores.requestTimeoutMs })
    : await PGliteRelationalStore.open(path.join(config.dataDir, 'pg'));
  try {
    await migrate(db, postgres ? ['core'] : ['core', 'embedded']);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
