import type { SqlExecutor } from '../ports.ts';

/**
 * Runs one INSERT, UPDATE or DELETE (without its own RETURNING) and says how many rows it touched:
 * what a merge or an erasure reports per table, whichever store owns the table.
 */
export async function countAffected(tx: SqlExecutor, statement: string, params: unknown[]): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `WITH affected AS (${statement} RETURNING 1) SELECT count(*)::int AS n FROM affected`,
    params,
  );
  return row?.n ?? 0;
}
