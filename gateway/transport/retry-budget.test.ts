import { describe, expect, it } from 'vitest';
import { RetryBudget } from './retry-budget.ts';

describe('RetryBudget', () => {
  function budget() {
    let now = 0;
    const retries = new RetryBudget({ ratio: 0.1, minPerWindow: 2, windowMs: 10_000, now: () => now });
    return { retries, advance: (ms: number) => (now += ms) };
  }

  it('allows the floor without traffic, then 10 % of the requests', () => {
    const { retries } = budget();
    expect(retries.tryRetry()).toBe(true);
    expect(retries.tryRetry()).toBe(true);
    expect(retries.tryRetry()).toBe(false);
    for (let i = 0; i < 30; i++) retries.recordRequest();
    const allowed = Array.from({ length: 10 }, () => retries.tryRetry()).filter(Boolean).length;
    expect(allowed).toBe(3);
  });

  it('forgets what slid out of the window', () => {
    const { retries, advance } = budget();
    for (let i = 0; i < 100; i++) retries.recordRequest();
    while (retries.tryRetry());
    advance(5_000);
    expect(retries.tryRetry()).toBe(false);
    advance(6_000);
    expect(retries.tryRetry()).toBe(true);
    expect(retries.tryRetry()).toBe(true);
    expect(retries.tryRetry()).toBe(false);
  });
});
