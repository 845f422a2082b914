import type { SqlExecutor } from '../../../data/ports.ts';

/** A stored refresh token (only its hash is kept): one link of a session family. */
export interface RefreshTokenRecord {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

interface RefreshTokenRow {
  id: string;
  user_id: string;
  family_id: string;
  expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Refreshes and revocations of one family take turns (a transaction-scoped lock on the family id).
 * Without it, a logout's UPDATE could miss the next token a concurrent refresh was inserting, and
 * that token would outlive the logout.
 */
async function lockFamily(tx: SqlExecutor, familyId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:session-family:' || $1::text, 0))`, [familyId]);
}

/** The one owner of `refresh_tokens`: its SQL and rows. Knows no viewer. */
export const sessionStore = {
  lockFamily,

  async insertRefreshToken(
    db: SqlExecutor,
    token: { orgId: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await db.query(`INSERT INTO refresh_tokens (org_id, user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      token.orgId,
      token.userId,
      token.familyId,
      token.tokenHash,
      token.expiresAt,
    ]);
  },

  async findRefreshToken(db: SqlExecutor, tokenHash: string): Promise<RefreshTokenRecord | null> {
    const [row] = await db.query<RefreshTokenRow>(
      'SELECT id, user_id, family_id, expires_at, revoked_at FROM refresh_tokens WHERE token_hash = $1',
      [tokenHash],
    );
    return row ? { id: row.id, userId: row.user_id, familyId: row.family_id, expiresAt: row.expires_at, revokedAt: row.revoked_at } : null;
  },

  /** Marks the token replaced; false when it was already replaced or revoked. Atomic: of two uses of one token, one claims it. */
  async claimRefreshToken(tx: SqlExecutor, id: string): Promise<boolean> {
    const claimed = await tx.query(
      'UPDATE refresh_tokens SET replaced_at = now() WHERE id = $1 AND replaced_at IS NULL AND revoked_at IS NULL RETURNING id',
      [id],
    );
    return claimed.length > 0;
  },

  /** Revokes every live token of the family; the caller holds the family's lock. */
  async revokeFamily(tx: SqlExecutor, familyId: string): Promise<void> {
    await tx.query('UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  },
};
