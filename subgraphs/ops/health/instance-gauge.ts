import type { InstanceState } from '../../../data/registry/registry-store.ts';
import { registryInstances } from '../../../platform/metrics.ts';

const STATES: readonly InstanceState[] = ['STARTING', 'HEALTHY', 'DEGRADED', 'UNHEALTHY', 'DRAINING'];

/**
 * Sets `looma_registry_instances{service,state}` from one round of the registry's checks: every state of every
 * service seen gets a value (0 included, so an alert on UNHEALTHY resolves), and a service gone leaves no series.
 */
export function recordInstanceStates(instances: readonly { service: string; state: InstanceState }[]): void {
  const counts = new Map<string, Record<InstanceState, number>>();
  for (const { service, state } of instances) {
    const count = counts.get(service) ?? { STARTING: 0, HEALTHY: 0, DEGRADED: 0, UNHEALTHY: 0, DRAINING: 0 };
    count[state]++;
    counts.set(service, count);
  }
  registryInstances.reset();
  for (const [service, count] of counts) for (const state of STATES) registryInstances.set({ service, state }, count[state]);
}
