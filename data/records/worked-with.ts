import type { SqlExecutor } from '../ports.ts';
import {
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  type RelationshipSnapshot,
} from '../projections/relationship-projection.ts';
import { rewriteDerivedWorkedWith, type DerivedWorkedWithChange } from './relationship-store.ts';

/**
 * Derived WORKED_WITH relationships: two talents whose employments at one company (compared by
 * NFKC, trimmed, lowercased name) overlap in time worked with each other. Months are `YYYY-MM`
 * (a bare `YYYY` counts from January to December); a position without an end is current (it runs
 * until now); a position without a (readable) start is left out, since nobody can tell whether it
 * overlapped. Both months of an overlap count (one shared month is enough). A pair with several
 * overlaps keeps one: the latest (current ones first), then the company name. The detail is
 * `{ company, from, to }`: the company as the first talent (lower id) spelled it, the first and
 * last shared month (`to` null while both are still there).
 *
 * Recorded relationships are never touched: a recorded WORKED_WITH wins over a derived one.
 *
 * Pairs grow with the square of the people at one company, and at a large employer sharing it says
 * little about having worked together: a company where more than `MAX_DERIVED_COLLEAGUES` talents
 * of the org have a dated position derives no pairs (record those WORKED_WITH by hand), and the
 * pairs it had derived before it grew so large are removed.
 *
 * It lives below the subgraphs with the talent write path (./talent-writes.ts): every write of a talent's
 * employments rewrites them in the same transaction, whether the talent or the resume subgraph writes.
 */
export const MAX_DERIVED_COLLEAGUES = 200;

/**
 * Recomputes the derived rows involving `talentIds` inside the caller's transaction, set-based
 * (one statement of ./relationship-store.ts for any number of talents, then the outbox events):
 * new overlaps are inserted, changed ones rewritten (version + 1), stale ones deleted. A talent
 * that is no longer visible (merged, erased) loses all its derived rows.
 */
export async function syncDerivedWorkedWith(tx: SqlExecutor, orgId: string, talentIds: string[]): Promise<void> {
  if (talentIds.length === 0) return;
  const rows = await rewriteDerivedWorkedWith(tx, orgId, talentIds, MAX_DERIVED_COLLEAGUES);
  const snapshot = (r: DerivedWorkedWithChange): RelationshipSnapshot => ({
    id: r.id,
    orgId,
    fromId: r.from_id,
    toId: r.to_id,
    type: 'WORKED_WITH',
    derived: true,
    detail: r.detail,
    version: r.version,
    createdAt: new Date(r.created_at).toISOString(),
  });
  await appendRelationshipUpserts(tx, rows.filter((r) => r.change === 'upserted').map(snapshot));
  await appendRelationshipDeletions(tx, rows.filter((r) => r.change === 'deleted').map(snapshot));
}
