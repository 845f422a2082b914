import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import { z } from 'zod';
import type { DataLayer } from '../../data/data-layer.ts';
import type { SearchDocument, VectorMatch } from '../../data/ports.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION, skillKey } from '../../data/projections/talent-projection.ts';
import { isUuid } from '../../data/loaders.ts';
import { talentFilterSchema, talentFilterSql, type TalentFilter } from '../../data/talent-filter.ts';
import { tokenize } from '../../data/text/tokenize.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { badInput } from '../../platform/errors.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { highlightFields, type Highlight } from './highlights.ts';
import { reciprocalRankFusion } from './rank-fusion.ts';
import type { SearchMode } from './__generated__/resolvers-types.ts';

/** The schema's enum, as codegen generates it. */
export type { SearchMode };

/** How deep each ranking is read: pages, facets and the fused order come from these candidates. */
export const CANDIDATES = 200;
/**
 * A vector neighbour is a match (part of SEMANTIC's matching set, its totalCount and facets) when
 * its cosine similarity reaches both this floor and half the best neighbour's: on the offline
 * embedder unrelated profiles score about 0 ± 0.06, and a short query's best match may be 0.25
 * while a long one's is 0.6, so a fixed cut alone is too strict for one or too loose for the other.
 */
export const MIN_SIMILARITY = 0.1;
export const RELATIVE_SIMILARITY = 0.5;
const MAX_PAGE = 100;
const MAX_SIMILAR = 50;
const FACET_LIMIT = 30;

const searchInput = z.object({
  query: z
    .string()
    .trim()
    .min(1, 'query must not be empty')
    .max(200, 'query must be at most 200 characters')
    .refine((q) => tokenize(q).length > 0, 'query must contain a word'),
  first: z
    .number()
    .int('first must be a whole number')
    .min(1, `first must be between 1 and ${MAX_PAGE}`)
    .max(MAX_PAGE, `first must be between 1 and ${MAX_PAGE}`),
  mode: z.enum(['HYBRID', 'KEYWORD', 'SEMANTIC']),
  filter: talentFilterSchema
    .and(
      z.object({
        skills: z
          .array(z.string().trim().min(1, 'a skill must not be empty').max(80, 'a skill must be at most 80 characters'))
          .max(20, 'at most 20 skills')
          .nullish(),
      }),
    )
    .nullish(),
});
export type SearchInput = {
  query: string;
  first?: number | null;
  mode?: SearchMode | null;
  filter?: (TalentFilter & { skills?: string[] | null }) | null;
  after?: string | null;
};

export interface TalentRef {
  id: string;
}

export interface TalentMatch {
  talent: TalentRef;
  score: number;
}

export interface SearchEdge {
  cursor: string;
  node: TalentRef;
  score: number;
  highlights: { field: string; snippet: string }[];
  reasons: string[];
}

export interface SearchConnection {
  edges: SearchEdge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  facets: Record<'skills' | 'locations' | 'companies' | 'yearsOfExperience', { value: string; count: number }[]>;
}

interface Ranked {
  id: string;
  score: number;
  keyword?: number;
  similarity?: number;
}

/**
 * Hybrid talent search over the projections: keyword search in the search store, nearest vectors
 * in the vector store, fused by reciprocal rank fusion. Knows nothing of GraphQL. A page costs one
 * search round trip for the keyword ranking, one vector round trip, and one search round trip to
 * read the candidates' documents (filters on semantic results, facets, highlights), whatever its size.
 */
export class TalentSearch {
  /** One loader per `first`: `Talent.similar` for a page of talents is one round trip. */
  private readonly similarLoaders = new Map<number, DataLoader<string, VectorMatch[]>>();

  constructor(
    private readonly data: DataLayer<'relational' | 'vector' | 'search'>,
    private readonly viewer: Viewer | null,
  ) {}

  async search(input: SearchInput): Promise<SearchConnection> {
    const viewer = requireScope(this.viewer, 'talent:read');
    const args = parseInput(searchInput, {
      query: input.query,
      first: input.first ?? 20,
      mode: input.mode ?? 'HYBRID',
      filter: input.filter,
    });
    const { skills: legacySkills, ...filter } = args.filter ?? {};
    const skillFilter = [...new Set([...(legacySkills ?? []), ...(filter.skillsAll ?? [])].map(skillKey))];
    const statuses = new Set<string>(filter.status?.length ? filter.status : ['ACTIVE']);
    // Conditions the search documents cannot answer go to PostgreSQL, over the candidates only.
    const needsSourceOfTruth = Object.entries(filter).some(([key, value]) => !['skillsAll', 'status'].includes(key) && value != null);
    const fingerprint = fingerprintOf(args.query, args.mode, JSON.stringify([skillFilter, filter]));
    const offset = input.after ? decodeSearchCursor(input.after, fingerprint) : 0;
    const { search, vector } = this.data.stores;

    const [keyword, semantic] = await Promise.all([
      args.mode === 'SEMANTIC'
        ? null
        : search.search(TALENT_SEARCH_INDEX.name, viewer.orgId, {
            text: args.query,
            first: CANDIDATES,
            filter: skillFilter.length ? { skillKeys: skillFilter } : undefined,
          }),
      args.mode === 'KEYWORD'
        ? null
        : this.data.embedder
            .embed([args.query])
            .then(([embedding]) => vector.nearest(TALENT_VECTOR_COLLECTION, viewer.orgId, embedding!, CANDIDATES))
            .then((matches) => {
              const cut = Math.max(MIN_SIMILARITY, RELATIVE_SIMILARITY * (matches[0]?.score ?? 0));
              return matches.filter((m) => m.score >= cut);
            }),
    ]);

    // The candidates' documents, in one read: the vector store holds no skills, so filters on
    // semantic matches, facets and highlights all come from here.
    const candidateIds = [...new Set([...(keyword?.hits.map((h) => h.id) ?? []), ...(semantic?.map((m) => m.id) ?? [])])];
    const documents = candidateIds.length
      ? await search.get(TALENT_SEARCH_INDEX.name, viewer.orgId, candidateIds)
      : new Map<string, SearchDocument>();
    const allowed = needsSourceOfTruth && candidateIds.length ? await this.filterBySourceOfTruth(viewer.orgId, candidateIds, filter) : null;
    const passes = (id: string) => {
      const doc = documents.get(id);
      if (!doc) return false; // not (yet) in the search projection
      if (allowed && !allowed.has(id)) return false;
      if (!statuses.has(typeof doc.fields.status === 'string' ? doc.fields.status : 'ACTIVE')) return false;
      const keys = new Set(stringsOf(doc.fields.skills).map(skillKey));
      return skillFilter.every((skill) => keys.has(skill));
    };

    const keywordHits = (keyword?.hits ?? []).filter((h) => passes(h.id));
    const semanticHits = (semantic ?? []).filter((m) => passes(m.id));
    const ranked = rank(args.mode, keywordHits, semanticHits);
    // Keyword matches beyond the candidates still count (the store counts them all), unless a
    // filter the store cannot apply decided over the candidates.
    const beyondCandidates = keyword && !needsSourceOfTruth ? Math.max(0, keyword.total - keyword.hits.length) : 0;
    const totalCount = ranked.length + beyondCandidates;

    const page = ranked.slice(offset, offset + args.first);
    const edges = page.map((hit, i): SearchEdge => {
      const fields = talentFields(documents.get(hit.id)!);
      const highlights = highlightFields(args.query, fields);
      return {
        cursor: encodeSearchCursor(offset + i + 1, fingerprint),
        node: { id: hit.id },
        score: hit.score,
        highlights: highlights.map(({ field, snippet }) => ({ field, snippet })),
        reasons: reasonsFor(hit, highlights),
      };
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: offset + page.length < ranked.length,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
      facets: facetsOf(ranked.map((hit) => documents.get(hit.id)!)),
    };
  }

  /** Which candidates pass the talent filter, in one relational round trip. */
  private async filterBySourceOfTruth(orgId: string, candidateIds: string[], filter: TalentFilter): Promise<Set<string>> {
    const params: unknown[] = [];
    const where = talentFilterSql(orgId, filter as Parameters<typeof talentFilterSql>[1], params);
    const rows = await this.data.stores.relational.query<{ id: string }>(
      `SELECT id FROM talents WHERE ${where} AND id = ANY ($${params.push(candidateIds.filter(isUuid))}::uuid[])`,
      params,
    );
    return new Set(rows.map((row) => row.id));
  }

  /** The talents nearest to `talentId` (itself excluded); empty when the organisation holds no such talent. */
  async similarTalents(talentId: string, first: number | null | undefined): Promise<TalentMatch[]> {
    requireScope(this.viewer, 'talent:read');
    const k = checkSimilarFirst(first ?? 10);
    if (!isUuid(talentId)) return [];
    return this.similar(talentId, k);
  }

  /** `Talent.similar`: batched per request, so a page of talents costs one vector round trip. */
  async similarTo(talentId: string, first: number | null | undefined): Promise<TalentMatch[]> {
    requireScope(this.viewer, 'talent:read');
    const k = checkSimilarFirst(first ?? 5);
    return this.similar(talentId, k);
  }

  private async similar(talentId: string, k: number): Promise<TalentMatch[]> {
    const viewer = requireScope(this.viewer, 'talent:read');
    let loader = this.similarLoaders.get(k);
    if (!loader) {
      loader = new DataLoader<string, VectorMatch[]>(async (ids) => {
        const found = await this.data.stores.vector.similarTo(TALENT_VECTOR_COLLECTION, viewer.orgId, [...ids], k);
        return ids.map((id) => found.get(id) ?? []);
      });
      this.similarLoaders.set(k, loader);
    }
    const matches = await loader.load(talentId);
    return matches.map((m) => ({ talent: { id: m.id }, score: m.score }));
  }
}

function checkSimilarFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR)
    throw badInput(`first must be between 1 and ${MAX_SIMILAR}`, { field: 'first' });
  return first;
}

/** The order of a mode: keyword score, similarity, or RRF over both rankings (k = 60). */
function rank(mode: SearchMode, keyword: { id: string; score: number }[], semantic: VectorMatch[]): Ranked[] {
  const keywordScore = new Map(keyword.map((h) => [h.id, h.score]));
  const similarity = new Map(semantic.map((m) => [m.id, m.score]));
  const withSignals = (id: string, score: number): Ranked => ({ id, score, keyword: keywordScore.get(id), similarity: similarity.get(id) });
  if (mode === 'KEYWORD') return keyword.map((h) => withSignals(h.id, h.score));
  if (mode === 'SEMANTIC') return semantic.map((m) => withSignals(m.id, m.score));
  return reciprocalRankFusion([keyword.map((h) => h.id), semantic.map((m) => m.id)]).map((f) => withSignals(f.id, f.score));
}

function reasonsFor(hit: Ranked, highlights: Highlight[]): string[] {
  const reasons: string[] = [];
  if (hit.keyword !== undefined) {
    for (const h of highlights) reasons.push(`keyword: ${h.field} ${h.terms.map((t) => `'${t}'`).join(', ')}`);
    if (highlights.length === 0) reasons.push('keyword: matched');
  }
  if (hit.similarity !== undefined) reasons.push(`semantic: ${hit.similarity.toFixed(2)} similar`);
  return reasons;
}

/** Facet values counted per talent and case-insensitively; the value shown is the spelling met first. */
function countValues(documents: SearchDocument[], valuesOf: (doc: SearchDocument) => string[]): { value: string; count: number }[] {
  const counts = new Map<string, { value: string; count: number }>();
  for (const doc of documents) {
    const seen = new Set<string>();
    for (const value of valuesOf(doc)) {
      const key = skillKey(value);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { value: value.trim(), count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_LIMIT);
}

/** Years-of-experience bands, lower bound included. */
export const YEARS_BANDS = [
  { value: '0-2', min: 0, max: 2 },
  { value: '2-5', min: 2, max: 5 },
  { value: '5-10', min: 5, max: 10 },
  { value: '10+', min: 10, max: Infinity },
];

function facetsOf(documents: SearchDocument[]): SearchConnection['facets'] {
  const years = documents.map((doc) => doc.fields.yearsOfExperience).filter((y): y is number => typeof y === 'number');
  return {
    skills: countValues(documents, (doc) => stringsOf(doc.fields.skills)),
    locations: countValues(documents, (doc) => stringsOf(doc.fields.location)),
    companies: countValues(documents, (doc) => stringsOf(doc.fields.companies)),
    yearsOfExperience: YEARS_BANDS.map((band) => ({ value: band.value, count: years.filter((y) => y >= band.min && y < band.max).length })),
  };
}

function talentFields(doc: SearchDocument) {
  const { name, headline, skills } = doc.fields;
  return {
    name: typeof name === 'string' ? name : '',
    headline: typeof headline === 'string' ? headline : null,
    skills: stringsOf(skills),
  };
}

function stringsOf(value: SearchDocument['fields'][string] | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

function fingerprintOf(query: string, mode: SearchMode, filter: string): string {
  return createHash('sha256')
    .update(JSON.stringify([query, mode, filter]))
    .digest('base64url')
    .slice(0, 12);
}

/** An offset into the fused ranking, bound to the search it came from (another query's cursor is refused). */
function encodeSearchCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify([offset, fingerprint])).toString('base64url');
}

function decodeSearchCursor(value: string, fingerprint: string): number {
  try {
    const [offset, of] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= CANDIDATES * 2 && of === fingerprint)
      return offset as number;
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor this search returned', { field: 'after' });
}
