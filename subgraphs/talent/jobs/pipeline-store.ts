import type { SqlExecutor } from '../../../data/ports.ts';
import { orgStore } from '../../../data/records/org-store.ts';
import type { PipelineStageRecord, StoredStage } from './pipelines.ts';

/**
 * The organisation's default stages (`pipeline_stages`): their SQL and nothing of a viewer. A job's
 * own stages live on the job (data/records/job-store.ts); what a change means to applications is the rules'
 * (pipelines.ts).
 */

/** The organisation's stages in board order; none when it has set none. */
export function orgStageRows(db: SqlExecutor, orgId: string): Promise<StoredStage[]> {
  return db.query<StoredStage>('SELECT key, name, kind FROM pipeline_stages WHERE org_id = $1 ORDER BY position', [orgId]);
}

/**
 * Holds the organisation row FOR UPDATE (through `orgs`' owner): application writes on the default
 * pipeline hold it FOR SHARE, so they wait.
 */
export async function lockOrgPipeline(tx: SqlExecutor, orgId: string): Promise<void> {
  await orgStore.lockForUpdate(tx, orgId);
}

/** Replaces the organisation's stages. */
export async function replaceOrgStages(tx: SqlExecutor, orgId: string, stages: readonly PipelineStageRecord[]): Promise<void> {
  await tx.query('DELETE FROM pipeline_stages WHERE org_id = $1', [orgId]);
  await tx.query(
    `INSERT INTO pipeline_stages (org_id, key, name, position, kind)
     SELECT $1, key, name, position, kind FROM jsonb_to_recordset($2::jsonb) AS x(key text, name text, position int, kind text)`,
    [orgId, JSON.stringify(stages)],
  );
}
