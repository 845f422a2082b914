import { randomBytes } from 'node:crypto';
import type { RelationalStore } from '../../../data/ports.ts';
import { sha256 } from '../../../platform/api-keys.ts';

/** How long a sign-up code stays valid unless the operator says otherwise. */
export const SIGN_UP_CODE_TTL_MS = 7 * 24 * 3600_000;

export interface SignUpCodeInfo {
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  orgId: string | null;
  createdAt: Date;
}

/**
 * The sign-up codes operators issue when SIGNUP_POLICY is invite-only: the one owner of
 * `sign_up_codes`. A code is shown once (`ls_…`); only its SHA-256 is kept. Emails come normalized.
 */
export class SignUpCodeStore {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async issue(email: string, { ttlMs = SIGN_UP_CODE_TTL_MS }: { ttlMs?: number } = {}): Promise<{ code: string; expiresAt: Date }> {
    const code = `ls_${randomBytes(32).toString('base64url')}`;
    const [row] = await this.db.query<{ expires_at: Date }>(
      'INSERT INTO sign_up_codes (email, code_hash, expires_at) VALUES ($1, $2, $3) RETURNING expires_at',
      [email, sha256(code), new Date(Date.now() + ttlMs)],
    );
    return { code, expiresAt: row!.expires_at };
  }

  /**
   * Spends the code for `email` and the new organisation, inside the sign-up's transaction: of
   * concurrent sign-ups with one code, the row lock lets one claim it and the others find it used.
   * False when the code is unknown, used, expired or another email's.
   */
  async claim(tx: Pick<RelationalStore, 'query'>, code: string, email: string, orgId: string): Promise<boolean> {
    const claimed = await tx.query(
      `UPDATE sign_up_codes SET used_at = now(), org_id = $3
       WHERE code_hash = $1 AND email = $2 AND used_at IS NULL AND expires_at > now() RETURNING id`,
      [sha256(code), email, orgId],
    );
    return claimed.length === 1;
  }

  async list(): Promise<SignUpCodeInfo[]> {
    const rows = await this.db.query<{ email: string; expires_at: Date; used_at: Date | null; org_id: string | null; created_at: Date }>(
      'SELECT email, expires_at, used_at, org_id, created_at FROM sign_up_codes ORDER BY created_at DESC LIMIT 200',
    );
    return rows.map((r) => ({ email: r.email, expiresAt: r.expires_at, usedAt: r.used_at, orgId: r.org_id, createdAt: r.created_at }));
  }
}
