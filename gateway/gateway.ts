import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { narrowStores, type OpenStores } from '../data/stores.ts';
import { jwksRoute } from '../platform/auth.ts';
import { createErrorFormatter } from '../platform/errors.ts';
import { manifestCache, operationLimitRules, sdkManifest, withLimitCodes } from './limits.ts';
import { policyPlugin, supergraphForGateway } from './policy.ts';
import { RateLimiter } from './rate-limit.ts';
import { graphqlBodyLimit, startService, type RunningService } from '../platform/service.ts';
import { ServiceTokenSigner } from '../platform/service-tokens.ts';
import type { StorePort } from '../platform/round-trips.ts';
import type { Runtime } from '../data/runtime/runtime.ts';
import { credentialsOf } from '../platform/credentials.ts';
import { apolloReportingPlugins, applyGatewayTelemetrySetting } from '../platform/telemetry.ts';
import type { Viewer } from '../platform/viewer.ts';
import { InflightDedupe } from './inflight-dedupe.ts';
import { PooledSubgraphTransport, type SubgraphTransport } from './transport/subgraph-transport.ts';
import { TransportDataSource } from './transport/transport-data-source.ts';
import { ResilientSubgraphTransport } from './transport/resilient-transport.ts';
import { StaticInstanceSource, type InstanceSource } from './transport/instance-source.ts';
import { RegistryInstanceSource } from './transport/registry-instance-source.ts';
import { RegistryStore } from '../data/registry/registry-store.ts';
import { LoomaGateway } from './executor/looma-gateway.ts';
import { startingSupergraph, watchRegistrySupergraph, type StartingSupergraph } from './supergraph-source.ts';
import { schemaHash } from '../data/registry/schema-store.ts';
import { boundedDocumentStore } from './document-store.ts';
import { InProcessDataSource } from './transport/in-process.ts';
import { operationMetricsPlugin } from './operation-metrics.ts';
import type { LocalSubgraph } from '../platform/local-subgraph.ts';

export interface GatewayContext {
  viewer: Viewer | null;
  /** The caller's credential, forwarded as is: subgraphs verify it themselves. */
  authorization: string | undefined;
  /** The peer address (rate limits by address). */
  address: string | undefined;
  /** The client's Accept-Language, forwarded to every subgraph (matching explains in it). */
  language: string | undefined;
  /** When the subgraph calls of this request must be done by (epoch ms; twice SUBGRAPH_TIMEOUT_MS after it arrived). */
  deadline: number;
}

/** The stores the gateway uses: the relational one holds the key ring and API keys it verifies with, the cache its rate limits. */
export const GATEWAY_STORES = ['relational', 'cache'] as const satisfies readonly StorePort[];

export interface GatewayOptions {
  /** Config, logger, authenticator and the stores it declared (GATEWAY_STORES). */
  runtime: Runtime<(typeof GATEWAY_STORES)[number]>;
  port?: number;
  /** Subgraph URLs by name; defaults to the configured ones. */
  subgraphUrls?: Record<string, string>;
  supergraphSdl?: string;
  /** Directive checks and rate limits (on unless a benchmark measures the baseline). */
  enforcePolicy?: boolean;
  /** How subgraph calls travel; defaults to the resilient transport over undici pools (SUBGRAPH_CONNECTIONS sockets an origin). Closed with the gateway. */
  transport?: SubgraphTransport;
  /** Subgraphs of this process by name (the stack's, unless SUBGRAPH_IN_PROCESS=false): their fetches skip HTTP. */
  localSubgraphs?: Record<string, LocalSubgraph>;
}

/**
 * The one public endpoint: verifies the caller, then lets the query planner fan out over the
 * committed supergraph (schema/supergraph.graphql), or the registry's (GATEWAY_SUPERGRAPH=registry). Sandbox on the landing page outside production.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const { config, authenticator } = options.runtime;
  const logger = options.runtime.logger.child({ service: 'gateway' });
  const urls: Record<string, string> = { ...config.subgraphUrls, ...options.subgraphUrls };
  // GATEWAY_SUPERGRAPH=registry: the control plane's newest supergraph (the file until one is composed), then followed as it changes.
  const starting: StartingSupergraph = options.supergraphSdl
    ? { sdl: options.supergraphSdl, hash: schemaHash(options.supergraphSdl), from: 'file' }
    : await startingSupergraph(config.gateway.supergraph, options.runtime.data.stores.relational, logger);
  const supergraphSdl = starting.sdl;
  let stopWatching: (() => Promise<void>) | undefined;
  // Sent on every subgraph call whatever this process's SERVICE_AUTH: the subgraphs decide whether they need it.
  const serviceTokens = new ServiceTokenSigner(authenticator.keys, config.auth.issuer, 'gateway');

  // No usage metrics to Apollo and no cloud-metadata probes unless APOLLO_TELEMETRY opts in (read at construction).
  applyGatewayTelemetrySetting(config);
  // Each subgraph's configured instances (`<NAME>_URL`, comma-separated), a URL given here replacing its list.
  const configured: Record<string, readonly string[]> = {
    ...config.subgraphInstances,
    ...Object.fromEntries(Object.entries(options.subgraphUrls ?? {}).map(([name, url]) => [name, [url]])),
  };
  // GATEWAY_DISCOVERY=registry: the registry's routable instances, the configured list where it knows none.
  const instances: InstanceSource =
    config.gateway.discovery === 'registry'
      ? await RegistryInstanceSource.start({
          store: new RegistryStore(options.runtime.data.stores.relational),
          cache: options.runtime.data.stores.cache,
          ttlMs: config.registry.ttlMs,
          refreshMs: config.registry.heartbeatMs,
          fallback: configured,
          logger: logger.child({ component: 'discovery' }),
        })
      : new StaticInstanceSource(configured);
  const transport =
    options.transport ??
    new ResilientSubgraphTransport({
      transport: new PooledSubgraphTransport({ connections: config.subgraphConnections }),
      instances,
      timeoutMs: config.subgraphTimeoutMs,
    });
  // @apollo/gateway's planner and data sources, the per-document work once (gateway/executor/).
  const gateway = new LoomaGateway({
    supergraphSdl: supergraphForGateway(supergraphSdl),
    // Keep-alive pools, bounded per subgraph (the gateway's default fetcher opens a connection per call). Every
    // call carries the caller's credential and address and the gateway's service token.
    buildService: ({ name, url }) => {
      const local = options.localSubgraphs?.[name];
      if (local) return new InProcessDataSource<GatewayContext>(local, urls[name] ?? url ?? '');
      const serviceToken = () => serviceTokens.token();
      return new TransportDataSource<GatewayContext>({ subgraph: name, url: urls[name] ?? url ?? '', transport, serviceToken });
    },
    planCacheEntries: config.gateway.documentCacheEntries,
  });
  const formatError = withLimitCodes(createErrorFormatter(logger));
  const persistedDocuments = config.limits.persistedDocumentsRequired ? sdkManifest() : undefined;
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    // closeOnSignals closes the gateway: Apollo's own handler would re-raise the signal mid-close.
    stopOnTerminationSignals: false,
    // Introspection is answered, but in production the policy plugin lets only ADMIN viewers run it.
    introspection: true,
    // No "Did you mean …?" in production: field suggestions would reveal the schema.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Bounded by count: the per-document plans and policy walks live as long as these documents.
    documentStore: boundedDocumentStore(config.gateway.documentCacheEntries),
    validationRules: operationLimitRules(config.limits),
    // With a manifest, a client may send only the hash of an SDK operation; nothing new is registered.
    ...(persistedDocuments ? { persistedQueries: { cache: manifestCache(persistedDocuments) } } : {}),
    plugins: [
      operationMetricsPlugin<GatewayContext>(),
      ...apolloReportingPlugins<GatewayContext>(config),
      policyPlugin<GatewayContext>({
        supergraphSdl,
        rateLimiter: rateLimiterOf(options.runtime),
        isProduction: config.isProduction,
        persistedDocuments,
        formatError,
        enabled: options.enforcePolicy ?? true,
        documentCacheEntries: config.gateway.documentCacheEntries,
      }),
      // After the policy plugin: a follower is checked and counted before it waits for its leader.
      ...(config.gateway.dedupeInflight ? [new InflightDedupe().plugin<GatewayContext>()] : []),
      // Sandbox is a browser page without the caller's token, so production serves no landing page at all.
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });

  const service = await startService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    advertiseHost: config.advertiseHost,
    port: options.port ?? config.ports.gateway,
    logger,
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    maxBodyBytes: graphqlBodyLimit(config),
    graphql: {
      server,
      context: async (req: http.IncomingMessage) => {
        const credentials = credentialsOf(req, config.trustedProxies);
        // An invalid or expired credential is UNAUTHENTICATED (401), never treated as anonymous.
        const viewer = await authenticator.authenticate(credentials);
        // Room for a call that times out and its retry on another instance.
        const deadline = Date.now() + 2 * config.subgraphTimeoutMs;
        return { viewer, authorization: credentials.authorization, address: credentials.address, language: credentials.language, deadline };
      },
    },
    // Every subgraph alive, and the gateway's own stores (only those: in the stack its runtime holds all five).
    readiness: {
      ...Object.fromEntries(
        Object.entries(urls).map(([name, url]) => {
          // A subgraph called in process is ready while its server runs; the others when one instance answers /health.
          const local = options.localSubgraphs?.[name];
          const listed = () => instances.instances(name);
          return [name, local ? () => local.ready() : () => checkAnyInstance(listed().length > 0 ? listed() : [url])];
        }),
      ),
      ...narrowStores(options.runtime.data.stores as OpenStores, GATEWAY_STORES, 'the gateway').readiness(),
    },
    // The public keys that verify Looma's access tokens, for clients and other services.
    routes: [jwksRoute(authenticator)],
    // After the in-flight requests ended: their subgraph calls are done too.
    onClose: async () => {
      await stopWatching?.();
      await instances.close?.();
      await transport.close();
    },
    registration: options.runtime.registry ? { registry: options.runtime.registry, sdl: supergraphSdl } : undefined,
  });
  if (config.gateway.supergraph === 'registry') {
    // Once loaded: a supergraph the registry composes is swapped in without a restart (gateway/supergraph-source.ts).
    stopWatching = await watchRegistrySupergraph({
      relational: options.runtime.data.stores.relational,
      cache: options.runtime.data.stores.cache,
      served: starting,
      apply: (sdl) => gateway.update(supergraphForGateway(sdl)),
      logger: logger.child({ component: 'supergraph' }),
    });
  }
  return service;
}

async function checkAnyInstance(urls: readonly string[]): Promise<void> {
  await Promise.any(urls.map((url) => checkSubgraph(new URL('/health', url).toString()))).catch((error: unknown) => {
    throw error instanceof AggregateError ? (error.errors[0] as Error) : error;
  });
}

async function checkSubgraph(healthUrl: string): Promise<void> {
  const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) });
  if (!response.ok) throw new Error(`${healthUrl} answered ${response.status}`);
}

/** The gateway's rate limiter, with each organisation's overrides from the configuration watcher (applied without a restart). */
function rateLimiterOf(runtime: GatewayOptions['runtime']): RateLimiter {
  const watcher = runtime.configWatcher;
  const overrides = watcher ? (orgId: string) => watcher.current(orgId, 'gateway').rateLimits : undefined;
  return new RateLimiter(runtime.data.stores.cache, undefined, undefined, overrides);
}
