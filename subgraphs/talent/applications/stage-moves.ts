import { ErrorCode, LoomaError, badInput } from '../../../platform/errors.ts';
import type { JobRecord } from '../../../data/records/job-store.ts';
import { firstActive, type PipelineStageRecord } from '../jobs/pipelines.ts';

/**
 * Where an application may go in its job's pipeline: the stage a new one starts on and the
 * transitions of move, reject and reopen. Pure: the pipeline and the current stage in, a target (or
 * an error with a code) out. An application on a HIRED or REJECTED stage leaves it only by a reopen.
 */

/** Where a change of stage goes, and the reason it records. */
export interface StageDecision {
  target: PipelineStageRecord;
  reason: string | null;
}

const invalidMove = (message: string, details: Record<string, unknown>) => new LoomaError(ErrorCode.INVALID_STAGE_MOVE, message, details);

function unknownStage(key: string, job: Pick<JobRecord, 'title'>, stages: readonly PipelineStageRecord[], field: string): LoomaError {
  return badInput(`${key} is not a stage of ${job.title}; its stages are ${stages.map((s) => s.key).join(', ')}`, { field });
}

/** A new application's stage: `key`, or the pipeline's first ACTIVE stage; a CLOSED job takes none. */
export function initialStage(
  job: Pick<JobRecord, 'title' | 'status'>,
  stages: readonly PipelineStageRecord[],
  key: string | null | undefined,
): PipelineStageRecord {
  if (job.status === 'CLOSED') throw badInput(`Job ${job.title} is closed; reopen it to add applications`, { field: 'jobId' });
  const stage = key == null ? firstActive(stages) : stages.find((s) => s.key === key);
  if (!stage) throw unknownStage(key!, job, stages, 'stage');
  return stage;
}

/** A move to stage `key`: null when it is already there; INVALID_STAGE_MOVE out of HIRED or REJECTED. */
export function decideMove(
  current: PipelineStageRecord,
  job: Pick<JobRecord, 'title'>,
  stages: readonly PipelineStageRecord[],
  key: string,
  reason: string | null,
): StageDecision | null {
  const target = stages.find((s) => s.key === key);
  if (!target) throw unknownStage(key, job, stages, 'stage');
  if (target.key === current.key) return null;
  if (current.kind !== 'ACTIVE') {
    throw invalidMove(`The application is ${current.kind === 'HIRED' ? 'hired' : 'rejected'}; reopen it before moving it`, {
      field: 'stage',
      stage: current.key,
    });
  }
  return { target, reason };
}

/** A rejection: to the pipeline's REJECTED stage, from an ACTIVE one only. */
export function decideReject(current: PipelineStageRecord, stages: readonly PipelineStageRecord[], reason: string): StageDecision {
  if (current.kind !== 'ACTIVE') {
    throw invalidMove(`The application is ${current.kind === 'HIRED' ? 'hired; reopen it before rejecting it' : 'already rejected'}`, {
      field: 'id',
      stage: current.key,
    });
  }
  return { target: stages.find((s) => s.kind === 'REJECTED')!, reason };
}

/** A reopen: from HIRED or REJECTED to an ACTIVE stage, `key` or the first. */
export function decideReopen(
  current: PipelineStageRecord,
  job: Pick<JobRecord, 'title'>,
  stages: readonly PipelineStageRecord[],
  key: string | null | undefined,
): StageDecision {
  if (current.kind === 'ACTIVE')
    throw invalidMove('The application is active; move it instead of reopening it', { field: 'id', stage: current.key });
  const target = key == null ? firstActive(stages) : stages.find((s) => s.key === key);
  if (!target) throw unknownStage(key!, job, stages, 'stage');
  if (target.kind !== 'ACTIVE')
    throw badInput(`A reopened application goes to an ACTIVE stage; ${target.key} is ${target.kind}`, { field: 'stage' });
  return { target, reason: null };
}
