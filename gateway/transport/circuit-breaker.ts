/** closed: calls flow; open: the instance is ejected until its cool-down ends; half-open: one trial call decides. */
export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures (connection error, timeout, 5xx) that open a closed breaker. */
  failureThreshold: number;
  /** The first ejection's length; each failed trial after it doubles it (outlier ejection), up to maxEjectionMs. */
  baseEjectionMs: number;
  maxEjectionMs: number;
  /** The clock (tests inject one). */
  now?: () => number;
  /** Told of every change of state (the breaker gauge). */
  onStateChange?: (state: BreakerState) => void;
}

/**
 * One instance's circuit breaker and outlier ejection: closed → open after N consecutive failures →
 * half-open when the ejection ends (one trial call) → closed on its success, open again for twice as long
 * on its failure. The caller says whether the instance may be ejected at all (never the last healthy one
 * of a subgraph): when it may not, failures are counted and the breaker stays closed.
 */
export class CircuitBreaker {
  private readonly options: CircuitBreakerOptions;
  private readonly now: () => number;
  private current: BreakerState = 'closed';
  private consecutiveFailures = 0;
  /** Ejections since the instance last recovered: the exponent of the next ejection's length. */
  private ejections = 0;
  private openUntil = 0;
  private isTrialInFlight = false;

  constructor(options: CircuitBreakerOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  /** The state now (an open breaker whose ejection has ended is half-open). */
  state(): BreakerState {
    if (this.current === 'open' && this.now() >= this.openUntil) this.moveTo('half-open');
    return this.current;
  }

  /** Whether a call may go to the instance now: closed, or half-open with its one trial slot free. */
  isAvailable(): boolean {
    const state = this.state();
    return state === 'closed' || (state === 'half-open' && !this.isTrialInFlight);
  }

  /** A call starts (after isAvailable): in half-open it is the trial. */
  onCallStart(): void {
    if (this.state() === 'half-open') this.isTrialInFlight = true;
  }

  onSuccess(): void {
    this.consecutiveFailures = 0;
    if (this.current === 'half-open') {
      this.isTrialInFlight = false;
      this.ejections = 0;
      this.moveTo('closed');
    }
  }

  /**
   * A failed call; `mayEject` false when the instance is its subgraph's last healthy one; `isRefused` when it
   * refused the connection (nothing listens: it is ejected at once, whatever calls on open sockets still
   * answer while it stops). Returns whether it was ejected.
   */
  onFailure(mayEject: boolean, isRefused = false): boolean {
    this.consecutiveFailures++;
    if (this.current === 'half-open') {
      this.isTrialInFlight = false;
      this.eject();
      return true;
    }
    if (this.current === 'closed' && mayEject && (isRefused || this.consecutiveFailures >= this.options.failureThreshold)) {
      this.eject();
      return true;
    }
    return false;
  }

  private eject(): void {
    const length = Math.min(this.options.baseEjectionMs * 2 ** this.ejections, this.options.maxEjectionMs);
    this.ejections++;
    this.openUntil = this.now() + length;
    this.moveTo('open');
  }

  private moveTo(state: BreakerState): void {
    if (this.current === state) return;
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
