import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { parseCacheControlHeader } from '@apollo/gateway/dist/datasources/parseCacheControlHeader.js';
import type { GatewayCacheHint, GatewayCachePolicy } from '@apollo/server-gateway-interface';
import { SERVICE_TOKEN_HEADER } from '../../platform/service-tokens.ts';
import type { CallerContext } from './in-process.ts';
import { subgraphStatusError } from './status-error.ts';
import type { SubgraphResponse, SubgraphTransport } from './subgraph-transport.ts';

type DataSourceResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface TransportDataSourceOptions {
  /** The subgraph's name, handed to the transport (the seam discovery and balancing will use). */
  subgraph: string;
  url: string;
  transport: SubgraphTransport;
  /** The gateway's own credential (ServiceTokenSigner), sent on every call: it proves the call comes from the gateway. */
  serviceToken: () => Promise<string>;
  /** Whether the subgraph's cache-control header restricts the response's cache policy (RemoteGraphQLDataSource's default: yes). */
  honorSubgraphCacheControlHeader?: boolean;
}

/**
 * A planned fetch sent straight over the SubgraphTransport: the headers one plain object, the body
 * serialised once, the answer parsed once. It sends and answers what RemoteGraphQLDataSource with APQ
 * off does (same body, the caller's credential and address, the gateway's service token; the same
 * errors for a non-2xx or a non-JSON answer; the subgraph's cache-control hint) without its per-call
 * node-fetch Request (a legacy `url.parse`), Headers and Response objects. The answer carries no `http`
 * member: nothing in the gateway reads it.
 */
export class TransportDataSource<TContext extends CallerContext> implements GraphQLDataSource<TContext> {
  private readonly subgraph: string;
  private readonly url: string;
  private readonly transport: SubgraphTransport;
  private readonly serviceToken: () => Promise<string>;
  private readonly honorSubgraphCacheControlHeader: boolean;

  constructor(options: TransportDataSourceOptions) {
    this.subgraph = options.subgraph;
    this.url = options.url;
    this.transport = options.transport;
    this.serviceToken = options.serviceToken;
    this.honorSubgraphCacheControlHeader = options.honorSubgraphCacheControlHeader ?? true;
  }

  async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<DataSourceResponse> {
    const { request } = options;
    const context = options.context as CallerContext;
    const headers: Record<string, string> = {};
    // Headers the caller of process() set (@apollo/gateway's own executor asks for traces this way).
    const given = request.http?.headers;
    if (given) for (const [name, value] of given) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    headers[SERVICE_TOKEN_HEADER] = await this.serviceToken();
    // The caller's credential, never an identity the gateway made up: the subgraph verifies it itself.
    if (context.authorization) headers.authorization = context.authorization;
    // The client's address, for the subgraphs' own per-address limits (they trust it from the gateway only).
    if (context.address) headers['x-forwarded-for'] = context.address;
    // The client's language: answers written in words (matching's explanations) follow it.
    if (context.language) headers['accept-language'] = context.language;
    if (!request.query) throw new Error('Missing query');

    const { query, variables, operationName, extensions } = request;
    const response = await this.transport.send(this.subgraph, {
      url: this.url,
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables, operationName, extensions }),
      // A query may be sent again to another instance; a mutation never.
      idempotent: isQuery(query),
      deadline: context.deadline,
    });
    if (response.status < 200 || response.status >= 300) throw subgraphStatusError(response.url, response.status, parseBody(response));
    const body = parseBody(response);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new Error(`Expected JSON response body, but received: ${body}`);

    if (this.honorSubgraphCacheControlHeader && options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION) {
      const policy = options.incomingRequestContext.overallCachePolicy as GatewayCachePolicy | undefined;
      if (policy && 'restrict' in policy) policy.restrict(cacheHintOf(headerOf(response, 'cache-control')));
    }
    return body as DataSourceResponse;
  }
}

/** Whether the planner's operation is a query (its documents start with the operation type; `{` is a query too). */
export function isQuery(document: string): boolean {
  const start = document.replace(/^(?:\s|#[^\n]*\n?)*/, '');
  return start.startsWith('{') || /^query\b/.test(start);
}

function headerOf(response: SubgraphResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** JSON when the content type says so (a malformed body throws, as RemoteGraphQLDataSource's `json()` does), else the text. */
function parseBody(response: SubgraphResponse): unknown {
  const type = headerOf(response, 'content-type');
  if (type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json'))) {
    return JSON.parse(response.body) as unknown;
  }
  return response.body;
}

/** RemoteGraphQLDataSource's reading of a subgraph's cache-control header (its own parser; no header: max-age 0). */
function cacheHintOf(header: string | undefined): GatewayCacheHint {
  const parsed = parseCacheControlHeader(header);
  const hint: GatewayCacheHint = { maxAge: 0 };
  const maxAge = parsed['max-age'];
  if (typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge)) hint.maxAge = +maxAge;
  if (parsed['private'] === true) hint.scope = 'PRIVATE';
  if (parsed['public'] === true) hint.scope = 'PUBLIC';
  return hint;
}
