import type { CacheStore } from '../../data/ports.ts';
import { subscribeRegistryChanges, type RegistryNotice } from '../../data/registry/registry-notices.ts';
import type { RegistryStore } from '../../data/registry/registry-store.ts';
import type { Logger } from '../../platform/logger.ts';
import type { InstanceSource } from './instance-source.ts';

export interface RegistryInstanceSourceOptions {
  /** Reads the routable instances (RegistryStore.routable). */
  store: Pick<RegistryStore, 'routable'>;
  /** Where the registry's change notices arrive (registry-notices.ts); without it, the periodic refresh alone. */
  cache?: CacheStore;
  /** The lease TTL (REGISTRY_TTL_MS): an instance whose lease lapsed is not routable. */
  ttlMs: number;
  /** The whole view is read again this often (REGISTRY_HEARTBEAT_MS): a lost notice, a restarted Redis. */
  refreshMs: number;
  /**
   * The subgraphs to route and their configured instances (`<NAME>_URL`): a subgraph the registry knows
   * no routable instance of is sent to these. Only these names are looked up, so the gateway's own rows
   * (and any other service's) never route.
   */
  fallback: Record<string, readonly string[]>;
  logger: Logger;
}

interface View {
  urls: readonly string[];
  /** The time (ms) of the last notice applied: an older notice is stale. */
  noticeAt: number;
}

/**
 * The instances of each subgraph as the service registry sees them: all routable instances read at
 * start, each service's snapshot pushed on every change of routability (the cache's pub/sub), and the
 * whole view read again every `refreshMs`. A lookup is a Map read: no I/O on the request path. When the
 * registry knows no routable instance of a subgraph, or was never reachable, the configured list
 * answers: a registry hiccup never leaves a subgraph without instances. A refresh that fails keeps the
 * last view.
 */
export class RegistryInstanceSource implements InstanceSource {
  private readonly options: RegistryInstanceSourceOptions;
  private readonly views = new Map<string, View>();
  private readonly listeners = new Set<(subgraph: string) => void>();
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  private subscription: Promise<(() => Promise<void>) | undefined> = Promise.resolve(undefined);
  private isClosed = false;
  private hasWarned = false;

  private constructor(options: RegistryInstanceSourceOptions) {
    this.options = options;
  }

  /** Reads the registry once, subscribes to its notices (without waiting for the cache), and starts the refresh timer. */
  static async start(options: RegistryInstanceSourceOptions): Promise<RegistryInstanceSource> {
    const source = new RegistryInstanceSource(options);
    const { cache } = options;
    if (cache) {
      // A subscription may wait for Redis: the gateway starts without it, the refresh covers the gap.
      source.subscription = subscribeRegistryChanges(cache, (notice) => source.apply(notice)).catch((error: unknown) => {
        options.logger.warn({ err: error }, 'registry notices unavailable; the periodic refresh alone follows the registry');
        return undefined;
      });
    }
    await source.refresh();
    source.timer = setInterval(() => {
      source.refreshing = source.refreshing.then(() => source.refresh());
    }, options.refreshMs);
    source.timer.unref();
    return source;
  }

  instances(subgraph: string): readonly string[] {
    const discovered = this.views.get(subgraph)?.urls;
    return discovered && discovered.length > 0 ? discovered : (this.options.fallback[subgraph] ?? []);
  }

  onChange(listener: (subgraph: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads every subgraph's routable instances; a registry that does not answer keeps the last view. */
  async refresh(): Promise<void> {
    if (this.isClosed) return;
    let rows;
    try {
      // Only the subgraphs this gateway routes: a registry of many services is not read whole every refresh.
      rows = await this.options.store.routable(this.options.ttlMs, Object.keys(this.options.fallback));
      this.hasWarned = false;
    } catch (error) {
      if (!this.hasWarned) this.options.logger.warn({ err: error }, 'service registry unreachable; routing to the last instances seen');
      this.hasWarned = true;
      return;
    }
    if (this.isClosed) return;
    const bySubgraph = new Map<string, string[]>();
    for (const row of rows) bySubgraph.set(row.service, [...(bySubgraph.get(row.service) ?? []), row.url]);
    for (const subgraph of Object.keys(this.options.fallback)) {
      this.update(subgraph, bySubgraph.get(subgraph) ?? [], this.views.get(subgraph)?.noticeAt ?? 0);
    }
  }

  /** Applies a pushed snapshot of one service; a notice older than the last one applied is dropped. */
  apply(notice: RegistryNotice): void {
    if (this.isClosed || !Object.hasOwn(this.options.fallback, notice.service)) return;
    const at = Date.parse(notice.at);
    if (at < (this.views.get(notice.service)?.noticeAt ?? 0)) return;
    const urls = notice.instances.filter((instance) => instance.state !== 'UNHEALTHY' && instance.state !== 'DRAINING').map((i) => i.url);
    this.update(notice.service, urls, at);
  }

  async close(): Promise<void> {
    this.isClosed = true;
    clearInterval(this.timer);
    this.listeners.clear();
    // A subscription still waiting for Redis unsubscribes when it lands; close never waits for it.
    void this.subscription.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
    await this.refreshing;
  }

  private update(subgraph: string, urls: readonly string[], noticeAt: number): void {
    const before = this.instances(subgraph);
    this.views.set(subgraph, { urls: [...new Set(urls)], noticeAt });
    const after = this.instances(subgraph);
    if (before.length === after.length && before.every((url, index) => url === after[index])) return;
    this.options.logger.info({ subgraph, instances: after }, 'subgraph instances changed');
    for (const listener of this.listeners) listener(subgraph);
  }
}
