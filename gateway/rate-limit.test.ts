import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../data/adapters/memory-cache.ts';
import type { Viewer } from '../platform/viewer.ts';
import { RateLimiter, type RateLimitOverrides, type RateLimitedUse } from './rate-limit.ts';

const viewer = (orgId: string): Viewer => ({ userId: `u-${orgId}`, orgId, roles: ['ADMIN'], scopes: ['admin'], via: 'token' });
const talents: RateLimitedUse = {
  coordinate: 'Query.talents',
  rule: { limit: 5, window: '1m', windowMs: 60_000, by: 'VIEWER' },
  path: ['talents'],
};
const none: RateLimitOverrides = { fields: {}, operations: {} };

// An organisation's overrides (the configuration watcher's `rateLimits`) as the limiter reads them on each request.
describe('rate limiter with configuration overrides', () => {
  it("replaces a field's limit and window for the overridden organisation only, and follows a change without a restart", async () => {
    const overrides = new Map<string, RateLimitOverrides>([
      ['a', { fields: { 'Query.talents': { limit: 1, windowSeconds: 3600 } }, operations: {} }],
    ]);
    const limiter = new RateLimiter(
      new MemoryCacheStore(),
      () => 1_000_000,
      undefined,
      (orgId) => overrides.get(orgId) ?? none,
    );
    const call = (orgId: string) => limiter.consume([talents], { viewer: viewer(orgId), address: undefined });

    expect((await call('a')).errors).toEqual([]);
    const refused = await call('a');
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 1, window: '3600s' });
    expect(refused.headers.get('x-ratelimit-limit')).toBe('1');
    // Another organisation keeps the directive's 5.
    expect((await call('b')).headers.get('x-ratelimit-limit')).toBe('5');

    // A new version arrives: the next request counts under it.
    overrides.set('a', { fields: { 'Query.talents': { limit: 10, windowSeconds: 60 } }, operations: {} });
    const after = await call('a');
    expect(after.errors).toEqual([]);
    expect(after.headers.get('x-ratelimit-limit')).toBe('10');
  });

  it('limits every operation of a name per organisation, even one that selects no limited field', async () => {
    const limiter = new RateLimiter(
      new MemoryCacheStore(),
      () => 1_000_000,
      undefined,
      () => ({
        fields: {},
        operations: { Nightly: { limit: 1, windowSeconds: 60 } },
      }),
    );
    const caller = (userId: string) => ({ viewer: { ...viewer('a'), userId }, address: undefined, operationName: 'Nightly' });
    expect((await limiter.consume([], caller('u1'))).errors).toEqual([]);
    const second = await limiter.consume([], caller('u2'));
    expect(second.errors).toHaveLength(1);
    expect(second.errors[0]?.path).toBeUndefined();
    expect(second.errors[0]?.message).toContain('operation:Nightly allows 1 calls per 60s');
    // Another name, or an anonymous caller, is not counted against it.
    expect((await limiter.consume([], { ...caller('u3'), operationName: 'Other' })).errors).toEqual([]);
    expect((await limiter.consume([], { viewer: null, address: '1.2.3.4', operationName: 'Nightly' })).errors).toEqual([]);
  });
});
