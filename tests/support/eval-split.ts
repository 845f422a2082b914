/**
 * The dev/test split of every labelled set (search queries, resumes, and the sets to come). Tuning may look at
 * dev; the benchmarks report test. Each fixture records its items' split; this is the rule that made it, and the
 * tests recompute it so that nobody moves an item from test to dev by hand.
 */
import { createHash } from 'node:crypto';

export const SPLITS = ['dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];

/** The side a stable hash of the id picks: the first byte of its SHA-256, even for dev, odd for test. */
export function hashSide(id: string): Split {
  return createHash('sha256').update(id).digest()[0]! % 2 === 0 ? 'dev' : 'test';
}

/**
 * Assigns items in their fixture order: each goes to the side of its stratum (e.g. language and kind) that holds
 * fewer items so far, a tie decided by hashSide. Every stratum ends balanced within one item, and an item appended
 * to the fixture never moves one already there.
 */
export function assignSplits<T>(items: readonly T[], idOf: (item: T) => string, stratumOf: (item: T) => string): Split[] {
  const counts = new Map<string, Record<Split, number>>();
  return items.map((item) => {
    const stratum = stratumOf(item);
    const count = counts.get(stratum) ?? { dev: 0, test: 0 };
    counts.set(stratum, count);
    const side: Split = count.dev === count.test ? hashSide(idOf(item)) : count.dev < count.test ? 'dev' : 'test';
    count[side]++;
    return side;
  });
}
