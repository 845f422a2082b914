import type { CacheStore } from '../../../data/ports.ts';
import { announceService } from '../../../data/registry/registry-notices.ts';
import type { InstanceRecord, InstanceState, RegistryEvent, RegistryStore } from '../../../data/registry/registry-store.ts';
import { requireScope } from '../../../platform/checks.ts';
import { notFound } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { deriveState } from './instance-state.ts';

export interface ServiceInstanceView {
  id: string;
  url: string;
  state: InstanceState;
  version: string;
  schemaHash: string;
  lastHeartbeatAt: Date;
}

export interface ServiceView {
  name: string;
  instances: ServiceInstanceView[];
}

const EVENTS_SCOPE = 'registry-events';
const EVENT_CURSOR = ['id'] as const;

/**
 * The operators' view of the service registry (`admin`): services and their live instances, the
 * events, draining an instance. The state shown is the recorded one (the checks keep it) except an
 * expired lease, which reads UNHEALTHY at once, before the next check records it.
 */
export class Registry {
  private readonly store: RegistryStore;
  private readonly ttlMs: number;
  private readonly cache: CacheStore | undefined;

  /** `cache`: where a drain is announced to the gateways (registry-notices.ts). */
  constructor(store: RegistryStore, ttlMs: number, cache?: CacheStore) {
    this.store = store;
    this.ttlMs = ttlMs;
    this.cache = cache;
  }

  async services(viewer: Viewer | null): Promise<ServiceView[]> {
    requireScope(viewer, 'admin');
    const byService = new Map<string, ServiceInstanceView[]>();
    for (const instance of await this.store.live(this.ttlMs)) {
      const instances = byService.get(instance.service) ?? [];
      instances.push(view(instance));
      byService.set(instance.service, instances);
    }
    return [...byService].map(([name, instances]) => ({ name, instances }));
  }

  async drain(viewer: Viewer | null, id: string): Promise<ServiceInstanceView> {
    requireScope(viewer, 'admin');
    const changed = await this.store.changeState(id, 'DRAINING', 'drained', `drained by ${viewer?.userId ?? 'an operator'}`);
    const instance = await this.store.byId(id, this.ttlMs);
    if (!instance) throw notFound('Service instance', id);
    if (!changed && instance.state !== 'DRAINING') throw notFound('Service instance', id);
    // The gateways stop routing to it now; a lost notice is repaired by their periodic refresh.
    if (changed && this.cache) await announceService(this.store, this.cache, instance.service, this.ttlMs).catch(() => undefined);
    return view(instance);
  }

  async events(
    viewer: Viewer | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<RegistryEvent>> {
    requireScope(viewer, 'admin');
    const size = pageSize(first, 200, 50);
    const afterId = after ? decodeListCursor(after, EVENTS_SCOPE, EVENT_CURSOR)[0] : null;
    const rows = await this.store.events(size + 1, afterId);
    return connectionFrom(
      rows,
      size,
      (event) => encodeListCursor<typeof EVENT_CURSOR>(EVENTS_SCOPE, [event.id]),
      () => Promise.resolve(rows.length),
      afterId !== null,
    );
  }
}

function view(instance: InstanceRecord): ServiceInstanceView {
  return {
    id: instance.id,
    url: instance.url,
    state: deriveState(instance.state, instance.leaseAlive),
    version: instance.version,
    schemaHash: instance.schemaHash,
    lastHeartbeatAt: instance.lastHeartbeatAt,
  };
}
