import { EventEmitter } from 'node:events';
import { LRUCache } from 'lru-cache';
import { roundTrip } from '../../platform/round-trips.ts';
import type { CacheStore } from '../ports.ts';

const ADAPTER = 'memory';

/**
 * The embedded cache default: an in-process LRU with per-key TTL and pub/sub. Right for one
 * process; several replicas need Redis to share rate-limit budgets.
 */
export class MemoryCacheStore implements CacheStore {
  readonly adapter = 'memory' as const;
  private readonly entries: LRUCache<string, string>;
  private readonly bus = new EventEmitter().setMaxListeners(0);

  constructor({ maxEntries = 50_000 } = {}) {
    this.entries = new LRUCache<string, string>({ max: maxEntries, ttlAutopurge: false, allowStale: false });
  }

  private op<T>(fn: () => T): Promise<T> {
    return roundTrip('cache', ADAPTER, async () => fn());
  }

  get(key: string) {
    return this.op(() => this.entries.get(key) ?? null);
  }

  mget(keys: string[]) {
    return this.op(() => keys.map((k) => this.entries.get(k) ?? null));
  }

  set(key: string, value: string, ttlMs?: number) {
    return this.op(() => void this.entries.set(key, value, ttlMs ? { ttl: ttlMs } : {}));
  }

  compareAndSet(key: string, expected: string | null, value: string, ttlMs?: number) {
    // Synchronous compare and write: atomic within the one event loop.
    return this.op(() => {
      if ((this.entries.get(key) ?? null) !== expected) return false;
      this.entries.set(key, value, ttlMs ? { ttl: ttlMs } : {});
      return true;
    });
  }

  del(keys: string[]) {
    return this.op(() => keys.filter((k) => this.entries.delete(k)).length);
  }

  incr(key: string, ttlMs: number, by = 1) {
    // Synchronous read-modify-write: atomic within the one event loop.
    return this.op(() => {
      const current = this.entries.get(key);
      const next = (current === undefined ? 0 : Number(current)) + by;
      if (current === undefined) this.entries.set(key, String(next), { ttl: ttlMs });
      else this.entries.set(key, String(next), { noUpdateTTL: true });
      return next;
    });
  }

  ttl(key: string) {
    return this.op(() => {
      if (!this.entries.has(key)) return -2;
      const remaining = this.entries.getRemainingTTL(key);
      return Number.isFinite(remaining) && remaining > 0 ? Math.ceil(remaining) : -1;
    });
  }

  publish(channel: string, message: string) {
    return this.op(() => {
      // Delivered on a later tick, as a server would.
      setImmediate(() => this.bus.emit(channel, message));
    });
  }

  async subscribe(channel: string, onMessage: (message: string) => void) {
    this.bus.on(channel, onMessage);
    return async () => {
      this.bus.off(channel, onMessage);
    };
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.bus.removeAllListeners();
    this.entries.clear();
  }
}
