import type { CacheStore } from '../../data/ports.ts';
import { ErrorCode, LoomaError } from '../../platform/errors.ts';

const WINDOW_MS = 15 * 60_000;
/** Failed logins allowed per window: per account (guessing one password) and per address (spraying many accounts). */
const MAX_FAILURES_PER_EMAIL = 5;
const MAX_FAILURES_PER_ADDRESS = 20;

/** Counts failed logins in the cache (shared by every identity process) and refuses more than the limits allow. */
export class LoginThrottle {
  constructor(private readonly cache: CacheStore) {}

  /** Throws RATE_LIMITED, with `retryAfter` seconds, while either counter is over its limit. */
  async check(email: string, address: string | undefined): Promise<void> {
    const keys = this.keys(email, address);
    const counts = await this.cache.mget(keys.map(([key]) => key));
    for (const [i, [key, limit]] of keys.entries()) {
      if (Number(counts[i] ?? 0) >= limit) {
        const ttl = await this.cache.ttl(key);
        const retryAfter = Math.max(1, Math.ceil((ttl > 0 ? ttl : WINDOW_MS) / 1000));
        throw new LoomaError(ErrorCode.RATE_LIMITED, `Too many failed logins; try again in ${retryAfter} s`, { retryAfter });
      }
    }
  }

  async recordFailure(email: string, address: string | undefined): Promise<void> {
    await Promise.all(this.keys(email, address).map(([key]) => this.cache.incr(key, WINDOW_MS)));
  }

  /** A successful login clears the account's counter (not the address's: a sprayer may know one password). */
  async recordSuccess(email: string): Promise<void> {
    await this.cache.del([`login-failures:email:${email}`]);
  }

  private keys(email: string, address: string | undefined): [string, number][] {
    const keys: [string, number][] = [[`login-failures:email:${email}`, MAX_FAILURES_PER_EMAIL]];
    if (address) keys.push([`login-failures:address:${address}`, MAX_FAILURES_PER_ADDRESS]);
    return keys;
  }
}
