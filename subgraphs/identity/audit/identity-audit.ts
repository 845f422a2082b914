import { recordAudit, type Actor, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import type { ApiKeyRecord } from '../../../data/auth/api-key-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import type { OrgRecord } from '../../../data/records/org-store.ts';
import type { UserRecord } from '../../../data/records/user-store.ts';
import type { InviteRecord } from '../accounts/invite-store.ts';

/**
 * What identity writes to the organisation's audit log: the changes of who may do what (an
 * organisation and its first admin, invitations, new members, API keys). Logins, refreshes and
 * logouts are sessions, not changes, and are not recorded. Each entry lists its fields explicitly,
 * so no password, hash, token or key secret can reach the log. None concerns a talent (no
 * `talentId`): timelines never show them, erasures never touch them.
 */
export type IdentityAuditEntry =
  | { action: 'org.create'; entityType: 'org'; org: OrgRecord }
  | { action: 'user.create'; entityType: 'user'; user: UserRecord; via: 'signUp' | 'invite'; inviteId?: string }
  | { action: 'invite.create'; entityType: 'invite'; invite: InviteRecord }
  | { action: 'invite.accept'; entityType: 'invite'; inviteId: string; userId: string }
  | { action: 'apiKey.create'; entityType: 'apiKey'; apiKey: ApiKeyRecord }
  | { action: 'apiKey.revoke'; entityType: 'apiKey'; apiKey: ApiKeyRecord };

export type IdentityAuditAction = IdentityAuditEntry['action'];

/** The audit event an entry becomes: only the fields listed here reach the log. */
export function identityAuditEvent(entry: IdentityAuditEntry): AuditEvent {
  switch (entry.action) {
    case 'org.create':
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.org.id,
        after: { name: entry.org.name, slug: entry.org.slug },
      };
    case 'user.create': {
      const { user } = entry;
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: user.id,
        after: { email: user.email, name: user.name, role: user.role, via: entry.via, inviteId: entry.inviteId ?? null },
      };
    }
    case 'invite.create':
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.invite.id,
        after: { email: entry.invite.email, role: entry.invite.role, expiresAt: entry.invite.expiresAt },
      };
    case 'invite.accept':
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.inviteId,
        before: { acceptedAt: null },
        after: { acceptedBy: entry.userId },
      };
    case 'apiKey.create':
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.apiKey.id,
        after: { name: entry.apiKey.name, scopes: entry.apiKey.scopes },
      };
    case 'apiKey.revoke':
      return {
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.apiKey.id,
        before: { revokedAt: null },
        after: { revokedAt: entry.apiKey.revokedAt },
      };
  }
}

/** Records identity changes inside the transaction that makes them: both commit, or neither. */
export function recordIdentityAudit(tx: SqlExecutor, orgId: string, actor: Actor, entries: IdentityAuditEntry[]): Promise<void> {
  return recordAudit(tx, orgId, actor, entries.map(identityAuditEvent));
}
