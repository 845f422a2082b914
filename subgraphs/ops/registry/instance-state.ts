import type { InstanceState } from '../../../data/registry/registry-store.ts';

/** What an instance's `/ready` answered: its `status`, or `failing` (an error, a timeout, an unknown answer). */
export type ReadyAnswer = 'ready' | 'degraded' | 'draining' | 'failing';

/**
 * An instance's state from what the registry knows: DRAINING sticks (an operator drained it, or it is
 * stopping); an expired lease is UNHEALTHY whatever /ready said; then /ready decides. Without a probe
 * yet (`ready` undefined) the recorded state stands.
 */
export function deriveState(recorded: InstanceState, leaseAlive: boolean, ready?: ReadyAnswer): InstanceState {
  if (recorded === 'DRAINING') return 'DRAINING';
  if (!leaseAlive) return 'UNHEALTHY';
  switch (ready) {
    case undefined:
      return recorded;
    case 'ready':
      return 'HEALTHY';
    case 'degraded':
      return 'DEGRADED';
    case 'draining':
      return 'DRAINING';
    case 'failing':
      return 'UNHEALTHY';
  }
}

/** Reads a `/ready` response: its JSON `status`, whatever the HTTP status (503 carries `unavailable` or `draining`). */
export function readyAnswer(body: unknown): ReadyAnswer {
  const status = (body as { status?: unknown } | null)?.status;
  return status === 'ready' || status === 'degraded' || status === 'draining' ? status : 'failing';
}
