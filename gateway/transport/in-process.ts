import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { LocalSubgraph, LocalSubgraphResponse } from '../../platform/local-subgraph.ts';

/** What the gateway's context tells a subgraph about the caller (gateway.ts `GatewayContext`). */
export interface CallerContext {
  /** The caller's credential, forwarded as is: the subgraph verifies it itself. */
  authorization?: string | undefined;
  /** The client's address, for the subgraphs' own per-address limits. */
  address?: string | undefined;
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

  /** `url`: where the subgraph also listens; named in an error answer, as over HTTP. */
  constructor(subgraph: LocalSubgraph, url: string) {
    this.subgraph = subgraph;
    this.url = url;
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<TContext>): Promise<DataSourceResponse> {
    if (!request.query) throw new Error('Missing query');
    const caller = context as CallerContext;
    const response = await this.subgraph.execute(
      { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions },
      { authorization: caller.authorization, address: caller.address },
    );
    if (response.status < 200 || response.status >= 300) throw errorFromStatus(this.url, response);
    return response.result;
  }
}

/**
 * The error RemoteGraphQLDataSource raises for a non-2xx answer (its `errorFromResponse`, with the
 * transport's empty status text), so the client gets the same error in process as over HTTP. Only
 * this rare path copies the body through JSON, as the HTTP path parsed it.
 */
function errorFromStatus(url: string, { status, result }: LocalSubgraphResponse): GraphQLError {
  const extensions: Record<string, unknown> = {
    response: { url, status, statusText: '', body: JSON.parse(JSON.stringify(result)) as unknown },
  };
  if (status === 401) extensions.code = 'UNAUTHENTICATED';
  else if (status === 403) extensions.code = 'FORBIDDEN';
  return new GraphQLError(`${status}: `, { extensions });
}
