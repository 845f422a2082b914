import type { RelationalStore } from '../../../data/ports.ts';
import type { Config } from '../../../platform/config.ts';
import { badInput, forbidden } from '../../../platform/errors.ts';
import type { SignUpCodeStore } from './sign-up-code-store.ts';

/**
 * Self-service sign-up as a policy (SIGNUP_POLICY): `open` lets anyone create an organisation;
 * `invite-only` takes a sign-up only with an operator's single-use code for that email
 * (`npm run signups -- invite <email>`); `closed`, production's default, refuses every sign-up.
 * The messages are stable: clients may show them.
 */
export type SignUpPolicyName = Config['signupPolicy'];

export const SIGN_UP_CLOSED = 'Self-service sign-up is closed: ask the Looma operator to create your organisation';
export const SIGN_UP_NEEDS_CODE = 'Sign-up is by invitation: ask the Looma operator for a sign-up code';
export const SIGN_UP_BAD_CODE = 'The sign-up code is invalid, used, expired or for another email';

/** The policy's first word on a sign-up: FORBIDDEN when sign-up is closed, or invite-only and no code is given. */
export function admitSignUp(policy: SignUpPolicyName, inviteCode: string | null | undefined): void {
  if (policy === 'closed') throw forbidden(SIGN_UP_CLOSED);
  if (policy === 'invite-only' && !inviteCode) throw forbidden(SIGN_UP_NEEDS_CODE);
}

export class SignUpPolicy {
  readonly name: SignUpPolicyName;
  private readonly codes: SignUpCodeStore;

  constructor(name: SignUpPolicyName, codes: SignUpCodeStore) {
    this.name = name;
    this.codes = codes;
  }

  /** Before any work (no input parsed, no password hashed): a closed policy, or a missing code, refuses here. */
  admit(inviteCode: string | null | undefined): void {
    admitSignUp(this.name, inviteCode);
  }

  /** In the sign-up's transaction, before the first user is written: spends the code (invite-only). */
  async claim(
    tx: Pick<RelationalStore, 'query'>,
    { email, inviteCode }: { email: string; inviteCode?: string | null },
    orgId: string,
  ): Promise<void> {
    if (this.name !== 'invite-only') return;
    if (!inviteCode || !(await this.codes.claim(tx, inviteCode, email, orgId))) {
      throw badInput(SIGN_UP_BAD_CODE, { field: 'inviteCode' });
    }
  }
}
