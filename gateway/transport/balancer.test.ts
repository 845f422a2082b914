import { describe, expect, it } from 'vitest';
import { leastOutstanding } from './balancer.ts';

describe('leastOutstanding', () => {
  it('picks the instance with the fewest calls in flight', () => {
    const instances = [{ outstanding: 3 }, { outstanding: 1 }, { outstanding: 2 }];
    expect(leastOutstanding(instances, () => 0.99)).toBe(instances[1]);
  });

  it('breaks ties at random among the least loaded only', () => {
    const instances = [{ outstanding: 0 }, { outstanding: 5 }, { outstanding: 0 }];
    expect(leastOutstanding(instances, () => 0)).toBe(instances[0]);
    expect(leastOutstanding(instances, () => 0.99)).toBe(instances[2]);
    const seen = new Set<unknown>();
    for (let i = 0; i < 200; i++) seen.add(leastOutstanding(instances));
    expect(seen).toEqual(new Set([instances[0], instances[2]]));
  });

  it('returns nothing without candidates', () => {
    expect(leastOutstanding([])).toBeUndefined();
  });
});
