import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from './logger.ts';
import { httpDuration, httpRequests, registry } from './metrics.ts';
import { LoomaError } from './errors.ts';
import type { RegistrationLease, ServiceRegistry } from './registration.ts';

/**
 * A readiness probe: resolves when the dependency answers, throws (with a reason) when it does not.
 * `degradesOnly`: the service still serves what does not need it, so its failure is reported
 * (`status: degraded`, HTTP 200) without taking the instance out of rotation.
 */
export type ReadinessCheck = (() => Promise<void>) & { degradesOnly?: boolean };

export interface ExtraRoute {
  method: 'GET' | 'POST';
  path: string;
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;
}

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  host: string;
  /** The host in `url` and in the registered URL (LOOMA_ADVERTISE_HOST); unset, `host` (127.0.0.1 for 0.0.0.0). */
  advertiseHost?: string;
  port: number;
  logger: Logger;
  graphql: {
    server: ApolloServer<TContext>;
    /** Builds the per-request context; a LoomaError thrown here becomes a GraphQL error response with its status. */
    context: (req: http.IncomingMessage) => Promise<TContext>;
    path?: string;
    /**
     * Runs first on every GraphQL request, before the body is read or Apollo runs; a LoomaError it
     * throws is the whole answer (subgraphs check the caller's service token here).
     */
    guard?: (req: http.IncomingMessage) => Promise<void>;
  };
  readiness: Record<string, ReadinessCheck>;
  routes?: ExtraRoute[];
  /** Runs after the HTTP server stopped taking requests and the in-flight ones ended: close stores here. */
  onClose?: () => Promise<void>;
  shutdownTimeoutMs?: number;
  maxBodyBytes?: number;
  /** Registers the instance once it listens (platform/registration.ts); `sdl` is what its schema hash is of. */
  registration?: { registry: ServiceRegistry; sdl: string };
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The largest GraphQL request body: 2 MiB, or a base64 resume upload of the configured size and some room. */
export const graphqlBodyLimit = (config: { resumes: { maxBytes: number } }) =>
  Math.max(2 * 1024 * 1024, Math.ceil((config.resumes.maxBytes * 4) / 3) + 256 * 1024);

const STATUS_FOR_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, RATE_LIMITED: 429, BAD_USER_INPUT: 400 };

/**
 * The bootstrap every subgraph and the gateway share: one HTTP server with `/graphql`, `/health`
 * (alive), `/ready` (every store answers, or which does not), `/metrics` (Prometheus) and a
 * graceful close.
 */
export async function startService<TContext extends BaseContext>(opts: ServiceOptions<TContext>): Promise<RunningService> {
  const { name, logger } = opts;
  const graphqlPath = opts.graphql.path ?? '/graphql';
  const maxBodyBytes = opts.maxBodyBytes ?? 2 * 1024 * 1024;
  await opts.graphql.server.start();

  // Closing: every answer says `connection: close`, and a keep-alive socket is closed once its answer
  // is out, so a stop never waits on sockets a client (the gateway's pool) keeps open.
  let isClosing = false;
  const inFlight = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    inFlight.add(res);
    if (isClosing) res.setHeader('connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      // After Node marked the socket idle (its own 'finish' handling runs first).
      if (isClosing) setImmediate(() => server.closeIdleConnections());
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routeName(url.pathname, graphqlPath, opts.routes);
    const endTimer = httpDuration.startTimer({ service: name, route });
    res.on('finish', () => {
      endTimer();
      httpRequests.inc({ service: name, route, status: String(res.statusCode) });
    });
    handle(req, res, url).catch((error: unknown) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/health' && req.method === 'GET') return sendJson(res, 200, { status: 'ok', service: name });
    if (url.pathname === '/ready' && req.method === 'GET') return ready(res);
    if (url.pathname === '/metrics' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': registry.contentType });
      return void res.end(await registry.metrics());
    }
    const extra = opts.routes?.find((r) => r.path === url.pathname && r.method === req.method);
    if (extra) return void (await extra.handle(req, res));
    if (url.pathname === graphqlPath) return graphql(req, res, url);
    sendJson(res, 404, { error: 'not found' });
  }

  async function ready(res: http.ServerResponse): Promise<void> {
    // A drained instance leaves rotation: load balancers and the control plane see it at once.
    if (lease?.draining) return sendJson(res, 503, { status: 'draining', service: name, down: [], stores: {} });
    const entries = await Promise.all(
      Object.entries(opts.readiness).map(async ([store, check]) => {
        try {
          await withTimeout(check(), 3_000, `${store} did not answer within 3 s`);
          return [store, 'ok'] as const;
        } catch (error) {
          // /ready is open to probes: a driver's own message (hosts, ports, users) goes to the log only.
          logger.warn({ err: error, store }, 'readiness check failed');
          return [store, `down: ${error instanceof LoomaError ? error.message : 'not answering'}`] as const;
        }
      }),
    );
    const stores = Object.fromEntries(entries);
    const down = entries.filter(([, state]) => state !== 'ok').map(([store]) => store);
    const unavailable = down.some((store) => !opts.readiness[store]!.degradesOnly);
    const status = unavailable ? 'unavailable' : down.length ? 'degraded' : 'ready';
    sendJson(res, unavailable ? 503 : 200, { status, service: name, down, stores });
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    if (opts.graphql.guard) {
      try {
        await opts.graphql.guard(req);
      } catch (error) {
        if (!(error instanceof LoomaError)) throw error;
        // The body is never read: closing the connection spares reading (and discarding) it.
        res.setHeader('connection', 'close');
        return sendError(res, error);
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if (raw === null)
        return sendJson(res, 413, {
          errors: [{ message: `Request body is larger than ${maxBodyBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }],
        });
      const contentType = headers.get('content-type') ?? '';
      if (contentType.includes('application/json')) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      } else {
        body = raw;
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    let contextValue: TContext;
    try {
      contextValue = await opts.graphql.context(req);
    } catch (error) {
      if (error instanceof LoomaError) return sendError(res, error);
      throw error;
    }
    const response = await opts.graphql.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => contextValue,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = statusForJsonClients(req, response.status ?? 200, response.headers.get('content-type'), response.body);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // What other processes reach it at, and what it registers: the advertised host (a container's or pod's).
  const advertised = opts.advertiseHost ?? (opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host);
  const url = `http://${advertised.includes(':') ? `[${advertised}]` : advertised}:${port}${graphqlPath}`;
  logger.info({ url }, `${name} listening`);
  // Before any request is handled: the listen callback's continuation runs ahead of the first connection.
  const lease: RegistrationLease | undefined = opts.registration?.registry.register({ service: name, url, sdl: opts.registration.sdl });

  let closing: Promise<void> | undefined;
  return {
    name,
    url,
    port,
    close() {
      closing ??= (async () => {
        logger.info(`${name} shutting down`);
        await lease?.drain();
        isClosing = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timeout = opts.shutdownTimeoutMs ?? 10_000;
        const timer = setTimeout(() => server.closeAllConnections(), timeout);
        await closed;
        clearTimeout(timer);
        await opts.graphql.server.stop();
        await lease?.deregister();
        await opts.onClose?.();
        logger.info(`${name} stopped`);
      })();
      return closing;
    },
  };
}

/** Closes every service on SIGINT/SIGTERM (or the signals given), then exits; a second signal exits at once. */
export function closeOnSignals(
  close: () => Promise<void>,
  logger: Logger,
  signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'],
): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.info({ signal }, 'received signal, closing');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: while closing the listener stays, so a second signal is the one that exits at
  // once (with `once` the default action would end the process mid-close without a word).
  for (const signal of signals) process.on(signal, onSignal);
}

function routeName(pathname: string, graphqlPath: string, routes?: ExtraRoute[]): string {
  if (pathname === graphqlPath || ['/health', '/ready', '/metrics'].includes(pathname)) return pathname;
  return routes?.some((r) => r.path === pathname) ? pathname : 'other';
}

/** A LoomaError as the whole response: its HTTP status and one GraphQL error with its code. */
function sendError(res: http.ServerResponse, error: LoomaError): void {
  const { status, body } = errorResponse(error);
  sendJson(res, status, body);
}

/** What a LoomaError thrown before Apollo runs (guard, context) answers, for callers in this process too. */
export function errorResponse(error: LoomaError): {
  status: number;
  body: { errors: { message: string; extensions: { code: string } }[] };
} {
  return { status: STATUS_FOR_CODE[error.code] ?? 400, body: { errors: [{ message: error.message, extensions: { code: error.code } }] } };
}

/**
 * GraphQL over HTTP: a client that asks for `application/json` by name gets 200 for a well-formed
 * request whose document does not parse, validate or take its variables (the spec's SHOULD; such a
 * client reads `errors`, and proxies must not treat the answer as a failed call). Apollo answers 400,
 * which stays for `application/graphql-response+json` (the spec's MUST), for clients that accept
 * anything, and for malformed requests (`BAD_REQUEST`: bad JSON, no query, CSRF refusals).
 */
function statusForJsonClients(
  req: http.IncomingMessage,
  status: number,
  contentType: string | undefined,
  body: HTTPGraphQLResponse['body'],
): number {
  if (status !== 400 || body.kind !== 'complete' || !contentType?.startsWith('application/json')) return status;
  const acceptsJsonByName = (req.headers.accept ?? '').split(',').some((range) => {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === 'application/json' && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
  if (!acceptsJsonByName) return status;
  try {
    const { errors } = JSON.parse(body.string) as { errors?: { extensions?: { code?: unknown } }[] };
    const isRequestError = Array.isArray(errors) && errors.length > 0 && errors.every((error) => error.extensions?.code !== 'BAD_REQUEST');
    return isRequestError ? 200 : status;
  } catch {
    return status;
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
