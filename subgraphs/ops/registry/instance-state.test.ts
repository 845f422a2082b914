import { describe, expect, it } from 'vitest';
import { deriveState, readyAnswer } from './instance-state.ts';

describe('deriveState', () => {
  it('is HEALTHY with a live lease and a ready instance, DEGRADED when /ready says degraded', () => {
    expect(deriveState('STARTING', true, 'ready')).toBe('HEALTHY');
    expect(deriveState('HEALTHY', true, 'degraded')).toBe('DEGRADED');
    expect(deriveState('DEGRADED', true, 'ready')).toBe('HEALTHY');
  });

  it('is UNHEALTHY when the lease expired, whatever /ready said, or when /ready fails', () => {
    expect(deriveState('HEALTHY', false, 'ready')).toBe('UNHEALTHY');
    expect(deriveState('HEALTHY', false)).toBe('UNHEALTHY');
    expect(deriveState('STARTING', false)).toBe('UNHEALTHY');
    expect(deriveState('HEALTHY', true, 'failing')).toBe('UNHEALTHY');
    expect(deriveState('UNHEALTHY', true, 'ready')).toBe('HEALTHY');
  });

  it('keeps DRAINING, and reads an instance that reports draining as DRAINING', () => {
    expect(deriveState('DRAINING', true, 'ready')).toBe('DRAINING');
    expect(deriveState('DRAINING', false)).toBe('DRAINING');
    expect(deriveState('HEALTHY', true, 'draining')).toBe('DRAINING');
  });

  it('keeps the recorded state until the first probe', () => {
    expect(deriveState('STARTING', true)).toBe('STARTING');
    expect(deriveState('DEGRADED', true)).toBe('DEGRADED');
  });
});

describe('readyAnswer', () => {
  it("takes /ready's status, and anything else as failing", () => {
    expect(readyAnswer({ status: 'ready' })).toBe('ready');
    expect(readyAnswer({ status: 'degraded' })).toBe('degraded');
    expect(readyAnswer({ status: 'draining' })).toBe('draining');
    expect(readyAnswer({ status: 'unavailable' })).toBe('failing');
    expect(readyAnswer(null)).toBe('failing');
    expect(readyAnswer('ok')).toBe('failing');
  });
});
