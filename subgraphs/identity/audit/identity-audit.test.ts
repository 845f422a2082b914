import { describe, expect, it } from 'vitest';
import { identityAuditEvent, type IdentityAuditEntry } from './identity-audit.ts';

const at = new Date('2026-12-01T12:00:00Z');
const user = { id: 'u1', orgId: 'o1', email: 'ada@example.com', name: 'Ada', role: 'ADMIN' as const, createdAt: at };
const apiKey = { id: 'k1', name: 'ci', scopes: ['talent:read' as const], createdAt: at, lastUsedAt: null, revokedAt: at };

describe('identity audit events', () => {
  it('list each entry’s fields explicitly', () => {
    const entries: IdentityAuditEntry[] = [
      { action: 'org.create', entityType: 'org', org: { id: 'o1', name: 'Acme', slug: 'acme-1a2b3c' } },
      { action: 'user.create', entityType: 'user', user, via: 'signUp' },
      {
        action: 'invite.create',
        entityType: 'invite',
        invite: { id: 'i1', email: 'bo@example.com', role: 'VIEWER', expiresAt: at, acceptedAt: null },
      },
      { action: 'invite.accept', entityType: 'invite', inviteId: 'i1', userId: 'u2' },
      { action: 'apiKey.create', entityType: 'apiKey', apiKey },
      { action: 'apiKey.revoke', entityType: 'apiKey', apiKey },
    ];
    expect(entries.map(identityAuditEvent)).toEqual([
      { action: 'org.create', entityType: 'org', entityId: 'o1', after: { name: 'Acme', slug: 'acme-1a2b3c' } },
      {
        action: 'user.create',
        entityType: 'user',
        entityId: 'u1',
        after: { email: 'ada@example.com', name: 'Ada', role: 'ADMIN', via: 'signUp', inviteId: null },
      },
      { action: 'invite.create', entityType: 'invite', entityId: 'i1', after: { email: 'bo@example.com', role: 'VIEWER', expiresAt: at } },
      { action: 'invite.accept', entityType: 'invite', entityId: 'i1', before: { acceptedAt: null }, after: { acceptedBy: 'u2' } },
      { action: 'apiKey.create', entityType: 'apiKey', entityId: 'k1', after: { name: 'ci', scopes: ['talent:read'] } },
      { action: 'apiKey.revoke', entityType: 'apiKey', entityId: 'k1', before: { revokedAt: null }, after: { revokedAt: at } },
    ]);
  });

  it('carry nothing secret even when the record has more (no hash or token reaches the log)', () => {
    const withSecrets = { ...user, passwordHash: 'scrypt$v1$…', token: 'lr_secret' };
    const event = identityAuditEvent({ action: 'user.create', entityType: 'user', user: withSecrets, via: 'invite', inviteId: 'i1' });
    expect(JSON.stringify(event)).not.toMatch(/scrypt|lr_secret/);
    expect(event.after).toEqual({ email: 'ada@example.com', name: 'Ada', role: 'ADMIN', via: 'invite', inviteId: 'i1' });
  });
});
