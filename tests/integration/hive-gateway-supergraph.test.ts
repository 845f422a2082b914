/**
 * Issue 12 point 6: the supergraph the control plane composes loads in Hive Gateway, unchanged, and
 * serves a two-subgraph query against a running stack with a real token.
 *
 * The stack runs with the registry on: each subgraph registers its SDL and the ops subgraph's composer
 * (subgraphs/ops/registry/supergraph-composer.ts) records the supergraph in `supergraphs`. That
 * supergraph keeps `for: SECURITY` on the auth `@link`s (the form Apollo Router and Hive Router run;
 * only @apollo/gateway needs them dropped, which Looma's gateway does for itself), and Hive Gateway
 * loads it as composed; only its subgraph URLs, the configured `<NAME>_URL`s, are pointed at the ports
 * this test's subgraphs listen on (what a router's subgraph URL override does). Hive forwards the
 * caller's Authorization header and nothing else.
 *
 * Two Hive Gateways: a bare one (each subgraph verifies the token itself, as behind Looma's gateway),
 * and one configured as docs/architecture.md ("Beyond one machine") says a gateway that replaces
 * Looma's must be: Looma's tokens verified against identity's JWKS, and `@authenticated`,
 * `@requiresScopes` and `@policy` enforced from the supergraph before any subgraph is called.
 */
import http from 'node:http';
import {
  createGatewayRuntime,
  createRemoteJwksSigningKeyProvider,
  extractFromHeader,
  useJWT,
  type GatewayConfig,
  type GatewayPlugin,
  type GatewayRuntime,
} from '@graphql-hive/gateway';
import { GraphQLError, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaStore, type SupergraphRecord } from '../../data/registry/schema-store.ts';
import { scopesForRoles, type Role } from '../../platform/viewer.ts';
import { composeSupergraph } from '../../schema/composition.ts';
import { freePort } from '../support/egress.ts';
import { STACK_MODES, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';
import { eventually as eventuallyWithin } from '../support/eventually.ts';

const eventually = <T>(read: () => Promise<T>, check: (value: T) => boolean) => eventuallyWithin(read, check, 90_000);

/** Talents (the talent subgraph) with their resumes (the resume subgraph's entity field). */
const TWO_SUBGRAPHS = 'query TwoSubgraphs { talents(first: 5) { edges { node { id name headline skills resumes { id filename } } } } }';
/** Admin only (`@requiresScopes(scopes: [["admin"]])`, the ops subgraph). */
const SERVICES = '{ services { name } }';
/** `@policy(policies: [["public"]])`: anyone, anonymous callers included (identity). */
const LOGOUT = 'mutation { logout(refreshToken: "not-a-refresh-token") }';

interface Talents {
  talents: { edges: { node: { id: string; name: string; resumes: unknown[] } }[] };
}

async function post<T>(url: string, query: string, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** The supergraph with each `@join__graph` URL replaced by the one `urlOf` gives its subgraph. */
function withSubgraphUrls(supergraphSdl: string, urlOf: (name: string) => string): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g,
    (_, name: string) => `@join__graph(name: "${name}", url: "${urlOf(name)}")`,
  );
}

/** The same composition by hand: schema/composition.ts over each live subgraph's own SDL, at the URL it serves. */
async function composeFromLiveSubgraphs(t: TestStack): Promise<string> {
  const sources = await Promise.all(
    Object.entries(t.stack.subgraphs).map(async ([name, subgraph]) => {
      const answer = await post<{ _service: { sdl: string } }>(subgraph.url, '{ _service { sdl } }');
      expect(answer.body.errors, `${name} _service`).toBeUndefined();
      return { name, url: subgraph.url, typeDefs: parse(answer.body.data!._service.sdl), file: `${name} _service.sdl` };
    }),
  );
  const composed = composeSupergraph(sources);
  if (!composed.ok) throw new Error(`composition failed:\n${composed.errors.join('\n')}`);
  return composed.supergraphSdl;
}

/** Looma's tokens verified against identity's JWKS; the roles in them mapped to Looma's scopes. */
function loomaAuth(t: TestStack): Partial<GatewayConfig> {
  const jwksUri = new URL('/.well-known/jwks.json', t.stack.subgraphs.identity!.url).toString();
  const rolesOf = (payload: unknown) => (payload as { roles?: Role[] } | null)?.roles ?? [];
  return {
    plugins: () => [
      useJWT({
        signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri })],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
        tokenVerification: { issuer: [t.config.auth.issuer], audience: t.config.auth.audience, algorithms: ['ES256'] },
        // Anonymous callers go on (public fields); a token that fails verification is refused.
        reject: { missingToken: false, invalidToken: true },
        // Its context type is narrower than the config's plugin list (a variance of Hive's typings only).
      }) as GatewayPlugin,
    ],
    genericAuth: {
      mode: 'protect-granular',
      rejectUnauthenticated: false,
      resolveUserFn: (context) => (context as { jwt?: { payload?: object } }).jwt?.payload ?? null,
      extractScopes: (payload) => scopesForRoles(rolesOf(payload)),
      // The plugin's default gives an anonymous caller no policies; Looma's one policy, `public`, admits everyone.
      validateUser: ({
        user,
        fieldNode,
        typeAuthArgs,
        fieldAuthArgs,
        typeScopes,
        fieldScopes,
        typePolicies,
        fieldPolicies,
        userScopes,
      }) => {
        const isAllowed =
          (user != null || (!typeAuthArgs && !fieldAuthArgs)) &&
          [typeScopes, fieldScopes].every((required) => holds(required, userScopes)) &&
          [typePolicies, fieldPolicies].every((required) => holds(required, ['public']));
        return isAllowed
          ? undefined
          : new GraphQLError('Unauthorized field or type', { nodes: [fieldNode], extensions: { code: 'UNAUTHORIZED_FIELD_OR_TYPE' } });
      },
    },
  };
}

/** A directive's OR of ANDs (`[["a", "b"], ["c"]]`) against what the caller holds; nothing required passes. */
const holds = (required: string[][] | undefined, held: readonly string[]) =>
  !required?.length || required.some((all) => all.every((one) => held.includes(one)));

describe.each(STACK_MODES)('Hive Gateway over the composed supergraph ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  /** The control plane's record, and its SDL with the subgraph URLs of this stack. */
  let composed: SupergraphRecord | null;
  let supergraphSdl: string;
  const servers: { hive: GatewayRuntime; server: http.Server }[] = [];
  let bareUrl: string;
  let guardedUrl: string;
  const logLevel = process.env.LOG_LEVEL;

  async function startHive(extra: Partial<GatewayConfig>): Promise<string> {
    const hive = createGatewayRuntime({
      supergraph: supergraphSdl,
      logging: false,
      propagateHeaders: {
        fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? undefined }),
      },
      ...extra,
    } as GatewayConfig);
    const server = http.createServer(hive);
    servers.push({ hive, server });
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${port}/graphql`;
  }

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, {
      talents: 3,
      env: { REGISTRY_ENABLED: 'true', REGISTRY_HEARTBEAT_MS: '200', REGISTRY_TTL_MS: '1500', REGISTRY_CHECK_MS: '200' },
    });
    const subgraphCount = Object.keys(t.stack.subgraphs).length;
    const schemas = new SchemaStore(t.stack.runtime.data.stores.relational);
    composed = await eventually(
      () => schemas.current(),
      (record) => record !== null && Object.keys(record.schemaHashes).length === subgraphCount,
    );
    if (!composed) throw new Error('the control plane recorded no supergraph of every subgraph');
    supergraphSdl = withSubgraphUrls(composed.sdl, (name) => t.stack.subgraphs[name]!.url);
    // Hive's logger refuses a LOG_LEVEL it does not know (pino's `silent`, which the tests set) in every
    // logger it makes: the stack above started with it, Hive runs with one of its own levels.
    process.env.LOG_LEVEL = 'error';
    bareUrl = await startHive({});
    guardedUrl = await startHive(loomaAuth(t));
  }, 180_000);

  afterAll(async () => {
    for (const { hive, server } of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await hive.dispose();
    }
    if (logLevel === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = logLevel;
    await t?.close();
  });

  it.skipIf(!available)("is the control plane's, composed as the Router would run it: the auth links stay for: SECURITY", async () => {
    for (const spec of ['authenticated', 'requiresScopes', 'policy']) {
      expect(composed!.sdl).toMatch(new RegExp(`@link\\(url: "https://specs\\.apollo\\.dev/${spec}/v0\\.1", for: SECURITY\\)`));
    }
    // It routes to the configured <NAME>_URL of each subgraph (instances are discovery's business).
    for (const name of Object.keys(t.stack.subgraphs)) {
      const configured = t.config.subgraphUrls[name as keyof typeof t.config.subgraphUrls];
      expect(composed!.sdl).toContain(`@join__graph(name: "${name}", url: "${configured}")`);
    }
    // The same as composing the running subgraphs' own SDL by hand.
    expect(supergraphSdl).toBe(await composeFromLiveSubgraphs(t));
  });

  it.skipIf(!available)("answers a two-subgraph query with a real token exactly as Looma's gateway does", async () => {
    const token = t.token(['RECRUITER']);
    const viaLooma = await t.request<Talents>(TWO_SUBGRAPHS, {}, { token });
    expect(viaLooma.body.errors).toBeUndefined();
    for (const url of [bareUrl, guardedUrl]) {
      const viaHive = await post<Talents>(url, TWO_SUBGRAPHS, token);
      expect(viaHive.status).toBe(200);
      expect(viaHive.body.errors).toBeUndefined();
      const edges = viaHive.body.data!.talents.edges;
      expect(edges).toHaveLength(3);
      // `resumes` is the resume subgraph's: each talent went through its _entities.
      for (const { node } of edges) expect(Array.isArray(node.resumes)).toBe(true);
      expect(viaHive.body.data).toEqual(viaLooma.body.data);
    }
  });

  it.skipIf(!available)('without a gateway check, the subgraphs still refuse a caller without a token', async () => {
    const anonymous = await post<Talents>(bareUrl, TWO_SUBGRAPHS);
    expect(anonymous.body.data?.talents ?? null).toBeNull();
    expect(anonymous.body.errors?.map((error) => error.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.body)).not.toMatch(/\bat .+\.ts:\d+/);
  });

  it.skipIf(!available)('configured as the docs say, refuses at the gateway what the directives refuse', async () => {
    const refusedAtGateway = (answer: GraphQLResponse<unknown>) =>
      answer.body.errors?.map((error) => error.extensions?.code).includes('UNAUTHORIZED_FIELD_OR_TYPE');
    // @requiresScopes: an admin field, a recruiter's token (Hive's own code: no subgraph answered it).
    const recruiter = await post<{ services: unknown }>(guardedUrl, SERVICES, t.token(['RECRUITER']));
    expect(recruiter.body.data?.services ?? null).toBeNull();
    expect(refusedAtGateway(recruiter)).toBe(true);
    const admin = await post<{ services: unknown[] }>(guardedUrl, SERVICES, t.token(['ADMIN']));
    expect(admin.body.errors).toBeUndefined();
    expect(Array.isArray(admin.body.data?.services)).toBe(true);
    // No token: refused on a scoped field, answered on a `public` one.
    expect(refusedAtGateway(await post(guardedUrl, TWO_SUBGRAPHS))).toBe(true);
    const logout = await post<{ logout: boolean }>(guardedUrl, LOGOUT);
    expect(logout.body.errors).toBeUndefined();
    expect(logout.body.data?.logout).toBe(true);
    // A token whose signature does not verify against identity's JWKS.
    const forged = `${t.token(['ADMIN']).slice(0, -8)}AAAAAAAA`;
    const refused = await post(guardedUrl, SERVICES, forged);
    expect(refused.status).toBe(401);
    expect(refused.body.data ?? null).toBeNull();
  });
});
