import { toTalentRecord, type TalentRecord, type TalentRow } from '../../../data/records/talent-record.ts';
import { TALENT_COLUMNS, VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { countAffected } from '../../../data/records/affected-rows.ts';

/**
 * The `talent_pools` and `talent_pool_members` tables: their SQL, rows and column lists, no viewer
 * and no rules. Talents are joined only to count, list and add visible (not merged or erased) ones.
 */

/** A talent pool of the viewer's organisation; `talentCount` is filled when the query that read it counted. */
export interface PoolRecord {
  id: string;
  orgId: string;
  name: string;
  description: string | null;
  ownerId: string | null;
  createdAt: Date;
  talentCount?: number;
}

interface PoolRow {
  id: string;
  org_id: string;
  name: string;
  description: string | null;
  owner_id: string | null;
  created_at: Date | string;
  talent_count?: number;
}

const POOL_COLUMNS = 'p.id, p.org_id, p.name, p.description, p.owner_id, p.created_at';

const toPool = (row: PoolRow): PoolRecord => ({
  id: row.id,
  orgId: row.org_id,
  name: row.name,
  description: row.description,
  ownerId: row.owner_id,
  createdAt: new Date(row.created_at),
  ...(row.talent_count === undefined ? {} : { talentCount: row.talent_count }),
});

/** Counts visible members per pool (a subquery of the reads that list pools). */
const MEMBER_COUNT = `(SELECT count(*)::int FROM talent_pool_members m JOIN talents v ON v.id = m.talent_id AND v.${VISIBLE_TALENT} WHERE m.pool_id = p.id)`;

/** Pools of the org by id (uuids). */
export async function findPools(sql: SqlExecutor, orgId: string | null, ids: readonly string[]): Promise<PoolRecord[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<PoolRow>(`SELECT ${POOL_COLUMNS} FROM talent_pools p WHERE p.org_id = $1 AND p.id = ANY ($2::uuid[])`, [
    orgId,
    ids,
  ]);
  return rows.map(toPool);
}

/** The pools each talent (uuids) is a member of, by name. */
export async function poolsOfTalents(
  sql: SqlExecutor,
  orgId: string | null,
  talentIds: readonly string[],
): Promise<Map<string, PoolRecord[]>> {
  const rows = await sql.query<PoolRow & { talent_id: string }>(
    `SELECT m.talent_id, ${POOL_COLUMNS} FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id
     WHERE m.org_id = $1 AND m.talent_id = ANY ($2::uuid[]) ORDER BY lower(p.name), p.id`,
    [orgId, talentIds],
  );
  return new Map([...Map.groupBy(rows, (row) => row.talent_id)].map(([talentId, pools]) => [talentId, pools.map(toPool)]));
}

/** How many visible members each pool has (empty pools are absent). */
export async function countMembersByPool(sql: SqlExecutor, orgId: string | null, poolIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ pool_id: string; n: number }>(
    `SELECT m.pool_id, count(*)::int AS n FROM talent_pool_members m JOIN talents v ON v.id = m.talent_id AND v.${VISIBLE_TALENT}
     WHERE m.org_id = $1 AND m.pool_id = ANY ($2::uuid[]) GROUP BY m.pool_id`,
    [orgId, poolIds],
  );
  return new Map(rows.map((row) => [row.pool_id, row.n]));
}

/** The org's pools by name, with their member counts (one query). */
export async function listPools(sql: SqlExecutor, orgId: string): Promise<PoolRecord[]> {
  const rows = await sql.query<PoolRow>(
    `SELECT ${POOL_COLUMNS}, ${MEMBER_COUNT} AS talent_count FROM talent_pools p WHERE p.org_id = $1 ORDER BY lower(p.name), p.id`,
    [orgId],
  );
  return rows.map(toPool);
}

/** A visible member of a pool and when it was added (the members' sort key). */
export interface PoolMember {
  talent: TalentRecord;
  addedAt: Date;
}

/** Up to `limit` visible members of a pool after `after` (the added_at and talent id of the last one seen), newest member first. */
export async function poolMembers(
  sql: SqlExecutor,
  orgId: string,
  poolId: string,
  limit: number,
  after: { addedAt: string; talentId: string } | null,
): Promise<PoolMember[]> {
  const params: unknown[] = [orgId, poolId, limit];
  if (after) params.push(after.addedAt, after.talentId);
  const rows = await sql.query<TalentRow & { added_at: Date | string }>(
    `SELECT m.added_at, ${TALENT_COLUMNS.split(', ')
      .map((column) => `t.${column}`)
      .join(', ')}
     FROM talent_pool_members m JOIN talents t ON t.id = m.talent_id AND t.${VISIBLE_TALENT}
     WHERE m.org_id = $1 AND m.pool_id = $2 ${after ? 'AND (m.added_at, m.talent_id) < ($4::timestamptz, $5::uuid)' : ''}
     ORDER BY m.added_at DESC, m.talent_id DESC LIMIT $3`,
    params,
  );
  return rows.map((row) => ({ talent: toTalentRecord(row), addedAt: new Date(row.added_at) }));
}

/** Inserts a pool; null when the org has one of that name (any case). */
export async function insertPool(
  tx: SqlExecutor,
  orgId: string,
  pool: { name: string; description: string | null; ownerId: string | null },
): Promise<PoolRecord | null> {
  const [row] = await tx.query<PoolRow>(
    `INSERT INTO talent_pools AS p (org_id, name, description, owner_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (org_id, lower(name)) DO NOTHING
     RETURNING ${POOL_COLUMNS}`,
    [orgId, pool.name, pool.description, pool.ownerId],
  );
  return row ? toPool(row) : null;
}

/** Deletes a pool (its members go with it, the talents stay); returns it with its member count, or null. */
export async function deletePool(tx: SqlExecutor, orgId: string, id: string): Promise<PoolRecord | null> {
  const [row] = await tx.query<PoolRow>(
    `DELETE FROM talent_pools p WHERE p.org_id = $1 AND p.id = $2 RETURNING ${POOL_COLUMNS}, ${MEMBER_COUNT} AS talent_count`,
    [orgId, id],
  );
  return row ? toPool(row) : null;
}

/** The pool, locked against a concurrent delete for the rest of the transaction, or null. */
export async function lockPool(tx: SqlExecutor, orgId: string, poolId: string): Promise<PoolRecord | null> {
  const [row] = await tx.query<PoolRow>(`SELECT ${POOL_COLUMNS} FROM talent_pools p WHERE p.org_id = $1 AND p.id = $2 FOR SHARE`, [
    orgId,
    poolId,
  ]);
  return row ? toPool(row) : null;
}

/** Each visible talent among those asked for, and whether the write changed its membership. */
export interface MembershipChange {
  talentId: string;
  changed: boolean;
}

/** Adds the visible talents among `talentIds` (uuids) to a pool; one already a member is unchanged. */
export async function addPoolMembers(
  tx: SqlExecutor,
  orgId: string,
  poolId: string,
  talentIds: readonly string[],
  addedBy: string,
): Promise<MembershipChange[]> {
  const rows = await tx.query<{ talent_id: string; added: boolean }>(
    `WITH found AS (
       SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($3::uuid[]) AND ${VISIBLE_TALENT}
     ), added AS (
       INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by)
       SELECT $1, $2, id, $4 FROM found
       ON CONFLICT DO NOTHING
       RETURNING talent_id
     )
     SELECT found.id AS talent_id, added.talent_id IS NOT NULL AS added FROM found LEFT JOIN added ON added.talent_id = found.id`,
    [orgId, poolId, talentIds, addedBy],
  );
  return rows.map((row) => ({ talentId: row.talent_id, changed: row.added }));
}

/** Removes the visible talents among `talentIds` (uuids) from a pool; one not a member is unchanged. */
export async function removePoolMembers(
  tx: SqlExecutor,
  orgId: string,
  poolId: string,
  talentIds: readonly string[],
): Promise<MembershipChange[]> {
  const rows = await tx.query<{ talent_id: string; removed: boolean }>(
    `WITH found AS (
       SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($3::uuid[]) AND ${VISIBLE_TALENT}
     ), removed AS (
       DELETE FROM talent_pool_members WHERE pool_id = $2 AND talent_id IN (SELECT id FROM found)
       RETURNING talent_id
     )
     SELECT found.id AS talent_id, removed.talent_id IS NOT NULL AS removed FROM found LEFT JOIN removed ON removed.talent_id = found.id`,
    [orgId, poolId, talentIds],
  );
  return rows.map((row) => ({ talentId: row.talent_id, changed: row.removed }));
}

// --- a merge and an erasure: every pool membership of a talent -----------------------------------

/** Talent `toId` joins the pools of `fromIds` (once each, the earliest membership), then theirs go (a merge). */
export async function movePoolMemberships(tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<void> {
  await tx.query(
    `INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by, added_at)
     SELECT DISTINCT ON (pool_id) org_id, pool_id, $2, added_by, added_at FROM talent_pool_members
     WHERE org_id = $1 AND talent_id = ANY ($3::uuid[]) ORDER BY pool_id, added_at
     ON CONFLICT (pool_id, talent_id) DO NOTHING`,
    [orgId, toId, fromIds],
  );
  await tx.query('DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, fromIds]);
}

/** Deletes every pool membership of talent `talentId` (an erasure; the pools stay); how many. */
export const deletePoolMembershipsOf = (tx: SqlExecutor, orgId: string, talentId: string): Promise<number> =>
  countAffected(tx, 'DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = $2', [orgId, talentId]);

/** The talent's pools as a data export holds them (JSON, by name, with who added it and when). */
export async function exportPoolMembershipsOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ pools: unknown[] }>(
    `SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'addedBy', m.added_by, 'addedAt', m.added_at) ORDER BY p.name), '[]') AS pools
     FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id WHERE m.org_id = $1 AND m.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.pools;
}
