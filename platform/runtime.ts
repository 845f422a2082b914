import { openDataLayer } from '../data/data-layer.ts';
import { createAuthenticator } from './auth.ts';
import { loadConfig, type Config } from './config.ts';
import { createLogger } from './logger.ts';
import type { StorePort } from './round-trips.ts';
import type { Runtime } from './subgraph.ts';

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
    const authenticator = await createAuthenticator(config, { relational: data.stores.relational, logger });
    return { config, logger, data, authenticator };
  } catch (error) {
    await data.close();
    throw error;
  }
}

/**
 * Runs `main` and turns a start-up failure (bad configuration, a store that does not answer) into
 * one clear line on stderr and exit code 1, instead of a stack trace.
 */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`looma: start-up failed: ${message}`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) console.error(error.stack);
    process.exit(1);
  }
}
