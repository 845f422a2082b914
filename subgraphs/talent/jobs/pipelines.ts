import { z } from 'zod';
import { recordAudit, type Actor } from '../../../data/audit/audit-recorder.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { parseInput } from '../../../platform/checks.ts';
import { enumValues } from '../../../platform/enum-values.ts';
import { ErrorCode, LoomaError } from '../../../platform/errors.ts';
import type { StageKind } from '../__generated__/resolvers-types.ts';
import { applicationsPerStage, restatusApplications } from '../applications/application-store.ts';
import { orgStageRows } from './pipeline-store.ts';

/** The schema's enum, as codegen generates it. */
export type { StageKind };

/** A stage of a pipeline as the board shows it. */
export interface PipelineStageRecord {
  key: string;
  name: string;
  /** 0-based order on the board. */
  position: number;
  kind: StageKind;
}

/** How a stage is stored: in order, in `jobs.stages` (jsonb) or as `pipeline_stages` rows. */
export interface StoredStage {
  key: string;
  name: string;
  kind: StageKind;
}

/** Looma's pipeline, for an organisation that has not set its own. */
export const DEFAULT_STAGES: readonly StoredStage[] = [
  { key: 'applied', name: 'Applied', kind: 'ACTIVE' },
  { key: 'screening', name: 'Screening', kind: 'ACTIVE' },
  { key: 'interview', name: 'Interview', kind: 'ACTIVE' },
  { key: 'offer', name: 'Offer', kind: 'ACTIVE' },
  { key: 'hired', name: 'Hired', kind: 'HIRED' },
  { key: 'rejected', name: 'Rejected', kind: 'REJECTED' },
];

export const MAX_STAGES = 30;

// The enum's values for zod, held to codegen's type (a value the schema lacks, or one it adds, fails tsc).
const STAGE_KINDS = enumValues<StageKind>()(['ACTIVE', 'HIRED', 'REJECTED']);

export const withPositions = (stages: readonly StoredStage[]): PipelineStageRecord[] =>
  stages.map((stage, position) => ({ key: stage.key, name: stage.name, kind: stage.kind, position }));

/**
 * A pipeline: 1 to 30 stages with unique keys (`^[a-z0-9-]{1,40}$`), at least one ACTIVE stage and
 * exactly one HIRED and one REJECTED stage (so hiring and `rejectApplication` each have one
 * destination). Order is the board's.
 */
export const stagesSchema = z
  .array(
    z.object({
      key: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a stage key is 1 to 40 characters of a-z, 0-9 and -'),
      name: z.string().trim().min(1, 'a stage name must not be empty').max(60, 'a stage name must be at most 60 characters'),
      kind: z
        .enum(STAGE_KINDS)
        .nullish()
        .transform((kind) => kind ?? 'ACTIVE'),
    }),
  )
  .min(1, 'a pipeline needs stages')
  .max(MAX_STAGES, `a pipeline has at most ${MAX_STAGES} stages`)
  .superRefine((stages, ctx) => {
    const seen = new Set<string>();
    stages.forEach((stage, i) => {
      if (seen.has(stage.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `stage key ${stage.key} appears twice` });
      seen.add(stage.key);
    });
    const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
    if (count('ACTIVE') < 1) ctx.addIssue({ code: 'custom', path: [], message: 'a pipeline needs at least one ACTIVE stage' });
    if (count('HIRED') !== 1) ctx.addIssue({ code: 'custom', path: [], message: 'a pipeline needs exactly one HIRED stage' });
    if (count('REJECTED') !== 1) ctx.addIssue({ code: 'custom', path: [], message: 'a pipeline needs exactly one REJECTED stage' });
  });

export type StagesInput = z.input<typeof stagesSchema>;

/** Validates stages given under `field` (e.g. `stages`, `input.stages`), naming the field at fault. */
export function parseStages(input: unknown, field: string): StoredStage[] {
  try {
    return parseInput(stagesSchema, input);
  } catch (error) {
    if (error instanceof LoomaError) {
      const at = typeof error.details.field === 'string' && error.details.field ? `${field}.${error.details.field}` : field;
      throw new LoomaError(error.code, error.message, { ...error.details, field: at });
    }
    throw error;
  }
}

/** The organisation's stages, or Looma's when it has set none. */
export async function loadOrgStages(db: SqlExecutor, orgId: string): Promise<StoredStage[]> {
  const rows = await orgStageRows(db, orgId);
  return rows.length ? rows : [...DEFAULT_STAGES];
}

/** The first ACTIVE stage: where a new or reopened application goes by default (a valid pipeline has one). */
export const firstActive = (stages: readonly PipelineStageRecord[]): PipelineStageRecord => stages.find((s) => s.kind === 'ACTIVE')!;

/** The stage of `key`; a key no longer in the pipeline (history) reads as itself, ACTIVE, position -1. */
export function stageOf(stages: readonly PipelineStageRecord[], key: string): PipelineStageRecord {
  return stages.find((s) => s.key === key) ?? { key, name: key, position: -1, kind: 'ACTIVE' };
}

/**
 * A new pipeline may not drop a stage that still holds applications: the CONFLICT naming the first
 * such stage (of `inUse`, counts per stage), or null when every stage in use stays.
 */
export function droppedStageInUse(inUse: readonly { stage: string; n: number }[], next: readonly StoredStage[]): LoomaError | null {
  const keys = new Set(next.map((s) => s.key));
  const dropped = inUse.find((row) => !keys.has(row.stage));
  if (!dropped) return null;
  return new LoomaError(
    ErrorCode.CONFLICT,
    `Stage ${dropped.stage} still holds ${dropped.n} application${dropped.n === 1 ? '' : 's'}; move them before removing it`,
    { stage: dropped.stage, field: 'stages' },
  );
}

/** Who changes a pipeline, and what the audit entries of the applications it re-statuses need. */
export interface PipelineChangeAudit {
  actor: Actor;
  /** The stages the applications were on before the change (to name their stage before). */
  before: readonly StoredStage[];
  /** The job's title after the change, when the change is one job's (an update may retitle it too). */
  jobTitle?: string;
}

/**
 * Checks and applies what a new pipeline means to the applications of one job (`jobId`) or of every
 * job on the organisation's stages (null), inside the caller's transaction: a stage that still holds
 * applications cannot go (CONFLICT naming the stage), and applications' status follows the kind of
 * their stage (a stage turned from ACTIVE into REJECTED makes its applications rejected), each such
 * application getting an `application.status` audit entry (one statement for all).
 */
export async function applyPipelineChange(
  tx: SqlExecutor,
  orgId: string,
  jobId: string | null,
  next: readonly StoredStage[],
  audit: PipelineChangeAudit,
): Promise<void> {
  const dropped = droppedStageInUse(await applicationsPerStage(tx, orgId, jobId), next);
  if (dropped) throw dropped;
  const changed = await restatusApplications(tx, orgId, jobId, next);
  const nameIn = (stages: readonly StoredStage[], key: string) => stages.find((s) => s.key === key)?.name ?? key;
  await recordAudit(
    tx,
    orgId,
    audit.actor,
    changed.map((row) => ({
      action: 'application.status',
      entityType: 'Application',
      entityId: row.id,
      talentId: row.talent_id,
      before: {
        status: row.before_status,
        stage: { key: row.stage, name: nameIn(audit.before, row.stage) },
        jobId: row.job_id,
        jobTitle: row.job_title,
        version: row.before_version,
      },
      after: {
        status: row.status,
        stage: { key: row.stage, name: nameIn(next, row.stage) },
        jobId: row.job_id,
        jobTitle: audit.jobTitle ?? row.job_title,
        talentId: row.talent_id,
        version: row.version,
      },
    })),
  );
}
