/**
 * The port every Looma service registers through (issue 12, the service registry): startService
 * registers the instance once it listens and deregisters it when it closes. The registry itself
 * (rows, heartbeats, the TTL lease) is data/registry's; platform only knows this shape.
 */
export interface ServiceRegistration {
  service: string;
  url: string;
  /** The service's SDL (a subgraph's schema, the gateway's supergraph): the registry keeps its sha256. */
  sdl: string;
}

export interface RegistrationLease {
  /** The instance's id in the registry. */
  readonly id: string;
  /** An operator drained the instance (or it is closing): /ready answers `draining`. */
  readonly draining: boolean;
  /** Marks the instance DRAINING (closing starts) and stops nothing else. */
  drain(): Promise<void>;
  /** Stops heartbeating and removes the instance (after drain, once requests ended). */
  deregister(): Promise<void>;
}

export interface ServiceRegistry {
  /** Never throws and never waits on the registry: a registry that is down is retried in the background. */
  register(registration: ServiceRegistration): RegistrationLease;
}
