import { describe, expect, it } from 'vitest';
import type { InstanceState } from '../../../data/registry/registry-store.ts';
import { LoomaError } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { safeMessage, serviceHealth, systemHealth, type HealthSources } from './system-health.ts';

const admin = { userId: 'u-admin', orgId: 'org-1', roles: ['ADMIN'], scopes: ['admin'] } as unknown as Viewer;
const recruiter = { userId: 'u-rec', orgId: 'org-1', roles: ['RECRUITER'], scopes: ['talent:read'] } as unknown as Viewer;

const ok = async () => {};
const fails = (message: string) => async () => {
  throw new Error(message);
};
const healthyOutbox = async () => ({ pending: 0, dead: 0, oldestPendingSeconds: 0 });

function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  return {
    stores: [
      { port: 'relational', adapter: 'postgres', ping: ok },
      { port: 'graph', adapter: 'neo4j', ping: ok },
      { port: 'search', adapter: 'elasticsearch', ping: ok },
    ],
    services: async () => [{ name: 'talent', instances: [{ state: 'HEALTHY' }, { state: 'HEALTHY' }] }],
    outbox: healthyOutbox,
    now: () => new Date('2026-12-01T00:00:00.000Z'),
    ...overrides,
  };
}

const instances = (...states: InstanceState[]) => states.map((state) => ({ state }));

describe('systemHealth', () => {
  it('is OK when every store answers, every service is healthy and the projections keep up', async () => {
    const health = await systemHealth(admin, sources());
    expect(health.status).toBe('OK');
    expect(health.checkedAt.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(health.stores.map((store) => [store.port, store.ok, store.error])).toEqual([
      ['relational', true, null],
      ['graph', true, null],
      ['search', true, null],
    ]);
    expect(health.services).toEqual([{ name: 'talent', status: 'OK', starting: 0, healthy: 2, degraded: 0, unhealthy: 0, draining: 0 }]);
    expect(health.projectionLagSeconds).toBe(0);
  });

  it('is for admins only', async () => {
    await expect(systemHealth(recruiter, sources())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(systemHealth(null, sources())).rejects.toBeInstanceOf(LoomaError);
  });

  it('is DEGRADED, not an error, when a projection store does not answer, and says why without its credentials', async () => {
    const stores = sources().stores.map((store) =>
      store.port === 'search' ? { ...store, ping: fails('connect ECONNREFUSED http://elastic:s3cret@10.0.0.9:9200') } : store,
    );
    const health = await systemHealth(admin, sources({ stores }));
    expect(health.status).toBe('DEGRADED');
    const search = health.stores.find((store) => store.port === 'search')!;
    expect(search).toMatchObject({ ok: false, adapter: 'elasticsearch' });
    expect(search.error).toBe('connect ECONNREFUSED http://10.0.0.9:9200');
  });

  it('bounds a ping that never answers', async () => {
    const stores = [{ port: 'graph', adapter: 'neo4j', ping: () => new Promise<void>(() => {}) }];
    const health = await systemHealth(admin, sources({ stores, pingTimeoutMs: 20 }));
    expect(health.stores[0]).toMatchObject({ ok: false, error: 'no answer within 20 ms' });
    expect(health.status).toBe('DEGRADED');
  });

  it('is DOWN when the relational store does not answer: the registry and outbox parts are empty, not errors', async () => {
    const down = fails('Connection terminated unexpectedly');
    const health = await systemHealth(
      admin,
      sources({
        stores: [{ port: 'relational', adapter: 'postgres', ping: down }],
        services: () => Promise.reject(new Error('registry unreachable')),
        outbox: () => Promise.reject(new Error('outbox unreachable')),
      }),
    );
    expect(health).toMatchObject({ status: 'DOWN', services: [], outbox: null, projectionLagSeconds: null });
  });

  it('is DOWN when a registered service has no routable instance, DEGRADED when one of its instances is unhealthy', async () => {
    const withTalent = (states: InstanceState[]) =>
      sources({ services: async () => [{ name: 'talent', instances: instances(...states) }] });
    expect((await systemHealth(admin, withTalent(['UNHEALTHY', 'DRAINING']))).status).toBe('DOWN');
    expect((await systemHealth(admin, withTalent(['HEALTHY', 'UNHEALTHY']))).status).toBe('DEGRADED');
    expect((await systemHealth(admin, withTalent(['HEALTHY', 'DEGRADED']))).status).toBe('DEGRADED');
    expect((await systemHealth(admin, withTalent(['STARTING']))).status).toBe('OK');
  });

  it('is DEGRADED when the projections lag past a minute or events are dead', async () => {
    const lagging = sources({ outbox: async () => ({ pending: 40, dead: 0, oldestPendingSeconds: 61 }) });
    expect(await systemHealth(admin, lagging)).toMatchObject({ status: 'DEGRADED', projectionLagSeconds: 61 });
    const dead = sources({ outbox: async () => ({ pending: 0, dead: 2, oldestPendingSeconds: 0 }) });
    expect((await systemHealth(admin, dead)).status).toBe('DEGRADED');
    const behindALittle = sources({ outbox: async () => ({ pending: 3, dead: 0, oldestPendingSeconds: 5 }) });
    expect((await systemHealth(admin, behindALittle)).status).toBe('OK');
  });

  it('counts a service instances by state', () => {
    expect(
      serviceHealth({ name: 'ops', instances: instances('HEALTHY', 'STARTING', 'DRAINING', 'UNHEALTHY', 'DEGRADED', 'HEALTHY') }),
    ).toEqual({
      name: 'ops',
      status: 'DEGRADED',
      starting: 1,
      healthy: 2,
      degraded: 1,
      unhealthy: 1,
      draining: 1,
    });
  });

  it('keeps secrets out of error messages', () => {
    expect(safeMessage(new Error('password authentication failed for postgres://looma:hunter2@db:5432/looma'))).toBe(
      'password authentication failed for postgres://db:5432/looma',
    );
    expect(safeMessage(new Error('bad dsn host=db password=hunter2 user=x'))).toBe('bad dsn host=db password=*** user=x');
    expect(safeMessage(new Error('x'.repeat(500)))).toHaveLength(200);
    expect(safeMessage('')).toBe('unavailable');
  });
});
