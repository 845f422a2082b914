import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../platform/checks.ts';
import {
  createJobInput,
  jobCursorKey,
  jobCursorOf,
  jobFilterOf,
  jobOrderOf,
  newJobValues,
  updateJobInput,
  updatedJobValues,
  type UpdateJobInput,
} from './job-inputs.ts';
import type { JobRecord } from '../../../data/records/job-store.ts';
import { boardLimit, staleJobVersion } from './jobs.ts';
import { DEFAULT_STAGES, droppedStageInUse, parseStages, stageOf, withPositions } from './pipelines.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const ID = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const USER = '0b7d6e5f-4a3b-4e2f-9c1a-3f2c1b9e8a4d';

const job = (overrides: Partial<JobRecord> = {}): JobRecord => ({
  id: ID,
  orgId: USER,
  title: 'Backend Engineer',
  department: 'Platform',
  location: 'Shanghai',
  remotePolicy: 'HYBRID',
  employmentType: 'FULL_TIME',
  salary: { min: 100, max: 200, currency: 'CNY', period: 'MONTH' },
  description: 'Builds things',
  requiredSkills: ['Go'],
  preferredSkills: ['Rust'],
  skills: ['Go', 'Rust'],
  minYearsOfExperience: 3,
  maxYearsOfExperience: null,
  languages: [],
  knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [] },
  status: 'OPEN',
  ownStages: null,
  createdBy: USER,
  version: 4,
  createdAt: new Date('2026-11-30T10:00:00.000Z'),
  updatedAt: new Date('2026-12-01T08:30:00.000Z'),
  ...overrides,
});

describe('createJob input', () => {
  it('fills the defaults, trims, upper-cases the currency and drops repeated skills', () => {
    const values = parseInput(createJobInput, {
      title: '  Data Engineer ',
      department: '   ',
      salary: { min: 10, max: 20, currency: 'cny' },
      requiredSkills: ['SQL', 'sql', ' Python '],
    });
    expect(values).toMatchObject({
      title: 'Data Engineer',
      department: null,
      remotePolicy: 'ONSITE',
      employmentType: 'FULL_TIME',
      status: 'DRAFT',
      salary: { min: 10, max: 20, currency: 'CNY', period: 'YEAR' },
      requiredSkills: ['SQL', 'Python'],
      preferredSkills: [],
      minYearsOfExperience: null,
      hiringTeam: [],
    });
  });

  it('refuses bad values with BAD_USER_INPUT naming the field', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ' }, 'title', 'title must not be empty'],
      [{ title: 'x'.repeat(201) }, 'title', 'title must be at most 200 characters'],
      [{ title: 'Ok', salary: { min: 30, max: 20, currency: 'CNY' } }, 'salary.min', 'salary min must not exceed max'],
      [{ title: 'Ok', salary: { min: -1, currency: 'CNY' } }, 'salary.min', 'salary min must not be negative'],
      [{ title: 'Ok', salary: { currency: 'yuan' } }, 'salary.currency', 'currency is an ISO 4217 code, e.g. CNY'],
      [{ title: 'Ok', minYearsOfExperience: 71 }, 'minYearsOfExperience', 'minYearsOfExperience is 0 to 70'],
      [{ title: 'Ok', requiredSkills: [''] }, 'requiredSkills.0', 'a skill must not be empty'],
      [
        {
          title: 'Ok',
          hiringTeam: [
            { userId: USER, role: 'RECRUITER' },
            { userId: USER, role: 'INTERVIEWER' },
          ],
        },
        'hiringTeam.1.userId',
        `user ${USER} is on the team twice`,
      ],
    ];
    for (const [input, field, message] of cases) {
      expect(refusalOf(() => parseInput(createJobInput, input))).toEqual({ code: 'BAD_USER_INPUT', field, message });
    }
    // Enum values come from the schema's enums: one it lacks is refused.
    expect(refusalOf(() => parseInput(createJobInput, { title: 'Ok', status: 'ARCHIVED' }))).toMatchObject({ field: 'status' });
    expect(refusalOf(() => parseInput(createJobInput, { title: 'Ok', remotePolicy: 'MOON' }))).toMatchObject({ field: 'remotePolicy' });
  });
});

describe("a job's requirements and knock-outs", () => {
  const create = (input: Record<string, unknown>) => newJobValues(parseInput(createJobInput, { title: 'Ok', ...input }), null);

  it('defaults to no range top, no languages and no knock-outs', () => {
    expect(create({})).toMatchObject({
      maxYearsOfExperience: null,
      languages: [],
      knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [] },
    });
  });

  it('adds must-have skills to the required skills and required languages to the languages, without repeats', () => {
    const values = create({
      location: 'Shanghai',
      requiredSkills: ['Go'],
      preferredSkills: ['Rust'],
      languages: ['English'],
      minYearsOfExperience: 5,
      maxYearsOfExperience: 10,
      knockouts: {
        mustHaveSkills: ['go', 'Kubernetes', 'Kubernetes'],
        minYearsOfExperience: 3,
        workLocation: true,
        languages: ['english', '普通话'],
      },
    });
    expect(values).toMatchObject({
      requiredSkills: ['Go', 'Kubernetes'],
      preferredSkills: ['Rust'],
      skills: ['Go', 'Kubernetes', 'Rust'],
      minYearsOfExperience: 5,
      maxYearsOfExperience: 10,
      languages: ['English', '普通话'],
      knockouts: { mustHaveSkills: ['go', 'Kubernetes'], minYearsOfExperience: 3, workLocation: true, languages: ['english', '普通话'] },
    });
  });

  it('refuses requirements that contradict each other or overflow their bounds, naming the field', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { minYearsOfExperience: 8, maxYearsOfExperience: 5 },
        'minYearsOfExperience',
        'minYearsOfExperience must not exceed maxYearsOfExperience',
      ],
      [{ maxYearsOfExperience: 71 }, 'maxYearsOfExperience', 'maxYearsOfExperience is 0 to 70'],
      [
        { maxYearsOfExperience: 5, knockouts: { minYearsOfExperience: 6 } },
        'knockouts.minYearsOfExperience',
        'knockouts.minYearsOfExperience must not exceed maxYearsOfExperience',
      ],
      [
        { minYearsOfExperience: 3, knockouts: { minYearsOfExperience: 4 } },
        'knockouts.minYearsOfExperience',
        'knockouts.minYearsOfExperience must not exceed minYearsOfExperience',
      ],
      [{ knockouts: { minYearsOfExperience: -1 } }, 'knockouts.minYearsOfExperience', 'minYearsOfExperience is 0 to 70'],
      [{ knockouts: { workLocation: true } }, 'knockouts.workLocation', 'knockouts.workLocation needs the job to have a location'],
      [
        { location: 'Remote', remotePolicy: 'REMOTE', knockouts: { workLocation: true } },
        'knockouts.workLocation',
        'knockouts.workLocation applies to ONSITE and HYBRID jobs only',
      ],
      [{ knockouts: { mustHaveSkills: [' '] } }, 'knockouts.mustHaveSkills.0', 'a skill must not be empty'],
      [
        { knockouts: { mustHaveSkills: Array.from({ length: 31 }, (_, i) => `s${i}`) } },
        'knockouts.mustHaveSkills',
        'at most 30 must-have skills',
      ],
      [
        {
          requiredSkills: Array.from({ length: 90 }, (_, i) => `r${i}`),
          knockouts: { mustHaveSkills: Array.from({ length: 11 }, (_, i) => `m${i}`) },
        },
        'knockouts.mustHaveSkills',
        'at most 100 required skills, must-have skills included',
      ],
      [{ languages: Array.from({ length: 21 }, (_, i) => `l${i}`) }, 'languages', 'at most 20 languages'],
      [{ languages: ['x'.repeat(41)] }, 'languages.0', 'a language must be at most 40 characters'],
      [
        {
          languages: Array.from({ length: 15 }, (_, i) => `l${i}`),
          knockouts: { languages: Array.from({ length: 6 }, (_, i) => `k${i}`) },
        },
        'knockouts.languages',
        'at most 20 languages, required languages included',
      ],
    ];
    for (const [input, field, message] of cases) {
      expect(
        refusalOf(() => create(input)),
        field,
      ).toEqual({ code: 'BAD_USER_INPUT', field, message });
    }
  });

  it('checks an update against the job it changes, and null knock-outs remove them', () => {
    const before = job({ knockouts: { mustHaveSkills: ['Go'], minYearsOfExperience: 2, workLocation: true, languages: [] } });
    const update = (input: Omit<UpdateJobInput, 'id' | 'version'>) =>
      updatedJobValues(before, { id: ID, version: 4, ...input }, parseInput(updateJobInput, { id: ID, version: 4, ...input }), undefined);
    // The job's minimum is 3: a knock-out minimum of 4 would knock out talents inside its range.
    expect(refusalOf(() => update({ knockouts: { minYearsOfExperience: 4 } }))).toMatchObject({ field: 'knockouts.minYearsOfExperience' });
    expect(refusalOf(() => update({ maxYearsOfExperience: 2.5 }))).toMatchObject({ field: 'minYearsOfExperience' });
    // The kept work-location knock-out needs a location and a job that is not REMOTE.
    expect(refusalOf(() => update({ location: null }))).toMatchObject({ field: 'knockouts.workLocation' });
    expect(refusalOf(() => update({ remotePolicy: 'REMOTE' }))).toMatchObject({ field: 'knockouts.workLocation' });
    expect(update({ remotePolicy: 'REMOTE', knockouts: null }).knockouts).toEqual({
      mustHaveSkills: [],
      minYearsOfExperience: null,
      workLocation: false,
      languages: [],
    });
    // A must-have skill stays required while it is a knock-out.
    expect(update({ requiredSkills: ['Rust'] })).toMatchObject({ requiredSkills: ['Rust', 'Go'], skills: ['Rust', 'Go'] });
    expect(update({ maxYearsOfExperience: 8, languages: ['English'] })).toMatchObject({ maxYearsOfExperience: 8, languages: ['English'] });
  });
});

describe('updateJob', () => {
  it('refuses clearing what cannot be cleared', () => {
    for (const field of ['title', 'remotePolicy', 'employmentType', 'status']) {
      expect(refusalOf(() => parseInput(updateJobInput, { id: ID, version: 1, [field]: null }))).toEqual({
        code: 'BAD_USER_INPUT',
        field,
        message: `${field} cannot be cleared`,
      });
    }
  });

  it('changes the fields given, clears those given as null, keeps the rest, and keeps skills in step', () => {
    const before = job();
    const input: UpdateJobInput = { id: ID, version: 4, department: null, preferredSkills: ['go', 'Kafka'], status: 'ON_HOLD' };
    const next = updatedJobValues(before, input, parseInput(updateJobInput, input), undefined);
    expect(next).toEqual({
      title: 'Backend Engineer',
      department: null,
      location: 'Shanghai',
      remotePolicy: 'HYBRID',
      employmentType: 'FULL_TIME',
      salary: before.salary,
      description: 'Builds things',
      requiredSkills: ['Go'],
      preferredSkills: ['go', 'Kafka'],
      skills: ['Go', 'Kafka'],
      minYearsOfExperience: 3,
      maxYearsOfExperience: null,
      languages: [],
      knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [] },
      status: 'ON_HOLD',
      ownStages: null,
    });
    const own = [...DEFAULT_STAGES];
    expect(
      updatedJobValues(job({ ownStages: own }), { id: ID, version: 4 }, parseInput(updateJobInput, { id: ID, version: 4 }), undefined)
        .ownStages,
    ).toBe(own);
    expect(
      updatedJobValues(
        job({ ownStages: own }),
        { id: ID, version: 4, stages: null },
        parseInput(updateJobInput, { id: ID, version: 4 }),
        null,
      ).ownStages,
    ).toBeNull();
  });

  it('is a CONFLICT against a version that is not the current one', () => {
    expect(staleJobVersion(job(), 4)).toBeNull();
    const conflict = staleJobVersion(job(), 3)!;
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.details).toEqual({ id: ID, version: 4 });
  });
});

describe('stages', () => {
  it('defaults a stage to ACTIVE and numbers positions in board order', () => {
    const stages = parseStages(
      [
        { key: 'new', name: 'New' },
        { key: 'won', name: 'Won', kind: 'HIRED' },
        { key: 'lost', name: 'Lost', kind: 'REJECTED' },
      ],
      'stages',
    );
    expect(withPositions(stages)).toEqual([
      { key: 'new', name: 'New', kind: 'ACTIVE', position: 0 },
      { key: 'won', name: 'Won', kind: 'HIRED', position: 1 },
      { key: 'lost', name: 'Lost', kind: 'REJECTED', position: 2 },
    ]);
  });

  it('needs one ACTIVE stage or more, exactly one HIRED and one REJECTED, unique well-formed keys, at most 30', () => {
    const hired = { key: 'won', name: 'Won', kind: 'HIRED' };
    const rejected = { key: 'lost', name: 'Lost', kind: 'REJECTED' };
    const active = { key: 'new', name: 'New' };
    const cases: [unknown[], string, string][] = [
      [[], 'input.stages', 'a pipeline needs stages'],
      [[hired, rejected], 'input.stages', 'a pipeline needs at least one ACTIVE stage'],
      [[active, rejected], 'input.stages', 'a pipeline needs exactly one HIRED stage'],
      [[active, hired, { ...hired, key: 'won-2' }, rejected], 'input.stages', 'a pipeline needs exactly one HIRED stage'],
      [[active, hired], 'input.stages', 'a pipeline needs exactly one REJECTED stage'],
      [[active, active, hired, rejected], 'input.stages.1.key', 'stage key new appears twice'],
      [[{ key: 'Not Ok', name: 'x' }, hired, rejected], 'input.stages.0.key', 'a stage key is 1 to 40 characters of a-z, 0-9 and -'],
      [[{ key: 'ok', name: ' ' }, hired, rejected], 'input.stages.0.name', 'a stage name must not be empty'],
      [
        [...Array.from({ length: 29 }, (_, i) => ({ key: `s${i}`, name: `S${i}` })), hired, rejected],
        'input.stages',
        'a pipeline has at most 30 stages',
      ],
    ];
    for (const [stages, field, message] of cases) {
      expect(refusalOf(() => parseStages(stages, 'input.stages'))).toEqual({ code: 'BAD_USER_INPUT', field, message });
    }
    expect(refusalOf(() => parseStages([{ ...active, kind: 'DONE' }, hired, rejected], 'stages'))).toMatchObject({
      field: 'stages.0.kind',
    });
  });

  it('reads a key no longer in the pipeline as itself, ACTIVE, position -1', () => {
    const stages = withPositions(DEFAULT_STAGES);
    expect(stageOf(stages, 'screening')).toEqual({ key: 'screening', name: 'Screening', kind: 'ACTIVE', position: 1 });
    expect(stageOf(stages, 'gone')).toEqual({ key: 'gone', name: 'gone', kind: 'ACTIVE', position: -1 });
  });

  it('refuses to drop a stage that still holds applications (CONFLICT naming it)', () => {
    const next = DEFAULT_STAGES.filter((s) => s.key !== 'offer');
    expect(droppedStageInUse([{ stage: 'applied', n: 3 }], next)).toBeNull();
    const conflict = droppedStageInUse(
      [
        { stage: 'applied', n: 3 },
        { stage: 'offer', n: 1 },
      ],
      next,
    )!;
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toBe('Stage offer still holds 1 application; move them before removing it');
    expect(conflict.details).toEqual({ stage: 'offer', field: 'stages' });
    expect(droppedStageInUse([{ stage: 'offer', n: 2 }], next)!.message).toContain('2 applications');
  });

  it('shows 0 to 100 applications per stage on the board, 20 by default', () => {
    expect(boardLimit(undefined)).toBe(20);
    expect(boardLimit(0)).toBe(0);
    expect(boardLimit(100)).toBe(100);
    for (const bad of [-1, 101, 1.5])
      expect(refusalOf(() => boardLimit(bad))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicationsPerStage' });
  });
});

describe('the job list', () => {
  it('sorts newest first by default; each sort has its own cursor scope', () => {
    expect(jobOrderOf(null)).toMatchObject({ field: 'CREATED_AT', direction: 'DESC', column: 'created_at', scope: 'jobs:CREATED_AT:DESC' });
    expect(jobOrderOf({ field: 'TITLE' })).toMatchObject({ direction: 'DESC', column: 'title', valuePart: 'string' });
    expect(jobOrderOf({ field: 'UPDATED_AT', direction: 'ASC' })).toMatchObject({ column: 'updated_at', scope: 'jobs:UPDATED_AT:ASC' });
  });

  it('pages on from its own cursors and refuses a cursor of another sort or list', () => {
    const byTitle = jobOrderOf({ field: 'TITLE', direction: 'ASC' });
    const byUpdate = jobOrderOf({ field: 'UPDATED_AT' });
    expect(jobCursorKey(jobCursorOf(byTitle, job()), byTitle)).toEqual({ value: 'Backend Engineer', id: ID });
    expect(jobCursorKey(jobCursorOf(byUpdate, job()), byUpdate)).toEqual({ value: '2026-12-01T08:30:00.000Z', id: ID });
    const refused = {
      code: 'BAD_USER_INPUT',
      field: 'after',
      message: 'after is not a cursor this connection returned with this sort',
    };
    expect(refusalOf(() => jobCursorKey(jobCursorOf(byTitle, job()), byUpdate))).toEqual(refused);
    expect(refusalOf(() => jobCursorKey(jobCursorOf(byTitle, job()), jobOrderOf({ field: 'TITLE', direction: 'DESC' })))).toEqual(refused);
    expect(refusalOf(() => jobCursorKey('garbage', byTitle))).toEqual(refused);
    // A title cursor made to look like a date sort's: the scope still says which list it came from.
    const forged = Buffer.from(JSON.stringify(['jobs:UPDATED_AT:DESC', 'Backend Engineer', ID])).toString('base64url');
    expect(refusalOf(() => jobCursorKey(forged, byUpdate))).toEqual(refused);
  });

  it('reads the filter dates, naming one that is not a date-time', () => {
    expect(jobFilterOf({ createdAfter: '2026-11-30T10:00:00Z', text: 'go' })).toEqual({
      createdAfter: new Date('2026-11-30T10:00:00Z'),
      createdBefore: null,
      text: 'go',
    });
    expect(refusalOf(() => jobFilterOf({ createdBefore: 'yesterday' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.createdBefore',
      message: 'filter.createdBefore is not a date-time',
    });
  });
});
