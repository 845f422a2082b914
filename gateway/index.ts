import { createRuntime } from '../data/runtime/runtime.ts';
import { isMain, runMain } from '../platform/main.ts';
import { closeOnSignals } from '../platform/service.ts';
import { GATEWAY_STORES, startGateway } from './gateway.ts';

export { startGateway } from './gateway.ts';

if (isMain(import.meta.url)) {
  await runMain(async () => {
    const runtime = await createRuntime('gateway', GATEWAY_STORES);
    const gateway = await startGateway({ runtime });
    closeOnSignals(async () => {
      await gateway.close();
      await runtime.data.close();
    }, runtime.logger);
  });
}
