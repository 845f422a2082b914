import { isUuid } from '../../platform/ids.ts';
import type { SqlExecutor } from '../ports.ts';
import {
  jobForMatching,
  toJob,
  type HiringRole,
  type HiringTeamMemberRecord,
  type JobForMatching,
  type JobKnockoutsRecord,
  type JobRecord,
  type JobRow,
  type JobStatus,
  type RemotePolicy,
  type StoredStage,
} from './job-record.ts';
import { skillFilterKeys } from '../projections/talent-projection.ts';
import { VISIBLE_TALENT, refreshSkillKeys } from './talent-store.ts';
import type { Idempotency } from '../../platform/idempotency.ts';

export * from './job-record.ts';

/**
 * The jobs tables (`jobs`, `job_hiring_team`): their SQL, rows and column lists, and nothing of a
 * viewer. The talent subgraph's rules (subgraphs/talent/jobs/jobs.ts) say which organisation and
 * which values; matching reads jobs through `jobsForMatching`. Every query here filters by the
 * `orgId` it is given. Below the subgraphs (like talent-store.ts) because two subgraphs read it.
 */

export const JOB_COLUMNS =
  'id, org_id, title, department, location, remote_policy, employment_type, salary, description, required_skills, preferred_skills, ' +
  'skills, min_years, max_years_of_experience, languages, knockouts, status, stages, created_by, version, created_at, updated_at';

const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');

/** What a job row holds, as the rules have validated it (`skills` is derived by the rules). */
export type JobValues = Omit<JobRecord, 'id' | 'orgId' | 'ownStages' | 'createdBy' | 'version' | 'createdAt' | 'updatedAt'> & {
  ownStages: readonly StoredStage[] | null;
};

export interface JobFilter {
  status?: JobStatus[] | null;
  department?: string | null;
  location?: string | null;
  remotePolicy?: RemotePolicy[] | null;
  skillsAny?: string[] | null;
  hiringTeamUserId?: string | null;
  /** Dates: the rules have parsed them. */
  createdAfter?: Date | null;
  createdBefore?: Date | null;
  text?: string | null;
}

/** A keyset page of the job list: its order and, after the first page, the last row seen. */
export interface JobPageQuery {
  column: 'created_at' | 'updated_at' | 'title';
  direction: 'ASC' | 'DESC';
  after: { value: string; id: string } | null;
  /** Rows to read: the page size plus one (the extra one says there is a next page). */
  limit: number;
}

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Jobs of the organisation by id (any order; unknown ids are missing). */
export function jobsByIds(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<JobRow[]> {
  return db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [orgId, ids]);
}

/**
 * The organisation's jobs `ids` as matching reads them (`MatchJob`), in the order of `ids`; an unknown
 * id, another organisation's job or a malformed one is left out.
 */
export async function jobsForMatching(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<JobForMatching[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return [];
  const found = new Map((await jobsByIds(db, orgId, valid)).map((row) => [row.id, jobForMatching(toJob(row))]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** The hiring teams of jobs, in the order members were added. */
export async function hiringTeams(db: SqlExecutor, orgId: string | undefined, jobIds: readonly string[]) {
  const rows = await db.query<{ job_id: string; user_id: string; role: HiringRole }>(
    'SELECT job_id, user_id, role FROM job_hiring_team WHERE org_id = $1 AND job_id = ANY ($2::uuid[]) ORDER BY added_at, user_id',
    [orgId, [...jobIds]],
  );
  return jobIds.map((id) =>
    rows.filter((r) => r.job_id === id).map((r): HiringTeamMemberRecord => ({ user: { id: r.user_id }, role: r.role })),
  );
}

/** A page of the organisation's jobs matching `filter`, in keyset order. */
export function jobPage(db: SqlExecutor, orgId: string, filter: JobFilter, page: JobPageQuery): Promise<JobRow[]> {
  const { where, params } = jobConditions(orgId, filter);
  let keyset = '';
  if (page.after) {
    params.push(page.after.value, page.after.id);
    const cast = page.column === 'title' ? 'text' : 'timestamptz';
    keyset = `AND (${page.column}, id) ${page.direction === 'DESC' ? '<' : '>'} ($${params.length - 1}::${cast}, $${params.length}::uuid)`;
  }
  params.push(page.limit);
  return db.query<JobRow>(
    `SELECT ${JOB_COLUMNS} FROM jobs WHERE ${where} ${keyset}
     ORDER BY ${page.column} ${page.direction}, id ${page.direction} LIMIT $${params.length}`,
    params,
  );
}

/** How many of the organisation's jobs match `filter`. */
export async function countJobs(db: SqlExecutor, orgId: string, filter: JobFilter): Promise<number> {
  const { where, params } = jobConditions(orgId, filter);
  const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE ${where}`, params);
  return row?.n ?? 0;
}

/** The WHERE of a job list: always the organisation, then each given filter. */
function jobConditions(orgId: string, filter: JobFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [orgId];
  const conditions = ['org_id = $1'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.status?.length) conditions.push(`status = ANY (${param(filter.status)}::text[])`);
  if (filter.department != null) conditions.push(`lower(department) = lower(${param(filter.department.trim())})`);
  if (filter.location != null && filter.location.trim()) conditions.push(`location ILIKE ${param(likePattern(filter.location.trim()))}`);
  if (filter.remotePolicy?.length) conditions.push(`remote_policy = ANY (${param(filter.remotePolicy)}::text[])`);
  if (filter.skillsAny?.length) {
    const keys = param(filter.skillsAny.map((s) => s.trim().toLowerCase()));
    conditions.push(`EXISTS (SELECT 1 FROM unnest(skills) AS s WHERE lower(s) = ANY (${keys}::text[]))`);
  }
  if (filter.hiringTeamUserId != null) {
    // Not a uuid: nobody, rather than a failed cast.
    if (!isUuid(filter.hiringTeamUserId)) conditions.push('false');
    else
      conditions.push(
        `EXISTS (SELECT 1 FROM job_hiring_team h WHERE h.org_id = $1 AND h.job_id = jobs.id AND h.user_id = ${param(filter.hiringTeamUserId)}::uuid)`,
      );
  }
  if (filter.createdAfter != null) conditions.push(`created_at > ${param(filter.createdAfter)}`);
  if (filter.createdBefore != null) conditions.push(`created_at < ${param(filter.createdBefore)}`);
  if (filter.text != null && filter.text.trim()) {
    const pattern = param(likePattern(filter.text.trim()));
    conditions.push(`(title ILIKE ${pattern} OR description ILIKE ${pattern})`);
  }
  return { where: conditions.join(' AND '), params };
}

export async function insertJob(
  tx: SqlExecutor,
  orgId: string,
  createdBy: string,
  values: JobValues,
  idempotency: Idempotency | null = null,
): Promise<JobRecord> {
  const [row] = await tx.query<JobRow>(
    `INSERT INTO jobs (org_id, title, department, location, remote_policy, employment_type, salary, description,
                       required_skills, preferred_skills, skills, min_years, max_years_of_experience, languages, knockouts,
                       status, stages, created_by, idempotency_key, idempotency_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::text[], $10::text[], $11::text[], $12, $13, $14::text[], $15::jsonb,
             $16, $17::jsonb, $18, $19, $20)
     RETURNING ${JOB_COLUMNS}`,
    [orgId, ...jobValueParams(values), createdBy, idempotency?.key ?? null, idempotency?.hash ?? null],
  );
  return toJob(row!);
}

/** The job a create with idempotency `key` made (migration 0016) and that create's input hash; null when none. */
export async function readJobByIdempotencyKey(db: SqlExecutor, orgId: string, key: string) {
  const [row] = await db.query<JobRow & { idempotency_hash: string }>(
    `SELECT ${JOB_COLUMNS}, idempotency_hash FROM jobs WHERE org_id = $1 AND idempotency_key = $2`,
    [orgId, key],
  );
  return row ? { job: toJob(row), hash: row.idempotency_hash } : null;
}

/** True when `error` is a job insert that lost to another with the same idempotency key (its transaction is over). */
export function isJobIdempotencyKeyTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'jobs_idempotency_key';
}

/** The job held FOR UPDATE until the transaction ends, or null. */
export async function lockJob(tx: SqlExecutor, orgId: string, id: string): Promise<JobRecord | null> {
  const [row] = await tx.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, id]);
  return row ? toJob(row) : null;
}

/** Writes every value of the job and bumps its version. */
export async function updateJob(tx: SqlExecutor, orgId: string, id: string, values: JobValues): Promise<JobRecord> {
  const [row] = await tx.query<JobRow>(
    `UPDATE jobs SET title = $3, department = $4, location = $5, remote_policy = $6, employment_type = $7, salary = $8::jsonb,
            description = $9, required_skills = $10::text[], preferred_skills = $11::text[], skills = $12::text[], min_years = $13,
            max_years_of_experience = $14, languages = $15::text[], knockouts = $16::jsonb, status = $17, stages = $18::jsonb, version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2
     RETURNING ${JOB_COLUMNS}`,
    [orgId, id, ...jobValueParams(values)],
  );
  return toJob(row!);
}

const jobValueParams = (values: JobValues) => [
  values.title,
  values.department,
  values.location,
  values.remotePolicy,
  values.employmentType,
  jsonOrNull(values.salary),
  values.description,
  values.requiredSkills,
  values.preferredSkills,
  values.skills,
  values.minYearsOfExperience,
  values.maxYearsOfExperience,
  values.languages,
  JSON.stringify(values.knockouts),
  values.status,
  jsonOrNull(values.ownStages),
];

/** Replaces the job's hiring team. */
export async function replaceHiringTeam(
  tx: SqlExecutor,
  orgId: string,
  jobId: string,
  team: readonly { userId: string; role: HiringRole }[],
): Promise<void> {
  await tx.query('DELETE FROM job_hiring_team WHERE org_id = $1 AND job_id = $2', [orgId, jobId]);
  if (team.length) {
    await tx.query(
      `INSERT INTO job_hiring_team (org_id, job_id, user_id, role)
       SELECT $1, $2, user_id, role FROM jsonb_to_recordset($3::jsonb) AS x(user_id uuid, role text)`,
      [orgId, jobId, JSON.stringify(team.map((m) => ({ user_id: m.userId, role: m.role })))],
    );
  }
}

/**
 * The job with its own stages and the organisation's (null when it has set none), the job and the
 * organisation held FOR SHARE until the transaction ends (pipeline changes wait), or null.
 */
export async function lockJobPipeline(
  tx: SqlExecutor,
  orgId: string,
  jobId: string,
): Promise<{ job: JobRecord; orgStages: StoredStage[] | null } | null> {
  const [row] = await tx.query<JobRow & { org_stages: StoredStage[] | null }>(
    `SELECT ${prefixed('j', JOB_COLUMNS)},
            (SELECT jsonb_agg(jsonb_build_object('key', p.key, 'name', p.name, 'kind', p.kind) ORDER BY p.position)
             FROM pipeline_stages p WHERE p.org_id = $1) AS org_stages
     FROM jobs j JOIN orgs o ON o.id = j.org_id
     WHERE j.org_id = $1 AND j.id = $2
     FOR SHARE OF j, o`,
    [orgId, jobId],
  );
  return row ? { job: toJob(row), orgStages: row.org_stages } : null;
}

// --- the demo seed ----------------------------------------------------------------------------------

/** A demo job: its skills are required; the requirements matching reads are optional. */
export interface OpenJobSeed {
  title: string;
  department: string;
  location: string;
  skills: string[];
  remotePolicy?: RemotePolicy;
  minYearsOfExperience?: number;
  maxYearsOfExperience?: number;
  languages?: string[];
  knockouts?: Partial<JobKnockoutsRecord>;
}

/**
 * Inserts OPEN jobs (one statement for any number), their skills required too, created by `system`
 * (the demo seed's jobs). The seed's knock-outs are among its skills and languages already.
 */
export async function insertOpenJobs(db: SqlExecutor, orgId: string, jobs: readonly OpenJobSeed[]): Promise<void> {
  const rows = jobs.map((job) => ({
    title: job.title,
    department: job.department,
    location: job.location,
    skills: job.skills,
    remote_policy: job.remotePolicy ?? 'ONSITE',
    min_years: job.minYearsOfExperience ?? null,
    max_years: job.maxYearsOfExperience ?? null,
    languages: job.languages ?? [],
    knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [], ...job.knockouts },
  }));
  await db.query(
    `INSERT INTO jobs (org_id, title, department, location, skills, required_skills, remote_policy, min_years, max_years_of_experience,
                       languages, knockouts, status, created_by)
     SELECT $1, title, department, location, skills, skills, remote_policy, min_years, max_years, languages, knockouts, 'OPEN', 'system'
     FROM jsonb_to_recordset($2::jsonb)
       AS x(title text, department text, location text, skills text[], remote_policy text, min_years numeric, max_years numeric,
            languages text[], knockouts jsonb)`,
    [orgId, JSON.stringify(rows)],
  );
}

/**
 * For each job of the org not CLOSED, the oldest visible talents sharing one of its skills (by filter key:
 * any name of a taxonomy skill), up to `perJob`, each with its rank among them from 0 (the demo seed's candidates).
 * Talents whose keys are stale (written by plain SQL, say) get theirs first.
 */
export async function jobSkillCandidates(
  db: SqlExecutor,
  orgId: string,
  perJob: number,
): Promise<{ job_id: string; job_title: string; talent_id: string; rank: number }[]> {
  await refreshSkillKeys(db, orgId);
  const jobs = await db.query<{ id: string; skills: string[] }>(`SELECT id, skills FROM jobs WHERE org_id = $1 AND status <> 'CLOSED'`, [
    orgId,
  ]);
  if (jobs.length === 0) return [];
  return db.query(
    `SELECT j.id AS job_id, j.title AS job_title, c.id AS talent_id, c.rank
     FROM jsonb_to_recordset($3::jsonb) AS k(id uuid, skill_keys text[])
     JOIN jobs j ON j.org_id = $1 AND j.id = k.id
     CROSS JOIN LATERAL (
       SELECT t.id, row_number() OVER (ORDER BY t.created_at, t.id)::int - 1 AS rank
       FROM talents t
       WHERE t.org_id = j.org_id AND t.${VISIBLE_TALENT}
         AND t.skill_keys && k.skill_keys
       ORDER BY t.created_at, t.id LIMIT $2
     ) c`,
    [orgId, perJob, JSON.stringify(jobs.map((job) => ({ id: job.id, skill_keys: skillFilterKeys(job.skills) })))],
  );
}
