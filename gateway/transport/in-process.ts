import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { LocalSubgraph } from '../../platform/local-subgraph.ts';
import { CallMetrics, IN_PROCESS_INSTANCE, callOutcome } from './call-metrics.ts';
import { subgraphStatusError } from './status-error.ts';

/** What the gateway's context tells a subgraph about the caller (gateway.ts `GatewayContext`). */
export interface CallerContext {
  /** The caller's credential, forwarded as is: the subgraph verifies it itself. */
  authorization?: string | undefined;
  /** The client's address, for the subgraphs' own per-address limits. */
  address?: string | undefined;
  /** The client's Accept-Language. */
  language?: string | undefined;
  /** When the client's request stops waiting (epoch ms): subgraph calls and retries end by then. */
  deadline?: number | undefined;
}

type DataSourceResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * A planned fetch to a subgraph of this process: run against its schema directly, through the
 * credentials, context, shield rules and formatError its HTTP endpoint applies, with no HTTP and
 * no JSON. The response object is Apollo's, handed to the query plan as is.
 */
export class InProcessDataSource<TContext extends CallerContext> implements GraphQLDataSource<TContext> {
  private readonly subgraph: LocalSubgraph;
  private readonly url: string;
  private readonly metrics: CallMetrics;

  /** `url`: where the subgraph also listens; named in an error answer, as over HTTP. */
  constructor(subgraph: LocalSubgraph, url: string) {
    this.subgraph = subgraph;
    this.url = url;
    this.metrics = new CallMetrics(subgraph.name, IN_PROCESS_INSTANCE);
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<TContext>): Promise<DataSourceResponse> {
    if (!request.query) throw new Error('Missing query');
    const caller = context as CallerContext;
    const startedAt = performance.now();
    let response;
    try {
      response = await this.subgraph.execute(
        { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions },
        { authorization: caller.authorization, address: caller.address, language: caller.language },
      );
    } catch (error) {
      this.metrics.record('error', performance.now() - startedAt);
      throw error;
    }
    this.metrics.record(callOutcome(response.status), performance.now() - startedAt);
    // Only this rare path copies the body through JSON, as the HTTP path parsed it.
    if (response.status < 200 || response.status >= 300)
      throw subgraphStatusError(this.url, response.status, JSON.parse(JSON.stringify(response.result)) as unknown);
    return response.result;
  }
}
