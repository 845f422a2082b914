import { z } from 'zod';
import { enumValues } from '../../../platform/enum-values.ts';
import { badInput } from '../../../platform/errors.ts';
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
import type { JobFilter as StoredJobFilter, JobPageQuery, JobRecord, JobValues, SalaryRecord } from './job-store.ts';
import type { StagesInput, StoredStage } from './pipelines.ts';

/**
 * The rules of a job's input: what createJob and updateJob accept (zod, each problem a
 * BAD_USER_INPUT naming the field), what an update changes, and how the list is filtered and
 * sorted. Pure: no store, no viewer.
 */

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
  status?: JobStatus | null;
  hiringTeam?: { userId: string; role: HiringRole }[] | null;
  stages?: StagesInput | null;
}

export type UpdateJobInput = Partial<Omit<CreateJobInput, 'title'>> & { id: string; version: number; title?: string | null };

/** A new job's row values: `skills` is required then preferred, without repeats. */
export function newJobValues(values: z.output<typeof createJobInput>, ownStages: StoredStage[] | null): JobValues {
  return {
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
    status: values.status,
    ownStages,
  };
}

/**
 * A job's row values after an update: a field the input holds changes (null clears it), a field it
 * leaves out keeps its value; `skills` follows the skill lists. `ownStages` undefined: unchanged.
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
  return {
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
    status: pick('status', values.status),
    ownStages: ownStages === undefined ? before.ownStages : ownStages,
  };
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
