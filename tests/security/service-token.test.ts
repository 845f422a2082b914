import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config.ts';
import { ServiceTokenSigner } from '../../platform/service-tokens.ts';
import { STACK_MODES, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';

/**
 * Issue 9, point 8: with production settings a subgraph answers only calls that carry a service
 * token (a one-minute ES256 JWT signed with the platform's key ring) — checked before the body is
 * read or Apollo runs; the gateway signs its own calls; development needs no token.
 */
const PRODUCTION = { LOOMA_ENV: 'production', AUTH_KEY_ENCRYPTION_SECRET: 'service-token-test-secret-of-32-characters' };
const HEADER = 'x-looma-service-token';
const SDL = '{ _service { sdl } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/** A service token as a Looma signer makes it; `claims`/`header` override its parts. */
async function serviceToken(
  key: { kid: string; privateKey: KeyObject },
  issuer: string,
  { claims = {}, header = {}, iat }: { claims?: Record<string, unknown>; header?: Record<string, unknown>; iat?: number } = {},
): Promise<string> {
  const now = iat ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ sub: 'gateway', iss: issuer, aud: 'looma-services', iat: now, exp: now + 60, jti: randomUUID(), ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'looma-service+jwt', kid: key.kid, ...header })
    .sign(key.privateKey);
}

describe('SERVICE_AUTH configuration', () => {
  it('is required in production and off in development and test unless set', () => {
    expect(loadConfig(PRODUCTION).serviceAuth).toBe('required');
    expect(loadConfig({ LOOMA_ENV: 'development' }).serviceAuth).toBe('off');
    expect(loadConfig({ LOOMA_ENV: 'test' }).serviceAuth).toBe('off');
    expect(loadConfig({ LOOMA_ENV: 'test', SERVICE_AUTH: 'required' }).serviceAuth).toBe('required');
    // An operator may turn it off in production (e.g. mTLS between services does the same job).
    expect(loadConfig({ ...PRODUCTION, SERVICE_AUTH: 'off' }).serviceAuth).toBe('off');
  });

  it('names the variable when the value is wrong, and keeps the service audience for service tokens', () => {
    expect(() => loadConfig({ SERVICE_AUTH: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ SERVICE_AUTH: 'maybe' })).toThrow(/SERVICE_AUTH/);
    expect(() => loadConfig({ AUTH_AUDIENCE: 'looma-services' })).toThrow(/AUTH_AUDIENCE/);
  });
});

describe.each(STACK_MODES)('service tokens with production settings ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let talentId: string;

  const direct = (
    service: string,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    token: string | null = null,
  ) => t.request(query, variables, { url: t.stack.subgraphs[service]!.url, token, headers });
  const activeKey = () => t.stack.runtime.authenticator.keys.signingKey();
  const expectRefused = (response: GraphQLResponse, what: string) => {
    expect(response.status, what).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code, what).toBe('UNAUTHENTICATED');
    expect(response.body.data, what).toBeUndefined();
    expect(JSON.stringify(response.body), what).not.toMatch(/stacktrace|type Query/);
  };

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 2, env: PRODUCTION });
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    expect(page.body.errors).toBeUndefined();
    talentId = page.body.data!.talents.edges[0]!.node.id;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)(
    'refuses a direct call to every subgraph without a service token: _service, _entities, fields, even with a user token',
    async () => {
      expect(Object.keys(t.stack.subgraphs).sort()).toEqual(['chat', 'identity', 'matching', 'ops', 'resume', 'search', 'talent']);
      for (const service of Object.keys(t.stack.subgraphs)) {
        expectRefused(await direct(service, SDL), `${service} _service`);
        expectRefused(await direct(service, ENTITIES, { r: [{ __typename: 'Talent', id: talentId }] }), `${service} _entities`);
        // A user's own access token is not a service token.
        expectRefused(await direct(service, SDL, {}, {}, t.token(['ADMIN'])), `${service} with a user token`);
      }
      expectRefused(await direct('talent', '{ talents(first: 1) { totalCount } }', {}, {}, t.token()), 'talent query');
      // GET requests too.
      const get = await fetch(`${t.stack.subgraphs.talent!.url}?query=${encodeURIComponent(SDL)}`);
      expect(get.status).toBe(401);
    },
  );

  it.runIf(available)('checks the token before anything runs: the body is not parsed, a sign-up writes nothing', async () => {
    const notJson = await fetch(t.stack.subgraphs.talent!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect(notJson.status).toBe(401);
    expect(((await notJson.json()) as GraphQLResponse['body']).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const orgName = `Direct ${randomUUID()}`;
    const signUp = await direct('identity', 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { orgName, email: `direct-${randomUUID().slice(0, 8)}@example.test`, password: 'a long enough password', name: 'Direct' },
    });
    expectRefused(signUp, 'signUp');
    const rows = await t.stack.runtime.data.stores.relational.query('SELECT 1 FROM orgs WHERE name = $1', [orgName]);
    expect(rows).toHaveLength(0);
  });

  it.runIf(available)('refuses forged, expired, wrong-audience, wrong-issuer, wrong-type and unsigned tokens', async () => {
    const issuer = t.config.auth.issuer;
    const ring = activeKey();
    const outsider = { kid: randomUUID(), privateKey: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey };
    const now = Math.floor(Date.now() / 1000);
    const cases: Record<string, string> = {
      'a key outside the ring': await serviceToken(outsider, issuer),
      "another key under the ring's kid": await serviceToken({ kid: ring.kid, privateKey: outsider.privateKey }, issuer),
      expired: await serviceToken(ring, issuer, { iat: now - 600 }),
      'older than a service token lives': await serviceToken(ring, issuer, { iat: now - 600, claims: { exp: now + 600 } }),
      'without exp': await serviceToken(ring, issuer, { claims: { exp: undefined } }),
      "the users' audience": await serviceToken(ring, issuer, { claims: { aud: t.config.auth.audience } }),
      'another issuer': await serviceToken(ring, 'https://evil.example', {}),
      "an access token's type": await serviceToken(ring, issuer, { header: { typ: 'JWT' } }),
      'an organisation claim': await serviceToken(ring, issuer, { claims: { org: t.orgId } }),
      'a user access token': t.token(['ADMIN']),
      unsigned: `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'looma-service+jwt', kid: ring.kid })).toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'gateway', iss: issuer, aud: 'looma-services', iat: now, exp: now + 60 })).toString('base64url')}.`,
      garbage: 'not-a-token',
    };
    for (const [what, token] of Object.entries(cases)) {
      expectRefused(await direct('talent', SDL, {}, { [HEADER]: token }), what);
    }
  });

  it.runIf(available)('answers a valid service token, and still verifies the user credential beside it', async () => {
    const token = await serviceToken(activeKey(), t.config.auth.issuer);
    const sdl = await direct('talent', SDL, {}, { [HEADER]: token });
    expect(sdl.status).toBe(200);
    expect((sdl.body.data as { _service: { sdl: string } })._service.sdl).toContain('type Talent');
    // The service token proves where the call comes from, not who the user is.
    const anonymous = await direct('talent', '{ talents(first: 1) { totalCount } }', {}, { [HEADER]: token });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const badUser = await direct('talent', '{ talents(first: 1) { totalCount } }', {}, { [HEADER]: token }, 'invalid.user.token');
    expect(badUser.status).toBe(401);
    const user = await direct('talent', '{ talents(first: 1) { totalCount } }', {}, { [HEADER]: token }, t.token());
    expect(user.body).toEqual({ data: { talents: { totalCount: 2 } } });
  });

  it.runIf(available)('works through the gateway, which signs its calls to every subgraph (entity fetches included)', async () => {
    const response = await t.request<{
      talents: {
        totalCount: number;
        edges: { node: { id: string; projections: { isCurrent: boolean }; resumes: unknown[]; similar: unknown[] } }[];
      };
      me: null;
    }>(
      '{ me { id } talents(first: 2) { totalCount edges { node { id projections { isCurrent } resumes { id } similar(first: 1) { score } } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.talents.totalCount).toBe(2);
    expect(response.body.data!.talents.edges.map((e) => e.node.projections.isCurrent)).toEqual([true, true]);
    expect(response.body.data!.me).toBeNull();
  });

  it.runIf(available)('does not take a service token as a user credential at the gateway', async () => {
    const token = await serviceToken(activeKey(), t.config.auth.issuer);
    const response = await t.request('{ talents(first: 1) { totalCount } }', {}, { token });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.runIf(available)('keeps /health open for probes (and /ready, /metrics: see README)', async () => {
    const base = new URL(t.stack.subgraphs.talent!.url);
    for (const path of ['/health', '/ready', '/metrics']) {
      const response = await fetch(new URL(path, base));
      expect(response.status, path).toBe(200);
    }
  });

  it.runIf(available)('rotates with the signing keys: a retiring key still verifies, a retired one does not', async () => {
    const keys = t.stack.runtime.authenticator.keys;
    const issuer = t.config.auth.issuer;
    const before = activeKey();
    const oldToken = await serviceToken(before, issuer);
    const signer = new ServiceTokenSigner(keys, issuer, 'test');
    const lagging = new ServiceTokenSigner(keys, issuer, 'test');
    const kidOf = async (s: ServiceTokenSigner) => decodeProtectedHeader(await s.token()).kid;
    expect([await kidOf(signer), await kidOf(lagging)]).toEqual([before.kid, before.kid]);

    const rotated = await keys.rotate();
    expect(rotated.kid).not.toBe(before.kid);
    expect((await direct('talent', SDL, {}, { [HEADER]: oldToken })).status).toBe(200);
    expect((await direct('talent', SDL, {}, { [HEADER]: await serviceToken(activeKey(), issuer) })).status).toBe(200);
    const viaGateway = await t.request<{ talents: { totalCount: number } }>('{ talents(first: 1) { totalCount } }');
    expect(viaGateway.body.data?.talents.totalCount).toBe(2);
    // Signers keep the retiring key until every process has had time to read the new one (30 s re-reads).
    expect(await kidOf(signer)).toBe(before.kid);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 36_000);
      expect(await kidOf(signer)).toBe(rotated.kid);
    } finally {
      vi.useRealTimers();
    }

    // Retired (it leaked): out of the ring, its tokens stop at once, and signers move to the new key at once.
    await keys.retire(before.kid);
    expectRefused(await direct('talent', SDL, {}, { [HEADER]: oldToken }), 'retired key');
    expect(await kidOf(lagging)).toBe(rotated.kid);
    // (A user token of the new key: the stack's default one was signed by the retired key.)
    const afterRetire = await t.request<{ talents: { totalCount: number } }>(
      '{ talents(first: 1) { totalCount } }',
      {},
      { token: t.token() },
    );
    expect(afterRetire.body.data?.talents.totalCount).toBe(2);
  });
});

describe('development and test settings', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 1, env: { LOOMA_ENV: 'development' } });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers direct subgraph calls without a service token, as before', async () => {
    const sdl = await t.request<{ _service: { sdl: string } }>(SDL, {}, { url: t.stack.subgraphs.talent!.url, token: null });
    expect(sdl.status).toBe(200);
    expect(sdl.body.data?._service.sdl).toContain('type Talent');
    const talents = await t.request<{ talents: { totalCount: number } }>(
      '{ talents(first: 1) { totalCount } }',
      {},
      { url: t.stack.subgraphs.talent!.url },
    );
    expect(talents.body.data?.talents.totalCount).toBe(1);
  });
});
