import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker.ts';

function breakerWithClock() {
  let now = 1_000;
  const changes: BreakerState[] = [];
  const breaker = new CircuitBreaker({
    failureThreshold: 3,
    baseEjectionMs: 100,
    maxEjectionMs: 350,
    now: () => now,
    onStateChange: (state) => changes.push(state),
  });
  return { breaker, changes, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, not after fewer or after a success between them', () => {
    const { breaker } = breakerWithClock();
    breaker.onFailure(true);
    breaker.onFailure(true);
    breaker.onSuccess();
    breaker.onFailure(true);
    expect(breaker.onFailure(true)).toBe(false);
    expect(breaker.state()).toBe('closed');
    expect(breaker.onFailure(true)).toBe(true);
    expect(breaker.state()).toBe('open');
    expect(breaker.isAvailable()).toBe(false);
  });

  it('goes half-open after the cool-down, lets one trial through, and closes on its success', () => {
    const { breaker, changes, advance } = breakerWithClock();
    for (let i = 0; i < 3; i++) breaker.onFailure(true);
    advance(99);
    expect(breaker.state()).toBe('open');
    advance(1);
    expect(breaker.state()).toBe('half-open');
    expect(breaker.isAvailable()).toBe(true);
    breaker.onCallStart();
    expect(breaker.isAvailable()).toBe(false);
    breaker.onSuccess();
    expect(breaker.state()).toBe('closed');
    expect(breaker.isAvailable()).toBe(true);
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('reopens on a failed trial for twice as long each time, up to the maximum, and starts over after recovery', () => {
    const { breaker, advance } = breakerWithClock();
    for (let i = 0; i < 3; i++) breaker.onFailure(true);
    const ejections: number[] = [];
    for (let trial = 0; trial < 4; trial++) {
      let waited = 0;
      for (; breaker.state() === 'open'; waited++) advance(1);
      ejections.push(waited);
      breaker.onCallStart();
      expect(breaker.onFailure(true)).toBe(true);
    }
    expect(ejections).toEqual([100, 200, 350, 350]);
    while (breaker.state() === 'open') advance(1);
    breaker.onCallStart();
    breaker.onSuccess();
    for (let i = 0; i < 3; i++) breaker.onFailure(true);
    let waited = 0;
    for (; breaker.state() === 'open'; waited++) advance(1);
    expect(waited).toBe(100);
  });

  it('opens at once on a refused connection, unless it may not eject', () => {
    const { breaker } = breakerWithClock();
    expect(breaker.onFailure(false, true)).toBe(false);
    expect(breaker.state()).toBe('closed');
    breaker.onSuccess();
    expect(breaker.onFailure(true, true)).toBe(true);
    expect(breaker.state()).toBe('open');
  });

  it('never opens when it may not eject (the last healthy instance)', () => {
    const { breaker } = breakerWithClock();
    for (let i = 0; i < 10; i++) expect(breaker.onFailure(false)).toBe(false);
    expect(breaker.state()).toBe('closed');
    expect(breaker.onFailure(true)).toBe(true);
  });
});
