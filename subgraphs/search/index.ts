import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { SEARCH_STORES, type SearchContext, type SearchStore } from './context.ts';
import { DateTime } from '../../platform/scalars.ts';
import { ResponseWarnings } from '../../platform/warnings.ts';
import { Job } from './resolvers/Job.ts';
import { Query } from './resolvers/Query.ts';
import { Talent } from './resolvers/Talent.ts';
import { TalentSearch } from './talent-search/talent-search.ts';

const resolvers: Resolvers = { DateTime, Query, Talent, Job };

/** Hybrid talent search (keyword, semantic, fused), similar talents and talents suggested for a job, over the projections. */
export const searchSubgraph: SubgraphDefinition<SearchContext, SearchStore> = {
  name: 'search',
  port: (config) => config.ports.search,
  stores: SEARCH_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base) => {
    const warnings = new ResponseWarnings();
    return { ...base, warnings, search: new TalentSearch(base.data, base.viewer, { warnings, logger: base.logger }) };
  },
};

await runStandalone(import.meta.url, [searchSubgraph]);
