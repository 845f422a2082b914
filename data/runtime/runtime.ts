import { createAuthenticator, type Authenticator } from '../../platform/auth.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { createLogger, type Logger } from '../../platform/logger.ts';
import type { StorePort } from '../../platform/round-trips.ts';
import { authStores } from '../auth/auth-stores.ts';
import { openDataLayer, type DataLayer } from '../data-layer.ts';

/** The process-wide parts a service runs on; the embedded stack shares one among all services. */
export interface Runtime<P extends StorePort = StorePort> {
  config: Config;
  logger: Logger;
  data: DataLayer<P>;
  authenticator: Authenticator;
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
  const data = await openDataLayer(config, logger, { ports });
  try {
    // The key ring is loaded before any service answers: every process verifies with the same keys.
    const authenticator = await createAuthenticator(config, { ...authStores(data.stores.relational), logger });
    return { config, logger, data, authenticator };
  } catch (error) {
    await data.close();
    throw error;
  }
}
