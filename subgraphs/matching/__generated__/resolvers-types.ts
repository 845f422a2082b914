import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { JobModel, TalentModel, MatchModel, MatchEdgeModel, MatchConnectionModel, MatchFactorModel, MatchKnockoutModel, TalentDataExportModel, EraseTalentResultModel } from '../mappers.ts';
import type { MatchingContext } from '../context.ts';
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

export type EraseTalentResult = {
  __typename?: 'EraseTalentResult';
  /** The names of the audit attributes the erasure removed (matching's table); their values are never reported. */
  auditAttributes: Array<Scalars['String']['output']>;
  talentId: Scalars['ID']['output'];
};

export type Job = {
  __typename?: 'Job';
  id: Scalars['ID']['output'];
  /**
   * The organisation's talents ranked for this job, best first, each with an explained score.
   * Candidates: the talents nearest to the job's embedding and the ones with any required skill,
   * then `filter`. `first` is 1 to 100; pages reach the first 300 candidates.
   */
  matches: MatchConnection;
};


export type JobMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TalentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  knockOuts?: InputMaybe<KnockOutMode>;
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets (or, with a null value, removes) a talent's audit attributes (admins); the talent's attributes after. */
  recordAuditAttributes: Array<AuditAttribute>;
};


export type MutationRecordAuditAttributesArgs = {
  attributes: Array<AuditAttributeInput>;
  talentId: Scalars['ID']['input'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One talent scored against one job of the organisation, with the full explanation; NOT_FOUND for an unknown id (or another organisation's). */
  matchScore: Match;
  /** Selection rates of the job's ranking by an audit attribute (admins). `top` is 1 to 1000. */
  matchingAudit: MatchingAudit;
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

/** Whose requests share one rate-limit counter. */
export type RateLimitBy =
  /** The peer address of the request. */
  | 'ADDRESS'
  /** Everyone in the viewer's organisation. */
  | 'ORG'
  /** The signed-in user (the peer address for anonymous callers). */
  | 'VIEWER';

/** Where the work is done. */
export type RemotePolicy =
  | 'HYBRID'
  | 'ONSITE'
  | 'REMOTE';

export type Talent = {
  __typename?: 'Talent';
  id: Scalars['ID']['output'];
  /** The organisation's OPEN jobs scored for this talent, best first. `first` is 1 to 100. */
  matchingJobs: Array<Match>;
};


export type TalentMatchingJobsArgs = {
  filter?: InputMaybe<MatchingJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TalentDataExport = {
  __typename?: 'TalentDataExport';
  /** What the organisation recorded about the person for fairness audits, by name (matching's audit attributes). */
  auditAttributes: Array<AuditAttribute>;
  talentId: Scalars['ID']['output'];
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

/** How a talent came to the pool. */
export type TalentSource =
  | 'AGENCY'
  | 'CAREER_SITE'
  | 'IMPORT'
  | 'JOB_BOARD'
  | 'OTHER'
  | 'REFERRAL'
  | 'RESUME'
  | 'SOURCED';

/** Whether a talent is worked with. Archived talents stay searchable by filter but leave the default lists. */
export type TalentStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

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
  EraseTalentResult: EraseTalentResult;
  Job: Job;
  Talent: Talent;
  TalentDataExport: TalentDataExport;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  EraseTalentResult:
    ( { __typename: 'EraseTalentResult' }
    & GraphQLRecursivePick<FederationTypes['EraseTalentResult'], {"talentId":true}> );
  Job:
    ( { __typename: 'Job' }
    & GraphQLRecursivePick<FederationTypes['Job'], {"id":true}> );
  Talent:
    ( { __typename: 'Talent' }
    & GraphQLRecursivePick<FederationTypes['Talent'], {"id":true}> );
  TalentDataExport:
    ( { __typename: 'TalentDataExport' }
    & GraphQLRecursivePick<FederationTypes['TalentDataExport'], {"talentId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditAttribute: ResolverTypeWrapper<AuditAttribute>;
  AuditAttributeInput: AuditAttributeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EraseTalentResult: ResolverTypeWrapper<EraseTalentResultModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Job: ResolverTypeWrapper<JobModel>;
  KnockOutMode: KnockOutMode;
  KnockoutKind: KnockoutKind;
  Match: ResolverTypeWrapper<MatchModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MatchConnection: ResolverTypeWrapper<MatchConnectionModel>;
  MatchEdge: ResolverTypeWrapper<MatchEdgeModel>;
  MatchFactor: ResolverTypeWrapper<MatchFactorModel>;
  MatchFactorKind: MatchFactorKind;
  MatchKnockout: ResolverTypeWrapper<MatchKnockoutModel>;
  MatchingAudit: ResolverTypeWrapper<Omit<MatchingAudit, 'job'> & { job: ResolversTypes['Job'] }>;
  MatchingAuditGroup: ResolverTypeWrapper<MatchingAuditGroup>;
  MatchingAuditUnrecorded: ResolverTypeWrapper<MatchingAuditUnrecorded>;
  MatchingJobFilter: MatchingJobFilter;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBy: RateLimitBy;
  RemotePolicy: RemotePolicy;
  Talent: ResolverTypeWrapper<TalentModel>;
  TalentDataExport: ResolverTypeWrapper<TalentDataExportModel>;
  TalentFilter: TalentFilter;
  TalentSource: TalentSource;
  TalentStatus: TalentStatus;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditAttribute: AuditAttribute;
  AuditAttributeInput: AuditAttributeInput;
  DateTime: Scalars['DateTime']['output'];
  EraseTalentResult: EraseTalentResultModel;
  ID: Scalars['ID']['output'];
  Job: JobModel;
  Match: MatchModel;
  Float: Scalars['Float']['output'];
  MatchConnection: MatchConnectionModel;
  MatchEdge: MatchEdgeModel;
  MatchFactor: MatchFactorModel;
  MatchKnockout: MatchKnockoutModel;
  MatchingAudit: Omit<MatchingAudit, 'job'> & { job: ResolversParentTypes['Job'] };
  MatchingAuditGroup: MatchingAuditGroup;
  MatchingAuditUnrecorded: MatchingAuditUnrecorded;
  MatchingJobFilter: MatchingJobFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Talent: TalentModel;
  TalentDataExport: TalentDataExportModel;
  TalentFilter: TalentFilter;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = MatchingContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditAttributeResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['AuditAttribute'] = ResolversParentTypes['AuditAttribute']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EraseTalentResultResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['EraseTalentResult'] = ResolversParentTypes['EraseTalentResult'], FederationReferenceType extends FederationReferenceTypes['EraseTalentResult'] = FederationReferenceTypes['EraseTalentResult']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EraseTalentResult']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditAttributes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  talentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'], FederationReferenceType extends FederationReferenceTypes['Job'] = FederationReferenceTypes['Job']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Job']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['MatchConnection'], ParentType, ContextType, RequireFields<JobMatchesArgs, 'first' | 'knockOuts'>>;
}>;

export type MatchResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = ResolversObject<{
  factors?: Resolver<Array<ResolversTypes['MatchFactor']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  knockedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  knockouts?: Resolver<Array<ResolversTypes['MatchKnockout']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  talent?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
}>;

export type MatchConnectionResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchConnection'] = ResolversParentTypes['MatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchEdgeResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchEdge'] = ResolversParentTypes['MatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['MatchFactor']>, ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  knockedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  knockouts?: Resolver<Array<ResolversTypes['MatchKnockout']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Talent'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchFactorResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchFactor'] = ResolversParentTypes['MatchFactor']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MatchFactorKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MatchKnockoutResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchKnockout'] = ResolversParentTypes['MatchKnockout']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['KnockoutKind'], ParentType, ContextType>;
}>;

export type MatchingAuditResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchingAudit'] = ResolversParentTypes['MatchingAudit']> = ResolversObject<{
  adverseImpact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  attribute?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['MatchingAuditGroup']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  top?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unrecorded?: Resolver<ResolversTypes['MatchingAuditUnrecorded'], ParentType, ContextType>;
}>;

export type MatchingAuditGroupResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchingAuditGroup'] = ResolversParentTypes['MatchingAuditGroup']> = ResolversObject<{
  adverseImpact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impactRatio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selectionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MatchingAuditUnrecordedResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['MatchingAuditUnrecorded'] = ResolversParentTypes['MatchingAuditUnrecorded']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  selected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordAuditAttributes?: Resolver<Array<ResolversTypes['AuditAttribute']>, ParentType, ContextType, RequireFields<MutationRecordAuditAttributesArgs, 'attributes' | 'talentId'>>;
}>;

export type PageInfoResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  matchScore?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<QueryMatchScoreArgs, 'jobId' | 'talentId'>>;
  matchingAudit?: Resolver<ResolversTypes['MatchingAudit'], ParentType, ContextType, RequireFields<QueryMatchingAuditArgs, 'attribute' | 'jobId' | 'top'>>;
}>;

export type TalentResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent'], FederationReferenceType extends FederationReferenceTypes['Talent'] = FederationReferenceTypes['Talent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchingJobs?: Resolver<Array<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<TalentMatchingJobsArgs, 'first'>>;
}>;

export type TalentDataExportResolvers<ContextType = MatchingContext, ParentType extends ResolversParentTypes['TalentDataExport'] = ResolversParentTypes['TalentDataExport'], FederationReferenceType extends FederationReferenceTypes['TalentDataExport'] = FederationReferenceTypes['TalentDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TalentDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditAttributes?: Resolver<Array<ResolversTypes['AuditAttribute']>, ParentType, ContextType>;
  talentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = MatchingContext> = ResolversObject<{
  AuditAttribute?: AuditAttributeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  EraseTalentResult?: EraseTalentResultResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchConnection?: MatchConnectionResolvers<ContextType>;
  MatchEdge?: MatchEdgeResolvers<ContextType>;
  MatchFactor?: MatchFactorResolvers<ContextType>;
  MatchKnockout?: MatchKnockoutResolvers<ContextType>;
  MatchingAudit?: MatchingAuditResolvers<ContextType>;
  MatchingAuditGroup?: MatchingAuditGroupResolvers<ContextType>;
  MatchingAuditUnrecorded?: MatchingAuditUnrecordedResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  TalentDataExport?: TalentDataExportResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = MatchingContext> = ResolversObject<{
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
