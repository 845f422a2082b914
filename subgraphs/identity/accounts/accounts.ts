import { randomBytes, randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { isUuid } from '../../../data/loaders.ts';
import type { CacheStore, RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { sha256 } from '../../../platform/api-keys.ts';
import type { Authenticator } from '../../../platform/auth.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, ErrorCode, LoomaError, unauthenticated } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import { ROLES, type Role, type Viewer } from '../../../platform/viewer.ts';
import { emailAddress } from './email-address.ts';
import { LoginThrottle } from '../sessions/login-throttle.ts';
import { recordIdentityAudit } from '../audit/identity-audit.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import {
  USER_COLUMNS,
  toUser,
  type AuthPayloadRecord,
  type InviteRecord,
  type OrgRecord,
  type UserRecord,
  type UserRow,
} from './account-store.ts';
import { Sessions } from '../sessions/sessions.ts';
import type { SignUpPolicy } from '../sign-up/sign-up-policy.ts';

const INVITE_TTL_MS = 7 * 24 * 3600_000;

const email = emailAddress;
const newPassword = z.string().min(10, 'password must be at least 10 characters').max(200, 'password must be at most 200 characters');
const displayName = (field: string) =>
  z.string().trim().min(1, `${field} must not be empty`).max(200, `${field} must be at most 200 characters`);

const signUpInput = z.object({
  orgName: displayName('orgName'),
  email,
  password: newPassword,
  name: displayName('name'),
  inviteCode: z.string().max(200, 'inviteCode must be at most 200 characters').nullish(),
});
const inviteInput = z.object({ email, role: z.enum(ROLES) });
const acceptInviteInput = z.object({
  token: z.string().min(1, 'token must not be empty').max(200),
  password: newPassword,
  name: displayName('name'),
});
// Login checks only the size: a format rule here would tell which emails could exist.
const loginInput = z.object({
  email: z.string().trim().toLowerCase().min(1, 'email must not be empty').max(254, 'email must be at most 254 characters'),
  password: z.string().min(1, 'password must not be empty').max(200, 'password must be at most 200 characters'),
});

export interface AccountsDeps {
  db: RelationalStore;
  cache: CacheStore;
  authenticator: Authenticator;
  logger: Logger;
  /** SIGNUP_POLICY: whether signUp is open, invite-only or closed. */
  signUpPolicy: SignUpPolicy;
}

/** Accounts: sign-up, invitations, login, sessions and who the viewer is. Knows nothing of GraphQL. */
export class Accounts {
  private readonly sessions: Sessions;
  private readonly throttle: LoginThrottle;
  private readonly db: RelationalStore;
  private readonly signUpPolicy: SignUpPolicy;
  /** Users by id within one organisation, per request: entity fetches for a page of users are one query. */
  private readonly usersByOrg = new Map<string, DataLoader<string, UserRecord | null>>();

  constructor(deps: AccountsDeps) {
    this.db = deps.db;
    this.signUpPolicy = deps.signUpPolicy;
    this.sessions = new Sessions(deps.db, deps.authenticator, deps.logger);
    this.throttle = new LoginThrottle(deps.cache);
  }

  async signUp(input: z.input<typeof signUpInput>): Promise<AuthPayloadRecord> {
    this.signUpPolicy.admit(input.inviteCode);
    const values = parseInput(signUpInput, input);
    const passwordHash = await hashPassword(values.password);
    const slug = `${slugify(values.orgName)}-${randomBytes(3).toString('hex')}`;
    return this.db.transaction(async (tx) => {
      const orgId = randomUUID();
      await tx.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [orgId, slug, values.orgName]);
      // Invite-only: the code is spent with the organisation, or neither happens.
      await this.signUpPolicy.claim(tx, values, orgId);
      const user = await insertUser(tx, { orgId, email: values.email, name: values.name, role: 'ADMIN', passwordHash });
      await recordIdentityAudit(tx, orgId, { userId: user.id, via: 'token' }, [
        { action: 'org.create', entityType: 'org', org: { id: orgId, name: values.orgName, slug } },
        { action: 'user.create', entityType: 'user', user, via: 'signUp' },
      ]);
      return this.sessions.start(user, { tx });
    });
  }

  async inviteUser(viewerOrNull: Viewer | null, input: { email: string; role: string }): Promise<{ invite: InviteRecord; token: string }> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const values = parseInput(inviteInput, input);
    await this.refuseTakenEmail(values.email, this.db);
    const token = `li_${randomBytes(32).toString('base64url')}`;
    const invite = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: string; email: string; role: Role; expires_at: Date; accepted_at: Date | null }>(
        `INSERT INTO invites (org_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, email, role, expires_at, accepted_at`,
        [viewer.orgId, values.email, values.role, sha256(token), viewer.userId, new Date(Date.now() + INVITE_TTL_MS)],
      );
      const created: InviteRecord = {
        id: row!.id,
        email: row!.email,
        role: row!.role,
        expiresAt: row!.expires_at,
        acceptedAt: row!.accepted_at,
      };
      await recordIdentityAudit(tx, viewer.orgId, viewer, [{ action: 'invite.create', entityType: 'invite', invite: created }]);
      return created;
    });
    return { invite, token };
  }

  async acceptInvite(input: { token: string; password: string; name: string }): Promise<AuthPayloadRecord> {
    const values = parseInput(acceptInviteInput, input);
    const passwordHash = await hashPassword(values.password);
    return this.db.transaction(async (tx) => {
      // Single use: the claim and the new user commit together.
      const [invite] = await tx.query<{ id: string; org_id: string; email: string; role: Role }>(
        `UPDATE invites SET accepted_at = now() WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() RETURNING id, org_id, email, role`,
        [sha256(values.token)],
      );
      if (!invite) throw badInput('The invite is invalid, used or expired', { field: 'token' });
      // A CONFLICT here rolls the claim back: the invite stays open.
      const user = await insertUser(tx, { orgId: invite.org_id, email: invite.email, name: values.name, role: invite.role, passwordHash });
      await recordIdentityAudit(tx, invite.org_id, { userId: user.id, via: 'token' }, [
        { action: 'invite.accept', entityType: 'invite', inviteId: invite.id, userId: user.id },
        { action: 'user.create', entityType: 'user', user, via: 'invite', inviteId: invite.id },
      ]);
      return this.sessions.start(user, { tx });
    });
  }

  async login(input: { email: string; password: string }, address: string | undefined): Promise<AuthPayloadRecord> {
    const values = parseInput(loginInput, input);
    // The attempt is counted before the hash runs: parallel guesses cannot all pass a check made before any is counted.
    const attempt = await this.throttle.reserve(values.email, address);
    let row: (UserRow & { password_hash: string }) | undefined;
    let isValid: boolean;
    try {
      [row] = await this.db.query<UserRow & { password_hash: string }>(
        `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE email = $1`,
        [values.email],
      );
      isValid = row ? await verifyPassword(values.password, row.password_hash) : await verifyAgainstDummy(values.password);
    } catch (error) {
      await attempt.abandoned().catch(() => undefined);
      throw error;
    }
    // A wrong password keeps its place in the counters: that place is the failure.
    if (!row || !isValid) throw unauthenticated('The email or password is wrong');
    await attempt.succeeded();
    return this.sessions.start(toUser(row));
  }

  refresh(refreshToken: string): Promise<AuthPayloadRecord> {
    return this.sessions.refresh(refreshToken);
  }

  async logout(refreshToken: string): Promise<boolean> {
    await this.sessions.end(refreshToken);
    return true;
  }

  /** The signed-in user; null for callers that are not Looma users (API keys, outside issuers). */
  async me(viewer: Viewer | null): Promise<UserRecord | null> {
    if (!viewer) throw unauthenticated();
    if (viewer.via === 'apiKey' || viewer.via === 'external') return null;
    return this.user(viewer, viewer.userId);
  }

  /** A member of the viewer's organisation; another organisation's reads as missing. */
  async user(viewer: Viewer | null, id: string): Promise<UserRecord | null> {
    if (!viewer) throw unauthenticated();
    if (!isUuid(id)) return null;
    let loader = this.usersByOrg.get(viewer.orgId);
    if (!loader) {
      const orgId = viewer.orgId;
      loader = new DataLoader(async (ids) => {
        const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [
          orgId,
          [...ids],
        ]);
        const found = new Map(rows.map((row) => [row.id, toUser(row)]));
        return ids.map((key) => found.get(key) ?? null);
      });
      this.usersByOrg.set(orgId, loader);
    }
    return loader.load(id);
  }

  async org(viewer: Viewer | null, id: string): Promise<OrgRecord | null> {
    if (!viewer) throw unauthenticated();
    if (id !== viewer.orgId) return null;
    const [row] = await this.db.query<OrgRecord>('SELECT id, name, slug FROM orgs WHERE id = $1', [id]);
    return row ?? null;
  }

  /** The organisation of a user already read (through `user`, `me` or a new session). */
  async orgOf(user: UserRecord): Promise<OrgRecord> {
    const [row] = await this.db.query<OrgRecord>('SELECT id, name, slug FROM orgs WHERE id = $1', [user.orgId]);
    return row!;
  }

  /** An early answer for an invitation; the unique email of `users` is what holds under concurrency (insertUser). */
  private async refuseTakenEmail(address: string, tx: Pick<RelationalStore, 'query'>): Promise<void> {
    const [taken] = await tx.query('SELECT 1 FROM users WHERE email = $1', [address]);
    if (taken) throw emailTaken();
  }
}

const emailTaken = () => new LoomaError(ErrorCode.CONFLICT, 'An account with this email already exists', { field: 'email' });

/**
 * Creates a user, or throws CONFLICT when the email has an account: the insert itself is the check
 * (one account per email is a unique constraint), so two parallel sign-ups or acceptances cannot
 * both pass a check made before either inserts. Inside a transaction, the CONFLICT rolls it back.
 */
async function insertUser(
  tx: SqlExecutor,
  user: { orgId: string; email: string; name: string; role: Role; passwordHash: string },
): Promise<UserRecord> {
  const [row] = await tx.query<UserRow>(
    `INSERT INTO users (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
    [user.orgId, user.email, user.name, user.role, user.passwordHash],
  );
  if (!row) throw emailTaken();
  return toUser(row);
}

function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'org';
}
