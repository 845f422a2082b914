import { runMain, isMain } from '../../platform/main.ts';
import type { StorePort } from '../../platform/round-trips.ts';
import { closeOnSignals, type RunningService } from '../../platform/service.ts';
import { createRuntime } from './runtime.ts';
import { startSubgraph, type AnySubgraphDefinition } from './subgraph.ts';

/**
 * Lets a subgraph module run alone (`node subgraphs/talent/index.ts`, what `npm run serve -- talent`
 * does): one deployable per subgraph. Does nothing when the module is imported (the embedded stack,
 * app/stack.ts, starts it instead).
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
