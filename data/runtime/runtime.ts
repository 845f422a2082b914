import { createAuthenticator, type Authenticator } from '../../platform/auth.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { createLogger, type Logger } from '../../platform/logger.ts';
import type { StorePort } from '../../platform/round-trips.ts';
import type { Stores } from '../ports.ts';
import { authStores } from '../auth/auth-stores.ts';
import { openDataLayer, type DataLayer } from '../data-layer.ts';
import type { ServiceRegistry } from '../../platform/registration.ts';
import { createRegistrar } from '../registry/registrar.ts';
import { ConfigStore } from '../config/config-store.ts';
import { startConfigWatcher, type ConfigWatcher } from '../config/config-watcher.ts';

/** The process-wide parts a service runs on; the embedded stack shares one among all services. */
export interface Runtime<P extends StorePort = StorePort> {
  config: Config;
  logger: Logger;
  data: DataLayer<P>;
  authenticator: Authenticator;
  /** Where its services register (REGISTRY_ENABLED): the relational store, and the cache for the lease when opened. */
  registry?: ServiceRegistry;
  /** The configuration every service of the process applies (CONFIG_WATCH_ENABLED); the caller closes it with `data`. */
  configWatcher?: ConfigWatcher;
  /** Where this process's own gateway listens once it does (the stack): chat sends its plan steps there. */
  gatewayUrl?: () => string | undefined;
}

/**
 * Config, logger, stores and authenticator for a process; the caller closes `data`. `ports`: the
 * stores the process's services declared (their union), and only those open; the relational store,
 * which holds the key ring every service verifies with, always.
 */
export async function createRuntime<P extends StorePort>(
  name: string,
  ports: readonly P[],
  config: Config = loadConfig(),
): Promise<Runtime<P | 'relational'>> {
  const logger = createLogger(name, config.logLevel);
  // The configuration watcher listens on the cache's pub/sub, in every process that runs it.
  const opened: readonly P[] = config.configuration.watch ? [...new Set<P>([...ports, 'cache' as P])] : ports;
  const data = await openDataLayer(config, logger, { ports: opened });
  try {
    // The key ring is loaded before any service answers: every process verifies with the same keys.
    const authenticator = await createAuthenticator(config, { ...authStores(data.stores.relational), logger });
    const stores = data.stores as Partial<Stores> & { ports: readonly StorePort[] };
    const registry = config.registry.enabled
      ? createRegistrar({
          relational: data.stores.relational,
          cache: stores.ports.includes('cache') ? stores.cache : undefined,
          heartbeatMs: config.registry.heartbeatMs,
          ttlMs: config.registry.ttlMs,
          logger: logger.child({ component: 'registry' }),
        })
      : undefined;
    const configWatcher = config.configuration.watch
      ? await startConfigWatcher({
          store: new ConfigStore(data.stores.relational),
          cache: stores.ports.includes('cache') ? stores.cache : undefined,
          pollMs: config.configuration.pollMs,
          logger: logger.child({ component: 'config-watcher' }),
        })
      : undefined;
    if (configWatcher) {
      // Stopped before the stores close, whoever closes them.
      const close = data.close.bind(data);
      data.close = async () => {
        await configWatcher.close();
        await close();
      };
    }
    return { config, logger, data, authenticator, registry, configWatcher };
  } catch (error) {
    await data.close();
    throw error;
  }
}
