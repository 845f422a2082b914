import DataLoader from 'dataloader';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput } from '../../../platform/errors.ts';
import { createOnce, inputHash } from '../../../platform/idempotency.ts';
import { connectionFrom, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { HiringRole } from '../__generated__/resolvers-types.ts';
import type { ApplicationRecord } from '../applications/application-record.ts';
import { boardsOfJobs } from '../applications/application-store.ts';
import { orgUserIds } from '../../../data/records/user-store.ts';
import {
  createJobInput,
  jobCursorKey,
  jobCursorOf,
  jobFilterOf,
  jobOrderOf,
  newJobValues,
  updateJobInput,
  updatedJobValues,
  type CreateJobInput,
  type JobFilter,
  type JobSort,
  type UpdateJobInput,
} from './job-inputs.ts';
import {
  countJobs,
  hiringTeams,
  insertJob,
  isJobIdempotencyKeyTaken,
  jobPage,
  jobsByIds,
  lockJob,
  readJobByIdempotencyKey,
  replaceHiringTeam,
  toJob,
  updateJob,
  type HiringTeamMemberRecord,
  type JobRecord,
} from '../../../data/records/job-store.ts';
import { lockOrgPipeline, replaceOrgStages } from './pipeline-store.ts';
import {
  applyPipelineChange,
  loadOrgStages,
  parseStages,
  stageOf,
  withPositions,
  type PipelineStageRecord,
  type StagesInput,
} from './pipelines.ts';

export type { EmploymentType, HiringRole, JobStatus, RemotePolicy } from '../__generated__/resolvers-types.ts';
export type { CreateJobInput, JobFilter, JobSort, UpdateJobInput } from './job-inputs.ts';
export type { HiringTeamMemberRecord, JobRecord, SalaryRecord } from '../../../data/records/job-store.ts';

/** A column of the pipeline board. */
export interface PipelineColumnRecord {
  stage: PipelineStageRecord;
  count: number;
  applications: ApplicationRecord[];
}

const MAX_PAGE = 100;
const MAX_PER_STAGE = 100;

/** What the audit log keeps of a job (the timeline names jobs by title). */
const jobAudit = (job: JobRecord, team?: HiringTeamMemberRecord[]) => {
  const { orgId: _orgId, ownStages, ...rest } = job;
  return { ...rest, stages: ownStages, ...(team ? { hiringTeam: team.map((m) => ({ userId: m.user.id, role: m.role })) } : {}) };
};

const jobNotFound = (id: string) => new LoomaError(ErrorCode.NOT_FOUND, `Job ${id} was not found`, { id, field: 'id' });

/** An update made against `expected` while the job is at `job.version`: CONFLICT, or nothing. */
export function staleJobVersion(job: JobRecord, expected: number): LoomaError | null {
  if (job.version === expected) return null;
  return new LoomaError(ErrorCode.CONFLICT, `Job ${job.id} changed meanwhile (version ${job.version}); reload and try again`, {
    id: job.id,
    version: job.version,
  });
}

/** `applicationsPerStage` of the board: 0 to 100, 20 when not given. */
export function boardLimit(perStage: number | null | undefined): number {
  const limit = perStage ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PER_STAGE) {
    throw badInput(`applicationsPerStage must be between 0 and ${MAX_PER_STAGE}`, { field: 'applicationsPerStage' });
  }
  return limit;
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
  await replaceHiringTeam(tx, orgId, jobId, team);
  return team.map((m) => ({ user: { id: m.userId }, role: m.role }));
}

/**
 * Jobs: reads through per-request loaders (a job, its hiring team, the organisation's stages, the
 * pipeline board batched across the jobs of a request), the filtered and sorted list, and the
 * writes (create, update with optimistic concurrency, the organisation's default pipeline), each
 * in one transaction with its audit entry. The SQL is job-store.ts's and pipeline-store.ts's.
 */
export class Jobs {
  private readonly byId: DataLoader<string, JobRecord | null>;
  private readonly teamByJob: DataLoader<string, HiringTeamMemberRecord[]>;
  private readonly boards = new Map<number, DataLoader<string, { counts: Map<string, number>; applications: ApplicationRecord[] }>>();
  private orgStagesLoad: Promise<PipelineStageRecord[]> | null = null;
  private readonly db: RelationalStore;

  constructor(db: RelationalStore, viewer: Viewer | null) {
    this.db = db;
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = orgId && valid.length ? await jobsByIds(db, orgId, valid) : [];
      const found = new Map(rows.map((row) => [row.id, toJob(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.teamByJob = new DataLoader((jobIds) => hiringTeams(db, orgId, jobIds));
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
    const order = jobOrderOf(args.sort);
    const filter = jobFilterOf(args.filter ?? {});
    const after = args.after ? jobCursorKey(args.after, order) : null;
    const rows = await jobPage(this.db, viewer.orgId, filter, {
      column: order.column,
      direction: order.direction,
      after,
      limit: first + 1,
    });
    const jobs = rows.map(toJob);
    for (const job of jobs.slice(0, first)) this.byId.prime(job.id, job);
    return connectionFrom(
      jobs,
      first,
      (job) => jobCursorOf(order, job),
      () => countJobs(this.db, viewer.orgId, filter),
      after !== null,
    );
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
    const limit = boardLimit(perStage);
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
      loader = new DataLoader((jobIds) => boardsOfJobs(this.db, orgId, jobIds, limit));
      this.boards.set(limit, loader);
    }
    return loader;
  }

  async create(viewerOrNull: Viewer | null, input: CreateJobInput): Promise<JobRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(createJobInput, input);
    const ownStages = input.stages == null ? null : parseStages(input.stages, 'stages');
    // With a key, a retry answers the job the first call made (platform/idempotency.ts; the stages as given).
    const key = values.idempotencyKey;
    const idempotency = key ? { key, hash: inputHash({ ...values, idempotencyKey: undefined, stages: input.stages }) } : null;
    return createOnce(idempotency, {
      earlier: async (idempotencyKey) => {
        const earlier = await readJobByIdempotencyKey(this.db, viewer.orgId, idempotencyKey);
        return earlier && { hash: earlier.hash, answer: async () => earlier.job };
      },
      isKeyTaken: isJobIdempotencyKeyTaken,
      create: () =>
        this.db.transaction(async (tx) => {
          await assertTeamUsers(tx, viewer.orgId, values.hiringTeam, 'hiringTeam');
          const job = await insertJob(tx, viewer.orgId, viewer.userId, newJobValues(values, ownStages), idempotency);
          const team = await writeTeam(tx, viewer.orgId, job.id, values.hiringTeam);
          await recordAudit(tx, viewer.orgId, viewer, [
            { action: 'job.create', entityType: 'Job', entityId: job.id, after: jobAudit(job, team) },
          ]);
          return job;
        }),
    });
  }

  async update(viewerOrNull: Viewer | null, input: UpdateJobInput): Promise<JobRecord> {
    const viewer = requireScope(viewerOrNull, 'job:write');
    const values = parseInput(updateJobInput, input);
    const has = (key: keyof UpdateJobInput) => Object.prototype.hasOwnProperty.call(input, key);
    const nextOwnStages = has('stages') ? (input.stages == null ? null : parseStages(input.stages, 'stages')) : undefined;
    if (!isUuid(values.id)) throw jobNotFound(values.id);
    const job = await this.db.transaction(async (tx) => {
      const before = await lockJob(tx, viewer.orgId, values.id);
      if (!before) throw jobNotFound(values.id);
      const stale = staleJobVersion(before, values.version);
      if (stale) throw stale;
      const next = updatedJobValues(before, input, values, nextOwnStages);
      if (nextOwnStages !== undefined) {
        // The organisation's stages are read only when the job leaves or joins them.
        const orgStages = before.ownStages && next.ownStages ? [] : await loadOrgStages(tx, viewer.orgId);
        await applyPipelineChange(tx, viewer.orgId, before.id, next.ownStages ?? orgStages, {
          actor: viewer,
          before: before.ownStages ?? orgStages,
          jobTitle: next.title,
        });
      }
      if (has('hiringTeam')) await assertTeamUsers(tx, viewer.orgId, values.hiringTeam, 'hiringTeam');
      const after = await updateJob(tx, viewer.orgId, before.id, next);
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
      await lockOrgPipeline(tx, viewer.orgId);
      const before = await loadOrgStages(tx, viewer.orgId);
      await applyPipelineChange(tx, viewer.orgId, null, stages, { actor: viewer, before });
      await replaceOrgStages(tx, viewer.orgId, withPositions(stages));
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'pipeline.set', entityType: 'Pipeline', entityId: viewer.orgId, before: { stages: before }, after: { stages } },
      ]);
    });
    this.orgStagesLoad = Promise.resolve(withPositions(stages));
    return withPositions(stages);
  }
}
