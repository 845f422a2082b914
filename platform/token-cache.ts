import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Viewer } from './viewer.ts';

/**
 * Access tokens already verified, so a caller's next request skips the ES256 signature check.
 *
 * Keyed by the SHA-256 of the token (the token itself is never a key); bounded by entry count; an
 * entry lives until the token's own `exp` and never longer (the clock tolerance past `exp` goes
 * back through full verification). The signing key is re-checked on every hit by the caller
 * (`stillValid`), so a retired key's tokens are refused as soon as the key ring drops it, exactly
 * as without the cache. API keys are not cached: their revocation is a database row that takes
 * effect on the next request.
 */

export const DEFAULT_TOKEN_CACHE_ENTRIES = 10_000;

interface VerifiedToken {
  viewer: Viewer;
  /** The key that signed it: a hit is honoured only while the key ring still verifies with it. */
  kid: string;
  /** Epoch milliseconds of the token's `exp`. */
  expiresAt: number;
}

export class VerifiedTokenCache {
  private readonly entries: LRUCache<string, VerifiedToken>;
  readonly max: number;

  constructor(max: number = DEFAULT_TOKEN_CACHE_ENTRIES) {
    this.max = max;
    this.entries = new LRUCache<string, VerifiedToken>({ max });
  }

  get size(): number {
    return this.entries.size;
  }

  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  /** The cached verification of `key`, or undefined when there is none or its token has expired. */
  get(key: string, now: number = Date.now()): { viewer: Viewer; kid: string } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    // A copy: a request may not change what the next one sees.
    const { viewer } = entry;
    return { kid: entry.kid, viewer: { ...viewer, roles: [...viewer.roles], scopes: [...viewer.scopes] } };
  }

  /** Remembers a token that just verified; one already past its `exp` (inside the clock tolerance) is not kept. */
  set(key: string, verified: { viewer: Viewer; kid: string; exp: number }, now: number = Date.now()): void {
    const expiresAt = verified.exp * 1000;
    if (!(expiresAt > now)) return;
    const { viewer } = verified;
    this.entries.set(key, {
      viewer: { ...viewer, roles: [...viewer.roles], scopes: [...viewer.scopes] },
      kid: verified.kid,
      expiresAt,
    });
  }
}
