import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { fileURLToPath } from 'node:url';
import { createLoaders, type Loaders } from '../data/loaders.ts';
import type { DataLayer } from '../data/data-layer.ts';
import type { Stores } from '../data/ports.ts';
import { narrowStores, type OpenStores } from '../data/stores.ts';
import type { StorePort } from './round-trips.ts';
import type { Authenticator, Credentials } from './auth.ts';
import type { Config } from './config.ts';
import { createErrorFormatter } from './errors.ts';
import type { Logger } from './logger.ts';
import { protectSubgraphSchema } from './permissions.ts';
import { readSubgraphTypeDefs } from '../schema/subgraphs.ts';
import { serviceTokenGuard } from './service-tokens.ts';
import { apolloReportingPlugins } from './telemetry.ts';
import { graphqlBodyLimit, startService, type ExtraRoute, type RunningService } from './service.ts';
import type { Viewer } from './viewer.ts';

/** What every subgraph's context starts from; `data` holds the stores the subgraph declared (`P`). */
export interface BaseContext<P extends StorePort = StorePort> {
  viewer: Viewer | null;
  loaders: Loaders;
  data: DataLayer<P>;
  logger: Logger;
  /** The peer address (identity throttles failed logins per address). */
  address: string | undefined;
}

/** The process-wide parts a service runs on; the embedded stack shares one among all services. */
export interface Runtime<P extends StorePort = StorePort> {
  config: Config;
  logger: Logger;
  data: DataLayer<P>;
  authenticator: Authenticator;
}

export interface SubgraphDefinition<TContext extends BaseContext<P>, P extends StorePort = StorePort> {
  name: string;
  port: (config: Config) => number;
  /**
   * The stores it uses, and the only ones it gets: its own process opens just these, its `/ready`
   * checks just these, and its context, `onStart` and `routes` see no other (the relational store,
   * which holds the key ring every service verifies with, is among them).
   */
  stores: readonly P[];
  schemaFile: URL;
  /** Typed per subgraph from its generated `Resolvers<Context>`. */
  resolvers: object;
  /** The runtime gives a subgraph process-wide parts beyond the base (identity issues tokens with its authenticator). */
  context: (base: BaseContext<P>, runtime: Runtime<P>) => TContext;
  /** Runs once before the subgraph serves, wherever it is started (e.g. the talent subgraph seeds the demo organisation). */
  onStart?: (runtime: Runtime<P>) => Promise<void>;
  /** Extra HTTP routes beside /graphql (identity serves /.well-known/jwks.json). */
  routes?: (runtime: Runtime<P>) => ExtraRoute[];
}

/** Any subgraph's definition, for code that starts several (the stack, a standalone process). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySubgraphDefinition = SubgraphDefinition<any, any>;

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/**
 * Serves a subgraph: its schema file, its resolvers, and the context every request gets. The
 * subgraph sees only the stores it declared, even in a runtime that opened more (the stack's).
 */
export async function startSubgraph<TContext extends BaseContext<P>, P extends StorePort>(
  definition: SubgraphDefinition<TContext, P>,
  shared: Runtime<StorePort> | Runtime<P>,
  { port }: { port?: number } = {},
): Promise<RunningService> {
  const data: DataLayer<P> = {
    ...shared.data,
    stores: narrowStores(shared.data.stores as OpenStores, definition.stores, `the ${definition.name} subgraph`),
  };
  const runtime: Runtime<P> = { ...shared, data };
  const { config, authenticator } = runtime;
  const logger = runtime.logger.child({ service: definition.name });
  await definition.onStart?.(runtime);
  // schema.graphql with Looma's shared directive definitions (@rateLimit) appended, as composition reads it.
  const typeDefs = readSubgraphTypeDefs(fileURLToPath(definition.schemaFile));
  const server = new ApolloServer<TContext>({
    // Shield rules from the schema's own directives: the subgraph is safe even when called directly.
    schema: protectSubgraphSchema(
      buildSubgraphSchema([{ typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }]),
      typeDefs,
    ),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    // No Apollo Studio here: inline traces would only grow every response, and nothing reports to Apollo unless opted in.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...apolloReportingPlugins<TContext>(config),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  return startService<TContext>({
    name: definition.name,
    host: config.host,
    port: port ?? definition.port(config),
    logger,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    maxBodyBytes: graphqlBodyLimit(config),
    graphql: {
      server,
      // In production only the gateway and other Looma services get past this (their service token); /health stays open.
      guard: config.serviceAuth === 'required' ? serviceTokenGuard(authenticator.keys, config.auth.issuer) : undefined,
      context: async (req: http.IncomingMessage) => {
        // The gateway forwards the caller's credentials; the subgraph verifies them itself.
        const credentials = credentialsOf(req, config.trustedProxies);
        const viewer = await authenticator.authenticate(credentials);
        // Every subgraph declares the relational store (its key ring is there); the others load only where declared.
        const loaders = createLoaders(
          data.stores as Partial<Stores> as Pick<Stores, 'relational'> & Partial<Stores>,
          viewer ?? { userId: '', orgId: NO_ORG, roles: [], scopes: [], via: 'token' },
        );
        return definition.context({ viewer, loaders, data, logger, address: credentials.address }, runtime);
      },
    },
    readiness: data.stores.readiness(),
    routes: definition.routes?.(runtime),
  });
}

export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The credentials a request presents (the address is the peer's; proxies in front are not trusted).
 * An `x-api-key` header counts as `Bearer <key>`, so the gateway forwards it like any credential.
 */
export function credentialsOf(req: http.IncomingMessage, trustedProxies: readonly string[] = []): Credentials {
  const apiKey = headerValue(req.headers['x-api-key']);
  const authorization = headerValue(req.headers.authorization) ?? (apiKey ? `Bearer ${apiKey}` : undefined);
  return { authorization, address: clientAddress(req, trustedProxies) };
}

/**
 * The client's address: the peer's, or — when the peer is a trusted proxy (the gateway, a load
 * balancer) — the first address of its X-Forwarded-For. An untrusted peer cannot choose its address.
 */
export function clientAddress(req: http.IncomingMessage, trustedProxies: readonly string[]): string | undefined {
  const peer = req.socket.remoteAddress;
  const forwarded = headerValue(req.headers['x-forwarded-for'])?.split(',')[0]?.trim();
  return forwarded && peer && trustedProxies.includes(peer) ? forwarded : peer;
}
