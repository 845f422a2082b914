import { z } from 'zod';
import type { CacheStore } from '../ports.ts';
import type { InstanceState, RegistryStore } from './registry-store.ts';

/** The cache store's pub/sub channel of registry changes (Redis, or the embedded memory cache in one process). */
export const REGISTRY_CHANNEL = 'registry:changes';

export interface RoutableInstance {
  id: string;
  url: string;
  state: InstanceState;
}

/**
 * A change of a service's routability: the snapshot of ALL its routable instances after the change,
 * so a watcher replaces its view of the service without a database read (and a lost notice is
 * repaired by the next one, or by the watcher's periodic full refresh).
 */
export interface RegistryNotice {
  service: string;
  instances: RoutableInstance[];
  /** When the snapshot was read (ISO 8601): a watcher drops a notice older than the view it holds. */
  at: string;
}

const noticeSchema = z.object({
  service: z.string().min(1),
  instances: z.array(
    z.object({
      id: z.string().min(1),
      url: z.url(),
      state: z.enum(['STARTING', 'HEALTHY', 'DEGRADED', 'UNHEALTHY', 'DRAINING']),
    }),
  ),
  at: z.iso.datetime({ offset: true }),
});

export async function publishRegistryChange(cache: CacheStore, notice: RegistryNotice): Promise<void> {
  await cache.publish(REGISTRY_CHANNEL, JSON.stringify(notice));
}

/** Delivers every well-formed notice; a malformed message is ignored (never thrown). Returns the unsubscribe. */
export async function subscribeRegistryChanges(
  cache: CacheStore,
  onNotice: (notice: RegistryNotice) => void,
): Promise<() => Promise<void>> {
  return cache.subscribe(REGISTRY_CHANNEL, (message) => {
    const notice = parseRegistryNotice(message);
    if (notice) onNotice(notice);
  });
}

export function parseRegistryNotice(message: string): RegistryNotice | null {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reads `service`'s routable instances and publishes them: what every change of routability calls. */
export async function announceService(store: RegistryStore, cache: CacheStore, service: string, ttlMs: number): Promise<void> {
  const at = new Date().toISOString();
  const instances = await store.routable(ttlMs, service);
  await publishRegistryChange(cache, { service, instances: instances.map(({ id, url, state }) => ({ id, url, state })), at });
}
