import DataLoader from 'dataloader';
import { z } from 'zod';
import { VISIBLE_TALENT, isUuid } from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../platform/errors.ts';
import { decodeCursor, encodeCursor, pageSize, type Connection, type KeysetCursor } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';
import {
  APPLICATION_COLUMNS,
  toApplicationRecord,
  type ApplicationRecord,
  type ApplicationRow,
  type ApplicationStatus,
} from './application-record.ts';
import { recordAudit, type AuditAction } from '../../data/audit/audit-recorder.ts';
import { JOB_COLUMNS, toJob, type JobRecord, type JobRow } from './jobs.ts';
import { DEFAULT_STAGES, stageOf, withPositions, type PipelineStageRecord, type StoredStage } from './pipelines.ts';

export type { ApplicationRecord, ApplicationStatus } from './application-record.ts';

/** One stage move of an application; `from` is null for its creation. Stage keys; the resolvers name the stages. */
export interface StageMoveRecord {
  jobId: string;
  from: string | null;
  to: string;
  reason: string | null;
  by: { id: string } | null;
  at: Date;
}

export interface ApplicationFilter {
  jobId?: string | null;
  talentId?: string | null;
  stages?: string[] | null;
  status?: ApplicationStatus[] | null;
  createdAfter?: string | Date | null;
  createdBefore?: string | Date | null;
}

const MAX_PAGE = 100;
const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((column) => `${alias}.${column}`)
    .join(', ');
const APPLICATION_A = prefixed('a', APPLICATION_COLUMNS);
/** Applications of visible talents only: a merged or erased person's tombstone leaves the lists. */
const VISIBLE_TALENT_JOIN = `JOIN talents t ON t.id = a.talent_id AND t.org_id = a.org_id AND t.${VISIBLE_TALENT}`;

const createInput = z.object({
  talentId: z.string(),
  jobId: z.string(),
  stage: z.string().nullish(),
});
const moveInput = z.object({
  id: z.string(),
  stage: z.string(),
  version: z.number().int().nullish(),
  reason: z
    .string()
    .trim()
    .max(500, 'reason must be at most 500 characters')
    .nullish()
    .transform((reason) => reason || null),
});
const rejectReason = z.string().trim().min(1, 'reason must not be empty').max(500, 'reason must be at most 500 characters');

const notFound = (what: 'Application' | 'Talent' | 'Job', id: string, field: string) =>
  new LoomaError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id, field });
const invalidMove = (message: string, details: Record<string, unknown>) => new LoomaError(ErrorCode.INVALID_STAGE_MOVE, message, details);

/** A job with its stages, read with the job and the organisation held FOR SHARE (pipeline changes wait). */
interface LockedPipeline {
  job: JobRecord;
  stages: PipelineStageRecord[];
}

async function lockPipeline(tx: SqlExecutor, orgId: string, jobId: string): Promise<LockedPipeline | null> {
  if (!isUuid(jobId)) return null;
  const [row] = await tx.query<JobRow & { org_stages: StoredStage[] | null }>(
    `SELECT ${prefixed('j', JOB_COLUMNS)},
            (SELECT jsonb_agg(jsonb_build_object('key', p.key, 'name', p.name, 'kind', p.kind) ORDER BY p.position)
             FROM pipeline_stages p WHERE p.org_id = $1) AS org_stages
     FROM jobs j JOIN orgs o ON o.id = j.org_id
     WHERE j.org_id = $1 AND j.id = $2
     FOR SHARE OF j, o`,
    [orgId, jobId],
  );
  if (!row) return null;
  const job = toJob(row);
  return { job, stages: withPositions(job.ownStages ?? row.org_stages ?? DEFAULT_STAGES) };
}

const firstActive = (stages: PipelineStageRecord[]) => stages.find((s) => s.kind === 'ACTIVE')!;
const stageName = (stage: PipelineStageRecord) => ({ key: stage.key, name: stage.name });

/** The audit actions of a change of stage. */
type StageChange = Extract<AuditAction, 'application.move' | 'application.reject' | 'application.reopen'>;

/**
 * Applications: a talent considered for a job, moved through the job's pipeline. Reads go through
 * per-request loaders (by id, by talent, history); every write locks the application (and holds the
 * job's pipeline), records the stage move and the audit entry in one transaction.
 */
export class Applications {
  private readonly byId: DataLoader<string, ApplicationRecord | null>;
  private readonly byTalent: DataLoader<string, ApplicationRecord[]>;
  private readonly historyById: DataLoader<string, StageMoveRecord[]>;
  /** `Job.applications` pages by job id, one loader per (filter, first, after); counts per filter. */
  private readonly jobPages = new Map<string, DataLoader<string, Connection<ApplicationRecord>>>();
  private readonly jobCounts = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly db: RelationalStore,
    viewer: Viewer | null,
  ) {
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows =
        orgId && valid.length
          ? await db.query<ApplicationRow>(
              `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE a.org_id = $1 AND a.id = ANY ($2::uuid[])`,
              [orgId, valid],
            )
          : [];
      const found = new Map(rows.map((row) => [row.id, toApplicationRecord(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const valid = talentIds.filter(isUuid);
      const rows = valid.length
        ? await db.query<ApplicationRow>(
            `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN}
             WHERE a.org_id = $1 AND a.talent_id = ANY ($2::uuid[]) ORDER BY a.created_at DESC, a.id DESC`,
            [orgId, valid],
          )
        : [];
      const records = rows.map(toApplicationRecord);
      for (const record of records) this.byId.prime(record.id, record);
      return talentIds.map((id) => records.filter((r) => r.talentId === id));
    });
    this.historyById = new DataLoader(async (applicationIds) => {
      const rows = await db.query<{
        application_id: string;
        job_id: string;
        from_stage: string | null;
        to_stage: string;
        reason: string | null;
        actor_id: string | null;
        moved_at: Date | string;
      }>(
        `SELECT m.application_id, a.job_id, m.from_stage, m.to_stage, m.reason, m.actor_id, m.moved_at
         FROM application_stage_moves m JOIN applications a ON a.id = m.application_id AND a.org_id = m.org_id
         WHERE m.org_id = $1 AND m.application_id = ANY ($2::uuid[]) ORDER BY m.moved_at, m.id`,
        [orgId, [...applicationIds]],
      );
      return applicationIds.map((id) =>
        rows
          .filter((r) => r.application_id === id)
          .map((r) => ({
            jobId: r.job_id,
            from: r.from_stage,
            to: r.to_stage,
            reason: r.reason,
            by: r.actor_id && isUuid(r.actor_id) ? { id: r.actor_id } : null,
            at: new Date(r.moved_at),
          })),
      );
    });
  }

  /** An application of the viewer's organisation, or null (batched; another org's id reads as missing). */
  async get(viewerOrNull: Viewer | null, id: string): Promise<ApplicationRecord | null> {
    requireScope(viewerOrNull, 'job:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  /** A talent's applications, newest first (one query for every talent of a request). */
  async forTalent(viewerOrNull: Viewer | null, talentId: string): Promise<ApplicationRecord[]> {
    requireScope(viewerOrNull, 'job:read');
    return this.byTalent.load(talentId);
  }

  /** Every stage move, oldest first; the first is the creation. */
  async history(viewerOrNull: Viewer | null, application: ApplicationRecord): Promise<StageMoveRecord[]> {
    requireScope(viewerOrNull, 'job:read');
    return this.historyById.load(application.id);
  }

  async list(
    viewerOrNull: Viewer | null,
    args: { filter?: ApplicationFilter | null; first?: number | null; after?: string | null },
  ): Promise<Connection<ApplicationRecord>> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    const first = pageSize(args.first, MAX_PAGE);
    const { conditions, params } = applicationConditions(viewer.orgId, args.filter ?? {});
    const where = conditions.join(' AND ');
    const after = args.after ? decodeCursor(args.after) : null;
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      pageParams.push(after.createdAt, after.id);
      keyset = `AND (a.created_at, a.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
    }
    pageParams.push(first + 1);
    const rows = await this.db.query<ApplicationRow>(
      `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE ${where} ${keyset}
       ORDER BY a.created_at DESC, a.id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return this.toPage(rows, first, after, async () => {
      const [row] = await this.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM applications a ${VISIBLE_TALENT_JOIN} WHERE ${where}`,
        params,
      );
      return row?.n ?? 0;
    });
  }

  /**
   * `Job.applications`: the list of one job, answered for every job of a request with one query per
   * distinct (filter, first, after) (a `row_number()` window per job) and, when asked, one grouped
   * count. Validates like `list`, before anything is read.
   */
  async forJob(
    viewerOrNull: Viewer | null,
    jobId: string,
    args: { filter?: Omit<ApplicationFilter, 'jobId'> | null; first?: number | null; after?: string | null },
  ): Promise<Connection<ApplicationRecord>> {
    const viewer = requireScope(viewerOrNull, 'job:read');
    const first = pageSize(args.first, MAX_PAGE);
    const { conditions, params } = applicationConditions(viewer.orgId, { ...args.filter, jobId: null });
    const after = args.after ? decodeCursor(args.after) : null;
    if (!isUuid(jobId)) return this.toPage([], first, after, () => Promise.resolve(0));
    const filterKey = JSON.stringify([conditions, params]);
    let counts = this.jobCounts.get(filterKey);
    if (!counts) {
      counts = new DataLoader(async (jobIds) => {
        const countParams = [...params, [...jobIds]];
        const rows = await this.db.query<{ job_id: string; n: number }>(
          `SELECT a.job_id, count(*)::int AS n FROM applications a ${VISIBLE_TALENT_JOIN}
           WHERE ${conditions.join(' AND ')} AND a.job_id = ANY ($${countParams.length}::uuid[]) GROUP BY a.job_id`,
          countParams,
        );
        const byJob = new Map(rows.map((row) => [row.job_id, row.n]));
        return jobIds.map((id) => byJob.get(id) ?? 0);
      });
      this.jobCounts.set(filterKey, counts);
    }
    const pageKey = JSON.stringify([filterKey, first, after]);
    let pages = this.jobPages.get(pageKey);
    if (!pages) {
      const countOf = counts;
      pages = new DataLoader(async (jobIds) => {
        const pageParams = [...params, [...jobIds]];
        const jobCondition = `a.job_id = ANY ($${pageParams.length}::uuid[])`;
        let keyset = '';
        if (after) {
          pageParams.push(after.createdAt, after.id);
          keyset = `AND (a.created_at, a.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`;
        }
        pageParams.push(first + 1);
        const rows = await this.db.query<ApplicationRow>(
          `SELECT ${APPLICATION_COLUMNS} FROM (
             SELECT a.*, row_number() OVER (PARTITION BY a.job_id ORDER BY a.created_at DESC, a.id DESC) AS rank
             FROM applications a ${VISIBLE_TALENT_JOIN}
             WHERE ${conditions.join(' AND ')} AND ${jobCondition} ${keyset}
           ) ranked WHERE rank <= $${pageParams.length} ORDER BY job_id, rank`,
          pageParams,
        );
        return jobIds.map((id) =>
          this.toPage(
            rows.filter((row) => row.job_id === id),
            first,
            after,
            () => countOf.load(id),
          ),
        );
      });
      this.jobPages.set(pageKey, pages);
    }
    return pages.load(jobId);
  }

  /** A page read with `first + 1` rows, newest first, as a connection; its rows prime the id loader. */
  private toPage(
    rows: ApplicationRow[],
    first: number,
    after: KeysetCursor | null,
    totalCount: () => Promise<number>,
  ): Connection<ApplicationRecord> {
    const page = rows.slice(0, first).map(toApplicationRecord);
    for (const record of page) this.byId.prime(record.id, record);
    const edges = page.map((node) => ({ node, cursor: encodeCursor({ createdAt: node.createdAt.toISOString(), id: node.id }) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  /**
   * Puts a talent into a job's pipeline, at `stage` or the pipeline's first ACTIVE stage. The talent
   * and the job must be the organisation's (NOT_FOUND otherwise), the job not CLOSED; a second
   * application for the same talent and job is a CONFLICT.
   */
  async create(viewerOrNull: Viewer | null, input: { talentId: string; jobId: string; stage?: string | null }): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(createInput, input);
    const application = await this.db.transaction(async (tx) => {
      const [talent] = isUuid(values.talentId)
        ? await tx.query<{ id: string; name: string }>(`SELECT id, name FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT}`, [
            viewer.orgId,
            values.talentId,
          ])
        : [];
      if (!talent) throw notFound('Talent', values.talentId, 'talentId');
      const pipeline = await lockPipeline(tx, viewer.orgId, values.jobId);
      if (!pipeline) throw notFound('Job', values.jobId, 'jobId');
      const { job, stages } = pipeline;
      if (job.status === 'CLOSED') throw badInput(`Job ${job.title} is closed; reopen it to add applications`, { field: 'jobId' });
      const stage = values.stage == null ? firstActive(stages) : stages.find((s) => s.key === values.stage);
      if (!stage) throw unknownStage(values.stage!, job, stages, 'stage');
      const [row] = await tx.query<ApplicationRow>(
        `INSERT INTO applications (org_id, talent_id, job_id, stage, status, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (org_id, talent_id, job_id) DO NOTHING RETURNING ${APPLICATION_COLUMNS}`,
        [viewer.orgId, talent.id, job.id, stage.key, stage.kind, viewer.userId],
      );
      if (!row) {
        const [existing] = await tx.query<{ id: string }>(
          'SELECT id FROM applications WHERE org_id = $1 AND talent_id = $2 AND job_id = $3',
          [viewer.orgId, talent.id, job.id],
        );
        throw new LoomaError(ErrorCode.CONFLICT, `${talent.name} already has an application for ${job.title}`, {
          applicationId: existing?.id ?? null,
        });
      }
      const created = toApplicationRecord(row);
      await tx.query(
        'INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, actor_id) VALUES ($1, $2, NULL, $3, $4)',
        [viewer.orgId, created.id, stage.key, viewer.userId],
      );
      await recordAudit(tx, viewer.orgId, viewer, [
        {
          action: 'application.create',
          entityType: 'Application',
          entityId: created.id,
          talentId: created.talentId,
          after: { jobId: job.id, jobTitle: job.title, talentId: created.talentId, to: stageName(stage), status: created.status },
        },
      ]);
      return created;
    });
    this.remember(application);
    return application;
  }

  /** Moves an application to another stage of its job; out of HIRED or REJECTED only by a reopen. */
  async move(
    viewerOrNull: Viewer | null,
    input: { id: string; stage: string; version?: number | null; reason?: string | null },
  ): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(moveInput, input);
    return this.change(viewer, values.id, values.version ?? null, (current, { job, stages }) => {
      const target = stages.find((s) => s.key === values.stage);
      if (!target) throw unknownStage(values.stage, job, stages, 'stage');
      if (target.key === current.key) return null;
      if (current.kind !== 'ACTIVE') {
        throw invalidMove(`The application is ${current.kind === 'HIRED' ? 'hired' : 'rejected'}; reopen it before moving it`, {
          field: 'stage',
          stage: current.key,
        });
      }
      return { action: 'application.move', target, reason: values.reason };
    });
  }

  /** Moves an active application to the pipeline's REJECTED stage with a reason (1 to 500 characters). */
  async reject(viewerOrNull: Viewer | null, id: string, reason: string): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const why = parseInput(z.object({ reason: rejectReason }), { reason }).reason;
    return this.change(viewer, id, null, (current, { stages }) => {
      if (current.kind !== 'ACTIVE') {
        throw invalidMove(`The application is ${current.kind === 'HIRED' ? 'hired; reopen it before rejecting it' : 'already rejected'}`, {
          field: 'id',
          stage: current.key,
        });
      }
      return { action: 'application.reject', target: stages.find((s) => s.kind === 'REJECTED')!, reason: why };
    });
  }

  /** Brings a hired or rejected application back to an ACTIVE stage (default: the first). */
  async reopen(viewerOrNull: Viewer | null, id: string, stage?: string | null): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    return this.change(viewer, id, null, (current, { job, stages }) => {
      if (current.kind === 'ACTIVE')
        throw invalidMove('The application is active; move it instead of reopening it', { field: 'id', stage: current.key });
      const target = stage == null ? firstActive(stages) : stages.find((s) => s.key === stage);
      if (!target) throw unknownStage(stage!, job, stages, 'stage');
      if (target.kind !== 'ACTIVE')
        throw badInput(`A reopened application goes to an ACTIVE stage; ${target.key} is ${target.kind}`, { field: 'stage' });
      return { action: 'application.reopen', target, reason: null };
    });
  }

  /**
   * The shared write path of move, reject and reopen: locks the application (NOT_FOUND when it is not
   * the organisation's, CONFLICT on a stale `version`), holds the job's pipeline, asks `decide` where
   * to go (null: nowhere, nothing changes), then writes the application, the stage move and the audit
   * entry in one transaction. Status follows the target stage's kind.
   */
  private async change(
    viewer: Viewer,
    id: string,
    expectedVersion: number | null,
    decide: (
      current: PipelineStageRecord,
      pipeline: LockedPipeline,
    ) => { action: StageChange; target: PipelineStageRecord; reason: string | null } | null,
  ): Promise<ApplicationRecord> {
    if (!isUuid(id)) throw notFound('Application', id, 'id');
    const application = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<ApplicationRow>(
        `SELECT ${APPLICATION_A} FROM applications a ${VISIBLE_TALENT_JOIN} WHERE a.org_id = $1 AND a.id = $2 FOR UPDATE OF a`,
        [viewer.orgId, id],
      );
      if (!row) throw notFound('Application', id, 'id');
      const before = toApplicationRecord(row);
      if (expectedVersion !== null && expectedVersion !== before.version) {
        throw new LoomaError(ErrorCode.CONFLICT, `The application changed meanwhile (version ${before.version}); reload and try again`, {
          id,
          version: before.version,
        });
      }
      const pipeline = (await lockPipeline(tx, viewer.orgId, before.jobId))!;
      const current = stageOf(pipeline.stages, before.stage);
      const decision = decide({ ...current, kind: before.status }, pipeline);
      if (!decision) return before;
      const { action, target, reason } = decision;
      const [updated] = await tx.query<ApplicationRow>(
        `UPDATE applications SET stage = $3, status = $4, rejection_reason = $5, version = version + 1,
                updated_at = date_trunc('milliseconds', clock_timestamp())
         WHERE org_id = $1 AND id = $2 RETURNING ${APPLICATION_COLUMNS}`,
        [viewer.orgId, id, target.key, target.kind, target.kind === 'REJECTED' ? reason : null],
      );
      const after = toApplicationRecord(updated!);
      await tx.query(
        'INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, reason, actor_id) VALUES ($1, $2, $3, $4, $5, $6)',
        [viewer.orgId, id, before.stage, target.key, reason, viewer.userId],
      );
      await recordAudit(tx, viewer.orgId, viewer, [
        {
          action,
          entityType: 'Application',
          entityId: id,
          talentId: after.talentId,
          before: { stage: before.stage, status: before.status, rejectionReason: before.rejectionReason, version: before.version },
          after: {
            jobId: pipeline.job.id,
            jobTitle: pipeline.job.title,
            talentId: after.talentId,
            from: stageName(current),
            to: stageName(target),
            status: after.status,
            reason,
            version: after.version,
          },
        },
      ]);
      return after;
    });
    this.remember(application);
    return application;
  }

  private remember(application: ApplicationRecord): void {
    this.byId.clear(application.id).prime(application.id, application);
    this.byTalent.clear(application.talentId);
    this.historyById.clear(application.id);
    // A later field of the same operation reads the jobs' lists afresh.
    this.jobPages.clear();
    this.jobCounts.clear();
  }
}

function unknownStage(key: string, job: JobRecord, stages: PipelineStageRecord[], field: string): LoomaError {
  return badInput(`${key} is not a stage of ${job.title}; its stages are ${stages.map((s) => s.key).join(', ')}`, { field });
}

function toDate(value: string | Date, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a date-time`, { field });
  return date;
}

function applicationConditions(orgId: string, filter: ApplicationFilter): { conditions: string[]; params: unknown[] } {
  const params: unknown[] = [orgId];
  const conditions = ['a.org_id = $1'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.jobId != null) conditions.push(isUuid(filter.jobId) ? `a.job_id = ${param(filter.jobId)}::uuid` : 'false');
  if (filter.talentId != null) conditions.push(isUuid(filter.talentId) ? `a.talent_id = ${param(filter.talentId)}::uuid` : 'false');
  if (filter.stages?.length) conditions.push(`a.stage = ANY (${param(filter.stages)}::text[])`);
  if (filter.status?.length) conditions.push(`a.status = ANY (${param(filter.status)}::text[])`);
  if (filter.createdAfter != null) conditions.push(`a.created_at > ${param(toDate(filter.createdAfter, 'filter.createdAfter'))}`);
  if (filter.createdBefore != null) conditions.push(`a.created_at < ${param(toDate(filter.createdBefore, 'filter.createdBefore'))}`);
  return { conditions, params };
}
