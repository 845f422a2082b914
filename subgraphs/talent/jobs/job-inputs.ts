import { z } from 'zod';
import { enumValues } from '../../../platform/enum-values.ts';
import { badInput } from '../../../platform/errors.ts';
import { idempotencyKeySchema } from '../../../platform/idempotency.ts';
import { decodeListCursor, encodeListCursor } from '../../../platform/pagination.ts';
import type {
  EmploymentType,
  HiringRole,
  JobSortField,
  JobStatus,
  RemotePolicy,
  SalaryPeriod,
  SortDirection,
} from '../__generated__/resolvers-types.ts';
import {
  EMPLOYMENT_TYPES as STORED_EMPLOYMENT_TYPES,
  HIRING_ROLES as STORED_HIRING_ROLES,
  JOB_STATUSES as STORED_JOB_STATUSES,
  NO_KNOCKOUTS,
  REMOTE_POLICIES as STORED_REMOTE_POLICIES,
  SALARY_PERIODS as STORED_SALARY_PERIODS,
  type JobFilter as StoredJobFilter,
  type JobKnockoutsRecord,
  type JobPageQuery,
  type JobRecord,
  type JobValues,
  type SalaryRecord,
} from '../../../data/records/job-store.ts';
import type { StagesInput, StoredStage } from './pipelines.ts';

/**
 * The rules of a job's input: what createJob and updateJob accept (zod, each problem a
 * BAD_USER_INPUT naming the field), what an update changes, and how the list is filtered and
 * sorted. Pure: no store, no viewer.
 */

// The record's lists (data/ needs them below the subgraphs), held to codegen's types (a value the schema lacks, or one it adds, fails tsc).
const JOB_STATUSES = enumValues<JobStatus>()(STORED_JOB_STATUSES);
const REMOTE_POLICIES = enumValues<RemotePolicy>()(STORED_REMOTE_POLICIES);
const EMPLOYMENT_TYPES = enumValues<EmploymentType>()(STORED_EMPLOYMENT_TYPES);
const HIRING_ROLES = enumValues<HiringRole>()(STORED_HIRING_ROLES);
const SALARY_PERIODS = enumValues<SalaryPeriod>()(STORED_SALARY_PERIODS);

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

/** Values without repeats, compared case-insensitively; the first spelling stays. */
export function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MAX_SKILLS = 100;
const skill = z.string().trim().min(1, 'a skill must not be empty').max(80, 'a skill must be at most 80 characters');
const skillList = z
  .array(skill)
  .max(MAX_SKILLS, `at most ${MAX_SKILLS} skills`)
  .nullish()
  .transform((skills) => dedupe(skills ?? []));

const languageList = (max: number) =>
  z
    .array(z.string().trim().min(1, 'a language must not be empty').max(40, 'a language must be at most 40 characters'))
    .max(max, `at most ${max} languages`)
    .nullish()
    .transform((languages) => dedupe(languages ?? []));

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

const years = (field: string) => z.number().min(0, `${field} is 0 to 70`).max(70, `${field} is 0 to 70`).nullish();
const minYears = years('minYearsOfExperience');

/** The knock-outs as given: null or left out requires nothing. */
const knockouts = z
  .object({
    mustHaveSkills: z
      .array(skill)
      .max(30, 'at most 30 must-have skills')
      .nullish()
      .transform((skills) => dedupe(skills ?? [])),
    minYearsOfExperience: years('minYearsOfExperience').transform((v) => v ?? null),
    workLocation: z
      .boolean()
      .nullish()
      .transform((v) => v ?? false),
    languages: languageList(20),
  })
  .nullish()
  .transform((k): JobKnockoutsRecord => k ?? { ...NO_KNOCKOUTS });

const jobFields = {
  department: optionalText('department', 200),
  location: optionalText('location', 200),
  description: optionalText('description', 20_000),
  salary,
  requiredSkills: skillList,
  preferredSkills: skillList,
  minYearsOfExperience: minYears.transform((v) => v ?? null),
  maxYearsOfExperience: years('maxYearsOfExperience').transform((v) => v ?? null),
  languages: languageList(20),
  knockouts,
  hiringTeam,
};

export const createJobInput = z.object({
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
  idempotencyKey: idempotencyKeySchema.nullish(),
});

export const updateJobInput = z.object({
  id: z.string(),
  version: z.number().int(),
  title: title.optional(),
  remotePolicy: z.enum(REMOTE_POLICIES, { error: 'remotePolicy cannot be cleared' }).optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES, { error: 'employmentType cannot be cleared' }).optional(),
  status: z.enum(JOB_STATUSES, { error: 'status cannot be cleared' }).optional(),
  ...jobFields,
});

export type UpdateJobValues = z.output<typeof updateJobInput>;

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
  maxYearsOfExperience?: number | null;
  languages?: string[] | null;
  knockouts?: {
    mustHaveSkills?: string[] | null;
    minYearsOfExperience?: number | null;
    workLocation?: boolean | null;
    languages?: string[] | null;
  } | null;
  status?: JobStatus | null;
  hiringTeam?: { userId: string; role: HiringRole }[] | null;
  stages?: StagesInput | null;
  idempotencyKey?: string | null;
}

export type UpdateJobInput = Partial<Omit<CreateJobInput, 'title' | 'idempotencyKey'>> & {
  id: string;
  version: number;
  title?: string | null;
};

/**
 * A job's requirements held together (BAD_USER_INPUT naming the field): the years range is ordered,
 * the knock-outs' minimum sits inside it, a work-location knock-out has a location to require and
 * a job that is not REMOTE. Must-have skills join the required skills and required languages the
 * languages (a knock-out is a requirement first), within the lists' bounds.
 */
export function withRequirements(values: JobValues): JobValues {
  const { minYearsOfExperience: min, maxYearsOfExperience: max, knockouts: k } = values;
  if (min !== null && max !== null && min > max) {
    throw badInput('minYearsOfExperience must not exceed maxYearsOfExperience', { field: 'minYearsOfExperience' });
  }
  if (k.minYearsOfExperience !== null && max !== null && k.minYearsOfExperience > max) {
    throw badInput('knockouts.minYearsOfExperience must not exceed maxYearsOfExperience', { field: 'knockouts.minYearsOfExperience' });
  }
  if (k.minYearsOfExperience !== null && min !== null && k.minYearsOfExperience > min) {
    // Years between the two would be in the job's range yet knocked out.
    throw badInput('knockouts.minYearsOfExperience must not exceed minYearsOfExperience', { field: 'knockouts.minYearsOfExperience' });
  }
  if (k.workLocation && values.location === null) {
    throw badInput('knockouts.workLocation needs the job to have a location', { field: 'knockouts.workLocation' });
  }
  if (k.workLocation && values.remotePolicy === 'REMOTE') {
    throw badInput('knockouts.workLocation applies to ONSITE and HYBRID jobs only', { field: 'knockouts.workLocation' });
  }
  const requiredSkills = dedupe([...values.requiredSkills, ...k.mustHaveSkills]);
  if (requiredSkills.length > MAX_SKILLS) {
    throw badInput(`at most ${MAX_SKILLS} required skills, must-have skills included`, { field: 'knockouts.mustHaveSkills' });
  }
  const languages = dedupe([...values.languages, ...k.languages]);
  if (languages.length > 20) throw badInput('at most 20 languages, required languages included', { field: 'knockouts.languages' });
  return { ...values, requiredSkills, languages, skills: dedupe([...requiredSkills, ...values.preferredSkills]) };
}

/** A new job's row values: `skills` is required then preferred, without repeats. */
export function newJobValues(values: z.output<typeof createJobInput>, ownStages: StoredStage[] | null): JobValues {
  return withRequirements({
    title: values.title,
    department: values.department,
    location: values.location,
    remotePolicy: values.remotePolicy,
    employmentType: values.employmentType,
    salary: values.salary,
    description: values.description,
    requiredSkills: values.requiredSkills,
    preferredSkills: values.preferredSkills,
    skills: dedupe([...values.requiredSkills, ...values.preferredSkills]),
    minYearsOfExperience: values.minYearsOfExperience,
    maxYearsOfExperience: values.maxYearsOfExperience,
    languages: values.languages,
    knockouts: values.knockouts,
    status: values.status,
    ownStages,
  });
}

/**
 * A job's row values after an update: a field the input holds changes (null clears it), a field it
 * leaves out keeps its value; `skills` follows the skill lists; the requirements are checked on the
 * result. `ownStages` undefined: unchanged.
 */
export function updatedJobValues(
  before: JobRecord,
  input: UpdateJobInput,
  values: UpdateJobValues,
  ownStages: StoredStage[] | null | undefined,
): JobValues {
  const has = (key: keyof UpdateJobInput) => Object.prototype.hasOwnProperty.call(input, key);
  const pick = <K extends keyof JobRecord>(key: K & keyof UpdateJobInput, value: JobRecord[K] | undefined): JobRecord[K] =>
    has(key) && value !== undefined ? value : before[key];
  const requiredSkills = pick('requiredSkills', values.requiredSkills);
  const preferredSkills = pick('preferredSkills', values.preferredSkills);
  return withRequirements({
    title: pick('title', values.title),
    department: pick('department', values.department),
    location: pick('location', values.location),
    remotePolicy: pick('remotePolicy', values.remotePolicy),
    employmentType: pick('employmentType', values.employmentType),
    salary: pick('salary', values.salary),
    description: pick('description', values.description),
    requiredSkills,
    preferredSkills,
    skills: dedupe([...requiredSkills, ...preferredSkills]),
    minYearsOfExperience: pick('minYearsOfExperience', values.minYearsOfExperience),
    maxYearsOfExperience: pick('maxYearsOfExperience', values.maxYearsOfExperience),
    languages: pick('languages', values.languages),
    knockouts: pick('knockouts', values.knockouts),
    status: pick('status', values.status),
    ownStages: ownStages === undefined ? before.ownStages : ownStages,
  });
}

export interface JobFilter extends Omit<StoredJobFilter, 'createdAfter' | 'createdBefore'> {
  createdAfter?: string | Date | null;
  createdBefore?: string | Date | null;
}

function toDate(value: string | Date, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badInput(`${field} is not a date-time`, { field });
  return date;
}

/** The filter with its dates read (BAD_USER_INPUT naming a date that is not one). */
export function jobFilterOf(filter: JobFilter): StoredJobFilter {
  return {
    ...filter,
    createdAfter: filter.createdAfter == null ? null : toDate(filter.createdAfter, 'filter.createdAfter'),
    createdBefore: filter.createdBefore == null ? null : toDate(filter.createdBefore, 'filter.createdBefore'),
  };
}

export interface JobSort {
  field: JobSortField;
  direction?: SortDirection | null;
}

const SORT_COLUMNS = { CREATED_AT: 'created_at', UPDATED_AT: 'updated_at', TITLE: 'title' } as const satisfies Record<
  JobSortField,
  JobPageQuery['column']
>;

/** The order of the job list (default: newest first) and the scope its cursors carry. */
export function jobOrderOf(sort: JobSort | null | undefined) {
  const field = sort?.field ?? 'CREATED_AT';
  const direction = sort?.direction ?? 'DESC';
  return {
    field,
    direction,
    column: SORT_COLUMNS[field],
    /** A cursor of another sort is refused: its values would not order this one. */
    scope: `jobs:${field}:${direction}`,
    /** The sort value of a job, as its cursor holds it. */
    valueOf: (job: JobRecord): string =>
      field === 'TITLE' ? job.title : (field === 'UPDATED_AT' ? job.updatedAt : job.createdAt).toISOString(),
    /** What the sort value is: text for titles, a date-time otherwise. */
    valuePart: field === 'TITLE' ? ('string' as const) : ('date' as const),
  };
}

export type JobOrder = ReturnType<typeof jobOrderOf>;

/** A job's cursor in the list of this order: the scope, the sort value and the id. */
export const jobCursorOf = (order: JobOrder, job: JobRecord): string =>
  encodeListCursor<['string', 'uuid']>(order.scope, [order.valueOf(job), job.id]);

/** Where a page after `after` starts; BAD_USER_INPUT on `after` for a cursor of another list or sort. */
export function jobCursorKey(after: string, order: JobOrder): NonNullable<JobPageQuery['after']> {
  const [value, id] = decodeListCursor(after, order.scope, [order.valuePart, 'uuid']);
  return { value, id };
}
