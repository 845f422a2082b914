import type { InstanceState } from '../../../data/registry/registry-store.ts';
import type { OpenStores } from '../../../data/stores.ts';
import type { StorePort } from '../../../platform/round-trips.ts';
import { requireScope } from '../../../platform/checks.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { OutboxStatusRecord } from '../outbox/outbox-status.ts';

export type HealthStatus = 'OK' | 'DEGRADED' | 'DOWN';

/** Past this lag (the age of the oldest pending outbox event) the projections are behind: DEGRADED. As LoomaProjectorLagging. */
export const PROJECTION_LAG_BOUND_SECONDS = 60;
/** A store's ping gets this long; no answer by then is a failure. */
export const STORE_PING_TIMEOUT_MS = 2_000;
/** Routable: the instances the gateway may send calls to (as the registry's discovery counts them). */
const ROUTABLE: readonly InstanceState[] = ['STARTING', 'HEALTHY', 'DEGRADED'];

export interface StoreHealth {
  port: string;
  adapter: string;
  ok: boolean;
  latencyMs: number;
  error: string | null;
}

export interface ServiceHealth {
  name: string;
  status: HealthStatus;
  starting: number;
  healthy: number;
  degraded: number;
  unhealthy: number;
  draining: number;
}

export interface SystemHealth {
  status: HealthStatus;
  checkedAt: Date;
  stores: StoreHealth[];
  services: ServiceHealth[];
  outbox: OutboxStatusRecord | null;
  projectionLagSeconds: number | null;
}

/** What the health is read from (the ops subgraph's stores, registry and projector); each may fail on its own. */
export interface HealthSources {
  stores: { port: string; adapter: string; ping: () => Promise<void> }[];
  services: () => Promise<{ name: string; instances: { state: InstanceState }[] }[]>;
  outbox: () => Promise<OutboxStatusRecord>;
  now?: () => Date;
  pingTimeoutMs?: number;
}

/** A ping of each store a service opened (its readiness checks), with the adapter that serves it. */
export function storePings<P extends StorePort>(stores: OpenStores<P>): HealthSources['stores'] {
  return Object.entries<() => Promise<void>>(stores.readiness()).map(([port, ping]) => ({
    port,
    adapter: stores.adapters[port as P],
    ping,
  }));
}

/**
 * The deployment's health (`admin`), read now: every store pinged at once (each bounded), the registry's services
 * and the outbox backlog. A source that fails is reported as such, never thrown: a store that does not answer is
 * `ok: false` with its reason, a registry or outbox that does not answer leaves its part empty (the relational store
 * they live in then reads down, so the status is DOWN anyway).
 */
export async function systemHealth(viewer: Viewer | null, sources: HealthSources): Promise<SystemHealth> {
  requireScope(viewer, 'admin');
  const [stores, services, outbox] = await Promise.all([
    Promise.all(sources.stores.map((store) => pingStore(store, sources.pingTimeoutMs ?? STORE_PING_TIMEOUT_MS))),
    sources.services().then(
      (listed) => listed.map(serviceHealth),
      () => [],
    ),
    sources.outbox().catch(() => null),
  ]);
  return {
    status: deriveStatus(stores, services, outbox),
    checkedAt: (sources.now ?? (() => new Date()))(),
    stores,
    services,
    outbox,
    projectionLagSeconds: outbox?.oldestPendingSeconds ?? null,
  };
}

/**
 * DOWN when the relational store (every request's source of truth) does not answer or a service has no routable
 * instance; DEGRADED when another store does not answer, a service has unhealthy or degraded instances, the
 * projections lag past the bound or events are dead; OK otherwise.
 */
export function deriveStatus(
  stores: readonly StoreHealth[],
  services: readonly ServiceHealth[],
  outbox: OutboxStatusRecord | null,
): HealthStatus {
  if (stores.some((store) => store.port === 'relational' && !store.ok)) return 'DOWN';
  if (services.some((service) => service.status === 'DOWN')) return 'DOWN';
  if (stores.some((store) => !store.ok)) return 'DEGRADED';
  if (services.some((service) => service.status === 'DEGRADED')) return 'DEGRADED';
  if (outbox && (outbox.oldestPendingSeconds > PROJECTION_LAG_BOUND_SECONDS || outbox.dead > 0)) return 'DEGRADED';
  return 'OK';
}

export function serviceHealth(service: { name: string; instances: { state: InstanceState }[] }): ServiceHealth {
  const count = (state: InstanceState) => service.instances.filter((instance) => instance.state === state).length;
  const routable = service.instances.filter((instance) => ROUTABLE.includes(instance.state)).length;
  const unhealthy = count('UNHEALTHY');
  const degraded = count('DEGRADED');
  return {
    name: service.name,
    status: routable === 0 ? 'DOWN' : unhealthy + degraded > 0 ? 'DEGRADED' : 'OK',
    starting: count('STARTING'),
    healthy: count('HEALTHY'),
    degraded,
    unhealthy,
    draining: count('DRAINING'),
  };
}

async function pingStore(store: HealthSources['stores'][number], timeoutMs: number): Promise<StoreHealth> {
  const startedAt = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { port: store.port, adapter: store.adapter, ok: true, latencyMs: elapsed(startedAt), error: null };
  } catch (error) {
    return { port: store.port, adapter: store.adapter, ok: false, latencyMs: elapsed(startedAt), error: safeMessage(error) };
  } finally {
    clearTimeout(timer);
  }
}

const elapsed = (startedAt: number) => Math.round((performance.now() - startedAt) * 100) / 100;

/** An error's message fit for an operator's screen: no credentials of a URL or a connection string, one line, bounded. */
export function safeMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1')
      .replace(/\b(password|passwd|pwd|token|secret|api[_-]?key)=[^\s&;]+/gi, '$1=***')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) || 'unavailable'
  );
}
