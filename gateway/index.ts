import { createRuntime, runMain } from '../platform/runtime.ts';
import { closeOnSignals } from '../platform/service.ts';
import { isMain } from '../platform/standalone.ts';
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
