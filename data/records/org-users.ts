import { isUuid } from '../loaders.ts';
import type { SqlExecutor } from '../ports.ts';

/**
 * Which of `ids` are users of the organisation (owners, hiring teams, mentions must be): one query
 * for any number. The users table belongs to identity; the talent subgraph only reads who exists,
 * through this one read below the subgraphs (a subgraph imports no other).
 */
export async function orgUserIds(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, valid]);
  return new Set(rows.map((row) => row.id));
}
