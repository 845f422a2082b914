import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRuntime, runMain } from './runtime.ts';
import { closeOnSignals, type RunningService } from './service.ts';
import { startSubgraph, type BaseContext, type SubgraphDefinition } from './subgraph.ts';

/** True when `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/**
 * Lets a subgraph module run alone (`tsx subgraphs/talent/index.ts`): one deployable per subgraph.
 * Does nothing when the module is imported (the embedded stack starts it instead).
 */
export async function runStandalone(
  moduleUrl: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  definitions: SubgraphDefinition<any>[],
  { projector = false } = {},
): Promise<void> {
  if (!isMain(moduleUrl)) return;
  await runMain(async () => {
    const name = definitions.map((d) => d.name).join('+');
    const runtime = await createRuntime(name);
    const services: RunningService[] = [];
    for (const definition of definitions) services.push(await startSubgraph<BaseContext>(definition, runtime));
    if (projector && runtime.config.projector.enabled) runtime.data.projector.start();
    closeOnSignals(async () => {
      await Promise.all(services.map((s) => s.close()));
      await runtime.data.close();
    }, runtime.logger);
  });
}
