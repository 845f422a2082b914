import DataLoader from 'dataloader';
import type { DataLayer } from '../../../data/data-layer.ts';
import { isUuid } from '../../../platform/ids.ts';
import type { SearchDocument, SearchHit, VectorMatch } from '../../../data/ports.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../../data/projections/talent-projection.ts';
import type { ParsedTalentFilter, TalentFilter } from '../../../data/records/talent-filter.ts';
import { talentIdsMatching } from '../../../data/records/talent-store.ts';

/**
 * What search reads, store by store, for one organisation: the keyword ranking (search store), the
 * nearest vectors (vector store), the candidates' search documents, and which candidates pass the
 * talent filter in the source of truth (through data/records/talent-store.ts, the talents table's
 * one owner). Knows no viewer and no ranking rule; each method is one round trip (an embedding
 * costs none on a store).
 */
export class TalentSearchStore {
  /** One loader per `k`: the neighbours of a page of talents are one round trip. */
  private readonly similarLoaders = new Map<string, DataLoader<string, VectorMatch[]>>();

  private readonly data: DataLayer<'relational' | 'vector' | 'search'>;

  constructor(data: DataLayer<'relational' | 'vector' | 'search'>) {
    this.data = data;
  }

  /** The best `first` keyword hits (every term, or `any` of them) of the org's talents having every skill key, and how many match in all. */
  keywordHits(
    orgId: string,
    text: string,
    first: number,
    skillKeys: string[],
    match: 'all' | 'any' = 'all',
  ): Promise<{ total: number; hits: SearchHit[] }> {
    return this.data.stores.search.search(TALENT_SEARCH_INDEX.name, orgId, {
      text,
      first,
      filter: skillKeys.length ? { skillKeys } : undefined,
      match,
    });
  }

  /** The org's `k` talents nearest to the text's embedding (as a search query), most similar first; an EmbeddingsError when the model fails. */
  async nearestToText(orgId: string, text: string, k: number): Promise<VectorMatch[]> {
    const [embedding] = await this.data.embedder.embed([text], 'query');
    return this.data.stores.vector.nearest(TALENT_VECTOR_COLLECTION, orgId, embedding!, k);
  }

  /** The search documents of these talents (the ones the projection holds), in one read. */
  async documents(orgId: string, ids: string[]): Promise<Map<string, SearchDocument>> {
    return ids.length ? this.data.stores.search.get(TALENT_SEARCH_INDEX.name, orgId, ids) : new Map();
  }

  /** Which of these talents pass the talent filter in PostgreSQL, in one round trip (the talents table's owner asks). */
  passingFilter(orgId: string, ids: string[], filter: TalentFilter): Promise<Set<string>> {
    return talentIdsMatching(this.data.stores.relational, orgId, filter as ParsedTalentFilter, ids.filter(isUuid));
  }

  /** A talent's `k` nearest talents of the org (itself excluded); the calls of one tick are one round trip. */
  similarTo(orgId: string, talentId: string, k: number): Promise<VectorMatch[]> {
    const key = `${orgId}:${k}`;
    let loader = this.similarLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, VectorMatch[]>(async (ids) => {
        const found = await this.data.stores.vector.similarTo(TALENT_VECTOR_COLLECTION, orgId, [...ids], k);
        return ids.map((id) => found.get(id) ?? []);
      });
      this.similarLoaders.set(key, loader);
    }
    return loader.load(talentId);
  }
}
