import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';

/** A visible talent that may be a duplicate, with what the scoring compares (its companies from every place a profile names one). */
export interface DuplicateCandidateRow {
  id: string;
  name: string;
  latin_name: string | null;
  chinese_name: string | null;
  emails: string[];
  phones: string[];
  companies: string[];
  current_company: string | null;
  employment_companies: string[];
}

/**
 * The organisation's visible talents other than `talent` that share an e-mail or a phone with it,
 * or a company (compared trimmed and lowercased) from `companyKeys`: those sharing an address
 * first, then the most recently updated, at most `limit` (GIN indexes on e-mails and phones). The
 * read of the talents table the duplicate search needs; names are compared by the caller.
 */
export async function readDuplicateCandidates(
  db: SqlExecutor,
  orgId: string,
  talent: { id: string; emails: readonly string[]; phones: readonly string[] },
  companyKeys: readonly string[],
  limit: number,
): Promise<DuplicateCandidateRow[]> {
  return db.query<DuplicateCandidateRow>(
    `SELECT id, name, latin_name, chinese_name, emails, phones, companies, current_company,
            ARRAY(SELECT e->>'company' FROM jsonb_array_elements(employments) AS e WHERE e->>'company' IS NOT NULL) AS employment_companies
     FROM talents t
     WHERE org_id = $1 AND id <> $2 AND ${VISIBLE_TALENT}
       AND (emails && $3::text[] OR phones && $4::text[]
            OR EXISTS (SELECT 1 FROM unnest(t.companies || t.current_company) AS c WHERE lower(btrim(c)) = ANY ($5::text[]))
            OR EXISTS (SELECT 1 FROM jsonb_array_elements(t.employments) AS e WHERE lower(btrim(e->>'company')) = ANY ($5::text[])))
     ORDER BY (emails && $3::text[] OR phones && $4::text[]) DESC, updated_at DESC, id
     LIMIT $6`,
    [orgId, talent.id, talent.emails, talent.phones, companyKeys, limit],
  );
}
