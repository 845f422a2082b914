import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import type { Counter, Histogram } from 'prom-client';
import * as sdkDocuments from '../sdk/__generated__/graphql.ts';
import { ErrorCode } from '../platform/errors.ts';
import { LimitCode } from './limits.ts';
import { gatewayOperationDuration, gatewayOperations } from '../platform/metrics.ts';

/** Names outside the SDK that get a series of their own, at most; later ones count as `other`. */
const DEFAULT_MAX_SEEN_NAMES = 200;
/** A name a series may carry (GraphQL's name syntax, not too long): anything else is `other`. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** Codes that may label an outcome: Looma's and the ones Apollo and the gateway's limits produce; any other is `error`. */
const OUTCOME_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  ...Object.values(LimitCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface OperationMetricsOptions {
  /** Names that always get their own series (default: the SDK's operations, the persisted documents). */
  knownOperations?: Iterable<string>;
  /** Other names that get a series, first seen first served (default 200). */
  maxSeenNames?: number;
  histogram?: Histogram<'operation' | 'type'>;
  counter?: Counter<'operation' | 'type' | 'outcome'>;
}

/** The prom-client children of one (operation, type): looked up once, then reused by every request. */
interface Series {
  duration: { observe(seconds: number): void };
  outcomes: Map<string, { inc(): void }>;
}

/** The names of the SDK's operations (sdk/operations/*.graphql): what a client of the SDK sends. */
export function sdkOperationNames(): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(sdkDocuments)) {
    if (!key.endsWith('Document')) continue;
    for (const definition of (value as DocumentNode).definitions ?? [])
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
  }
  return names;
}

/**
 * Duration and outcome of every client operation, by operation name and type. The `operation` label is
 * bounded so that a client cannot grow the series without end: the SDK's names, then up to `maxSeenNames`
 * names of operations that resolved, then `other`; `anonymous` when unnamed. A request that never resolved
 * an operation (a parse or validation error) is labelled with a name already known, else `other`, and type
 * `unknown`. Per request: one map lookup and two clock reads; the children are looked up once per series.
 */
export function operationMetricsPlugin<TContext extends BaseContext>(options: OperationMetricsOptions = {}): ApolloServerPlugin<TContext> {
  const known = new Set(options.knownOperations ?? sdkOperationNames());
  const seen = new Set<string>();
  const maxSeen = options.maxSeenNames ?? DEFAULT_MAX_SEEN_NAMES;
  const histogram = options.histogram ?? gatewayOperationDuration;
  const counter = options.counter ?? gatewayOperations;
  const series = new Map<string, Series>();

  const label = (name: string | null | undefined, isResolved: boolean): string => {
    if (!name) return 'anonymous';
    if (known.has(name) || seen.has(name)) return name;
    if (isResolved && seen.size < maxSeen && NAME.test(name)) {
      seen.add(name);
      return name;
    }
    return 'other';
  };
  const seriesOf = (operation: string, type: string): Series => {
    const key = `${type} ${operation}`;
    let found = series.get(key);
    if (!found) {
      found = { duration: histogram.labels(operation, type), outcomes: new Map() };
      series.set(key, found);
    }
    return found;
  };
  const count = (entry: Series, operation: string, type: string, outcome: string): void => {
    let child = entry.outcomes.get(outcome);
    if (!child) {
      child = counter.labels(operation, type, outcome);
      entry.outcomes.set(outcome, child);
    }
    child.inc();
  };

  return {
    async requestDidStart() {
      const startedAt = performance.now();
      return {
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<TContext>) {
          const type = requestContext.operation?.operation ?? 'unknown';
          const name = requestContext.operationName ?? requestContext.request.operationName ?? soleOperationName(requestContext.document);
          const operation = label(name, requestContext.operation !== undefined);
          const entry = seriesOf(operation, type);
          entry.duration.observe((performance.now() - startedAt) / 1000);
          count(entry, operation, type, outcomeOf(requestContext));
        },
      };
    },
  };
}

/** The name of a parsed document's only operation (a document that failed validation never got its operationName set). */
function soleOperationName(document: DocumentNode | undefined): string | undefined {
  const operations = document?.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
  return operations.length === 1 ? operations[0]!.name?.value : undefined;
}

/** `ok` without errors; else the first error's code when it is a known one, else `error`. */
function outcomeOf(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>): string {
  const { body } = requestContext.response;
  const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' && OUTCOME_CODES.has(code) ? code : 'error';
}
