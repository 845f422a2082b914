import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../platform/checks.ts';
import { ROLE_SCOPES, type Role, type Viewer } from '../../../platform/viewer.ts';
import { acceptInviteInput, displayName, inviteInput, isOwnOrg, newPassword, signedInUserId } from './accounts.ts';
import { emailAddress } from './email-address.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const ORG = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const viewer = (via: Viewer['via'], role: Role = 'ADMIN'): Viewer => ({
  userId: 'b1d5c2a0-0000-4000-8000-000000000001',
  orgId: ORG,
  roles: [role],
  scopes: ROLE_SCOPES[role],
  via,
});

describe('email addresses', () => {
  it('are trimmed and lowercased, so one person has one account whatever they type', () => {
    expect(emailAddress.parse('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
  });

  it('must be an address of at most 254 characters', () => {
    expect(emailAddress.safeParse('not-an-email').success).toBe(false);
    expect(emailAddress.safeParse(`${'a'.repeat(250)}@x.io`).error?.issues[0]?.message).toBe('email must be at most 254 characters');
  });
});

describe('the password policy', () => {
  it('takes 10 to 200 characters', () => {
    expect(newPassword.safeParse('a'.repeat(10)).success).toBe(true);
    expect(newPassword.safeParse('a'.repeat(200)).success).toBe(true);
    expect(newPassword.safeParse('a'.repeat(9)).error?.issues[0]?.message).toBe('password must be at least 10 characters');
    expect(newPassword.safeParse('a'.repeat(201)).error?.issues[0]?.message).toBe('password must be at most 200 characters');
  });

  it('is what accepting an invitation checks, naming the field', () => {
    expect(refusalOf(() => parseInput(acceptInviteInput, { token: 'li_x', password: 'short', name: 'Ada' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
      message: 'password must be at least 10 characters',
    });
  });
});

describe('names', () => {
  it('are trimmed and must keep 1 to 200 characters', () => {
    expect(displayName('name').parse('  Ada  ')).toBe('Ada');
    expect(displayName('orgName').safeParse('   ').error?.issues[0]?.message).toBe('orgName must not be empty');
    expect(displayName('name').safeParse('x'.repeat(201)).error?.issues[0]?.message).toBe('name must be at most 200 characters');
  });
});

describe('invitations', () => {
  it('take a normalized email and one of the roles', () => {
    expect(parseInput(inviteInput, { email: ' Bo@Example.com', role: 'RECRUITER' })).toEqual({
      email: 'bo@example.com',
      role: 'RECRUITER',
    });
    expect(refusalOf(() => parseInput(inviteInput, { email: 'bo@example.com', role: 'OWNER' })).field).toBe('role');
  });
});

describe('who the viewer is', () => {
  it('is nobody without credentials', () => {
    expect(refusalOf(() => signedInUserId(null)).code).toBe('UNAUTHENTICATED');
    expect(refusalOf(() => isOwnOrg(null, ORG)).code).toBe('UNAUTHENTICATED');
  });

  it('is a user for Looma sessions and the embedded demo, nobody for API keys and outside issuers', () => {
    expect(signedInUserId(viewer('token'))).toBe('b1d5c2a0-0000-4000-8000-000000000001');
    expect(signedInUserId(viewer('demo'))).toBe('b1d5c2a0-0000-4000-8000-000000000001');
    expect(signedInUserId(viewer('apiKey'))).toBeNull();
    expect(signedInUserId(viewer('external'))).toBeNull();
  });

  it('reads only its own organisation', () => {
    expect(isOwnOrg(viewer('token', 'VIEWER'), ORG)).toBe(true);
    expect(isOwnOrg(viewer('token', 'ADMIN'), '00000000-0000-4000-8000-000000000000')).toBe(false);
  });
});

describe('passwords', () => {
  it('hash into the versioned scrypt format and verify only the same password (NFKC-normalized)', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$v1\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery!', stored)).toBe(false);
    const composed = await hashPassword('caf\u00e9-password');
    expect(await verifyPassword('cafe\u0301-password', composed)).toBe(true);
  });

  it('refuse a hash of another scheme, and the dummy check always fails', async () => {
    expect(await verifyPassword('anything', 'bcrypt$2b$10$abc')).toBe(false);
    expect(await verifyAgainstDummy('looma-dummy-password')).toBe(false);
  });
});
