import { createHmac, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Every forged, stale or mismatched credential is 401 UNAUTHENTICATED, at the gateway and straight
 * at a subgraph alike (subgraphs verify the forwarded credential themselves).
 */
const QUERY = '{ talents(first: 1) { totalCount } }';
const EXTERNAL_ISSUER = 'https://idp.example.test/';
const EXTERNAL_AUDIENCE = 'looma-external';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function es256(header: object, claims: object, key: KeyObject): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

describe('access tokens, refresh tokens and outside issuers', () => {
  let t: TestStack;
  let jwksServer: http.Server;
  const idp = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const externalOrg = randomUUID();

  beforeAll(async () => {
    // The outside issuer's JWKS, served the way an identity provider serves it.
    const jwk = { ...(await exportJWK(idp.publicKey)), kid: 'idp-1', alg: 'RS256', use: 'sig' };
    jwksServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    t = await startTestStack('embedded', {
      talents: 2,
      env: {
        EXTERNAL_ISSUER,
        EXTERNAL_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        EXTERNAL_AUDIENCE,
        EXTERNAL_ORG_CLAIM: 'tenant',
        EXTERNAL_ORG_MAP: JSON.stringify({ acme: externalOrg }),
        EXTERNAL_ROLE_MAP: JSON.stringify({ 'crm.recruiter': 'RECRUITER', 'crm.reader': 'VIEWER' }),
      },
    });
    await seedDemo(t.stack.runtime.data.stores.relational, 3, externalOrg);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    jwksServer?.close();
  });

  /** Sends the credential to the gateway and to the talent subgraph; both must refuse it with 401. */
  async function expectRefused(token: string): Promise<void> {
    for (const url of [t.stack.gateway.url, t.stack.subgraphs.talent!.url]) {
      const response = await t.request(QUERY, {}, { token, url });
      expect(response.status, url).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code, url).toBe('UNAUTHENTICATED');
      expect(response.body.data, url).toBeUndefined();
    }
  }

  function valid(overrides: Record<string, unknown> = {}, headerOverrides: Record<string, unknown> = {}) {
    const { kid, privateKey } = t.stack.runtime.authenticator.keys.signingKey();
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: randomUUID(),
      org: t.orgId,
      roles: ['ADMIN'],
      iss: t.config.auth.issuer,
      aud: t.config.auth.audience,
      iat: now,
      exp: now + 300,
      ...overrides,
    };
    return { kid, privateKey, claims, header: { alg: 'ES256', typ: 'JWT', kid, ...headerOverrides } };
  }

  it('accepts a correctly signed Looma token (the baseline the forgeries below differ from)', async () => {
    const { header, claims, privateKey } = valid();
    for (const url of [t.stack.gateway.url, t.stack.subgraphs.talent!.url]) {
      const response = await t.request<{ talents: { totalCount: number } }>(QUERY, {}, { token: es256(header, claims, privateKey), url });
      expect(response.body.data?.talents.totalCount).toBe(2);
    }
  });

  it('refuses alg "none"', async () => {
    const { claims, kid } = valid();
    await expectRefused(`${b64({ alg: 'none', typ: 'JWT', kid })}.${b64(claims)}.`);
  });

  it('refuses HS256 signed with the public key as the HMAC secret (algorithm confusion)', async () => {
    const { claims, kid } = valid();
    const jwks = t.stack.runtime.authenticator.keys.publicJwks();
    const publicPem = createPublicKey({ key: jwks.keys.find((k) => k.kid === kid)!, format: 'jwk' }).export({
      type: 'spki',
      format: 'pem',
    });
    const input = `${b64({ alg: 'HS256', typ: 'JWT', kid })}.${b64(claims)}`;
    await expectRefused(`${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`);
  });

  it('refuses an expired token (beyond the 30 s clock skew) and accepts one within it', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = valid({ iat: now - 600, exp: now - 60 });
    await expectRefused(es256(expired.header, expired.claims, expired.privateKey));
    const withinSkew = valid({ iat: now - 600, exp: now - 10 });
    const response = await t.request(QUERY, {}, { token: es256(withinSkew.header, withinSkew.claims, withinSkew.privateKey) });
    expect(response.status).toBe(200);
  });

  it('refuses a token without exp', async () => {
    const { header, claims, privateKey } = valid({ exp: undefined });
    await expectRefused(es256(header, claims, privateKey));
  });

  it('refuses the wrong issuer and the wrong audience', async () => {
    for (const override of [{ iss: 'https://evil.example' }, { aud: 'another-api' }, { iss: undefined }]) {
      const { header, claims, privateKey } = valid(override);
      await expectRefused(es256(header, claims, privateKey));
    }
  });

  it('refuses a bad signature and a tampered payload', async () => {
    const { header, claims, privateKey } = valid();
    const token = es256(header, claims, privateKey);
    const [h, p, s] = token.split('.');
    const flipped = `${s!.slice(0, 10)}${s![10] === 'A' ? 'B' : 'A'}${s!.slice(11)}`;
    await expectRefused(`${h}.${p}.${flipped}`);
    await expectRefused(`${h}.${b64({ ...claims, roles: ['ADMIN'], org: randomUUID() })}.${s}`);
  });

  it('refuses an unknown kid, and a token without one, even when well signed', async () => {
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const { claims } = valid();
    await expectRefused(es256({ alg: 'ES256', typ: 'JWT', kid: randomUUID() }, claims, stranger));
    await expectRefused(es256({ alg: 'ES256', typ: 'JWT' }, claims, stranger));
  });

  it('refuses a refresh token used again after rotation, and the family with it', async () => {
    const signUp = await t.request<{ signUp: { refreshToken: string } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { refreshToken } }',
      {
        input: {
          orgName: 'Refresh Org',
          email: `r-${randomUUID().slice(0, 8)}@example.test`,
          password: 'a long enough password',
          name: 'R',
        },
      },
      { token: null },
    );
    const first = signUp.body.data!.signUp.refreshToken;
    const refresh = (token: string, url = t.stack.gateway.url) =>
      t.request<{ refresh: { refreshToken: string } }>(
        'mutation($r: String!) { refresh(refreshToken: $r) { refreshToken } }',
        { r: token },
        { token: null, url },
      );
    const second = (await refresh(first)).body.data!.refresh.refreshToken;
    // A resolver error: the GraphQL response carries UNAUTHENTICATED (HTTP 200 with errors), at the gateway and at identity.
    const reused = await refresh(first);
    expect(reused.body.data).toBeNull();
    expect(reused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await refresh(second, t.stack.subgraphs.identity!.url);
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps verifying a key another process rotated in (the ring re-reads on an unknown kid)', async () => {
    const { KeyRing } = await import('../../platform/signing-keys.ts');
    const { keyEncryptionSecret } = await import('../../platform/signing-keys.ts');
    const { SqlSigningKeyStore } = await import('../../data/auth/signing-key-store.ts');
    const other = await KeyRing.open(
      new SqlSigningKeyStore(t.stack.runtime.data.stores.relational),
      keyEncryptionSecret(t.config),
      t.stack.runtime.logger,
    );
    try {
      const rotated = await other.rotate();
      const { privateKey } = other.signingKey();
      const { claims } = valid();
      // Wait out the ring's reload guard for unknown kids (5 s), or the 30 s refresh.
      await new Promise((resolve) => setTimeout(resolve, 5_100));
      const response = await t.request<{ talents: { totalCount: number } }>(
        QUERY,
        {},
        { token: es256({ alg: 'ES256', typ: 'JWT', kid: rotated.kid }, claims, privateKey) },
      );
      expect(response.body.data?.talents.totalCount).toBe(2);
    } finally {
      other.close();
    }
  }, 20_000);

  describe('an outside issuer', () => {
    const external = (claims: Record<string, unknown>, { key = idp.privateKey, kid = 'idp-1', alg = 'RS256', expiresIn = '5m' } = {}) =>
      new SignJWT({ tenant: 'acme', roles: ['crm.recruiter'], ...claims })
        .setProtectedHeader({ alg, kid })
        .setIssuer(EXTERNAL_ISSUER)
        .setAudience(EXTERNAL_AUDIENCE)
        .setSubject('idp|user-42')
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(key);

    it('is accepted against its JWKS and mapped onto a Looma org and role', async () => {
      const token = await external({});
      for (const url of [t.stack.gateway.url, t.stack.subgraphs.talent!.url]) {
        const response = await t.request<{ talents: { totalCount: number } }>(QUERY, {}, { token, url });
        expect(response.body.data?.talents.totalCount, url).toBe(3);
      }
      const reader = await external({ roles: 'crm.reader other' });
      const write = await t.request('mutation { createTalent(input: { name: "No" }) { id } }', {}, { token: reader });
      expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const me = await t.request<{ me: unknown }>('{ me { id } }', {}, { token });
      expect(me.body).toEqual({ data: { me: null } });
    });

    it('is refused when anything does not match: audience, org, roles, key, algorithm, expiry', async () => {
      const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      const hmacKey = new TextEncoder().encode('x'.repeat(32));
      const tokens = [
        await new SignJWT({ tenant: 'acme', roles: ['crm.recruiter'] })
          .setProtectedHeader({ alg: 'RS256', kid: 'idp-1' })
          .setIssuer(EXTERNAL_ISSUER)
          .setAudience('someone-else')
          .setSubject('s')
          .setExpirationTime('5m')
          .sign(idp.privateKey),
        await external({ tenant: 'globex' }),
        await external({ tenant: undefined }),
        await external({ roles: ['crm.admin'] }),
        await external({}, { key: stranger }),
        await external({}, { key: stranger, kid: 'unknown-kid' }),
        await new SignJWT({ tenant: 'acme', roles: ['crm.recruiter'] })
          .setProtectedHeader({ alg: 'HS256', kid: 'idp-1' })
          .setIssuer(EXTERNAL_ISSUER)
          .setAudience(EXTERNAL_AUDIENCE)
          .setSubject('s')
          .setExpirationTime('5m')
          .sign(hmacKey),
        await external({}, { expiresIn: '-2m' }),
      ];
      for (const token of tokens) await expectRefused(token);
    });
  });
});
