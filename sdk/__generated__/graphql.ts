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

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The full key, shown only here: Looma keeps a hash. */
  secret: Scalars['String']['output'];
};

export type CreateTalentInput = {
  /** Up to 300 characters. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Up to 100 skills, each 1 to 80 characters; duplicates are dropped. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
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
  createdAt: Scalars['DateTime']['output'];
  department: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  /** Skills the job asks for, as entered. */
  skills: Array<Scalars['String']['output']>;
  /** OPEN, ON_HOLD, CLOSED or DRAFT. */
  status: Scalars['String']['output'];
  /**
   * A semantic first pass: the job's title and skills embedded with the configured model, and the
   * nearest talents of the organisation. `first` is 1 to 50.
   */
  suggestedTalents: Array<TalentMatch>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};


/** A job (requisition) of the viewer's organisation. */
export type JobSuggestedTalentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of jobs, newest first. */
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates the invited user and signs them in. */
  acceptInvite: AuthPayload;
  /** A new API key with a subset of the viewer's scopes (admin); the secret is shown once. */
  createApiKey: CreateApiKeyPayload;
  /** Adds a talent; the graph, vector and search projections follow within moments. */
  createTalent: Talent;
  /** Invites someone into the viewer's organisation (admin). */
  inviteUser: InviteUserPayload;
  /** Failed attempts are limited per account and per address (RATE_LIMITED with `retryAfter` seconds). */
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. Always true. */
  logout: Scalars['Boolean']['output'];
  /** Exchanges a refresh token for a new session; the old token stops working. */
  refresh: AuthPayload;
  /** Revokes an API key of the viewer's organisation (admin). */
  revokeApiKey: ApiKey;
  /** A new organisation and its first user, an ADMIN; signs them in. */
  signUp: AuthPayload;
  /**
   * Parses a resume and, in one transaction, stores it, creates or updates its talent (skills merged
   * through the taxonomy) and queues the projections. A file the parser refuses is BAD_USER_INPUT
   * with `extensions.reason` (UNSUPPORTED_TYPE, TOO_LARGE, EMPTY, CORRUPT_FILE, NO_TEXT) and writes
   * nothing. Another organisation's `talentId` is NOT_FOUND.
   */
  uploadResume: UploadResumePayload;
};


export type MutationAcceptInviteArgs = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreateTalentArgs = {
  input: CreateTalentInput;
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


export type MutationRefreshArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUploadResumeArgs = {
  input: UploadResumeInput;
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
  /** A job of the viewer's organisation, or null when there is none with this id. */
  job: Maybe<Job>;
  /** Jobs of the viewer's organisation, newest first. `first` is 1 to 100. */
  jobs: JobConnection;
  /** The signed-in user; null for API keys and outside issuers' tokens (they are not Looma users). */
  me: Maybe<User>;
  /** The projection backlog (events not yet applied to graph, vector and search). */
  outboxStatus: OutboxStatus;
  /** A resume of the viewer's organisation, or null when there is none with this id. */
  resume: Maybe<Resume>;
  /**
   * Searches the organisation's talents by name, headline and skills, in Chinese or English (a
   * Chinese word inside a sentence is found). `query` is 1 to 200 characters, `first` 1 to 100.
   * Pages reach the first 200 results of each ranking.
   */
  search: TalentSearchConnection;
  /** The talents nearest to a talent of the organisation (itself excluded); empty when there is no such talent. `first` is 1 to 50. */
  similarTalents: Array<TalentMatch>;
  /** A talent of the viewer's organisation, or null when there is none with this id. */
  talent: Maybe<Talent>;
  /** Talents of the viewer's organisation, newest first. `first` is 1 to 100. */
  talents: TalentConnection;
  /** A member of the viewer's organisation, or null. */
  user: Maybe<User>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
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


export type QueryTalentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A skill of the taxonomy the resume mentions. */
export type ResumeSkill = {
  __typename?: 'ResumeSkill';
  confidence: Scalars['Float']['output'];
  /** The taxonomy's id, e.g. `kubernetes`. */
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

export type SignUpInput = {
  email: Scalars['String']['input'];
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** 1 to 200 characters. */
  orgName: Scalars['String']['input'];
  /** 10 to 200 characters. */
  password: Scalars['String']['input'];
};

/** A person in the talent pool of the viewer's organisation. */
export type Talent = {
  __typename?: 'Talent';
  /** Every company the person worked at, as written in their resumes. */
  companies: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The company of the current (or latest) position. */
  currentCompany: Maybe<Scalars['String']['output']>;
  /** The title of the current (or latest) position. */
  currentTitle: Maybe<Scalars['String']['output']>;
  /** E-mail addresses (lowercased), from the talent's resumes. */
  emails: Array<Scalars['String']['output']>;
  /** One line about the person, e.g. their current title. */
  headline: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Where the person lives or works, as the resume writes it. */
  location: Maybe<Scalars['String']['output']>;
  /** Full name as the person writes it (Chinese or Latin script). */
  name: Scalars['String']['output'];
  /** Phone numbers in E.164 (`+8613800138000`), from the talent's resumes. */
  phones: Array<Scalars['String']['output']>;
  /**
   * The version of this talent held by each projection store (graph, vector, search), compared
   * with the source of truth. Read through batched loaders: one round trip per store for a page.
   */
  projections: TalentProjections;
  /** The talent's resumes, newest first. Batched: a page of talents costs one round trip. */
  resumes: Array<Resume>;
  /** Every school the person studied at, as written in their resumes. */
  schools: Array<Scalars['String']['output']>;
  /**
   * The talents of the organisation whose profiles are nearest to this one's (vector similarity),
   * itself excluded. `first` is 1 to 50. Batched: a page of talents costs one vector round trip.
   */
  similar: Array<TalentMatch>;
  /** Skills, as entered. */
  skills: Array<Scalars['String']['output']>;
  /** Increments on every change; projections and optimistic concurrency compare it. */
  version: Scalars['Int']['output'];
};


/** A person in the talent pool of the viewer's organisation. */
export type TalentSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of talents, newest first. Cursors stay valid while talents are added. */
export type TalentConnection = {
  __typename?: 'TalentConnection';
  edges: Array<TalentEdge>;
  pageInfo: PageInfo;
  /** All talents of the organisation, across pages. */
  totalCount: Scalars['Int']['output'];
};

export type TalentEdge = {
  __typename?: 'TalentEdge';
  cursor: Scalars['String']['output'];
  node: Talent;
};

/** A talent and how similar it is (cosine similarity, -1 to 1). */
export type TalentMatch = {
  __typename?: 'TalentMatch';
  score: Scalars['Float']['output'];
  talent: Maybe<Talent>;
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
  /** Skills of the matching talents, most frequent first (at most 30). */
  skills: Array<SearchFacetValue>;
};

export type TalentSearchFilter = {
  /** Talents having every one of these skills (case-insensitive, exact skill names). */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
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


export type JobsQuery = { __typename?: 'Query', jobs: { __typename?: 'JobConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'JobEdge', node: { __typename?: 'Job', id: string, title: string, department: string | null, location: string | null, skills: Array<string>, status: string } }> } };

export type JobSuggestedTalentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JobSuggestedTalentsQuery = { __typename?: 'Query', job: { __typename?: 'Job', id: string, title: string, suggestedTalents: Array<{ __typename?: 'TalentMatch', score: number, talent: { __typename?: 'Talent', id: string, name: string, headline: string | null, skills: Array<string> } | null }> } | null };

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

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const SessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Session"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<SessionFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const TalentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentSummaryFragment, unknown>;
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
export const TalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentsQuery, TalentsQueryVariables>;
export const TalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentQuery, TalentQueryVariables>;
export const TalentsWithProjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentsWithProjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentsWithProjectionsQuery, TalentsWithProjectionsQueryVariables>;
export const OutboxStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}}]}}]}}]} as unknown as DocumentNode<OutboxStatusQuery, OutboxStatusQueryVariables>;
export const CreateTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTalentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateTalentMutation, CreateTalentMutationVariables>;