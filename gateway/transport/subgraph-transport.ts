import { Pool } from 'undici';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

/** One call to a subgraph: the body is already serialised. */
export interface SubgraphRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
}

/** A subgraph's answer, its body read once. */
export interface SubgraphResponse {
  url: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * The seam between the query planner's data sources and the network: discovery, balancing or
 * circuit breakers wrap a transport later without touching the data sources.
 */
export interface SubgraphTransport {
  send(subgraph: string, request: SubgraphRequest): Promise<SubgraphResponse>;
  close(): Promise<void>;
}

export interface PooledTransportOptions {
  /** Sockets one subgraph origin may hold open at most (SUBGRAPH_CONNECTIONS). */
  connections: number;
}

interface Route {
  pool: Pool;
  path: string;
}

/**
 * One undici keep-alive pool per subgraph origin, created on the first call to that origin (only
 * the URLs the gateway was configured with ever reach here). Timeouts stay undici's defaults,
 * the ones Node's fetch had.
 */
export class PooledSubgraphTransport implements SubgraphTransport {
  private readonly connections: number;
  private readonly pools = new Map<string, Pool>();
  private readonly routes = new Map<string, Route>();
  private isClosed = false;

  constructor(options: PooledTransportOptions) {
    this.connections = options.connections;
  }

  async send(_subgraph: string, request: SubgraphRequest): Promise<SubgraphResponse> {
    const route = this.routeTo(request.url);
    const response = await route.pool.request({
      path: route.path,
      method: request.method as 'POST',
      headers: request.headers,
      body: request.body,
    });
    const body = await response.body.text();
    return { url: request.url, status: response.statusCode, headers: response.headers, body };
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
    this.routes.clear();
  }

  private routeTo(url: string): Route {
    const known = this.routes.get(url);
    if (known) return known;
    if (this.isClosed) throw new Error('the subgraph transport is closed');
    const parsed = new URL(url);
    let pool = this.pools.get(parsed.origin);
    if (!pool) {
      pool = new Pool(parsed.origin, { connections: this.connections, pipelining: 1 });
      this.pools.set(parsed.origin, pool);
    }
    const route = { pool, path: `${parsed.pathname}${parsed.search}` };
    this.routes.set(url, route);
    return route;
  }
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
