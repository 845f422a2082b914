import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../data/ports.ts';
import { cacheCases } from '../support/adapters.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(cacheCases)('cache port contract: $name', ({ available, open }) => {
  let store: CacheStore;
  beforeAll(async () => {
    if (available) store = await open();
  }, 30_000);
  afterAll(async () => {
    await store?.close();
  });

  it.runIf(available)('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.runIf(available)('sets, gets, reads many and deletes', async () => {
    await store.set('a', '1');
    await store.set('b', '二');
    expect(await store.get('a')).toBe('1');
    expect(await store.mget(['a', 'missing', 'b'])).toEqual(['1', null, '二']);
    expect(await store.del(['a', 'missing'])).toBe(1);
    expect(await store.get('a')).toBeNull();
  });

  it.runIf(available)('expires keys after their ttl', async () => {
    await store.set('short', 'x', 150);
    const ttl = await store.ttl('short');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(150);
    expect(await store.ttl('never-set')).toBe(-2);
    await store.set('forever', 'y');
    expect(await store.ttl('forever')).toBe(-1);
    await sleep(250);
    expect(await store.get('short')).toBeNull();
  });

  it.runIf(available)('increments atomically under concurrency and expires the counter window', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => store.incr('counter', 300)));
    expect(new Set(results).size).toBe(200);
    expect(Math.max(...results)).toBe(200);
    expect(await store.incr('counter', 300, 5)).toBe(205);
    await sleep(400);
    expect(await store.incr('counter', 300)).toBe(1);
  });

  it.runIf(available)('compares and sets: only while the key holds the expected value (or is absent), with its ttl', async () => {
    expect(await store.compareAndSet('cas', null, 'v1', 5_000)).toBe(true);
    expect(await store.compareAndSet('cas', null, 'other')).toBe(false);
    expect(await store.compareAndSet('cas', 'stale', 'other')).toBe(false);
    expect(await store.get('cas')).toBe('v1');
    expect(await store.compareAndSet('cas', 'v1', '第二', 150)).toBe(true);
    expect(await store.get('cas')).toBe('第二');
    // The new ttl, not the first write's 5 s (the embedded LRU's clock may read a few ms behind).
    expect(await store.ttl('cas')).toBeGreaterThan(0);
    expect(await store.ttl('cas')).toBeLessThan(1_000);
    await sleep(250);
    expect(await store.compareAndSet('cas', '第二', 'late')).toBe(false);
    expect(await store.get('cas')).toBeNull();

    // Concurrent read-modify-writes, each retried until its write holds: none is lost.
    const appendOne = async (item: number) => {
      for (;;) {
        const current = await store.get('cas-list');
        const next = JSON.stringify([...(current ? (JSON.parse(current) as number[]) : []), item]);
        if (await store.compareAndSet('cas-list', current, next)) return;
      }
    };
    await Promise.all(Array.from({ length: 20 }, (_, item) => appendOne(item)));
    expect((JSON.parse((await store.get('cas-list'))!) as number[]).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it.runIf(available)('delivers published messages to subscribers until they unsubscribe', async () => {
    const received: string[] = [];
    const unsubscribe = await store.subscribe('events', (m) => received.push(m));
    await store.publish('events', 'hello');
    await store.publish('other', 'ignored');
    await store.publish('events', '你好');
    for (let i = 0; i < 50 && received.length < 2; i++) await sleep(20);
    expect(received).toEqual(['hello', '你好']);
    await unsubscribe();
    await store.publish('events', 'after');
    await sleep(100);
    expect(received).toEqual(['hello', '你好']);
  });
});
