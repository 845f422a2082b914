import type { Config } from '../platform/config.ts';
import type { Logger } from '../platform/logger.ts';
import { createEmbedder, type Embedder } from './embeddings/embedder.ts';
import { Projector, type ProjectionHandler } from './projector.ts';
import { withMatchingInvalidation } from './projections/matching-invalidation.ts';
import { TALENT_VECTOR_COLLECTION, ensureTalentProjectionTargets, talentProjection } from './projections/talent-projection.ts';
import { relationshipProjection } from './projections/relationship-projection.ts';
import { openStores, type OpenStores } from './stores.ts';
import type { Stores } from './ports.ts';
import { STORE_PORTS, type StorePort } from '../platform/round-trips.ts';

/** Everything a service needs from data/: the ports it declared (`P`), the embedder, and the outbox projector. */
export interface DataLayer<P extends StorePort = StorePort> {
  stores: OpenStores<P>;
  embedder: Embedder;
  projector: Projector;
  close(): Promise<void>;
}

/** The ports the outbox projector writes to: only a process that opens all of them runs it. */
const PROJECTION_PORTS = ['graph', 'vector', 'search'] as const satisfies readonly StorePort[];

/**
 * `ports`: the stores to open (all five unless a service declares fewer; the relational store, which
 * holds the outbox and the key ring, always). `ensureTargets: false` skips creating (and checking)
 * the projection collection and index: reindex opens the stores that way, since it rebuilds them,
 * possibly for a new embedding model.
 */
export async function openDataLayer<P extends StorePort = StorePort>(
  config: Config,
  logger: Logger,
  { ensureTargets = true, ports = STORE_PORTS as readonly P[] }: { ensureTargets?: boolean; ports?: readonly P[] } = {},
): Promise<DataLayer<P | 'relational'>> {
  const stores = await openStores(config, logger, [...new Set<P | 'relational'>(['relational', ...ports])]);
  try {
    const embedder = createEmbedder(config.embeddings);
    // A port this process did not open is not read at all (reading it throws StoreNotOpenedError).
    const has = (port: StorePort) => stores.ports.includes(port);
    const all = stores as Partial<Stores> as Stores;
    const projects = PROJECTION_PORTS.every(has);
    if (ensureTargets && has('vector') && has('search')) {
      const revision = await ensureTalentProjectionTargets(all, embedder);
      // Not refused like a model switch: the vectors still work, those of words the taxonomies learnt since less well.
      if (revision.isStale)
        logger.warn(
          {
            collection: TALENT_VECTOR_COLLECTION,
            model: embedder.model,
            storedRevision: revision.stored,
            currentRevision: revision.current,
          },
          `talent vectors were embedded at revision ${revision.stored ?? '(unrecorded)'}, the embedder is at ${revision.current} (the skill taxonomy or job vocabulary changed): run \`npm run reindex\``,
        );
    }
    const projector = new Projector(stores.relational, config.projector, logger.child({ component: 'projector' }));
    if (projects) {
      // With the cache store open, the projector also invalidates the matching score cache (after the projections).
      const invalidating = <T extends { orgId: string }>(handler: ProjectionHandler<T>) =>
        has('cache') ? withMatchingInvalidation(handler, all.cache) : handler;
      projector.register(invalidating(talentProjection(all, embedder))).register(invalidating(relationshipProjection(all)));
    } else {
      // Without its handlers it would park every event as dead; its lag (ops) still reads the outbox.
      projector.start = () => {
        throw new Error(`the projector needs the ${PROJECTION_PORTS.join(', ')} stores, which this process did not open`);
      };
    }
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
