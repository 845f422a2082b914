import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRuntime, runMain } from './runtime.ts';
import { closeOnSignals, type RunningService } from './service.ts';
import type { StorePort } from './round-trips.ts';
import { startSubgraph, type AnySubgraphDefinition } from './subgraph.ts';

/** True when `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}

/**
 * Lets a subgraph module run alone (`tsx subgraphs/talent/index.ts`): one deployable per subgraph.
 * Does nothing when the module is imported (the embedded stack starts it instead).
 */
export async function runStandalone(moduleUrl: string, definitions: AnySubgraphDefinition[], { projector = false } = {}): Promise<void> {
  if (!isMain(moduleUrl)) return;
  await runMain(async () => {
    const name = definitions.map((d) => d.name).join('+');
    // Only what these subgraphs declared: identity alone never connects to Neo4j, Weaviate or Elasticsearch.
    const runtime = await createRuntime(name, storesOf(definitions));
    const services: RunningService[] = [];
    for (const definition of definitions) services.push(await startSubgraph(definition, runtime));
    if (projector && runtime.config.projector.enabled) runtime.data.projector.start();
    closeOnSignals(async () => {
      await Promise.all(services.map((s) => s.close()));
      await runtime.data.close();
    }, runtime.logger);
  });
}

/** The union of the stores that `services` declared, each once. */
export function storesOf(services: readonly { stores: readonly StorePort[] }[]): StorePort[] {
  return [...new Set(services.flatMap((service) => service.stores))];
}
