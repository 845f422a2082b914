export interface RetryBudgetOptions {
  /** Retries allowed as a share of the requests in the window (0.1: one retry per ten requests). */
  ratio: number;
  /** Retries allowed in any window whatever the traffic (a quiet subgraph may still retry). */
  minPerWindow: number;
  windowMs: number;
  now?: () => number;
}

const BUCKETS = 10;

/**
 * Retries ≤ ratio × requests + a floor, over a sliding window of ten buckets: a failing subgraph is not
 * hit by twice its traffic when every call fails.
 */
export class RetryBudget {
  private readonly options: RetryBudgetOptions;
  private readonly now: () => number;
  private readonly bucketMs: number;
  private readonly requests = new Array<number>(BUCKETS).fill(0);
  private readonly retries = new Array<number>(BUCKETS).fill(0);
  private readonly bucketOf = new Array<number>(BUCKETS).fill(-1);

  constructor(options: RetryBudgetOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.bucketMs = Math.max(1, Math.ceil(options.windowMs / BUCKETS));
  }

  /** Counts one request (a first attempt). */
  recordRequest(): void {
    this.requests[this.slot()]!++;
  }

  /** Takes a retry from the budget when one is left (and counts it); false when spent. */
  tryRetry(): boolean {
    const slot = this.slot();
    let requests = 0;
    let retries = 0;
    for (let i = 0; i < BUCKETS; i++) {
      requests += this.requests[i]!;
      retries += this.retries[i]!;
    }
    if (retries >= this.options.minPerWindow + this.options.ratio * requests) return false;
    this.retries[slot]!++;
    return true;
  }

  /** The current bucket, after clearing those that fell out of the window. */
  private slot(): number {
    const bucket = Math.floor(this.now() / this.bucketMs);
    for (let i = 0; i < BUCKETS; i++) {
      if (this.bucketOf[i]! <= bucket - BUCKETS) {
        this.requests[i] = 0;
        this.retries[i] = 0;
        this.bucketOf[i] = -1;
      }
    }
    const slot = bucket % BUCKETS;
    if (this.bucketOf[slot] !== bucket) {
      this.requests[slot] = 0;
      this.retries[slot] = 0;
      this.bucketOf[slot] = bucket;
    }
    return slot;
  }
}
