import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TalentModel, JobModel } from '../mappers.ts';
import type { SearchContext } from '../context.ts';
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

export type Job = {
  __typename?: 'Job';
  id: Scalars['ID']['output'];
  skills: Array<Scalars['String']['output']>;
  /**
   * A semantic first pass: the job's title and skills embedded with the configured model, and the
   * nearest talents of the organisation. `first` is 1 to 50.
   */
  suggestedTalents: Array<TalentMatch>;
  title: Scalars['String']['output'];
};


export type JobSuggestedTalentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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
  /**
   * Searches the organisation's talents by name, headline and skills, in Chinese or English (a
   * Chinese word inside a sentence is found). `query` is 1 to 200 characters, `first` 1 to 100.
   * Pages reach the first 200 results of each ranking.
   */
  search: TalentSearchConnection;
  /** The talents nearest to a talent of the organisation (itself excluded); empty when there is no such talent. `first` is 1 to 50. */
  similarTalents: Array<TalentMatch>;
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

/** Whose requests share one rate-limit counter. */
export type RateLimitBy =
  /** The peer address of the request. */
  | 'ADDRESS'
  /** Everyone in the viewer's organisation. */
  | 'ORG'
  /** The signed-in user (the peer address for anonymous callers). */
  | 'VIEWER';

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

export type Talent = {
  __typename?: 'Talent';
  id: Scalars['ID']['output'];
  /**
   * The talents of the organisation whose profiles are nearest to this one's (vector similarity),
   * itself excluded. `first` is 1 to 50. Batched: a page of talents costs one vector round trip.
   */
  similar: Array<TalentMatch>;
};


export type TalentSimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A talent and how similar it is (cosine similarity, -1 to 1). */
export type TalentMatch = {
  __typename?: 'TalentMatch';
  score: Scalars['Float']['output'];
  talent: Maybe<Talent>;
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
  Job: Job;
  Talent: Talent;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Job:
    ( { __typename: 'Job' }
    & GraphQLRecursivePick<FederationTypes['Job'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Job'], {"title":true,"skills":true}> ) );
  Talent:
    ( { __typename: 'Talent' }
    & GraphQLRecursivePick<FederationTypes['Talent'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Job: ResolverTypeWrapper<JobModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBy: RateLimitBy;
  SearchFacetValue: ResolverTypeWrapper<SearchFacetValue>;
  SearchHighlight: ResolverTypeWrapper<SearchHighlight>;
  SearchMode: SearchMode;
  Talent: ResolverTypeWrapper<TalentModel>;
  TalentMatch: ResolverTypeWrapper<Omit<TalentMatch, 'talent'> & { talent?: Maybe<ResolversTypes['Talent']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  TalentSearchConnection: ResolverTypeWrapper<Omit<TalentSearchConnection, 'edges'> & { edges: Array<ResolversTypes['TalentSearchEdge']> }>;
  TalentSearchEdge: ResolverTypeWrapper<Omit<TalentSearchEdge, 'node'> & { node?: Maybe<ResolversTypes['Talent']> }>;
  TalentSearchFacets: ResolverTypeWrapper<TalentSearchFacets>;
  TalentSearchFilter: TalentSearchFilter;
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
  DateTime: Scalars['DateTime']['output'];
  Job: JobModel;
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SearchFacetValue: SearchFacetValue;
  SearchHighlight: SearchHighlight;
  Talent: TalentModel;
  TalentMatch: Omit<TalentMatch, 'talent'> & { talent?: Maybe<ResolversParentTypes['Talent']> };
  Float: Scalars['Float']['output'];
  TalentSearchConnection: Omit<TalentSearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['TalentSearchEdge']> };
  TalentSearchEdge: Omit<TalentSearchEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Talent']> };
  TalentSearchFacets: TalentSearchFacets;
  TalentSearchFilter: TalentSearchFilter;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = SearchContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JobResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'], FederationReferenceType extends FederationReferenceTypes['Job'] = FederationReferenceTypes['Job']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Job']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  suggestedTalents?: Resolver<Array<ResolversTypes['TalentMatch']>, ParentType, ContextType, RequireFields<JobSuggestedTalentsArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  search?: Resolver<ResolversTypes['TalentSearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'mode' | 'query'>>;
  similarTalents?: Resolver<Array<ResolversTypes['TalentMatch']>, ParentType, ContextType, RequireFields<QuerySimilarTalentsArgs, 'first' | 'talentId'>>;
}>;

export type SearchFacetValueResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['SearchFacetValue'] = ResolversParentTypes['SearchFacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHighlightResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['SearchHighlight'] = ResolversParentTypes['SearchHighlight']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TalentResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent'], FederationReferenceType extends FederationReferenceTypes['Talent'] = FederationReferenceTypes['Talent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  similar?: Resolver<Array<ResolversTypes['TalentMatch']>, ParentType, ContextType, RequireFields<TalentSimilarArgs, 'first'>>;
}>;

export type TalentMatchResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['TalentMatch'] = ResolversParentTypes['TalentMatch']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  talent?: Resolver<Maybe<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type TalentSearchConnectionResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['TalentSearchConnection'] = ResolversParentTypes['TalentSearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TalentSearchEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['TalentSearchFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TalentSearchEdgeResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['TalentSearchEdge'] = ResolversParentTypes['TalentSearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['SearchHighlight']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Talent']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type TalentSearchFacetsResolvers<ContextType = SearchContext, ParentType extends ResolversParentTypes['TalentSearchFacets'] = ResolversParentTypes['TalentSearchFacets']> = ResolversObject<{
  companies?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
  yearsOfExperience?: Resolver<Array<ResolversTypes['SearchFacetValue']>, ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = SearchContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchFacetValue?: SearchFacetValueResolvers<ContextType>;
  SearchHighlight?: SearchHighlightResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  TalentMatch?: TalentMatchResolvers<ContextType>;
  TalentSearchConnection?: TalentSearchConnectionResolvers<ContextType>;
  TalentSearchEdge?: TalentSearchEdgeResolvers<ContextType>;
  TalentSearchFacets?: TalentSearchFacetsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = SearchContext> = ResolversObject<{
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
