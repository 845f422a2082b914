import DataLoader from 'dataloader';
import { z } from 'zod';
import { VISIBLE_TALENT, isUuid } from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../platform/errors.ts';
import { enumValues } from '../../platform/enum-values.ts';
import { decodeSortCursor, encodeSortCursor, pageSize, type Connection } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { APPLICATION_COLUMNS, toApplicationRecord, type ApplicationRecord, type ApplicationRow } from './application-record.ts';
import { recordAudit } from '../../data/audit/audit-recorder.ts';
import {
  applyPipelineChange,
  loadOrgStages,
  parseStages,
  stageOf,
  withPositions,
  type PipelineStageRecord,
  type StagesInput,
  type StoredStage,
} from './pipelines.ts';
import { orgUserIds } from './org-users.ts';
import type {
  EmploymentType,
  HiringRole,
  JobSortField,
  JobStatus,
  RemotePolicy,
  SalaryPeriod,
  SortDirection,
} from './__generated__/resolvers-types.ts';

export type { EmploymentType, HiringRole, JobStatus, RemotePolicy };

export interface SalaryRecord {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
}

/** A job (requisition) of the viewer's organisation, as the domain and resolvers see it. */
export interface JobRecord {
  id: string;
  orgId: string;
  title: string;
  department: string | null;
  location: string | null;
  remotePolicy: RemotePolicy;
  employmentType: EmploymentType;
  salary: SalaryRecord | null;
  description: string | null;
  requiredSkills: string[];
  preferredSkills: string[];
  /** Required then preferred (what search and matching read); kept in sync on every write. */
  skills: string[];
  minYearsOfExperience: number | null;
  status: JobStatus;
  /** The job's own stages, or null when it uses the organisation's. */
  ownStages: StoredStage[] | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface HiringTeamMemberRecord {
  user: { id: string };
  role: HiringRole;
}

/** A column of the pipeline board. */
export interface PipelineColumnRecord {
  stage: PipelineStageRecord;
  count: number;
  applications: ApplicationRecord[];
}

export interface JobRow {
  id: string;
  org_id: string;
  title: string;
  department: string | null;
  location: string | null;
  remote_policy: RemotePolicy;
  employment_type: EmploymentType;
  salary: SalaryRecord | null;
  description: string | null;
  required_skills: string[];
  preferred_skills: string[];
  skills: string[];
  /** numeric: pg returns it as a string. */
  min_years: string | number | null;
  status: JobStatus;
  stages: StoredStage[] | null;
  created_by: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const JOB_COLUMNS =
  'id, org_id, title, department, location, remote_policy, employment_type, salary, description, required_skills, preferred_skills, ' +
  'skills, min_years, status, stages, created_by, version, created_at, updated_at';

export const toJob = (row: JobRow): JobRecord => ({
  id: row.id,
  orgId: row.org_id,
  title: row.title,
  department: row.department,
  location: row.location,
  remotePolicy: row.remote_policy,
  employmentType: row.employment_type,
  salary: row.salary,
  description: row.description,
  requiredSkills: row.required_skills,
  preferredSkills: row.preferred_skills,
  skills: row.skills,
  minYearsOfExperience: row.min_years === null ? null : Number(row.min_years),
  status: row.status,
  ownStages: row.stages,
  createdBy: row.created_by,
  version: row.version,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

/** What the audit log keeps of a job (the timeline names jobs by title). */
const jobAudit = (job: JobRecord, team?: HiringTeamMemberRecord[]) => {
  const { orgId: _orgId, ownStages, ...rest } = job;
  return { ...rest, stages: ownStages, ...(team ? { hiringTeam: team.map((m) => ({ userId: m.user.id, role: m.role })) } : {}) };
};

const MAX_PAGE = 100;
const MAX_PER_STAGE = 100;

// --- validation -----------------------------------------------------------------------------------

// The enums' values for zod, held to codegen's types (a value the schema lacks, or one it adds, fails tsc).
const JOB_STATUSES = enumValues<JobStatus>()(['DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED']);
const REMOTE_POLICIES = enumValues<RemotePolicy>()(['ONSITE', 'HYBRID', 'REMOTE']);
const EMPLOYMENT_TYPES = enumValues<EmploymentType>()(['FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'TEMPORARY']);
const HIRING_ROLES = enumValues<HiringRole>()(['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER', 'COORDINATOR']);
const SALARY_PERIODS = enumValues<SalaryPeriod>()(['YEAR', 'MONTH', 'HOUR']);

/** Optional text: trimmed, empty reads as null. */
const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

const title = z
  .string({ error: 'title cannot be cleared' })
  .trim()
  .min(1, 'title must not be empty')
  .max(200, 'title must be at most 200 characters');

const skillList = z
  .array(z.string().trim().min(1, 'a skill must not be empty').max(80, 'a skill must be at most 80 characters'))
  .max(100, 'at most 100 skills')
  .nullish()
  .transform((skills) => dedupe(skills ?? []));

const salary = z
  .object({
    min: z.number().min(0, 'salary min must not be negative').nullish(),
    max: z.number().min(0, 'salary max must not be negative').nullish(),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'currency is an ISO 4217 code, e.g. CNY'),
    period: z
      .enum(SALARY_PERIODS)
      .nullish()
      .transform((period) => period ?? 'YEAR'),
  })
  .refine((s) => s.min == null || s.max == null || s.min <= s.max, { message: 'salary min must not exceed max', path: ['min'] })
  .nullish()
  .transform((s): SalaryRecord | null => (s ? { min: s.min ?? null, max: s.max ?? null, currency: s.currency, period: s.period } : null));

const hiringTeam = z
  .array(z.object({ userId: z.string(), role: z.enum(HIRING_ROLES) }))
  .max(50, 'a hiring team has at most 50 members')
  .nullish()
  .transform((team) => team ?? [])
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.forEach((member, i) => {
      if (seen.has(member.userId))
        ctx.issues.push({ code: 'custom', input: member, path: [i, 'userId'], message: `user ${member.userId} is on the team twice` });
      seen.add(member.userId);
    });
  });

const minYears = z.number().min(0, 'minYearsOfExperience is 0 to 70').max(70, 'minYearsOfExperience is 0 to 70').nullish();

const jobFields = {
  department: optionalText('department', 200),
  location: optionalText('location', 200),
  description: optionalText('description', 20_000),
  salary,
  requiredSkills: skillList,
  preferredSkills: skillList,
  minYearsOfExperience: minYears.transform((v) => v ?? null),
  hiringTeam,
};

const createJobInput = z.object({
  title,
  remotePolicy: z
    .enum(REMOTE_POLICIES)
    .nullish()
    .transform((v) => v ?? 'ONSITE'),
  employmentType: z
    .enum(EMPLOYMENT_TYPES)
    .nullish()
    .transform((v) => v ?? 'FULL_TIME'),
  status: z
    .enum(JOB_STATUSES)
    .nullish()
    .transform((v) => v ?? 'DRAFT'),
  ...jobFields,
});

const updateJobInput = z.object({
  id: z.string(),
  version: z.number().int(),
  title: title.optional(),
  remotePolicy: z.enum(REMOTE_POLICIES, { error: 'remotePolicy cannot be cleared' }).optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'employmentType cannot be cleared' }).optional(),
  status: z.enum(JOB_STATUSES, { error: 'status cannot be cleared' }).optional(),
  ...jobFields,
});

export interface CreateJobInput {
  title: string;
  department?: string | null;
  location?: string | null;
  remotePolicy?: RemotePolicy | null;
  employmentType?: EmploymentType | null;
  salary?: { min?: number | null; max?: number | null; currency: string; period?: SalaryRecord['period'] | null } | null;
  description?: string | null;
  requiredSkills?: string[] | null;
  preferredSkills?: string[] | null;
  minYearsOfExperience?: number | null;
  status?: JobStatus | null;
  hiringTeam?: { userId: string; role: HiringRole }[] | null;
  stages?: StagesInput | null;
}

export type UpdateJobInput = Partial<Omit<CreateJobInput, 'title'>> & { id: string; version: number; title?: string | null };

export interface JobFilter {
  status?: JobStatus[] | null;
  department?: string | null;
  location?: string | null;
  remotePolicy?: RemotePolicy[] | null;
  skillsAny?: string[] | null;
  hiringTeamUserId?: string | null;
  createdAfter?: string | Date | null;
  createdBefore?: string | Date | null;
  text?: string | null;
}

export interface JobSort {
  field: JobSortField;
  direction?: SortDirection | null;
}

const SORT_COLUMNS = { CREATED_AT: 'created_at', UPDATED_AT: 'updated_at', TITLE: 'title' } as const;

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toDate(value: string | Date, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a date-time`, { field });
  return date;
}

/** Hiring team members must be users of the viewer's organisation (BAD_USER_INPUT naming the member). */
async function assertTeamUsers(tx: SqlExecutor, orgId: string, team: { userId: string }[], field: string): Promise<void> {
  if (team.length === 0) return;
  const known = await orgUserIds(
    tx,
    orgId,
    team.map((m) => m.userId),
  );
  const unknown = team.findIndex((m) => !known.has(m.userId));
  if (unknown >= 0) {
    throw badInput(`user ${team[unknown]!.userId} is not a member of the organisation`, { field: `${field}.${unknown}.userId` });
  }
}

async function writeTeam(
  tx: SqlExecutor,
  orgId: string,
  jobId: string,
  team: { userId: string; role: HiringRole }[],
): Promise<HiringTeamMemberRecord[]> {
  await tx.query('DELETE FROM job_hiring_team WHERE org_id = $1 AND job_id = $2', [orgId, jobId]);
  if (team.length) {
    await tx.query(
      `INSERT INTO job_hiring_team (org_id, job_id, user_id, role)
       SELECT $1, $2, user_id, role FROM jsonb_to_recordset($3::jsonb) AS x(user_id uuid, role text)`,
      [orgId, jobId, JSON.stringify(team.map((m) => ({ user_id: m.userId, role: m.role })))],
    );
  }
  return team.map((m) => ({ user: { id: m.userId }, role: m.role }));
}

/**
 * Jobs: reads through per-request loaders (a job, its hiring team, the organisation's stages, the
 * pipeline board batched across the jobs of a request), the filtered and sorted list, and the
 * writes (create, update with optimistic concurrency, the organisation's default pipeline), each
 * in one transaction with its audit entry.
 */
export class Jobs {
  private readonly byId: DataLoader<string, JobRecord | null>;
  private readonly teamByJob: DataLoader<string, HiringTeamMemberRecord[]>;
  private readonly boards = new Map<number, DataLoader<string, { counts: Map<string, number>; applications: ApplicationRecord[] }>>();
  private orgStagesLoad: Promise<PipelineStageRecord[]> | null = null;

  constructor(
    private readonly db: RelationalStore,
    private readonly viewer: Viewer | null,
  ) {
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows =
        orgId && valid.length
          ? await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [orgId, valid])
          : [];
      const found = new Map(rows.map((row) => [row.id, toJob(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.teamByJob = new DataLoader(async (jobIds) => {
      const rows = await db.query<{ job_id: string; user_id: string; role: HiringRole }>(
        'SELECT job_id, user_id, role FROM job_hiring_team WHERE org_id = $1 AND job_id = ANY ($2::uuid[]) ORDER BY added_at, user_id',
        [orgId, [...jobIds]],
      );
      return jobIds.map((id) => rows.filter((r) => r.job_id === id).map((r) => ({ user: { id: r.user_id }, role: r.role })));
    });
  }

  async get(viewerOrNull: Viewer | null, id: string): Promise<JobRecord | null> {
    requireScope(viewerOrNull, 'job:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  async list(
    viewerOrNull: Viewer | null,
    args: { filter?: JobFilter | null; sort?: JobSort | null; first?: number | null; after?: string | null },
  ): Promise<Connection<JobRecord>> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    const first = pageSize(args.first, MAX_PAGE);
    const field = args.sort?.field ?? 'CREATED_AT';
    const direction = args.sort?.direction ?? 'DESC';
    const sortName = `${field}:${direction}`;
    const column = SORT_COLUMNS[field];
    const { conditions, params } = jobConditions(viewer.orgId, args.filter ?? {});
    const where = conditions.join(' AND ');
    const pageParams = [...params];
    let keyset = '';
    if (args.after) {
      const cursor = decodeSortCursor(args.after, sortName);
      if (typeof cursor.value !== 'string')
        throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
      pageParams.push(cursor.value, cursor.id);
      const cast = field === 'TITLE' ? 'text' : 'timestamptz';
      keyset = `AND (${column}, id) ${direction === 'DESC' ? '<' : '>'} ($${pageParams.length - 1}::${cast}, $${pageParams.length}::uuid)`;
    }
    pageParams.push(first + 1);
    const rows = await this.db.query<JobRow>(
      `SELECT ${JOB_COLUMNS} FROM jobs WHERE ${where} ${keyset}
       ORDER BY ${column} ${direction}, id ${direction} LIMIT $${pageParams.length}`,
      pageParams,
    );
    const page = rows.slice(0, first).map(toJob);
    for (const job of page) this.byId.prime(job.id, job);
    const sortValue = (job: JobRecord) =>
      field === 'TITLE' ? job.title : (field === 'UPDATED_AT' ? job.updatedAt : job.createdAt).toISOString();
    const edges = page.map((node) => ({ node, cursor: encodeSortCursor({ sort: sortName, value: sortValue(node), id: node.id }) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: async () => {
        const [row] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE ${where}`, params);
        return row?.n ?? 0;
      },
    };
  }

  async hiringTeam(viewerOrNull: Viewer | null, job: JobRecord): Promise<HiringTeamMemberRecord[]> {
    requireScope(viewerOrNull, 'job:read');
    return this.teamByJob.load(job.id);
  }

  /** The organisation's default stages (Looma's when it has set none), read once per request. */
  async pipelineStages(viewerOrNull: Viewer | null): Promise<PipelineStageRecord[]> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    this.orgStagesLoad ??= loadOrgStages(this.db, viewer.orgId).then(withPositions);
    return this.orgStagesLoad;
  }

  /** The job's stages: its own when set, the organisation's otherwise. */
  async stages(viewerOrNull: Viewer | null, job: JobRecord): Promise<PipelineStageRecord[]> {
    return job.ownStages ? withPositions(job.ownStages) : this.pipelineStages(viewerOrNull);
  }

  /** The stage `key` of a job's pipeline (applications and stage moves name stages by key). */
  async stageOf(viewerOrNull: Viewer | null, jobId: string, key: string): Promise<PipelineStageRecord> {
    const job = await this.get(viewerOrNull, jobId);
    return stageOf(job ? await this.stages(viewerOrNull, job) : [], key);
  }

  /**
   * The board: every stage with its count and its `perStage` most recently moved applications.
   * Two queries for all the jobs of a request (counts per stage; a window over each stage).
   */
  async pipeline(viewerOrNull: Viewer | null, job: JobRecord, perStage: number | null | undefined): Promise<PipelineColumnRecord[]> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    const limit = perStage ?? 20;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PER_STAGE) {
      throw badInput(`applicationsPerStage must be between 0 and ${MAX_PER_STAGE}`, { field: 'applicationsPerStage' });
    }
    const [stages, board] = await Promise.all([this.stages(viewer, job), this.boardLoader(viewer.orgId, limit).load(job.id)]);
    return stages.map((stage) => ({
      stage,
      count: board.counts.get(stage.key) ?? 0,
      applications: board.applications.filter((a) => a.stage === stage.key),
    }));
  }

  private boardLoader(orgId: string, limit: number) {
    let loader = this.boards.get(limit);
    if (!loader) {
      loader = new DataLoader(async (jobIds) => {
        const ids = [...jobIds];
        const [counts, ranked] = await Promise.all([
          this.db.query<{ job_id: string; stage: string; n: number }>(
            `SELECT a.job_id, a.stage, count(*)::int AS n
             FROM applications a JOIN talents t ON t.id = a.talent_id AND t.org_id = $1 AND t.${VISIBLE_TALENT}
             WHERE a.org_id = $1 AND a.job_id = ANY ($2::uuid[]) GROUP BY a.job_id, a.stage`,
            [orgId, ids],
          ),
          limit === 0
            ? Promise.resolve([])
            : this.db.query<ApplicationRow>(
                `SELECT ${APPLICATION_COLUMNS} FROM (
                   SELECT a.*, row_number() OVER (PARTITION BY a.job_id, a.stage ORDER BY a.updated_at DESC, a.id DESC) AS rank
                   FROM applications a JOIN talents t ON t.id = a.talent_id AND t.org_id = $1 AND t.${VISIBLE_TALENT}
                   WHERE a.org_id = $1 AND a.job_id = ANY ($2::uuid[])
                 ) ranked WHERE rank <= $3 ORDER BY job_id, stage, rank`,
                [orgId, ids, limit],
              ),
        ]);
        return ids.map((id) => ({
          counts: new Map(counts.filter((c) => c.job_id === id).map((c) => [c.stage, c.n])),
          applications: ranked.filter((r) => r.job_id === id).map(toApplicationRecord),
        }));
      });
      this.boards.set(limit, loader);
    }
    return loader;
  }

  async create(viewerOrNull: Viewer | null, input: CreateJobInput): Promise<JobRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(createJobInput, input);
    const ownStages = input.stages == null ? null : parseStages(input.stages, 'stages');
    return this.db.transaction(async (tx) => {
      await assertTeamUsers(tx, viewer.orgId, values.hiringTeam, 'hiringTeam');
      const [row] = await tx.query<JobRow>(
        `INSERT INTO jobs (org_id, title, department, location, remote_policy, employment_type, salary, description,
                           required_skills, preferred_skills, skills, min_years, status, stages, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::text[], $10::text[], $11::text[], $12, $13, $14::jsonb, $15)
         RETURNING ${JOB_COLUMNS}`,
        [
          viewer.orgId,
          values.title,
          values.department,
          values.location,
          values.remotePolicy,
          values.employmentType,
          values.salary === null ? null : JSON.stringify(values.salary),
          values.description,
          values.requiredSkills,
          values.preferredSkills,
          dedupe([...values.requiredSkills, ...values.preferredSkills]),
          values.minYearsOfExperience,
          values.status,
          ownStages === null ? null : JSON.stringify(ownStages),
          viewer.userId,
        ],
      );
      const job = toJob(row!);
      const team = await writeTeam(tx, viewer.orgId, job.id, values.hiringTeam);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'job.create', entityType: 'Job', entityId: job.id, after: jobAudit(job, team) },
      ]);
      return job;
    });
  }

  async update(viewerOrNull: Viewer | null, input: UpdateJobInput): Promise<JobRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(updateJobInput, input);
    const has = (key: keyof UpdateJobInput) => Object.prototype.hasOwnProperty.call(input, key);
    const nextOwnStages = has('stages') ? (input.stages == null ? null : parseStages(input.stages, 'stages')) : undefined;
    if (!isUuid(values.id)) throw new LoomaError(ErrorCode.NOT_FOUND, `Job ${values.id} was not found`, { id: values.id, field: 'id' });
    const job = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE org_id = $1 AND id = $2 FOR UPDATE`, [
        viewer.orgId,
        values.id,
      ]);
      if (!row) throw new LoomaError(ErrorCode.NOT_FOUND, `Job ${values.id} was not found`, { id: values.id, field: 'id' });
      const before = toJob(row);
      if (before.version !== values.version) {
        throw new LoomaError(ErrorCode.CONFLICT, `Job ${before.id} changed meanwhile (version ${before.version}); reload and try again`, {
          id: before.id,
          version: before.version,
        });
      }
      const pick = <K extends keyof JobRecord>(key: K & keyof UpdateJobInput, value: JobRecord[K] | undefined): JobRecord[K] =>
        has(key) && value !== undefined ? value : before[key];
      const requiredSkills = pick('requiredSkills', values.requiredSkills);
      const preferredSkills = pick('preferredSkills', values.preferredSkills);
      const ownStages = nextOwnStages === undefined ? before.ownStages : nextOwnStages;
      if (nextOwnStages !== undefined) {
        // The organisation's stages are read only when the job leaves or joins them.
        const orgStages = before.ownStages && ownStages ? [] : await loadOrgStages(tx, viewer.orgId);
        await applyPipelineChange(tx, viewer.orgId, before.id, ownStages ?? orgStages, {
          actor: viewer,
          before: before.ownStages ?? orgStages,
          jobTitle: pick('title', values.title),
        });
      }
      if (has('hiringTeam')) await assertTeamUsers(tx, viewer.orgId, values.hiringTeam, 'hiringTeam');
      const [updated] = await tx.query<JobRow>(
        `UPDATE jobs SET title = $3, department = $4, location = $5, remote_policy = $6, employment_type = $7, salary = $8::jsonb,
                description = $9, required_skills = $10::text[], preferred_skills = $11::text[], skills = $12::text[], min_years = $13,
                status = $14, stages = $15::jsonb, version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
         WHERE org_id = $1 AND id = $2
         RETURNING ${JOB_COLUMNS}`,
        [
          viewer.orgId,
          before.id,
          pick('title', values.title),
          pick('department', values.department),
          pick('location', values.location),
          pick('remotePolicy', values.remotePolicy),
          pick('employmentType', values.employmentType),
          jsonOrNull(pick('salary', values.salary)),
          pick('description', values.description),
          requiredSkills,
          preferredSkills,
          dedupe([...requiredSkills, ...preferredSkills]),
          pick('minYearsOfExperience', values.minYearsOfExperience),
          pick('status', values.status),
          jsonOrNull(ownStages),
        ],
      );
      const after = toJob(updated!);
      const team = has('hiringTeam') ? await writeTeam(tx, viewer.orgId, after.id, values.hiringTeam) : undefined;
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'job.update', entityType: 'Job', entityId: after.id, before: jobAudit(before), after: jobAudit(after, team) },
      ]);
      return after;
    });
    this.byId.clear(job.id).prime(job.id, job);
    this.teamByJob.clear(job.id);
    return job;
  }

  /**
   * Replaces the organisation's default stages (admins only). Stages that applications of jobs on
   * the default pipeline still hold cannot go (CONFLICT naming the stage).
   */
  async setPipelineStages(viewerOrNull: Viewer | null, input: StagesInput): Promise<PipelineStageRecord[]> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const stages = parseStages(input, 'stages');
    await this.db.transaction(async (tx) => {
      // Serialises with application writes on the default pipeline (they hold the org row FOR SHARE).
      await tx.query('SELECT 1 FROM orgs WHERE id = $1 FOR UPDATE', [viewer.orgId]);
      const before = await loadOrgStages(tx, viewer.orgId);
      await applyPipelineChange(tx, viewer.orgId, null, stages, { actor: viewer, before });
      await tx.query('DELETE FROM pipeline_stages WHERE org_id = $1', [viewer.orgId]);
      await tx.query(
        `INSERT INTO pipeline_stages (org_id, key, name, position, kind)
         SELECT $1, key, name, position, kind FROM jsonb_to_recordset($2::jsonb) AS x(key text, name text, position int, kind text)`,
        [viewer.orgId, JSON.stringify(withPositions(stages))],
      );
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'pipeline.set', entityType: 'Pipeline', entityId: viewer.orgId, before: { stages: before }, after: { stages } },
      ]);
    });
    this.orgStagesLoad = Promise.resolve(withPositions(stages));
    return withPositions(stages);
  }
}

const jsonOrNull = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The WHERE conditions of a job list: always the viewer's organisation, then each given filter. */
function jobConditions(orgId: string, filter: JobFilter): { conditions: string[]; params: unknown[] } {
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
    if (!isUuid(filter.hiringTeamUserId)) conditions.push('false');
    else
      conditions.push(
        `EXISTS (SELECT 1 FROM job_hiring_team h WHERE h.org_id = $1 AND h.job_id = jobs.id AND h.user_id = ${param(filter.hiringTeamUserId)}::uuid)`,
      );
  }
  if (filter.createdAfter != null) conditions.push(`created_at > ${param(toDate(filter.createdAfter, 'filter.createdAfter'))}`);
  if (filter.createdBefore != null) conditions.push(`created_at < ${param(toDate(filter.createdBefore, 'filter.createdBefore'))}`);
  if (filter.text != null && filter.text.trim()) {
    const pattern = param(likePattern(filter.text.trim()));
    conditions.push(`(title ILIKE ${pattern} OR description ILIKE ${pattern})`);
  }
  return { conditions, params };
}
