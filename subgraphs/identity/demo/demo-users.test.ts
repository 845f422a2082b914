import { describe, expect, it } from 'vitest';
import { DEMO_USER_ID } from '../../../platform/auth.ts';
import { ROLES } from '../../../platform/viewer.ts';
import { emailAddress } from '../accounts/email-address.ts';
import { newPassword } from '../accounts/accounts.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';

describe('demo users', () => {
  it('are one per role', () => {
    expect(DEMO_USERS.map((u) => u.role).sort()).toEqual([...ROLES].sort());
  });

  it('make the recruiter the user anonymous embedded requests act as', () => {
    expect(DEMO_USERS.filter((u) => u.id)).toEqual([expect.objectContaining({ id: DEMO_USER_ID, role: 'RECRUITER' })]);
  });

  it('hold emails as accounts store them, and a password the policy accepts', () => {
    for (const user of DEMO_USERS) expect(emailAddress.parse(user.email)).toBe(user.email);
    expect(newPassword.safeParse(DEMO_PASSWORD).success).toBe(true);
  });
});
