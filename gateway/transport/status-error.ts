import { GraphQLError } from 'graphql';

/**
 * The error RemoteGraphQLDataSource raises for a subgraph's non-2xx answer (its `errorFromResponse`),
 * with the transport's empty status text: one definition for every data source of the gateway, so a
 * client gets the same error over HTTP and in process. `body` is the answer as parsed by its content type.
 */
export function subgraphStatusError(url: string, status: number, body: unknown): GraphQLError {
  const extensions: Record<string, unknown> = { response: { url, status, statusText: '', body } };
  if (status === 401) extensions.code = 'UNAUTHENTICATED';
  else if (status === 403) extensions.code = 'FORBIDDEN';
  return new GraphQLError(`${status}: `, { extensions });
}
