import { randomUUID, type KeyObject } from 'node:crypto';
import type http from 'node:http';
import { decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { unauthenticated } from './errors.ts';
import { DEFAULT_REFRESH_MS, type KeyRing } from './signing-keys.ts';

/**
 * Service tokens: how a subgraph knows a call comes from the gateway or another Looma service, not
 * from whoever reached its port. A service token is a short-lived ES256 JWT signed with the
 * platform's active key (platform/signing-keys.ts), so it rotates with the signing keys: after a
 * rotation, tokens of the retiring key still verify; a key outside the ring never does.
 *
 * It is kept apart from users' access tokens both ways: its own `typ` header, its own audience
 * (`looma-services`, which configuration refuses as AUTH_AUDIENCE) and no `org` claim. An access
 * token therefore never passes as a service token, nor a service token as a user's credential.
 */

/** The header a service token travels in (the caller's own `authorization` travels beside it, unchanged). */
export const SERVICE_TOKEN_HEADER = 'x-looma-service-token';
export const SERVICE_TOKEN_AUDIENCE = 'looma-services';
export const SERVICE_TOKEN_TYPE = 'looma-service+jwt';
export const SERVICE_TOKEN_TTL_SECONDS = 60;
/** Renewed when less than this is left, so a token never expires on its way to a subgraph. */
const RENEW_BEFORE_SECONDS = 20;
/** The clock skew tolerated between services: small, the token lives a minute. */
const CLOCK_TOLERANCE_SECONDS = 5;
const ALGORITHM = 'ES256';
/**
 * A newly active key signs service tokens only once every other process has had time to read it
 * (each re-reads the ring every 30 s): until then a subgraph that has just re-read the ring would
 * not know its kid yet. The previous key, now retiring, keeps signing meanwhile — unless it was
 * retired (leaked), which switches at once.
 */
const ADOPT_NEW_KEY_AFTER_MS = DEFAULT_REFRESH_MS + 5_000;

export interface ServiceCaller {
  /** The calling service, e.g. `gateway`. */
  service: string;
}

/** Signs service tokens for one calling service; caches the current one and renews it before it expires. */
export class ServiceTokenSigner {
  private current: { token: string; kid: string; renewAt: number } | null = null;
  private signing: { kid: string; privateKey: KeyObject } | null = null;
  /** An active key this signer has not adopted yet, and since when it has seen it. */
  private pending: { kid: string; seenAt: number } | null = null;

  private readonly keys: KeyRing;
  private readonly issuer: string;
  private readonly service: string;

  constructor(keys: KeyRing, issuer: string, service: string) {
    this.keys = keys;
    this.issuer = issuer;
    this.service = service;
  }

  /** The token to send now: the cached one, or a new one when it nears expiry or the active key changed. */
  async token(): Promise<string> {
    const { kid, privateKey } = this.signingKey();
    const now = Math.floor(Date.now() / 1000);
    if (this.current && this.current.kid === kid && now < this.current.renewAt) return this.current.token;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, typ: SERVICE_TOKEN_TYPE, kid })
      .setSubject(this.service)
      .setIssuer(this.issuer)
      .setAudience(SERVICE_TOKEN_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + SERVICE_TOKEN_TTL_SECONDS)
      .setJti(randomUUID())
      .sign(privateKey);
    this.current = { token, kid, renewAt: now + SERVICE_TOKEN_TTL_SECONDS - RENEW_BEFORE_SECONDS };
    return token;
  }

  /** The ring's active key, or the one it replaced while other processes may not know the new one yet. */
  private signingKey(): { kid: string; privateKey: KeyObject } {
    const active = this.keys.signingKey();
    if (this.signing && this.signing.kid !== active.kid) {
      if (this.pending?.kid !== active.kid) this.pending = { kid: active.kid, seenAt: Date.now() };
      const previousVerifies = this.keys.publicJwks().keys.some((k) => k.kid === this.signing!.kid);
      if (previousVerifies && Date.now() - this.pending.seenAt < ADOPT_NEW_KEY_AFTER_MS) return this.signing;
    }
    this.signing = active;
    this.pending = null;
    return active;
  }
}

/**
 * Verifies a service token against the key ring: pinned algorithm and `typ`, a `kid` the ring
 * knows (an unknown one re-reads the ring first), `exp` required, `iss` and `aud` checked. Anything
 * else is UNAUTHENTICATED with a message that does not say which check failed.
 */
export async function verifyServiceToken(keys: KeyRing, issuer: string, token: string | undefined): Promise<ServiceCaller> {
  if (!token) throw unauthenticated('This service answers only other Looma services: send the request through the gateway');
  const refused = () => unauthenticated('The service token is invalid or expired');
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    throw refused();
  }
  const key = typeof kid === 'string' ? await keys.verificationKey(kid) : undefined;
  if (!key) throw refused();
  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      typ: SERVICE_TOKEN_TYPE,
      issuer,
      audience: SERVICE_TOKEN_AUDIENCE,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['exp', 'iat', 'sub'],
      // Signers here make one-minute tokens: an older `iat` was not made by one of them.
      maxTokenAge: SERVICE_TOKEN_TTL_SECONDS + CLOCK_TOLERANCE_SECONDS,
    }));
  } catch {
    throw refused();
  }
  if (typeof claims.sub !== 'string' || claims.sub.length === 0 || 'org' in claims) throw refused();
  return { service: claims.sub };
}

/** The guard a subgraph runs first on every GraphQL request when service authentication is required. */
export function serviceTokenGuard(keys: KeyRing, issuer: string) {
  return async (req: http.IncomingMessage): Promise<void> => {
    const header = req.headers[SERVICE_TOKEN_HEADER];
    await verifyServiceToken(keys, issuer, Array.isArray(header) ? header[0] : header);
  };
}
