import cluster from 'node:cluster';
import { createRuntime } from '../data/runtime/runtime.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { isMain, runMain } from '../platform/main.ts';
import { closeOnSignals } from '../platform/service.ts';
import { GATEWAY_STORES, startGateway } from './gateway.ts';
import { superviseGatewayWorkers, workerSignals } from './workers.ts';

export { startGateway } from './gateway.ts';

if (isMain(import.meta.url)) {
  await runMain(async () => {
    const config = loadConfig();
    // GATEWAY_WORKERS above 1: this process only supervises; each worker runs this module again.
    if (config.gateway.workers > 1 && cluster.isPrimary) {
      const logger = createLogger('gateway', config.logLevel).child({ service: 'gateway', role: 'primary' });
      process.exit(await superviseGatewayWorkers({ workers: config.gateway.workers, logger }));
    }
    const runtime = await createRuntime('gateway', GATEWAY_STORES, config);
    const gateway = await startGateway({ runtime });
    const worker = cluster.isWorker ? workerSignals() : undefined;
    closeOnSignals(
      async () => {
        await gateway.close();
        await runtime.data.close();
        await worker?.reportServed();
      },
      runtime.logger,
      worker?.signals,
    );
  });
}
