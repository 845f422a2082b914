import { VISIBLE_TALENT } from './talent-store.ts';
import type { SqlExecutor } from '../ports.ts';
import { RELATIONSHIP_COLUMNS, type RelationshipRow, type RelationshipType } from '../projections/relationship-projection.ts';

/**
 * The `talent_relationships` table's one owner: its SQL and rows, no viewer and no rules (pairs
 * arrive ordered, ids as uuids). Recorded relationships are written by the talent subgraph's
 * relationships module; the derived WORKED_WITH rows are rewritten with every employment write, from
 * either subgraph, by data/records/worked-with.ts. Each write here is followed by its outbox events in
 * the caller's transaction (data/projections/relationship-projection.ts).
 */

export type { RelationshipRow };

/** One relationship to record: `fromId` < `toId` already for the symmetric types. */
export interface NewRelationship {
  fromId: string;
  toId: string;
  type: RelationshipType;
  detail: Record<string, unknown>;
}

/** Inserts a recorded relationship; null when the pair already has one of that type (recorded or derived). */
export async function insertRelationship(
  tx: SqlExecutor,
  orgId: string,
  relationship: NewRelationship,
  createdBy: string,
): Promise<RelationshipRow | null> {
  const [row] = await tx.query<RelationshipRow>(
    `INSERT INTO talent_relationships (org_id, from_id, to_id, type, detail, created_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6)
     ON CONFLICT (org_id, from_id, to_id, type) DO NOTHING
     RETURNING ${RELATIONSHIP_COLUMNS}`,
    [orgId, relationship.fromId, relationship.toId, relationship.type, JSON.stringify(relationship.detail), createdBy],
  );
  return row ?? null;
}

/** Inserts many recorded relationships without detail in one statement; pairs that have one already are left out. */
export async function insertRelationships(
  tx: SqlExecutor,
  orgId: string,
  relationships: readonly Omit<NewRelationship, 'detail'>[],
  createdBy: string,
): Promise<RelationshipRow[]> {
  return tx.query<RelationshipRow>(
    `INSERT INTO talent_relationships (org_id, from_id, to_id, type, created_by)
     SELECT $1, from_id, to_id, type, $3 FROM jsonb_to_recordset($2::jsonb) AS x(from_id uuid, to_id uuid, type text)
     ON CONFLICT (org_id, from_id, to_id, type) DO NOTHING
     RETURNING ${RELATIONSHIP_COLUMNS}`,
    [orgId, JSON.stringify(relationships.map((r) => ({ from_id: r.fromId, to_id: r.toId, type: r.type }))), createdBy],
  );
}

/** The relationship of that type between the pair, locked for the rest of the transaction, or null. */
export async function lockRelationshipOfPair(
  tx: SqlExecutor,
  orgId: string,
  pair: Pick<NewRelationship, 'fromId' | 'toId' | 'type'>,
): Promise<RelationshipRow | null> {
  const [row] = await tx.query<RelationshipRow>(
    `SELECT ${RELATIONSHIP_COLUMNS} FROM talent_relationships WHERE org_id = $1 AND from_id = $2 AND to_id = $3 AND type = $4 FOR UPDATE`,
    [orgId, pair.fromId, pair.toId, pair.type],
  );
  return row ?? null;
}

/** Makes a derived relationship a recorded one (it then stays whatever the employments say), merging `detail` into its own. */
export async function markRecorded(
  tx: SqlExecutor,
  id: string,
  detail: Record<string, unknown>,
  createdBy: string,
): Promise<RelationshipRow> {
  const [row] = await tx.query<RelationshipRow>(
    `UPDATE talent_relationships SET derived = false, detail = detail || $2::jsonb, version = version + 1, created_by = $3
     WHERE id = $1 RETURNING ${RELATIONSHIP_COLUMNS}`,
    [id, JSON.stringify(detail), createdBy],
  );
  return row!;
}

/** A relationship of the org by id, locked for the rest of the transaction, or null. */
export async function lockRelationship(tx: SqlExecutor, orgId: string, id: string): Promise<RelationshipRow | null> {
  const [row] = await tx.query<RelationshipRow>(
    `SELECT ${RELATIONSHIP_COLUMNS} FROM talent_relationships WHERE org_id = $1 AND id = $2 FOR UPDATE`,
    [orgId, id],
  );
  return row ?? null;
}

export async function deleteRelationship(tx: SqlExecutor, id: string): Promise<void> {
  await tx.query('DELETE FROM talent_relationships WHERE id = $1', [id]);
}

/** A derived WORKED_WITH row `rewriteDerivedWorkedWith` wrote (inserted or changed) or deleted. */
export interface DerivedWorkedWithChange {
  change: 'upserted' | 'deleted';
  id: string;
  from_id: string;
  to_id: string;
  detail: Record<string, unknown>;
  version: number;
  created_at: Date | string;
}

const MONTH = String.raw`'^\d{4}-(0[1-9]|1[0-2])$'`;
const YEAR = String.raw`'^\d{4}$'`;

/**
 * Rewrites the derived WORKED_WITH rows involving `talentIds` in one statement, by the rule of
 * data/records/worked-with.ts (overlapping dated positions at one company; none at a company where
 * more than `maxColleagues` talents of the org have one): new overlaps inserted, changed ones
 * rewritten (version + 1), stale ones deleted. Recorded rows are never touched. Returns what changed.
 */
export function rewriteDerivedWorkedWith(
  tx: SqlExecutor,
  orgId: string,
  talentIds: readonly string[],
  maxColleagues: number,
): Promise<DerivedWorkedWithChange[]> {
  return tx.query<DerivedWorkedWithChange>(
    `WITH ids AS (SELECT DISTINCT unnest($2::uuid[]) AS id),
     company_keys AS (
       SELECT coalesce(array_agg(DISTINCT k), '{}') AS keys
       FROM talents t CROSS JOIN LATERAL unnest(t.employment_company_keys) AS k
       WHERE t.org_id = $1 AND t.id IN (SELECT id FROM ids) AND t.${VISIBLE_TALENT}
     ),
     all_positions AS (
       SELECT t.id AS talent_id, t.id IN (SELECT id FROM ids) AS is_given, btrim(e.company) AS company,
              lower(btrim(normalize(e.company, NFKC))) AS company_key,
              CASE WHEN e.start ~ ${MONTH} THEN e.start WHEN e.start ~ ${YEAR} THEN e.start || '-01' END AS start_month,
              CASE WHEN e."end" IS NULL OR btrim(e."end") = '' OR lower(e."end") = 'present' THEN '9999-12'
                   WHEN e."end" ~ ${MONTH} THEN e."end" WHEN e."end" ~ ${YEAR} THEN e."end" || '-12' END AS end_month
       FROM talents t
       CROSS JOIN LATERAL jsonb_to_recordset(t.employments) AS e(company text, start text, "end" text)
       WHERE t.org_id = $1 AND t.${VISIBLE_TALENT} AND t.employment_company_keys && (SELECT keys FROM company_keys)
         AND btrim(coalesce(e.company, '')) <> ''
     ),
     -- Companies with more talents of the org than the limit derive nothing (see data/records/worked-with.ts).
     crowded AS (
       SELECT company_key FROM all_positions WHERE start_month IS NOT NULL
       GROUP BY company_key HAVING count(DISTINCT talent_id) > $3
     ),
     positions AS (SELECT * FROM all_positions WHERE company_key NOT IN (SELECT company_key FROM crowded)),
     overlap_pairs AS (
       SELECT DISTINCT ON (from_id, to_id) from_id, to_id,
              jsonb_build_object('company', company, 'from', from_month, 'to', nullif(to_month, '9999-12')) AS detail
       FROM (
         SELECT least(m.talent_id, o.talent_id) AS from_id, greatest(m.talent_id, o.talent_id) AS to_id,
                CASE WHEN m.talent_id < o.talent_id THEN m.company ELSE o.company END AS company,
                greatest(m.start_month, o.start_month) AS from_month, least(m.end_month, o.end_month) AS to_month
         FROM positions m
         JOIN positions o ON o.company_key = m.company_key AND o.talent_id <> m.talent_id
         WHERE m.is_given AND m.start_month IS NOT NULL AND o.start_month IS NOT NULL
           AND m.end_month IS NOT NULL AND o.end_month IS NOT NULL
       ) pairs
       WHERE from_month <= to_month
       ORDER BY from_id, to_id, to_month DESC, from_month DESC, company
     ),
     stale AS (
       DELETE FROM talent_relationships r
       WHERE r.org_id = $1 AND r.derived AND r.type = 'WORKED_WITH'
         AND NOT EXISTS (SELECT 1 FROM overlap_pairs p WHERE p.from_id = r.from_id AND p.to_id = r.to_id)
         AND (
           r.from_id IN (SELECT id FROM ids) OR r.to_id IN (SELECT id FROM ids)
           -- A company that became crowded loses its derived pairs, whoever they join.
           OR lower(btrim(normalize(r.detail->>'company', NFKC))) IN (SELECT company_key FROM crowded)
         )
       RETURNING r.id, r.from_id, r.to_id, r.detail, r.version, r.created_at
     ),
     written AS (
       INSERT INTO talent_relationships AS r (org_id, from_id, to_id, type, derived, detail, created_by)
       SELECT $1, from_id, to_id, 'WORKED_WITH', true, detail, 'system' FROM overlap_pairs
       ON CONFLICT (org_id, from_id, to_id, type) DO UPDATE
         SET detail = EXCLUDED.detail, version = r.version + 1
         WHERE r.derived AND r.detail IS DISTINCT FROM EXCLUDED.detail
       RETURNING r.id, r.from_id, r.to_id, r.detail, r.version, r.created_at
     )
     SELECT 'deleted' AS change, * FROM stale
     UNION ALL
     SELECT 'upserted', * FROM written`,
    [orgId, talentIds, maxColleagues],
  );
}

// --- a merge and an erasure: every relationship of some talents ------------------------------------

/** The relationships with an end among `talentIds`, locked, oldest first. */
export async function lockRelationshipsOf(tx: SqlExecutor, orgId: string, talentIds: readonly string[]): Promise<RelationshipRow[]> {
  return tx.query<RelationshipRow>(
    `SELECT ${RELATIONSHIP_COLUMNS} FROM talent_relationships
     WHERE org_id = $1 AND (from_id = ANY ($2::uuid[]) OR to_id = ANY ($2::uuid[]))
     ORDER BY created_at, id
     FOR UPDATE`,
    [orgId, talentIds],
  );
}

export async function deleteRelationships(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM talent_relationships WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, ids]);
}

/** Rewrites the ends of relationships (version + 1); the rows as written. */
export async function rewriteRelationshipEnds(
  tx: SqlExecutor,
  orgId: string,
  changes: readonly { id: string; from: string; to: string }[],
): Promise<RelationshipRow[]> {
  return tx.query<RelationshipRow>(
    `UPDATE talent_relationships r SET from_id = c.from_id, to_id = c.to_id, version = r.version + 1
     FROM jsonb_to_recordset($2::jsonb) AS c(id uuid, from_id uuid, to_id uuid)
     WHERE r.org_id = $1 AND r.id = c.id
     RETURNING ${RELATIONSHIP_COLUMNS.split(', ')
       .map((c) => `r.${c}`)
       .join(', ')}`,
    [orgId, JSON.stringify(changes.map((c) => ({ id: c.id, from_id: c.from, to_id: c.to })))],
  );
}

/** Deletes every relationship with talent `talentId` at either end (an erasure); their ids and versions, for their deletion events. */
export async function deleteRelationshipsOfTalent(
  tx: SqlExecutor,
  orgId: string,
  talentId: string,
): Promise<{ id: string; version: number }[]> {
  return tx.query<{ id: string; version: number }>(
    'DELETE FROM talent_relationships WHERE org_id = $1 AND (from_id = $2 OR to_id = $2) RETURNING id, version',
    [orgId, talentId],
  );
}

/** The talent's relationships as a data export holds them (JSON, oldest first). */
export async function exportRelationshipsOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ relationships: unknown[] }>(
    `SELECT coalesce(jsonb_agg(to_jsonb(r) - 'org_id' ORDER BY r.created_at, r.id), '[]') AS relationships
     FROM talent_relationships r WHERE r.org_id = $1 AND (r.from_id = $2 OR r.to_id = $2)`,
    [orgId, talentId],
  );
  return row!.relationships;
}

// --- the full scans of the projections (reindex, consistency) ---------------------------------------

/** Both ends visible talents: only those relationships are projected. */
const BETWEEN_VISIBLE = `JOIN talents a ON a.id = r.from_id AND a.${VISIBLE_TALENT} JOIN talents b ON b.id = r.to_id AND b.${VISIBLE_TALENT}`;
const RELATIONSHIP_R = RELATIONSHIP_COLUMNS.split(', ')
  .map((c) => `r.${c}`)
  .join(', ');

/** Every organisation's relationships between visible talents after `afterId`, in id order: a page of a full scan. */
export async function scanVisibleRelationshipRows(db: SqlExecutor, afterId: string, limit: number): Promise<RelationshipRow[]> {
  return db.query<RelationshipRow>(
    `SELECT ${RELATIONSHIP_R} FROM talent_relationships r ${BETWEEN_VISIBLE} WHERE r.id > $1 ORDER BY r.id LIMIT $2`,
    [afterId, limit],
  );
}

/** Which of `ids` (valid uuids, any organisation) are relationships between visible talents, with their organisation. */
export async function visibleRelationshipOrgs(db: SqlExecutor, ids: readonly string[]): Promise<{ id: string; org_id: string }[]> {
  return db.query<{ id: string; org_id: string }>(
    `SELECT r.id, r.org_id FROM talent_relationships r ${BETWEEN_VISIBLE} WHERE r.id = ANY ($1::uuid[])`,
    [ids],
  );
}
