import type { BaseContext } from '../../platform/subgraph.ts';
import type { TalentSearch } from './talent-search.ts';

export interface SearchContext extends BaseContext {
  search: TalentSearch;
}
