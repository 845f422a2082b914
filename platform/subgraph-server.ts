import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { print } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { readSubgraphTypeDefs } from '../schema/subgraphs.ts';
import type { Authenticator, Credentials } from './auth.ts';
import { noStorePlugins } from './cache-control.ts';
import type { Config } from './config.ts';
import { credentialsOf } from './credentials.ts';
import { createErrorFormatter } from './errors.ts';
import { createLocalSubgraph, type LocalSubgraph } from './local-subgraph.ts';
import type { Logger } from './logger.ts';
import { protectSubgraphSchema } from './permissions.ts';
import { serviceTokenGuard } from './service-tokens.ts';
import { graphqlBodyLimit, startService, type ExtraRoute, type ReadinessCheck, type RunningService } from './service.ts';
import { apolloReportingPlugins } from './telemetry.ts';
import { warningsPlugin } from './warnings.ts';
import type { Viewer } from './viewer.ts';
import type { ServiceRegistry } from './registration.ts';

/** What the platform knows of a request before the subgraph builds its context: who, and from where. */
export interface RequestIdentity {
  viewer: Viewer | null;
  credentials: Credentials;
}

export interface SubgraphServerOptions<TContext extends object> {
  name: string;
  /** The subgraph's schema.graphql; its domain .graphql files and Looma's shared directives are merged in. */
  schemaFile: string;
  resolvers: object;
  config: Config;
  logger: Logger;
  authenticator: Authenticator;
  port: number;
  readiness: Record<string, ReadinessCheck>;
  routes?: ExtraRoute[];
  /** Where the instance registers once it listens (platform/registration.ts). */
  registry?: ServiceRegistry;
  /** The context of one request, once its credentials are verified. */
  context: (request: RequestIdentity) => TContext | Promise<TContext>;
}

/** A served subgraph, and the same subgraph for a gateway in this process to call without HTTP. */
export type RunningSubgraph = RunningService & { local: LocalSubgraph };

/**
 * Serves a subgraph over HTTP: its schema with the guards of its own directives, error
 * formatting, the service-token guard in production, and each request's verified viewer. What the
 * context holds beyond that (stores, loaders, domain services) is the caller's. `local` runs an
 * operation through the same server and context without HTTP (platform/local-subgraph.ts).
 */
export async function serveSubgraph<TContext extends object>(options: SubgraphServerOptions<TContext>): Promise<RunningSubgraph> {
  const { config, logger, authenticator } = options;
  // schema.graphql with Looma's shared directive definitions (@rateLimit) appended, as composition reads it.
  const typeDefs = readSubgraphTypeDefs(options.schemaFile);
  const server = new ApolloServer<TContext>({
    // Guards from the schema's own directives (platform/permissions.ts): the subgraph is safe even when called directly.
    schema: protectSubgraphSchema(
      buildSubgraphSchema([{ typeDefs, resolvers: options.resolvers as GraphQLResolverMap<unknown> }]),
      typeDefs,
    ),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // closeOnSignals closes the service (server.stop() included): Apollo's own handler would stop it
    // and re-raise the signal, ending the process before its stores are closed.
    stopOnTerminationSignals: false,
    introspection: !config.isProduction,
    // No Apollo Studio here: inline traces would only grow every response, and nothing reports to Apollo unless opted in.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ...apolloReportingPlugins<TContext>(config),
      // Looma sets no cache hints: Apollo's per-field cache-control work goes, its `cache-control: no-store` stays.
      ...noStorePlugins<TContext>(),
      // A context's `warnings` (platform/warnings.ts) go out under the response's extensions.warnings.
      warningsPlugin<TContext>(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  const service = await startService<TContext>({
    name: options.name,
    host: config.host,
    advertiseHost: config.advertiseHost,
    port: options.port,
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
        return options.context({ viewer, credentials });
      },
    },
    readiness: options.readiness,
    routes: options.routes,
    registration: options.registry ? { registry: options.registry, sdl: print(typeDefs) } : undefined,
  });
  const local = createLocalSubgraph<TContext>({ name: options.name, server, authenticator, logger, context: options.context });
  return { ...service, local };
}
