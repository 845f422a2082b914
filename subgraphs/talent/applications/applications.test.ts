import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput } from '../../../platform/checks.ts';
import { DEFAULT_STAGES, stageOf, withPositions, type PipelineStageRecord } from '../jobs/pipelines.ts';
import type { ApplicationRecord } from './application-record.ts';
import {
  applicationConditionsOf,
  applicationCursorKey,
  applicationCursorOf,
  moveApplicationInput,
  present,
  rejectReason,
  staleApplicationVersion,
} from './applications.ts';
import { decideMove, decideReject, decideReopen, initialStage } from './stage-moves.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const ID = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const stages = withPositions(DEFAULT_STAGES);
const job = { title: 'Backend Engineer', status: 'OPEN' as const };
const at = (key: string): PipelineStageRecord => stageOf(stages, key);

describe('a new application', () => {
  it("starts on the pipeline's first ACTIVE stage, or on the stage given", () => {
    const ownStages = withPositions([{ key: 'hired', name: 'Hired', kind: 'HIRED' }, ...DEFAULT_STAGES.filter((s) => s.kind !== 'HIRED')]);
    expect(initialStage(job, ownStages, null).key).toBe('applied');
    expect(initialStage(job, stages, 'interview')).toEqual(at('interview'));
  });

  it('is refused for a closed job and for a stage the pipeline lacks', () => {
    expect(refusalOf(() => initialStage({ ...job, status: 'CLOSED' }, stages, null))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'jobId',
      message: 'Job Backend Engineer is closed; reopen it to add applications',
    });
    expect(refusalOf(() => initialStage(job, stages, 'phone'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'stage',
      message: 'phone is not a stage of Backend Engineer; its stages are applied, screening, interview, offer, hired, rejected',
    });
  });
});

describe('stage transitions', () => {
  it('moves an active application to any stage of its job, and nowhere when it is already there', () => {
    expect(decideMove(at('applied'), job, stages, 'offer', 'strong onsite')).toEqual({ target: at('offer'), reason: 'strong onsite' });
    expect(decideMove(at('offer'), job, stages, 'hired', null)).toEqual({ target: at('hired'), reason: null });
    expect(decideMove(at('offer'), job, stages, 'offer', null)).toBeNull();
    expect(refusalOf(() => decideMove(at('applied'), job, stages, 'nope', null))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
  });

  it('leaves HIRED and REJECTED only by a reopen', () => {
    expect(refusalOf(() => decideMove(at('hired'), job, stages, 'offer', null))).toEqual({
      code: 'INVALID_STAGE_MOVE',
      field: 'stage',
      message: 'The application is hired; reopen it before moving it',
    });
    expect(refusalOf(() => decideMove(at('rejected'), job, stages, 'applied', null)).message).toBe(
      'The application is rejected; reopen it before moving it',
    );
    // Staying where it is is no move at all, even on a closing stage.
    expect(decideMove(at('hired'), job, stages, 'hired', null)).toBeNull();
  });

  it("rejects an active application to the pipeline's REJECTED stage, with its reason", () => {
    const custom = withPositions([
      ...DEFAULT_STAGES.filter((s) => s.kind !== 'REJECTED'),
      { key: 'declined', name: 'Declined', kind: 'REJECTED' },
    ]);
    expect(decideReject(at('screening'), custom, 'not now')).toEqual({ target: stageOf(custom, 'declined'), reason: 'not now' });
    expect(refusalOf(() => decideReject(at('hired'), stages, 'x'))).toEqual({
      code: 'INVALID_STAGE_MOVE',
      field: 'id',
      message: 'The application is hired; reopen it before rejecting it',
    });
    expect(refusalOf(() => decideReject(at('rejected'), stages, 'x')).message).toBe('The application is already rejected');
  });

  it('reopens a hired or rejected application to an ACTIVE stage (the first by default), never an active one', () => {
    expect(decideReopen(at('rejected'), job, stages, null)).toEqual({ target: at('applied'), reason: null });
    expect(decideReopen(at('hired'), job, stages, 'offer')).toEqual({ target: at('offer'), reason: null });
    expect(refusalOf(() => decideReopen(at('screening'), job, stages, null))).toEqual({
      code: 'INVALID_STAGE_MOVE',
      field: 'id',
      message: 'The application is active; move it instead of reopening it',
    });
    expect(refusalOf(() => decideReopen(at('rejected'), job, stages, 'hired'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'stage',
      message: 'A reopened application goes to an ACTIVE stage; hired is HIRED',
    });
    expect(refusalOf(() => decideReopen(at('rejected'), job, stages, 'gone'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
  });

  it('is a CONFLICT against a stale version, and applies to whatever is current without one', () => {
    expect(staleApplicationVersion(ID, 3, null)).toBeNull();
    expect(staleApplicationVersion(ID, 3, 3)).toBeNull();
    const conflict = staleApplicationVersion(ID, 3, 2)!;
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.details).toEqual({ id: ID, version: 3 });
  });
});

describe('reasons', () => {
  const reject = (reason: string) => parseInput(z.object({ reason: rejectReason }), { reason }).reason;

  it('takes a rejection reason of 1 to 500 characters, trimmed', () => {
    expect(reject('  no visa  ')).toBe('no visa');
    expect(reject('x'.repeat(500))).toHaveLength(500);
    expect(refusalOf(() => reject('   '))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', message: 'reason must not be empty' });
    expect(refusalOf(() => reject('x'.repeat(501)))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      message: 'reason must be at most 500 characters',
    });
  });

  it('takes an optional move reason of at most 500 characters; empty reads as none', () => {
    expect(parseInput(moveApplicationInput, { id: ID, stage: 'offer', reason: '  ' }).reason).toBeNull();
    expect(parseInput(moveApplicationInput, { id: ID, stage: 'offer' }).reason).toBeNull();
    expect(refusalOf(() => parseInput(moveApplicationInput, { id: ID, stage: 'offer', reason: 'x'.repeat(501) }))).toMatchObject({
      field: 'reason',
    });
  });
});

describe('the application lists', () => {
  const application = { id: ID, createdAt: new Date('2026-11-30T10:00:00.000Z') } as ApplicationRecord;

  it('page on from their own cursors and refuse any other', () => {
    expect(applicationCursorKey(applicationCursorOf(application))).toEqual({ createdAt: '2026-11-30T10:00:00.000Z', id: ID });
    const other = Buffer.from(JSON.stringify(['jobs:CREATED_AT:DESC', '2026-11-30T10:00:00.000Z', ID])).toString('base64url');
    for (const bad of ['nope', other]) {
      expect(refusalOf(() => applicationCursorKey(bad))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
        message: 'after is not a cursor this connection returned with this sort',
      });
    }
  });

  it('read the filter dates, naming one that is not a date-time', () => {
    expect(applicationConditionsOf({ jobId: ID, createdBefore: '2026-12-01T00:00:00Z' })).toEqual({
      jobId: ID,
      createdAfter: null,
      createdBefore: new Date('2026-12-01T00:00:00Z'),
    });
    expect(refusalOf(() => applicationConditionsOf({ createdAfter: 'soon' }))).toMatchObject({ field: 'filter.createdAfter' });
  });

  it('read a record a non-null field points at, gone meanwhile, as NOT_FOUND', () => {
    expect(present('x', 'Job', ID)).toBe('x');
    expect(refusalOf(() => present(null, 'Job', ID))).toMatchObject({ code: 'NOT_FOUND', message: `Job ${ID} was not found` });
  });
});
