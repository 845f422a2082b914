import { generateKeyPairSync, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import type { Config } from './config.ts';
import { unauthenticated } from './errors.ts';
import { ROLES, scopesForRoles, type Role, type Viewer } from './viewer.ts';

/** The demo organisation (seeded by the talent subgraph on the first embedded start). */
export const DEMO_ORG_ID = '00000000-0000-4000-8000-00000000d3e0';
export const DEMO_USER_ID = '00000000-0000-4000-8000-0000000000a1';

const ALGORITHM = 'ES256' as const;
const CLOCK_TOLERANCE_SECONDS = 30;

interface Claims {
  sub: string;
  org: string;
  roles: Role[];
  scope?: string;
}

/** What a request presents: its `authorization` header and the address it came from. */
export interface Credentials {
  authorization?: string;
  address?: string;
}

export interface Authenticator {
  /** Verifies the credentials; `null` when there are none. Bad credentials throw UNAUTHENTICATED. */
  authenticate(credentials: Credentials): Promise<Viewer | null>;
  issueAccessToken(subject: { userId: string; orgId: string; roles: Role[] }, ttlSeconds?: number): string;
  readonly publicKeyPem: string;
}

/**
 * Verifies Looma's own access tokens (ES256, pinned; `exp`, `iss` and `aud` required). Identity,
 * refresh, API keys and outside issuers build on this seam.
 */
export function createAuthenticator(config: Config): Authenticator {
  const keys = loadKeys(config);
  const demoViewer: Viewer | null = config.auth.demoAnonymous
    ? { userId: DEMO_USER_ID, orgId: DEMO_ORG_ID, roles: ['RECRUITER'], scopes: scopesForRoles(['RECRUITER']), via: 'demo' }
    : null;

  return {
    publicKeyPem: keys.publicKey,
    async authenticate({ authorization }) {
      if (!authorization) return demoViewer;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match?.[1]) throw unauthenticated('The authorization header must be "Bearer <token>"');
      let claims: jwt.JwtPayload;
      try {
        const verified = jwt.verify(match[1], keys.publicKey, {
          algorithms: [ALGORITHM],
          issuer: config.auth.issuer,
          audience: config.auth.audience,
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          complete: false,
        });
        if (typeof verified === 'string') throw new Error('payload is not an object');
        claims = verified;
      } catch (error) {
        const reason = error instanceof jwt.TokenExpiredError ? 'The access token has expired' : 'The access token is invalid';
        throw unauthenticated(reason);
      }
      if (typeof claims.exp !== 'number') throw unauthenticated('The access token has no expiry');
      const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is Role => ROLES.includes(r)) : [];
      if (typeof claims.sub !== 'string' || typeof claims.org !== 'string') {
        throw unauthenticated('The access token lacks a subject or organisation');
      }
      return { userId: claims.sub, orgId: claims.org, roles, scopes: scopesForRoles(roles), via: 'token' };
    },
    issueAccessToken({ userId, orgId, roles }, ttlSeconds = 900) {
      const claims: Claims = { sub: userId, org: orgId, roles };
      return jwt.sign(claims, keys.privateKey, {
        algorithm: ALGORITHM,
        expiresIn: ttlSeconds,
        issuer: config.auth.issuer,
        audience: config.auth.audience,
        jwtid: randomUUID(),
      });
    },
  };
}

function loadKeys(config: Config): { publicKey: string; privateKey: string } {
  if (config.auth.publicKey && config.auth.privateKey) {
    return { publicKey: config.auth.publicKey, privateKey: config.auth.privateKey };
  }
  // Embedded and development only (config refuses production without keys): one pair kept in the data directory.
  const file = path.join(config.dataDir, 'auth-keys.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  } catch {
    const pair = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, JSON.stringify(pair), { mode: 0o600 });
    return pair;
  }
}
