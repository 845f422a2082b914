import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TalentModel, RegistryEventModel, ConfigurationModel, ConfigVersionModel, ConfigVersionConnectionModel } from '../mappers.ts';
import type { OpsContext } from '../context.ts';
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
  /** A JSON object. */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  _FieldSet: { input: any; output: any; }
  federation__FieldSet: { input: any; output: any; }
  link__Import: { input: any; output: any; }
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

/**
 * How a deployment stands. DOWN: requests fail (the relational store does not answer, or a registered service
 * has no routable instance). DEGRADED: it serves, with a part down or behind (a projection store does not answer,
 * a service has UNHEALTHY or DEGRADED instances, the projections lag over 60 s, or outbox events are dead). OK otherwise.
 */
export type HealthStatus =
  | 'DEGRADED'
  | 'DOWN'
  | 'OK';

export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an instance DRAINING: it sees it with its next heartbeat and answers /ready as draining. NOT_FOUND for an unknown id. */
  drainInstance: ServiceInstance;
  /** Writes the scope's next version with the values of `toVersion` (NOT_FOUND for a version the scope never had). */
  rollbackConfiguration: Configuration;
  /** Writes the scope's next version (audited, pushed to every service). */
  setConfiguration: Configuration;
};


export type MutationDrainInstanceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRollbackConfigurationArgs = {
  scope: ConfigScopeInput;
  toVersion: Scalars['Int']['input'];
};


export type MutationSetConfigurationArgs = {
  input: SetConfigurationInput;
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
  /** A scope's current version, its document and the effective values. */
  configuration: Configuration;
  /** A scope's versions, newest first. */
  configurationHistory: ConfigVersionConnection;
  /** The projection backlog (events not yet applied to graph, vector and search). */
  outboxStatus: OutboxStatus;
  /** The registry's events, newest first. */
  registryEvents: RegistryEventConnection;
  /** Every registered service and its live instances (deregistered ones are gone). */
  services: Array<Service>;
  /** The deployment's health, checked now (admin). */
  systemHealth: SystemHealth;
};


export type QueryConfigurationArgs = {
  scope: ConfigScopeInput;
};


export type QueryConfigurationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope: ConfigScopeInput;
};


export type QueryRegistryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whose requests share one rate-limit counter. */
export type RateLimitBy =
  /** The peer address of the request. */
  | 'ADDRESS'
  /** Everyone in the viewer's organisation. */
  | 'ORG'
  /** The signed-in user (the peer address for anonymous callers). */
  | 'VIEWER';

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

export type Talent = {
  __typename?: 'Talent';
  id: Scalars['ID']['output'];
  /**
   * The version of this talent held by each projection store (graph, vector, search), compared
   * with the source of truth. Read through batched loaders: one round trip per store for a page.
   */
  projections: TalentProjections;
  version: Scalars['Int']['output'];
};

export type TalentProjections = {
  __typename?: 'TalentProjections';
  graph: ProjectionState;
  /** True when every store holds the current version. */
  isCurrent: Scalars['Boolean']['output'];
  search: ProjectionState;
  vector: ProjectionState;
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
  Talent: Talent;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Talent:
    ( { __typename: 'Talent' }
    & GraphQLRecursivePick<FederationTypes['Talent'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Talent'], {"version":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ConfigScope: ResolverTypeWrapper<ConfigScope>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConfigScopeInput: ConfigScopeInput;
  ConfigScopeKind: ConfigScopeKind;
  ConfigVersion: ResolverTypeWrapper<ConfigVersionModel>;
  ConfigVersionConnection: ResolverTypeWrapper<ConfigVersionConnectionModel>;
  ConfigVersionEdge: ResolverTypeWrapper<Omit<ConfigVersionEdge, 'node'> & { node: ResolversTypes['ConfigVersion'] }>;
  Configuration: ResolverTypeWrapper<ConfigurationModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  HealthStatus: HealthStatus;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OutboxStatus: ResolverTypeWrapper<OutboxStatus>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProjectionState: ResolverTypeWrapper<ProjectionState>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateLimitBy: RateLimitBy;
  RegistryEvent: ResolverTypeWrapper<RegistryEventModel>;
  RegistryEventConnection: ResolverTypeWrapper<Omit<RegistryEventConnection, 'edges'> & { edges: Array<ResolversTypes['RegistryEventEdge']> }>;
  RegistryEventEdge: ResolverTypeWrapper<Omit<RegistryEventEdge, 'node'> & { node: ResolversTypes['RegistryEvent'] }>;
  RegistryEventKind: RegistryEventKind;
  Service: ResolverTypeWrapper<Service>;
  ServiceHealth: ResolverTypeWrapper<ServiceHealth>;
  ServiceInstance: ResolverTypeWrapper<ServiceInstance>;
  ServiceInstanceState: ServiceInstanceState;
  SetConfigurationInput: SetConfigurationInput;
  StoreHealth: ResolverTypeWrapper<StoreHealth>;
  SystemHealth: ResolverTypeWrapper<SystemHealth>;
  Talent: ResolverTypeWrapper<TalentModel>;
  TalentProjections: ResolverTypeWrapper<TalentProjections>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ConfigScope: ConfigScope;
  ID: Scalars['ID']['output'];
  ConfigScopeInput: ConfigScopeInput;
  ConfigVersion: ConfigVersionModel;
  ConfigVersionConnection: ConfigVersionConnectionModel;
  ConfigVersionEdge: Omit<ConfigVersionEdge, 'node'> & { node: ResolversParentTypes['ConfigVersion'] };
  Configuration: ConfigurationModel;
  DateTime: Scalars['DateTime']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Mutation: Record<PropertyKey, never>;
  OutboxStatus: OutboxStatus;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  ProjectionState: ProjectionState;
  Query: Record<PropertyKey, never>;
  RegistryEvent: RegistryEventModel;
  RegistryEventConnection: Omit<RegistryEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegistryEventEdge']> };
  RegistryEventEdge: Omit<RegistryEventEdge, 'node'> & { node: ResolversParentTypes['RegistryEvent'] };
  Service: Service;
  ServiceHealth: ServiceHealth;
  ServiceInstance: ServiceInstance;
  SetConfigurationInput: SetConfigurationInput;
  StoreHealth: StoreHealth;
  SystemHealth: SystemHealth;
  Talent: TalentModel;
  TalentProjections: TalentProjections;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ComposeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type InterfaceObjectDirectiveArgs = { };

export type InterfaceObjectDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type OverrideDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['String']['input']>>;
};

export type PolicyDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  by?: Maybe<RateLimitBy>;
  limit: Scalars['Int']['input'];
  window: Scalars['String']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type TagDirectiveResolver<Result, Parent, ContextType = OpsContext, Args = TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ConfigScopeResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ConfigScope'] = ResolversParentTypes['ConfigScope']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConfigScopeKind'], ParentType, ContextType>;
  orgId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ConfigVersionResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ConfigVersion'] = ResolversParentTypes['ConfigVersion']> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rolledBackTo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  values?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfigVersionConnectionResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ConfigVersionConnection'] = ResolversParentTypes['ConfigVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConfigVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConfigVersionEdgeResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ConfigVersionEdge'] = ResolversParentTypes['ConfigVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConfigVersion'], ParentType, ContextType>;
}>;

export type ConfigurationResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['Configuration'] = ResolversParentTypes['Configuration']> = ResolversObject<{
  current?: Resolver<Maybe<ResolversTypes['ConfigVersion']>, ParentType, ContextType>;
  effective?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ConfigScope'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type MutationResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  drainInstance?: Resolver<ResolversTypes['ServiceInstance'], ParentType, ContextType, RequireFields<MutationDrainInstanceArgs, 'id'>>;
  rollbackConfiguration?: Resolver<ResolversTypes['Configuration'], ParentType, ContextType, RequireFields<MutationRollbackConfigurationArgs, 'scope' | 'toVersion'>>;
  setConfiguration?: Resolver<ResolversTypes['Configuration'], ParentType, ContextType, RequireFields<MutationSetConfigurationArgs, 'input'>>;
}>;

export type OutboxStatusResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['OutboxStatus'] = ResolversParentTypes['OutboxStatus']> = ResolversObject<{
  dead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestPendingSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectionStateResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ProjectionState'] = ResolversParentTypes['ProjectionState']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  configuration?: Resolver<ResolversTypes['Configuration'], ParentType, ContextType, RequireFields<QueryConfigurationArgs, 'scope'>>;
  configurationHistory?: Resolver<ResolversTypes['ConfigVersionConnection'], ParentType, ContextType, RequireFields<QueryConfigurationHistoryArgs, 'first' | 'scope'>>;
  outboxStatus?: Resolver<ResolversTypes['OutboxStatus'], ParentType, ContextType>;
  registryEvents?: Resolver<ResolversTypes['RegistryEventConnection'], ParentType, ContextType, RequireFields<QueryRegistryEventsArgs, 'first'>>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  systemHealth?: Resolver<ResolversTypes['SystemHealth'], ParentType, ContextType>;
}>;

export type RegistryEventResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['RegistryEvent'] = ResolversParentTypes['RegistryEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromState?: Resolver<Maybe<ResolversTypes['ServiceInstanceState']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instanceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RegistryEventKind'], ParentType, ContextType>;
  toState?: Resolver<Maybe<ResolversTypes['ServiceInstanceState']>, ParentType, ContextType>;
}>;

export type RegistryEventConnectionResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['RegistryEventConnection'] = ResolversParentTypes['RegistryEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistryEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type RegistryEventEdgeResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['RegistryEventEdge'] = ResolversParentTypes['RegistryEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RegistryEvent'], ParentType, ContextType>;
}>;

export type ServiceResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = ResolversObject<{
  instances?: Resolver<Array<ResolversTypes['ServiceInstance']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceHealthResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ServiceHealth'] = ResolversParentTypes['ServiceHealth']> = ResolversObject<{
  degraded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  draining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  starting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  unhealthy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceInstanceResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['ServiceInstance'] = ResolversParentTypes['ServiceInstance']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastHeartbeatAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  schemaHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ServiceInstanceState'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreHealthResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['StoreHealth'] = ResolversParentTypes['StoreHealth']> = ResolversObject<{
  adapter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  port?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SystemHealthResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['SystemHealth'] = ResolversParentTypes['SystemHealth']> = ResolversObject<{
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  outbox?: Resolver<Maybe<ResolversTypes['OutboxStatus']>, ParentType, ContextType>;
  projectionLagSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceHealth']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HealthStatus'], ParentType, ContextType>;
  stores?: Resolver<Array<ResolversTypes['StoreHealth']>, ParentType, ContextType>;
}>;

export type TalentResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['Talent'] = ResolversParentTypes['Talent'], FederationReferenceType extends FederationReferenceTypes['Talent'] = FederationReferenceTypes['Talent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Talent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projections?: Resolver<ResolversTypes['TalentProjections'], ParentType, ContextType>;
}>;

export type TalentProjectionsResolvers<ContextType = OpsContext, ParentType extends ResolversParentTypes['TalentProjections'] = ResolversParentTypes['TalentProjections']> = ResolversObject<{
  graph?: Resolver<ResolversTypes['ProjectionState'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  search?: Resolver<ResolversTypes['ProjectionState'], ParentType, ContextType>;
  vector?: Resolver<ResolversTypes['ProjectionState'], ParentType, ContextType>;
}>;

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = OpsContext> = ResolversObject<{
  ConfigScope?: ConfigScopeResolvers<ContextType>;
  ConfigVersion?: ConfigVersionResolvers<ContextType>;
  ConfigVersionConnection?: ConfigVersionConnectionResolvers<ContextType>;
  ConfigVersionEdge?: ConfigVersionEdgeResolvers<ContextType>;
  Configuration?: ConfigurationResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSONObject?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OutboxStatus?: OutboxStatusResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProjectionState?: ProjectionStateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegistryEvent?: RegistryEventResolvers<ContextType>;
  RegistryEventConnection?: RegistryEventConnectionResolvers<ContextType>;
  RegistryEventEdge?: RegistryEventEdgeResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceHealth?: ServiceHealthResolvers<ContextType>;
  ServiceInstance?: ServiceInstanceResolvers<ContextType>;
  StoreHealth?: StoreHealthResolvers<ContextType>;
  SystemHealth?: SystemHealthResolvers<ContextType>;
  Talent?: TalentResolvers<ContextType>;
  TalentProjections?: TalentProjectionsResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = OpsContext> = ResolversObject<{
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
