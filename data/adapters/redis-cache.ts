import { Redis } from 'ioredis';
import { roundTrip } from '../../platform/round-trips.ts';
import type { CacheStore } from '../ports.ts';

const ADAPTER = 'redis';

/** Adds and, on the window's first increment, sets the expiry: one atomic step for rate limits. */
const INCR_WITH_WINDOW = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

/** Sets KEYS[1] to ARGV[3] (expiring after ARGV[4] ms, 0: never) only while it holds ARGV[2] (ARGV[1] '0': only while absent). */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[1] == '1' then
  if current ~= ARGV[2] then return 0 end
elseif current then return 0 end
if ARGV[4] ~= '0' then redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4]) else redis.call('SET', KEYS[1], ARGV[3]) end
return 1`;

/** The real cache adapter: Redis through ioredis; pub/sub on a second connection. */
export class RedisCacheStore implements CacheStore {
  readonly adapter = 'redis' as const;
  private subscriber: Redis | undefined;
  private readonly handlers = new Map<string, Set<(message: string) => void>>();

  private readonly redis: Redis;
  private readonly keyPrefix: string;

  private constructor(redis: Redis, keyPrefix: string) {
    this.redis = redis;
    this.keyPrefix = keyPrefix;
  }

  /**
   * Fails fast while Redis is away: no offline queue (a command while disconnected fails at once
   * instead of waiting for a reconnect), each command answers within `requestTimeoutMs`; ioredis
   * keeps reconnecting in the background and commands work again when Redis is back.
   */
  static async open(url: string, { keyPrefix = '', connectTimeoutMs = 5_000, requestTimeoutMs = 10_000 } = {}): Promise<RedisCacheStore> {
    const redis = new Redis(url, {
      keyPrefix,
      lazyConnect: true,
      connectTimeout: connectTimeoutMs,
      commandTimeout: requestTimeoutMs,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    redis.on('error', () => undefined); // reconnects on its own; failures surface on the calls
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`Redis at ${url} is unreachable: ${error instanceof Error ? error.message : String(error)}`);
    }
    return new RedisCacheStore(redis, keyPrefix);
  }

  private op<T>(fn: () => Promise<T>): Promise<T> {
    return roundTrip('cache', ADAPTER, fn);
  }

  get(key: string) {
    return this.op(() => this.redis.get(key));
  }

  mget(keys: string[]) {
    return keys.length === 0 ? Promise.resolve([]) : this.op(() => this.redis.mget(keys));
  }

  async set(key: string, value: string, ttlMs?: number) {
    await this.op(() => (ttlMs ? this.redis.set(key, value, 'PX', ttlMs) : this.redis.set(key, value)));
  }

  async compareAndSet(key: string, expected: string | null, value: string, ttlMs?: number) {
    const written = await this.op(() =>
      this.redis.eval(COMPARE_AND_SET, 1, key, expected === null ? '0' : '1', expected ?? '', value, ttlMs ? Math.ceil(ttlMs) : 0),
    );
    return Number(written) === 1;
  }

  del(keys: string[]) {
    return keys.length === 0 ? Promise.resolve(0) : this.op(() => this.redis.del(...keys));
  }

  async incr(key: string, ttlMs: number, by = 1) {
    return Number(await this.op(() => this.redis.eval(INCR_WITH_WINDOW, 1, key, by, ttlMs)));
  }

  ttl(key: string) {
    return this.op(() => this.redis.pttl(key));
  }

  async publish(channel: string, message: string) {
    await this.op(() => this.redis.publish(this.keyPrefix + channel, message));
  }

  async subscribe(channel: string, onMessage: (message: string) => void) {
    const full = this.keyPrefix + channel;
    if (!this.subscriber) {
      // Subscriptions may wait for a connection (and ioredis renews them after a reconnect).
      this.subscriber = this.redis.duplicate({ keyPrefix: '', enableOfflineQueue: true, commandTimeout: undefined });
      this.subscriber.on('error', () => undefined);
      this.subscriber.on('message', (ch: string, message: string) => {
        for (const handler of this.handlers.get(ch) ?? []) handler(message);
      });
    }
    let set = this.handlers.get(full);
    if (!set) {
      set = new Set();
      this.handlers.set(full, set);
      await this.subscriber.subscribe(full);
    }
    set.add(onMessage);
    return async () => {
      set.delete(onMessage);
      if (set.size === 0) {
        this.handlers.delete(full);
        await this.subscriber?.unsubscribe(full);
      }
    };
  }

  async ping(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
