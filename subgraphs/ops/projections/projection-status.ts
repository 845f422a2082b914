import { projectionDifference } from '../../../data/consistency.ts';
import type { Loaders } from '../../../data/loaders.ts';
import type { OpenStores } from '../../../data/stores.ts';
import { TALENT_GRAPH_LABEL, TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../../data/projections/talent-projection.ts';
import { requireScope } from '../../../platform/checks.ts';
import type { Viewer } from '../../../platform/viewer.ts';

/** A talent as the gateway hands it to this subgraph: its key plus the `@requires` field. */
export interface TalentReference {
  id: string;
  version: number;
}

export interface ProjectionState {
  adapter: string;
  version: number | null;
  isCurrent: boolean;
}

export interface TalentProjections {
  graph: ProjectionState;
  vector: ProjectionState;
  search: ProjectionState;
  isCurrent: boolean;
}

/**
 * Compares the version each projection store holds with the source of truth's. Each store is
 * read through its loader, so a page of talents costs one round trip per store.
 */
export async function talentProjections(
  viewer: Viewer | null,
  talent: TalentReference,
  loaders: Loaders,
  stores: OpenStores<'graph' | 'vector' | 'search'>,
): Promise<TalentProjections> {
  requireScope(viewer, 'talent:read');
  const [graph, vector, search] = await Promise.all([
    loaders.graphNode(TALENT_GRAPH_LABEL).load(talent.id),
    loaders.vectorVersion(TALENT_VECTOR_COLLECTION).load(talent.id),
    loaders.searchDocument(TALENT_SEARCH_INDEX.name).load(talent.id),
  ]);
  const state = (adapter: string, version: number | undefined): ProjectionState => ({
    adapter,
    version: version ?? null,
    isCurrent: projectionDifference(talent.version, version) === null,
  });
  const result = {
    graph: state(stores.adapters.graph, graph?.version),
    vector: state(stores.adapters.vector, vector?.version),
    search: state(stores.adapters.search, search?.version),
  };
  return { ...result, isCurrent: result.graph.isCurrent && result.vector.isCurrent && result.search.isCurrent };
}
