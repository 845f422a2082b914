import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { VerifiedTokenCache } from '../../platform/token-cache.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Verified access tokens are cached (platform/token-cache.ts), bounded, keyed by a hash of the token,
 * and never beyond what verification itself would accept: not past the token's `exp`, not once its
 * key is retired.
 */

const viewer: Viewer = { userId: 'u1', orgId: 'o1', roles: ['RECRUITER'], scopes: [], via: 'token' };

describe('the verified-token cache', () => {
  it('keeps an entry until its exp and never longer, and none for a token already past it', () => {
    const cache = new VerifiedTokenCache(10);
    const now = 1_800_000_000_000;
    const key = VerifiedTokenCache.keyOf('a.b.c');
    expect(key).not.toContain('a.b.c');
    cache.set(key, { viewer, kid: 'k1', exp: now / 1000 + 60 }, now);
    expect(cache.get(key, now + 59_999)?.viewer).toEqual(viewer);
    expect(cache.get(key, now + 60_000)).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set(key, { viewer, kid: 'k1', exp: now / 1000 - 1 }, now);
    expect(cache.get(key, now)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stays at its bound through 100,000 distinct tokens', () => {
    const cache = new VerifiedTokenCache(1_000);
    const exp = Math.floor(Date.now() / 1000) + 600;
    for (let n = 0; n < 100_000; n++) cache.set(VerifiedTokenCache.keyOf(`token-${n}`), { viewer, kid: 'k1', exp });
    expect(cache.size).toBe(1_000);
  });
});

describe('the authenticator with the cache', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', {});
  }, 120_000);
  afterAll(async () => {
    vi.useRealTimers();
    await t?.close();
  });

  const authenticate = (token: string) => t.stack.runtime.authenticator.authenticate({ authorization: `Bearer ${token}` });

  it('refuses a cached token once it has expired', async () => {
    const { authenticator } = t.stack.runtime;
    const token = authenticator.issueAccessToken({ userId: 'u-expiring', orgId: t.orgId, roles: ['RECRUITER'] }, 60);
    expect((await authenticate(token))?.userId).toBe('u-expiring');
    expect((await authenticate(token))?.userId).toBe('u-expiring'); // from the cache
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Past exp and the 30 s clock tolerance.
      vi.setSystemTime(Date.now() + 120_000);
      await expect(authenticate(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: 'The access token has expired' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a cached token of a retired key at once', async () => {
    const { authenticator } = t.stack.runtime;
    const oldKid = authenticator.keys.signingKey().kid;
    const token = authenticator.issueAccessToken({ userId: 'u-retired', orgId: t.orgId, roles: ['RECRUITER'] }, 600);
    expect((await authenticate(token))?.userId).toBe('u-retired');
    expect((await authenticate(token))?.userId).toBe('u-retired'); // from the cache
    await authenticator.keys.rotate();
    expect((await authenticate(token))?.userId).toBe('u-retired'); // a retiring key still verifies
    await authenticator.keys.retire(oldKid);
    await expect(authenticate(token)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'The access token was not signed by a current Looma key',
    });
    // A token of the new key verifies, and keeps verifying from the cache.
    const fresh = authenticator.issueAccessToken({ userId: 'u-new', orgId: t.orgId, roles: ['RECRUITER'] }, 600);
    expect((await authenticate(fresh))?.userId).toBe('u-new');
    expect((await authenticate(fresh))?.userId).toBe('u-new');
  });
});
