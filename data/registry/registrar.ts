import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import type { Logger } from '../../platform/logger.ts';
import type { RegistrationLease, ServiceRegistration, ServiceRegistry } from '../../platform/registration.ts';
import type { CacheStore, RelationalStore } from '../ports.ts';
import { announceService } from './registry-notices.ts';
import { RegistryStore } from './registry-store.ts';
import { isSupergraphSdl, schemaHash } from './schema-store.ts';

export interface RegistrarOptions {
  relational: RelationalStore;
  /**
   * Where the TTL lease lives when the process opened the cache store (Redis, or the embedded memory
   * cache), and where registry changes are announced (registry-notices.ts).
   */
  cache?: CacheStore;
  heartbeatMs: number;
  ttlMs: number;
  logger: Logger;
}

const VERSION = (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The cache key of an instance's lease: present while it heartbeats, gone `ttlMs` after its last beat. */
export const leaseKey = (id: string) => `registry:lease:${id}`;

/** A registry call at close never holds a stopping service longer than this. */
const CLOSE_WAIT_MS = 2_000;

/**
 * The registry every service registers through (platform/registration.ts): a row in
 * `service_instances`, a heartbeat every `heartbeatMs` that renews the row's `last_heartbeat_at` and
 * the cache lease (TTL `ttlMs`), and a deregistration at close. The registry being down never stops a
 * service: a warning, and the registration is retried with the next beat.
 */
export function createRegistrar(options: RegistrarOptions): ServiceRegistry {
  const store = new RegistryStore(options.relational);
  return {
    register(registration: ServiceRegistration): RegistrationLease {
      return new InstanceLease(store, registration, options);
    },
  };
}

class InstanceLease implements RegistrationLease {
  readonly id: string;
  draining = false;
  private registered = false;
  private stopped = false;
  private warned = false;
  private readonly timer: NodeJS.Timeout;
  private beat: Promise<void>;
  private readonly store: RegistryStore;
  private readonly registration: ServiceRegistration;
  private readonly options: RegistrarOptions;

  constructor(store: RegistryStore, registration: ServiceRegistration, options: RegistrarOptions) {
    this.store = store;
    this.registration = registration;
    this.options = options;
    this.id = `${registration.service}-${randomUUID()}`;
    this.beat = this.tick();
    this.timer = setInterval(() => {
      this.beat = this.beat.then(() => this.tick());
    }, options.heartbeatMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.registered) {
        await this.store.register({
          id: this.id,
          service: this.registration.service,
          url: this.registration.url,
          version: VERSION,
          schemaHash: schemaHash(this.registration.sdl),
          capacity: os.availableParallelism(),
          // A subgraph's schema is kept for the control plane's composer; the gateway's supergraph is what it composed.
          sdl: isSupergraphSdl(this.registration.sdl) ? undefined : this.registration.sdl,
        });
        this.registered = true;
        this.options.logger.info({ instance: this.id }, 'registered in the service registry');
        await this.announce();
      }
      const state = await this.store.heartbeat(this.id);
      if (state === null) {
        // Removed behind its back (an operator, a cleanup): register again with the next beat.
        this.registered = false;
        return;
      }
      if (state === 'DRAINING') this.draining = true;
      await this.options.cache?.set(leaseKey(this.id), state, this.options.ttlMs);
      this.warned = false;
    } catch (error) {
      if (!this.warned)
        this.options.logger.warn({ err: error, instance: this.id }, 'service registry unreachable, retrying in the background');
      this.warned = true;
    }
  }

  async drain(): Promise<void> {
    this.draining = true;
    await this.whileClosing(async () => {
      await this.beat;
      if (this.registered && (await this.store.changeState(this.id, 'DRAINING', 'draining', 'the instance is stopping')))
        await this.announce();
    });
  }

  async deregister(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.whileClosing(async () => {
      await this.beat;
      if (!this.registered) return;
      await this.store.deregister(this.id);
      await this.options.cache?.del([leaseKey(this.id)]);
      await this.announce();
    });
  }

  /** Publishes the service's routable instances; a failure is left to the watchers' periodic refresh. */
  private async announce(): Promise<void> {
    if (!this.options.cache) return;
    try {
      await announceService(this.store, this.options.cache, this.registration.service, this.options.ttlMs);
    } catch (error) {
      this.options.logger.debug({ err: error, instance: this.id }, 'registry change not announced');
    }
  }

  /** Closing goes on whatever the registry does: a failure or a slow answer is logged and left. */
  private async whileClosing(step: () => Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        step(),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_WAIT_MS);
        }),
      ]);
    } catch (error) {
      this.options.logger.warn({ err: error, instance: this.id }, 'service registry unreachable while closing');
    } finally {
      clearTimeout(timer);
    }
  }
}
