/**
 * The service registry (issue 12, point 1): every service of a stack registers itself and the
 * control plane's checks find it HEALTHY; another instance registers beside them; one that stops
 * heartbeating turns UNHEALTHY within the lease; a graceful stop drains then deregisters; an
 * operator drains an instance (admin only); a registry that is down never keeps a service from starting.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelationalStore } from '../../data/ports.ts';
import { createRegistrar } from '../../data/registry/registrar.ts';
import { startSubgraph } from '../../data/runtime/subgraph.ts';
import type { RunningSubgraph } from '../../platform/subgraph-server.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { freePort } from '../support/egress.ts';
import { watchProcess } from '../support/service-process.ts';
import { cuttable } from '../support/cuttable-store.ts';
import { eventually } from '../support/eventually.ts';
import { registryReads } from '../support/paced-reads.ts';

describe.each(STACK_MODES)('service registry ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let admin: string;
  // Paced within the fields' rate limit; an answer with errors throws, never read as an empty registry.
  let services: ReturnType<typeof registryReads>['services'];
  let instancesOf: ReturnType<typeof registryReads>['instancesOf'];
  let events: ReturnType<typeof registryReads>['events'];

  /** Another talent instance in this process on a free port, registering through `relational` (the stack's by default). */
  async function startTalentInstance(relational: RelationalStore = t.stack.runtime.data.stores.relational): Promise<RunningSubgraph> {
    const { config, logger } = t.stack.runtime;
    const registry = createRegistrar({ relational, heartbeatMs: config.registry.heartbeatMs, ttlMs: config.registry.ttlMs, logger });
    return startSubgraph(talentSubgraph, { ...t.stack.runtime, registry }, { port: 0 });
  }

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, {
      env: { REGISTRY_ENABLED: 'true', REGISTRY_HEARTBEAT_MS: '200', REGISTRY_TTL_MS: '1500', REGISTRY_CHECK_MS: '200' },
    });
    admin = t.token(['ADMIN']);
    ({ services, instancesOf, events } = registryReads(t, admin));
  }, 120_000);
  afterAll(async () => t?.close());

  it.skipIf(!available)('lists every service of the stack, each instance HEALTHY, with its version and schema hash', async () => {
    const listed = await eventually(
      services,
      (all) => all.length === 8 && all.every((s) => s.instances.every((i) => i.state === 'HEALTHY')),
    );
    expect(listed.map((s) => s.name)).toEqual(['chat', 'gateway', 'identity', 'matching', 'ops', 'resume', 'search', 'talent']);
    for (const service of listed) {
      expect(service.instances).toHaveLength(1);
      const [instance] = service.instances;
      expect(instance).toMatchObject({ state: 'HEALTHY', version: '0.1.0' });
      expect(instance!.schemaHash).toMatch(/^[0-9a-f]{64}$/);
      expect(instance!.url).toBe(service.name === 'gateway' ? t.stack.gateway.url : t.stack.subgraphs[service.name]!.url);
    }
  });

  it.skipIf(!available)('registers a second talent instance; one that stops heartbeating turns UNHEALTHY within the lease', async () => {
    const registry = cuttable(t.stack.runtime.data.stores.relational);
    const second = await startTalentInstance(registry.store);
    const up = await eventually(
      () => instancesOf('talent'),
      (instances) => instances.some((i) => i.url === second.url && i.state === 'HEALTHY'),
    );
    expect(up).toHaveLength(2);
    const id = up.find((i) => i.url === second.url)!.id;

    // A crash: no more heartbeats, no deregistration, nothing answering.
    registry.cut();
    await second.close();
    const down = await eventually(
      () => instancesOf('talent'),
      (instances) => instances.find((i) => i.id === id)?.state === 'UNHEALTHY',
    );
    expect(down.find((i) => i.id === id)?.state).toBe('UNHEALTHY');
    expect(down.find((i) => i.url === t.stack.subgraphs.talent!.url)?.state).toBe('HEALTHY');
    const recorded = await eventually(events, (all) => all.some((e) => e.instanceId === id && e.toState === 'UNHEALTHY'));
    expect(recorded.filter((e) => e.instanceId === id).map((e) => e.kind)).toContain('STATE_CHANGED');
  });

  it.skipIf(!available)('turns an instance that answers /ready but stopped heartbeating UNHEALTHY once its lease expires', async () => {
    const registry = cuttable(t.stack.runtime.data.stores.relational);
    const silent = await startTalentInstance(registry.store);
    try {
      const [instance] = (
        await eventually(
          () => instancesOf('talent'),
          (instances) => instances.some((i) => i.url === silent.url && i.state === 'HEALTHY'),
        )
      ).filter((i) => i.url === silent.url);
      registry.cut();
      const expired = await eventually(
        () => instancesOf('talent'),
        (instances) => instances.find((i) => i.id === instance!.id)?.state === 'UNHEALTHY',
      );
      expect(expired.find((i) => i.id === instance!.id)?.state).toBe('UNHEALTHY');
      expect((await fetch(new URL('/ready', silent.url))).status).toBe(200);
    } finally {
      await silent.close();
    }
  });

  // `npm run serve` opens its own stores: only the real ones are shared with the stack (PGlite is one process's).
  // Registered for the real stores only, so that CI (every store up) skips nothing.
  if (mode === 'real')
    it.skipIf(!available)(
      'registers `npm run serve -- talent --port N` as another talent instance, UNHEALTHY once it is SIGKILLed',
      { timeout: 300_000 },
      async () => {
        const port = await freePort();
        const env = realStoreEnv(t.config, { REGISTRY_HEARTBEAT_MS: '200', REGISTRY_TTL_MS: '1500', DEMO_SEED: 'false' });
        // Its own process group: the SIGKILL reaches the service, not only npm.
        const child = spawn('npm', ['run', '--silent', 'serve', '--', 'talent', '--port', String(port)], {
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
        });
        // npm's end before it registers (a crash included) fails at once, with its stderr; never retried:
        // a crashed start may have registered an instance on this port already.
        const serving = watchProcess('npm run serve -- talent', child);
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        try {
          const up = await eventually(
            () => instancesOf('talent'),
            (instances) =>
              serving.exit() !== undefined || instances.some((i) => new URL(i.url).port === String(port) && i.state === 'HEALTHY'),
            240_000,
          );
          await serving.checkRunning('before it registered HEALTHY');
          const served = up.find((i) => new URL(i.url).port === String(port));
          expect(served?.state).toBe('HEALTHY');
          process.kill(-child.pid!, 'SIGKILL');
          await exited;
          const down = await eventually(
            () => instancesOf('talent'),
            (instances) => instances.find((i) => i.id === served!.id)?.state === 'UNHEALTHY',
          );
          expect(down.find((i) => i.id === served!.id)?.state).toBe('UNHEALTHY');
        } finally {
          if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
        }
      },
    );

  it.skipIf(!available)(
    'drains an instance for an admin only (FORBIDDEN for a recruiter, NOT_FOUND for an unknown id), then a graceful stop deregisters it',
    async () => {
      const third = await startTalentInstance();
      const [instance] = (
        await eventually(
          () => instancesOf('talent'),
          (instances) => instances.some((i) => i.url === third.url),
        )
      ).filter((i) => i.url === third.url);
      const drain = 'mutation ($id: ID!) { drainInstance(id: $id) { id state } }';

      const refused = await t.request(drain, { id: instance!.id }, { token: t.token(['RECRUITER']) });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const unknown = await t.request(drain, { id: 'talent-nope' }, { token: admin });
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

      const drained = await t.request<{ drainInstance: { id: string; state: string } }>(drain, { id: instance!.id }, { token: admin });
      expect(drained.body.data?.drainInstance).toEqual({ id: instance!.id, state: 'DRAINING' });
      const listed = await eventually(
        () => instancesOf('talent'),
        (instances) => instances.find((i) => i.id === instance!.id)?.state === 'DRAINING',
      );
      expect(listed.find((i) => i.id === instance!.id)?.state).toBe('DRAINING');
      // The instance sees it with its next heartbeat and leaves rotation.
      const ready = await eventually(
        async () => (await fetch(new URL('/ready', third.url))).json() as Promise<{ status: string }>,
        (body) => body.status === 'draining',
      );
      expect(ready.status).toBe('draining');

      await third.close();
      expect((await instancesOf('talent')).map((i) => i.id)).not.toContain(instance!.id);
      const kinds = (await events()).filter((e) => e.instanceId === instance!.id).map((e) => e.kind);
      // Newest first: registered, drained by the operator, deregistered at the stop.
      expect(kinds[0]).toBe('DEREGISTERED');
      expect(kinds).toContain('DRAINED');
      expect(kinds.at(-1)).toBe('REGISTERED');
    },
  );

  it.skipIf(!available)('starts a service whose registry is down, and registers it once the registry answers', async () => {
    const registry = cuttable(t.stack.runtime.data.stores.relational);
    registry.cut();
    const fourth = await startTalentInstance(registry.store);
    try {
      expect((await fetch(new URL('/health', fourth.url))).status).toBe(200);
      expect((await instancesOf('talent')).map((i) => i.url)).not.toContain(fourth.url);
      registry.restore();
      const later = await eventually(
        () => instancesOf('talent'),
        (instances) => instances.some((i) => i.url === fourth.url),
      );
      expect(later.map((i) => i.url)).toContain(fourth.url);
    } finally {
      await fourth.close();
    }
  });
});
