import { AsyncLocalStorage } from 'node:async_hooks';
import { storeLatency, storeRoundTrips } from './metrics.ts';

export type StorePort = 'relational' | 'graph' | 'vector' | 'search' | 'cache';
export const STORE_PORTS: readonly StorePort[] = ['relational', 'graph', 'vector', 'search', 'cache'];

export type RoundTripCounts = Record<StorePort, number>;

const zero = (): RoundTripCounts => ({ relational: 0, graph: 0, vector: 0, search: 0, cache: 0 });

/** Round trips of one request, per store; read by tests and benchmarks, logged at request end. */
export class RoundTripCounter {
  readonly counts = zero();
  total(): number {
    return STORE_PORTS.reduce((sum, port) => sum + this.counts[port], 0);
  }
}

const requestCounter = new AsyncLocalStorage<RoundTripCounter>();
const processTotals = zero();

/** Runs `fn` with a fresh per-request counter that every store round trip inside it adds to. */
export function withRoundTripCounter<T>(counter: RoundTripCounter, fn: () => T): T {
  return requestCounter.run(counter, fn);
}

export function currentRoundTripCounter(): RoundTripCounter | undefined {
  return requestCounter.getStore();
}

/** Process-wide totals since start; tests take a snapshot before and after an operation. */
export function roundTripTotals(): RoundTripCounts {
  return { ...processTotals };
}

export function diffRoundTrips(after: RoundTripCounts, before: RoundTripCounts): RoundTripCounts {
  const out = zero();
  for (const port of STORE_PORTS) out[port] = after[port] - before[port];
  return out;
}

/** Counts one round trip to a store and times it. Every adapter call that crosses to its server goes through here. */
export async function roundTrip<T>(store: StorePort, adapter: string, fn: () => Promise<T>): Promise<T> {
  processTotals[store] += 1;
  const counter = requestCounter.getStore();
  if (counter) counter.counts[store] += 1;
  storeRoundTrips.inc({ store, adapter });
  const end = storeLatency.startTimer({ store, adapter });
  try {
    return await fn();
  } finally {
    end();
  }
}
