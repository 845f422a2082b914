import DataLoader from 'dataloader';
import type { Viewer } from '../platform/viewer.ts';
import type { StorePort } from '../platform/round-trips.ts';
import type { GraphNode, SearchDocument, Stores } from './ports.ts';
import { StoreNotOpenedError } from './stores.ts';

/** A link on a talent's profile. */
export interface TalentLink {
  kind: 'LINKEDIN' | 'GITHUB' | 'WEBSITE' | 'PORTFOLIO' | 'OTHER';
  url: string;
}

/** What a person agreed to, for which purpose, until when (ISO date-times). */
export interface TalentConsent {
  purpose: 'RECRUITING' | 'TALENT_POOL' | 'MARKETING';
  givenAt: string;
  expiresAt: string | null;
  source: string | null;
}

/** One position; months as `YYYY-MM`, `end` null while current. */
export interface TalentEmployment {
  company: string;
  title: string | null;
  start: string | null;
  end: string | null;
}

/** How a talent came to the pool (GraphQL `TalentSource`). */
export const TALENT_SOURCES = ['SOURCED', 'REFERRAL', 'JOB_BOARD', 'CAREER_SITE', 'AGENCY', 'IMPORT', 'RESUME', 'OTHER'] as const;

export type TalentStatus = 'ACTIVE' | 'ARCHIVED' | 'MERGED' | 'ERASED';

/** Talents a reader sees; MERGED and ERASED rows are tombstones. */
export const VISIBLE_TALENT = "status IN ('ACTIVE', 'ARCHIVED')";

/** A talent row of the source of truth, as the domain and resolvers see it. */
export interface TalentRecord {
  id: string;
  orgId: string;
  /** For display: the Latin or Chinese name, whichever was given (or an explicit display name). */
  name: string;
  latinName: string | null;
  chineseName: string | null;
  headline: string | null;
  skills: string[];
  languages: string[];
  /** Lowercased; an uploaded resume attaches to the talent with one of them. */
  emails: string[];
  /** E.164. */
  phones: string[];
  location: string | null;
  currentTitle: string | null;
  currentCompany: string | null;
  yearsOfExperience: number | null;
  /** Every title, company and school of the profile (resumes fill them). */
  titles: string[];
  companies: string[];
  schools: string[];
  employments: TalentEmployment[];
  links: TalentLink[];
  source: string;
  ownerId: string | null;
  status: TalentStatus;
  archivedAt: Date | null;
  consent: TalentConsent[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TalentRow {
  id: string;
  org_id: string;
  name: string;
  latin_name: string | null;
  chinese_name: string | null;
  headline: string | null;
  skills: string[];
  languages: string[];
  emails: string[];
  phones: string[];
  location: string | null;
  current_title: string | null;
  current_company: string | null;
  /** numeric: pg returns it as a string. */
  years_of_experience: string | number | null;
  titles: string[];
  companies: string[];
  schools: string[];
  employments: TalentEmployment[];
  links: TalentLink[];
  source: string;
  owner_id: string | null;
  status: TalentStatus;
  archived_at: Date | string | null;
  consent: TalentConsent[];
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const TALENT_COLUMNS =
  'id, org_id, name, latin_name, chinese_name, headline, skills, languages, emails, phones, location, current_title, current_company, ' +
  'years_of_experience, titles, companies, schools, employments, links, source, owner_id, status, archived_at, consent, version, created_at, updated_at';

export function toTalentRecord(row: TalentRow): TalentRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    latinName: row.latin_name,
    chineseName: row.chinese_name,
    headline: row.headline,
    skills: row.skills,
    languages: row.languages,
    emails: row.emails,
    phones: row.phones,
    location: row.location,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    yearsOfExperience: row.years_of_experience === null ? null : Number(row.years_of_experience),
    titles: row.titles,
    companies: row.companies,
    schools: row.schools,
    employments: row.employments,
    links: row.links,
    source: row.source,
    ownerId: row.owner_id,
    status: row.status,
    archivedAt: row.archived_at === null ? null : new Date(row.archived_at),
    consent: row.consent,
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
 * a key of another org loads as missing. A service passes the stores it opened: a loader of a store
 * it did not declare throws `StoreNotOpenedError` when used, and costs nothing when not.
 */
export function createLoaders(stores: Pick<Stores, 'relational'> & Partial<Stores>, viewer: Viewer) {
  const port = <K extends StorePort>(name: K): Stores[K] => (stores[name] as Stores[K] | undefined) ?? throwNotOpened(name);
  const orgId = viewer.orgId;
  return {
    talentById: new DataLoader<string, TalentRecord | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await stores.relational.query<TalentRow>(
            `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) AND ${VISIBLE_TALENT}`,
            [orgId, valid],
          )
        : [];
      const byId = new Map(rows.map((row) => [row.id, toTalentRecord(row)]));
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
