import pg from 'pg';

/**
 * Which real servers this test run has. Locally a missing server skips its adapter's tests; with
 * CI=true every real store must be there, so a missing one fails the run instead of skipping.
 */
export type RealStore = 'postgres' | 'neo4j' | 'weaviate' | 'elasticsearch' | 'redis';

const VARIABLE: Record<RealStore, string> = {
  postgres: 'DATABASE_URL',
  neo4j: 'NEO4J_URL',
  weaviate: 'WEAVIATE_URL',
  elasticsearch: 'ELASTICSEARCH_URL',
  redis: 'REDIS_URL',
};

export const isCI = process.env.CI === 'true' || process.env.CI === '1';

export function realStoreUrl(store: RealStore): string | undefined {
  const value = process.env[VARIABLE[store]];
  return value ? value : undefined;
}

/** True when the real store's tests should run; throws under CI when its URL is missing. */
export function hasRealStore(store: RealStore): boolean {
  if (realStoreUrl(store)) return true;
  if (isCI) throw new Error(`CI requires every real store, but ${VARIABLE[store]} is not set (start it with deploy/local/up.sh)`);
  return false;
}

/**
 * The environment that points Looma at every real store: a database (usually a scratch one) and a
 * namespace of its own (`<prefix>_<suffix>`) for the indices, collections and keys on the shared servers.
 */
export function realStoreEnv(databaseUrl: string, namespacePrefix: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NEO4J_URL: realStoreUrl('neo4j')!,
    WEAVIATE_URL: realStoreUrl('weaviate')!,
    WEAVIATE_GRPC_PORT: process.env.WEAVIATE_GRPC_PORT ?? '50051',
    ELASTICSEARCH_URL: realStoreUrl('elasticsearch')!,
    REDIS_URL: realStoreUrl('redis')!,
    STORE_NAMESPACE: `${namespacePrefix}_${uniqueSuffix()}`,
  };
}

/** A short random suffix: each test run writes under names of its own on shared servers. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * A database of its own on the real PostgreSQL server (DATABASE_URL is the admin connection): its
 * URL and a function that drops it. Tests, benchmarks and contract cases each work in one.
 */
export async function scratchDatabase(prefix = 'looma_test'): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const adminUrl = realStoreUrl('postgres');
  if (!adminUrl) throw new Error('a scratch database needs DATABASE_URL');
  const name = `${prefix}_${uniqueSuffix()}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
