import path from 'node:path';
import { z } from 'zod';
import { DEMO_ORG_ID } from './auth.ts';
import { bool, commaList, jsonRecord, port, url, urlList, type SubgraphName } from './config-values.ts';
import { CHAT_ENVIRONMENT, chatConfig, subgraphPorts, type ChatConfig } from './config-values.ts';
import { isUuid } from './ids.ts';
import { DEFAULT_RESUME_LIMITS, type ResumeLimits } from './resume-limits.ts';
import { SERVICE_TOKEN_AUDIENCE } from './service-tokens.ts';
import { ROLES, type Role } from './viewer.ts';

/**
 * Looma's configuration: one validated object read from the environment once at start.
 * A wrong value stops the service with a message that names the variable.
 */

export { port };

const environmentSchema = z.object({
  LOOMA_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Node's own (read before Looma starts; Node refuses a bad flag itself): listed so a deployment
   * may size one service's V8 heap, as docker-compose.yml does for the gateway.
   */
  NODE_OPTIONS: z.string().optional(),
  LOOMA_HOST: z.string().min(1).default('127.0.0.1'),
  /** The host of the URL this instance registers (a container's name, a pod's IP); unset: LOOMA_HOST, 127.0.0.1 for 0.0.0.0. */
  LOOMA_ADVERTISE_HOST: z
    .string()
    .regex(/^[\w.-]+$|^[\da-f.]*:[\da-f.]*:[\da-f:.]*$/i, 'must be a host name or an IP address, no port')
    .optional(),
  LOOMA_DATA_DIR: z.string().min(1).default('.looma-data'),
  /** Prefix for Elasticsearch indices and Weaviate collections, so several deployments or test runs share a server. */
  STORE_NAMESPACE: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be lowercase letters, digits and _ (start with a letter)')
    .default('looma'),

  DATABASE_URL: url(['postgres', 'postgresql']).optional(),
  NEO4J_URL: url(['bolt', 'neo4j', 'bolt+s', 'neo4j+s']).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  WEAVIATE_URL: url(['http', 'https']).optional(),
  WEAVIATE_GRPC_PORT: port.default(50051),
  WEAVIATE_API_KEY: z.string().optional(),
  ELASTICSEARCH_URL: url(['http', 'https']).optional(),
  REDIS_URL: url(['redis', 'rediss']).optional(),
  STORE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** How long one request to a store may take before the store counts as not answering (STORE_UNAVAILABLE). */
  STORE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),

  GATEWAY_PORT: port.default(8206),
  TALENT_PORT: port.default(8888),
  OPS_PORT: port.default(8212),
  IDENTITY_PORT: port.default(8211),
  SEARCH_PORT: port.default(8210),
  RESUME_PORT: port.default(8207),
  MATCHING_PORT: port.default(8208),
  CHAT_PORT: port.default(8209),
  /** One subgraph URL, or its instances' URLs comma-separated (the gateway balances over them, gateway/transport/). */
  TALENT_URL: urlList(['http', 'https']).optional(),
  OPS_URL: urlList(['http', 'https']).optional(),
  IDENTITY_URL: urlList(['http', 'https']).optional(),
  SEARCH_URL: urlList(['http', 'https']).optional(),
  RESUME_URL: urlList(['http', 'https']).optional(),
  MATCHING_URL: urlList(['http', 'https']).optional(),
  CHAT_URL: urlList(['http', 'https']).optional(),
  ...CHAT_ENVIRONMENT,
  /** Keep-alive sockets the gateway holds open to one subgraph origin at most (gateway/transport/). */
  SUBGRAPH_CONNECTIONS: z.coerce.number().int().min(1).max(1_024).default(16),
  /** Every subgraph call's timeout in the gateway; a client request's subgraph calls share twice that (a timeout and a retry). */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(10_000),
  /** In one process (the stack), planned fetches run against the subgraphs' schemas directly; false: over HTTP (gateway/transport/in-process.ts). */
  SUBGRAPH_IN_PROCESS: bool.default(true),
  GATEWAY_DISCOVERY: z.enum(['registry', 'static']).optional(), // where the gateway finds subgraph instances
  /** What the gateway serves: `file` (schema/supergraph.graphql) or `registry` (the control plane's newest composed supergraph, hot-swapped). */
  GATEWAY_SUPERGRAPH: z.enum(['file', 'registry']).default('file'),
  /** Identical in-flight queries from the same caller share one execution (gateway/inflight-dedupe.ts); off by default. */
  GATEWAY_DEDUPE_INFLIGHT: bool.default(false),
  /** Gateway worker processes (node:cluster) sharing the gateway port; 1 runs the gateway in the process itself. */
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** Distinct operations the gateway keeps parsed, planned and policy-walked (gateway/document-store.ts): its heap's bound under varied traffic. */
  GATEWAY_DOCUMENT_CACHE_ENTRIES: z.coerce.number().int().min(10).max(100_000).default(1_000),
  /** The largest resume file (or pasted text) accepted, in bytes. */
  RESUME_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(100 * 1024 * 1024)
    .default(DEFAULT_RESUME_LIMITS.maxBytes),
  /** Budgets for reading PDF and DOCX uploads (platform/resume-limits.ts; README "Configuration"). */
  RESUME_MAX_INFLATED_BYTES: z.coerce
    .number()
    .int()
    .min(1024 * 1024)
    .max(1024 * 1024 * 1024)
    .default(DEFAULT_RESUME_LIMITS.maxInflatedBytes),
  RESUME_MAX_PAGES: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_RESUME_LIMITS.maxPages),
  RESUME_MAX_TEXT_CHARS: z.coerce.number().int().min(1_000).max(10_000_000).default(DEFAULT_RESUME_LIMITS.maxTextChars),
  RESUME_PARSE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(DEFAULT_RESUME_LIMITS.parse.concurrency),
  RESUME_PARSE_QUEUE: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_RESUME_LIMITS.parse.queue),
  RESUME_PARSE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_RESUME_LIMITS.parse.timeoutMs),
  RESUME_PARSE_HEAP_MB: z.coerce.number().int().min(32).max(8_192).default(DEFAULT_RESUME_LIMITS.parse.heapMb),

  /**
   * Peers whose X-Forwarded-For is believed (the gateway in front of a subgraph, a load balancer
   * in front of the gateway): comma-separated addresses. Rate limits and login throttles by address
   * use the forwarded client address only from these.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.1,::1,::ffff:127.0.0.1')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  AUTH_ISSUER: z.string().min(1).default('https://looma.dev'),
  AUTH_AUDIENCE: z
    .string()
    .min(1)
    .refine((v) => v !== SERVICE_TOKEN_AUDIENCE, `must differ from "${SERVICE_TOKEN_AUDIENCE}", the audience of service tokens`)
    .default('looma-api'),
  /** Encrypts the signing keys' private halves in the database (AES-256-GCM). Outside production a generated one is kept in the data directory. */
  AUTH_KEY_ENCRYPTION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** An outside OpenID issuer whose tokens Looma accepts (verified against its JWKS). */
  EXTERNAL_ISSUER: z.string().min(1).optional(),
  EXTERNAL_JWKS_URL: url(['http', 'https']).optional(),
  EXTERNAL_AUDIENCE: z.string().min(1).optional(),
  EXTERNAL_ALGORITHMS: z
    .string()
    .default('RS256')
    .transform((v) =>
      v
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'])).min(1)),
  EXTERNAL_ORG_CLAIM: z.string().min(1).default('org'),
  EXTERNAL_ROLES_CLAIM: z.string().min(1).default('roles'),
  /** JSON: the issuer's organisation value → Looma org uuid. */
  EXTERNAL_ORG_MAP: jsonRecord(z.string().uuid()).default({}),
  /** JSON: the issuer's role → Looma role. */
  EXTERNAL_ROLE_MAP: jsonRecord(z.enum(ROLES)).default({}),
  /** Embedded demo only: requests without credentials act as the demo organisation's viewer. */
  AUTH_DEMO_ANONYMOUS: bool.optional(),
  /** `required`: subgraphs answer only calls with a service token (the gateway signs one); required in production unless set. */
  SERVICE_AUTH: z.enum(['required', 'off']).optional(),
  /** Self-service `signUp`: `open`, `invite-only` (an operator's single-use code) or `closed`; closed in production unless set. */
  SIGNUP_POLICY: z.enum(['open', 'invite-only', 'closed']).optional(),

  EMBEDDINGS_PROVIDER: z.enum(['offline', 'openai']).default('offline'),
  EMBEDDINGS_MODEL: z.string().min(1).optional(),
  EMBEDDINGS_DIMENSIONS: z.coerce.number().int().min(8).max(4096).optional(),
  OPENAI_BASE_URL: url(['http', 'https']).optional(),
  OPENAI_API_KEY: z.string().optional(),
  /** A text's role (search query or document) sent as `input_type`, as e5's `query: ` prefix, or not; default `input_type` for e5. */
  EMBEDDINGS_ROLES: z.enum(['input_type', 'prefix', 'none']).optional(),
  /** How long a search waits for its query's embedding (no retry) before it ranks by keywords alone. */
  EMBEDDINGS_QUERY_TIMEOUT_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),

  PROJECTOR_ENABLED: bool.default(true),
  /** The service registry (issue 12): every service registers, heartbeats a TTL lease and deregisters. */
  REGISTRY_ENABLED: bool.default(true),
  REGISTRY_HEARTBEAT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  REGISTRY_TTL_MS: z.coerce.number().int().min(300).max(3_600_000).default(15_000),
  /** How often the control plane (the ops subgraph) probes each registered instance's /ready; when it prunes a lapsed lease. */
  REGISTRY_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  REGISTRY_PRUNE_AFTER_MS: z.coerce.number().int().min(1_000).max(604_800_000).default(600_000),
  /** The configuration watcher of every service (data/config/config-watcher.ts): pushed notices, and a poll. */
  CONFIG_WATCH_ENABLED: bool.default(true),
  CONFIG_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Organisations whose ADMINs administer the platform (configuration's default and service scopes); unset: the demo one outside production. */
  PLATFORM_ADMIN_ORGS: z
    .string()
    .transform(commaList)
    .pipe(z.array(z.string().refine(isUuid, 'must be organisation uuids')))
    .optional(),
  PROJECTOR_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(200),
  PROJECTOR_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  PROJECTOR_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  PROJECTOR_RETRY_BASE_MS: z.coerce.number().int().min(1).max(600_000).default(500),
  PROJECTOR_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),

  DEMO_SEED: bool.optional(),
  DEMO_TALENTS: z.coerce.number().int().min(0).max(100_000).default(300),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * Opt in to Apollo's telemetry: @apollo/gateway's usage metrics and cloud-metadata probes, and Apollo
   * Server's usage and schema reporting (with APOLLO_KEY). Off in every environment unless set.
   */
  APOLLO_TELEMETRY: bool.default(false),

  /** Operation limits at the gateway (graphql-armor and the parser): see README "Access control". */
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(8),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).max(1_000).default(10),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(0).max(1_000).default(20),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(10).max(100_000).default(1_000),
  LIMIT_MAX_COST: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  /** Accept only the operations of sdk/operations (by SHA-256). */
  PERSISTED_DOCUMENTS_REQUIRED: bool.default(false),
});

export type StoreMode = 'real' | 'embedded';

export interface Config {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  logLevel: string;
  host: string;
  advertiseHost: string;
  dataDir: string;
  namespace: string;
  stores: {
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    postgres?: { url: string };
    neo4j?: { url: string; user: string; password: string };
    weaviate?: { url: string; grpcPort: number; apiKey?: string };
    elasticsearch?: { url: string };
    redis?: { url: string };
  };
  ports: { gateway: number } & Record<SubgraphName, number>;
  subgraphUrls: Record<SubgraphName, string>;
  /** Sockets the gateway's pool to one subgraph origin holds at most. */
  subgraphConnections: number;
  /** Each subgraph's instances (its `<NAME>_URL`, comma-separated); subgraphUrls holds the first. */
  subgraphInstances: Record<SubgraphName, string[]>;
  /** A subgraph call's timeout; a client request's subgraph calls have twice that together. */
  subgraphTimeoutMs: number;
  /** Whether the stack's gateway calls the subgraphs of its own process directly instead of over HTTP. */
  subgraphInProcess: boolean;
  /** The chat subgraph: where it runs plan steps, its conversations' TTL, its planner. */
  chat: ChatConfig;
  /** GATEWAY_DEDUPE_INFLIGHT, GATEWAY_WORKERS and GATEWAY_DOCUMENT_CACHE_ENTRIES. */
  gateway: {
    dedupeInflight: boolean;
    workers: number;
    documentCacheEntries: number;
    supergraph: 'file' | 'registry';
    discovery: 'registry' | 'static';
  };
  resumes: ResumeLimits;
  /** Peers whose X-Forwarded-For names the client's address. */
  trustedProxies: readonly string[];
  auth: {
    issuer: string;
    audience: string;
    /** Absent outside production: the key ring keeps a generated one in the data directory. */
    keyEncryptionSecret?: string;
    demoAnonymous: boolean;
    external?: {
      issuer: string;
      jwksUrl: string;
      audience: string;
      algorithms: string[];
      orgClaim: string;
      rolesClaim: string;
      orgMap: Record<string, string>;
      roleMap: Record<string, Role>;
    };
  };
  embeddings: {
    provider: 'offline' | 'openai';
    model: string;
    dimensions: number;
    openai?: { baseURL?: string; apiKey: string; roles?: 'input_type' | 'prefix' | 'none'; queryTimeoutMs: number };
  };
  /** CONFIG_WATCH_ENABLED, CONFIG_POLL_MS and PLATFORM_ADMIN_ORGS: the configuration service. */
  configuration: { watch: boolean; pollMs: number; platformAdminOrgs: readonly string[] };
  projector: { enabled: boolean; batchSize: number; intervalMs: number; maxAttempts: number; leaseMs: number; retryBaseMs: number };
  registry: { enabled: boolean; heartbeatMs: number; ttlMs: number; checkMs: number; pruneAfterMs: number };
  demo: { seed: boolean; talents: number };
  shutdownTimeoutMs: number;
  /** Whether Apollo's libraries may report to Apollo (platform/telemetry.ts); off unless the operator opts in. */
  telemetry: { apollo: boolean };
  /** Whether subgraphs require a service token on /graphql (platform/service-tokens.ts). */
  serviceAuth: 'required' | 'off';
  signupPolicy: 'open' | 'invite-only' | 'closed';
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    persistedDocumentsRequired: boolean;
  };
}

export class ConfigError extends Error {
  readonly issues: { variable: string; message: string }[];

  constructor(issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  ${issue.variable}: ${issue.message}`).join('\n')}`);
    this.issues = issues;
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, the way shells and compose files write "VAR=".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? '?');
        const got = cleaned[variable];
        const shown = got === undefined ? '' : ` (got ${JSON.stringify(redact(variable, got))})`;
        return { variable, message: `${issue.message}${shown}` };
      }),
    );
  }
  const e = parsed.data;
  const issues: { variable: string; message: string }[] = [];
  const isProduction = e.LOOMA_ENV === 'production';
  const isEmbedded = !e.DATABASE_URL;

  if (e.AUTH_DEMO_ANONYMOUS && (isProduction || !isEmbedded)) {
    issues.push({
      variable: 'AUTH_DEMO_ANONYMOUS',
      message: 'is allowed only in embedded, non-production mode',
    });
  }
  if (isProduction && !e.AUTH_KEY_ENCRYPTION_SECRET) {
    issues.push({ variable: 'AUTH_KEY_ENCRYPTION_SECRET', message: 'is required in production' });
  }
  if (isProduction && e.DEMO_SEED) {
    issues.push({ variable: 'DEMO_SEED', message: 'demo data and demo users are never seeded in production' });
  }
  if (e.EXTERNAL_ISSUER && (!e.EXTERNAL_JWKS_URL || !e.EXTERNAL_AUDIENCE)) {
    issues.push({ variable: 'EXTERNAL_ISSUER', message: 'needs EXTERNAL_JWKS_URL and EXTERNAL_AUDIENCE' });
  }
  if (e.EMBEDDINGS_PROVIDER === 'openai' && !e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) {
    issues.push({ variable: 'OPENAI_API_KEY', message: 'is required when EMBEDDINGS_PROVIDER=openai without OPENAI_BASE_URL' });
  }
  if (e.GATEWAY_WORKERS > 1 && (isEmbedded || !e.REDIS_URL)) {
    issues.push({
      variable: 'GATEWAY_WORKERS',
      message:
        'above 1 needs DATABASE_URL and REDIS_URL: the embedded database opens in one process, and the workers must share their rate-limit counts',
    });
  }
  if (e.REGISTRY_TTL_MS <= e.REGISTRY_HEARTBEAT_MS) {
    // A lease that lapses before the next beat renews it would read every instance UNHEALTHY.
    issues.push({ variable: 'REGISTRY_TTL_MS', message: `must be longer than REGISTRY_HEARTBEAT_MS (${e.REGISTRY_HEARTBEAT_MS})` });
  }
  if (e.GATEWAY_SUPERGRAPH === 'registry' && !e.REGISTRY_ENABLED) {
    // The control plane composes only what the registry holds.
    issues.push({ variable: 'GATEWAY_SUPERGRAPH', message: 'registry needs REGISTRY_ENABLED' });
  }
  if (issues.length > 0) throw new ConfigError(issues);

  const subgraphInstances = (explicit: string[] | undefined, p: number) => explicit ?? [`http://127.0.0.1:${p}/graphql`];
  const instances = {
    talent: subgraphInstances(e.TALENT_URL, e.TALENT_PORT),
    ops: subgraphInstances(e.OPS_URL, e.OPS_PORT),
    identity: subgraphInstances(e.IDENTITY_URL, e.IDENTITY_PORT),
    search: subgraphInstances(e.SEARCH_URL, e.SEARCH_PORT),
    resume: subgraphInstances(e.RESUME_URL, e.RESUME_PORT),
    matching: subgraphInstances(e.MATCHING_URL, e.MATCHING_PORT),
    chat: subgraphInstances(e.CHAT_URL, e.CHAT_PORT),
  };
  const openai = e.EMBEDDINGS_PROVIDER === 'openai';

  return {
    env: e.LOOMA_ENV,
    isProduction,
    logLevel: e.LOG_LEVEL,
    host: e.LOOMA_HOST,
    advertiseHost: e.LOOMA_ADVERTISE_HOST ?? (['0.0.0.0', '::', '[::]'].includes(e.LOOMA_HOST) ? '127.0.0.1' : e.LOOMA_HOST),
    dataDir: path.resolve(e.LOOMA_DATA_DIR),
    namespace: e.STORE_NAMESPACE,
    stores: {
      connectTimeoutMs: e.STORE_CONNECT_TIMEOUT_MS,
      requestTimeoutMs: e.STORE_TIMEOUT_MS,
      postgres: e.DATABASE_URL ? { url: e.DATABASE_URL } : undefined,
      neo4j: e.NEO4J_URL ? { url: e.NEO4J_URL, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD } : undefined,
      weaviate: e.WEAVIATE_URL ? { url: e.WEAVIATE_URL, grpcPort: e.WEAVIATE_GRPC_PORT, apiKey: e.WEAVIATE_API_KEY } : undefined,
      elasticsearch: e.ELASTICSEARCH_URL ? { url: e.ELASTICSEARCH_URL } : undefined,
      redis: e.REDIS_URL ? { url: e.REDIS_URL } : undefined,
    },
    ports: { gateway: e.GATEWAY_PORT, ...subgraphPorts(e) },
    subgraphUrls: Object.fromEntries(Object.entries(instances).map(([name, urls]) => [name, urls[0]!])) as Record<SubgraphName, string>,
    subgraphConnections: e.SUBGRAPH_CONNECTIONS,
    subgraphInstances: instances,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    subgraphInProcess: e.SUBGRAPH_IN_PROCESS,
    chat: chatConfig(e),
    gateway: {
      dedupeInflight: e.GATEWAY_DEDUPE_INFLIGHT,
      workers: e.GATEWAY_WORKERS,
      documentCacheEntries: e.GATEWAY_DOCUMENT_CACHE_ENTRIES,
      supergraph: e.GATEWAY_SUPERGRAPH,
      discovery: e.GATEWAY_DISCOVERY ?? (e.REGISTRY_ENABLED ? 'registry' : 'static'),
    },
    resumes: {
      maxBytes: e.RESUME_MAX_BYTES,
      maxInflatedBytes: e.RESUME_MAX_INFLATED_BYTES,
      maxPages: e.RESUME_MAX_PAGES,
      maxTextChars: e.RESUME_MAX_TEXT_CHARS,
      parse: {
        concurrency: e.RESUME_PARSE_CONCURRENCY,
        queue: e.RESUME_PARSE_QUEUE,
        timeoutMs: e.RESUME_PARSE_TIMEOUT_MS,
        heapMb: e.RESUME_PARSE_HEAP_MB,
      },
    },
    trustedProxies: e.TRUSTED_PROXIES,
    auth: {
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      keyEncryptionSecret: e.AUTH_KEY_ENCRYPTION_SECRET,
      demoAnonymous: e.AUTH_DEMO_ANONYMOUS ?? (isEmbedded && e.LOOMA_ENV === 'development'),
      external: e.EXTERNAL_ISSUER
        ? {
            issuer: e.EXTERNAL_ISSUER,
            jwksUrl: e.EXTERNAL_JWKS_URL!,
            audience: e.EXTERNAL_AUDIENCE!,
            algorithms: e.EXTERNAL_ALGORITHMS,
            orgClaim: e.EXTERNAL_ORG_CLAIM,
            rolesClaim: e.EXTERNAL_ROLES_CLAIM,
            orgMap: e.EXTERNAL_ORG_MAP,
            roleMap: e.EXTERNAL_ROLE_MAP,
          }
        : undefined,
    },
    embeddings: {
      provider: e.EMBEDDINGS_PROVIDER,
      model: e.EMBEDDINGS_MODEL ?? (openai ? 'text-embedding-3-small' : 'looma-hash-ngram-v3'),
      dimensions: e.EMBEDDINGS_DIMENSIONS ?? (openai ? 1536 : 256),
      // A local server (deploy/local/model.sh) needs no key, but the client refuses to start without one.
      openai: openai
        ? {
            baseURL: e.OPENAI_BASE_URL,
            apiKey: e.OPENAI_API_KEY || 'unused',
            roles: e.EMBEDDINGS_ROLES,
            queryTimeoutMs: e.EMBEDDINGS_QUERY_TIMEOUT_MS,
          }
        : undefined,
    },
    registry: {
      enabled: e.REGISTRY_ENABLED,
      heartbeatMs: e.REGISTRY_HEARTBEAT_MS,
      ttlMs: e.REGISTRY_TTL_MS,
      checkMs: e.REGISTRY_CHECK_MS,
      pruneAfterMs: e.REGISTRY_PRUNE_AFTER_MS,
    },
    configuration: {
      watch: e.CONFIG_WATCH_ENABLED,
      pollMs: e.CONFIG_POLL_MS,
      platformAdminOrgs: e.PLATFORM_ADMIN_ORGS ?? (isProduction ? [] : [DEMO_ORG_ID]),
    },
    projector: {
      enabled: e.PROJECTOR_ENABLED,
      batchSize: e.PROJECTOR_BATCH_SIZE,
      intervalMs: e.PROJECTOR_INTERVAL_MS,
      maxAttempts: e.PROJECTOR_MAX_ATTEMPTS,
      leaseMs: e.PROJECTOR_LEASE_MS,
      retryBaseMs: e.PROJECTOR_RETRY_BASE_MS,
    },
    demo: { seed: e.DEMO_SEED ?? (isEmbedded && e.LOOMA_ENV === 'development'), talents: e.DEMO_TALENTS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    telemetry: { apollo: e.APOLLO_TELEMETRY },
    serviceAuth: e.SERVICE_AUTH ?? (isProduction ? 'required' : 'off'),
    signupPolicy: e.SIGNUP_POLICY ?? (isProduction ? 'closed' : 'open'),
    limits: {
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxDirectives: e.LIMIT_MAX_DIRECTIVES,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxCost: e.LIMIT_MAX_COST,
      persistedDocumentsRequired: e.PERSISTED_DOCUMENTS_REQUIRED,
    },
  };
}

/** The names of every environment variable Looma reads (docker-compose and docs are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

function redact(variable: string, value: string): string {
  if (/PASSWORD|KEY|SECRET/.test(variable)) return '***';
  try {
    const parsedUrl = new URL(value);
    if (parsedUrl.password) parsedUrl.password = '***';
    return parsedUrl.toString();
  } catch {
    return value;
  }
}

/** Describes a store URL for messages without leaking its password. */
export function describeUrl(value: string): string {
  return redact('URL', value);
}
