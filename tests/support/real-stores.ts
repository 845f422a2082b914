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

/** A short random suffix: each test run writes under names of its own on shared servers. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
