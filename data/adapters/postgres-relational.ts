import pg from 'pg';
import { roundTrip } from '../../platform/round-trips.ts';
import { CommitOutcomeUnknownError, isStoreFault } from './store-unavailable.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';

const ADAPTER = 'postgres';

/**
 * The real relational adapter: a PostgreSQL server through a `pg` pool. A connection must be made
 * within `connectTimeoutMs` and each query answered within `requestTimeoutMs` (pg's client-side
 * `query_timeout`: a silent server fails the query instead of hanging it); a broken connection is
 * dropped from the pool, so the pool reconnects when the server is back.
 */
export class PostgresRelationalStore implements RelationalStore {
  readonly adapter = 'postgres' as const;

  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  static async open(url: string, { connectTimeoutMs = 5_000, requestTimeoutMs = 10_000, max = 10 } = {}): Promise<PostgresRelationalStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: connectTimeoutMs,
      query_timeout: requestTimeoutMs,
      keepAlive: true,
    });
    // A pool error (a server restart, say) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new PostgresRelationalStore(pool);
  }

  async query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return roundTrip('relational', ADAPTER, async () => (await this.pool.query(sql, [...params])).rows as Row[]);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // While checked out, a client's connection error (the server restarts between two statements of
    // the transaction) is emitted on the client, where no pool listener waits: without this listener
    // it is an uncaught exception that ends the process. It only marks the client broken; the next
    // statement on it fails with the store fault.
    const onConnectionError = (error: Error) => {
      broken ??= error;
    };
    client.on('error', onConnectionError);
    const executor: SqlExecutor = {
      query: async <Row>(sql: string, params: readonly unknown[] = []) =>
        roundTrip('relational', ADAPTER, async () => (await client.query(sql, [...params])).rows as Row[]),
    };
    try {
      await executor.query('BEGIN');
      const result = await fn(executor);
      // A COMMIT sent on a live connection whose answer is lost may have committed: the outcome is
      // unknown (the client is told so and retries with its idempotency key). On a connection already
      // broken, the COMMIT never left: the server rolls the transaction back.
      const wasBroken = broken !== undefined;
      await executor.query('COMMIT').catch((error: unknown) => {
        throw isStoreFault(error) && !wasBroken ? new CommitOutcomeUnknownError(error) : error;
      });
      return result;
    } catch (error) {
      if (isStoreFault(error)) {
        // The connection is dead or silent: no ROLLBACK through it (it would wait as long again).
        // Dropping it ends the transaction on the server, which rolls it back: nothing half-written.
        broken = error instanceof Error ? error : new Error(String(error));
      } else {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
      }
      throw error;
    } finally {
      // Released with an error, the client is destroyed instead of going back to the pool.
      client.off('error', onConnectionError);
      client.release(broken);
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
