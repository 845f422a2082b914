import { GraphQLError, assertValidSchema, type GraphQLSchema } from 'graphql';
import type { GraphQLDataSource } from '@apollo/gateway';
import { addExtensions } from '@apollo/gateway/dist/schema-helper/addExtensions.js';
import { Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlannerConfig } from '@apollo/query-planner';
import type {
  GatewayExecutionResult,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { getVariableValues } from 'graphql/execution/values.js';
import { executePlan } from './execute-plan.ts';
import { PlanCache, federationPlanning } from './plan-cache.ts';

/**
 * The gateway Apollo Server runs: @apollo/gateway's query planner and data sources over a fixed
 * supergraph, with the per-document work done once (gateway/executor/plan-cache.ts) and the plan
 * run without per-request telemetry objects (gateway/executor/execute-plan.ts). What a request
 * sees is the stock `ApolloGateway`'s: the same API schema, variable errors, plans, subgraph
 * calls, merged results and error paths.
 *
 * A new supergraph (`update`, from gateway/supergraph-source.ts) is built beside the loaded one and
 * swapped in at once; a request keeps the supergraph its schema came from, so an operation in flight
 * finishes on the supergraph it was validated against.
 *
 * Not carried over from `ApolloGateway`: supergraph managers and polling (gateway/supergraph-source.ts
 * watches the registry instead), per-request OpenTelemetry spans (Looma's own metrics and logs cover
 * the gateway), and the `Apollo-Query-Plan-Experimental` debugging header.
 */

export interface LoomaGatewayOptions {
  /** The supergraph SDL as @apollo/gateway loads it (policy.ts `supergraphForGateway`). */
  supergraphSdl: string;
  /** One data source a subgraph, as ApolloGateway's `buildService`. */
  buildService: (service: { name: string; url: string }) => GraphQLDataSource;
  queryPlannerConfig?: QueryPlannerConfig;
  /** Bound of the plan cache's LRU half. */
  planCacheEntries?: number;
}

interface Loaded {
  schema: GraphQLSchema;
  apiSchema: Schema;
  supergraphSchema: GraphQLSchema;
  dataSources: Record<string, GraphQLDataSource>;
  plans: PlanCache;
}

export class LoomaGateway implements GatewayInterface {
  private readonly options: LoomaGatewayOptions;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  private loaded: Loaded | undefined;
  /** Each supergraph a request may still run on, by the API schema Apollo Server handed the request. */
  private readonly bySchema = new WeakMap<GraphQLSchema, Loaded>();

  private readonly toDispose: (() => Promise<void>)[] = [];

  constructor(options: LoomaGatewayOptions) {
    this.options = options;
    // As ApolloGateway's constructor: Apollo's usage metrics only when APOLLO_TELEMETRY opted in (platform/telemetry.ts).
    // Loaded only then: @apollo/gateway's index and its OpenTelemetry exporters weigh about 34 MiB resident.
    if (process.env.APOLLO_TELEMETRY_DISABLED !== 'true' && process.env.APOLLO_TELEMETRY_DISABLED !== '1') {
      // Telemetry is best effort, as in ApolloGateway: a failure to set it up never stops the gateway.
      const meterProvider = import('@apollo/gateway/dist/utilities/opentelemetry.js')
        .then((m) => m.createDataCollectionExporter())
        .catch(() => undefined);
      this.toDispose.push(async () => (await meterProvider)?.shutdown());
    }
  }

  /** The plan cache of the loaded supergraph (tests read its bound). */
  get plans(): PlanCache {
    if (!this.loaded) throw new Error('the gateway is not loaded');
    return this.loaded.plans;
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async load(): Promise<GatewayLoadResult> {
    if (this.loaded) throw new Error('LoomaGateway.load called twice');
    this.swap(this.build(this.options.supergraphSdl, process.env.NODE_ENV !== 'production'), this.options.supergraphSdl);
    return { executor: (requestContext) => this.execute(requestContext) };
  }

  /**
   * Serves another supergraph: its planner, schema, plan cache and data sources are built beside the
   * loaded ones (always validated: a supergraph that does not build throws, and the loaded one stays),
   * then swapped in and announced to Apollo Server (onSchemaLoadOrUpdate). Requests already past
   * their start keep the supergraph they started on.
   */
  async update(supergraphSdl: string): Promise<void> {
    if (!this.loaded) throw new Error('LoomaGateway.update before load');
    this.swap(this.build(supergraphSdl, true), supergraphSdl);
  }

  private build(supergraphSdl: string, validateSupergraph: boolean): Loaded {
    const supergraph = Supergraph.build(supergraphSdl, { validateSupergraph });
    const apiSchema = supergraph.apiSchema();
    const schema = addExtensions(apiSchema.toGraphQLJSSchema());
    // As Apollo Server will on the swap: a schema it would refuse is refused here, before anything changed.
    assertValidSchema(schema);
    const dataSources: Record<string, GraphQLDataSource> = Object.create(null);
    for (const service of supergraph.subgraphsMetadata()) dataSources[service.name] = this.options.buildService(service);
    const planner = new QueryPlanner(supergraph, this.options.queryPlannerConfig);
    return {
      schema,
      apiSchema,
      supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
      dataSources,
      plans: new PlanCache({ schema, planning: federationPlanning(apiSchema, planner), max: this.options.planCacheEntries }),
    };
  }

  private swap(loaded: Loaded, supergraphSdl: string): void {
    this.bySchema.set(loaded.schema, loaded);
    this.loaded = loaded;
    for (const listener of this.listeners) listener({ apiSchema: loaded.schema, coreSupergraphSdl: supergraphSdl });
  }

  async stop(): Promise<void> {
    this.listeners.clear();
    await Promise.all(this.toDispose.splice(0).map((dispose) => dispose()));
  }

  /** The stock executor's steps in its order, each per-document one taken from the cache. */
  async execute(requestContext: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    // The supergraph the request was parsed and validated against, even when another has been swapped in since.
    const loaded = this.bySchema.get(requestContext.schema) ?? this.loaded;
    if (!loaded) throw new Error('the gateway is not loaded');
    const { request, document } = requestContext;
    const entry = loaded.plans.operationOf(requestContext);
    const { operationContext } = entry;
    const variableDefinitions = operationContext.operation.variableDefinitions;
    if (variableDefinitions?.length) {
      const { errors } = getVariableValues(operationContext.schema, variableDefinitions, request.variables ?? {});
      if (errors) return { errors };
    }
    const plan = loaded.plans.planOf(entry, document, request.operationName);
    const { supergraphSchema, dataSources, apiSchema } = loaded;
    // Apollo usage reporting wants the plan's trace: the stock execution builds it.
    if (requestContext.metrics.captureTraces) {
      const { executeQueryPlan } = await import('@apollo/gateway/dist/executeQueryPlan.js');
      return executeQueryPlan(plan, dataSources, requestContext, operationContext, supergraphSchema, apiSchema);
    }
    const shape = loaded.plans.shapeOf(entry);
    if (shape instanceof GraphQLError) return { errors: [shape] };
    return executePlan({ plan, shape, operationContext, dataSources, supergraphSchema, requestContext });
  }
}
