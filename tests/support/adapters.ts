import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { PostgresRelationalStore } from '../../data/adapters/postgres-relational.ts';
import { SqlGraphStore } from '../../data/adapters/sql-graph.ts';
import { PgvectorVectorStore } from '../../data/adapters/pgvector-vector.ts';
import { PgFulltextSearchStore } from '../../data/adapters/pg-fulltext-search.ts';
import { MemoryCacheStore } from '../../data/adapters/memory-cache.ts';
import { RedisCacheStore } from '../../data/adapters/redis-cache.ts';
import { Neo4jGraphStore } from '../../data/adapters/neo4j-graph.ts';
import { WeaviateVectorStore } from '../../data/adapters/weaviate-vector.ts';
import { ElasticsearchSearchStore } from '../../data/adapters/elasticsearch-search.ts';
import { migrate } from '../../data/migrate.ts';
import type { CacheStore, GraphStore, RelationalStore, SearchStore, VectorStore } from '../../data/ports.ts';
import { hasRealStore, realStoreUrl, scratchDatabase, uniqueSuffix } from './real-stores.ts';

/** One adapter under contract test: how to open it, and whether its server is here. */
export interface AdapterCase<T> {
  name: string;
  available: boolean;
  open: () => Promise<T>;
}

let sharedPGlite: Promise<PGliteRelationalStore> | undefined;
/** One in-memory PGlite per test file (creating one takes seconds), with every migration applied. */
export function embeddedDatabase(): Promise<PGliteRelationalStore> {
  sharedPGlite ??= (async () => {
    const store = await PGliteRelationalStore.open();
    await migrate(store, ['core', 'embedded']);
    return store;
  })();
  return sharedPGlite;
}

/** A scratch database on the real server, dropped when the store closes. */
export async function scratchPostgres(): Promise<PostgresRelationalStore> {
  const scratch = await scratchDatabase();
  const store = await PostgresRelationalStore.open(scratch.url);
  const close = store.close.bind(store);
  store.close = async () => {
    await close();
    await scratch.drop();
  };
  return store;
}

const namespace = () => `looma_test_${uniqueSuffix()}`;

export const relationalCases: AdapterCase<RelationalStore>[] = [
  { name: 'pglite (embedded)', available: true, open: async () => PGliteRelationalStore.open() },
  { name: 'postgres (real)', available: hasRealStore('postgres'), open: scratchPostgres },
];

export const graphCases: AdapterCase<GraphStore>[] = [
  { name: 'sql-graph (embedded)', available: true, open: async () => new SqlGraphStore(await embeddedDatabase()) },
  {
    name: 'neo4j (real)',
    available: hasRealStore('neo4j'),
    open: () => Neo4jGraphStore.open({ url: realStoreUrl('neo4j')!, user: 'neo4j', password: '' }),
  },
];

/** One namespace for every open of the case: a second open is the same store as another process sees it. */
const weaviateNamespace = namespace();

export const vectorCases: AdapterCase<VectorStore>[] = [
  { name: 'pgvector (embedded)', available: true, open: async () => new PgvectorVectorStore(await embeddedDatabase()) },
  {
    name: 'weaviate (real)',
    available: hasRealStore('weaviate'),
    open: () =>
      WeaviateVectorStore.open({
        url: realStoreUrl('weaviate')!,
        grpcPort: Number(process.env.WEAVIATE_GRPC_PORT ?? 50051),
        namespace: weaviateNamespace,
      }),
  },
];

export const searchCases: AdapterCase<SearchStore>[] = [
  { name: 'pg-fulltext (embedded)', available: true, open: async () => new PgFulltextSearchStore(await embeddedDatabase()) },
  {
    name: 'elasticsearch (real)',
    available: hasRealStore('elasticsearch'),
    open: () => ElasticsearchSearchStore.open({ url: realStoreUrl('elasticsearch')!, namespace: namespace() }),
  },
];

export const cacheCases: AdapterCase<CacheStore>[] = [
  { name: 'memory (embedded)', available: true, open: async () => new MemoryCacheStore() },
  {
    name: 'redis (real)',
    available: hasRealStore('redis'),
    open: () => RedisCacheStore.open(realStoreUrl('redis')!, { keyPrefix: `${namespace()}:` }),
  },
];
