import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChatContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type Application = {
  __typename?: 'Application';
  id: Scalars['ID']['output'];
};

export type AskInput = {
  /** Continue this conversation (follow-ups like 'which of them also know Go?'); omitted: a new one. */
  conversationId?: InputMaybe<Scalars['ID']['input']>;
  /** `zh` or `en`: the answer's language; omitted: the question's. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The question, 1 to 500 characters, Chinese, English or both. */
  question: Scalars['String']['input'];
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

export type Job = {
  __typename?: 'Job';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Answers a question about the organisation's talents and jobs from its data, citing every record it
   * states a fact about. A mutation: it reads only, but remembers the turn in the conversation.
   */
  ask: Answer;
};


export type MutationAskArgs = {
  input: AskInput;
};

export type Query = {
  __typename?: 'Query';
  /** A conversation the viewer started (another user's, or an expired one: null). */
  conversation: Maybe<Conversation>;
};


export type QueryConversationArgs = {
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

export type Talent = {
  __typename?: 'Talent';
  id: Scalars['ID']['output'];
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Answer: ResolverTypeWrapper<Answer>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Application: ResolverTypeWrapper<Application>;
  AskInput: AskInput;
  ChatPlanStep: ResolverTypeWrapper<ChatPlanStep>;
  Citation: ResolverTypeWrapper<Citation>;
  Conversation: ResolverTypeWrapper<Conversation>;
  ConversationTurn: ResolverTypeWrapper<ConversationTurn>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Job: ResolverTypeWrapper<Job>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBy: RateLimitBy;
  Talent: ResolverTypeWrapper<Talent>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Answer: Answer;
  ID: Scalars['ID']['output'];
  Application: Application;
  AskInput: AskInput;
  ChatPlanStep: ChatPlanStep;
  Citation: Citation;
  Conversation: Conversation;
  ConversationTurn: ConversationTurn;
  DateTime: Scalars['DateTime']['output'];
  Job: Job;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  Talent: Talent;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = ChatContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnswerResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Answer'] = ResolversParentTypes['Answer']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  conversationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  intent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plan?: Resolver<Array<ResolversTypes['ChatPlanStep']>, ParentType, ContextType>;
}>;

export type ApplicationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChatPlanStepResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ChatPlanStep'] = ResolversParentTypes['ChatPlanStep']> = ResolversObject<{
  intent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variables?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  talent?: Resolver<Maybe<ResolversTypes['Talent']>, ParentType, ContextType>;
}>;

export type ConversationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Conversation'] = ResolversParentTypes['Conversation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  turns?: Resolver<Array<ResolversTypes['ConversationTurn']>, ParentType, ContextType>;
}>;

export type ConversationTurnResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ConversationTurn'] = ResolversParentTypes['ConversationTurn']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plan?: Resolver<Array<ResolversTypes['ChatPlanStep']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type JobResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  ask?: Resolver<ResolversTypes['Answer'], ParentType, ContextType, RequireFields<MutationAskArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  conversation?: Resolver<Maybe<ResolversTypes['Conversation']>, ParentType, ContextType, RequireFields<QueryConversationArgs, 'id'>>;
}>;

export type TalentResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ChatContext> = ResolversObject<{
  Answer?: AnswerResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ChatPlanStep?: ChatPlanStepResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Conversation?: ConversationResolvers<ContextType>;
  ConversationTurn?: ConversationTurnResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Job?: JobResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = ChatContext> = ResolversObject<{
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
