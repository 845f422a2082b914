/**
 * Issue 12's first acceptance test: the gateway finds its subgraph instances in the service registry.
 * A gateway over HTTP (SUBGRAPH_IN_PROCESS=false, GATEWAY_DISCOVERY=registry) whose TALENT_URL names a
 * dead port routes to the talent instances that registered; a second one is discovered without any
 * configuration naming it; a drained instance stops receiving calls; one killed under concurrent load
 * costs no request and the control plane shows it UNHEALTHY.
 *
 * Real stores: the instances are `npm run serve -- talent --port N` child processes, killed with
 * SIGKILL. Embedded stores (PGlite is one process's): the same test with in-process instances, the
 * memory cache's pub/sub carrying the notices, a kill being a registry cut off and a server closed.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistrar } from '../../data/registry/registrar.ts';
import { RegistryStore } from '../../data/registry/registry-store.ts';
import { startSubgraph } from '../../data/runtime/subgraph.ts';
import { startGateway } from '../../gateway/gateway.ts';
import { subgraphBreakerState, subgraphCalls } from '../../platform/metrics.ts';
import type { RegistrationLease } from '../../platform/registration.ts';
import type { RunningService } from '../../platform/service.ts';
import { startRegistryChecks } from '../../subgraphs/ops/registry/registry-checks.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { freePort } from '../support/egress.ts';
import { watchProcess, type WatchedProcess } from '../support/service-process.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';
import { cuttable } from '../support/cuttable-store.ts';
import { eventually } from '../support/eventually.ts';
import { registryReads } from '../support/paced-reads.ts';

const LIST = '{ talents(first: 2) { totalCount edges { node { id name } } } }';
const DRAIN = 'mutation ($id: ID!) { drainInstance(id: $id) { id state } }';
const REGISTRY_ENV = { REGISTRY_HEARTBEAT_MS: '200', REGISTRY_TTL_MS: '1500', REGISTRY_CHECK_MS: '200' };

/** One talent instance: its URL, a crash, a graceful stop, and (a child process) the /graphql requests it served. */
interface TalentInstance {
  url: string;
  kill(): Promise<void>;
  stop(): Promise<void>;
  served?(): Promise<number>;
  /** A child process: its output and end (a crash shows there). */
  process?: WatchedProcess;
}

/** The gateway's successful calls to the talent subgraph, by instance origin (its own counters, in this process). */
async function callsByOrigin(): Promise<Map<string, number>> {
  const calls = new Map<string, number>();
  for (const { labels, value } of (await subgraphCalls.get()).values) {
    if (labels.subgraph === 'talent' && labels.outcome === 'ok') calls.set(String(labels.instance), value);
  }
  return calls;
}

/** Whether the gateway's resilient transport holds the instance (its breaker series goes with it). */
async function isRouted(url: string): Promise<boolean> {
  return (await subgraphBreakerState.get()).values.some((value) => value.labels.subgraph === 'talent' && value.labels.instance === url);
}

/** `npm run serve -- talent --port N` over the stack's real stores, registering itself; its own process group. */
async function spawnTalent(t: TestStack): Promise<TalentInstance> {
  const port = await freePort();
  const env = realStoreEnv(t.config, { ...REGISTRY_ENV, REGISTRY_ENABLED: 'true', DEMO_SEED: 'false' });
  const child = spawn('npm', ['run', '--silent', 'serve', '--', 'talent', '--port', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const watched = watchProcess('npm run serve -- talent', child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const url = `http://127.0.0.1:${port}/graphql`;
  const signal = async (name: NodeJS.Signals) => {
    if (isRunning()) process.kill(-child.pid!, name);
    await exited;
  };
  return {
    url,
    process: watched,
    kill: () => signal('SIGKILL'),
    async stop() {
      const timer = setTimeout(() => void signal('SIGKILL'), 60_000);
      await signal('SIGTERM');
      clearTimeout(timer);
    },
    async served() {
      const text = await (await fetch(new URL('/metrics', url))).text();
      return text
        .split('\n')
        .filter((line) => line.startsWith('looma_http_requests_total{') && line.includes('route="/graphql"'))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
    },
  };
}

/** A talent instance in this process on a free port, registering (and announcing) through the stack's stores. */
async function inProcessTalent(t: TestStack): Promise<TalentInstance> {
  const { runtime } = t.stack;
  const registry = cuttable(runtime.data.stores.relational);
  const registrar = createRegistrar({
    relational: registry.store,
    cache: runtime.data.stores.cache,
    heartbeatMs: 200,
    ttlMs: 1_500,
    logger: runtime.logger,
  });
  const running = await startSubgraph(talentSubgraph, { ...runtime, registry: registrar }, { port: 0 });
  let isClosed = false;
  const close = async () => {
    if (isClosed) return;
    isClosed = true;
    await running.close();
  };
  return {
    url: running.url,
    // A crash, as near as one process gets: no heartbeat, no deregistration, nothing listening.
    kill: async () => {
      registry.cut();
      await close();
    },
    stop: close,
  };
}

describe.each(STACK_MODES)('the gateway discovers talent instances in the registry ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let admin: string;
  let gateway: RunningService;
  let stopChecks: () => Promise<void>;
  let stackLease: RegistrationLease;
  const instances: TalentInstance[] = [];
  const startInstance = async () => {
    const instance = mode === 'real' ? await spawnTalent(t) : await inProcessTalent(t);
    instances.push(instance);
    return instance;
  };
  // Paced within `services`' rate limit (60 a minute); an answer with errors throws, never read as no instances.
  let talentInstances: () => Promise<{ id: string; url: string; state: string }[]>;
  const stateOf = async (url: string) => (await talentInstances()).find((instance) => instance.url === url)?.state;
  /**
   * The instance's state once the registry has it HEALTHY (240 s). A child process that ends first (a
   * crash included) fails at once with its stderr; never retried: a crashed start may have registered itself.
   */
  const healthyState = async (instance: TalentInstance) => {
    const state = await eventually(
      () => stateOf(instance.url),
      (current) => instance.process?.exit() !== undefined || current === 'HEALTHY',
      240_000,
    );
    await instance.process?.checkRunning('before the registry had it HEALTHY');
    return state;
  };
  const viaGateway = async () => (await t.request(LIST, {}, { token: t.token(['VIEWER']), url: gateway.url })).body;
  let expected: string;

  /** `total` requests through the gateway, six at a time; `onCompleted` runs after each. */
  async function load(total: number, onCompleted: (completed: number) => Promise<void> = async () => {}): Promise<unknown[]> {
    const bodies: unknown[] = [];
    let started = 0;
    const worker = async () => {
      while (started < total) {
        started++;
        bodies.push(await viaGateway());
        await onCompleted(bodies.length);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    return bodies;
  }

  beforeAll(async () => {
    if (!available) return;
    // The stack's own services do not register: the registry holds only what this test starts.
    t = await startTestStack(mode, { talents: 3, env: { ...REGISTRY_ENV, REGISTRY_ENABLED: 'false' } });
    admin = t.token(['ADMIN']);
    const reads = registryReads(t, admin);
    talentInstances = () => reads.instancesOf('talent');
    expected = JSON.stringify(await t.request(LIST, {}, { token: t.token(['VIEWER']) }).then((r) => r.body));
    const { runtime } = t.stack;
    const { relational, cache } = runtime.data.stores;
    const logger = runtime.logger;
    // The control plane's checks (the stack's ops runs none with the registry off): states, notices.
    stopChecks = startRegistryChecks({
      store: new RegistryStore(relational),
      cache,
      ttlMs: 1_500,
      intervalMs: 200,
      pruneAfterMs: 600_000,
      logger,
    });

    // TALENT_URL names a dead port; the other subgraphs are the stack's, named by URL (the registry knows none of them).
    const dead = `http://127.0.0.1:${await freePort()}/graphql`;
    const others = Object.fromEntries(
      Object.entries(t.stack.subgraphs)
        .filter(([name]) => name !== 'talent')
        .map(([name, subgraph]) => [name, subgraph.url]),
    );
    const config = {
      ...runtime.config,
      subgraphInProcess: false,
      gateway: { ...runtime.config.gateway, discovery: 'registry' as const },
      subgraphUrls: { ...runtime.config.subgraphUrls, talent: dead },
      subgraphInstances: { ...runtime.config.subgraphInstances, talent: [dead] },
    };
    // The gateway registers too: its own row must never be routed to.
    const registry = createRegistrar({ relational, cache, heartbeatMs: 200, ttlMs: 1_500, logger });
    gateway = await startGateway({ runtime: { ...runtime, config, registry }, port: 0, subgraphUrls: others });
  }, 300_000);

  afterAll(async () => {
    await gateway?.close();
    for (const instance of instances) await instance.stop().catch(() => undefined);
    await stackLease?.deregister();
    await stopChecks?.();
    await t?.close();
  }, 180_000);

  it.runIf(available)('routes to a registered talent instance that no configuration names', { timeout: 300_000 }, async () => {
    const first = await startInstance();
    expect(await healthyState(first)).toBe('HEALTHY');
    const body = await eventually(viaGateway, (answer) => JSON.stringify(answer) === expected);
    expect(JSON.stringify(body)).toBe(expected);
    expect((await callsByOrigin()).get(new URL(first.url).origin)).toBeGreaterThan(0);
  });

  it.runIf(available)('discovers a second instance without any configuration naming it', { timeout: 300_000 }, async () => {
    const second = await startInstance();
    expect(await healthyState(second)).toBe('HEALTHY');
    const origin = new URL(second.url).origin;
    const calls = await eventually(
      async () => {
        await load(12);
        return callsByOrigin();
      },
      (byOrigin) => (byOrigin.get(origin) ?? 0) > 0,
    );
    expect(calls.get(origin)).toBeGreaterThan(0);
    expect(await isRouted(gateway.url)).toBe(false);
  });

  it.runIf(available)('sends a drained instance no more calls', { timeout: 300_000 }, async () => {
    // A third instance (the stack's own talent, registered here) so that one is left after the drain and the kill.
    stackLease = createRegistrar({
      relational: t.stack.runtime.data.stores.relational,
      cache: t.stack.runtime.data.stores.cache,
      heartbeatMs: 200,
      ttlMs: 1_500,
      logger: t.stack.runtime.logger,
    }).register({ service: 'talent', url: t.stack.subgraphs.talent!.url, sdl: 'the stack talent subgraph' });
    const stackTalent = t.stack.subgraphs.talent!.url;
    await eventually(() => isRouted(stackTalent), Boolean);
    expect(await isRouted(stackTalent)).toBe(true);

    const [, second] = instances;
    const listed = (await talentInstances()).find((instance) => instance.url === second!.url);
    expect(listed, 'the second instance in the registry').toBeDefined();
    const id = listed!.id;
    const drained = await t.request<{ drainInstance: { state: string } }>(DRAIN, { id }, { token: admin });
    expect(drained.body.data?.drainInstance.state).toBe('DRAINING');
    await eventually(
      () => isRouted(second!.url),
      (isHeld) => !isHeld,
    );
    expect(await isRouted(second!.url)).toBe(false);

    const servedBefore = await second!.served?.();
    const bodies = await load(30);
    expect(bodies.filter((body) => JSON.stringify(body) !== expected)).toEqual([]);
    const calls = await callsByOrigin();
    // Its call series left with it; a call since would have started a new one.
    expect(calls.get(new URL(second!.url).origin) ?? 0).toBe(0);
    expect(calls.get(new URL(stackTalent).origin)).toBeGreaterThan(0);
    // The instance's own count (a child process's /metrics): nothing arrived.
    if (servedBefore !== undefined) expect(await second!.served!()).toBe(servedBefore);
  });

  it.runIf(available)('loses no request when an instance is killed under load, and shows it UNHEALTHY', { timeout: 300_000 }, async () => {
    const [first] = instances;
    expect(await isRouted(first!.url)).toBe(true);
    let killed: Promise<void> | undefined;
    const bodies = await load(150, async (completed) => {
      if (completed === 40) killed = first!.kill();
    });
    await killed;
    expect(bodies).toHaveLength(150);
    expect(bodies.filter((body) => JSON.stringify(body) !== expected)).toEqual([]);
    expect(
      await eventually(
        () => stateOf(first!.url),
        (state) => state === 'UNHEALTHY',
      ),
    ).toBe('UNHEALTHY');
    // The registry's view reaches the gateway: the dead instance leaves its list.
    await eventually(
      () => isRouted(first!.url),
      (isHeld) => !isHeld,
    );
    expect(await isRouted(first!.url)).toBe(false);
  });
});
