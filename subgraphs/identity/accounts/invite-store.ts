import type { SqlExecutor } from '../../../data/ports.ts';
import type { Role } from '../../../platform/viewer.ts';

export interface InviteRecord {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** An invitation claimed by `claim`: what the new member is created from. */
export interface ClaimedInvite {
  id: string;
  orgId: string;
  email: string;
  role: Role;
}

interface InviteRow {
  id: string;
  email: string;
  role: Role;
  expires_at: Date;
  accepted_at: Date | null;
}

const toInvite = (row: InviteRow): InviteRecord => ({
  id: row.id,
  email: row.email,
  role: row.role,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
});

/**
 * The one owner of `invites` (only identity touches them): their SQL and rows, no viewer. Every
 * method takes the executor it runs on (the store or the caller's transaction). Organisations and
 * users, which other subgraphs need too, are data/records' org-store.ts and user-store.ts.
 */
export const inviteStore = {
  async insert(
    db: SqlExecutor,
    invite: { orgId: string; email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date },
  ): Promise<InviteRecord> {
    const [row] = await db.query<InviteRow>(
      `INSERT INTO invites (org_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, email, role, expires_at, accepted_at`,
      [invite.orgId, invite.email, invite.role, invite.tokenHash, invite.invitedBy, invite.expiresAt],
    );
    return toInvite(row!);
  },

  /** Marks the open, unexpired invite with this token hash accepted; null when there is none. Single use: the update is the check. */
  async claim(db: SqlExecutor, tokenHash: string): Promise<ClaimedInvite | null> {
    const [row] = await db.query<{ id: string; org_id: string; email: string; role: Role }>(
      `UPDATE invites SET accepted_at = now() WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() RETURNING id, org_id, email, role`,
      [tokenHash],
    );
    return row ? { id: row.id, orgId: row.org_id, email: row.email, role: row.role } : null;
  },
};
