import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildOperationContext } from '@apollo/gateway/dist/operationContext.js';
import type { OperationContext } from '@apollo/gateway/dist/operationContext.js';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { DEFAULT_DOCUMENT_CACHE_ENTRIES, DocumentCache } from '../document-cache.ts';
import { compileShape, type CompiledShape } from './result-shaping.ts';

/**
 * What @apollo/gateway works out on every request from the document alone, here once per
 * document: the operation context (`buildOperationContext`), the query plan, and the normalised
 * operation that result shaping walks (`executeQueryPlan` rebuilds it with `operationFromDocument`
 * on each call). Held in a DocumentCache (gateway/document-cache.ts, the one the policy walk
 * uses): a WeakMap on Apollo's stored operation node, then an LRU by Apollo's query hash and the
 * operation name, so no second SHA-256 and at most `max` entries for a stream of new documents.
 */

export interface PlannedOperation {
  readonly operationContext: OperationContext;
  /** Planned on the first request whose variables coerce (a refused request plans nothing, as before). */
  plan?: QueryPlan;
  /** For result shaping; a GraphQLError when the operation does not normalise (answered as the stock gateway does). */
  shape?: CompiledShape | GraphQLError;
}

/** How an operation is planned and normalised: @apollo/gateway's planner (`federationPlanning`), or a stand-in in tests. */
export interface Planning {
  /** The plan of the named operation (the stock executor: `operationFromDocument`, validated, then `buildQueryPlan`). */
  plan(document: DocumentNode, operationName: string | undefined): QueryPlan;
  /** The normalised operation (`executeQueryPlan`'s: unvalidated, from the context's nodes), compiled for result shaping. */
  shape(operationContext: OperationContext): CompiledShape;
}

export interface PlanCacheOptions {
  /** The API schema Apollo Server validated the document against. */
  schema: GraphQLSchema;
  planning: Planning;
  /** Bound of the LRU half (DEFAULT_DOCUMENT_CACHE_ENTRIES). */
  max?: number;
}

/** The planner's options @apollo/gateway reads from the environment once. */
const PLAN_OPTIONS = {
  recursiveSelectionsLimitDisabled: process.env.APOLLO_DISABLE_SECURITY_RECURSIVE_SELECTIONS_CHECK === 'true',
  nonLocalSelectionsLimitDisabled: process.env.APOLLO_DISABLE_SECURITY_NON_LOCAL_SELECTIONS_CHECK === 'true',
};

export function federationPlanning(apiSchema: Schema, planner: QueryPlanner): Planning {
  return {
    plan: (document, operationName) => planner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }), PLAN_OPTIONS),
    shape: ({ operation, fragments }) =>
      compileShape(
        operationFromDocument(
          apiSchema,
          { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(fragments)] },
          { validate: false },
        ),
      ),
  };
}

/** One per supergraph load: a new supergraph brings a new planner and an empty cache. */
export class PlanCache {
  private readonly options: PlanCacheOptions;
  private readonly documents: DocumentCache<PlannedOperation>;

  constructor(options: PlanCacheOptions) {
    this.options = options;
    this.documents = new DocumentCache<PlannedOperation>(options.max ?? DEFAULT_DOCUMENT_CACHE_ENTRIES);
  }

  /** Entries in the bounded half. */
  get size(): number {
    return this.documents.size;
  }

  get max(): number {
    return this.documents.max;
  }

  /**
   * The operation's per-document entry. Without a resolved operation (several and no name, an
   * unknown name) `buildOperationContext` throws the stock gateway's error, and nothing is cached.
   */
  operationOf(request: Pick<GatewayGraphQLRequestContext, 'document' | 'operation' | 'queryHash' | 'request'>): PlannedOperation {
    const { document, operation, queryHash } = request;
    const build = (): PlannedOperation => ({
      operationContext: buildOperationContext({
        schema: this.options.schema,
        operationDocument: document,
        operationName: request.request.operationName,
      }),
    });
    if (!operation) return build();
    return this.documents.get({ document, operation, queryHash }, build);
  }

  planOf(entry: PlannedOperation, document: DocumentNode, operationName: string | undefined): QueryPlan {
    entry.plan ??= this.options.planning.plan(document, operationName);
    return entry.plan;
  }

  shapeOf(entry: PlannedOperation): CompiledShape | GraphQLError {
    if (!entry.shape) {
      try {
        entry.shape = this.options.planning.shape(entry.operationContext);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        entry.shape = error;
      }
    }
    return entry.shape;
  }
}
