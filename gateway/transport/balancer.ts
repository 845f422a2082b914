/** What the balancer weighs: the calls an instance has in flight. */
export interface Weighed {
  outstanding: number;
}

/**
 * Least outstanding requests, ties broken at random (what power of two random choices does between two
 * instances; a full scan is cheaper than sampling for the handful of instances a subgraph has). Undefined
 * when there is no candidate.
 */
export function leastOutstanding<T extends Weighed>(candidates: readonly T[], random: () => number = Math.random): T | undefined {
  let best: T[] = [];
  let fewest = Infinity;
  for (const candidate of candidates) {
    if (candidate.outstanding < fewest) {
      fewest = candidate.outstanding;
      best = [candidate];
    } else if (candidate.outstanding === fewest) best.push(candidate);
  }
  if (best.length <= 1) return best[0];
  return best[Math.min(best.length - 1, Math.floor(random() * best.length))];
}
