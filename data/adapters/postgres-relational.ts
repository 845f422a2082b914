import pg from 'pg';
import { roundTrip } from '../../platform/round-trips.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';

const ADAPTER = 'postgres';

/** The real relational adapter: a PostgreSQL server through a `pg` pool. */
export class PostgresRelationalStore implements RelationalStore {
  readonly adapter = 'postgres' as const;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string, { connectTimeoutMs = 5_000, max = 10 } = {}): Promise<PostgresRelationalStore> {
    const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: connectTimeoutMs });
    // A pool error (a server restart, say) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new PostgresRelationalStore(pool);
  }

  async query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return roundTrip('relational', ADAPTER, async () => (await this.pool.query(sql, [...params])).rows as Row[]);
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const executor: SqlExecutor = {
      query: async <Row,>(sql: string, params: readonly unknown[] = []) =>
        roundTrip('relational', ADAPTER, async () => (await client.query(sql, [...params])).rows as Row[]),
    };
    try {
      await executor.query('BEGIN');
      const result = await fn(executor);
      await executor.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
