import { randomBytes, randomUUID } from 'node:crypto';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { sha256 } from '../../../platform/api-keys.ts';
import { ACCESS_TOKEN_TTL_SECONDS, type Authenticator } from '../../../platform/auth.ts';
import { unauthenticated } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import { USER_COLUMNS, toUser, type AuthPayloadRecord, type UserRecord, type UserRow } from '../accounts/account-store.ts';

const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;

/**
 * Refreshes and revocations of one family take turns (a transaction-scoped lock on the family id).
 * Without it, a logout's UPDATE could miss the next token a concurrent refresh was inserting, and
 * that token would outlive the logout.
 */
function lockFamily(tx: SqlExecutor, familyId: string): Promise<unknown> {
  return tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:session-family:' || $1::text, 0))`, [familyId]);
}

/** Every refused refresh (unknown, expired, revoked, reused) gets this one answer. */
const refreshRefused = () => unauthenticated('The refresh token is invalid or expired');

interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Sessions: an access token plus an opaque refresh token, stored hashed. A login starts a family;
 * each refresh replaces the token with the next of its family. A replaced token presented again has
 * leaked (or been stolen): the whole family is revoked, so the thief's copy dies with the user's.
 */
export class Sessions {
  constructor(
    private readonly db: RelationalStore,
    private readonly authenticator: Authenticator,
    private readonly logger: Logger,
  ) {}

  /** Issues a session for `user`: a new family, or the next token of `familyId`. */
  async start(
    user: UserRecord,
    { familyId = randomUUID(), tx = this.db }: { familyId?: string; tx?: SqlExecutor } = {},
  ): Promise<AuthPayloadRecord> {
    const refreshToken = `lr_${randomBytes(32).toString('base64url')}`;
    await tx.query(`INSERT INTO refresh_tokens (org_id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      user.orgId,
      user.id,
      familyId,
      sha256(refreshToken),
      new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
    ]);
    const accessToken = this.authenticator.issueAccessToken(
      { userId: user.id, orgId: user.orgId, roles: [user.role] },
      ACCESS_TOKEN_TTL_SECONDS,
    );
    return { accessToken, refreshToken, expiresAt: new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000), viewer: user };
  }

  async refresh(refreshToken: string): Promise<AuthPayloadRecord> {
    const row = await this.find(refreshToken);
    if (!row || row.revoked_at || row.expires_at.getTime() <= Date.now()) throw refreshRefused();
    const renewed = await this.db.transaction(async (tx) => {
      await lockFamily(tx, row.family_id);
      // The claim is atomic: of two uses of one token, exactly one gets a session.
      const claimed = await tx.query(
        'UPDATE refresh_tokens SET replaced_at = now() WHERE id = $1 AND replaced_at IS NULL AND revoked_at IS NULL RETURNING id',
        [row.id],
      );
      if (claimed.length === 0) return null;
      const [user] = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [row.user_id]);
      if (!user) return null;
      return this.start(toUser(user), { familyId: row.family_id, tx });
    });
    if (renewed) return renewed;
    await this.revokeFamily(row.family_id);
    this.logger.warn({ familyId: row.family_id, userId: row.user_id }, 'a replaced refresh token was reused: session family revoked');
    // Answered like an unknown token: whoever presents a stolen one learns nothing of the session it belonged to.
    throw refreshRefused();
  }

  /** Ends the session `refreshToken` belongs to; unknown tokens are ignored (logout reveals nothing). */
  async end(refreshToken: string): Promise<void> {
    const row = await this.find(refreshToken);
    if (row) await this.revokeFamily(row.family_id);
  }

  private async find(refreshToken: string): Promise<RefreshTokenRow | undefined> {
    const [row] = await this.db.query<RefreshTokenRow>(
      'SELECT id, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1',
      [sha256(refreshToken)],
    );
    return row;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockFamily(tx, familyId);
      await tx.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
    });
  }
}
