import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RelationalStore } from '../../../data/ports.ts';
import { orgStore } from '../../../data/records/org-store.ts';
import { parseInput } from '../../../platform/checks.ts';
import { createUser, displayName, newPassword } from '../accounts/accounts.ts';
import { emailAddress } from '../accounts/email-address.ts';
import { hashPassword } from '../accounts/passwords.ts';
import { recordIdentityAudit } from '../audit/identity-audit.ts';
import type { AuthPayloadRecord, Sessions } from '../sessions/sessions.ts';
import type { SignUpPolicy } from './sign-up-policy.ts';

export const signUpInput = z.object({
  orgName: displayName('orgName'),
  email: emailAddress,
  password: newPassword,
  name: displayName('name'),
  inviteCode: z.string().max(200, 'inviteCode must be at most 200 characters').nullish(),
});

/** The readable part of a new organisation's slug: ASCII words of its name joined by '-', at most 40 characters ('org' when none is left). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'org';
}

/** Self-service sign-up: a new organisation and its first user, an ADMIN, signed in; subject to the sign-up policy. */
export class SignUps {
  private readonly db: RelationalStore;
  private readonly sessions: Sessions;
  /** SIGNUP_POLICY: whether signUp is open, invite-only or closed. */
  private readonly policy: SignUpPolicy;

  constructor(db: RelationalStore, sessions: Sessions, policy: SignUpPolicy) {
    this.db = db;
    this.sessions = sessions;
    this.policy = policy;
  }

  async signUp(input: z.input<typeof signUpInput>): Promise<AuthPayloadRecord> {
    this.policy.admit(input.inviteCode);
    const values = parseInput(signUpInput, input);
    const passwordHash = await hashPassword(values.password);
    const slug = `${slugify(values.orgName)}-${randomBytes(3).toString('hex')}`;
    return this.db.transaction(async (tx) => {
      const org = { id: randomUUID(), name: values.orgName, slug };
      await orgStore.insert(tx, org);
      // Invite-only: the code is spent with the organisation, or neither happens.
      await this.policy.claim(tx, values, org.id);
      const user = await createUser(tx, { orgId: org.id, email: values.email, name: values.name, role: 'ADMIN', passwordHash });
      await recordIdentityAudit(tx, org.id, { userId: user.id, via: 'token' }, [
        { action: 'org.create', entityType: 'org', org },
        { action: 'user.create', entityType: 'user', user, via: 'signUp' },
      ]);
      return this.sessions.start(user, { tx });
    });
  }
}
