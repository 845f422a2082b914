/**
 * Where a subgraph's instances come from: static configuration (`<NAME>_URL`, comma-separated), or the
 * service registry (registry-instance-source.ts, GATEWAY_DISCOVERY), pushing changes through onChange.
 */
export interface InstanceSource {
  /** The URLs of a subgraph's instances now (empty when the source knows none). */
  instances(subgraph: string): readonly string[];
  /** Calls `listener` with a subgraph whose instances changed; returns the unsubscribe. */
  onChange(listener: (subgraph: string) => void): () => void;
  /** Stops what the source runs (timers, subscriptions); closed with the gateway. */
  close?(): Promise<void>;
}

/** Instances fixed at start: they never change. */
export class StaticInstanceSource implements InstanceSource {
  private readonly bySubgraph: ReadonlyMap<string, readonly string[]>;

  constructor(instances: Record<string, readonly string[]>) {
    this.bySubgraph = new Map(Object.entries(instances).map(([name, urls]) => [name, [...urls]]));
  }

  instances(subgraph: string): readonly string[] {
    return this.bySubgraph.get(subgraph) ?? [];
  }

  onChange(): () => void {
    return () => {};
  }
}
