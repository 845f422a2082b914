import { describe, expect, it } from 'vitest';
import { registryInstances } from '../../../platform/metrics.ts';
import { recordInstanceStates } from './instance-gauge.ts';

async function gauge(): Promise<Record<string, number>> {
  return Object.fromEntries((await registryInstances.get()).values.map((v) => [`${v.labels.service}/${v.labels.state}`, v.value]));
}

describe('looma_registry_instances', () => {
  it('counts each service instances by state, every state present (0 included), and forgets a service gone', async () => {
    recordInstanceStates([
      { service: 'talent', state: 'HEALTHY' },
      { service: 'talent', state: 'UNHEALTHY' },
      { service: 'ops', state: 'HEALTHY' },
    ]);
    expect(await gauge()).toEqual({
      'talent/STARTING': 0,
      'talent/HEALTHY': 1,
      'talent/DEGRADED': 0,
      'talent/UNHEALTHY': 1,
      'talent/DRAINING': 0,
      'ops/STARTING': 0,
      'ops/HEALTHY': 1,
      'ops/DEGRADED': 0,
      'ops/UNHEALTHY': 0,
      'ops/DRAINING': 0,
    });
    recordInstanceStates([{ service: 'talent', state: 'HEALTHY' }]);
    const next = await gauge();
    expect(next['talent/UNHEALTHY']).toBe(0);
    expect(next['talent/HEALTHY']).toBe(1);
    expect(Object.keys(next).some((key) => key.startsWith('ops/'))).toBe(false);
  });
});
