import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { ResponseWarnings } from '../../platform/warnings.ts';
import type { TalentSearch } from './talent-search/talent-search.ts';

/** The stores this subgraph uses, and the only ones its process opens. Keyword hits from the search index, semantic ones from the vectors, filters and jobs from PostgreSQL. */
export const SEARCH_STORES = ['relational', 'vector', 'search'] as const satisfies readonly StorePort[];
export type SearchStore = (typeof SEARCH_STORES)[number];

export interface SearchContext extends BaseContext<SearchStore> {
  search: TalentSearch;
  /** What this request's answer says about itself (a search ranked without the model): extensions.warnings. */
  warnings: ResponseWarnings;
}
