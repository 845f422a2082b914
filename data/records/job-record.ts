/**
 * A job (requisition) as the stores hold it: the record, its row and the value lists of its enums.
 * Below the subgraphs because two read it: the talent subgraph owns and writes jobs, matching reads
 * them as `MatchJob`s (`jobsForMatching` in job-store.ts). The talent subgraph checks each list
 * against codegen's enum (job-inputs.ts), so they cannot drift from the schema.
 */

export const JOB_STATUSES = ['DRAFT', 'OPEN', 'ON_HOLD', 'CLOSED'] as const;
export const REMOTE_POLICIES = ['ONSITE', 'HYBRID', 'REMOTE'] as const;
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'TEMPORARY'] as const;
export const HIRING_ROLES = ['HIRING_MANAGER', 'RECRUITER', 'INTERVIEWER', 'COORDINATOR'] as const;
export const SALARY_PERIODS = ['YEAR', 'MONTH', 'HOUR'] as const;
export const STAGE_KINDS = ['ACTIVE', 'HIRED', 'REJECTED'] as const;

export type JobStatus = (typeof JOB_STATUSES)[number];
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type HiringRole = (typeof HIRING_ROLES)[number];
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];
export type StageKind = (typeof STAGE_KINDS)[number];

/** A stage as a job's `stages` column holds it (in order). */
export interface StoredStage {
  key: string;
  name: string;
  kind: StageKind;
}

export interface SalaryRecord {
  min: number | null;
  max: number | null;
  currency: string;
  period: SalaryPeriod;
}

/**
 * A job's hard requirements (issue 14, point 3), the shape of matching's `JobKnockouts`: a talent who
 * fails one is knocked out. Empty lists, null and false require nothing.
 */
export interface JobKnockoutsRecord {
  mustHaveSkills: string[];
  minYearsOfExperience: number | null;
  workLocation: boolean;
  languages: string[];
}

export const NO_KNOCKOUTS: Readonly<JobKnockoutsRecord> = Object.freeze({
  mustHaveSkills: [],
  minYearsOfExperience: null,
  workLocation: false,
  languages: [],
});

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
  /** Holds the knock-outs' must-have skills (the rules add them). */
  requiredSkills: string[];
  preferredSkills: string[];
  /** Required then preferred (what search and matching read); kept in sync on every write. */
  skills: string[];
  minYearsOfExperience: number | null;
  maxYearsOfExperience: number | null;
  /** Languages the job wants; holds the knock-outs' languages (the rules add them). */
  languages: string[];
  knockouts: JobKnockoutsRecord;
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

/** numeric columns: pg returns them as strings. */
type Numeric = string | number | null;

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
  min_years: Numeric;
  max_years_of_experience: Numeric;
  languages: string[];
  knockouts: Partial<JobKnockoutsRecord> | null;
  status: JobStatus;
  stages: StoredStage[] | null;
  created_by: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

const numberOrNull = (value: Numeric | undefined): number | null => (value === null || value === undefined ? null : Number(value));

/** The knock-outs as stored, every key present (a row written before a key existed lacks it). */
export const knockoutsOf = (stored: Partial<JobKnockoutsRecord> | null): JobKnockoutsRecord => ({
  mustHaveSkills: stored?.mustHaveSkills ?? [],
  minYearsOfExperience: numberOrNull(stored?.minYearsOfExperience),
  workLocation: stored?.workLocation ?? false,
  languages: stored?.languages ?? [],
});

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
  minYearsOfExperience: numberOrNull(row.min_years),
  maxYearsOfExperience: numberOrNull(row.max_years_of_experience),
  languages: row.languages,
  knockouts: knockoutsOf(row.knockouts),
  status: row.status,
  ownStages: row.stages,
  createdBy: row.created_by,
  version: row.version,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

/**
 * What matching reads of a job (subgraphs/matching/scoring/types.ts names it `MatchJob`).
 */
export interface JobForMatching {
  id: string;
  title: string;
  description: string | null;
  location: string | null;
  remotePolicy: RemotePolicy;
  requiredSkills: string[];
  preferredSkills: string[];
  minYearsOfExperience: number | null;
  maxYearsOfExperience: number | null;
  languages: string[];
  knockouts: JobKnockoutsRecord;
}

export const jobForMatching = (job: JobRecord): JobForMatching => ({
  id: job.id,
  title: job.title,
  description: job.description,
  location: job.location,
  remotePolicy: job.remotePolicy,
  requiredSkills: job.requiredSkills,
  preferredSkills: job.preferredSkills,
  minYearsOfExperience: job.minYearsOfExperience,
  maxYearsOfExperience: job.maxYearsOfExperience,
  languages: job.languages,
  knockouts: job.knockouts,
});
