import type { SqlExecutor } from '../../../data/ports.ts';
import { RELATIONSHIP_COLUMNS, type RelationshipRow } from '../../../data/projections/relationship-projection.ts';

/**
 * The SQL of a merge: what is attached to the merged talents (applications with their stage moves,
 * notes, resumes, tags, pool memberships, relationships) moves onto the talent kept, inside the
 * merge's transaction. Rows only; merge.ts decides what moves, folds or is dropped.
 */

export interface MergeApplicationRow {
  id: string;
  talent_id: string;
  job_id: string;
  stage: string;
  status: 'ACTIVE' | 'HIRED' | 'REJECTED';
  /** The stage's place in the job's pipeline, else the organisation's, else the default one; null when none knows it. */
  stage_position: number | null;
  updated_at: Date | string;
}

/** The applications of `talentIds`, locked, each with its stage's position (`defaultStageKeys` when neither pipeline has it). */
export async function lockApplicationsOf(
  tx: SqlExecutor,
  orgId: string,
  talentIds: readonly string[],
  defaultStageKeys: readonly string[],
): Promise<MergeApplicationRow[]> {
  return tx.query<MergeApplicationRow>(
    `SELECT a.id, a.talent_id, a.job_id, a.stage, a.status, a.updated_at,
            coalesce(
              (SELECT s.n::int FROM jobs j, jsonb_array_elements(coalesce(j.stages, '[]'::jsonb)) WITH ORDINALITY AS s(stage, n)
               WHERE j.id = a.job_id AND s.stage->>'key' = a.stage),
              (SELECT p.position FROM pipeline_stages p WHERE p.org_id = a.org_id AND p.key = a.stage),
              array_position($3::text[], a.stage)
            ) AS stage_position
     FROM applications a WHERE a.org_id = $1 AND a.talent_id = ANY ($2::uuid[])
     FOR UPDATE OF a`,
    [orgId, talentIds, defaultStageKeys],
  );
}

/** Folds each `loser` application into its `winner`: its stage moves and notes move over, then it is deleted. */
export async function foldApplications(tx: SqlExecutor, orgId: string, folds: readonly { loser: string; winner: string }[]): Promise<void> {
  if (folds.length === 0) return;
  const mapping = JSON.stringify(folds);
  await tx.query(
    `UPDATE application_stage_moves m SET application_id = f.winner
     FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE m.org_id = $1 AND m.application_id = f.loser`,
    [orgId, mapping],
  );
  await tx.query(
    `UPDATE notes n SET application_id = f.winner
     FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE n.org_id = $1 AND n.application_id = f.loser`,
    [orgId, mapping],
  );
  await tx.query('DELETE FROM applications WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, folds.map((f) => f.loser)]);
}

/** The applications `ids` now belong to `talentId` (version + 1). */
export async function moveApplications(tx: SqlExecutor, orgId: string, ids: readonly string[], talentId: string): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `UPDATE applications SET talent_id = $2, version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = ANY ($3::uuid[])`,
    [orgId, talentId, ids],
  );
}

const moved = async (tx: SqlExecutor, update: string, params: unknown[]): Promise<number> =>
  (await tx.query<{ n: number }>(`WITH moved AS (${update} RETURNING 1) SELECT count(*)::int AS n FROM moved`, params))[0]?.n ?? 0;

/** The notes of `fromIds` move to `toId`; how many moved. */
export const moveNotes = (tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<number> =>
  moved(tx, 'UPDATE notes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, toId, fromIds]);

/** The resumes of `fromIds` move to `toId`; how many moved. */
export const moveResumes = (tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<number> =>
  moved(tx, 'UPDATE resumes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, toId, fromIds]);

/** Tags and pool memberships: `toId` gets those of `fromIds` (once each, the earliest), then theirs go. */
export async function moveTagsAndPools(tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<void> {
  await tx.query(
    `INSERT INTO talent_tags (org_id, talent_id, tag_id, added_by, added_at)
     SELECT org_id, $2, tag_id, added_by, min(added_at) FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])
     GROUP BY org_id, tag_id, added_by
     ON CONFLICT (talent_id, tag_id) DO NOTHING`,
    [orgId, toId, fromIds],
  );
  await tx.query('DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, fromIds]);
  await tx.query(
    `INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by, added_at)
     SELECT DISTINCT ON (pool_id) org_id, pool_id, $2, added_by, added_at FROM talent_pool_members
     WHERE org_id = $1 AND talent_id = ANY ($3::uuid[]) ORDER BY pool_id, added_at
     ON CONFLICT (pool_id, talent_id) DO NOTHING`,
    [orgId, toId, fromIds],
  );
  await tx.query('DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, fromIds]);
}

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
