import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { RELATIONSHIP_COLUMNS, type RelationshipRow, type RelationshipType } from '../../../data/projections/relationship-projection.ts';

/**
 * Recorded relationships in `talent_relationships`: the SQL and rows, no viewer and no rules (pairs
 * arrive ordered, ids as uuids). The derived WORKED_WITH rows are rewritten with the talent writes,
 * below the subgraphs (data/records/worked-with.ts). Each write here is followed by its outbox events
 * in the caller's transaction (data/projections/relationship-projection.ts).
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

/** The visible talents among `ids` (uuids), locked so neither is merged or erased before the commit. */
export async function lockVisibleTalentIds(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) AND ${VISIBLE_TALENT} FOR SHARE`,
    [orgId, ids],
  );
  return new Set(rows.map((row) => row.id));
}
