/**
 * `npm run projector`: a projector on its own (scale it out beside the subgraphs; several share the
 * outbox through FOR UPDATE SKIP LOCKED and leases).
 */
import { openDataLayer } from '../data-layer.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/runtime.ts';
import { closeOnSignals } from '../../platform/service.ts';

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('projector', config.logLevel);
  const data = await openDataLayer(config, logger);
  data.projector.start();
  logger.info('projector running');
  closeOnSignals(() => data.close(), logger);
});
