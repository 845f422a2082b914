import { isUuid } from '../../../platform/ids.ts';
import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { countAffected } from '../../../data/records/affected-rows.ts';
import type { StageKind } from '../__generated__/resolvers-types.ts';
import {
  APPLICATION_COLUMNS,
  toApplicationRecord,
  type ApplicationRecord,
  type ApplicationRow,
  type ApplicationStatus,
} from './application-record.ts';

/**
 * The applications table's one owner: its SQL, rows and column lists, and nothing of a viewer
 * (its stage moves are stage-move-store.ts's). Every query filters by the `orgId` it is given; lists and reads
 * join the talent so that a merged or erased person's tombstone leaves them.
 */

/** What the lists filter on; dates as the rules parsed them. */
export interface ApplicationConditions {
  jobId?: string | null;
  talentId?: string | null;
  stages?: string[] | null;
  status?: ApplicationStatus[] | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/** The keyset of the lists (newest first): the last row seen. */
export interface ApplicationKeyset {
  createdAt: string;
  id: string;
}

const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
const APPLICATION_A = prefixed('a', APPLICATION_COLUMNS);
/** Applications of visible talents only: a merged or erased person's tombstone leaves the lists. */
const VISIBLE_TALENT_JOIN = `JOIN talents t ON t.id = a.talent_id AND t.org_id = a.org_id AND t.${VISIBLE_TALENT}`;

export async function applicationsByIds(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<ApplicationRecord[]> {
  const rows = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE a.org_id = $1 AND a.id = ANY ($2::uuid[])`,
    [orgId, ids],
  );
  return rows.map(toApplicationRecord);
}

/** The talents' applications, newest first. */
export async function applicationsOfTalents(
  db: SqlExecutor,
  orgId: string | undefined,
  talentIds: readonly string[],
): Promise<ApplicationRecord[]> {
  const rows = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN}
     WHERE a.org_id = $1 AND a.talent_id = ANY ($2::uuid[]) ORDER BY a.created_at DESC, a.id DESC`,
    [orgId, talentIds],
  );
  return rows.map(toApplicationRecord);
}

/** A page of the list, newest first: `limit` rows after `after`. */
export async function applicationPage(
  db: SqlExecutor,
  orgId: string,
  filter: ApplicationConditions,
  after: ApplicationKeyset | null,
  limit: number,
): Promise<ApplicationRecord[]> {
  const { where, params } = applicationConditions(orgId, filter);
  const keyset = keysetCondition(params, after);
  params.push(limit);
  const rows = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE ${where} ${keyset}
     ORDER BY a.created_at DESC, a.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map(toApplicationRecord);
}

export async function countApplications(db: SqlExecutor, orgId: string, filter: ApplicationConditions): Promise<number> {
  const { where, params } = applicationConditions(orgId, filter);
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM applications a ${VISIBLE_TALENT_JOIN} WHERE ${where}`,
    params,
  );
  return row?.n ?? 0;
}

/** The same page of several jobs at once (a `row_number()` window per job), newest first within each job. */
export async function jobApplicationPages(
  db: SqlExecutor,
  orgId: string,
  filter: Omit<ApplicationConditions, 'jobId'>,
  jobIds: readonly string[],
  after: ApplicationKeyset | null,
  limit: number,
): Promise<ApplicationRecord[]> {
  const { where, params } = applicationConditions(orgId, filter);
  params.push([...jobIds]);
  const jobCondition = `a.job_id = ANY ($${params.length}::uuid[])`;
  const keyset = keysetCondition(params, after);
  params.push(limit);
  const rows = await db.query<ApplicationRow>(
    `SELECT ${APPLICATION_COLUMNS} FROM (
       SELECT a.*, row_number() OVER (PARTITION BY a.job_id ORDER BY a.created_at DESC, a.id DESC) AS rank
       FROM applications a ${VISIBLE_TALENT_JOIN}
       WHERE ${where} AND ${jobCondition} ${keyset}
     ) ranked WHERE rank <= $${params.length} ORDER BY job_id, rank`,
    params,
  );
  return rows.map(toApplicationRecord);
}

/** How many applications matching `filter` each job has (jobs with none are missing). */
export async function countApplicationsOfJobs(
  db: SqlExecutor,
  orgId: string,
  filter: Omit<ApplicationConditions, 'jobId'>,
  jobIds: readonly string[],
): Promise<Map<string, number>> {
  const { where, params } = applicationConditions(orgId, filter);
  params.push([...jobIds]);
  const rows = await db.query<{ job_id: string; n: number }>(
    `SELECT a.job_id, count(*)::int AS n FROM applications a ${VISIBLE_TALENT_JOIN}
     WHERE ${where} AND a.job_id = ANY ($${params.length}::uuid[]) GROUP BY a.job_id`,
    params,
  );
  return new Map(rows.map((row) => [row.job_id, row.n]));
}

const keysetCondition = (params: unknown[], after: ApplicationKeyset | null): string => {
  if (!after) return '';
  params.push(after.createdAt, after.id);
  return `AND (a.created_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
};

function applicationConditions(orgId: string, filter: ApplicationConditions): { where: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  const conditions = ['a.org_id = $1'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  // An id that is not a uuid matches nothing, rather than failing its cast.
  if (filter.jobId != null) conditions.push(isUuid(filter.jobId) ? `a.job_id = ${param(filter.jobId)}::uuid` : 'false');
  if (filter.talentId != null) conditions.push(isUuid(filter.talentId) ? `a.talent_id = ${param(filter.talentId)}::uuid` : 'false');
  if (filter.stages?.length) conditions.push(`a.stage = ANY (${param(filter.stages)}::text[])`);
  if (filter.status?.length) conditions.push(`a.status = ANY (${param(filter.status)}::text[])`);
  if (filter.createdAfter != null) conditions.push(`a.created_at > ${param(filter.createdAfter)}`);
  if (filter.createdBefore != null) conditions.push(`a.created_at < ${param(filter.createdBefore)}`);
  return { where: conditions.join(' AND '), params };
}

/**
 * The pipeline boards of jobs: per job and stage, the count and the `perStage` most recently moved
 * applications (two queries for all the jobs).
 */
export async function boardsOfJobs(
  db: SqlExecutor,
  orgId: string,
  jobIds: readonly string[],
  perStage: number,
): Promise<{ counts: Map<string, number>; applications: ApplicationRecord[] }[]> {
  const ids = [...jobIds];
  const [counts, ranked] = await Promise.all([
    db.query<{ job_id: string; stage: string; n: number }>(
      `SELECT a.job_id, a.stage, count(*)::int AS n
       FROM applications a JOIN talents t ON t.id = a.talent_id AND t.org_id = $1 AND t.${VISIBLE_TALENT}
       WHERE a.org_id = $1 AND a.job_id = ANY ($2::uuid[]) GROUP BY a.job_id, a.stage`,
      [orgId, ids],
    ),
    perStage === 0
      ? Promise.resolve([])
      : db.query<ApplicationRow>(
          `SELECT ${APPLICATION_COLUMNS} FROM (
             SELECT a.*, row_number() OVER (PARTITION BY a.job_id, a.stage ORDER BY a.updated_at DESC, a.id DESC) AS rank
             FROM applications a JOIN talents t ON t.id = a.talent_id AND t.org_id = $1 AND t.${VISIBLE_TALENT}
             WHERE a.org_id = $1 AND a.job_id = ANY ($2::uuid[])
           ) ranked WHERE rank <= $3 ORDER BY job_id, stage, rank`,
          [orgId, ids, perStage],
        ),
  ]);
  return ids.map((id) => ({
    counts: new Map(counts.filter((c) => c.job_id === id).map((c) => [c.stage, c.n])),
    applications: ranked.filter((r) => r.job_id === id).map(toApplicationRecord),
  }));
}

/** Whether application `applicationId` (a uuid) of the org is talent `talentId`'s (a note may refer to it). */
export async function isApplicationOfTalent(db: SqlExecutor, orgId: string, applicationId: string, talentId: string): Promise<boolean> {
  const [row] = await db.query('SELECT 1 FROM applications WHERE org_id = $1 AND id = $2 AND talent_id = $3', [
    orgId,
    applicationId,
    talentId,
  ]);
  return Boolean(row);
}

/** Inserts the application, or null when the talent already has one for the job. */
export async function insertApplication(
  tx: SqlExecutor,
  orgId: string,
  values: { talentId: string; jobId: string; stage: string; status: StageKind; createdBy: string },
): Promise<ApplicationRecord | null> {
  const [row] = await tx.query<ApplicationRow>(
    `INSERT INTO applications (org_id, talent_id, job_id, stage, status, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (org_id, talent_id, job_id) DO NOTHING RETURNING ${APPLICATION_COLUMNS}`,
    [orgId, values.talentId, values.jobId, values.stage, values.status, values.createdBy],
  );
  return row ? toApplicationRecord(row) : null;
}

/** The id of the talent's application for the job, if any. */
export async function applicationIdFor(tx: SqlExecutor, orgId: string, talentId: string, jobId: string): Promise<string | null> {
  const [existing] = await tx.query<{ id: string }>('SELECT id FROM applications WHERE org_id = $1 AND talent_id = $2 AND job_id = $3', [
    orgId,
    talentId,
    jobId,
  ]);
  return existing?.id ?? null;
}

/** The application (of a visible talent) held FOR UPDATE until the transaction ends, or null. */
export async function lockApplication(tx: SqlExecutor, orgId: string, id: string): Promise<ApplicationRecord | null> {
  const [row] = await tx.query<ApplicationRow>(
    `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE a.org_id = $1 AND a.id = $2 FOR UPDATE OF a`,
    [orgId, id],
  );
  return row ? toApplicationRecord(row) : null;
}

/** Puts the application on `stage` with `status` and bumps its version. */
export async function updateApplicationStage(
  tx: SqlExecutor,
  orgId: string,
  id: string,
  change: { stage: string; status: StageKind; rejectionReason: string | null },
): Promise<ApplicationRecord> {
  const [row] = await tx.query<ApplicationRow>(
    `UPDATE applications SET stage = $3, status = $4, rejection_reason = $5, version = version + 1,
            updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2 RETURNING ${APPLICATION_COLUMNS}`,
    [orgId, id, change.stage, change.status, change.rejectionReason],
  );
  return toApplicationRecord(row!);
}

/** Applications of one job (`jobId`), or of every job on the organisation's stages (null), per stage. */
export function applicationsPerStage(tx: SqlExecutor, orgId: string, jobId: string | null): Promise<{ stage: string; n: number }[]> {
  return jobId
    ? tx.query('SELECT stage, count(*)::int AS n FROM applications WHERE org_id = $1 AND job_id = $2 GROUP BY stage ORDER BY stage', [
        orgId,
        jobId,
      ])
    : tx.query(
        `SELECT a.stage, count(*)::int AS n FROM applications a JOIN jobs j ON j.id = a.job_id
         WHERE a.org_id = $1 AND j.org_id = $1 AND j.stages IS NULL GROUP BY a.stage ORDER BY a.stage`,
        [orgId],
      );
}

/** An application whose status followed its stage's new kind: before and after. */
export interface RestatusedApplicationRow {
  id: string;
  talent_id: string;
  job_id: string;
  job_title: string;
  stage: string;
  before_status: StageKind;
  status: StageKind;
  before_version: number;
  version: number;
}

/**
 * Sets each application's status to its stage's kind in `stages`, for one job (`jobId`) or every job
 * on the organisation's stages (null), in one statement; returns those that changed.
 */
export function restatusApplications(
  tx: SqlExecutor,
  orgId: string,
  jobId: string | null,
  stages: readonly { key: string; kind: StageKind }[],
): Promise<RestatusedApplicationRow[]> {
  // The self-join reads each row as it was before the update (RETURNING shows the new row only).
  return tx.query<RestatusedApplicationRow>(
    `UPDATE applications a SET status = s.kind, version = a.version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     FROM jsonb_to_recordset($2::jsonb) AS s(key text, kind text), applications prior, jobs j
     WHERE a.org_id = $1 AND a.stage = s.key AND a.status <> s.kind
       AND prior.id = a.id AND j.id = a.job_id AND j.org_id = $1
       AND ${jobId ? 'a.job_id = $3' : 'j.stages IS NULL'}
     RETURNING a.id, a.talent_id, a.job_id, j.title AS job_title, a.stage, prior.status AS before_status, a.status, prior.version AS before_version, a.version`,
    jobId ? [orgId, JSON.stringify(stages), jobId] : [orgId, JSON.stringify(stages)],
  );
}

/** Each application among `ids` (uuids) with its job's title and the job's own stages (null: the organisation's), for the timeline's sentences. */
export async function applicationJobs(
  db: SqlExecutor,
  orgId: string,
  ids: readonly string[],
): Promise<{ id: string; jobTitle: string; jobStages: { key: string; name: string }[] | null }[]> {
  const rows = await db.query<{ id: string; title: string; stages: { key: string; name: string }[] | null }>(
    `SELECT a.id, j.title, j.stages FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.org_id = $1 AND a.id = ANY ($2::uuid[])`,
    [orgId, ids],
  );
  return rows.map((row) => ({ id: row.id, jobTitle: row.title, jobStages: row.stages }));
}

/** Whether the org has any application (the demo seed leaves such an organisation alone). */
export async function hasApplications(db: SqlExecutor, orgId: string): Promise<boolean> {
  const [row] = await db.query('SELECT 1 FROM applications WHERE org_id = $1 LIMIT 1', [orgId]);
  return Boolean(row);
}

/** Inserts applications (one statement for any number), created by `system` (the demo seed); as written. */
export async function insertSeedApplications(
  tx: SqlExecutor,
  orgId: string,
  applications: readonly { talentId: string; jobId: string; stage: string; status: string; rejectionReason: string | null }[],
): Promise<ApplicationRecord[]> {
  const rows = await tx.query<ApplicationRow>(
    `INSERT INTO applications (org_id, talent_id, job_id, stage, status, rejection_reason, created_by)
     SELECT $1, talent_id, job_id, stage, status, rejection_reason, 'system'
     FROM jsonb_to_recordset($2::jsonb) AS x(talent_id uuid, job_id uuid, stage text, status text, rejection_reason text)
     RETURNING ${APPLICATION_COLUMNS}`,
    [
      orgId,
      JSON.stringify(
        applications.map((a) => ({
          talent_id: a.talentId,
          job_id: a.jobId,
          stage: a.stage,
          status: a.status,
          rejection_reason: a.rejectionReason,
        })),
      ),
    ],
  );
  return rows.map(toApplicationRecord);
}

// --- a merge and an erasure: every application of some talents -----------------------------------

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

/** Deletes the applications `ids` (a merge, once their stage moves and notes went to the application they fold into). */
export async function deleteApplications(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('DELETE FROM applications WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, ids]);
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

/** The talent's applications stay (counts) without their rejection reasons (an erasure); how many applications. */
export const clearRejectionReasonsOf = (tx: SqlExecutor, orgId: string, talentId: string): Promise<number> =>
  countAffected(tx, 'UPDATE applications SET rejection_reason = NULL WHERE org_id = $1 AND talent_id = $2', [orgId, talentId]);

/** The talent's applications as a data export holds them (JSON, oldest first, each with its job's title and its stage moves). */
export async function exportApplicationsOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ applications: unknown[] }>(
    `SELECT coalesce(jsonb_agg((to_jsonb(a) - 'org_id') || jsonb_build_object(
               'jobTitle', j.title,
               'stageMoves', (SELECT coalesce(jsonb_agg(to_jsonb(m) - 'org_id' ORDER BY m.moved_at, m.id), '[]')
                              FROM application_stage_moves m WHERE m.application_id = a.id)) ORDER BY a.created_at, a.id), '[]') AS applications
     FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.org_id = $1 AND a.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.applications;
}
