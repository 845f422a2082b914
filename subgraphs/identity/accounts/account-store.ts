import type { SqlExecutor } from '../../../data/ports.ts';
import type { Role } from '../../../platform/viewer.ts';

/** The identity domain's shapes (what resolvers return; mappers.ts maps them onto GraphQL types). */
export interface OrgRecord {
  id: string;
  name: string;
  slug: string;
}

export interface UserRecord {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

export interface InviteRecord {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** An invitation claimed by `acceptInvite`: what the new member is created from. */
export interface ClaimedInvite {
  id: string;
  orgId: string;
  email: string;
  role: Role;
}

export interface NewUser {
  orgId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

const USER_COLUMNS = 'id, org_id, email, name, role, created_at';

interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date;
}

interface InviteRow {
  id: string;
  email: string;
  role: Role;
  expires_at: Date;
  accepted_at: Date | null;
}

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  orgId: row.org_id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

const toInvite = (row: InviteRow): InviteRecord => ({
  id: row.id,
  email: row.email,
  role: row.role,
  expiresAt: row.expires_at,
  acceptedAt: row.accepted_at,
});

/**
 * The one owner of `orgs`, `users` and `invites`: their SQL, rows and column lists. Knows no
 * viewer; every method takes the executor it runs on (the store, or the caller's transaction).
 */
export const accountStore = {
  async insertOrg(db: SqlExecutor, org: OrgRecord): Promise<void> {
    await db.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [org.id, org.slug, org.name]);
  },

  async orgById(db: SqlExecutor, id: string): Promise<OrgRecord | null> {
    const [row] = await db.query<OrgRecord>('SELECT id, name, slug FROM orgs WHERE id = $1', [id]);
    return row ?? null;
  },

  /**
   * Inserts a user, or returns null when the email has an account: one account per email is a
   * unique constraint, so the insert itself is the check that holds under concurrency.
   */
  async insertUser(db: SqlExecutor, user: NewUser): Promise<UserRecord | null> {
    const [row] = await db.query<UserRow>(
      `INSERT INTO users (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [user.orgId, user.email, user.name, user.role, user.passwordHash],
    );
    return row ? toUser(row) : null;
  },

  async isEmailTaken(db: SqlExecutor, email: string): Promise<boolean> {
    const [taken] = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
    return taken !== undefined;
  },

  /** A user and the hash of their password, by (normalized) email: what a login checks. */
  async userWithPasswordByEmail(db: SqlExecutor, email: string): Promise<{ user: UserRecord; passwordHash: string } | null> {
    const [row] = await db.query<UserRow & { password_hash: string }>(`SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1`, [
      email,
    ]);
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  },

  async userById(db: SqlExecutor, id: string): Promise<UserRecord | null> {
    const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row ? toUser(row) : null;
  },

  /** Users of one organisation by id, in one query (a loader's batch). */
  async usersOfOrg(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<UserRecord[]> {
    const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [
      orgId,
      [...ids],
    ]);
    return rows.map(toUser);
  },

  /** Which of `emails` already have an account. */
  async existingEmails(db: SqlExecutor, emails: string[]): Promise<Set<string>> {
    const rows = await db.query<{ email: string }>('SELECT email FROM users WHERE email = ANY($1)', [emails]);
    return new Set(rows.map((r) => r.email));
  },

  /** A user with a fixed id when given (the demo recruiter); false when the email or id is taken. */
  async insertUserIfAbsent(db: SqlExecutor, user: NewUser & { id?: string }): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO users (id, org_id, email, name, role, password_hash) VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [user.id ?? null, user.orgId, user.email, user.name, user.role, user.passwordHash],
    );
    return rows.length > 0;
  },

  async insertInvite(
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
  async claimInvite(db: SqlExecutor, tokenHash: string): Promise<ClaimedInvite | null> {
    const [row] = await db.query<{ id: string; org_id: string; email: string; role: Role }>(
      `UPDATE invites SET accepted_at = now() WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() RETURNING id, org_id, email, role`,
      [tokenHash],
    );
    return row ? { id: row.id, orgId: row.org_id, email: row.email, role: row.role } : null;
  },
};
