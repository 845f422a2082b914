import { randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { orgStore, type OrgRecord } from '../../../data/records/org-store.ts';
import { userStore, type NewUser, type UserRecord } from '../../../data/records/user-store.ts';
import { sha256 } from '../../../platform/api-keys.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, ErrorCode, LoomaError, unauthenticated } from '../../../platform/errors.ts';
import { ROLES, type Viewer } from '../../../platform/viewer.ts';
import { recordIdentityAudit } from '../audit/identity-audit.ts';
import type { AuthPayloadRecord, Sessions } from '../sessions/sessions.ts';
import { inviteStore, type InviteRecord } from './invite-store.ts';
import { emailAddress } from './email-address.ts';
import { hashPassword } from './passwords.ts';

const INVITE_TTL_MS = 7 * 24 * 3600_000;

/** The password policy for a new password (sign-up, accepting an invitation). */
export const newPassword = z
  .string()
  .min(10, 'password must be at least 10 characters')
  .max(200, 'password must be at most 200 characters');

/** A name a person or an organisation gives itself: trimmed, 1 to 200 characters. */
export const displayName = (field: string) =>
  z.string().trim().min(1, `${field} must not be empty`).max(200, `${field} must be at most 200 characters`);

export const inviteInput = z.object({ email: emailAddress, role: z.enum(ROLES) });
export const acceptInviteInput = z.object({
  token: z.string().min(1, 'token must not be empty').max(200),
  password: newPassword,
  name: displayName('name'),
});

const emailTaken = () => new LoomaError(ErrorCode.CONFLICT, 'An account with this email already exists', { field: 'email' });

/**
 * Creates a user, or throws CONFLICT when the email has an account: the insert itself is the check
 * (one account per email is a unique constraint), so two parallel sign-ups or acceptances cannot
 * both pass a check made before either inserts. Inside a transaction, the CONFLICT rolls it back.
 */
export async function createUser(tx: SqlExecutor, user: NewUser): Promise<UserRecord> {
  const created = await userStore.insert(tx, user);
  if (!created) throw emailTaken();
  return created;
}

/**
 * Whose user record `me` reads: the signed-in Looma user's id; null for callers that are not Looma
 * users (API keys, outside issuers); UNAUTHENTICATED without a viewer.
 */
export function signedInUserId(viewer: Viewer | null): string | null {
  if (!viewer) throw unauthenticated();
  if (viewer.via === 'apiKey' || viewer.via === 'external') return null;
  return viewer.userId;
}

/** Only the viewer's own organisation is readable; another's reads as missing. */
export function isOwnOrg(viewer: Viewer | null, orgId: string): boolean {
  if (!viewer) throw unauthenticated();
  return orgId === viewer.orgId;
}

/** Accounts: invitations, and who the viewer and the members of their organisation are. Knows nothing of GraphQL. */
export class Accounts {
  /** Users by id within one organisation, per request: entity fetches for a page of users are one query. */
  private readonly usersByOrg = new Map<string, DataLoader<string, UserRecord | null>>();

  private readonly db: RelationalStore;
  private readonly sessions: Sessions;

  constructor(db: RelationalStore, sessions: Sessions) {
    this.db = db;
    this.sessions = sessions;
  }

  async inviteUser(viewerOrNull: Viewer | null, input: { email: string; role: string }): Promise<{ invite: InviteRecord; token: string }> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const values = parseInput(inviteInput, input);
    // An early answer; the unique email of `users` is what holds under concurrency (createUser).
    if (await userStore.isEmailTaken(this.db, values.email)) throw emailTaken();
    const token = `li_${randomBytes(32).toString('base64url')}`;
    const invite = await this.db.transaction(async (tx) => {
      const created = await inviteStore.insert(tx, {
        orgId: viewer.orgId,
        email: values.email,
        role: values.role,
        tokenHash: sha256(token),
        invitedBy: viewer.userId,
        expiresAt: new Date(Date.now() + INVITE_TTL_MS),
      });
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
      const invite = await inviteStore.claim(tx, sha256(values.token));
      if (!invite) throw badInput('The invite is invalid, used or expired', { field: 'token' });
      // A CONFLICT here rolls the claim back: the invite stays open.
      const user = await createUser(tx, { orgId: invite.orgId, email: invite.email, name: values.name, role: invite.role, passwordHash });
      await recordIdentityAudit(tx, invite.orgId, { userId: user.id, via: 'token' }, [
        { action: 'invite.accept', entityType: 'invite', inviteId: invite.id, userId: user.id },
        { action: 'user.create', entityType: 'user', user, via: 'invite', inviteId: invite.id },
      ]);
      return this.sessions.start(user, { tx });
    });
  }

  /** The signed-in user; null for callers that are not Looma users (API keys, outside issuers). */
  async me(viewer: Viewer | null): Promise<UserRecord | null> {
    const userId = signedInUserId(viewer);
    return userId === null ? null : this.user(viewer, userId);
  }

  /** A member of the viewer's organisation; another organisation's reads as missing. */
  async user(viewer: Viewer | null, id: string): Promise<UserRecord | null> {
    if (!viewer) throw unauthenticated();
    if (!isUuid(id)) return null;
    let loader = this.usersByOrg.get(viewer.orgId);
    if (!loader) {
      const orgId = viewer.orgId;
      loader = new DataLoader(async (ids) => {
        const found = new Map((await userStore.ofOrg(this.db, orgId, ids)).map((user) => [user.id, user]));
        return ids.map((key) => found.get(key) ?? null);
      });
      this.usersByOrg.set(orgId, loader);
    }
    return loader.load(id);
  }

  async org(viewer: Viewer | null, id: string): Promise<OrgRecord | null> {
    if (!isOwnOrg(viewer, id)) return null;
    return orgStore.byId(this.db, id);
  }

  /** The organisation of a user already read (through `user`, `me` or a new session). */
  async orgOf(user: UserRecord): Promise<OrgRecord> {
    return (await orgStore.byId(this.db, user.orgId))!;
  }
}
