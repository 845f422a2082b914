import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { fileURLToPath } from 'node:url';
import { createLoaders, type Loaders } from '../data/loaders.ts';
import type { DataLayer } from '../data/data-layer.ts';
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

/** What every subgraph's context starts from. */
export interface BaseContext {
  viewer: Viewer | null;
  loaders: Loaders;
  data: DataLayer;
  logger: Logger;
  /** The peer address (identity throttles failed logins per address). */
  address: string | undefined;
}

/** The process-wide parts a service runs on; the embedded stack shares one among all services. */
export interface Runtime {
  config: Config;
  logger: Logger;
  data: DataLayer;
  authenticator: Authenticator;
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  port: (config: Config) => number;
  schemaFile: URL;
  /** Typed per subgraph from its generated `Resolvers<Context>`. */
  resolvers: object;
  /** The runtime gives a subgraph process-wide parts beyond the base (identity issues tokens with its authenticator). */
  context: (base: BaseContext, runtime: Runtime) => TContext;
  /** Runs once before the subgraph serves, wherever it is started (e.g. the talent subgraph seeds the demo organisation). */
  onStart?: (runtime: Runtime) => Promise<void>;
  /** Extra HTTP routes beside /graphql (identity serves /.well-known/jwks.json). */
  routes?: (runtime: Runtime) => ExtraRoute[];
}

const NO_ORG = '00000000-0000-0000-0000-000000000000';

/** Serves a subgraph: its schema file, its resolvers, and the context every request gets. */
export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  runtime: Runtime,
  { port }: { port?: number } = {},
): Promise<RunningService> {
  const { config, data, authenticator } = runtime;
  const logger = runtime.logger.child({ service: definition.name });
  await definition.onStart?.(runtime);
  // schema.graphql with Looma's shared directive definitions (@rateLimit) appended, as composition reads it.
  const typeDefs = readSubgraphTypeDefs(fileURLToPath(definition.schemaFile));
  const server = new ApolloServer<TContext>({
    // Shield rules from the schema's own directives: the subgraph is safe even when called directly.
    schema: protectSubgraphSchema(buildSubgraphSchema([{ typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> }]), typeDefs),
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
        const loaders = createLoaders(data.stores, viewer ?? { userId: '', orgId: NO_ORG, roles: [], scopes: [], via: 'token' });
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
