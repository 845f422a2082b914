import type { SqlExecutor } from '../../../data/ports.ts';

/**
 * The application_stage_moves table's one owner: each application's history of stages (the moves,
 * the reads of the timeline and the detail, what a merge and an erasure do to them). Rows only, no
 * viewer; the applications themselves are application-store.ts's.
 */

/** One stage move as stored. */
export interface StageMoveRow {
  application_id: string;
  job_id: string;
  from_stage: string | null;
  to_stage: string;
  reason: string | null;
  actor_id: string | null;
  moved_at: Date | string;
}

/** The stage moves of applications, oldest first. */
export function stageMoves(db: SqlExecutor, orgId: string | undefined, applicationIds: readonly string[]): Promise<StageMoveRow[]> {
  return db.query<StageMoveRow>(
    `SELECT m.application_id, a.job_id, m.from_stage, m.to_stage, m.reason, m.actor_id, m.moved_at
     FROM application_stage_moves m JOIN applications a ON a.id = m.application_id AND a.org_id = m.org_id
     WHERE m.org_id = $1 AND m.application_id = ANY ($2::uuid[]) ORDER BY m.moved_at, m.id`,
    [orgId, [...applicationIds]],
  );
}

/** Records a stage move; `from` is null for the application's creation. */
export async function insertStageMove(
  tx: SqlExecutor,
  orgId: string,
  move: { applicationId: string; from: string | null; to: string; reason: string | null; actorId: string },
): Promise<void> {
  await tx.query(
    'INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, reason, actor_id) VALUES ($1, $2, $3, $4, $5, $6)',
    [orgId, move.applicationId, move.from, move.to, move.reason, move.actorId],
  );
}

/** The stage moves of each folded (`loser`) application move to its `winner` (a merge folds two applications for one job). */
export async function moveStageMovesOfApplications(
  tx: SqlExecutor,
  orgId: string,
  folds: readonly { loser: string; winner: string }[],
): Promise<void> {
  if (folds.length === 0) return;
  await tx.query(
    `UPDATE application_stage_moves m SET application_id = f.winner
     FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE m.org_id = $1 AND m.application_id = f.loser`,
    [orgId, JSON.stringify(folds)],
  );
}

/** The stage moves of the talent's applications keep their stages without their reasons (an erasure). */
export async function clearStageMoveReasonsOf(tx: SqlExecutor, orgId: string, talentId: string): Promise<void> {
  await tx.query(
    `UPDATE application_stage_moves m SET reason = NULL FROM applications a
     WHERE a.org_id = $1 AND a.talent_id = $2 AND m.application_id = a.id AND m.reason IS NOT NULL`,
    [orgId, talentId],
  );
}

/** Records stage moves in order (one statement for any number), by `system` (the demo seed). */
export async function insertSeedStageMoves(
  tx: SqlExecutor,
  orgId: string,
  moves: readonly { application_id: string; from_stage: string | null; to_stage: string }[],
): Promise<void> {
  await tx.query(
    `INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, actor_id)
     SELECT $1, application_id, from_stage, to_stage, 'system' FROM ROWS FROM (jsonb_to_recordset($2::jsonb)
       AS (application_id uuid, from_stage text, to_stage text)) WITH ORDINALITY AS x(application_id, from_stage, to_stage, n) ORDER BY n`,
    [orgId, JSON.stringify(moves)],
  );
}
