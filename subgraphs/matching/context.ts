import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { ResponseWarnings } from '../../platform/warnings.ts';
import type { MatchingAudit } from './audit/matching-audit.ts';
import type { Matching } from './ranking/matching.ts';

/**
 * The stores this subgraph uses, and the only ones its process opens: talents, jobs and the
 * configuration in PostgreSQL, candidates and vectors from the vector store, keyword candidates from
 * the search store, warm paths from the graph, and the cache (configuration notices, the score cache).
 */
export const MATCHING_STORES = ['relational', 'vector', 'search', 'graph', 'cache'] as const satisfies readonly StorePort[];
export type MatchingStore = (typeof MATCHING_STORES)[number];

export interface MatchingContext extends BaseContext<MatchingStore> {
  matching: Matching;
  /** The fairness audit (admins): audit attributes and selection rates (audit/). */
  audit: MatchingAudit;
  /** What this request's answer says about itself (matches scored without the model): extensions.warnings. */
  warnings: ResponseWarnings;
}
