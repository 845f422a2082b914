import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC, e.g. `2026-11-22T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
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

export type Answer = {
  __typename?: 'Answer';
  /**
   * Markdown: sentences built from the results only; each fact about a person or a job cites it (`[1]` refers to
   * citations[0]). Record text in it (names, titles, companies...) is escaped, so it renders as the text it is.
   */
  answer: Scalars['String']['output'];
  citations: Array<Citation>;
  conversationId: Scalars['ID']['output'];
  /** Questions worth asking next, in the answer's language. */
  followUps: Array<Scalars['String']['output']>;
  /** What the question asked for: FIND_TALENTS, WHO_KNOWS, REFERRAL_PATHS, PIPELINE_COUNTS, JOB_STATUS, COMPARE_TALENTS, SUMMARISE_TALENT, JOB_MATCHES, CLARIFY, UNSUPPORTED. */
  intent: Scalars['String']['output'];
  /** What ran: the planner's steps over the allow-list. */
  plan: Array<ChatPlanStep>;
};

/** A credential for scripts and integrations: `Authorization: Bearer lk_…` or `x-api-key: lk_…`. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Updated at most once a minute. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** A subset of its creator's scopes. */
  scopes: Array<Scalars['String']['output']>;
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

export type AskInput = {
  /** Continue this conversation (follow-ups like 'which of them also know Go?'); omitted: a new one. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** `zh` or `en`: the answer's language; omitted: the question's. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The question, 1 to 500 characters, Chinese, English or both. */
  question: Scalars['String']['input'];
};

/**
 * What an organisation records about a talent for fairness audits only (e.g. voluntary
 * self-identification), kept apart from the profile: matching's scores never read it.
 */
export type AuditAttribute = {
  __typename?: 'AuditAttribute';
  /** e.g. `gender`, `age_band`, `ethnicity`. */
  name: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  value: Scalars['String']['output'];
};

export type AuditAttributeInput = {
  /** 1 to 40 characters of a-z, 0-9 and `_`, starting with a letter (lower-cased). */
  name: Scalars['String']['input'];
  /** 1 to 100 characters; null removes the attribute. */
  value?: InputMaybe<Scalars['String']['input']>;
};

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

/** A session: a short-lived access token (15 minutes) and the refresh token that renews it (30 days, single use). */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <accessToken>`. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque and single use: `refresh` returns the next one. Keep it secret; a reused one ends the session. */
  refreshToken: Scalars['String']['output'];
  viewer: User;
};

/** What a bulk change did: how many talents changed, and the ids that were not found. */
export type BulkChangeResult = {
  __typename?: 'BulkChangeResult';
  /** Talents that changed (already tagged, or already a member, does not count). */
  changed: Scalars['Int']['output'];
  /** Ids that are not talents of the organisation. */
  notFound: Array<Scalars['ID']['output']>;
};

/** One step the answer ran: an allow-listed SDK document and its variables. */
export type ChatPlanStep = {
  __typename?: 'ChatPlanStep';
  /** What the whole plan answers (the same on every step), e.g. `FIND_TALENTS`. */
  intent: Maybe<Scalars['String']['output']>;
  /** The allow-listed operation, e.g. `findTalents`, `referrersInto`. */
  operation: Scalars['String']['output'];
  /** The step's variables as a JSON object (ids of an earlier step's results substituted). */
  variables: Scalars['String']['output'];
};

/** The record a sentence of an answer states a fact about, and the field it read. */
export type Citation = {
  __typename?: 'Citation';
  application: Maybe<Application>;
  job: Maybe<Job>;
  /** The cited field's value, e.g. `skills: Kubernetes` or `company: ByteDance`. */
  snippet: Maybe<Scalars['String']['output']>;
  talent: Maybe<Talent>;
};

export type ConfigScope = {
  __typename?: 'ConfigScope';
  /** How the store and the metrics name it: `default`, `service:<name>`, `org:<id>`. */
  key: Scalars['String']['output'];
  kind: ConfigScopeKind;
  orgId: Maybe<Scalars['ID']['output']>;
  service: Maybe<Scalars['String']['output']>;
};

export type ConfigScopeInput = {
  kind: ConfigScopeKind;
  /** With ORG: the organisation's id. */
  orgId?: InputMaybe<Scalars['ID']['input']>;
  /** With SERVICE: the service's name, e.g. `search` or `gateway`. */
  service?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Whose document: the platform default, one service's, or one organisation's. A service reads
 * built-in ← DEFAULT ← SERVICE ← ORG, later wins key by key.
 */
export type ConfigScopeKind =
  | 'DEFAULT'
  | 'ORG'
  | 'SERVICE';

/** One immutable version of a scope's document. */
export type ConfigVersion = {
  __typename?: 'ConfigVersion';
  /** The user (or API key) id that wrote it. */
  author: Scalars['String']['output'];
  comment: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Set when a rollback made this version: the version whose values it copied. */
  rolledBackTo: Maybe<Scalars['Int']['output']>;
  /** The document: `matchingWeights`, `rateLimits { fields operations }`, `featureFlags`. */
  values: Scalars['JSONObject']['output'];
  version: Scalars['Int']['output'];
};

export type ConfigVersionConnection = {
  __typename?: 'ConfigVersionConnection';
  edges: Array<ConfigVersionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConfigVersionEdge = {
  __typename?: 'ConfigVersionEdge';
  cursor: Scalars['String']['output'];
  node: ConfigVersion;
};

/** A scope's configuration now. */
export type Configuration = {
  __typename?: 'Configuration';
  current: Maybe<ConfigVersion>;
  /** What a service applies for this scope: built-in ← DEFAULT ← (this SERVICE) ← (this ORG). */
  effective: Scalars['JSONObject']['output'];
  scope: ConfigScope;
  /** The scope's own document ({} without a version). */
  values: Scalars['JSONObject']['output'];
  /** The newest version; 0 when the scope has none yet (the next write expects 0). */
  version: Scalars['Int']['output'];
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

/** A conversation's turns, oldest first; kept in the cache for CHAT_CONVERSATION_TTL_SECONDS after the last turn. */
export type Conversation = {
  __typename?: 'Conversation';
  id: Scalars['ID']['output'];
  turns: Array<ConversationTurn>;
};

/** One question and its answer. */
export type ConversationTurn = {
  __typename?: 'ConversationTurn';
  answer: Scalars['String']['output'];
  citations: Array<Citation>;
  createdAt: Scalars['DateTime']['output'];
  plan: Array<ChatPlanStep>;
  question: Scalars['String']['output'];
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The full key, shown only here: Looma keeps a hash. */
  secret: Scalars['String']['output'];
};

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
  /** The names of the audit attributes the erasure removed (matching's table); their values are never reported. */
  auditAttributes: Array<Scalars['String']['output']>;
  erasedAt: Scalars['DateTime']['output'];
  stores: Array<StoreErasure>;
  talentId: Scalars['ID']['output'];
};

/**
 * How a deployment stands. DOWN: requests fail (the relational store does not answer, or a registered service
 * has no routable instance). DEGRADED: it serves, with a part down or behind (a projection store does not answer,
 * a service has UNHEALTHY or DEGRADED instances, the projections lag over 60 s, or outbox events are dead). OK otherwise.
 */
export type HealthStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'OK';

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

/** An invitation to join the inviter's organisation with a role. */
export type Invite = {
  __typename?: 'Invite';
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  invite: Invite;
  /** For `acceptInvite`, shown only here (valid 7 days, single use). */
  token: Scalars['String']['output'];
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
  /**
   * The organisation's talents ranked for this job, best first, each with an explained score.
   * Candidates: the talents nearest to the job's embedding and the ones with any required skill,
   * then `filter`. `first` is 1 to 100; pages reach the first 300 candidates.
   */
  matches: MatchConnection;
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
  /**
   * A semantic first pass: the job's title and skills embedded with the configured model, and the
   * nearest talents of the organisation. `first` is 1 to 50.
   */
  suggestedTalents: Array<TalentMatch>;
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
export type JobMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knockOuts?: InputMaybe<KnockOutMode>;
};


/** A job (requisition) of the viewer's organisation. */
export type JobPipelineArgs = {
  applicationsPerStage?: InputMaybe<Scalars['Int']['input']>;
};


/** A job (requisition) of the viewer's organisation. */
export type JobSuggestedTalentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** What `Job.matches` does with talents who fail one of the job's knock-outs. */
export type KnockOutMode =
  /** Left out (and out of `totalCount`). */
  | 'EXCLUDE'
  /** Listed after every talent who passes, `knockedOut: true`. */
  | 'FLAG';

/** Which hard requirement of the job a talent fails. */
export type KnockoutKind =
  | 'LANGUAGES'
  | 'MIN_YEARS_OF_EXPERIENCE'
  | 'MUST_HAVE_SKILLS'
  | 'WORK_LOCATION';

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

/** A talent scored against a job, with the full explanation. */
export type Match = {
  __typename?: 'Match';
  /** Every factor, in the order of MatchFactorKind. */
  factors: Array<MatchFactor>;
  /** What would raise the score, most valuable first, in the viewer's language. */
  gaps: Array<Scalars['String']['output']>;
  job: Job;
  knockedOut: Scalars['Boolean']['output'];
  /** The knock-outs the talent fails (empty when `knockedOut` is false). */
  knockouts: Array<MatchKnockout>;
  /** 0 to 100: the sum of the factors' contributions. */
  score: Scalars['Float']['output'];
  talent: Talent;
};

export type MatchConnection = {
  __typename?: 'MatchConnection';
  edges: Array<MatchEdge>;
  pageInfo: PageInfo;
  /** How many candidates were scored (after the filter; without the excluded ones in EXCLUDE mode). */
  totalCount: Scalars['Int']['output'];
};

export type MatchEdge = {
  __typename?: 'MatchEdge';
  cursor: Scalars['String']['output'];
  factors: Array<MatchFactor>;
  gaps: Array<Scalars['String']['output']>;
  knockedOut: Scalars['Boolean']['output'];
  knockouts: Array<MatchKnockout>;
  node: Talent;
  /** 0 to 100, best first (knocked-out talents after the others when flagged). */
  score: Scalars['Float']['output'];
};

/** One factor of a match score: `contribution` = weight × score × 100; a match's contributions add up to its score. */
export type MatchFactor = {
  __typename?: 'MatchFactor';
  /** False when the factor could not be computed (the embedding model unavailable): its weight is 0, the others renormalised. */
  available: Scalars['Boolean']['output'];
  contribution: Scalars['Float']['output'];
  /** What the factor read: a skill, an employment, a path. */
  evidence: Array<Scalars['String']['output']>;
  /** One sentence, in the viewer's language (`Accept-Language`: zh… → Chinese, else English). */
  explanation: Scalars['String']['output'];
  kind: MatchFactorKind;
  /** 0 to 1. */
  score: Scalars['Float']['output'];
  /** The weight as applied: the organisation's weights normalised to add up to 1 over the available factors. */
  weight: Scalars['Float']['output'];
};

/** What a match's factor measures; the weights come from the organisation's configuration (`matchingWeights`). */
export type MatchFactorKind =
  /** Years of experience against the job's range. */
  | 'EXPERIENCE_YEARS'
  /** Languages the job wants. */
  | 'LANGUAGES'
  /** Location against the job's location and remote policy. */
  | 'LOCATION'
  /** Coverage of the job's preferred skills. */
  | 'PREFERRED_SKILLS'
  /** How recent the relevant experience is. */
  | 'RECENCY'
  /** Coverage of the job's required skills, through the taxonomy (synonyms, Chinese and English names, related and parent skills). */
  | 'REQUIRED_SKILLS'
  /** Cosine similarity of the profile's and the job's embeddings (the configured model). */
  | 'SEMANTIC_SIMILARITY'
  /** Fit of the talent's titles and seniority to the job's title. */
  | 'TITLE_SENIORITY'
  /** Someone in the organisation's network who worked with the person. */
  | 'WARM_PATH';

export type MatchKnockout = {
  __typename?: 'MatchKnockout';
  /** One sentence, in the viewer's language. */
  explanation: Scalars['String']['output'];
  kind: KnockoutKind;
};

/**
 * Selection rates of a job's ranking (the candidates `Job.matches` ranks, without a filter) by an
 * audit attribute, with the four-fifths rule: a talent is selected when in the first `top` and not
 * knocked out.
 */
export type MatchingAudit = {
  __typename?: 'MatchingAudit';
  /** Whether any group's impact ratio is under the threshold. */
  adverseImpact: Scalars['Boolean']['output'];
  attribute: Scalars['String']['output'];
  /** Every ranked candidate. */
  candidates: Scalars['Int']['output'];
  /** By value, the most candidates first. */
  groups: Array<MatchingAuditGroup>;
  job: Job;
  selected: Scalars['Int']['output'];
  /** The four-fifths rule's threshold: 0.8. */
  threshold: Scalars['Float']['output'];
  top: Scalars['Int']['output'];
  unrecorded: MatchingAuditUnrecorded;
};

/** One group of the audited attribute (candidates with this value recorded). */
export type MatchingAuditGroup = {
  __typename?: 'MatchingAuditGroup';
  /** impactRatio under the four-fifths threshold (0.8). */
  adverseImpact: Scalars['Boolean']['output'];
  candidates: Scalars['Int']['output'];
  /** selectionRate ÷ the highest group's rate; null when no group has anyone selected. */
  impactRatio: Maybe<Scalars['Float']['output']>;
  /** Candidates in the ranking's top `top` who pass every knock-out. */
  selected: Scalars['Int']['output'];
  /** selected ÷ candidates. */
  selectionRate: Scalars['Float']['output'];
  value: Scalars['String']['output'];
};

/** Candidates without the audited attribute recorded: counted apart, in no group and no ratio. */
export type MatchingAuditUnrecorded = {
  __typename?: 'MatchingAuditUnrecorded';
  candidates: Scalars['Int']['output'];
  selected: Scalars['Int']['output'];
};

/**
 * Which open jobs `Talent.matchingJobs` scores (the job list's `JobFilter` without status, which is
 * always OPEN here, and without the dates).
 */
export type MatchingJobFilter = {
  department?: InputMaybe<Scalars['String']['input']>;
  /** The user is on the hiring team. */
  hiringTeamUserId?: InputMaybe<Scalars['ID']['input']>;
  /** The location contains this text (case-insensitive). */
  location?: InputMaybe<Scalars['String']['input']>;
  remotePolicy?: InputMaybe<Array<RemotePolicy>>;
  /** Requires or prefers at least one of these skills (case-insensitive). */
  skillsAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The title or description contains this text (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

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
  /** Creates the invited user and signs them in. */
  acceptInvite: AuthPayload;
  /** Adds a note about a talent (recruiters, and hiring managers giving feedback). */
  addNote: Note;
  /** Records a relationship between two talents; recording it again changes nothing. */
  addRelationship: Relationship;
  /** Adds up to 1,000 talents to a pool. */
  addToTalentPool: BulkChangeResult;
  /** Archives a talent (leaves the default lists; applications stay). Archiving an archived talent changes nothing. */
  archiveTalent: Talent;
  /**
   * Answers a question about the organisation's talents and jobs from its data, citing every record it
   * states a fact about. A mutation: it reads only, but remembers the turn in the conversation.
   */
  ask: Answer;
  /** A new API key with a subset of the viewer's scopes (admin); the secret is shown once. At most 100 active keys per organisation (RESOURCE_EXHAUSTED). */
  createApiKey: CreateApiKeyPayload;
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
  /** Marks an instance DRAINING: it sees it with its next heartbeat and answers /ready as draining. NOT_FOUND for an unknown id. */
  drainInstance: ServiceInstance;
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
  /** Invites someone into the viewer's organisation (admin). */
  inviteUser: InviteUserPayload;
  /**
   * At most 5 attempts per account and 20 per address in 15 minutes, counting failed and in-flight
   * ones (a success clears its account's count); more are refused unchecked: RATE_LIMITED with
   * `retryAfter` seconds.
   */
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. Always true. */
  logout: Scalars['Boolean']['output'];
  /**
   * Merges talents into one: applications, notes, tags, pools, resumes, relationships and upstream
   * ids move to `keepId`; the others become tombstones. Every store follows.
   */
  mergeTalents: MergeTalentsResult;
  /** Moves an application to another stage of its job. Leaving a HIRED or REJECTED stage needs `reopenApplication`. */
  moveApplication: Application;
  /** Sets (or, with a null value, removes) a talent's audit attributes (admins); the talent's attributes after. */
  recordAuditAttributes: Array<AuditAttribute>;
  /**
   * Exchanges a refresh token for a new session; the old token stops working. Every refused token
   * (unknown, expired, revoked or already used) gets the same UNAUTHENTICATED answer; an already
   * used one also ends its session.
   */
  refresh: AuthPayload;
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
  /** Revokes an API key of the viewer's organisation (admin). */
  revokeApiKey: ApiKey;
  /** Writes the scope's next version with the values of `toVersion` (NOT_FOUND for a version the scope never had). */
  rollbackConfiguration: Configuration;
  /** Writes the scope's next version (audited, pushed to every service). */
  setConfiguration: Configuration;
  /** Replaces the organisation's default stages (at least one ACTIVE, one HIRED and one REJECTED); stages in use cannot go. */
  setPipelineStages: Array<PipelineStage>;
  /**
   * A new organisation and its first user, an ADMIN; signs them in. Subject to the deployment's sign-up
   * policy: FORBIDDEN when self-service sign-up is closed, or invite-only and no `inviteCode` is given.
   */
  signUp: AuthPayload;
  /** Adds tags (by name; missing tags are created) to up to 1,000 talents. */
  tagTalents: BulkChangeResult;
  /** Removes tags (by name) from up to 1,000 talents. */
  untagTalents: BulkChangeResult;
  /** Changes a job; a stale `version` is a CONFLICT. */
  updateJob: Job;
  /** Changes a talent's profile; a stale `version` is a CONFLICT. */
  updateTalent: Talent;
  /**
   * Parses a resume and, in one transaction, stores it, creates or updates its talent (skills merged
   * through the taxonomy) and queues the projections. A file the parser refuses is BAD_USER_INPUT
   * with `extensions.reason` (UNSUPPORTED_TYPE, TOO_LARGE, TIMEOUT, EMPTY, CORRUPT_FILE, NO_TEXT) and
   * writes nothing: a PDF or DOCX is read under budgets of size, inflated size, pages, time and
   * memory (TOO_LARGE or TIMEOUT past them). While too many files are being read at once the upload
   * is RESOURCE_EXHAUSTED with `extensions.retryAfterSeconds`. Another organisation's `talentId` is
   * NOT_FOUND.
   */
  uploadResume: UploadResumePayload;
};


export type MutationAcceptInviteArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
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


export type MutationAskArgs = {
  input: AskInput;
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
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


export type MutationDrainInstanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEraseTalentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportTalentsArgs = {
  rows: Array<ImportTalentRow>;
};


export type MutationInviteUserArgs = {
  email: Scalars['String']['input'];
  role: Role;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMergeTalentsArgs = {
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']>;
};


export type MutationMoveApplicationArgs = {
  input: MoveApplicationInput;
};


export type MutationRecordAuditAttributesArgs = {
  attributes: Array<AuditAttributeInput>;
  talentId: Scalars['ID']['input'];
};


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
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


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackConfigurationArgs = {
  scope: ConfigScopeInput;
  toVersion: Scalars['Int']['input'];
};


export type MutationSetConfigurationArgs = {
  input: SetConfigurationInput;
};


export type MutationSetPipelineStagesArgs = {
  stages: Array<PipelineStageInput>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
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


export type MutationUploadResumeArgs = {
  input: UploadResumeInput;
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

/** A tenant: every record in Looma belongs to exactly one organisation. */
export type Org = {
  __typename?: 'Org';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Unique across Looma, derived from the name at sign-up. */
  slug: Scalars['String']['output'];
};

/** The transactional outbox: writes waiting to reach the projection stores. */
export type OutboxStatus = {
  __typename?: 'OutboxStatus';
  /** Events that failed every attempt and wait for an operator. */
  dead: Scalars['Int']['output'];
  oldestPendingSeconds: Scalars['Float']['output'];
  pending: Scalars['Int']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type ParsedResume = {
  __typename?: 'ParsedResume';
  education: Array<ResumeEducation>;
  emails: Array<ScoredString>;
  experience: Array<ResumeExperience>;
  /** `pdf`, `docx`, `text`, `markdown` or `html`. */
  format: Scalars['String']['output'];
  languages: Array<ResumeLanguage>;
  links: Array<ResumeLink>;
  location: Maybe<ScoredString>;
  name: Maybe<ScoredString>;
  /** E.164, e.g. `+8613800138000`. */
  phones: Array<ScoredString>;
  skills: Array<ResumeSkill>;
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

export type ProjectionState = {
  __typename?: 'ProjectionState';
  /** The adapter serving the store, e.g. `neo4j` or `sql-graph`. */
  adapter: Scalars['String']['output'];
  isCurrent: Scalars['Boolean']['output'];
  /** The version the store holds; null when it holds none. */
  version: Maybe<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The organisation's API keys, newest first (admin). */
  apiKeys: Array<ApiKey>;
  /** An application of the viewer's organisation, or null. */
  application: Maybe<Application>;
  /** Applications of the viewer's organisation, newest first. `first` is 1 to 100. */
  applications: ApplicationConnection;
  /** The audit log, newest first. `first` is 1 to 100. */
  auditLog: AuditEntryConnection;
  /** A scope's current version, its document and the effective values. */
  configuration: Configuration;
  /** A scope's versions, newest first. */
  configurationHistory: ConfigVersionConnection;
  /** A conversation the viewer started (another user's, or an expired one: null). */
  conversation: Maybe<Conversation>;
  /** Everything Looma holds on a talent, from all five stores (PIPL and GDPR access requests). */
  exportTalentData: Maybe<TalentDataExport>;
  /** A job of the viewer's organisation, or null when there is none with this id. */
  job: Maybe<Job>;
  /** Jobs of the viewer's organisation, filtered and sorted (default: newest first). `first` is 1 to 100. */
  jobs: JobConnection;
  /** One talent scored against one job of the organisation, with the full explanation; NOT_FOUND for an unknown id (or another organisation's). */
  matchScore: Match;
  /** Selection rates of the job's ranking by an audit attribute (admins). `top` is 1 to 1000. */
  matchingAudit: MatchingAudit;
  /** The signed-in user; null for API keys and outside issuers' tokens (they are not Looma users). */
  me: Maybe<User>;
  /** The projection backlog (events not yet applied to graph, vector and search). */
  outboxStatus: OutboxStatus;
  /** The organisation's default pipeline stages (Looma's when it has set none). */
  pipelineStages: Array<PipelineStage>;
  /**
   * Who in the organisation's talent network can refer into a company (matched by name,
   * case-insensitive): insiders first, then people one and two hops from an insider. `first` is 1 to 100.
   */
  referrersInto: Array<Referrer>;
  /** The registry's events, newest first. */
  registryEvents: RegistryEventConnection;
  /** A resume of the viewer's organisation, or null when there is none with this id. */
  resume: Maybe<Resume>;
  /**
   * Searches the organisation's talents by name, headline and skills, in Chinese or English (a
   * Chinese word inside a sentence is found). `query` is 1 to 200 characters, `first` 1 to 100.
   * Pages reach the first 200 results of each ranking.
   */
  search: TalentSearchConnection;
  /** Every registered service and its live instances (deregistered ones are gone). */
  services: Array<Service>;
  /** The talents nearest to a talent of the organisation (itself excluded); empty when there is no such talent. `first` is 1 to 50. */
  similarTalents: Array<TalentMatch>;
  /** The deployment's health, checked now (admin). */
  systemHealth: SystemHealth;
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
  /** A member of the viewer's organisation, or null. */
  user: Maybe<User>;
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


export type QueryConfigurationArgs = {
  scope: ConfigScopeInput;
};


export type QueryConfigurationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ConfigScopeInput;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
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


export type QueryMatchScoreArgs = {
  jobId: Scalars['ID']['input'];
  talentId: Scalars['ID']['input'];
};


export type QueryMatchingAuditArgs = {
  attribute: Scalars['String']['input'];
  jobId: Scalars['ID']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferrersIntoArgs = {
  company: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegistryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryResumeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalentSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<SearchMode>;
  query: Scalars['String']['input'];
};


export type QuerySimilarTalentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  talentId: Scalars['ID']['input'];
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


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
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

/** Something that happened to a registered instance. */
export type RegistryEvent = {
  __typename?: 'RegistryEvent';
  at: Scalars['DateTime']['output'];
  detail: Maybe<Scalars['String']['output']>;
  fromState: Maybe<ServiceInstanceState>;
  id: Scalars['ID']['output'];
  instanceId: Scalars['ID']['output'];
  kind: RegistryEventKind;
  toState: Maybe<ServiceInstanceState>;
};

export type RegistryEventConnection = {
  __typename?: 'RegistryEventConnection';
  edges: Array<RegistryEventEdge>;
  pageInfo: PageInfo;
};

export type RegistryEventEdge = {
  __typename?: 'RegistryEventEdge';
  cursor: Scalars['String']['output'];
  node: RegistryEvent;
};

export type RegistryEventKind =
  | 'DEREGISTERED'
  | 'DRAINED'
  | 'DRAINING'
  | 'REGISTERED'
  /** Composition refused the schema the instance registered with (the errors in `detail`): it is held UNHEALTHY. */
  | 'SCHEMA_REFUSED'
  | 'STATE_CHANGED'
  /** A new supergraph was composed with the schema the instance brought. */
  | 'SUPERGRAPH_COMPOSED';

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

/** Where the work is done. */
export type RemotePolicy =
  | 'HYBRID'
  | 'ONSITE'
  | 'REMOTE';

/**
 * An uploaded resume: the original file (kept as uploaded), the text read from it and what the
 * parser found in it.
 */
export type Resume = {
  __typename?: 'Resume';
  /** `application/pdf`, `application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `text/plain`, `text/markdown` or `text/html`. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The file name as uploaded; null for pasted text. */
  filename: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The structure the parser read from the text, each field with a confidence (0 to 1). */
  parsed: Maybe<ParsedResume>;
  /** Bytes of the original file (or of the pasted text, UTF-8). */
  size: Scalars['Int']['output'];
  /** The plain text extracted from the file. */
  text: Scalars['String']['output'];
};

/** How an upload found its talent. */
export type ResumeAttachment =
  /** No talent was given or matched: a new talent was created from the resume. */
  | 'CREATED'
  /** Attached to the organisation's talent with an e-mail address of the resume. */
  | 'EMAIL_MATCH'
  /** Attached to the talent named by `talentId`. */
  | 'GIVEN_ID'
  /** Attached to the organisation's talent with a phone number of the resume. */
  | 'PHONE_MATCH';

/** Dates are `YYYY-MM` or `YYYY`; an open end is `present`. */
export type ResumeEducation = {
  __typename?: 'ResumeEducation';
  confidence: Scalars['Float']['output'];
  degree: Maybe<Scalars['String']['output']>;
  end: Maybe<Scalars['String']['output']>;
  major: Maybe<Scalars['String']['output']>;
  school: Maybe<Scalars['String']['output']>;
  start: Maybe<Scalars['String']['output']>;
};

/** Dates are `YYYY-MM` or `YYYY`; an open end is `present`. */
export type ResumeExperience = {
  __typename?: 'ResumeExperience';
  company: Maybe<Scalars['String']['output']>;
  confidence: Scalars['Float']['output'];
  description: Scalars['String']['output'];
  end: Maybe<Scalars['String']['output']>;
  start: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type ResumeLanguage = {
  __typename?: 'ResumeLanguage';
  confidence: Scalars['Float']['output'];
  /** English name of the language: English, Mandarin, Cantonese, Japanese … */
  language: Scalars['String']['output'];
  /** As written: `CET-6`, `IELTS 7.5`, `Native`, `流利` … or null. */
  level: Maybe<Scalars['String']['output']>;
};

export type ResumeLink = {
  __typename?: 'ResumeLink';
  confidence: Scalars['Float']['output'];
  kind: ResumeLinkKind;
  url: Scalars['String']['output'];
};

export type ResumeLinkKind =
  | 'GITHUB'
  | 'LINKEDIN'
  | 'PERSONAL';

/**
 * A skill the resume states: a skill of the taxonomy it mentions, or one the taxonomy does not know, kept as
 * written (an item of its skills section; a task a Chinese job description enumerates).
 */
export type ResumeSkill = {
  __typename?: 'ResumeSkill';
  confidence: Scalars['Float']['output'];
  /** The taxonomy's id, e.g. `kubernetes`; for a skill the taxonomy does not know, `text:` and its compact key (`text:veevavault`). */
  id: Scalars['String']['output'];
  /** The text as written in the resume. */
  match: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
};

/** What a user may do in their organisation; each role grants a set of scopes. */
export type Role =
  /** Everything, including members, API keys and signing keys. */
  | 'ADMIN'
  /** Talents: read; jobs: read and write; AI features. */
  | 'HIRING_MANAGER'
  /** Talents and jobs: read and write; AI features. */
  | 'RECRUITER'
  /** Talents and jobs: read. */
  | 'VIEWER';

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

/** A value the parser found and how sure it is (0 to 1). */
export type ScoredString = {
  __typename?: 'ScoredString';
  confidence: Scalars['Float']['output'];
  value: Scalars['String']['output'];
};

export type SearchFacetValue = {
  __typename?: 'SearchFacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** Why a talent matched: the field and its text with the matched terms inside `<em>` and `</em>`. */
export type SearchHighlight = {
  __typename?: 'SearchHighlight';
  /** `name`, `headline` or `skills`. */
  field: Scalars['String']['output'];
  snippet: Scalars['String']['output'];
};

/** How `search` ranks. */
export type SearchMode =
  /** Keyword and semantic rankings fused by reciprocal rank fusion (k = 60). */
  | 'HYBRID'
  /** Full-text search: every query term in the name, headline or skills; skills and names weigh most. */
  | 'KEYWORD'
  /** The query's embedding against the talents' embeddings; finds talents that share no word with it. */
  | 'SEMANTIC';

/** A Looma service (the gateway or a subgraph) and its registered instances. */
export type Service = {
  __typename?: 'Service';
  instances: Array<ServiceInstance>;
  name: Scalars['String']['output'];
};

/**
 * A registered service: its live instances counted by state. DOWN without a routable (STARTING, HEALTHY or DEGRADED)
 * instance, DEGRADED with an UNHEALTHY or DEGRADED one, else OK.
 */
export type ServiceHealth = {
  __typename?: 'ServiceHealth';
  degraded: Scalars['Int']['output'];
  draining: Scalars['Int']['output'];
  healthy: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  starting: Scalars['Int']['output'];
  status: HealthStatus;
  unhealthy: Scalars['Int']['output'];
};

/** One running process of a service, as it registered itself in the service registry. */
export type ServiceInstance = {
  __typename?: 'ServiceInstance';
  id: Scalars['ID']['output'];
  lastHeartbeatAt: Scalars['DateTime']['output'];
  /** sha256 of the instance's SDL (a subgraph's schema, the gateway's supergraph). */
  schemaHash: Scalars['String']['output'];
  state: ServiceInstanceState;
  url: Scalars['String']['output'];
  /** The package version the instance runs. */
  version: Scalars['String']['output'];
};

/**
 * The state of a registered instance, derived from its lease and its `/ready`: lease alive and ready →
 * HEALTHY; ready but degraded → DEGRADED; lease expired or not ready → UNHEALTHY; drained or stopping → DRAINING.
 */
export type ServiceInstanceState =
  | 'DEGRADED'
  | 'DRAINING'
  | 'HEALTHY'
  | 'STARTING'
  | 'UNHEALTHY';

export type SetConfigurationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made from (0 for a scope without one): CONFLICT when another change came first. */
  expectedVersion: Scalars['Int']['input'];
  scope: ConfigScopeInput;
  /** The whole new document (it replaces the scope's): unknown keys and bad values are refused naming their path (`extensions.field`). */
  values: Scalars['JSONObject']['input'];
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  /**
   * The operator's sign-up code for this email (`npm run signups -- invite <email>`): required when
   * sign-up is invite-only, single use; ignored when sign-up is open.
   */
  inviteCode?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 1 to 200 characters. */
  orgName: Scalars['String']['input'];
  /** 10 to 200 characters. */
  password: Scalars['String']['input'];
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

/** One datastore as the ops subgraph reaches it: a ping, timed, with a bound. */
export type StoreHealth = {
  __typename?: 'StoreHealth';
  /** The adapter serving it, e.g. `postgres` or `sql-graph`. */
  adapter: Scalars['String']['output'];
  /** Why the ping failed (addresses' credentials removed); null when ok. */
  error: Maybe<Scalars['String']['output']>;
  /** The ping's duration (up to the bound when it got no answer). */
  latencyMs: Scalars['Float']['output'];
  ok: Scalars['Boolean']['output'];
  /** The store's port: relational, graph, vector or search. */
  port: Scalars['String']['output'];
};

/**
 * The whole deployment's health for operators, checked when asked: every store the ops subgraph opens, the
 * registry's services, the outbox. A part that does not answer is reported in it, never an error for the whole field.
 */
export type SystemHealth = {
  __typename?: 'SystemHealth';
  checkedAt: Scalars['DateTime']['output'];
  /** The outbox backlog; null when the relational store does not answer. */
  outbox: Maybe<OutboxStatus>;
  /** How far the projection stores trail the writes: the age of the oldest pending outbox event. Null when unknown. */
  projectionLagSeconds: Maybe<Scalars['Float']['output']>;
  /** The registry's services (empty when the registry is off or does not answer). */
  services: Array<ServiceHealth>;
  status: HealthStatus;
  stores: Array<StoreHealth>;
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
  /** The organisation's OPEN jobs scored for this talent, best first. `first` is 1 to 100. */
  matchingJobs: Array<Match>;
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
  /**
   * The version of this talent held by each projection store (graph, vector, search), compared
   * with the source of truth. Read through batched loaders: one round trip per store for a page.
   */
  projections: TalentProjections;
  /** First-degree relationships, optionally of some types only. */
  relationships: Array<Relationship>;
  /** The talent's resumes, newest first. Batched: a page of talents costs one round trip. */
  resumes: Array<Resume>;
  /** Every school the person studied at. */
  schools: Array<Scalars['String']['output']>;
  /**
   * The talents of the organisation whose profiles are nearest to this one's (vector similarity),
   * itself excluded. `first` is 1 to 50. Batched: a page of talents costs one vector round trip.
   */
  similar: Array<TalentMatch>;
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
export type TalentMatchingJobsArgs = {
  filter?: InputMaybe<MatchingJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type TalentSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /** What the organisation recorded about the person for fairness audits, by name (matching's audit attributes). */
  auditAttributes: Array<AuditAttribute>;
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

/** A talent and how similar it is (cosine similarity, -1 to 1). */
export type TalentMatch = {
  __typename?: 'TalentMatch';
  score: Scalars['Float']['output'];
  talent: Maybe<Talent>;
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

export type TalentProjections = {
  __typename?: 'TalentProjections';
  graph: ProjectionState;
  /** True when every store holds the current version. */
  isCurrent: Scalars['Boolean']['output'];
  search: ProjectionState;
  vector: ProjectionState;
};

export type TalentSearchConnection = {
  __typename?: 'TalentSearchConnection';
  edges: Array<TalentSearchEdge>;
  facets: TalentSearchFacets;
  pageInfo: PageInfo;
  /** How many talents match. */
  totalCount: Scalars['Int']['output'];
};

export type TalentSearchEdge = {
  __typename?: 'TalentSearchEdge';
  cursor: Scalars['String']['output'];
  highlights: Array<SearchHighlight>;
  node: Maybe<Talent>;
  /** Why it matched, e.g. `keyword: skills 'kubernetes'` or `semantic: 0.83 similar`. */
  reasons: Array<Scalars['String']['output']>;
  /** The rank score of the mode: the keyword score, the cosine similarity, or the fused RRF score. */
  score: Scalars['Float']['output'];
};

/** Counts over the whole matching set (not just the page). */
export type TalentSearchFacets = {
  __typename?: 'TalentSearchFacets';
  /** Companies worked at (current and past), most frequent first (at most 30). */
  companies: Array<SearchFacetValue>;
  /** Locations, most frequent first (at most 30). */
  locations: Array<SearchFacetValue>;
  /** Skills of the matching talents, most frequent first (at most 30). */
  skills: Array<SearchFacetValue>;
  /** Years of experience in bands `0-2`, `2-5`, `5-10`, `10+` (lower bound included), in that order; talents without a figure are not counted. */
  yearsOfExperience: Array<SearchFacetValue>;
};

/**
 * The talent list's filter (the talent subgraph's `TalentFilter`), applied to search results: skills
 * in the search store, the rest in PostgreSQL over the candidates of each ranking.
 */
export type TalentSearchFilter = {
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
  /**
   * Talents having every one of these skills (case-insensitive, exact skill names).
   * @deprecated Use skillsAll, as in the talent list's filter.
   */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** A resume file or pasted text: either `filename` with `contentBase64`, or `text` (not both). */
export type UploadResumeInput = {
  /** The file's bytes, base64-encoded; at most RESUME_MAX_BYTES (5 MiB by default) decoded. */
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  /** The file's name; its extension says the type (pdf, docx, txt, md, html). */
  filename?: InputMaybe<Scalars['String']['input']>;
  /** The talent to attach the resume to; when absent, the talent with a matching e-mail or phone, or a new one. */
  talentId?: InputMaybe<Scalars['ID']['input']>;
  /** A pasted resume. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type UploadResumePayload = {
  __typename?: 'UploadResumePayload';
  attachedBy: ResumeAttachment;
  resume: Resume;
  /** The talent the resume belongs to, its profile updated from the resume. */
  talent: Talent;
};

/** A member of an organisation. */
export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** Lowercased. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  org: Org;
  role: Role;
};

export type ChatFindTalentsQueryVariables = Exact<{
  filter?: InputMaybe<TalentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatFindTalentsQuery = { __typename?: 'Query', talents: { __typename?: 'TalentConnection', totalCount: number, edges: Array<{ __typename?: 'TalentEdge', node: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> } }> } };

export type ChatSearchTalentsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  filter?: InputMaybe<TalentSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatSearchTalentsQuery = { __typename?: 'Query', search: { __typename?: 'TalentSearchConnection', totalCount: number, edges: Array<{ __typename?: 'TalentSearchEdge', node: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> } | null }> } };

export type ChatTalentProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChatTalentProfileQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string>, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, stage: { __typename?: 'PipelineStage', key: string, name: string }, job: { __typename?: 'Job', id: string, title: string } }> } | null };

export type ChatTalentNetworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatTalentNetworkQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, name: string, network: Array<{ __typename?: 'NetworkMember', degree: number, path: Array<RelationshipType>, talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> }, via: Array<{ __typename?: 'Talent', id: string, name: string }> }> } | null };

export type ChatReferrersIntoQueryVariables = Exact<{
  company: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatReferrersIntoQuery = { __typename?: 'Query', referrersInto: Array<{ __typename?: 'Referrer', degree: number, isCurrentEmployee: boolean, talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> }, through: Array<{ __typename?: 'Talent', id: string, name: string }> }> };

export type ChatFindJobsQueryVariables = Exact<{
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatFindJobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, title: string, status: JobStatus, location: string | null, department: string | null, skills: Array<string> } }> } };

export type ChatPipelineBoardQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type ChatPipelineBoardQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, status: JobStatus, location: string | null, department: string | null, skills: Array<string>, pipeline: Array<{ __typename?: 'PipelineColumn', count: number, stage: { __typename?: 'PipelineStage', key: string, name: string } }> } | null };

export type ChatJobMatchesQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<TalentFilter>;
}>;


export type ChatJobMatchesQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, status: JobStatus, location: string | null, department: string | null, skills: Array<string>, matches: { __typename?: 'MatchConnection', totalCount: number, edges: Array<{ __typename?: 'MatchEdge', score: number, node: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> } }> } } | null };

export type ChatResolveTalentQueryVariables = Exact<{
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatResolveTalentQuery = { __typename?: 'Query', talents: { __typename?: 'TalentConnection', totalCount: number, edges: Array<{ __typename?: 'TalentEdge', node: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> } }> } };

export type ChatResolveJobQueryVariables = Exact<{
  title: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatResolveJobQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, title: string, status: JobStatus, location: string | null, department: string | null, skills: Array<string> } }> } };

export type ChatTalentFactsFragment = { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, companies: Array<string>, schools: Array<string> };

export type ChatJobFactsFragment = { __typename?: 'Job', id: string, title: string, status: JobStatus, location: string | null, department: string | null, skills: Array<string> };

export type ChatCitationFragment = { __typename?: 'Citation', snippet: string | null, talent: { __typename?: 'Talent', id: string, name: string } | null, job: { __typename?: 'Job', id: string, title: string } | null, application: { __typename?: 'Application', id: string } | null };

export type AskMutationVariables = Exact<{
  input: AskInput;
}>;


export type AskMutation = { __typename?: 'Mutation', ask: { __typename?: 'Answer', conversationId: string, intent: string, answer: string, followUps: Array<string>, citations: Array<{ __typename?: 'Citation', snippet: string | null, talent: { __typename?: 'Talent', id: string, name: string } | null, job: { __typename?: 'Job', id: string, title: string } | null, application: { __typename?: 'Application', id: string } | null }>, plan: Array<{ __typename?: 'ChatPlanStep', operation: string, variables: string, intent: string | null }> } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationQuery = { __typename?: 'Query', conversation: { __typename?: 'Conversation', id: string, turns: Array<{ __typename?: 'ConversationTurn', question: string, answer: string, createdAt: string, citations: Array<{ __typename?: 'Citation', snippet: string | null, talent: { __typename?: 'Talent', id: string, name: string } | null, job: { __typename?: 'Job', id: string, title: string } | null, application: { __typename?: 'Application', id: string } | null }>, plan: Array<{ __typename?: 'ChatPlanStep', operation: string, variables: string }> }> } | null };

export type ConfigVersionFieldsFragment = { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string };

export type ConfigurationFieldsFragment = { __typename?: 'Configuration', version: number, values: Record<string, unknown>, effective: Record<string, unknown>, scope: { __typename?: 'ConfigScope', kind: ConfigScopeKind, service: string | null, orgId: string | null, key: string }, current: { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string } | null };

export type ConfigurationQueryVariables = Exact<{
  scope: ConfigScopeInput;
}>;


export type ConfigurationQuery = { __typename?: 'Query', configuration: { __typename?: 'Configuration', version: number, values: Record<string, unknown>, effective: Record<string, unknown>, scope: { __typename?: 'ConfigScope', kind: ConfigScopeKind, service: string | null, orgId: string | null, key: string }, current: { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string } | null } };

export type ConfigurationHistoryQueryVariables = Exact<{
  scope: ConfigScopeInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConfigurationHistoryQuery = { __typename?: 'Query', configurationHistory: { __typename?: 'ConfigVersionConnection', totalCount: number, edges: Array<{ __typename?: 'ConfigVersionEdge', cursor: string, node: { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SetConfigurationMutationVariables = Exact<{
  input: SetConfigurationInput;
}>;


export type SetConfigurationMutation = { __typename?: 'Mutation', setConfiguration: { __typename?: 'Configuration', version: number, values: Record<string, unknown>, effective: Record<string, unknown>, scope: { __typename?: 'ConfigScope', kind: ConfigScopeKind, service: string | null, orgId: string | null, key: string }, current: { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string } | null } };

export type RollbackConfigurationMutationVariables = Exact<{
  scope: ConfigScopeInput;
  toVersion: Scalars['Int']['input'];
}>;


export type RollbackConfigurationMutation = { __typename?: 'Mutation', rollbackConfiguration: { __typename?: 'Configuration', version: number, values: Record<string, unknown>, effective: Record<string, unknown>, scope: { __typename?: 'ConfigScope', kind: ConfigScopeKind, service: string | null, orgId: string | null, key: string }, current: { __typename?: 'ConfigVersion', version: number, values: Record<string, unknown>, author: string, comment: string | null, rolledBackTo: number | null, createdAt: string } | null } };

export type TalentProfileFragment = { __typename?: 'Talent', id: string, name: string, latinName: string | null, chineseName: string | null, headline: string | null, skills: Array<string>, languages: Array<string>, emails: Array<string>, phones: Array<string>, location: string | null, currentTitle: string | null, currentCompany: string | null, yearsOfExperience: number | null, companies: Array<string>, schools: Array<string>, source: TalentSource, status: TalentStatus, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, employments: Array<{ __typename?: 'Employment', company: string, title: string | null, start: string | null, end: string | null }>, links: Array<{ __typename?: 'Link', kind: LinkKind, url: string }>, owner: { __typename?: 'User', id: string } | null, consent: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenAt: string, expiresAt: string | null, source: string | null, isActive: boolean }>, tags: Array<{ __typename?: 'Tag', id: string, name: string }>, pools: Array<{ __typename?: 'TalentPool', id: string, name: string }> };

export type TalentListQueryVariables = Exact<{
  filter?: InputMaybe<TalentFilter>;
  sort?: InputMaybe<TalentSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TalentListQuery = { __typename?: 'Query', talents: { __typename?: 'TalentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TalentEdge', cursor: string, node: { __typename?: 'Talent', id: string, name: string, headline: string | null, currentTitle: string | null, currentCompany: string | null, location: string | null, yearsOfExperience: number | null, skills: Array<string>, status: TalentStatus, updatedAt: string, tags: Array<{ __typename?: 'Tag', name: string }> } }> } };

export type TalentProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TalentProfileQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, name: string, latinName: string | null, chineseName: string | null, headline: string | null, skills: Array<string>, languages: Array<string>, emails: Array<string>, phones: Array<string>, location: string | null, currentTitle: string | null, currentCompany: string | null, yearsOfExperience: number | null, companies: Array<string>, schools: Array<string>, source: TalentSource, status: TalentStatus, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, applications: Array<{ __typename?: 'Application', id: string, status: ApplicationStatus, stage: { __typename?: 'PipelineStage', key: string, name: string }, job: { __typename?: 'Job', id: string, title: string } }>, relationships: Array<{ __typename?: 'Relationship', id: string, type: RelationshipType, direction: RelationshipDirection, isDerived: boolean, company: string | null, talent: { __typename?: 'Talent', id: string, name: string } }>, employments: Array<{ __typename?: 'Employment', company: string, title: string | null, start: string | null, end: string | null }>, links: Array<{ __typename?: 'Link', kind: LinkKind, url: string }>, owner: { __typename?: 'User', id: string } | null, consent: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenAt: string, expiresAt: string | null, source: string | null, isActive: boolean }>, tags: Array<{ __typename?: 'Tag', id: string, name: string }>, pools: Array<{ __typename?: 'TalentPool', id: string, name: string }> } | null };

export type TalentTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TalentTimelineQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, timeline: { __typename?: 'TimelineConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TimelineEdge', node: { __typename?: 'TimelineEvent', id: string, kind: TimelineEventKind, summary: string, at: string, actor: { __typename?: 'User', id: string } | null } }> } } | null };

export type UpdateTalentMutationVariables = Exact<{
  input: UpdateTalentInput;
}>;


export type UpdateTalentMutation = { __typename?: 'Mutation', updateTalent: { __typename?: 'Talent', id: string, name: string, latinName: string | null, chineseName: string | null, headline: string | null, skills: Array<string>, languages: Array<string>, emails: Array<string>, phones: Array<string>, location: string | null, currentTitle: string | null, currentCompany: string | null, yearsOfExperience: number | null, companies: Array<string>, schools: Array<string>, source: TalentSource, status: TalentStatus, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, employments: Array<{ __typename?: 'Employment', company: string, title: string | null, start: string | null, end: string | null }>, links: Array<{ __typename?: 'Link', kind: LinkKind, url: string }>, owner: { __typename?: 'User', id: string } | null, consent: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenAt: string, expiresAt: string | null, source: string | null, isActive: boolean }>, tags: Array<{ __typename?: 'Tag', id: string, name: string }>, pools: Array<{ __typename?: 'TalentPool', id: string, name: string }> } };

export type ArchiveTalentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveTalentMutation = { __typename?: 'Mutation', archiveTalent: { __typename?: 'Talent', id: string, status: TalentStatus, archivedAt: string | null, version: number } };

export type RestoreTalentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreTalentMutation = { __typename?: 'Mutation', restoreTalent: { __typename?: 'Talent', id: string, status: TalentStatus, archivedAt: string | null, version: number } };

export type PipelineBoardQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
  applicationsPerStage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PipelineBoardQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, status: JobStatus, pipeline: Array<{ __typename?: 'PipelineColumn', count: number, stage: { __typename?: 'PipelineStage', key: string, name: string, kind: StageKind, position: number }, applications: Array<{ __typename?: 'Application', id: string, version: number, talent: { __typename?: 'Talent', id: string, name: string, headline: string | null } }> }> } | null };

export type CreateJobMutationVariables = Exact<{
  input: CreateJobInput;
}>;


export type CreateJobMutation = { __typename?: 'Mutation', createJob: { __typename?: 'Job', id: string, title: string, status: JobStatus, version: number, stages: Array<{ __typename?: 'PipelineStage', key: string, name: string, kind: StageKind }> } };

export type CreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type CreateApplicationMutation = { __typename?: 'Mutation', createApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, stage: { __typename?: 'PipelineStage', key: string, name: string } } };

export type MoveApplicationMutationVariables = Exact<{
  input: MoveApplicationInput;
}>;


export type MoveApplicationMutation = { __typename?: 'Mutation', moveApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, stage: { __typename?: 'PipelineStage', key: string, name: string } } };

export type RejectApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectApplicationMutation = { __typename?: 'Mutation', rejectApplication: { __typename?: 'Application', id: string, version: number, status: ApplicationStatus, rejectionReason: string | null } };

export type AddNoteMutationVariables = Exact<{
  input: AddNoteInput;
}>;


export type AddNoteMutation = { __typename?: 'Mutation', addNote: { __typename?: 'Note', id: string, body: string, createdAt: string, author: { __typename?: 'User', id: string } | null } };

export type TagTalentsMutationVariables = Exact<{
  talentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type TagTalentsMutation = { __typename?: 'Mutation', tagTalents: { __typename?: 'BulkChangeResult', changed: number, notFound: Array<string> } };

export type AddToTalentPoolMutationVariables = Exact<{
  poolId: Scalars['ID']['input'];
  talentIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AddToTalentPoolMutation = { __typename?: 'Mutation', addToTalentPool: { __typename?: 'BulkChangeResult', changed: number, notFound: Array<string> } };

export type TalentNetworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TalentNetworkQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, network: Array<{ __typename?: 'NetworkMember', degree: number, path: Array<RelationshipType>, talent: { __typename?: 'Talent', id: string, name: string }, via: Array<{ __typename?: 'Talent', id: string, name: string }> }> } | null };

export type ReferrersIntoQueryVariables = Exact<{
  company: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReferrersIntoQuery = { __typename?: 'Query', referrersInto: Array<{ __typename?: 'Referrer', degree: number, isCurrentEmployee: boolean, reason: string, talent: { __typename?: 'Talent', id: string, name: string } }> };

export type ImportTalentsMutationVariables = Exact<{
  rows: Array<ImportTalentRow> | ImportTalentRow;
}>;


export type ImportTalentsMutation = { __typename?: 'Mutation', importTalents: { __typename?: 'ImportTalentsResult', created: number, updated: number, unchanged: number, errors: number, rows: Array<{ __typename?: 'ImportRowResult', index: number, externalId: string, outcome: ImportRowOutcome, errorCode: string | null, error: string | null, field: string | null, talent: { __typename?: 'Talent', id: string } | null }> } };

export type TalentDuplicatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TalentDuplicatesQuery = { __typename?: 'Query', talentDuplicates: Array<{ __typename?: 'DuplicateCandidate', reasons: Array<DuplicateReason>, confidence: number, explanation: string, talent: { __typename?: 'Talent', id: string, name: string } }> };

export type MergeTalentsMutationVariables = Exact<{
  keepId: Scalars['ID']['input'];
  mergeIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MergeTalentsMutation = { __typename?: 'Mutation', mergeTalents: { __typename?: 'MergeTalentsResult', mergedIds: Array<string>, movedApplications: number, movedNotes: number, movedResumes: number, movedRelationships: number, talent: { __typename?: 'Talent', id: string, name: string, latinName: string | null, chineseName: string | null, headline: string | null, skills: Array<string>, languages: Array<string>, emails: Array<string>, phones: Array<string>, location: string | null, currentTitle: string | null, currentCompany: string | null, yearsOfExperience: number | null, companies: Array<string>, schools: Array<string>, source: TalentSource, status: TalentStatus, archivedAt: string | null, version: number, createdAt: string, updatedAt: string, employments: Array<{ __typename?: 'Employment', company: string, title: string | null, start: string | null, end: string | null }>, links: Array<{ __typename?: 'Link', kind: LinkKind, url: string }>, owner: { __typename?: 'User', id: string } | null, consent: Array<{ __typename?: 'Consent', purpose: ConsentPurpose, givenAt: string, expiresAt: string | null, source: string | null, isActive: boolean }>, tags: Array<{ __typename?: 'Tag', id: string, name: string }>, pools: Array<{ __typename?: 'TalentPool', id: string, name: string }> } } };

export type EraseTalentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EraseTalentMutation = { __typename?: 'Mutation', eraseTalent: { __typename?: 'EraseTalentResult', talentId: string, erasedAt: string, stores: Array<{ __typename?: 'StoreErasure', store: string, removed: Array<string> }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, action: string, entityType: string, entityId: string, talentId: string | null, actorId: string, actorKind: ActorKind, at: string } }> } };

export type SystemHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemHealthQuery = { __typename?: 'Query', systemHealth: { __typename?: 'SystemHealth', status: HealthStatus, checkedAt: string, projectionLagSeconds: number | null, stores: Array<{ __typename?: 'StoreHealth', port: string, adapter: string, ok: boolean, latencyMs: number, error: string | null }>, services: Array<{ __typename?: 'ServiceHealth', name: string, status: HealthStatus, starting: number, healthy: number, degraded: number, unhealthy: number, draining: number }>, outbox: { __typename?: 'OutboxStatus', pending: number, dead: number, oldestPendingSeconds: number } | null } };

export type SessionUserFragment = { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } };

export type SessionFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, viewer: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, viewer: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, viewer: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } } };

export type RefreshMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshMutation = { __typename?: 'Mutation', refresh: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, viewer: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } | null };

export type InviteUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: Role;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'InviteUserPayload', token: string, invite: { __typename?: 'Invite', id: string, email: string, role: Role, expiresAt: string } } };

export type AcceptInviteMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
  name: Scalars['String']['input'];
}>;


export type AcceptInviteMutation = { __typename?: 'Mutation', acceptInvite: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, viewer: { __typename?: 'User', id: string, email: string, name: string, role: Role, org: { __typename?: 'Org', id: string, name: string, slug: string } } } };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type CreateApiKeyMutationVariables = Exact<{
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type JobsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type JobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, title: string, department: string | null, location: string | null, skills: Array<string>, status: JobStatus } }> } };

export type JobSuggestedTalentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JobSuggestedTalentsQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, suggestedTalents: Array<{ __typename?: 'TalentMatch', score: number, talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string> } | null }> } | null };

export type JobRequirementsFragment = { __typename?: 'Job', id: string, version: number, requiredSkills: Array<string>, preferredSkills: Array<string>, minYearsOfExperience: number | null, maxYearsOfExperience: number | null, languages: Array<string>, knockouts: { __typename?: 'JobKnockouts', mustHaveSkills: Array<string>, minYearsOfExperience: number | null, workLocation: boolean, languages: Array<string> } };

export type JobRequirementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type JobRequirementsQuery = { __typename?: 'Query', job: { __typename?: 'Job', title: string, location: string | null, remotePolicy: RemotePolicy, id: string, version: number, requiredSkills: Array<string>, preferredSkills: Array<string>, minYearsOfExperience: number | null, maxYearsOfExperience: number | null, languages: Array<string>, knockouts: { __typename?: 'JobKnockouts', mustHaveSkills: Array<string>, minYearsOfExperience: number | null, workLocation: boolean, languages: Array<string> } } | null };

export type UpdateJobRequirementsMutationVariables = Exact<{
  input: UpdateJobInput;
}>;


export type UpdateJobRequirementsMutation = { __typename?: 'Mutation', updateJob: { __typename?: 'Job', id: string, version: number, requiredSkills: Array<string>, preferredSkills: Array<string>, minYearsOfExperience: number | null, maxYearsOfExperience: number | null, languages: Array<string>, knockouts: { __typename?: 'JobKnockouts', mustHaveSkills: Array<string>, minYearsOfExperience: number | null, workLocation: boolean, languages: Array<string> } } };

export type MatchingAuditQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
  attribute: Scalars['String']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MatchingAuditQuery = { __typename?: 'Query', matchingAudit: { __typename?: 'MatchingAudit', attribute: string, top: number, candidates: number, selected: number, adverseImpact: boolean, threshold: number, job: { __typename?: 'Job', id: string, title: string }, groups: Array<{ __typename?: 'MatchingAuditGroup', value: string, candidates: number, selected: number, selectionRate: number, impactRatio: number | null, adverseImpact: boolean }>, unrecorded: { __typename?: 'MatchingAuditUnrecorded', candidates: number, selected: number } } };

export type RecordAuditAttributesMutationVariables = Exact<{
  talentId: Scalars['ID']['input'];
  attributes: Array<AuditAttributeInput> | AuditAttributeInput;
}>;


export type RecordAuditAttributesMutation = { __typename?: 'Mutation', recordAuditAttributes: Array<{ __typename?: 'AuditAttribute', name: string, value: string, recordedAt: string }> };

export type MatchFactorFieldsFragment = { __typename?: 'MatchFactor', kind: MatchFactorKind, weight: number, score: number, contribution: number, explanation: string, evidence: Array<string>, available: boolean };

export type MatchKnockoutFieldsFragment = { __typename?: 'MatchKnockout', kind: KnockoutKind, explanation: string };

export type JobMatchesQueryVariables = Exact<{
  jobId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalentFilter>;
  knockOuts?: InputMaybe<KnockOutMode>;
}>;


export type JobMatchesQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, matches: { __typename?: 'MatchConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MatchEdge', cursor: string, score: number, knockedOut: boolean, gaps: Array<string>, node: { __typename?: 'Talent', id: string, name: string, headline: string | null }, knockouts: Array<{ __typename?: 'MatchKnockout', kind: KnockoutKind, explanation: string }>, factors: Array<{ __typename?: 'MatchFactor', kind: MatchFactorKind, weight: number, score: number, contribution: number, explanation: string, evidence: Array<string>, available: boolean }> }> } } | null };

export type TalentMatchingJobsQueryVariables = Exact<{
  talentId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<MatchingJobFilter>;
}>;


export type TalentMatchingJobsQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, name: string, matchingJobs: Array<{ __typename?: 'Match', score: number, knockedOut: boolean, gaps: Array<string>, job: { __typename?: 'Job', id: string, title: string }, knockouts: Array<{ __typename?: 'MatchKnockout', kind: KnockoutKind, explanation: string }>, factors: Array<{ __typename?: 'MatchFactor', kind: MatchFactorKind, weight: number, score: number, contribution: number, explanation: string, evidence: Array<string>, available: boolean }> }> } | null };

export type MatchScoreQueryVariables = Exact<{
  talentId: Scalars['ID']['input'];
  jobId: Scalars['ID']['input'];
}>;


export type MatchScoreQuery = { __typename?: 'Query', matchScore: { __typename?: 'Match', score: number, knockedOut: boolean, gaps: Array<string>, talent: { __typename?: 'Talent', id: string, name: string }, job: { __typename?: 'Job', id: string, title: string }, knockouts: Array<{ __typename?: 'MatchKnockout', kind: KnockoutKind, explanation: string }>, factors: Array<{ __typename?: 'MatchFactor', kind: MatchFactorKind, weight: number, score: number, contribution: number, explanation: string, evidence: Array<string>, available: boolean }> } };

export type UploadResumeMutationVariables = Exact<{
  input: UploadResumeInput;
}>;


export type UploadResumeMutation = { __typename?: 'Mutation', uploadResume: { __typename?: 'UploadResumePayload', attachedBy: ResumeAttachment, talent: { __typename?: 'Talent', id: string, name: string, emails: Array<string>, phones: Array<string>, skills: Array<string>, currentTitle: string | null, currentCompany: string | null, version: number }, resume: { __typename?: 'Resume', id: string, filename: string | null, contentType: string, size: number, createdAt: string, parsed: { __typename?: 'ParsedResume', format: string, name: { __typename?: 'ScoredString', value: string, confidence: number } | null, emails: Array<{ __typename?: 'ScoredString', value: string, confidence: number }>, phones: Array<{ __typename?: 'ScoredString', value: string, confidence: number }>, location: { __typename?: 'ScoredString', value: string, confidence: number } | null, education: Array<{ __typename?: 'ResumeEducation', school: string | null, degree: string | null, major: string | null }>, experience: Array<{ __typename?: 'ResumeExperience', company: string | null, title: string | null, start: string | null, end: string | null }>, skills: Array<{ __typename?: 'ResumeSkill', id: string, name: string }> } | null } } };

export type ResumeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResumeQuery = { __typename?: 'Query', resume: { __typename?: 'Resume', id: string, filename: string | null, contentType: string, size: number, createdAt: string, text: string } | null };

export type TalentsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TalentsQuery = { __typename?: 'Query', talents: { __typename?: 'TalentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'TalentEdge', cursor: string, node: { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string>, version: number, createdAt: string } }> } };

export type TalentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TalentQuery = { __typename?: 'Query', talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string>, version: number, createdAt: string } | null };

export type TalentsWithProjectionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TalentsWithProjectionsQuery = { __typename?: 'Query', talents: { __typename?: 'TalentConnection', totalCount: number, edges: Array<{ __typename?: 'TalentEdge', node: { __typename?: 'Talent', id: string, name: string, version: number, projections: { __typename?: 'TalentProjections', isCurrent: boolean, graph: { __typename?: 'ProjectionState', adapter: string, version: number | null }, vector: { __typename?: 'ProjectionState', adapter: string, version: number | null }, search: { __typename?: 'ProjectionState', adapter: string, version: number | null } } } }> } };

export type OutboxStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type OutboxStatusQuery = { __typename?: 'Query', outboxStatus: { __typename?: 'OutboxStatus', pending: number, dead: number, oldestPendingSeconds: number } };

export type CreateTalentMutationVariables = Exact<{
  input: CreateTalentInput;
}>;


export type CreateTalentMutation = { __typename?: 'Mutation', createTalent: { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string>, version: number, createdAt: string } };

export type TalentSummaryFragment = { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string>, version: number, createdAt: string };

export const ChatTalentFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatTalentFactsFragment, unknown>;
export const ChatJobFactsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatJobFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]} as unknown as DocumentNode<ChatJobFactsFragment, unknown>;
export const ChatCitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]} as unknown as DocumentNode<ChatCitationFragment, unknown>;
export const ConfigVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConfigVersionFieldsFragment, unknown>;
export const ConfigurationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigurationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Configuration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConfigurationFieldsFragment, unknown>;
export const TalentProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latinName"}},{"kind":"Field","name":{"kind":"Name","value":"chineseName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TalentProfileFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SessionFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const JobRequirementsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRequirements"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"maxYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"workLocation"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<JobRequirementsFragment, unknown>;
export const MatchFactorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<MatchFactorFieldsFragment, unknown>;
export const MatchKnockoutFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchKnockoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchKnockout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}}]} as unknown as DocumentNode<MatchKnockoutFieldsFragment, unknown>;
export const TalentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentSummaryFragment, unknown>;
export const ChatFindTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatFindTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatFindTalentsQuery, ChatFindTalentsQueryVariables>;
export const ChatSearchTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatSearchTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentSearchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatSearchTalentsQuery, ChatSearchTalentsQueryVariables>;
export const ChatTalentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatTalentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatTalentProfileQuery, ChatTalentProfileQueryVariables>;
export const ChatTalentNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatTalentNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatTalentNetworkQuery, ChatTalentNetworkQueryVariables>;
export const ChatReferrersIntoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatReferrersInto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrersInto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"company"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrentEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"through"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatReferrersIntoQuery, ChatReferrersIntoQueryVariables>;
export const ChatFindJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatFindJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatJobFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatJobFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]} as unknown as DocumentNode<ChatFindJobsQuery, ChatFindJobsQueryVariables>;
export const ChatPipelineBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatPipelineBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatJobFacts"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationsPerStage"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatJobFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]} as unknown as DocumentNode<ChatPipelineBoardQuery, ChatPipelineBoardQueryVariables>;
export const ChatJobMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatJobMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatJobFacts"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"knockOuts"},"value":{"kind":"EnumValue","value":"EXCLUDE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatJobFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatJobMatchesQuery, ChatJobMatchesQueryVariables>;
export const ChatResolveTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatResolveTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatTalentFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatTalentFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}}]}}]} as unknown as DocumentNode<ChatResolveTalentQuery, ChatResolveTalentQueryVariables>;
export const ChatResolveJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatResolveJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatJobFacts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatJobFacts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]} as unknown as DocumentNode<ChatResolveJobQuery, ChatResolveJobQueryVariables>;
export const AskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Ask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]} as unknown as DocumentNode<AskMutation, AskMutationVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"turns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatCitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatCitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Configuration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigScopeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigurationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigurationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Configuration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigVersionFields"}}]}}]}}]} as unknown as DocumentNode<ConfigurationQuery, ConfigurationQueryVariables>;
export const ConfigurationHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfigurationHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configurationHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigVersionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConfigurationHistoryQuery, ConfigurationHistoryQueryVariables>;
export const SetConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigurationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigurationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Configuration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigVersionFields"}}]}}]}}]} as unknown as DocumentNode<SetConfigurationMutation, SetConfigurationMutationVariables>;
export const RollbackConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigScopeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigurationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"rolledBackTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigurationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Configuration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigVersionFields"}}]}}]}}]} as unknown as DocumentNode<RollbackConfigurationMutation, RollbackConfigurationMutationVariables>;
export const TalentListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentListQuery, TalentListQueryVariables>;
export const TalentProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentProfile"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"isDerived"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latinName"}},{"kind":"Field","name":{"kind":"Name","value":"chineseName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TalentProfileQuery, TalentProfileQueryVariables>;
export const TalentTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentTimelineQuery, TalentTimelineQueryVariables>;
export const UpdateTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTalentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latinName"}},{"kind":"Field","name":{"kind":"Name","value":"chineseName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateTalentMutation, UpdateTalentMutationVariables>;
export const ArchiveTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ArchiveTalentMutation, ArchiveTalentMutationVariables>;
export const RestoreTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RestoreTalentMutation, RestoreTalentMutationVariables>;
export const PipelineBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PipelineBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationsPerStage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationsPerStage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationsPerStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PipelineBoardQuery, PipelineBoardQueryVariables>;
export const CreateJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CreateJobMutation, CreateJobMutationVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const MoveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MoveApplicationMutation, MoveApplicationMutationVariables>;
export const RejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}}]}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const AddNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AddNoteMutation, AddNoteMutationVariables>;
export const TagTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"talentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"}}]}}]}}]} as unknown as DocumentNode<TagTalentsMutation, TagTalentsMutationVariables>;
export const AddToTalentPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToTalentPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToTalentPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"poolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"poolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"talentIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"notFound"}}]}}]}}]} as unknown as DocumentNode<AddToTalentPoolMutation, AddToTalentPoolMutationVariables>;
export const TalentNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentNetworkQuery, TalentNetworkQueryVariables>;
export const ReferrersIntoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferrersInto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrersInto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"company"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrentEmployee"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReferrersIntoQuery, ReferrersIntoQueryVariables>;
export const ImportTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportTalentRow"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportTalentsMutation, ImportTalentsMutationVariables>;
export const TalentDuplicatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentDuplicates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentDuplicates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TalentDuplicatesQuery, TalentDuplicatesQueryVariables>;
export const MergeTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergedIds"}},{"kind":"Field","name":{"kind":"Name","value":"movedApplications"}},{"kind":"Field","name":{"kind":"Name","value":"movedNotes"}},{"kind":"Field","name":{"kind":"Name","value":"movedResumes"}},{"kind":"Field","name":{"kind":"Name","value":"movedRelationships"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"latinName"}},{"kind":"Field","name":{"kind":"Name","value":"chineseName"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"yearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"companies"}},{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MergeTalentsMutation, MergeTalentsMutationVariables>;
export const EraseTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"store"}},{"kind":"Field","name":{"kind":"Name","value":"removed"}}]}}]}}]}}]} as unknown as DocumentNode<EraseTalentMutation, EraseTalentMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"talentId"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const SystemHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"starting"}},{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"degraded"}},{"kind":"Field","name":{"kind":"Name","value":"unhealthy"}},{"kind":"Field","name":{"kind":"Name","value":"draining"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectionLagSeconds"}}]}}]}}]} as unknown as DocumentNode<SystemHealthQuery, SystemHealthQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refresh"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<RefreshMutation, RefreshMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"invite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Session"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const JobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Jobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobsQuery, JobsQueryVariables>;
export const JobSuggestedTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobSuggestedTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobSuggestedTalentsQuery, JobSuggestedTalentsQueryVariables>;
export const JobRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"remotePolicy"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRequirements"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRequirements"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"maxYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"workLocation"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<JobRequirementsQuery, JobRequirementsQueryVariables>;
export const UpdateJobRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJobRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JobRequirements"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobRequirements"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"preferredSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"maxYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mustHaveSkills"}},{"kind":"Field","name":{"kind":"Name","value":"minYearsOfExperience"}},{"kind":"Field","name":{"kind":"Name","value":"workLocation"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]} as unknown as DocumentNode<UpdateJobRequirementsMutation, UpdateJobRequirementsMutationVariables>;
export const MatchingAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attribute"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attribute"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"top"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"adverseImpact"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"selectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"impactRatio"}},{"kind":"Field","name":{"kind":"Name","value":"adverseImpact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unrecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingAuditQuery, MatchingAuditQueryVariables>;
export const RecordAuditAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuditAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attributes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditAttributeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuditAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attributes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attributes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<RecordAuditAttributesMutation, RecordAuditAttributesMutationVariables>;
export const JobMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TalentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"knockOuts"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KnockOutMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"knockOuts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"knockOuts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"knockedOut"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchKnockoutFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFactorFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchKnockoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchKnockout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<JobMatchesQuery, JobMatchesQueryVariables>;
export const TalentMatchingJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentMatchingJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingJobFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matchingJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"knockedOut"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchKnockoutFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFactorFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchKnockoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchKnockout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<TalentMatchingJobsQuery, TalentMatchingJobsQueryVariables>;
export const MatchScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"knockedOut"}},{"kind":"Field","name":{"kind":"Name","value":"knockouts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchKnockoutFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchFactorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchKnockoutFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchKnockout"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchFactorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFactor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]} as unknown as DocumentNode<MatchScoreQuery, MatchScoreQueryVariables>;
export const UploadResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedBy"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"currentTitle"}},{"kind":"Field","name":{"kind":"Name","value":"currentCompany"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"parsed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"major"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadResumeMutation, UploadResumeMutationVariables>;
export const ResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<ResumeQuery, ResumeQueryVariables>;
export const TalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentsQuery, TalentsQueryVariables>;
export const TalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentQuery, TalentQueryVariables>;
export const TalentsWithProjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentsWithProjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentsWithProjectionsQuery, TalentsWithProjectionsQueryVariables>;
export const OutboxStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}}]}}]}}]} as unknown as DocumentNode<OutboxStatusQuery, OutboxStatusQueryVariables>;
export const CreateTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTalentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateTalentMutation, CreateTalentMutationVariables>;