import { hasRealStore, realStoreUrl, scratchDatabase, uniqueSuffix } from './real-stores.ts';
import { startTestStack, type TestStack } from './stack.ts';

/**
 * The stores a concurrency test needs are the relational one (transactions, unique constraints,
 * row locks) and the cache (atomic counters); the other three stay embedded. So these tests run
 * on the real PostgreSQL and Redis as soon as those two are up, without waiting for the others.
 */
export const SQL_CACHE_MODES: { mode: 'embedded' | 'postgres+redis'; available: boolean }[] = [
  { mode: 'embedded', available: true },
  { mode: 'postgres+redis', available: hasRealStore('postgres') && hasRealStore('redis') },
];

/** A stack over the embedded stores, or over a scratch PostgreSQL database and a Redis namespace of its own. */
export async function startSqlCacheStack(mode: 'embedded' | 'postgres+redis', env: Record<string, string> = {}): Promise<TestStack> {
  if (mode === 'embedded') return startTestStack('embedded', { env });
  const database = await scratchDatabase();
  try {
    const t = await startTestStack('embedded', {
      env: { DATABASE_URL: database.url, REDIS_URL: realStoreUrl('redis')!, STORE_NAMESPACE: `t_${uniqueSuffix()}`, ...env },
    });
    return {
      ...t,
      async close() {
        await t.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
