import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  TypeNameMetaFieldDef,
  executeSync,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { applyRewrites, isObjectOfType } from '@apollo/gateway/dist/dataRewrites.js';
import { deepMerge } from '@apollo/gateway/dist/utilities/deepMerge.js';
import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import {
  evaluateCondition,
  type FetchNode,
  type PlanNode,
  type QueryPlan,
  type QueryPlanSelectionNode,
  type ResponsePath,
} from '@apollo/query-planner';
import type { GatewayExecutionResult, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { OperationContext } from '@apollo/gateway/dist/operationContext.js';
import { shapeResponse, type CompiledShape } from './result-shaping.ts';
import { mergeWarnings, type ResponseWarning } from '../../platform/warnings.ts';

/**
 * Runs a query plan as @apollo/gateway's `executeQueryPlan` does (same fetches, merging and error
 * paths: its own `deepMerge` and `applyRewrites`, @apollo/gateway 2.14.4 pinned exactly; its result
 * shaping, compiled once per document, in result-shaping.ts), without what it does on every
 * request whether or not anyone reads it: an OpenTelemetry span per phase and per fetch, a
 * usage-reporting `Trace.QueryPlanNode` per plan node, and the normalisation of the operation
 * (`operationFromDocument`), which the caller hands in computed once per document. A request that
 * captures traces (Apollo usage reporting) goes through `executeQueryPlan` itself (looma-gateway.ts).
 */

/** What a plan execution reads: all of it per document or per supergraph except the request. */
export interface PlanExecution {
  plan: QueryPlan;
  /** The normalised operation (unvalidated: Apollo Server validated the document), compiled for result shaping. */
  shape: CompiledShape;
  operationContext: OperationContext;
  dataSources: Readonly<Record<string, GraphQLDataSource>>;
  supergraphSchema: GraphQLSchema;
  requestContext: GatewayGraphQLRequestContext;
}

type ResultObject = Record<string, unknown>;

interface Cursor {
  path: ResponsePath;
  data: unknown;
  fullResult: ResultObject;
}

interface RunState extends PlanExecution {
  errors: GraphQLError[];
  /** The subgraphs' `extensions.warnings` (platform/warnings.ts), passed on to the client, one per code. */
  warnings: ResponseWarning[];
}

export async function executePlan(execution: PlanExecution): Promise<GatewayExecutionResult> {
  const { plan, shape, operationContext, requestContext } = execution;
  if (plan.node?.kind === 'Subscription') throw new Error('Execution of subscriptions not supported by gateway');
  const state: RunState = { ...execution, errors: [], warnings: [] };
  const unfilteredData: ResultObject = Object.create(null);
  if (plan.node) await executeNode(state, plan.node, { path: [], data: unfilteredData, fullResult: unfilteredData });
  const variables = requestContext.request.variables;
  try {
    const { data, errors: shapingErrors } = shapeResponse(shape, variables, unfilteredData, (field) =>
      executeIntrospection(
        operationContext.schema,
        field.expandFragments().toSelectionNode(),
        operationContext.operation.variableDefinitions,
        variables,
      ),
    );
    const warnings = state.warnings.length > 0 ? { warnings: state.warnings } : undefined;
    if (state.errors.length === 0 && shapingErrors.length > 0) return { extensions: { valueCompletion: shapingErrors, ...warnings }, data };
    const result: GatewayExecutionResult = state.errors.length === 0 ? { data } : { errors: state.errors, data };
    return warnings ? { ...result, extensions: warnings } : result;
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [error] };
    if (error instanceof Error) return { errors: [new GraphQLError(error.message, { originalError: error })] };
    requestContext.logger.error(`Unexpected error during query plan execution: ${String(error)}`);
    return { errors: [new GraphQLError('Unexpected error during query plan execution')] };
  }
}

async function executeNode(state: RunState, node: PlanNode, cursor: Cursor | undefined): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(state, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(state, child, cursor)));
      return;
    case 'Flatten':
      return executeNode(state, node.node, moveIntoCursor(cursor, node.path));
    case 'Fetch':
      try {
        await executeFetch(state, node, cursor);
      } catch (error) {
        state.errors.push(error as GraphQLError);
      }
      return;
    case 'Condition': {
      const variables = state.requestContext.request.variables;
      const branch = evaluateCondition(node, state.shape.operation.variableDefinitions, variables) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(state, branch, cursor);
      return;
    }
    case 'Defer':
      throw new Error('@defer support is not available in the gateway');
  }
}

async function executeFetch(state: RunState, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const dataSource = state.dataSources[fetch.serviceName];
  if (!dataSource) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = (Array.isArray(cursor.data) ? cursor.data.filter((value) => value != null) : [cursor.data]) as ResultObject[];
  if (entities.length < 1) return;

  const variables: ResultObject = Object.create(null);
  const provided = state.requestContext.request.variables;
  if (fetch.variableUsages && provided) {
    for (const name of fetch.variableUsages) {
      if (Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];
    }
  }

  if (!fetch.requires) {
    const received = await send(state, dataSource, fetch, cursor, variables);
    if (received) applyRewrites(state.supergraphSchema, fetch.outputRewrites, received);
    for (const entity of entities) deepMerge(entity, received);
    return;
  }

  const representations: ResultObject[] = [];
  const representationToEntity: number[] = [];
  entities.forEach((entity, index) => {
    const representation = selectRepresentation(state.supergraphSchema, entity, fetch.requires!);
    if (representation && representation[TypeNameMetaFieldDef.name]) {
      applyRewrites(state.supergraphSchema, fetch.inputRewrites, representation);
      representations.push(representation);
      representationToEntity.push(index);
    }
  });
  if (representations.length < 1) return;
  if ('representations' in variables) throw new Error(`Variables cannot contain key "representations"`);
  const received = await send(state, dataSource, fetch, cursor, { ...variables, representations });
  if (!received) return;
  const receivedEntities = received._entities;
  if (!Array.isArray(receivedEntities)) throw new Error(`Expected "data._entities" in response to be an array`);
  if (receivedEntities.length !== representations.length)
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  // As @apollo/gateway: over the entities' count (the representations' when some had none).
  for (let i = 0; i < entities.length; i++) {
    const receivedEntity = receivedEntities[i] as ResultObject | undefined;
    const existing = entities[representationToEntity[i]!];
    if (receivedEntity && !receivedEntity.__typename) receivedEntity.__typename = existing!.__typename;
    applyRewrites(state.supergraphSchema, fetch.outputRewrites, receivedEntity as ResultObject);
    deepMerge(existing, receivedEntity);
  }
}

async function send(
  state: RunState,
  dataSource: GraphQLDataSource,
  fetch: FetchNode,
  cursor: Cursor,
  variables: ResultObject,
): Promise<ResultObject | null | undefined> {
  const { requestContext } = state;
  const response = await dataSource.process({
    kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
    request: { query: fetch.operation, variables, operationName: fetch.operationName },
    incomingRequestContext: requestContext,
    context: requestContext.context,
    document: fetch.operationDocumentNode!,
    pathInIncomingRequest: cursor.path,
  });
  if (response.extensions?.warnings) mergeWarnings(state.warnings, response.extensions.warnings);
  if (response.errors) {
    const pathOf = lazyErrorPaths(fetch, cursor);
    state.errors.push(...response.errors.map((error) => downstreamServiceError(error, fetch.serviceName, pathOf)));
    if (!response.extensions?.ftv1) {
      const paths = response.errors.map((error) => ({ subgraph: fetch.serviceName, path: error.path }));
      const metrics = requestContext.metrics;
      if (metrics.nonFtv1ErrorPaths) metrics.nonFtv1ErrorPaths.push(...paths);
      else metrics.nonFtv1ErrorPaths = paths;
    }
  }
  return response.data;
}

type ErrorPath = readonly (string | number)[] | undefined;

function lazyErrorPaths(fetch: FetchNode, cursor: Cursor): (path: ErrorPath) => (string | number)[] | undefined {
  let hydrated: ResponsePath[] | undefined;
  return (path) => {
    if (fetch.requires && typeof path?.[1] === 'number') {
      if (!hydrated) {
        hydrated = [];
        hydratePaths([], cursor.path, cursor.fullResult, hydrated);
      }
      return [...(hydrated[path[1]] ?? []), ...path.slice(2)];
    }
    return path ? [...cursor.path, ...path] : undefined;
  };
}

/**
 * The concrete response paths a fetch's path pattern (`@` for every list element) stands for in
 * the result so far, in entity order: @apollo/gateway's `generateHydratedPaths`, which lives in
 * its executeQueryPlan module, whose import alone (OpenTelemetry's SDK with it) costs the gateway
 * about 25 MiB resident. Only an entity fetch's error paths read it.
 */
function hydratePaths(parent: (string | number)[], path: ResponsePath, data: unknown, result: ResponsePath[]): void {
  if (data === null || data === undefined) return;
  const [head, ...rest] = path;
  if (head === undefined) {
    result.push(parent.slice());
  } else if (head === '@') {
    if (!Array.isArray(data)) throw new Error('expected array when encountering `@`');
    data.forEach((value: unknown, i) => {
      parent.push(i);
      hydratePaths(parent, rest, value, result);
      parent.pop();
    });
  } else if (typeof head === 'string') {
    if (Array.isArray(data)) {
      data.forEach((value: unknown, i) => {
        parent.push(i);
        hydratePaths(parent, path, value, result);
        parent.pop();
      });
    } else if (Object.hasOwn(data as object, head)) {
      parent.push(head);
      hydratePaths(parent, rest, (data as ResultObject)[head], result);
      parent.pop();
    }
  } else {
    throw new Error(`unknown path part "${String(head)}"`);
  }
}

function downstreamServiceError(
  original: { message: string; path?: ErrorPath; extensions?: Record<string, unknown> },
  serviceName: string,
  pathOf: (path: ErrorPath) => (string | number)[] | undefined,
): GraphQLError {
  const message = original.message || `Error while fetching subquery from service "${serviceName}"`;
  const options = {
    originalError: original as Error,
    path: pathOf(original.path),
    extensions: { ...original.extensions, serviceName },
  };
  const codeDef = errorCodeDef(original as GraphQLError);
  if (!codeDef && original.extensions?.code) return new GraphQLError(message, options);
  return (codeDef ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

/** The `requires` selection of an entity: its representation for `_entities`, null when a key field is missing. */
function selectRepresentation(schema: GraphQLSchema, source: unknown, selections: readonly QueryPlanSelectionNode[]): ResultObject | null {
  if (source === null) return null;
  const from = source as ResultObject;
  const result: ResultObject = Object.create(null);
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const responseName = selection.alias ?? selection.name;
      const sub = selection.selections;
      const value = Object.hasOwn(from, responseName) ? from[responseName] : undefined;
      if (value === undefined) return null;
      if (Array.isArray(value)) result[responseName] = value.map((each) => (sub ? selectRepresentation(schema, each, sub) : each));
      else result[responseName] = sub ? selectRepresentation(schema, value, sub) : value;
    } else if (selection.typeCondition && source && isObjectOfType(schema, from, selection.typeCondition)) {
      deepMerge(result, selectRepresentation(schema, source, selection.selections));
    }
  }
  return result;
}

function moveIntoCursor(cursor: Cursor, path: ResponsePath): Cursor | undefined {
  const data = flattenResultsAtPath(cursor.data, path);
  return data ? { path: cursor.path.concat(path), data, fullResult: cursor.fullResult } : undefined;
}

function flattenResultsAtPath(value: unknown, path: ResponsePath): unknown {
  if (path.length === 0 || value === undefined || value === null) return value;
  const [current, ...rest] = path;
  if (current === '@') return (value as unknown[]).flatMap((element) => flattenResultsAtPath(element, rest));
  if (typeof current !== 'string') throw new Error(`Unexpected ${typeof current} found in path`);
  if (Array.isArray(value)) throw new Error(`Unexpected array in result for path element ${current}`);
  const object = value as ResultObject;
  return flattenResultsAtPath(Object.hasOwn(object, current) ? object[current] : undefined, rest);
}

/** Introspection fields are answered by the gateway's own API schema, as @apollo/gateway does. */
function executeIntrospection(
  schema: GraphQLSchema,
  selection: FieldNode,
  variableDefinitions: readonly VariableDefinitionNode[] | undefined,
  variableValues: Record<string, unknown> | undefined,
): unknown {
  const used = new Set<string>();
  visit(selection, { Variable: ({ name }) => void used.add(name.value) });
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: variableDefinitions?.filter((definition) => used.has(definition.variable.name.value)),
        selectionSet: { kind: Kind.SELECTION_SET, selections: [selection] },
      },
    ],
  };
  const { data, errors } = executeSync({ schema, document, rootValue: {}, variableValues });
  if (errors?.length || !data) throw new Error(`Introspection query failed: ${JSON.stringify(errors)}`);
  const key = selection.alias?.value ?? selection.name.value;
  return Object.hasOwn(data, key) ? data[key] : undefined;
}
