import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../platform/checks.ts';
import { admitSignUp, SIGN_UP_CLOSED, SIGN_UP_NEEDS_CODE } from './sign-up-policy.ts';
import { signUpInput, slugify } from './sign-up.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

describe('the sign-up policy', () => {
  it('open: admits anyone, with or without a code', () => {
    expect(() => admitSignUp('open', undefined)).not.toThrow();
    expect(() => admitSignUp('open', 'ls_whatever')).not.toThrow();
  });

  it('invite-only: admits only a sign-up that brings a code (the code itself is checked in the transaction)', () => {
    expect(refusalOf(() => admitSignUp('invite-only', null))).toMatchObject({ code: 'FORBIDDEN', message: SIGN_UP_NEEDS_CODE });
    expect(refusalOf(() => admitSignUp('invite-only', ''))).toMatchObject({ code: 'FORBIDDEN', message: SIGN_UP_NEEDS_CODE });
    expect(() => admitSignUp('invite-only', 'ls_code')).not.toThrow();
  });

  it('closed: refuses every sign-up, code or not', () => {
    expect(refusalOf(() => admitSignUp('closed', 'ls_code'))).toMatchObject({ code: 'FORBIDDEN', message: SIGN_UP_CLOSED });
  });
});

describe('sign-up input', () => {
  const valid = { orgName: ' Acme ', email: ' Founder@Acme.IO ', password: 'long enough!', name: ' Ada ' };

  it('normalizes the email and trims names', () => {
    expect(parseInput(signUpInput, valid)).toEqual({ orgName: 'Acme', email: 'founder@acme.io', password: 'long enough!', name: 'Ada' });
  });

  it('names the field it refuses', () => {
    expect(refusalOf(() => parseInput(signUpInput, { ...valid, password: 'short' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(refusalOf(() => parseInput(signUpInput, { ...valid, email: 'nope' }))).toMatchObject({ field: 'email' });
    expect(refusalOf(() => parseInput(signUpInput, { ...valid, orgName: '' }))).toMatchObject({ field: 'orgName' });
    expect(refusalOf(() => parseInput(signUpInput, { ...valid, inviteCode: 'x'.repeat(201) }))).toMatchObject({ field: 'inviteCode' });
  });
});

describe('organisation slugs', () => {
  it('keep the ASCII words of the name, joined by dashes, at most 40 characters', () => {
    expect(slugify('Acme Recruiting, Inc.')).toBe('acme-recruiting-inc');
    expect(slugify('Café')).toBe('cafe');
    expect(slugify('x'.repeat(60))).toHaveLength(40);
  });

  it("fall back to 'org' when nothing is left", () => {
    expect(slugify('東京')).toBe('org');
    expect(slugify('---')).toBe('org');
  });
});
