import { Pool } from 'undici';

/** One call to a subgraph: the body is already serialised. */
export interface SubgraphRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | Buffer | undefined;
  /** Whether sending it twice is harmless (a query, never a mutation): only such a call is retried. Unset: no. */
  idempotent?: boolean;
  /** When the caller stops waiting (epoch ms): no call or retry starts after it, and the subgraph is told the time left. */
  deadline?: number;
  /** Aborts the call. */
  signal?: AbortSignal;
  /**
   * The call's timeout: the most the answer's headers, then each chunk of its body, may take (undici's
   * headersTimeout and bodyTimeout: cheaper per call than an AbortSignal timer, which costs a third of the throughput).
   */
  timeoutMs?: number;
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
      signal: request.signal,
      ...(request.timeoutMs === undefined ? {} : { headersTimeout: request.timeoutMs, bodyTimeout: request.timeoutMs }),
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
