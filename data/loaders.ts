import DataLoader from 'dataloader';
import { isUuid } from '../platform/ids.ts';
import type { Viewer } from '../platform/viewer.ts';
import type { StorePort } from '../platform/round-trips.ts';
import type { GraphNode, SearchDocument, Stores } from './ports.ts';
import { StoreNotOpenedError } from './stores.ts';
import type { TalentRecord } from './records/talent-record.ts';
import { readVisibleTalents } from './records/talent-store.ts';

// The one uuid check (platform/ids.ts), here too for the loaders' many importers.

/**
 * Per-request loaders: every read path of every store goes through one, so a page of N entities
 * costs one round trip per store and field, not N. Each is bound to the viewer's organisation:
 * a key of another org loads as missing. A service passes the stores it opened: a loader of a store
 * it did not declare throws `StoreNotOpenedError` when used, and costs nothing when not.
 */
export function createLoaders(stores: Pick<Stores, 'relational'> & Partial<Stores>, viewer: Viewer) {
  const port = <K extends StorePort>(name: K): Stores[K] => (stores[name] as Stores[K] | undefined) ?? throwNotOpened(name);
  const orgId = viewer.orgId;
  return {
    talentById: new DataLoader<string, TalentRecord | null>(async (ids) => {
      const talents = await readVisibleTalents(stores.relational, orgId, ids.filter(isUuid));
      const byId = new Map(talents.map((talent) => [talent.id, talent]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    graphNode: keyedLoader<GraphNode>((label, keys) => port('graph').getNodes(label, orgId, keys)),
    vectorVersion: keyedLoader<{ version: number }>(async (collection, keys) =>
      port('vector').get(collection, orgId, keys, { vectors: false }),
    ),
    searchDocument: keyedLoader<SearchDocument>((index, keys) => port('search').get(index, orgId, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function throwNotOpened(port: StorePort): never {
  throw new StoreNotOpenedError(port);
}

/**
 * One loader per namespace (a graph label, a vector collection, a search index), created on first
 * use: `loaders.graphNode('Talent').load(id)`.
 */
function keyedLoader<V>(fetch: (namespace: string, keys: string[]) => Promise<Map<string, V>>) {
  const byNamespace = new Map<string, DataLoader<string, V | null>>();
  return (namespace: string) => {
    let loader = byNamespace.get(namespace);
    if (!loader) {
      loader = new DataLoader<string, V | null>(async (keys) => {
        const found = await fetch(namespace, [...keys]);
        return keys.map((key) => found.get(key) ?? null);
      });
      byNamespace.set(namespace, loader);
    }
    return loader;
  };
}
