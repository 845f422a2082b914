import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { CacheStore, RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { userStore, type UserRecord } from '../../../data/records/user-store.ts';
import { sha256 } from '../../../platform/api-keys.ts';
import { ACCESS_TOKEN_TTL_SECONDS, type Authenticator } from '../../../platform/auth.ts';
import { parseInput } from '../../../platform/checks.ts';
import { unauthenticated } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import { verifyAgainstDummy, verifyPassword } from '../accounts/passwords.ts';
import { LoginThrottle } from './login-throttle.ts';
import { sessionStore, type RefreshTokenRecord } from './session-store.ts';

const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;

export interface AuthPayloadRecord {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  viewer: UserRecord;
}

// Login checks only the size: a format rule here would tell which emails could exist.
export const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'email must not be empty').max(254, 'email must be at most 254 characters'),
  password: z.string().min(1, 'password must not be empty').max(200, 'password must be at most 200 characters'),
});

/** Every refused refresh (unknown, expired, revoked, reused) gets this one answer. */
const refreshRefused = () => unauthenticated('The refresh token is invalid or expired');

/** Whether a stored refresh token may still be exchanged (a reused one is found by the claim, not here). */
export function isRefreshable(token: RefreshTokenRecord | null, now: number): token is RefreshTokenRecord {
  return token !== null && !token.revokedAt && token.expiresAt.getTime() > now;
}

export interface SessionsDeps {
  db: RelationalStore;
  cache: CacheStore;
  authenticator: Authenticator;
  logger: Logger;
}

/**
 * Sessions: an access token plus an opaque refresh token, stored hashed. A login starts a family;
 * each refresh replaces the token with the next of its family. A replaced token presented again has
 * leaked (or been stolen): the whole family is revoked, so the thief's copy dies with the user's.
 */
export class Sessions {
  private readonly db: RelationalStore;
  private readonly authenticator: Authenticator;
  private readonly logger: Logger;
  private readonly throttle: LoginThrottle;

  constructor(deps: SessionsDeps) {
    this.db = deps.db;
    this.authenticator = deps.authenticator;
    this.logger = deps.logger;
    this.throttle = new LoginThrottle(deps.cache);
  }

  async login(input: { email: string; password: string }, address: string | undefined): Promise<AuthPayloadRecord> {
    const values = parseInput(loginInput, input);
    // The attempt is counted before the hash runs: parallel guesses cannot all pass a check made before any is counted.
    const attempt = await this.throttle.reserve(values.email, address);
    let found: Awaited<ReturnType<typeof userStore.withPasswordByEmail>>;
    let isValid: boolean;
    try {
      found = await userStore.withPasswordByEmail(this.db, values.email);
      isValid = found ? await verifyPassword(values.password, found.passwordHash) : await verifyAgainstDummy(values.password);
    } catch (error) {
      await attempt.abandoned().catch(() => undefined);
      throw error;
    }
    // A wrong password keeps its place in the counters: that place is the failure.
    if (!found || !isValid) throw unauthenticated('The email or password is wrong');
    await attempt.succeeded();
    return this.start(found.user);
  }

  /** Issues a session for `user`: a new family, or the next token of `familyId`. */
  async start(
    user: UserRecord,
    { familyId = randomUUID(), tx = this.db }: { familyId?: string; tx?: SqlExecutor } = {},
  ): Promise<AuthPayloadRecord> {
    const refreshToken = `lr_${randomBytes(32).toString('base64url')}`;
    await sessionStore.insertRefreshToken(tx, {
      orgId: user.orgId,
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    });
    const accessToken = this.authenticator.issueAccessToken(
      { userId: user.id, orgId: user.orgId, roles: [user.role] },
      ACCESS_TOKEN_TTL_SECONDS,
    );
    return { accessToken, refreshToken, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000), viewer: user };
  }

  async refresh(refreshToken: string): Promise<AuthPayloadRecord> {
    const token = await sessionStore.findRefreshToken(this.db, sha256(refreshToken));
    if (!isRefreshable(token, Date.now())) throw refreshRefused();
    const renewed = await this.db.transaction(async (tx) => {
      await sessionStore.lockFamily(tx, token.familyId);
      // The claim is atomic: of two uses of one token, exactly one gets a session.
      if (!(await sessionStore.claimRefreshToken(tx, token.id))) return null;
      const user = await userStore.byId(tx, token.userId);
      if (!user) return null;
      return this.start(user, { familyId: token.familyId, tx });
    });
    if (renewed) return renewed;
    await this.revokeFamily(token.familyId);
    this.logger.warn({ familyId: token.familyId, userId: token.userId }, 'a replaced refresh token was reused: session family revoked');
    // Answered like an unknown token: whoever presents a stolen one learns nothing of the session it belonged to.
    throw refreshRefused();
  }

  /** Ends the session `refreshToken` belongs to; unknown tokens are ignored (logout reveals nothing). Always true. */
  async logout(refreshToken: string): Promise<boolean> {
    const token = await sessionStore.findRefreshToken(this.db, sha256(refreshToken));
    if (token) await this.revokeFamily(token.familyId);
    return true;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await sessionStore.lockFamily(tx, familyId);
      await sessionStore.revokeFamily(tx, familyId);
    });
  }
}
