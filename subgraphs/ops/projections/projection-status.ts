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
 * A representation is a claim, not a proof: the talent must exist in the viewer's organisation
 * (one batched read for a page through the org-bound loader), else it resolves to null.
 */
export async function talentReference(
  viewer: Viewer | null,
  reference: TalentReference,
  loaders: Loaders,
): Promise<TalentReference | null> {
  requireScope(viewer, 'talent:read');
  const talent = await loaders.talentById.load(reference.id);
  return talent ? { id: talent.id, version: reference.version } : null;
}

/** Where each store stands against the source of truth's `version`: current when it holds exactly that version. */
export function compareProjections(
  version: number,
  held: Record<'graph' | 'vector' | 'search', { adapter: string; version: number | undefined }>,
): TalentProjections {
  const state = ({ adapter, version: storeVersion }: { adapter: string; version: number | undefined }): ProjectionState => ({
    adapter,
    version: storeVersion ?? null,
    isCurrent: projectionDifference(version, storeVersion) === null,
  });
  const result = { graph: state(held.graph), vector: state(held.vector), search: state(held.search) };
  return { ...result, isCurrent: result.graph.isCurrent && result.vector.isCurrent && result.search.isCurrent };
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
  return compareProjections(talent.version, {
    graph: { adapter: stores.adapters.graph, version: graph?.version },
    vector: { adapter: stores.adapters.vector, version: vector?.version },
    search: { adapter: stores.adapters.search, version: search?.version },
  });
}
