import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { parseInput } from '../../../platform/checks.ts';
import { LoomaError } from '../../../platform/errors.ts';
import {
  LoginThrottle,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
  retryAfterSeconds,
  throttleCounters,
  WINDOW_MS,
} from './login-throttle.ts';
import type { RefreshTokenRecord } from './session-store.ts';
import { isRefreshable, loginInput } from './sessions.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const token = (overrides: Partial<RefreshTokenRecord> = {}): RefreshTokenRecord => ({
  id: 't1',
  userId: 'u1',
  familyId: 'f1',
  expiresAt: new Date(NOW + 1000),
  revokedAt: null,
  ...overrides,
});

async function refusedWith(run: () => Promise<unknown>): Promise<LoomaError> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LoomaError);
  return error as LoomaError;
}

describe('login input', () => {
  it('normalizes the email as accounts store it, and checks sizes only (no format: that would tell which emails can exist)', () => {
    expect(parseInput(loginInput, { email: '  Ada@Example.COM ', password: 'x' })).toEqual({ email: 'ada@example.com', password: 'x' });
    expect(parseInput(loginInput, { email: 'not an address', password: 'x' }).email).toBe('not an address');
    expect(loginInput.safeParse({ email: '', password: 'x' }).error?.issues[0]?.message).toBe('email must not be empty');
    expect(loginInput.safeParse({ email: 'a@b.c', password: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
      'password must be at most 200 characters',
    );
  });
});

describe('refresh tokens', () => {
  it('are refreshable while neither revoked nor expired', () => {
    expect(isRefreshable(token(), NOW)).toBe(true);
    expect(isRefreshable(null, NOW)).toBe(false);
    expect(isRefreshable(token({ revokedAt: new Date(NOW - 1) }), NOW)).toBe(false);
    expect(isRefreshable(token({ expiresAt: new Date(NOW) }), NOW)).toBe(false);
  });
});

describe('login throttle arithmetic', () => {
  it('counts per account, and per address when the address is known', () => {
    expect(throttleCounters('ada@example.com', undefined)).toEqual([['login-failures:email:ada@example.com', MAX_FAILURES_PER_EMAIL]]);
    expect(throttleCounters('ada@example.com', '203.0.113.7')).toEqual([
      ['login-failures:email:ada@example.com', 5],
      ['login-failures:address:203.0.113.7', 20],
    ]);
  });

  it('answers retry-after in whole seconds, at least 1, a whole window when the counter has no TTL', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(1500)).toBe(2);
    expect(retryAfterSeconds(0)).toBe(WINDOW_MS / 1000);
    expect(retryAfterSeconds(-1)).toBe(900);
  });
});

// The throttle over the embedded cache (an in-process LRU, the default store), not a mock.
describe('login throttle', () => {
  it('lets 5 failures per account through, then refuses with RATE_LIMITED and retryAfter', async () => {
    const throttle = new LoginThrottle(new MemoryCacheStore());
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await throttle.reserve('ada@example.com', undefined);
    const refused = await refusedWith(() => throttle.reserve('ada@example.com', undefined));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.details.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.details.retryAfter).toBeLessThanOrEqual(900);
    // Another account is not affected.
    await throttle.reserve('bo@example.com', undefined);
  });

  it('clears the account on success but keeps the address counting its failures', async () => {
    const throttle = new LoginThrottle(new MemoryCacheStore());
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await throttle.reserve('ada@example.com', '198.51.100.1');
    await (await throttle.reserve('ada@example.com', '198.51.100.1')).succeeded();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await throttle.reserve('ada@example.com', '198.51.100.1');
    expect((await refusedWith(() => throttle.reserve('ada@example.com', '198.51.100.1'))).code).toBe('RATE_LIMITED');
  });

  it('refuses an address after 20 failures across accounts; an abandoned attempt gives its places back', async () => {
    const throttle = new LoginThrottle(new MemoryCacheStore());
    await (await throttle.reserve('x@example.com', '192.0.2.9')).abandoned();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) await throttle.reserve(`user${i}@example.com`, '192.0.2.9');
    expect((await refusedWith(() => throttle.reserve('fresh@example.com', '192.0.2.9'))).code).toBe('RATE_LIMITED');
    // The refusal gave its own places back: the fresh account has not been charged.
    await throttle.reserve('fresh@example.com', '192.0.2.10');
  });
});
