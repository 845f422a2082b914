/**
 * PostgreSQL going away in the middle of a transaction (between two of its statements, while the
 * transaction waits on something else) costs that transaction, never the process: the connection
 * error a checked-out pg client emits has a listener, and the transaction rejects as a store fault
 * with nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresRelationalStore } from '../../data/adapters/postgres-relational.ts';
import { FaultProxy } from '../support/fault-proxy.ts';
import { hasRealStore, scratchDatabase } from '../support/real-stores.ts';

const available = hasRealStore('postgres');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(available)('PostgreSQL lost mid-transaction', () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let proxy: FaultProxy;
  let store: PostgresRelationalStore;

  beforeAll(async () => {
    scratch = await scratchDatabase('looma_connloss');
    const proxied = await FaultProxy.forUrl(scratch.url);
    proxy = proxied.proxy;
    store = await PostgresRelationalStore.open(proxied.url, { connectTimeoutMs: 2_000, requestTimeoutMs: 3_000 });
    await store.query('CREATE TABLE marks (n int)');
  });
  afterAll(async () => {
    await store?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  it('rejects the transaction, keeps the process alive and writes nothing; the store works again once PostgreSQL is back', async () => {
    const transaction = store.transaction(async (tx) => {
      await tx.query('INSERT INTO marks VALUES (1)');
      // PostgreSQL goes away while the transaction waits on something else: the reset reaches an idle, checked-out client.
      await proxy.stop('refuse');
      await sleep(300);
      await tx.query('INSERT INTO marks VALUES (2)');
    });
    await expect(transaction).rejects.toThrow();
    await proxy.start();
    expect(await store.query<{ count: number }>('SELECT count(*)::int AS count FROM marks')).toEqual([{ count: 0 }]);
  });
});
