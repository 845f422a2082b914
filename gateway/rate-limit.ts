import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { MemoryCacheStore } from '../data/adapters/memory-cache.ts';
import type { CacheStore } from '../data/ports.ts';
import type { RateLimitRule } from '../platform/access-requirements.ts';
import { ErrorCode, LoomaError } from '../platform/errors.ts';
import type { Viewer } from '../platform/viewer.ts';

/** One rate-limited field selected by an operation (aliases of the same field count once each). */
export interface RateLimitedUse {
  coordinate: string;
  rule: RateLimitRule;
  path: readonly string[];
  /** The counter's name when it is not the coordinate (an override's window). */
  key?: string;
}

export interface RateLimitCaller {
  viewer: Viewer | null;
  address: string | undefined;
  /** The operation's name, for an organisation's per-operation limit (none for an anonymous operation). */
  operationName?: string | null;
}

/** An organisation's rate-limit overrides (the configuration service's `rateLimits`, data/config/settings.ts). */
export interface RateLimitOverrides {
  fields: Record<string, { limit: number; windowSeconds: number }>;
  operations: Record<string, { limit: number; windowSeconds: number }>;
}

interface Window {
  coordinate: string;
  rule: RateLimitRule;
  paths: (readonly string[])[];
  count: number;
  resetAtMs: number;
}

export interface RateLimitOutcome {
  /** Headers for the response: the tightest window's limit, remaining and reset. */
  headers: HeaderMap;
  /** Empty when the operation may run; otherwise one RATE_LIMITED error per limited field path (HTTP 429). */
  errors: GraphQLError[];
}

/**
 * Fixed-window counters in the cache port: one key per field coordinate, caller key and window,
 * incremented atomically (`incr`, Redis Lua or the in-process store), so every gateway sharing the
 * cache shares the count. A selection over the limit refuses the whole operation.
 *
 * While the shared cache (Redis) does not answer, limits neither fail open nor take every limited
 * operation down with Redis: each gateway counts in its own memory until Redis is back, so a limit
 * still holds per gateway instance. (The login throttle, by contrast, fails closed: identity's
 * LoginThrottle cannot read its counters and login answers STORE_UNAVAILABLE.)
 */
export class RateLimiter {
  /** Shared by every gateway instance (the Redis adapter prefixes keys with the store namespace). */
  private readonly cache: CacheStore;
  private readonly now: () => number;
  /** Counts while `cache` answers STORE_UNAVAILABLE; bounded (an LRU). */
  private readonly fallback: CacheStore;
  /** The caller's organisation's overrides, read on every request (the config watcher's Map: no I/O), applied without a restart. */
  private readonly overridesOf: ((orgId: string) => RateLimitOverrides) | undefined;

  constructor(
    cache: CacheStore,
    now: () => number = Date.now,
    fallback: CacheStore = new MemoryCacheStore({ maxEntries: 100_000 }),
    overridesOf?: (orgId: string) => RateLimitOverrides,
  ) {
    this.cache = cache;
    this.now = now;
    this.fallback = fallback;
    this.overridesOf = overridesOf;
  }

  async consume(selected: readonly RateLimitedUse[], caller: RateLimitCaller): Promise<RateLimitOutcome> {
    const headers = new HeaderMap();
    const overrides = caller.viewer && this.overridesOf ? this.overridesOf(caller.viewer.orgId) : undefined;
    const uses = overrides ? withOverrides(selected, overrides, caller.operationName) : selected;
    if (uses.length === 0) return { headers, errors: [] };
    const now = this.now();
    const windows = new Map<string, Window>();
    for (const use of uses) {
      const windowStart = Math.floor(now / use.rule.windowMs) * use.rule.windowMs;
      const key = `rl:${use.key ?? use.coordinate}:${use.rule.by}:${callerKey(use.rule, caller)}:${windowStart}`;
      const window = windows.get(key) ?? {
        coordinate: use.coordinate,
        rule: use.rule,
        paths: [],
        count: 0,
        resetAtMs: windowStart + use.rule.windowMs,
      };
      window.paths.push(use.path);
      windows.set(key, window);
    }
    const counted = await Promise.all(
      [...windows].map(async ([key, window]) => ({ ...window, count: await this.count(key, window.rule.windowMs, window.paths.length) })),
    );
    // The window closest to its limit speaks for the operation in the headers.
    const tightest = counted.reduce((a, b) => (b.rule.limit - b.count < a.rule.limit - a.count ? b : a));
    const retryAfter = (window: Window) => Math.max(1, Math.ceil((window.resetAtMs - now) / 1000));
    headers.set('x-ratelimit-limit', String(tightest.rule.limit));
    headers.set('x-ratelimit-remaining', String(Math.max(0, tightest.rule.limit - tightest.count)));
    headers.set('x-ratelimit-reset', String(Math.ceil(tightest.resetAtMs / 1000)));
    const over = counted.filter((window) => window.count > window.rule.limit);
    if (over.length === 0) return { headers, errors: [] };
    const wait = Math.max(...over.map(retryAfter));
    headers.set('retry-after', String(wait));
    const errors = over.flatMap((window) =>
      window.paths.map(
        (path) =>
          new GraphQLError(
            `${window.coordinate} allows ${window.rule.limit} calls per ${window.rule.window}; try again in ${retryAfter(window)} s`,
            {
              path: path.length > 0 ? [...path] : undefined,
              extensions: {
                code: ErrorCode.RATE_LIMITED,
                retryAfter: retryAfter(window),
                limit: window.rule.limit,
                window: window.rule.window,
              },
            },
          ),
      ),
    );
    return { headers, errors };
  }

  /** The shared count, or this process's own while the shared cache is unavailable. */
  private async count(key: string, windowMs: number, by: number): Promise<number> {
    try {
      return await this.cache.incr(key, windowMs, by);
    } catch (error) {
      if (!(error instanceof LoomaError && error.code === ErrorCode.STORE_UNAVAILABLE)) throw error;
      return this.fallback.incr(key, windowMs, by);
    }
  }
}

function callerKey(rule: RateLimitRule, { viewer, address }: RateLimitCaller): string {
  if (rule.by === 'ORG' && viewer) return `org:${viewer.orgId}`;
  if (rule.by === 'VIEWER' && viewer) return `viewer:${viewer.userId}`;
  // Anonymous callers, and limits by address, count per peer address.
  return `address:${address ?? 'unknown'}`;
}

/**
 * The uses under an organisation's overrides: a field's override replaces its `@rateLimit`'s limit
 * and window (its `by` stays; a field without `@rateLimit` gets none from an override), and an
 * operation's adds one window per organisation for every operation of that name (`operation:<name>`).
 */
function withOverrides(
  uses: readonly RateLimitedUse[],
  overrides: RateLimitOverrides,
  operationName: string | null | undefined,
): RateLimitedUse[] {
  const overridden = uses.map((use) => {
    const override = overrides.fields[use.coordinate];
    if (!override) return use;
    // The window in the key too: counts under the directive's window and the override's never mix.
    return { ...use, rule: { ...use.rule, ...ruleOf(override) }, key: `${use.coordinate}~${override.windowSeconds}s` };
  });
  const operation = operationName ? overrides.operations[operationName] : undefined;
  if (operation) overridden.push({ coordinate: `operation:${operationName}`, rule: { ...ruleOf(operation), by: 'ORG' }, path: [] });
  return overridden;
}

function ruleOf(override: { limit: number; windowSeconds: number }): Omit<RateLimitRule, 'by'> {
  return { limit: override.limit, window: `${override.windowSeconds}s`, windowMs: override.windowSeconds * 1000 };
}
