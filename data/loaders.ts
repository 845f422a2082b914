import DataLoader from 'dataloader';
import type { Viewer } from '../platform/viewer.ts';
import type { GraphNode, SearchDocument, Stores } from './ports.ts';

/** A talent row of the source of truth, as the domain and resolvers see it. */
export interface TalentRecord {
  id: string;
  orgId: string;
  name: string;
  headline: string | null;
  skills: string[];
  /** Lowercased; an uploaded resume attaches to the talent with one of them. */
  emails: string[];
  /** E.164. */
  phones: string[];
  location: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  /** Every title, company and school of the profile (resumes fill them). */
  titles: string[];
  companies: string[];
  schools: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TalentRow {
  id: string;
  org_id: string;
  name: string;
  headline: string | null;
  skills: string[];
  emails: string[];
  phones: string[];
  location: string | null;
  current_title: string | null;
  current_company: string | null;
  titles: string[];
  companies: string[];
  schools: string[];
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const TALENT_COLUMNS =
  'id, org_id, name, headline, skills, emails, phones, location, current_title, current_company, titles, companies, schools, version, created_at, updated_at';

export function toTalentRecord(row: TalentRow): TalentRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    headline: row.headline,
    skills: row.skills,
    emails: row.emails,
    phones: row.phones,
    location: row.location,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    titles: row.titles,
    companies: row.companies,
    schools: row.schools,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/**
 * Per-request loaders: every read path of every store goes through one, so a page of N entities
 * costs one round trip per store and field, not N. Each is bound to the viewer's organisation:
 * a key of another org loads as missing.
 */
export function createLoaders(stores: Stores, viewer: Viewer) {
  const orgId = viewer.orgId;
  return {
    talentById: new DataLoader<string, TalentRecord | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await stores.relational.query<TalentRow>(
            `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[])`,
            [orgId, valid],
          )
        : [];
      const byId = new Map(rows.map((row) => [row.id, toTalentRecord(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    graphNode: keyedLoader<GraphNode>((label, keys) => stores.graph.getNodes(label, orgId, keys)),
    vectorVersion: keyedLoader<{ version: number }>(async (collection, keys) => stores.vector.get(collection, orgId, keys, { vectors: false })),
    searchDocument: keyedLoader<SearchDocument>((index, keys) => stores.search.get(index, orgId, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

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
