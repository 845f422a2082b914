import { randomUUID, sign } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { API_KEY_PREFIX, ApiKeyVerifier, type ApiKeyLookup } from './api-keys.ts';
import type { Config } from './config.ts';
import { unauthenticated } from './errors.ts';
import type { Logger } from './logger.ts';
import type { ExtraRoute } from './service.ts';
import { KeyRing, keyEncryptionSecret, type KeyRingOptions, type SigningKeyStore } from './signing-keys.ts';
import { VerifiedTokenCache } from './token-cache.ts';
import { ROLES, scopesForRoles, type Role, type Viewer } from './viewer.ts';

/** The demo organisation (seeded by the talent subgraph on the first embedded start). */
export const DEMO_ORG_ID = '00000000-0000-4000-8000-00000000d3e0';
/** The demo recruiter: anonymous embedded requests act as this user (seeded as recruiter@demo.looma.dev). */
export const DEMO_USER_ID = '00000000-0000-4000-8000-0000000000a1';

const ALGORITHM = 'ES256';
const CLOCK_TOLERANCE_SECONDS = 30;
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** What a request presents: its `authorization` header and the address it came from. */
export interface Credentials {
  authorization?: string;
  address?: string;
  /** The client's `Accept-Language` (not a credential; it travels with them to every subgraph): answers written in a language follow it. */
  language?: string;
}

export interface AccessTokenSubject {
  userId: string;
  orgId: string;
  roles: readonly Role[];
}

export interface Authenticator {
  /** Verifies the credentials; `null` when there are none. Bad credentials throw UNAUTHENTICATED. */
  authenticate(credentials: Credentials): Promise<Viewer | null>;
  /** Signs with the ring's active key (in memory, so synchronous); the `kid` header names it. */
  issueAccessToken(subject: AccessTokenSubject, ttlSeconds?: number): string;
  readonly keys: KeyRing;
  /** Stops refreshing the key ring. */
  close(): void;
}

/** Where the key ring and the API keys are kept (data/auth/auth-stores.ts opens both on the relational store). */
export interface AuthenticatorDeps {
  signingKeys: SigningKeyStore;
  apiKeys: ApiKeyLookup;
  logger: Logger;
  keyRing?: KeyRingOptions;
  /** Bound of the verified-token cache (platform/token-cache.ts); 0 verifies every request in full. */
  tokenCacheEntries?: number;
}

/**
 * Verifies every credential Looma accepts: its own ES256 access tokens (pinned algorithm, `exp`
 * required, `iss` and `aud` checked, `kid` looked up in the key ring), API keys (`lk_…`), and
 * tokens of a configured outside issuer (verified against that issuer's JWKS).
 */
export async function createAuthenticator(config: Config, deps: AuthenticatorDeps): Promise<Authenticator> {
  const keys = await KeyRing.open(deps.signingKeys, keyEncryptionSecret(config), deps.logger, deps.keyRing);
  const apiKeys = new ApiKeyVerifier(deps.apiKeys);
  const external = config.auth.external ? externalVerifier(config.auth.external, deps.logger) : null;
  const verified = deps.tokenCacheEntries === 0 ? null : new VerifiedTokenCache(deps.tokenCacheEntries);
  const demoViewer: Viewer | null = config.auth.demoAnonymous
    ? { userId: DEMO_USER_ID, orgId: DEMO_ORG_ID, roles: ['RECRUITER'], scopes: scopesForRoles(['RECRUITER']), via: 'demo' }
    : null;

  async function verifyLoomaToken(token: string, kid: unknown, cacheKey: string | undefined): Promise<Viewer> {
    const key = typeof kid === 'string' ? await keys.verificationKey(kid) : undefined;
    if (!key) throw unauthenticated('The access token was not signed by a current Looma key');
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw unauthenticated(error instanceof errors.JWTExpired ? 'The access token has expired' : 'The access token is invalid');
    }
    if (typeof claims.sub !== 'string' || typeof claims.org !== 'string') {
      throw unauthenticated('The access token lacks a subject or organisation');
    }
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ROLES.includes(r as Role)) : [];
    const viewer: Viewer = { userId: claims.sub, orgId: claims.org, roles, scopes: scopesForRoles(roles), via: 'token' };
    if (cacheKey && typeof kid === 'string') verified?.set(cacheKey, { viewer, kid, exp: claims.exp! });
    return viewer;
  }

  return {
    keys,
    async authenticate({ authorization }) {
      if (!authorization) return demoViewer;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match?.[1]) throw unauthenticated('The authorization header must be "Bearer <token>"');
      const credential = match[1];
      if (credential.startsWith(API_KEY_PREFIX)) return apiKeys.verify(credential);
      // A token verified before, still before its exp, whose key still verifies: no signature check again.
      const cacheKey = verified ? VerifiedTokenCache.keyOf(credential) : undefined;
      const hit = cacheKey ? verified?.get(cacheKey) : undefined;
      if (hit && (await keys.verificationKey(hit.kid))) return hit.viewer;
      let kid: unknown;
      let issuer: unknown;
      try {
        // Read unverified only to pick the verifier; each verifier checks everything itself.
        kid = decodeProtectedHeader(credential).kid;
        issuer = decodeJwt(credential).iss;
      } catch {
        throw unauthenticated('The access token is invalid');
      }
      if (external && issuer === external.issuer) return external.verify(credential);
      return verifyLoomaToken(credential, kid, cacheKey);
    },
    issueAccessToken({ userId, orgId, roles }, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS) {
      const { kid, privateKey } = keys.signingKey();
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: ALGORITHM, typ: 'JWT', kid };
      const claims = {
        sub: userId,
        org: orgId,
        roles,
        iss: config.auth.issuer,
        aud: config.auth.audience,
        iat: now,
        exp: now + ttlSeconds,
        jti: randomUUID(),
      };
      const input = `${base64url(header)}.${base64url(claims)}`;
      // JOSE wants the raw r||s signature (IEEE P1363), not node's default DER.
      const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return `${input}.${signature.toString('base64url')}`;
    },
    close() {
      keys.close();
    },
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Tokens of an outside OpenID issuer: verified against its JWKS, mapped onto a Looma org and roles. */
function externalVerifier(external: NonNullable<Config['auth']['external']>, logger: Logger) {
  // jose caches the key set and re-fetches it (at most every 30 s) when a token names an unknown kid.
  const jwks = createRemoteJWKSet(new URL(external.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  return {
    issuer: external.issuer,
    async verify(token: string): Promise<Viewer> {
      let claims: JWTPayload;
      try {
        ({ payload: claims } = await jwtVerify(token, jwks, {
          algorithms: external.algorithms,
          issuer: external.issuer,
          audience: external.audience,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          requiredClaims: ['exp', 'sub'],
        }));
      } catch (error) {
        if (!(error instanceof errors.JOSEError)) logger.warn({ err: error }, "the external issuer's keys could not be read");
        throw unauthenticated(error instanceof errors.JWTExpired ? 'The access token has expired' : 'The access token is invalid');
      }
      const orgValue = claims[external.orgClaim];
      const orgId = typeof orgValue === 'string' && Object.hasOwn(external.orgMap, orgValue) ? external.orgMap[orgValue] : undefined;
      if (!orgId) throw unauthenticated('The organisation of this token is not mapped to a Looma organisation');
      const rawRoles = claims[external.rolesClaim];
      const listed = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(' ') : [];
      const roles = [
        ...new Set(listed.flatMap((r) => (typeof r === 'string' && Object.hasOwn(external.roleMap, r) ? [external.roleMap[r]!] : []))),
      ];
      if (roles.length === 0) throw unauthenticated('No role of this token is mapped to a Looma role');
      return { userId: claims.sub!, orgId, roles, scopes: scopesForRoles(roles), via: 'external' };
    },
  };
}

/** `GET /.well-known/jwks.json`: the keys that verify Looma's access tokens (active and retiring). */
export function jwksRoute(authenticator: Authenticator): ExtraRoute {
  return {
    method: 'GET',
    path: '/.well-known/jwks.json',
    handle(_req, res) {
      // Short cache: a rotation shows within five minutes, and a retiring key stays listed far longer.
      res.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'public, max-age=300' });
      res.end(JSON.stringify(authenticator.keys.publicJwks()));
    },
  };
}
