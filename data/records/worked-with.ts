import { VISIBLE_TALENT } from './talent-store.ts';
import type { SqlExecutor } from '../ports.ts';
import {
  appendRelationshipDeletions,
  appendRelationshipUpserts,
  type RelationshipSnapshot,
} from '../projections/relationship-projection.ts';

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
 * It lives below the subgraphs with the talent write path (./talent-store.ts): every write of a talent's
 * employments rewrites them in the same transaction, whether the talent or the resume subgraph writes.
 */
export const MAX_DERIVED_COLLEAGUES = 200;
const MONTH = String.raw`'^\d{4}-(0[1-9]|1[0-2])$'`;
const YEAR = String.raw`'^\d{4}$'`;

/**
 * Recomputes the derived rows involving `talentIds` inside the caller's transaction, set-based
 * (one statement for any number of talents, then the outbox events): new overlaps are inserted,
 * changed ones rewritten (version + 1), stale ones deleted. A talent that is no longer visible
 * (merged, erased) loses all its derived rows.
 */
export async function syncDerivedWorkedWith(tx: SqlExecutor, orgId: string, talentIds: string[]): Promise<void> {
  if (talentIds.length === 0) return;
  const rows = await tx.query<{
    change: 'upserted' | 'deleted';
    id: string;
    from_id: string;
    to_id: string;
    detail: Record<string, unknown>;
    version: number;
    created_at: Date | string;
  }>(
    `WITH ids AS (SELECT DISTINCT unnest($2::uuid[]) AS id),
     company_keys AS (
       SELECT coalesce(array_agg(DISTINCT k), '{}') AS keys
       FROM talents t CROSS JOIN LATERAL unnest(t.employment_company_keys) AS k
       WHERE t.org_id = $1 AND t.id IN (SELECT id FROM ids) AND t.${VISIBLE_TALENT}
     ),
     all_positions AS (
       SELECT t.id AS talent_id, t.id IN (SELECT id FROM ids) AS is_given, btrim(e.company) AS company,
              lower(btrim(normalize(e.company, NFKC))) AS company_key,
              CASE WHEN e.start ~ ${MONTH} THEN e.start WHEN e.start ~ ${YEAR} THEN e.start || '-01' END AS start_month,
              CASE WHEN e."end" IS NULL OR btrim(e."end") = '' OR lower(e."end") = 'present' THEN '9999-12'
                   WHEN e."end" ~ ${MONTH} THEN e."end" WHEN e."end" ~ ${YEAR} THEN e."end" || '-12' END AS end_month
       FROM talents t
       CROSS JOIN LATERAL jsonb_to_recordset(t.employments) AS e(company text, start text, "end" text)
       WHERE t.org_id = $1 AND t.${VISIBLE_TALENT} AND t.employment_company_keys && (SELECT keys FROM company_keys)
         AND btrim(coalesce(e.company, '')) <> ''
     ),
     -- Companies with more talents of the org than the limit derive nothing (see the module comment).
     crowded AS (
       SELECT company_key FROM all_positions WHERE start_month IS NOT NULL
       GROUP BY company_key HAVING count(DISTINCT talent_id) > $3
     ),
     positions AS (SELECT * FROM all_positions WHERE company_key NOT IN (SELECT company_key FROM crowded)),
     overlap_pairs AS (
       SELECT DISTINCT ON (from_id, to_id) from_id, to_id,
              jsonb_build_object('company', company, 'from', from_month, 'to', nullif(to_month, '9999-12')) AS detail
       FROM (
         SELECT least(m.talent_id, o.talent_id) AS from_id, greatest(m.talent_id, o.talent_id) AS to_id,
                CASE WHEN m.talent_id < o.talent_id THEN m.company ELSE o.company END AS company,
                greatest(m.start_month, o.start_month) AS from_month, least(m.end_month, o.end_month) AS to_month
         FROM positions m
         JOIN positions o ON o.company_key = m.company_key AND o.talent_id <> m.talent_id
         WHERE m.is_given AND m.start_month IS NOT NULL AND o.start_month IS NOT NULL
           AND m.end_month IS NOT NULL AND o.end_month IS NOT NULL
       ) pairs
       WHERE from_month <= to_month
       ORDER BY from_id, to_id, to_month DESC, from_month DESC, company
     ),
     stale AS (
       DELETE FROM talent_relationships r
       WHERE r.org_id = $1 AND r.derived AND r.type = 'WORKED_WITH'
         AND NOT EXISTS (SELECT 1 FROM overlap_pairs p WHERE p.from_id = r.from_id AND p.to_id = r.to_id)
         AND (
           r.from_id IN (SELECT id FROM ids) OR r.to_id IN (SELECT id FROM ids)
           -- A company that became crowded loses its derived pairs, whoever they join.
           OR lower(btrim(normalize(r.detail->>'company', NFKC))) IN (SELECT company_key FROM crowded)
         )
       RETURNING r.id, r.from_id, r.to_id, r.detail, r.version, r.created_at
     ),
     written AS (
       INSERT INTO talent_relationships AS r (org_id, from_id, to_id, type, derived, detail, created_by)
       SELECT $1, from_id, to_id, 'WORKED_WITH', true, detail, 'system' FROM overlap_pairs
       ON CONFLICT (org_id, from_id, to_id, type) DO UPDATE
         SET detail = EXCLUDED.detail, version = r.version + 1
         WHERE r.derived AND r.detail IS DISTINCT FROM EXCLUDED.detail
       RETURNING r.id, r.from_id, r.to_id, r.detail, r.version, r.created_at
     )
     SELECT 'deleted' AS change, * FROM stale
     UNION ALL
     SELECT 'upserted', * FROM written`,
    [orgId, talentIds, MAX_DERIVED_COLLEAGUES],
  );
  const snapshot = (r: (typeof rows)[number]): RelationshipSnapshot => ({
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
