import type { RelationalStore, SqlExecutor } from '../ports.ts';

/**
 * Runs `read` in one read-only REPEATABLE READ transaction: its queries, each through its table's
 * owner, see one snapshot of the database, as a single statement would (a data export).
 */
export function readInSnapshot<T>(db: RelationalStore, read: (tx: SqlExecutor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return read(tx);
  });
}
