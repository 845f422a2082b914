import type { Config } from '../platform/config.ts';
import type { Logger } from '../platform/logger.ts';
import { createEmbedder, type Embedder } from './embeddings/embedder.ts';
import { Projector } from './projector.ts';
import { ensureTalentProjectionTargets, talentProjection } from './projections/talent-projection.ts';
import { relationshipProjection } from './projections/relationship-projection.ts';
import { openStores, type OpenStores } from './stores.ts';

/** Everything a service needs from data/: the five ports, the embedder, and the outbox projector. */
export interface DataLayer {
  stores: OpenStores;
  embedder: Embedder;
  projector: Projector;
  close(): Promise<void>;
}

/**
 * `ensureTargets: false` skips creating (and checking) the projection collection and index: reindex
 * opens the stores that way, since it rebuilds them, possibly for a new embedding model.
 */
export async function openDataLayer(config: Config, logger: Logger, { ensureTargets = true } = {}): Promise<DataLayer> {
  const stores = await openStores(config, logger);
  try {
    const embedder = createEmbedder(config.embeddings);
    if (ensureTargets) await ensureTalentProjectionTargets(stores, embedder);
    const projector = new Projector(stores.relational, config.projector, logger.child({ component: 'projector' }))
      .register(talentProjection(stores, embedder))
      .register(relationshipProjection(stores));
    return {
      stores,
      embedder,
      projector,
      async close() {
        await projector.stop();
        await stores.close();
      },
    };
  } catch (error) {
    await stores.close();
    throw error;
  }
}
