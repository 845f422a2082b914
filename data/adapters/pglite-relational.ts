import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { lockDataDir, type DataDirLock } from '../../platform/data-dir-lock.ts';
import { roundTrip } from '../../platform/round-trips.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';

const ADAPTER = 'pglite';

/**
 * The embedded relational default: PostgreSQL compiled to WASM, in this process, file-backed under
 * the data directory (or in memory when `dataDir` is omitted). It has one connection, so PGlite
 * serialises transactions; the embedded graph, vector and search ports share this instance. A
 * file-backed one holds the directory's lock (platform/data-dir-lock.ts) from before PGlite opens the
 * files until after it has closed them: a second process opening them would corrupt them.
 */
export class PGliteRelationalStore implements RelationalStore {
  readonly adapter = 'pglite' as const;

  readonly db: PGlite;
  private readonly lock?: DataDirLock;

  private constructor(db: PGlite, lock?: DataDirLock) {
    this.db = db;
    this.lock = lock;
  }

  /** Throws DataDirLockedError while another live process holds `dataDir`. */
  static async open(dataDir?: string): Promise<PGliteRelationalStore> {
    const lock = dataDir ? await lockDataDir(dataDir) : undefined;
    try {
      const db = await PGlite.create(dataDir ?? 'memory://', { extensions: { vector } });
      return new PGliteRelationalStore(db, lock);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  async query<Row = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return roundTrip('relational', ADAPTER, async () => (await this.db.query<Row>(sql, [...params])).rows);
  }

  /** A statement that belongs to one of the other embedded ports (graph, vector, search) sharing this database. */
  async queryAs<Row = Record<string, unknown>>(
    port: 'graph' | 'vector' | 'search',
    adapter: string,
    sql: string,
    params: readonly unknown[] = [],
  ): Promise<Row[]> {
    return roundTrip(port, adapter, async () => (await this.db.query<Row>(sql, [...params])).rows);
  }

  async exec(sql: string): Promise<void> {
    await roundTrip('relational', ADAPTER, () => this.db.exec(sql));
  }

  async transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await roundTrip('relational', ADAPTER, async () => undefined); // BEGIN
      const executor: SqlExecutor = {
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          roundTrip('relational', ADAPTER, async () => (await tx.query<Row>(sql, [...params])).rows),
      };
      const result = await fn(executor);
      await roundTrip('relational', ADAPTER, async () => undefined); // COMMIT
      return result;
    });
  }

  /**
   * Refreshes the planner's statistics of Looma's tables. PGlite runs no autovacuum, and without
   * statistics the planner sorts whole tables instead of walking the keyset indexes.
   */
  async analyze(): Promise<void> {
    const tables = await this.db.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'`,
    );
    if (tables.rows.length) await this.db.exec(`ANALYZE ${tables.rows.map((t) => t.name).join(', ')}`);
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
    this.lock?.release();
  }
}
