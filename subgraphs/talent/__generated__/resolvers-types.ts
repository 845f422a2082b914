import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TalentModel, ConsentModel, TalentConnectionModel, JobModel, JobConnectionModel, ApplicationModel, ApplicationConnectionModel, PipelineColumnModel, StageMoveModel, HiringTeamMemberModel, NoteModel, NoteConnectionModel, TagModel, TalentPoolModel, TimelineEventModel, TimelineConnectionModel, AuditEntryModel, AuditEntryConnectionModel, RelationshipModel, NetworkMemberModel, TalentPathModel, ReferrerModel, ImportRowResultModel } from '../mappers.ts';
import type { TalentContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
  DateTime: { input: string; output: Date | string; }
  _FieldSet: { input: any; output: any; }
  federation__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

export type ActorKind =
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type AddNoteInput = {
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 10,000 characters. */
  body: Scalars['String']['input'];
  /** Users of the organisation to mention. */
  mentionUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  talentId: Scalars['ID']['input'];
};

export type AddRelationshipInput = {
  /** The subject: for REFERRED_BY the talent who was referred, for MANAGED the manager. */
  fromTalentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  toTalentId: Scalars['ID']['input'];
  /** Not WORKED_WITH when derived; a recorded WORKED_WITH is fine. */
  type: RelationshipType;
};

/** A talent considered for a job: one per talent and job. */
export type Application = {
  __typename?: 'Application';
  createdAt: Scalars['DateTime']['output'];
  /** Every stage move, oldest first (the first is the application's creation). */
  history: Array<StageMove>;
  id: Scalars['ID']['output'];
  job: Job;
  rejectionReason: Maybe<Scalars['String']['output']>;
  stage: PipelineStage;
  status: ApplicationStatus;
  talent: Talent;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationFilter = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  jobId?: InputMaybe<Scalars['ID']['input']>;
  /** Stage keys. */
  stages?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<ApplicationStatus>>;
  talentId?: InputMaybe<Scalars['ID']['input']>;
};

export type ApplicationStatus =
  | 'ACTIVE'
  | 'HIRED'
  | 'REJECTED';

/** One recorded mutation. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. `talent.update`, `application.move`, `talent.erase`. */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  actorId: Scalars['String']['output'];
  actorKind: ActorKind;
  /** JSON of the entity after the change (null for deletions; scrubbed after an erasure). */
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON of the entity before the change (null for creations; scrubbed after an erasure). */
  before: Maybe<Scalars['String']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The talent the change concerns, if any. */
  talentId: Maybe<Scalars['ID']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  /** Exact action names, e.g. `talent.update`. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  talentId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a bulk change did: how many talents changed, and the ids that were not found. */
export type BulkChangeResult = {
  __typename?: 'BulkChangeResult';
  /** Talents that changed (already tagged, or already a member, does not count). */
  changed: Scalars['Int']['output'];
  /** Ids that are not talents of the organisation. */
  notFound: Array<Scalars['ID']['output']>;
};

export type Consent = {
  __typename?: 'Consent';
  /** Null when it does not expire. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  givenAt: Scalars['DateTime']['output'];
  /** Given and not expired. */
  isActive: Scalars['Boolean']['output'];
  purpose: ConsentPurpose;
  /** Where it was given, e.g. `career-site form` or `email 2026-03-01`. */
  source: Maybe<Scalars['String']['output']>;
};

export type ConsentInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: now. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  purpose: ConsentPurpose;
  source?: InputMaybe<Scalars['String']['input']>;
};

/** What a person agreed their data may be used for (China's PIPL and the GDPR ask for a purpose). */
export type ConsentPurpose =
  /** Sent news and events. */
  | 'MARKETING'
  /** Considered for the jobs they applied to or were approached for. */
  | 'RECRUITING'
  /** Kept in the talent pool for future jobs. */
  | 'TALENT_POOL';

export type CreateApplicationInput = {
  jobId: Scalars['ID']['input'];
  /** Default: the pipeline's first stage. */
  stage?: InputMaybe<Scalars['String']['input']>;
  talentId: Scalars['ID']['input'];
};

export type CreateJobInput = {
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  employmentType?: InputMaybe<EmploymentType>;
  hiringTeam?: InputMaybe<Array<HiringTeamMemberInput>>;
  /**
   * Makes the create safe to retry (1 to 100 printable characters, unique in the organisation): the same key with the
   * same input answers the job the first call created; with other input it is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default: none. */
  knockouts?: InputMaybe<JobKnockoutsInput>;
  /** At most 20 languages, each 1 to 40 characters. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 70, at least minYearsOfExperience. */
  maxYearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
  minYearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
  preferredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  remotePolicy?: InputMaybe<RemotePolicy>;
  requiredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  salary?: InputMaybe<SalaryRangeInput>;
  /** The job's own stages (at least one of each kind); omit to use the organisation's. */
  stages?: InputMaybe<Array<PipelineStageInput>>;
  /** Default: DRAFT. */
  status?: InputMaybe<JobStatus>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A new talent. A name is required: `name`, `latinName` or `chineseName`. */
export type CreateTalentInput = {
  chineseName?: InputMaybe<Scalars['String']['input']>;
  consent?: InputMaybe<Array<ConsentInput>>;
  currentCompany?: InputMaybe<Scalars['String']['input']>;
  currentTitle?: InputMaybe<Scalars['String']['input']>;
  /** Valid addresses; stored lowercased. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  employments?: InputMaybe<Array<EmploymentInput>>;
  /** Up to 300 characters. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /**
   * Makes the create safe to retry (1 to 100 printable characters, unique in the organisation; a UUID does): the same
   * key with the same input answers the talent the first call created, never a second one; with other input it is
   * IDEMPOTENCY_KEY_REUSED. Retry with it after STORE_UNAVAILABLE with `extensions.outcome: UNKNOWN` (the create may
   * have been applied). An erasure of the talent forgets the key.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  latinName?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<LinkInput>>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters; defaults to the Latin or Chinese name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Default: the viewer (when the viewer is a user). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Mainland China mobiles (`13800138000`) or international numbers (`+44 20 7946 0958`); stored in E.164. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  schools?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Up to 100 skills, each 1 to 80 characters; duplicates are dropped. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: SOURCED. */
  source?: InputMaybe<TalentSource>;
  /** Tag names; missing tags are created. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 0 to 70. */
  yearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
};

export type CreateTalentPoolInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters, unique in the organisation. */
  name: Scalars['String']['input'];
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** 0 to 1: how sure Looma is. */
  confidence: Scalars['Float']['output'];
  /** What matched, e.g. `e-mail wei.zhang@example.com`. */
  explanation: Scalars['String']['output'];
  reasons: Array<DuplicateReason>;
  talent: Talent;
};

export type DuplicateReason =
  | 'SAME_EMAIL'
  | 'SAME_PHONE'
  /** A similar name and the same current or past company. */
  | 'SIMILAR_NAME_SAME_COMPANY';

/** One position of a talent's career. Overlapping positions at one company make a WORKED_WITH relationship. */
export type Employment = {
  __typename?: 'Employment';
  company: Scalars['String']['output'];
  /** `YYYY-MM`; null while current. */
  end: Maybe<Scalars['String']['output']>;
  /** `YYYY-MM`. */
  start: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type EmploymentInput = {
  company: Scalars['String']['input'];
  /** `YYYY-MM`; omit while current. */
  end?: InputMaybe<Scalars['String']['input']>;
  /** `YYYY-MM`. */
  start?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type EmploymentType =
  | 'CONTRACT'
  | 'FULL_TIME'
  | 'INTERNSHIP'
  | 'PART_TIME'
  | 'TEMPORARY';

/**
 * What an erasure removed. The matching subgraph adds `auditAttributes`: the names of the fairness-audit
 * attributes it removed.
 */
export type EraseTalentResult = {
  __typename?: 'EraseTalentResult';
  erasedAt: Scalars['DateTime']['output'];
  stores: Array<StoreErasure>;
  talentId: Scalars['ID']['output'];
};

export type HiringRole =
  | 'COORDINATOR'
  | 'HIRING_MANAGER'
  | 'INTERVIEWER'
  | 'RECRUITER';

export type HiringTeamMember = {
  __typename?: 'HiringTeamMember';
  role: HiringRole;
  user: User;
};

export type HiringTeamMemberInput = {
  role: HiringRole;
  userId: Scalars['ID']['input'];
};

export type ImportRowOutcome =
  | 'CREATED'
  | 'ERROR'
  | 'UNCHANGED'
  | 'UPDATED';

export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  error: Maybe<Scalars['String']['output']>;
  /** For ERROR: a stable code (BAD_USER_INPUT, ERASED, DUPLICATE_IN_BATCH) and what was wrong. */
  errorCode: Maybe<Scalars['String']['output']>;
  externalId: Scalars['String']['output'];
  /** For ERROR: the field at fault, e.g. `emails.0`. */
  field: Maybe<Scalars['String']['output']>;
  /** 0-based position in the call. */
  index: Scalars['Int']['output'];
  outcome: ImportRowOutcome;
  /** The talent, unless ERROR. */
  talent: Maybe<Talent>;
};

/** One row from an upstream system. Its identity is `(source, externalId)`; the rest is the talent. */
export type ImportTalentRow = {
  chineseName?: InputMaybe<Scalars['String']['input']>;
  currentCompany?: InputMaybe<Scalars['String']['input']>;
  currentTitle?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  employments?: InputMaybe<Array<EmploymentInput>>;
  /** The id in the upstream system (1 to 200 characters). */
  externalId: Scalars['String']['input'];
  headline?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  latinName?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<LinkInput>>;
  location?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  schools?: InputMaybe<Array<Scalars['String']['input']>>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The upstream system, e.g. `legacy-crm` (1 to 64 characters of a-z, 0-9, `-`, `_`, `.`). */
  source: Scalars['String']['input'];
  /** Added to the talent's tags (never removed); each 1 to 50 characters, at most 50. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Upstream timestamp; a row older than the last one imported is UNCHANGED (skipped). */
  updatedAt?: InputMaybe<Scalars['DateTime']['input']>;
  yearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
};

export type ImportTalentsResult = {
  __typename?: 'ImportTalentsResult';
  created: Scalars['Int']['output'];
  errors: Scalars['Int']['output'];
  rows: Array<ImportRowResult>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** A job (requisition) of the viewer's organisation. */
export type Job = {
  __typename?: 'Job';
  /** Applications for the job, filtered, newest first. `first` is 1 to 100. */
  applications: ApplicationConnection;
  createdAt: Scalars['DateTime']['output'];
  department: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  employmentType: EmploymentType;
  /** Whether the job has its own stages. */
  hasCustomStages: Scalars['Boolean']['output'];
  hiringTeam: Array<HiringTeamMember>;
  id: Scalars['ID']['output'];
  /** The job's hard requirements: a talent who fails one is knocked out of its matches (excluded or flagged). */
  knockouts: JobKnockouts;
  /** Languages the job wants (matching scores them); the knock-outs' languages are among them. */
  languages: Array<Scalars['String']['output']>;
  location: Maybe<Scalars['String']['output']>;
  /** The top of the job's range of years of experience (matching scores years against `minYearsOfExperience` to this). */
  maxYearsOfExperience: Maybe<Scalars['Float']['output']>;
  minYearsOfExperience: Maybe<Scalars['Float']['output']>;
  /** The pipeline board: every stage with its count and first applications. */
  pipeline: Array<PipelineColumn>;
  preferredSkills: Array<Scalars['String']['output']>;
  remotePolicy: RemotePolicy;
  requiredSkills: Array<Scalars['String']['output']>;
  salary: Maybe<SalaryRange>;
  /** Required then preferred skills (what search and matching read). */
  skills: Array<Scalars['String']['output']>;
  /** The job's stages: its own when set, the organisation's otherwise. */
  stages: Array<PipelineStage>;
  status: JobStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


/** A job (requisition) of the viewer's organisation. */
export type JobApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A job (requisition) of the viewer's organisation. */
export type JobPipelineArgs = {
  applicationsPerStage?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of jobs. */
export type JobConnection = {
  __typename?: 'JobConnection';
  edges: Array<JobEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobEdge = {
  __typename?: 'JobEdge';
  cursor: Scalars['String']['output'];
  node: Job;
};

export type JobFilter = {
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  department?: InputMaybe<Scalars['String']['input']>;
  /** The user is on the hiring team. */
  hiringTeamUserId?: InputMaybe<Scalars['ID']['input']>;
  /** The location contains this text (case-insensitive). */
  location?: InputMaybe<Scalars['String']['input']>;
  remotePolicy?: InputMaybe<Array<RemotePolicy>>;
  /** Requires or prefers at least one of these skills (case-insensitive). */
  skillsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  status?: InputMaybe<Array<JobStatus>>;
  /** The title or description contains this text (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A job's hard requirements (knock-outs). Empty lists, null and false require nothing. */
export type JobKnockouts = {
  __typename?: 'JobKnockouts';
  /** Languages a talent must speak; each is among the job's languages. */
  languages: Array<Scalars['String']['output']>;
  /** Years of experience a talent must have at least (an unknown figure is a gap, not a knock-out). */
  minYearsOfExperience: Maybe<Scalars['Float']['output']>;
  /** Skills a talent must have (through the taxonomy); each is among the job's required skills. */
  mustHaveSkills: Array<Scalars['String']['output']>;
  /** For ONSITE and HYBRID jobs: the talent must be in the job's location. */
  workLocation: Scalars['Boolean']['output'];
};

/**
 * A job's knock-outs. Must-have skills are added to the job's required skills and required languages
 * to its languages. At most 30 skills and 20 languages.
 */
export type JobKnockoutsInput = {
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 0 to 70; at most the job's maxYearsOfExperience and minYearsOfExperience. */
  minYearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
  mustHaveSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needs the job's location and an ONSITE or HYBRID job. */
  workLocation?: InputMaybe<Scalars['Boolean']['input']>;
};

export type JobSort = {
  direction?: InputMaybe<SortDirection>;
  field: JobSortField;
};

export type JobSortField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

export type JobStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'ON_HOLD'
  | 'OPEN';

export type Link = {
  __typename?: 'Link';
  kind: LinkKind;
  /** An absolute http(s) URL. */
  url: Scalars['String']['output'];
};

export type LinkInput = {
  kind: LinkKind;
  url: Scalars['String']['input'];
};

export type LinkKind =
  | 'GITHUB'
  | 'LINKEDIN'
  | 'OTHER'
  | 'PORTFOLIO'
  | 'WEBSITE';

export type MergeTalentsResult = {
  __typename?: 'MergeTalentsResult';
  mergedIds: Array<Scalars['ID']['output']>;
  movedApplications: Scalars['Int']['output'];
  movedNotes: Scalars['Int']['output'];
  movedRelationships: Scalars['Int']['output'];
  movedResumes: Scalars['Int']['output'];
  /** The talent kept, with everything moved onto it. */
  talent: Talent;
};

export type MoveApplicationInput = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The stage key to move to. */
  stage: Scalars['String']['input'];
  /** The version the move was made against; stale is a CONFLICT. Optional: without it the move applies to whatever is current. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a note about a talent (recruiters, and hiring managers giving feedback). */
  addNote: Note;
  /** Records a relationship between two talents; recording it again changes nothing. */
  addRelationship: Relationship;
  /** Adds up to 1,000 talents to a pool. */
  addToTalentPool: BulkChangeResult;
  /** Archives a talent (leaves the default lists; applications stay). Archiving an archived talent changes nothing. */
  archiveTalent: Talent;
  /** Puts a talent into a job's pipeline; a second application for the same talent and job is a CONFLICT. */
  createApplication: Application;
  /** Opens a job; default status DRAFT. */
  createJob: Job;
  /**
   * Adds a talent; the graph, vector and search projections follow within moments. With `input.idempotencyKey`, a retry
   * answers the same talent (see CreateTalentInput.idempotencyKey).
   */
  createTalent: Talent;
  createTalentPool: TalentPool;
  /** Deletes a note; only its author or an admin may. */
  deleteNote: Scalars['Boolean']['output'];
  /** Deletes a pool (its members stay talents). */
  deleteTalentPool: Scalars['Boolean']['output'];
  /**
   * Erases a person (PIPL and GDPR): their personal data leaves all five stores; a tombstone keeps
   * counts and the audit trail without the person. Reports what was removed where.
   */
  eraseTalent: EraseTalentResult;
  /**
   * Upserts up to 1,000 rows from an upstream system by `(source, externalId)`. Each row is applied
   * whole or not at all, and reported: CREATED, UPDATED, UNCHANGED or ERROR with a reason.
   * More than 1,000 rows: the whole call is BAD_USER_INPUT (`rows`); none: an empty result.
   * Each row is validated on its own with createTalent's field rules (a new key needs a name); a bad
   * row does not stop the others. A known key whose row is the same as the one imported last, or
   * whose `updatedAt` is older, is UNCHANGED and nothing is written. Otherwise upstream wins: every
   * field the row gives replaces the talent's, local edits included (`null` clears; `name` is never
   * cleared); fields it does not give are kept; `tags` are added, never removed. A key whose talent
   * was erased is ERROR `ERASED`; one whose talent was merged applies to the talent it was merged into.
   * The valid rows are written in one transaction: when it fails (the database, not a row), nothing
   * is written and every valid row is ERROR `INTERNAL_SERVER_ERROR`.
   */
  importTalents: ImportTalentsResult;
  /**
   * Merges talents into one: applications, notes, tags, pools, resumes, relationships and upstream
   * ids move to `keepId`; the others become tombstones. Every store follows.
   */
  mergeTalents: MergeTalentsResult;
  /** Moves an application to another stage of its job. Leaving a HIRED or REJECTED stage needs `reopenApplication`. */
  moveApplication: Application;
  /** Moves an application to the pipeline's REJECTED stage with a reason (1 to 500 characters). */
  rejectApplication: Application;
  /** Removes up to 1,000 talents from a pool. */
  removeFromTalentPool: BulkChangeResult;
  /** Removes a recorded relationship (derived ones follow the employments). */
  removeRelationship: Scalars['Boolean']['output'];
  /** Brings a hired or rejected application back to an active stage (default: the first). */
  reopenApplication: Application;
  /** Brings an archived talent back. */
  restoreTalent: Talent;
  /** Replaces the organisation's default stages (at least one ACTIVE, one HIRED and one REJECTED); stages in use cannot go. */
  setPipelineStages: Array<PipelineStage>;
  /** Adds tags (by name; missing tags are created) to up to 1,000 talents. */
  tagTalents: BulkChangeResult;
  /** Removes tags (by name) from up to 1,000 talents. */
  untagTalents: BulkChangeResult;
  /** Changes a job; a stale `version` is a CONFLICT. */
  updateJob: Job;
  /** Changes a talent's profile; a stale `version` is a CONFLICT. */
  updateTalent: Talent;
};


export type MutationAddNoteArgs = {
  input: AddNoteInput;
};


export type MutationAddRelationshipArgs = {
  input: AddRelationshipInput;
};


export type MutationAddToTalentPoolArgs = {
  poolId: Scalars['ID']['input'];
  talentIds: Array<Scalars['ID']['input']>;
};


export type MutationArchiveTalentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationCreateJobArgs = {
  input: CreateJobInput;
};


export type MutationCreateTalentArgs = {
  input: CreateTalentInput;
};


export type MutationCreateTalentPoolArgs = {
  input: CreateTalentPoolInput;
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTalentPoolArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseTalentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportTalentsArgs = {
  rows: Array<ImportTalentRow>;
};


export type MutationMergeTalentsArgs = {
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']>;
};


export type MutationMoveApplicationArgs = {
  input: MoveApplicationInput;
};


export type MutationRejectApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveFromTalentPoolArgs = {
  poolId: Scalars['ID']['input'];
  talentIds: Array<Scalars['ID']['input']>;
};


export type MutationRemoveRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenApplicationArgs = {
  id: Scalars['ID']['input'];
  stage?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestoreTalentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetPipelineStagesArgs = {
  stages: Array<PipelineStageInput>;
};


export type MutationTagTalentsArgs = {
  tags: Array<Scalars['String']['input']>;
  talentIds: Array<Scalars['ID']['input']>;
};


export type MutationUntagTalentsArgs = {
  tags: Array<Scalars['String']['input']>;
  talentIds: Array<Scalars['ID']['input']>;
};


export type MutationUpdateJobArgs = {
  input: UpdateJobInput;
};


export type MutationUpdateTalentArgs = {
  input: UpdateTalentInput;
};

export type NetworkMember = {
  __typename?: 'NetworkMember';
  /** Hops from the start: 1 is a direct relationship. */
  degree: Scalars['Int']['output'];
  /** The relationship types along the path. */
  path: Array<RelationshipType>;
  talent: Talent;
  /** The talents in between, from the start's side (empty for degree 1). */
  via: Array<Talent>;
};

export type Note = {
  __typename?: 'Note';
  /** The application the note is about, if any. */
  application: Maybe<Application>;
  author: Maybe<User>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Users of the organisation mentioned in the note. */
  mentions: Array<User>;
  updatedAt: Scalars['DateTime']['output'];
};

export type NoteConnection = {
  __typename?: 'NoteConnection';
  edges: Array<NoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NoteEdge = {
  __typename?: 'NoteEdge';
  cursor: Scalars['String']['output'];
  node: Note;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type PipelineColumn = {
  __typename?: 'PipelineColumn';
  /** The stage's applications, most recently moved first. */
  applications: Array<Application>;
  /** Applications in the stage. */
  count: Scalars['Int']['output'];
  stage: PipelineStage;
};

export type PipelineStage = {
  __typename?: 'PipelineStage';
  /** Stable key, e.g. `screening`; stage moves name it. */
  key: Scalars['String']['output'];
  kind: StageKind;
  name: Scalars['String']['output'];
  /** 0-based order on the board. */
  position: Scalars['Int']['output'];
};

export type PipelineStageInput = {
  /** 1 to 40 characters of a-z, 0-9 and `-`; unique in the pipeline. */
  key: Scalars['String']['input'];
  kind?: InputMaybe<StageKind>;
  name: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** An application of the viewer's organisation, or null. */
  application: Maybe<Application>;
  /** Applications of the viewer's organisation, newest first. `first` is 1 to 100. */
  applications: ApplicationConnection;
  /** The audit log, newest first. `first` is 1 to 100. */
  auditLog: AuditEntryConnection;
  /** Everything Looma holds on a talent, from all five stores (PIPL and GDPR access requests). */
  exportTalentData: Maybe<TalentDataExport>;
  /** A job of the viewer's organisation, or null when there is none with this id. */
  job: Maybe<Job>;
  /** Jobs of the viewer's organisation, filtered and sorted (default: newest first). `first` is 1 to 100. */
  jobs: JobConnection;
  /** The organisation's default pipeline stages (Looma's when it has set none). */
  pipelineStages: Array<PipelineStage>;
  /**
   * Who in the organisation's talent network can refer into a company (matched by name,
   * case-insensitive): insiders first, then people one and two hops from an insider. `first` is 1 to 100.
   */
  referrersInto: Array<Referrer>;
  /** The organisation's tags, by name. */
  tags: Array<Tag>;
  /** A talent of the viewer's organisation, or null when there is none with this id (merged and erased talents are gone). */
  talent: Maybe<Talent>;
  /** Likely duplicates of a talent, most likely first, each with its reasons. */
  talentDuplicates: Array<DuplicateCandidate>;
  /** The shortest relationship path between two talents (at most `maxDepth` hops, 1 to 6), or null. */
  talentPath: Maybe<TalentPath>;
  talentPool: Maybe<TalentPool>;
  /** The organisation's talent pools, by name. */
  talentPools: Array<TalentPool>;
  /** Talents of the viewer's organisation, filtered and sorted (default: active, newest first). `first` is 1 to 100. */
  talents: TalentConnection;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportTalentDataArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<JobSort>;
};


export type QueryReferrersIntoArgs = {
  company: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTalentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalentDuplicatesArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalentPathArgs = {
  fromId: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryTalentPoolArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TalentSort>;
};

/** Whose requests share one rate-limit counter. */
export type RateLimitBy =
  /** The peer address of the request. */
  | 'ADDRESS'
  /** Everyone in the viewer's organisation. */
  | 'ORG'
  /** The signed-in user (the peer address for anonymous callers). */
  | 'VIEWER';

/** Someone in the organisation's network who can refer into a company, and why. */
export type Referrer = {
  __typename?: 'Referrer';
  /** 0: works (or worked) at the company; 1: knows or worked with someone who does; 2: two hops. */
  degree: Scalars['Int']['output'];
  /** Works at the company now (their current company). */
  isCurrentEmployee: Scalars['Boolean']['output'];
  /** A sentence, e.g. `Worked with 李娜 (at Alibaba now)`. */
  reason: Scalars['String']['output'];
  talent: Talent;
  /** The insiders at the company the referrer is connected through (empty for degree 0). */
  through: Array<Talent>;
};

/** An edge of the talent graph, seen from one talent. */
export type Relationship = {
  __typename?: 'Relationship';
  /** For derived WORKED_WITH: the company they overlapped at. */
  company: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  direction: RelationshipDirection;
  id: Scalars['ID']['output'];
  /** Derived from data (overlapping employment), not recorded by a user. */
  isDerived: Scalars['Boolean']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** The talent at the other end. */
  talent: Talent;
  type: RelationshipType;
};

export type RelationshipDirection =
  /** Symmetric types (KNOWS, WORKED_WITH). */
  | 'BOTH'
  /** The other talent is the subject: referred this talent, was managed by this talent's manager... */
  | 'INCOMING'
  /** This talent is the subject: referred by, managed, knows. */
  | 'OUTGOING';

export type RelationshipType =
  /** Knows the other talent. */
  | 'KNOWS'
  /** Managed the other talent (directed). */
  | 'MANAGED'
  /** Was referred by the other talent (directed). */
  | 'REFERRED_BY'
  /** Worked with the other talent; recorded, or derived from overlapping employment at one company. */
  | 'WORKED_WITH';

export type RemotePolicy =
  | 'HYBRID'
  | 'ONSITE'
  | 'REMOTE';

export type SalaryPeriod =
  | 'HOUR'
  | 'MONTH'
  | 'YEAR';

export type SalaryRange = {
  __typename?: 'SalaryRange';
  /** ISO 4217, e.g. `CNY`. */
  currency: Scalars['String']['output'];
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  period: SalaryPeriod;
};

export type SalaryRangeInput = {
  currency: Scalars['String']['input'];
  max?: InputMaybe<Scalars['Float']['input']>;
  min?: InputMaybe<Scalars['Float']['input']>;
  period?: InputMaybe<SalaryPeriod>;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** What a stage means to the pipeline rules: applications leave HIRED and REJECTED stages only by a reopen. */
export type StageKind =
  | 'ACTIVE'
  | 'HIRED'
  | 'REJECTED';

export type StageMove = {
  __typename?: 'StageMove';
  at: Scalars['DateTime']['output'];
  by: Maybe<User>;
  /** Null for the application's creation. */
  from: Maybe<PipelineStage>;
  reason: Maybe<Scalars['String']['output']>;
  to: PipelineStage;
};

/** What an erasure removed, per store. */
export type StoreErasure = {
  __typename?: 'StoreErasure';
  /** What was removed or scrubbed, e.g. `talent profile`, `3 notes`, `node and 5 edges`. */
  removed: Array<Scalars['String']['output']>;
  /** relational, graph, vector, search or cache. */
  store: Scalars['String']['output'];
};

/** A label on talents, unique per organisation by name (case-insensitive). */
export type Tag = {
  __typename?: 'Tag';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** How many visible talents carry it. */
  talentCount: Scalars['Int']['output'];
};

/** A person in the talent pool of the viewer's organisation. */
export type Talent = {
  __typename?: 'Talent';
  /** The talent's applications, newest first. */
  applications: Array<Application>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The name in Chinese characters, e.g. `张伟`. */
  chineseName: Maybe<Scalars['String']['output']>;
  /** Every company the person worked at. */
  companies: Array<Scalars['String']['output']>;
  consent: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  /** The company of the current (or latest) position. */
  currentCompany: Maybe<Scalars['String']['output']>;
  /** The title of the current (or latest) position. */
  currentTitle: Maybe<Scalars['String']['output']>;
  /** E-mail addresses (lowercased). */
  emails: Array<Scalars['String']['output']>;
  /** Positions with dates (resumes and imports fill them). */
  employments: Array<Employment>;
  /** One line about the person, e.g. their current title. */
  headline: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Languages the person speaks, e.g. `Mandarin`, `English`. */
  languages: Array<Scalars['String']['output']>;
  /** The name in Latin script, e.g. `Wei Zhang`. */
  latinName: Maybe<Scalars['String']['output']>;
  links: Array<Link>;
  /** Where the person lives or works. */
  location: Maybe<Scalars['String']['output']>;
  /** Full name for display: the Latin name or the Chinese name, whichever was given first. */
  name: Scalars['String']['output'];
  /**
   * Talents reachable through relationships within `depth` hops (1 to 3), nearest first, each with
   * the path that reaches it. `first` is 1 to 200.
   */
  network: Array<NetworkMember>;
  /** Notes about the talent, newest first. `first` is 1 to 100. */
  notes: NoteConnection;
  /** The recruiter who owns the relationship. */
  owner: Maybe<User>;
  /** Phone numbers in E.164 (`+8613800138000`). */
  phones: Array<Scalars['String']['output']>;
  pools: Array<TalentPool>;
  /** First-degree relationships, optionally of some types only. */
  relationships: Array<Relationship>;
  /** Every school the person studied at. */
  schools: Array<Scalars['String']['output']>;
  /** Skills, as entered. */
  skills: Array<Scalars['String']['output']>;
  source: TalentSource;
  status: TalentStatus;
  tags: Array<Tag>;
  /** Everything that happened to the talent, newest first: edits, notes, applications and stage moves, resumes, tags. `first` is 1 to 100. */
  timeline: TimelineConnection;
  updatedAt: Scalars['DateTime']['output'];
  /** Increments on every change; an update names the version it read (optimistic concurrency). */
  version: Scalars['Int']['output'];
  /** Years of professional experience. */
  yearsOfExperience: Maybe<Scalars['Float']['output']>;
};


/** A person in the talent pool of the viewer's organisation. */
export type TalentNetworkArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A person in the talent pool of the viewer's organisation. */
export type TalentNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person in the talent pool of the viewer's organisation. */
export type TalentRelationshipsArgs = {
  types?: InputMaybe<Array<RelationshipType>>;
};


/** A person in the talent pool of the viewer's organisation. */
export type TalentTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of talents. Cursors stay valid while talents are added. */
export type TalentConnection = {
  __typename?: 'TalentConnection';
  edges: Array<TalentEdge>;
  pageInfo: PageInfo;
  /** Every talent matching the filter, across pages. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Everything Looma holds on a person, from every store, as JSON documents (a data-subject access request).
 * The matching subgraph adds `auditAttributes`: what the organisation recorded for fairness audits.
 */
export type TalentDataExport = {
  __typename?: 'TalentDataExport';
  /** Cached entries about the person (cache). Looma caches nothing per talent today, so the list is empty. */
  cache: Scalars['String']['output'];
  exportedAt: Scalars['DateTime']['output'];
  /** The talent's node and edges (graph store). */
  graph: Scalars['String']['output'];
  /**
   * The talent record, upstream ids, applications with their stage moves, notes, tags, pools,
   * relationships, resumes (extracted text and parsed structure, not the original file's bytes: its
   * size and SHA-256 say which file) and audit entries (PostgreSQL).
   */
  relational: Scalars['String']['output'];
  /** The indexed search document (search store). */
  search: Scalars['String']['output'];
  talentId: Scalars['ID']['output'];
  /** The stored embedding's metadata (vector store). */
  vector: Scalars['String']['output'];
};

export type TalentEdge = {
  __typename?: 'TalentEdge';
  cursor: Scalars['String']['output'];
  node: Talent;
};

/** Filters of a talent list; all given conditions must hold. */
export type TalentFilter = {
  /** Works or worked at one of these companies: one of the talent's companies (the current one included) or its headline (`Engineer at ByteDance`) contains it (case-insensitive), e.g. `ByteDance`, `字节跳动`. */
  companiesAny?: InputMaybe<Array<Scalars['String']['input']>>;
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Is one of these talents (ids; chat's follow-ups narrow a previous answer's talents). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Has an application for this job. */
  jobId?: InputMaybe<Scalars['ID']['input']>;
  /** The location contains this text (case-insensitive). */
  location?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Is a member of at least one of these pools (ids). */
  poolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Studied at one of these schools: one of the talent's schools contains it (case-insensitive), e.g. `清华`, `Tsinghua`. */
  schoolsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Has every one of these skills (case-insensitive). */
  skillsAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Has at least one of these skills (case-insensitive). */
  skillsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<Array<TalentSource>>;
  /** Has an application in one of these stages (stage keys, e.g. `interview`). */
  stages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: ACTIVE only. */
  status?: InputMaybe<Array<TalentStatus>>;
  /** Has every one of these tags (names, case-insensitive). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name, e-mail, phone, title or company contains this text (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
  updatedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  updatedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  yearsMax?: InputMaybe<Scalars['Float']['input']>;
  yearsMin?: InputMaybe<Scalars['Float']['input']>;
};

/** The shortest chain of relationships between two talents. */
export type TalentPath = {
  __typename?: 'TalentPath';
  /** Number of hops. */
  length: Scalars['Int']['output'];
  /** The relationship between each talent and the next. */
  relationships: Array<RelationshipType>;
  /** From the first talent to the second, both included. */
  talents: Array<Talent>;
};

/** A named group of talents, e.g. `Go engineers, Shanghai`. */
export type TalentPool = {
  __typename?: 'TalentPool';
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: Maybe<User>;
  talentCount: Scalars['Int']['output'];
  /** Members, newest first. `first` is 1 to 100. */
  talents: TalentConnection;
};


/** A named group of talents, e.g. `Go engineers, Shanghai`. */
export type TalentPoolTalentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Default: newest first (`CREATED_AT`, `DESC`). Ties are broken by id, so paging is stable. */
export type TalentSort = {
  direction?: InputMaybe<SortDirection>;
  field: TalentSortField;
};

export type TalentSortField =
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT'
  | 'YEARS_OF_EXPERIENCE';

/** How a talent came to the pool. */
export type TalentSource =
  /** Sent by an agency. */
  | 'AGENCY'
  /** Applied on the organisation's career site. */
  | 'CAREER_SITE'
  /** Synced from an upstream system (`importTalents`). */
  | 'IMPORT'
  /** Applied through or found on a job board. */
  | 'JOB_BOARD'
  | 'OTHER'
  /** Referred by someone (see the REFERRED_BY relationship). */
  | 'REFERRAL'
  /** Created from an uploaded resume. */
  | 'RESUME'
  /** Found by a recruiter. */
  | 'SOURCED';

/** Whether a talent is worked with. Archived talents stay searchable by filter but leave the default lists. */
export type TalentStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  edges: Array<TimelineEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  cursor: Scalars['String']['output'];
  node: TimelineEvent;
};

export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  actor: Maybe<User>;
  /** The application, for application events. */
  application: Maybe<Application>;
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TimelineEventKind;
  /** The note, for NOTE_ADDED. */
  note: Maybe<Note>;
  /** A sentence a recruiter reads, e.g. `Moved from screening to interview for Backend Engineer`. */
  summary: Scalars['String']['output'];
};

/** What a timeline entry records. */
export type TimelineEventKind =
  | 'ADDED_TO_POOL'
  | 'APPLICATION_CREATED'
  | 'APPLICATION_REJECTED'
  | 'APPLICATION_REOPENED'
  | 'NOTE_ADDED'
  | 'NOTE_DELETED'
  | 'OTHER'
  | 'RELATIONSHIP_ADDED'
  | 'RELATIONSHIP_REMOVED'
  | 'REMOVED_FROM_POOL'
  | 'RESUME_UPLOADED'
  | 'STAGE_MOVED'
  | 'TAGGED'
  | 'TALENT_ARCHIVED'
  | 'TALENT_CREATED'
  | 'TALENT_IMPORTED'
  | 'TALENT_MERGED'
  | 'TALENT_RESTORED'
  | 'TALENT_UPDATED'
  | 'UNTAGGED';

/** A change to a job: only the fields given change; null clears a field. */
export type UpdateJobInput = {
  department?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  employmentType?: InputMaybe<EmploymentType>;
  hiringTeam?: InputMaybe<Array<HiringTeamMemberInput>>;
  id: Scalars['ID']['input'];
  /** Replaces the job's knock-outs; null removes them all. */
  knockouts?: InputMaybe<JobKnockoutsInput>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  maxYearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
  minYearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
  preferredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  remotePolicy?: InputMaybe<RemotePolicy>;
  requiredSkills?: InputMaybe<Array<Scalars['String']['input']>>;
  salary?: InputMaybe<SalaryRangeInput>;
  /** Replaces the job's own stages; stages that still hold applications cannot go. Null returns to the organisation's. */
  stages?: InputMaybe<Array<PipelineStageInput>>;
  status?: InputMaybe<JobStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against; a job changed since is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A change to a talent: only the fields given change; a list given replaces the list; null clears a field. */
export type UpdateTalentInput = {
  chineseName?: InputMaybe<Scalars['String']['input']>;
  consent?: InputMaybe<Array<ConsentInput>>;
  currentCompany?: InputMaybe<Scalars['String']['input']>;
  currentTitle?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  employments?: InputMaybe<Array<EmploymentInput>>;
  headline?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  latinName?: InputMaybe<Scalars['String']['input']>;
  links?: InputMaybe<Array<LinkInput>>;
  location?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  schools?: InputMaybe<Array<Scalars['String']['input']>>;
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  source?: InputMaybe<TalentSource>;
  /** The version the change was made against; a talent changed since is a CONFLICT. */
  version: Scalars['Int']['input'];
  yearsOfExperience?: InputMaybe<Scalars['Float']['input']>;
};

/** A member of an organisation. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Application: Application;
  Job: Job;
  Talent: Talent;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Job:
    ( { __typename: 'Job' }
    & GraphQLRecursivePick<FederationTypes['Job'], {"id":true}> );
  Talent:
    ( { __typename: 'Talent' }
    & GraphQLRecursivePick<FederationTypes['Talent'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorKind: ActorKind;
  AddNoteInput: AddNoteInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddRelationshipInput: AddRelationshipInput;
  Application: ResolverTypeWrapper<ApplicationModel>;
  ApplicationConnection: ResolverTypeWrapper<ApplicationConnectionModel>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationFilter: ApplicationFilter;
  ApplicationStatus: ApplicationStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnectionModel>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  BulkChangeResult: ResolverTypeWrapper<BulkChangeResult>;
  Consent: ResolverTypeWrapper<ConsentModel>;
  ConsentInput: ConsentInput;
  ConsentPurpose: ConsentPurpose;
  CreateApplicationInput: CreateApplicationInput;
  CreateJobInput: CreateJobInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateTalentInput: CreateTalentInput;
  CreateTalentPoolInput: CreateTalentPoolInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'talent'> & { talent: ResolversTypes['Talent'] }>;
  DuplicateReason: DuplicateReason;
  Employment: ResolverTypeWrapper<Employment>;
  EmploymentInput: EmploymentInput;
  EmploymentType: EmploymentType;
  EraseTalentResult: ResolverTypeWrapper<EraseTalentResult>;
  HiringRole: HiringRole;
  HiringTeamMember: ResolverTypeWrapper<HiringTeamMemberModel>;
  HiringTeamMemberInput: HiringTeamMemberInput;
  ImportRowOutcome: ImportRowOutcome;
  ImportRowResult: ResolverTypeWrapper<ImportRowResultModel>;
  ImportTalentRow: ImportTalentRow;
  ImportTalentsResult: ResolverTypeWrapper<Omit<ImportTalentsResult, 'rows'> & { rows: Array<ResolversTypes['ImportRowResult']> }>;
  Job: ResolverTypeWrapper<JobModel>;
  JobConnection: ResolverTypeWrapper<JobConnectionModel>;
  JobEdge: ResolverTypeWrapper<Omit<JobEdge, 'node'> & { node: ResolversTypes['Job'] }>;
  JobFilter: JobFilter;
  JobKnockouts: ResolverTypeWrapper<JobKnockouts>;
  JobKnockoutsInput: JobKnockoutsInput;
  JobSort: JobSort;
  JobSortField: JobSortField;
  JobStatus: JobStatus;
  Link: ResolverTypeWrapper<Link>;
  LinkInput: LinkInput;
  LinkKind: LinkKind;
  MergeTalentsResult: ResolverTypeWrapper<Omit<MergeTalentsResult, 'talent'> & { talent: ResolversTypes['Talent'] }>;
  MoveApplicationInput: MoveApplicationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkMember: ResolverTypeWrapper<NetworkMemberModel>;
  Note: ResolverTypeWrapper<NoteModel>;
  NoteConnection: ResolverTypeWrapper<NoteConnectionModel>;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PipelineColumn: ResolverTypeWrapper<PipelineColumnModel>;
  PipelineStage: ResolverTypeWrapper<PipelineStage>;
  PipelineStageInput: PipelineStageInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBy: RateLimitBy;
  Referrer: ResolverTypeWrapper<ReferrerModel>;
  Relationship: ResolverTypeWrapper<RelationshipModel>;
  RelationshipDirection: RelationshipDirection;
  RelationshipType: RelationshipType;
  RemotePolicy: RemotePolicy;
  SalaryPeriod: SalaryPeriod;
  SalaryRange: ResolverTypeWrapper<SalaryRange>;
  SalaryRangeInput: SalaryRangeInput;
  SortDirection: SortDirection;
  StageKind: StageKind;
  StageMove: ResolverTypeWrapper<StageMoveModel>;
  StoreErasure: ResolverTypeWrapper<StoreErasure>;
  Tag: ResolverTypeWrapper<TagModel>;
  Talent: ResolverTypeWrapper<TalentModel>;
  TalentConnection: ResolverTypeWrapper<TalentConnectionModel>;
  TalentDataExport: ResolverTypeWrapper<TalentDataExport>;
  TalentEdge: ResolverTypeWrapper<Omit<TalentEdge, 'node'> & { node: ResolversTypes['Talent'] }>;
  TalentFilter: TalentFilter;
  TalentPath: ResolverTypeWrapper<TalentPathModel>;
  TalentPool: ResolverTypeWrapper<TalentPoolModel>;
  TalentSort: TalentSort;
  TalentSortField: TalentSortField;
  TalentSource: TalentSource;
  TalentStatus: TalentStatus;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionModel>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEvent'] }>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventModel>;
  TimelineEventKind: TimelineEventKind;
  UpdateJobInput: UpdateJobInput;
  UpdateTalentInput: UpdateTalentInput;
  User: ResolverTypeWrapper<User>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddNoteInput: AddNoteInput;
  ID: Scalars['ID']['output'];
  AddRelationshipInput: AddRelationshipInput;
  Application: ApplicationModel;
  ApplicationConnection: ApplicationConnectionModel;
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFilter: ApplicationFilter;
  AuditEntry: AuditEntryModel;
  AuditEntryConnection: AuditEntryConnectionModel;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  BulkChangeResult: BulkChangeResult;
  Consent: ConsentModel;
  ConsentInput: ConsentInput;
  CreateApplicationInput: CreateApplicationInput;
  CreateJobInput: CreateJobInput;
  Float: Scalars['Float']['output'];
  CreateTalentInput: CreateTalentInput;
  CreateTalentPoolInput: CreateTalentPoolInput;
  DateTime: Scalars['DateTime']['output'];
  DuplicateCandidate: Omit<DuplicateCandidate, 'talent'> & { talent: ResolversParentTypes['Talent'] };
  Employment: Employment;
  EmploymentInput: EmploymentInput;
  EraseTalentResult: EraseTalentResult;
  HiringTeamMember: HiringTeamMemberModel;
  HiringTeamMemberInput: HiringTeamMemberInput;
  ImportRowResult: ImportRowResultModel;
  ImportTalentRow: ImportTalentRow;
  ImportTalentsResult: Omit<ImportTalentsResult, 'rows'> & { rows: Array<ResolversParentTypes['ImportRowResult']> };
  Job: JobModel;
  JobConnection: JobConnectionModel;
  JobEdge: Omit<JobEdge, 'node'> & { node: ResolversParentTypes['Job'] };
  JobFilter: JobFilter;
  JobKnockouts: JobKnockouts;
  JobKnockoutsInput: JobKnockoutsInput;
  JobSort: JobSort;
  Link: Link;
  LinkInput: LinkInput;
  MergeTalentsResult: Omit<MergeTalentsResult, 'talent'> & { talent: ResolversParentTypes['Talent'] };
  MoveApplicationInput: MoveApplicationInput;
  Mutation: Record<PropertyKey, never>;
  NetworkMember: NetworkMemberModel;
  Note: NoteModel;
  NoteConnection: NoteConnectionModel;
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  PageInfo: PageInfo;
  PipelineColumn: PipelineColumnModel;
  PipelineStage: PipelineStage;
  PipelineStageInput: PipelineStageInput;
  Query: Record<PropertyKey, never>;
  Referrer: ReferrerModel;
  Relationship: RelationshipModel;
  SalaryRange: SalaryRange;
  SalaryRangeInput: SalaryRangeInput;
  StageMove: StageMoveModel;
  StoreErasure: StoreErasure;
  Tag: TagModel;
  Talent: TalentModel;
  TalentConnection: TalentConnectionModel;
  TalentDataExport: TalentDataExport;
  TalentEdge: Omit<TalentEdge, 'node'> & { node: ResolversParentTypes['Talent'] };
  TalentFilter: TalentFilter;
  TalentPath: TalentPathModel;
  TalentPool: TalentPoolModel;
  TalentSort: TalentSort;
  TimelineConnection: TimelineConnectionModel;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEvent'] };
  TimelineEvent: TimelineEventModel;
  UpdateJobInput: UpdateJobInput;
  UpdateTalentInput: UpdateTalentInput;
  User: User;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = TalentContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StageMove']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  talentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type BulkChangeResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['BulkChangeResult'] = ResolversParentTypes['BulkChangeResult']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notFound?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DuplicateCandidateResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['DuplicateReason']>, ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
}>;

export type EmploymentResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Employment'] = ResolversParentTypes['Employment']> = ResolversObject<{
  company?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EraseTalentResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['EraseTalentResult'] = ResolversParentTypes['EraseTalentResult']> = ResolversObject<{
  erasedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stores?: Resolver<Array<ResolversTypes['StoreErasure']>, ParentType, ContextType>;
  talentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type HiringTeamMemberResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['HiringTeamMember'] = ResolversParentTypes['HiringTeamMember']> = ResolversObject<{
  role?: Resolver<ResolversTypes['HiringRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type ImportRowResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportRowOutcome'], ParentType, ContextType>;
  talent?: Resolver<Maybe<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type ImportTalentsResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['ImportTalentsResult'] = ResolversParentTypes['ImportTalentsResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'], FederationReferenceType extends FederationReferenceTypes['Job'] = FederationReferenceTypes['Job']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Job']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<JobApplicationsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  hasCustomStages?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hiringTeam?: Resolver<Array<ResolversTypes['HiringTeamMember']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knockouts?: Resolver<ResolversTypes['JobKnockouts'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  maxYearsOfExperience?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  minYearsOfExperience?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pipeline?: Resolver<Array<ResolversTypes['PipelineColumn']>, ParentType, ContextType, RequireFields<JobPipelineArgs, 'applicationsPerStage'>>;
  preferredSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  remotePolicy?: Resolver<ResolversTypes['RemotePolicy'], ParentType, ContextType>;
  requiredSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  salary?: Resolver<Maybe<ResolversTypes['SalaryRange']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['JobEdge'] = ResolversParentTypes['JobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
}>;

export type JobKnockoutsResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['JobKnockouts'] = ResolversParentTypes['JobKnockouts']> = ResolversObject<{
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  minYearsOfExperience?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mustHaveSkills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  workLocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MergeTalentsResultResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['MergeTalentsResult'] = ResolversParentTypes['MergeTalentsResult']> = ResolversObject<{
  mergedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  movedApplications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedNotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movedResumes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addNote?: Resolver<ResolversTypes['Note'], ParentType, ContextType, RequireFields<MutationAddNoteArgs, 'input'>>;
  addRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  addToTalentPool?: Resolver<ResolversTypes['BulkChangeResult'], ParentType, ContextType, RequireFields<MutationAddToTalentPoolArgs, 'poolId' | 'talentIds'>>;
  archiveTalent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType, RequireFields<MutationArchiveTalentArgs, 'id'>>;
  createApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationCreateApplicationArgs, 'input'>>;
  createJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationCreateJobArgs, 'input'>>;
  createTalent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType, RequireFields<MutationCreateTalentArgs, 'input'>>;
  createTalentPool?: Resolver<ResolversTypes['TalentPool'], ParentType, ContextType, RequireFields<MutationCreateTalentPoolArgs, 'input'>>;
  deleteNote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteNoteArgs, 'id'>>;
  deleteTalentPool?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteTalentPoolArgs, 'id'>>;
  eraseTalent?: Resolver<ResolversTypes['EraseTalentResult'], ParentType, ContextType, RequireFields<MutationEraseTalentArgs, 'id'>>;
  importTalents?: Resolver<ResolversTypes['ImportTalentsResult'], ParentType, ContextType, RequireFields<MutationImportTalentsArgs, 'rows'>>;
  mergeTalents?: Resolver<ResolversTypes['MergeTalentsResult'], ParentType, ContextType, RequireFields<MutationMergeTalentsArgs, 'keepId' | 'mergeIds'>>;
  moveApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationMoveApplicationArgs, 'input'>>;
  rejectApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationRejectApplicationArgs, 'id' | 'reason'>>;
  removeFromTalentPool?: Resolver<ResolversTypes['BulkChangeResult'], ParentType, ContextType, RequireFields<MutationRemoveFromTalentPoolArgs, 'poolId' | 'talentIds'>>;
  removeRelationship?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRemoveRelationshipArgs, 'id'>>;
  reopenApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationReopenApplicationArgs, 'id'>>;
  restoreTalent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType, RequireFields<MutationRestoreTalentArgs, 'id'>>;
  setPipelineStages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType, RequireFields<MutationSetPipelineStagesArgs, 'stages'>>;
  tagTalents?: Resolver<ResolversTypes['BulkChangeResult'], ParentType, ContextType, RequireFields<MutationTagTalentsArgs, 'tags' | 'talentIds'>>;
  untagTalents?: Resolver<ResolversTypes['BulkChangeResult'], ParentType, ContextType, RequireFields<MutationUntagTalentsArgs, 'tags' | 'talentIds'>>;
  updateJob?: Resolver<ResolversTypes['Job'], ParentType, ContextType, RequireFields<MutationUpdateJobArgs, 'input'>>;
  updateTalent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType, RequireFields<MutationUpdateTalentArgs, 'input'>>;
}>;

export type NetworkMemberResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['NetworkMember'] = ResolversParentTypes['NetworkMember']> = ResolversObject<{
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type NoteResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type NoteConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineColumnResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['PipelineColumn'] = ResolversParentTypes['PipelineColumn']> = ResolversObject<{
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  exportTalentData?: Resolver<Maybe<ResolversTypes['TalentDataExport']>, ParentType, ContextType, RequireFields<QueryExportTalentDataArgs, 'id'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  jobs?: Resolver<ResolversTypes['JobConnection'], ParentType, ContextType, RequireFields<QueryJobsArgs, 'first'>>;
  pipelineStages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  referrersInto?: Resolver<Array<ResolversTypes['Referrer']>, ParentType, ContextType, RequireFields<QueryReferrersIntoArgs, 'company' | 'first'>>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  talent?: Resolver<Maybe<ResolversTypes['Talent']>, ParentType, ContextType, RequireFields<QueryTalentArgs, 'id'>>;
  talentDuplicates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryTalentDuplicatesArgs, 'id'>>;
  talentPath?: Resolver<Maybe<ResolversTypes['TalentPath']>, ParentType, ContextType, RequireFields<QueryTalentPathArgs, 'fromId' | 'maxDepth' | 'toId'>>;
  talentPool?: Resolver<Maybe<ResolversTypes['TalentPool']>, ParentType, ContextType, RequireFields<QueryTalentPoolArgs, 'id'>>;
  talentPools?: Resolver<Array<ResolversTypes['TalentPool']>, ParentType, ContextType>;
  talents?: Resolver<ResolversTypes['TalentConnection'], ParentType, ContextType, RequireFields<QueryTalentsArgs, 'first'>>;
}>;

export type ReferrerResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Referrer'] = ResolversParentTypes['Referrer']> = ResolversObject<{
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  isCurrentEmployee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
  through?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type RelationshipResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['RelationshipDirection'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDerived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationshipType'], ParentType, ContextType>;
}>;

export type SalaryRangeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['SalaryRange'] = ResolversParentTypes['SalaryRange']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['SalaryPeriod'], ParentType, ContextType>;
}>;

export type StageMoveResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['StageMove'] = ResolversParentTypes['StageMove']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type StoreErasureResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['StoreErasure'] = ResolversParentTypes['StoreErasure']> = ResolversObject<{
  removed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TagResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  talentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TalentResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent'], FederationReferenceType extends FederationReferenceTypes['Talent'] = FederationReferenceTypes['Talent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  chineseName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consent?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentCompany?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  employments?: Resolver<Array<ResolversTypes['Employment']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  latinName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  network?: Resolver<Array<ResolversTypes['NetworkMember']>, ParentType, ContextType, RequireFields<TalentNetworkArgs, 'depth' | 'first'>>;
  notes?: Resolver<ResolversTypes['NoteConnection'], ParentType, ContextType, RequireFields<TalentNotesArgs, 'first'>>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pools?: Resolver<Array<ResolversTypes['TalentPool']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, Partial<TalentRelationshipsArgs>>;
  schools?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TalentSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TalentStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['Tag']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<TalentTimelineArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearsOfExperience?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type TalentConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentConnection'] = ResolversParentTypes['TalentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TalentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TalentDataExportResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentDataExport'] = ResolversParentTypes['TalentDataExport']> = ResolversObject<{
  cache?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  graph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relational?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  talentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vector?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TalentEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentEdge'] = ResolversParentTypes['TalentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
}>;

export type TalentPathResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentPath'] = ResolversParentTypes['TalentPath']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipType']>, ParentType, ContextType>;
  talents?: Resolver<Array<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type TalentPoolResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TalentPool'] = ResolversParentTypes['TalentPool']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  talentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  talents?: Resolver<ResolversTypes['TalentConnection'], ParentType, ContextType, RequireFields<TalentPoolTalentsArgs, 'first'>>;
}>;

export type TimelineConnectionResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimelineEdgeResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEvent'], ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = TalentContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = TalentContext> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  BulkChangeResult?: BulkChangeResultResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  Employment?: EmploymentResolvers<ContextType>;
  EraseTalentResult?: EraseTalentResultResolvers<ContextType>;
  HiringTeamMember?: HiringTeamMemberResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportTalentsResult?: ImportTalentsResultResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobEdge?: JobEdgeResolvers<ContextType>;
  JobKnockouts?: JobKnockoutsResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  MergeTalentsResult?: MergeTalentsResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkMember?: NetworkMemberResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PipelineColumn?: PipelineColumnResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referrer?: ReferrerResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  SalaryRange?: SalaryRangeResolvers<ContextType>;
  StageMove?: StageMoveResolvers<ContextType>;
  StoreErasure?: StoreErasureResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  TalentConnection?: TalentConnectionResolvers<ContextType>;
  TalentDataExport?: TalentDataExportResolvers<ContextType>;
  TalentEdge?: TalentEdgeResolvers<ContextType>;
  TalentPath?: TalentPathResolvers<ContextType>;
  TalentPool?: TalentPoolResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = TalentContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  composeDirective?: ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: InterfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  override?: OverrideDirectiveResolver<any, any, ContextType>;
  policy?: PolicyDirectiveResolver<any, any, ContextType>;
  rateLimit?: RateLimitDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  tag?: TagDirectiveResolver<any, any, ContextType>;
}>;
