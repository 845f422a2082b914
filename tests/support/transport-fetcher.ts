import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import type { CallerContext } from '../../gateway/transport/in-process.ts';
import type { SubgraphResponse, SubgraphTransport } from '../../gateway/transport/subgraph-transport.ts';
import { SERVICE_TOKEN_HEADER } from '../../platform/service-tokens.ts';

// The gateway's former way over the transport (RemoteGraphQLDataSource with this fetcher), kept as the
// reference TransportDataSource is held to: the data-source tests compare the two on the same answers and
// the subgraph-data-source benchmark measures one against the other.

/** The gateway's former data source: RemoteGraphQLDataSource over the transport, with the headers it added. */
export function remoteDataSourceOverTransport(options: {
  subgraph: string;
  url: string;
  transport: SubgraphTransport;
  serviceToken: () => Promise<string>;
}): RemoteGraphQLDataSource<CallerContext> {
  const { serviceToken } = options;
  class AuthForwardingDataSource extends RemoteGraphQLDataSource<CallerContext> {
    override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<CallerContext>): Promise<void> {
      request.http?.headers.set(SERVICE_TOKEN_HEADER, await serviceToken());
      const authorization = 'authorization' in context ? context.authorization : undefined;
      if (authorization) request.http?.headers.set('authorization', authorization);
      const address = 'address' in context ? context.address : undefined;
      if (address) request.http?.headers.set('x-forwarded-for', address);
    }
  }
  return new AuthForwardingDataSource({ url: options.url, fetcher: transportFetcher(options.transport, options.subgraph) });
}

/** What RemoteGraphQLDataSource calls: a Fetch-API-like function over the transport, for one subgraph. */
export function transportFetcher(transport: SubgraphTransport, subgraph: string): Fetcher {
  return async (url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const response = await transport.send(subgraph, {
      url,
      method: init?.method ?? 'POST',
      headers: init?.headers ?? {},
      body: init?.body,
    });
    return new TransportResponse(response);
  };
}

class TransportHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const name in raw) {
      const value = raw[name];
      if (value !== undefined) this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.map.get(key);
    this.map.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  entries(): Iterator<[string, string]> {
    return this.map.entries();
  }
  keys(): Iterator<string> {
    return this.map.keys();
  }
  values(): Iterator<string> {
    return this.map.values();
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return this.map.entries();
  }
}

/** The body is already in memory, so reading it twice (clone) costs nothing. */
class TransportResponse implements FetcherResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: FetcherHeaders;
  readonly redirected = false;
  bodyUsed = false;
  private readonly source: SubgraphResponse;

  constructor(source: SubgraphResponse) {
    this.source = source;
    this.url = source.url;
    this.status = source.status;
    this.headers = new TransportHeaders(source.headers);
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return '';
  }
  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.source.body;
  }
  async json(): Promise<unknown> {
    this.bodyUsed = true;
    return JSON.parse(this.source.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.source.body, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    return new TransportResponse(this.source);
  }
}
