import type { CacheStore } from '../../../data/ports.ts';
import { ErrorCode, LoomaError } from '../../../platform/errors.ts';

export const WINDOW_MS = 15 * 60_000;
/** Failed logins allowed per window: per account (guessing one password) and per address (spraying many accounts). */
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** The counters an attempt takes a place in, each with its limit: the account's, and the address's when known. */
export function throttleCounters(email: string, address: string | undefined): [key: string, limit: number][] {
  const counters: [string, number][] = [[`login-failures:email:${email}`, MAX_FAILURES_PER_EMAIL]];
  if (address) counters.push([`login-failures:address:${address}`, MAX_FAILURES_PER_ADDRESS]);
  return counters;
}

/** Whole seconds until a full counter frees up (at least 1); a counter without a TTL counts as a whole window. */
export function retryAfterSeconds(ttlMs: number): number {
  return Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : WINDOW_MS) / 1000));
}

/** A login attempt that holds a place in the counters until its outcome is known. */
export interface LoginAttempt {
  /** The password was right: the account's failures are cleared and the address's place is given back. */
  succeeded(): Promise<void>;
  /** The attempt ended without an answer about the password (a store failed): its places are given back. */
  abandoned(): Promise<void>;
  // A wrong password needs no call: the place it holds is the failure.
}

/**
 * Limits failed logins in the cache (shared by every identity process). An attempt reserves its
 * place in the per-account and per-address counters with one atomic increment each *before* the
 * password is hashed, so N parallel guesses evaluate at most the limit (a check before the hash and
 * a count after it let all of them through). A reservation over a limit is given back and refused
 * without hashing; a wrong password keeps its place, which is the failure. In flight or failed, at
 * most 5 attempts per account and 20 per address in 15 minutes; a success clears the account's
 * failures (as Keycloak's brute-force detection does) but not the address's.
 */
export class LoginThrottle {
  private readonly cache: CacheStore;

  constructor(cache: CacheStore) {
    this.cache = cache;
  }

  /** Reserves an attempt, or throws RATE_LIMITED (with `retryAfter` seconds) while a counter is at its limit. */
  async reserve(email: string, address: string | undefined): Promise<LoginAttempt> {
    const keys = throttleCounters(email, address);
    const counts = await Promise.all(keys.map(([key]) => this.cache.incr(key, WINDOW_MS)));
    const [emailKey, addressKey] = keys.map(([key]) => key);
    const giveBack = (which: (string | undefined)[]) =>
      Promise.all(which.filter((key): key is string => key !== undefined).map((key) => this.cache.incr(key, WINDOW_MS, -1)));

    const full = keys.find(([, limit], i) => counts[i]! > limit);
    if (full) {
      await giveBack([emailKey, addressKey]);
      const ttl = await this.cache.ttl(full[0]);
      const retryAfter = retryAfterSeconds(ttl);
      throw new LoomaError(ErrorCode.RATE_LIMITED, `Too many failed logins; try again in ${retryAfter} s`, { retryAfter });
    }
    return {
      succeeded: async () => {
        await Promise.all([this.cache.del([emailKey!]), giveBack([addressKey])]);
      },
      abandoned: async () => {
        await giveBack([emailKey, addressKey]);
      },
    };
  }
}
