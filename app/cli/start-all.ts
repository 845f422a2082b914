/**
 * `npm start`: the whole of Looma in one process — every subgraph and the gateway, each on its
 * own port, over the embedded stores (or the real ones when their URLs are set), demo data seeded
 * on the first embedded start.
 */
import { runMain } from '../../platform/main.ts';
import { closeOnSignals } from '../../platform/service.ts';
import { startStack } from '../stack.ts';

await runMain(async () => {
  const stack = await startStack();
  const { config, logger } = stack.runtime;
  closeOnSignals(() => stack.close(), logger);
  const lines = [
    '',
    `  Looma is running (${Object.values(stack.runtime.data.stores.adapters).join(', ')}) — started in ${(stack.startupMs / 1000).toFixed(1)} s`,
    `  Gateway and Apollo Sandbox: ${stack.gateway.url}`,
    ...Object.values(stack.subgraphs).map((s) => `  subgraph ${s.name.padEnd(8)} ${s.url}`),
    config.auth.demoAnonymous ? '  Demo mode: requests without credentials act as a recruiter of the demo organisation.' : '',
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
});
