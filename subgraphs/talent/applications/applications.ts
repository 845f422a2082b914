import DataLoader from 'dataloader';
import { z } from 'zod';
import { recordAudit, type AuditAction } from '../../../data/audit/audit-recorder.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { readVisibleTalentName } from '../../../data/records/talent-store.ts';
import { lockJobPipeline, type JobRecord } from '../../../data/records/job-store.ts';
import { DEFAULT_STAGES, stageOf, withPositions, type PipelineStageRecord } from '../jobs/pipelines.ts';
import type { ApplicationRecord, ApplicationStatus } from './application-record.ts';
import {
  applicationIdFor,
  applicationPage,
  applicationsByIds,
  applicationsOfTalents,
  countApplications,
  countApplicationsOfJobs,
  insertApplication,
  jobApplicationPages,
  lockApplication,
  updateApplicationStage,
  type ApplicationConditions,
  type ApplicationKeyset,
} from './application-store.ts';
import { insertStageMove, stageMoves } from './stage-move-store.ts';
import { decideMove, decideReject, decideReopen, initialStage, type StageDecision } from './stage-moves.ts';

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
/** Every application list (the organisation's and each job's) pages newest first, with the same cursors. */
const LIST_SCOPE = 'applications:CREATED_AT:DESC';

export const createApplicationInput = z.object({
  talentId: z.string(),
  jobId: z.string(),
  stage: z.string().nullish(),
});
export const moveApplicationInput = z.object({
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
export const rejectReason = z.string().trim().min(1, 'reason must not be empty').max(500, 'reason must be at most 500 characters');

const notFound = (what: 'Application' | 'Talent' | 'Job', id: string, field: string) =>
  new LoomaError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id, field });

/** A record a non-null field points at; gone meanwhile (erased, merged) reads as NOT_FOUND rather than a broken null. */
export function present<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw new LoomaError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id });
  return value;
}

/** A move made against `expected` (null: whatever is current) while the application is at `version`: CONFLICT, or nothing. */
export function staleApplicationVersion(id: string, version: number, expected: number | null): LoomaError | null {
  if (expected === null || expected === version) return null;
  return new LoomaError(ErrorCode.CONFLICT, `The application changed meanwhile (version ${version}); reload and try again`, {
    id,
    version,
  });
}

function toDate(value: string | Date, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a date-time`, { field });
  return date;
}

/** The filter with its dates read (BAD_USER_INPUT naming a date that is not one). */
export function applicationConditionsOf(filter: ApplicationFilter): ApplicationConditions {
  return {
    ...filter,
    createdAfter: filter.createdAfter == null ? null : toDate(filter.createdAfter, 'filter.createdAfter'),
    createdBefore: filter.createdBefore == null ? null : toDate(filter.createdBefore, 'filter.createdBefore'),
  };
}

/** The keyset an `after` cursor of the application lists holds (BAD_USER_INPUT when it is not one). */
export function applicationCursorKey(after: string): ApplicationKeyset {
  const [createdAt, id] = decodeListCursor(after, LIST_SCOPE, ['date', 'uuid']);
  return { createdAt, id };
}

/** An application's cursor in every application list (newest first). */
export const applicationCursorOf = (application: ApplicationRecord) =>
  encodeListCursor<['date', 'uuid']>(LIST_SCOPE, [application.createdAt.toISOString(), application.id]);

/** A job with its stages, read with the job and the organisation held FOR SHARE (pipeline changes wait). */
interface LockedPipeline {
  job: JobRecord;
  stages: PipelineStageRecord[];
}

async function lockPipeline(tx: SqlExecutor, orgId: string, jobId: string): Promise<LockedPipeline | null> {
  if (!isUuid(jobId)) return null;
  const locked = await lockJobPipeline(tx, orgId, jobId);
  if (!locked) return null;
  return { job: locked.job, stages: withPositions(locked.job.ownStages ?? locked.orgStages ?? DEFAULT_STAGES) };
}

const stageName = (stage: PipelineStageRecord) => ({ key: stage.key, name: stage.name });

/** The audit actions of a change of stage. */
type StageChange = Extract<AuditAction, 'application.move' | 'application.reject' | 'application.reopen'>;

/**
 * Applications: a talent considered for a job, moved through the job's pipeline. Reads go through
 * per-request loaders (by id, by talent, history); every write locks the application (and holds the
 * job's pipeline), records the stage move and the audit entry in one transaction. Where a move may
 * go is stage-moves.ts's; the SQL is application-store.ts's.
 */
export class Applications {
  private readonly byId: DataLoader<string, ApplicationRecord | null>;
  private readonly byTalent: DataLoader<string, ApplicationRecord[]>;
  private readonly historyById: DataLoader<string, StageMoveRecord[]>;
  /** `Job.applications` pages by job id, one loader per (filter, first, after); counts per filter. */
  private readonly jobPages = new Map<string, DataLoader<string, Connection<ApplicationRecord>>>();
  private readonly jobCounts = new Map<string, DataLoader<string, number>>();
  private readonly db: RelationalStore;

  constructor(db: RelationalStore, viewer: Viewer | null) {
    this.db = db;
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const records = orgId && valid.length ? await applicationsByIds(db, orgId, valid) : [];
      const found = new Map(records.map((record) => [record.id, record]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const valid = talentIds.filter(isUuid);
      const records = valid.length ? await applicationsOfTalents(db, orgId, valid) : [];
      for (const record of records) this.byId.prime(record.id, record);
      return talentIds.map((id) => records.filter((r) => r.talentId === id));
    });
    this.historyById = new DataLoader(async (applicationIds) => {
      const rows = await stageMoves(db, orgId, applicationIds);
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
    const filter = applicationConditionsOf(args.filter ?? {});
    const after = args.after ? applicationCursorKey(args.after) : null;
    const rows = await applicationPage(this.db, viewer.orgId, filter, after, first + 1);
    return this.toPage(rows, first, after, () => countApplications(this.db, viewer.orgId, filter));
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
    const { jobId: _jobId, ...filter } = applicationConditionsOf({ ...args.filter, jobId: null });
    const after = args.after ? applicationCursorKey(args.after) : null;
    if (!isUuid(jobId)) return this.toPage([], first, after, () => Promise.resolve(0));
    const filterKey = JSON.stringify(filter);
    let counts = this.jobCounts.get(filterKey);
    if (!counts) {
      counts = new DataLoader(async (jobIds) => {
        const byJob = await countApplicationsOfJobs(this.db, viewer.orgId, filter, jobIds);
        return jobIds.map((id) => byJob.get(id) ?? 0);
      });
      this.jobCounts.set(filterKey, counts);
    }
    const pageKey = JSON.stringify([filterKey, first, after]);
    let pages = this.jobPages.get(pageKey);
    if (!pages) {
      const countOf = counts;
      pages = new DataLoader(async (jobIds) => {
        const rows = await jobApplicationPages(this.db, viewer.orgId, filter, jobIds, after, first + 1);
        return jobIds.map((id) =>
          this.toPage(
            rows.filter((row) => row.jobId === id),
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
    rows: ApplicationRecord[],
    first: number,
    after: ApplicationKeyset | null,
    totalCount: () => Promise<number>,
  ): Connection<ApplicationRecord> {
    for (const record of rows.slice(0, first)) this.byId.prime(record.id, record);
    return connectionFrom(rows, first, applicationCursorOf, totalCount, after !== null);
  }

  /**
   * Puts a talent into a job's pipeline, at `stage` or the pipeline's first ACTIVE stage. The talent
   * and the job must be the organisation's (NOT_FOUND otherwise), the job not CLOSED; a second
   * application for the same talent and job is a CONFLICT.
   */
  async create(viewerOrNull: Viewer | null, input: { talentId: string; jobId: string; stage?: string | null }): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(createApplicationInput, input);
    const application = await this.db.transaction(async (tx) => {
      const talent = isUuid(values.talentId) ? await readVisibleTalentName(tx, viewer.orgId, values.talentId) : null;
      if (!talent) throw notFound('Talent', values.talentId, 'talentId');
      const pipeline = await lockPipeline(tx, viewer.orgId, values.jobId);
      if (!pipeline) throw notFound('Job', values.jobId, 'jobId');
      const { job, stages } = pipeline;
      const stage = initialStage(job, stages, values.stage);
      const created = await insertApplication(tx, viewer.orgId, {
        talentId: talent.id,
        jobId: job.id,
        stage: stage.key,
        status: stage.kind,
        createdBy: viewer.userId,
      });
      if (!created) {
        throw new LoomaError(ErrorCode.CONFLICT, `${talent.name} already has an application for ${job.title}`, {
          applicationId: await applicationIdFor(tx, viewer.orgId, talent.id, job.id),
        });
      }
      await insertStageMove(tx, viewer.orgId, {
        applicationId: created.id,
        from: null,
        to: stage.key,
        reason: null,
        actorId: viewer.userId,
      });
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
    const values = parseInput(moveApplicationInput, input);
    return this.change(viewer, values.id, values.version ?? null, 'application.move', (current, { job, stages }) =>
      decideMove(current, job, stages, values.stage, values.reason),
    );
  }

  /** Moves an active application to the pipeline's REJECTED stage with a reason (1 to 500 characters). */
  async reject(viewerOrNull: Viewer | null, id: string, reason: string): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const why = parseInput(z.object({ reason: rejectReason }), { reason }).reason;
    return this.change(viewer, id, null, 'application.reject', (current, { stages }) => decideReject(current, stages, why));
  }

  /** Brings a hired or rejected application back to an ACTIVE stage (default: the first). */
  async reopen(viewerOrNull: Viewer | null, id: string, stage?: string | null): Promise<ApplicationRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    return this.change(viewer, id, null, 'application.reopen', (current, { job, stages }) => decideReopen(current, job, stages, stage));
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
    action: StageChange,
    decide: (current: PipelineStageRecord, pipeline: LockedPipeline) => StageDecision | null,
  ): Promise<ApplicationRecord> {
    if (!isUuid(id)) throw notFound('Application', id, 'id');
    const application = await this.db.transaction(async (tx) => {
      const before = await lockApplication(tx, viewer.orgId, id);
      if (!before) throw notFound('Application', id, 'id');
      const stale = staleApplicationVersion(id, before.version, expectedVersion);
      if (stale) throw stale;
      const pipeline = (await lockPipeline(tx, viewer.orgId, before.jobId))!;
      const current = stageOf(pipeline.stages, before.stage);
      const decision = decide({ ...current, kind: before.status }, pipeline);
      if (!decision) return before;
      const { target, reason } = decision;
      const after = await updateApplicationStage(tx, viewer.orgId, id, {
        stage: target.key,
        status: target.kind,
        rejectionReason: target.kind === 'REJECTED' ? reason : null,
      });
      await insertStageMove(tx, viewer.orgId, { applicationId: id, from: before.stage, to: target.key, reason, actorId: viewer.userId });
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
