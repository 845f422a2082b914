/**
 * `npm run projector`: a projector on its own (scale it out beside the subgraphs; several share the
 * outbox through FOR UPDATE SKIP LOCKED and leases). It is for real stores: over the embedded ones,
 * the Looma process that holds the data directory runs the projector itself.
 */
import { openDataLayer } from '../data-layer.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';
import { closeOnSignals } from '../../platform/service.ts';

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('projector', config.logLevel);
  const data = await explainDataDirLock(
    openDataLayer(config, logger),
    'That Looma already projects its embedded stores itself; a standalone projector is for real stores (DATABASE_URL and the projection store URLs).',
  );
  data.projector.start();
  logger.info('projector running');
  closeOnSignals(() => data.close(), logger);
});
