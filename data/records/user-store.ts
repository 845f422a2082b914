import { isUuid } from '../../platform/ids.ts';
import type { Role } from '../../platform/viewer.ts';
import type { SqlExecutor } from '../ports.ts';

/** A user as identity shows it (mappers map it onto the GraphQL User; never the password hash). */
export interface UserRecord {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
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

const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  orgId: row.org_id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
});

/**
 * The one owner of `users`: its SQL, rows and column list, nothing of a viewer. Identity writes and
 * reads accounts; the talent subgraph only asks who of some ids are users of an organisation
 * (`orgUserIds`); the demo seed adds its users. Every function takes the executor it runs on (the
 * store or the caller's transaction).
 */
export const userStore = {
  /**
   * Inserts a user, or returns null when the email has an account: one account per email is a
   * unique constraint, so the insert itself is the check that holds under concurrency.
   */
  async insert(db: SqlExecutor, user: NewUser): Promise<UserRecord | null> {
    const [row] = await db.query<UserRow>(
      `INSERT INTO users (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [user.orgId, user.email, user.name, user.role, user.passwordHash],
    );
    return row ? toUser(row) : null;
  },

  /** A user with a fixed id when given (the demo recruiter); false when the email or id is taken. */
  async insertIfAbsent(db: SqlExecutor, user: NewUser & { id?: string }): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO users (id, org_id, email, name, role, password_hash) VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [user.id ?? null, user.orgId, user.email, user.name, user.role, user.passwordHash],
    );
    return rows.length > 0;
  },

  async isEmailTaken(db: SqlExecutor, email: string): Promise<boolean> {
    const [taken] = await db.query('SELECT 1 FROM users WHERE email = $1', [email]);
    return taken !== undefined;
  },

  /** Which of `emails` already have an account. */
  async existingEmails(db: SqlExecutor, emails: string[]): Promise<Set<string>> {
    const rows = await db.query<{ email: string }>('SELECT email FROM users WHERE email = ANY($1)', [emails]);
    return new Set(rows.map((r) => r.email));
  },

  /** A user and the hash of their password, by (normalized) email: what a login checks. */
  async withPasswordByEmail(db: SqlExecutor, email: string): Promise<{ user: UserRecord; passwordHash: string } | null> {
    const [row] = await db.query<UserRow & { password_hash: string }>(`SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1`, [
      email,
    ]);
    return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
  },

  async byId(db: SqlExecutor, id: string): Promise<UserRecord | null> {
    const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
    return row ? toUser(row) : null;
  },

  /** Users of one organisation by id, in one query (a loader's batch). */
  async ofOrg(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<UserRecord[]> {
    const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [
      orgId,
      [...ids],
    ]);
    return rows.map(toUser);
  },
};

/**
 * Which of `ids` are users of the organisation (owners, hiring teams, mentions must be): one query
 * for any number; ids that are not uuids are none. The talent subgraph reads who exists through this.
 */
export async function orgUserIds(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 AND id = ANY ($2::uuid[])', [orgId, valid]);
  return new Set(rows.map((row) => row.id));
}
