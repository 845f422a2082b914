import { createAuthenticator } from '../platform/auth.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { runMain } from '../platform/runtime.ts';
import { closeOnSignals } from '../platform/service.ts';
import { isMain } from '../platform/standalone.ts';
import { startGateway } from './gateway.ts';

export { startGateway } from './gateway.ts';

if (isMain(import.meta.url)) {
  await runMain(async () => {
    const config = loadConfig();
    const logger = createLogger('gateway', config.logLevel);
    const gateway = await startGateway({ config, logger, authenticator: createAuthenticator(config) });
    closeOnSignals(() => gateway.close(), logger);
  });
}
