import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { DataLayer } from '../../../data/data-layer.ts';
import type { SearchDocument, SearchHit, VectorMatch } from '../../../data/ports.ts';
import { skillFilterKeys, talentSkillKeys } from '../../../data/projections/talent-projection.ts';
import { isUuid } from '../../../platform/ids.ts';
import { talentFilterSchema, type TalentFilter } from '../../../data/records/talent-filter.ts';
import { tokenize } from '../../../data/text/tokenize.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { enumValues } from '../../../platform/enum-values.ts';
import { badInput } from '../../../platform/errors.ts';
import { EmbeddingsError } from '../../../data/embeddings/embedder.ts';
import { isOfflineModel } from '../../../data/embeddings/model-text.ts';
import { connectionFrom, decodeListCursor, encodeListCursor } from '../../../platform/pagination.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import type { ResponseWarnings } from '../../../platform/warnings.ts';
import type { SearchMode } from '../__generated__/resolvers-types.ts';
import { highlightFields, reasonsFor } from './highlights.ts';
import { expandQuery, expandQueryForKeywords, recogniseQuery, withPartialMatches } from './query-expansion.ts';
import { modelQueryText } from './semantic-query.ts';
import { conceptCoverage, queryConcepts, type QueryConcept } from './keyword-coverage.ts';
import { rankByMode, type KeywordWeight, type Ranked } from './rank-fusion.ts';
import { facetsOf, stringsOf, talentFields, type SearchFacets } from './search-facets.ts';
import { TalentSearchStore } from './talent-search-store.ts';

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
/** Fewer full keyword matches than this (a page) and HYBRID's partial ones follow them: see hybridKeywordRanking. */
export const PARTIAL_MATCHES_BELOW = 10;
const MAX_PAGE = 100;
const MAX_SIMILAR = 50;
/** A cursor's offset past both rankings' candidates is not one this search returned. */
const MAX_OFFSET = CANDIDATES * 2;

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
  mode: z.enum(enumValues<SearchMode>()(['HYBRID', 'KEYWORD', 'SEMANTIC'])),
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

/** A search's arguments checked and resolved: what each store is asked, and what decides afterwards. */
export interface SearchPlan {
  query: string;
  first: number;
  mode: SearchMode;
  /** The talent filter, the deprecated `skills` taken out (it is `skillsAll` by another name). */
  filter: TalentFilter;
  /** Skills every match has (skill keys): `skills` and `skillsAll` together; the search store applies them. */
  skillKeys: string[];
  /** The statuses a match may have (default: ACTIVE only). */
  statuses: Set<string>;
  /** Whether a condition the search documents cannot answer is given (it goes to PostgreSQL, over the candidates only). */
  needsSourceOfTruth: boolean;
  /** The cursor scope: this query, mode and filter, so another search's cursor is refused. */
  cursorScope: string;
}

/** Checks a search's arguments (BAD_USER_INPUT naming the field) and resolves its defaults. */
export function planSearch(input: Omit<SearchInput, 'after'>): SearchPlan {
  const args = parseInput(searchInput, {
    query: input.query,
    first: input.first ?? 20,
    mode: input.mode ?? 'HYBRID',
    filter: input.filter,
  });
  const { skills: legacySkills, ...filter } = args.filter ?? {};
  const skillKeys = skillFilterKeys([...(legacySkills ?? []), ...(filter.skillsAll ?? [])]);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([args.query, args.mode, JSON.stringify([skillKeys, filter])]))
    .digest('base64url')
    .slice(0, 12);
  return {
    query: args.query,
    first: args.first,
    mode: args.mode,
    filter,
    skillKeys,
    statuses: new Set<string>(filter.status?.length ? filter.status : ['ACTIVE']),
    needsSourceOfTruth: Object.entries(filter).some(([key, value]) => !['skillsAll', 'status'].includes(key) && value != null),
    cursorScope: `search:${fingerprint}`,
  };
}

type KeywordHits = { total: number; hits: SearchHit[] };
/** The talents having every term (KEYWORD's answer), and the keyword ranking a mode fuses (see hybridKeywordRanking). */
export interface KeywordRanking {
  full: KeywordHits;
  ranking: KeywordHits;
  /** The query's concepts, when `ranking` holds partial matches: what weighs them in the fusion. */
  concepts: QueryConcept[];
}
const onlyFull = (full: KeywordHits): KeywordRanking => ({ full, ranking: full, concepts: [] });

/**
 * HYBRID's weight of a keyword hit (see rankByMode): 1 for a talent having every term, else the share of the
 * query's concepts its search document holds.
 */
export function keywordWeight({ full, ranking, concepts }: KeywordRanking, documents: Map<string, SearchDocument>): KeywordWeight {
  if (ranking === full) return () => 1;
  const fullIds = new Set(full.hits.map((h) => h.id));
  return (id) => (fullIds.has(id) ? 1 : conceptCoverage(concepts, documents.get(id)));
}

/** A position in the fused ranking, bound to the search it came from (pages have no stable key but the rank). */
export function searchCursor(plan: Pick<SearchPlan, 'cursorScope'>, position: number): string {
  return encodeListCursor<['integer']>(plan.cursorScope, [position]);
}

/** Where the page after `after` starts: 0 without one; BAD_USER_INPUT on `after` for another search's cursor. */
export function searchOffset(plan: Pick<SearchPlan, 'cursorScope'>, after: string | null | undefined): number {
  if (!after) return 0;
  const [offset] = decodeListCursor(after, plan.cursorScope, ['integer']);
  if (offset > MAX_OFFSET) throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
  return offset;
}

/** The semantic matches among the nearest vectors: see MIN_SIMILARITY. */
export function similarEnough(nearest: VectorMatch[]): VectorMatch[] {
  const cut = Math.max(MIN_SIMILARITY, RELATIVE_SIMILARITY * (nearest[0]?.score ?? 0));
  return nearest.filter((m) => m.score >= cut);
}

/**
 * Whether a candidate passes the filter: in the search projection, allowed by the source of truth
 * (when it was asked), of an allowed status, and having every filtered skill.
 */
export function passesFilter(
  plan: Pick<SearchPlan, 'statuses' | 'skillKeys'>,
  id: string,
  doc: SearchDocument | undefined,
  allowed: Set<string> | null,
): boolean {
  if (!doc) return false; // not (yet) in the search projection
  if (allowed && !allowed.has(id)) return false;
  if (!plan.statuses.has(typeof doc.fields.status === 'string' ? doc.fields.status : 'ACTIVE')) return false;
  if (!plan.skillKeys.length) return true;
  const keys = documentSkillKeys(doc);
  return plan.skillKeys.every((skill) => keys.has(skill));
}

/**
 * The document's skill filter keys as the index stores them (`skillKeys`, what the store's own skill filter compares);
 * computed from its `skills` only for a document indexed before it had them.
 */
function documentSkillKeys(doc: SearchDocument): Set<string> {
  const stored = doc.fields.skillKeys;
  return new Set(stored === undefined || stored === null ? talentSkillKeys(stringsOf(doc.fields.skills)) : stringsOf(stored));
}

export function checkSimilarFirst(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR)
    throw badInput(`first must be between 1 and ${MAX_SIMILAR}`, { field: 'first' });
  return first;
}

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
  facets: SearchFacets;
}

/**
 * Hybrid talent search over the projections: keyword search in the search store, nearest vectors
 * in the vector store, fused by reciprocal rank fusion (a partial keyword match weighted by the share of the
 * query's concepts it holds). Knows nothing of GraphQL. A page costs one
 * search round trip for the keyword ranking, one vector round trip, and one search round trip to
 * read the candidates' documents (filters on semantic results, facets, highlights), whatever its size.
 */
export class TalentSearch {
  private readonly store: TalentSearchStore;
  private readonly isOfflineModel: boolean;
  private readonly viewer: Viewer | null;
  private readonly degraded: { warnings: ResponseWarnings; logger: Logger } | undefined;

  /** `degraded`: where a search ranked without the embedding model says so (the response's extensions, the log). */
  constructor(
    data: DataLayer<'relational' | 'vector' | 'search'>,
    viewer: Viewer | null,
    degraded?: { warnings: ResponseWarnings; logger: Logger },
  ) {
    this.store = new TalentSearchStore(data);
    this.isOfflineModel = isOfflineModel(data.embedder.model);
    this.viewer = viewer;
    this.degraded = degraded;
  }

  /**
   * The semantic matches, or null when the embedding model failed (EmbeddingsError): the search then
   * ranks by keywords alone and says so in the response's warnings, instead of failing.
   */
  private async semanticMatches(orgId: string, query: string): Promise<VectorMatch[] | null> {
    try {
      // The skills the query names by an alias or with a typo, by name too: what a profile lists. A real model
      // also gets the words the offline embedder reads as features (pinyin, roles): see modelQueryText.
      const text = this.isOfflineModel ? expandQuery(query) : modelQueryText(query);
      return similarEnough(await this.store.nearestToText(orgId, text, CANDIDATES));
    } catch (error) {
      if (!(error instanceof EmbeddingsError)) throw error;
      this.degraded?.logger.warn({ err: error, kind: error.kind }, 'embedding model unavailable: search falls back to keyword ranking');
      this.degraded?.warnings.add(
        'SEMANTIC_SEARCH_UNAVAILABLE',
        'The embedding model is unavailable: these results are ranked by keywords only.',
      );
      return null;
    }
  }

  /**
   * HYBRID's keyword side: the talents having every term (`full`, what KEYWORD returns); when fewer than
   * a page do, the ones having some terms of the query, of the skills it names by an alias and of their
   * related skills, and of the job titles, families and levels it names in either language or in pinyin
   * (expandQueryForKeywords) follow them in `ranking`. A query in someone else's words rarely repeats a profile word for word, and
   * every-term matching alone then gives the fusion nothing; in the fusion a partial match counts by the share of
   * the query's concepts it holds (keywordWeight), so one of common words alone counts nothing.
   */
  private async hybridKeywordRanking(orgId: string, plan: SearchPlan): Promise<KeywordRanking> {
    const full = await this.store.keywordHits(orgId, plan.query, CANDIDATES, plan.skillKeys);
    if (full.hits.length >= PARTIAL_MATCHES_BELOW) return onlyFull(full);
    const recognised = recogniseQuery(plan.query);
    const partial = await this.store.keywordHits(orgId, expandQueryForKeywords(recognised), CANDIDATES, plan.skillKeys, 'any');
    return { full, ranking: withPartialMatches(full, partial, CANDIDATES), concepts: queryConcepts(recognised) };
  }

  async search(input: SearchInput): Promise<SearchConnection> {
    const viewer = requireScope(this.viewer, 'talent:read');
    const plan = planSearch(input);
    const offset = searchOffset(plan, input.after);
    const { orgId } = viewer;

    const keywordHits = () => this.store.keywordHits(orgId, plan.query, CANDIDATES, plan.skillKeys);
    const [keywordFirst, semantic] = await Promise.all([
      plan.mode === 'SEMANTIC' ? null : plan.mode === 'HYBRID' ? this.hybridKeywordRanking(orgId, plan) : keywordHits().then(onlyFull),
      plan.mode === 'KEYWORD' ? null : this.semanticMatches(orgId, plan.query),
    ]);
    // Without the model, SEMANTIC and HYBRID rank as KEYWORD does (SEMANTIC asks the search store only now).
    const degraded = plan.mode !== 'KEYWORD' && semantic === null;
    const keyword = degraded ? (keywordFirst?.full ?? (await keywordHits())) : (keywordFirst?.ranking ?? null);
    const mode: SearchMode = degraded ? 'KEYWORD' : plan.mode;

    // The candidates' documents, in one read: the vector store holds no skills, so filters on
    // semantic matches, facets and highlights all come from here.
    const candidateIds = [...new Set([...(keyword?.hits.map((h) => h.id) ?? []), ...(semantic?.map((m) => m.id) ?? [])])];
    const documents = await this.store.documents(orgId, candidateIds);
    const allowed =
      plan.needsSourceOfTruth && candidateIds.length ? await this.store.passingFilter(orgId, candidateIds, plan.filter) : null;
    const passes = (id: string) => passesFilter(plan, id, documents.get(id), allowed);

    const ranked = rankByMode(
      mode,
      (keyword?.hits ?? []).filter((h) => passes(h.id)),
      (semantic ?? []).filter((m) => passes(m.id)),
      keywordFirst ? keywordWeight(keywordFirst, documents) : undefined,
    );
    // Keyword matches beyond the candidates still count (the store counts them all), unless a
    // filter the store cannot apply decided over the candidates.
    const beyondCandidates = keyword && !plan.needsSourceOfTruth ? Math.max(0, keyword.total - keyword.hits.length) : 0;
    const totalCount = ranked.length + beyondCandidates;

    // Offsets, not keys: a ranking has no stable key, so a cursor is the position after its row.
    const rows = ranked.slice(offset, offset + plan.first + 1).map((hit, i) => ({ hit, position: offset + i + 1 }));
    const page = connectionFrom(
      rows,
      plan.first,
      (row) => searchCursor(plan, row.position),
      async () => totalCount,
      offset > 0,
    );
    return {
      edges: page.edges.map(({ node: { hit }, cursor }) => this.edge(plan.query, hit, cursor, documents.get(hit.id)!)),
      pageInfo: page.pageInfo,
      totalCount,
      facets: facetsOf(ranked.map((hit) => documents.get(hit.id)!)),
    };
  }

  private edge(query: string, hit: Ranked, cursor: string, document: SearchDocument): SearchEdge {
    const highlights = highlightFields(query, talentFields(document));
    return {
      cursor,
      node: { id: hit.id },
      score: hit.score,
      highlights: highlights.map(({ field, snippet }) => ({ field, snippet })),
      reasons: reasonsFor(hit, highlights),
    };
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
    const matches = await this.store.similarTo(viewer.orgId, talentId, k);
    return matches.map((m) => ({ talent: { id: m.id }, score: m.score }));
  }
}
