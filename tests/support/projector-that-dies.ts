/**
 * A projector process that claims one outbox batch, applies it to the graph store, says
 * `claimed <n>` on stdout and then waits forever before the vector and search stores: the test
 * that runs it kills it there with SIGKILL, mid-batch, its lease still running. Configured by the
 * environment like any Looma process (PROJECTOR_LEASE_MS, PROJECTOR_BATCH_SIZE, the store URLs).
 */
import { openDataLayer } from '../../data/data-layer.ts';
import { Projector } from '../../data/projector.ts';
import { talentProjection } from '../../data/projections/talent-projection.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';

const config = loadConfig();
const logger = createLogger('projector-that-dies', config.logLevel);
const data = await openDataLayer(config, logger);
const talents = talentProjection(data.stores, data.embedder);
const projector = new Projector(data.stores.relational, config.projector, logger).register({
  ...talents,
  targets: {
    graph: {
      upsert: async (snapshots) => {
        await talents.targets.graph!.upsert(snapshots);
        process.stdout.write(`claimed ${snapshots.length}\n`);
        setInterval(() => undefined, 60_000); // alive until killed
        await new Promise<never>(() => undefined);
      },
      remove: talents.targets.graph!.remove,
    },
    vector: talents.targets.vector,
    search: talents.targets.search,
  },
});
await projector.drainOnce();
