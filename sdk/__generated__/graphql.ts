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

export type CreateTalentInput = {
  /** Up to 300 characters. */
  headline?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Up to 100 skills, each 1 to 80 characters; duplicates are dropped. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a talent; the graph, vector and search projections follow within moments. */
  createTalent: Talent;
};


export type MutationCreateTalentArgs = {
  input: CreateTalentInput;
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
  /** The projection backlog (events not yet applied to graph, vector and search). */
  outboxStatus: OutboxStatus;
  /** A talent of the viewer's organisation, or null when there is none with this id. */
  talent: Maybe<Talent>;
  /** Talents of the viewer's organisation, newest first. `first` is 1 to 100. */
  talents: TalentConnection;
};


export type QueryTalentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTalentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person in the talent pool of the viewer's organisation. */
export type Talent = {
  __typename?: 'Talent';
  createdAt: Scalars['DateTime']['output'];
  /** One line about the person, e.g. their current title. */
  headline: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Full name as the person writes it (Chinese or Latin script). */
  name: Scalars['String']['output'];
  /**
   * The version of this talent held by each projection store (graph, vector, search), compared
   * with the source of truth. Read through batched loaders: one round trip per store for a page.
   */
  projections: TalentProjections;
  /** Skills, as entered. */
  skills: Array<Scalars['String']['output']>;
  /** Increments on every change; projections and optimistic concurrency compare it. */
  version: Scalars['Int']['output'];
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

export type TalentProjections = {
  __typename?: 'TalentProjections';
  graph: ProjectionState;
  /** True when every store holds the current version. */
  isCurrent: Scalars['Boolean']['output'];
  search: ProjectionState;
  vector: ProjectionState;
};

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

export const TalentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentSummaryFragment, unknown>;
export const TalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentsQuery, TalentsQueryVariables>;
export const TalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Talent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TalentQuery, TalentQueryVariables>;
export const TalentsWithProjectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TalentsWithProjections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"talents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adapter"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TalentsWithProjectionsQuery, TalentsWithProjectionsQueryVariables>;
export const OutboxStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestPendingSeconds"}}]}}]}}]} as unknown as DocumentNode<OutboxStatusQuery, OutboxStatusQueryVariables>;
export const CreateTalentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTalent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTalentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TalentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TalentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Talent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateTalentMutation, CreateTalentMutationVariables>;