import type { SqlExecutor } from '../ports.ts';
import { skillFilterKeys, skillKeysFingerprint, talentSkillKeys } from '../projections/talent-projection.ts';
import { talentFilterSql, type ParsedTalentFilter } from './talent-filter.ts';
import {
  VISIBLE_TALENT_STATUSES,
  toTalentRecord,
  type NewTalent,
  type TalentProfile,
  type TalentProfileUpdate,
  type TalentRecord,
  type DuplicateCandidateRow,
  type TalentRow,
  type VisibleTalentStatus,
} from './talent-record.ts';
export type { DuplicateCandidateRow } from './talent-record.ts';

/**
 * The talents table's one owner: its rows, column lists and SQL (reads, the keyset page, inserts,
 * profile and status updates, the MERGED and ERASED tombstones), whichever subgraph reads or writes
 * it. What must commit with a write (the outbox event, the audit entry, the derived WORKED_WITH
 * relationships) is talent-writes.ts's, the path every talent write takes. It knows no viewer.
 */

/** Talents a reader sees; MERGED and ERASED rows are tombstones. */
export const VISIBLE_TALENT = `status IN (${VISIBLE_TALENT_STATUSES.map((status) => `'${status}'`).join(', ')})`;

export const TALENT_COLUMNS =
  'id, org_id, name, latin_name, chinese_name, headline, skills, languages, emails, phones, location, current_title, current_company, ' +
  'years_of_experience, titles, companies, schools, employments, links, source, owner_id, status, archived_at, consent, version, created_at, updated_at';

/** Each profile field's column and SQL type: what inserts, profile updates and the import's set-based update write. */
const PROFILE_COLUMNS: Record<keyof TalentProfile, { column: string; type: string }> = {
  name: { column: 'name', type: 'text' },
  latinName: { column: 'latin_name', type: 'text' },
  chineseName: { column: 'chinese_name', type: 'text' },
  headline: { column: 'headline', type: 'text' },
  skills: { column: 'skills', type: 'text[]' },
  languages: { column: 'languages', type: 'text[]' },
  emails: { column: 'emails', type: 'text[]' },
  phones: { column: 'phones', type: 'text[]' },
  location: { column: 'location', type: 'text' },
  currentTitle: { column: 'current_title', type: 'text' },
  currentCompany: { column: 'current_company', type: 'text' },
  yearsOfExperience: { column: 'years_of_experience', type: 'numeric' },
  titles: { column: 'titles', type: 'text[]' },
  companies: { column: 'companies', type: 'text[]' },
  schools: { column: 'schools', type: 'text[]' },
  employments: { column: 'employments', type: 'jsonb' },
  links: { column: 'links', type: 'jsonb' },
  source: { column: 'source', type: 'text' },
  ownerId: { column: 'owner_id', type: 'uuid' },
  consent: { column: 'consent', type: 'jsonb' },
};
export const PROFILE_KEYS = Object.keys(PROFILE_COLUMNS) as (keyof TalentProfile)[];
/** The skills' filter keys, written with the skills (SQL cannot compute them: migration 0013), and `skill_keys_taxonomy` beside. */
const SKILL_KEYS_COLUMN = { column: 'skill_keys', type: 'text[]' };
/** A profile as the JSON of a row of the writes' recordsets: its columns, its skills' filter keys, a new talent's idempotency key. */
const profileRow = (profile: Partial<NewTalent> & Pick<TalentProfile, 'skills'>) => ({
  ...Object.fromEntries(PROFILE_KEYS.map((key) => [PROFILE_COLUMNS[key].column, profile[key] ?? null])),
  skill_keys: talentSkillKeys(profile.skills),
  idempotency_key: profile.idempotency?.key ?? null,
  idempotency_hash: profile.idempotency?.hash ?? null,
});
const IDEMPOTENCY_COLUMNS = ['idempotency_key', 'idempotency_hash'].map((column) => ({ column, type: 'text' }));
const ARRAY_DEFAULTS: Partial<Record<keyof TalentProfile, string>> = {
  languages: "'{}'",
  emails: "'{}'",
  phones: "'{}'",
  titles: "'{}'",
  companies: "'{}'",
  schools: "'{}'",
  employments: "'[]'",
  links: "'[]'",
  consent: "'[]'",
  source: "'SOURCED'",
};

// --- reads ---------------------------------------------------------------------------------------

/** The visible talents of the org among `ids` (valid uuids), in no particular order. */
export async function readVisibleTalents(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<TalentRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<TalentRow>(
    `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) AND ${VISIBLE_TALENT}`,
    [orgId, ids],
  );
  return rows.map(toTalentRecord);
}

/**
 * Every organisation's visible talents after `afterId`, in id order: a page of the full scans that
 * rebuild or check the projections (reindex, consistency). Rows, since those compare them as stored.
 */
export async function scanVisibleTalentRows(db: SqlExecutor, afterId: string, limit: number): Promise<TalentRow[]> {
  return db.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE id > $1 AND ${VISIBLE_TALENT} ORDER BY id LIMIT $2`, [
    afterId,
    limit,
  ]);
}

/** Which of `ids` (valid uuids, any organisation) are visible talents, with their organisation. */
export async function visibleTalentOrgs(db: SqlExecutor, ids: readonly string[]): Promise<{ id: string; orgId: string }[]> {
  const rows = await db.query<{ id: string; org_id: string }>(
    `SELECT id, org_id FROM talents WHERE id = ANY ($1::uuid[]) AND ${VISIBLE_TALENT}`,
    [ids],
  );
  return rows.map((row) => ({ id: row.id, orgId: row.org_id }));
}

/** The visible talent `id` (a valid uuid), locked for the rest of the transaction; null when there is none. */
export async function lockVisibleTalent(tx: SqlExecutor, orgId: string, id: string): Promise<TalentRecord | null> {
  const [row] = await tx.query<TalentRow>(
    `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT} FOR UPDATE`,
    [orgId, id],
  );
  return row ? toTalentRecord(row) : null;
}

/** The talent `id` (a valid uuid) of the org whatever its status, or null. */
export async function readTalent(db: SqlExecutor, orgId: string, id: string): Promise<TalentRecord | null> {
  const [row] = await db.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return row ? toTalentRecord(row) : null;
}

/**
 * The talent a contact belongs to: an e-mail match wins over a phone match, the oldest talent among
 * equals (both use the GIN indexes); null when none has one of them.
 */
export async function findTalentByContact(
  db: SqlExecutor,
  orgId: string,
  emails: readonly string[],
  phones: readonly string[],
): Promise<{ talent: TalentRecord; byEmail: boolean } | null> {
  const [match] = await db.query<TalentRow & { by_email: boolean }>(
    `SELECT ${TALENT_COLUMNS}, emails && $2::text[] AS by_email FROM talents
     WHERE org_id = $1 AND (emails && $2::text[] OR phones && $3::text[])
     ORDER BY emails && $2::text[] DESC, created_at, id
     LIMIT 1`,
    [orgId, emails, phones],
  );
  return match ? { talent: toTalentRecord(match), byEmail: match.by_email } : null;
}

/**
 * The orders a talent list can take: each sort key's SQL, and its value as a record holds it (what
 * the next page's cursor carries; the same value the SQL sorts by).
 */
export const TALENT_SORTS = {
  CREATED_AT: { expression: 'created_at', cast: 'timestamptz', valueOf: (t: TalentRecord) => t.createdAt.toISOString() },
  UPDATED_AT: { expression: 'updated_at', cast: 'timestamptz', valueOf: (t: TalentRecord) => t.updatedAt.toISOString() },
  NAME: { expression: 'name', cast: 'text', valueOf: (t: TalentRecord) => t.name },
  // Talents without a figure sort as if they had -1 years: last in DESC, first in ASC.
  YEARS_OF_EXPERIENCE: {
    expression: 'coalesce(years_of_experience, -1)',
    cast: 'numeric',
    valueOf: (t: TalentRecord) => t.yearsOfExperience ?? -1,
  },
} as const;

export type TalentSortKey = keyof typeof TALENT_SORTS;
/** A sort value as a cursor carries it: an ISO date-time, a name, a number of years. */
export type TalentSortValue = ReturnType<(typeof TALENT_SORTS)[TalentSortKey]['valueOf']>;

export interface TalentPageQuery {
  orgId: string;
  filter: ParsedTalentFilter | null;
  sort: TalentSortKey;
  direction: 'ASC' | 'DESC';
  /** The sort value and id of the last row of the previous page. */
  after: { value: TalentSortValue; id: string } | null;
  limit: number;
}

/** A filtered, sorted keyset page of talents (ties broken by id, so paging is stable). */
export async function readTalentPage(db: SqlExecutor, query: TalentPageQuery): Promise<TalentRecord[]> {
  const sort = TALENT_SORTS[query.sort];
  const params: unknown[] = [];
  const where = talentFilterSql(query.orgId, query.filter, params);
  let keyset = '';
  if (query.after) {
    keyset = `AND (${sort.expression}, id) ${query.direction === 'DESC' ? '<' : '>'} ($${params.push(query.after.value)}::${sort.cast}, $${params.push(query.after.id)}::uuid)`;
  }
  const rows = await db.query<TalentRow>(
    `SELECT ${TALENT_COLUMNS} FROM talents WHERE ${where} ${keyset}
     ORDER BY ${sort.expression} ${query.direction}, id ${query.direction} LIMIT $${params.push(query.limit)}`,
    params,
  );
  return rows.map(toTalentRecord);
}

/** How many talents of the org the filter matches. */
export async function countTalents(db: SqlExecutor, orgId: string, filter: ParsedTalentFilter | null): Promise<number> {
  const params: unknown[] = [];
  const where = talentFilterSql(orgId, filter, params);
  const [counted] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM talents WHERE ${where}`, params);
  return counted?.n ?? 0;
}

/** Which of `ids` (valid uuids) are talents of the org the filter matches, in one query (search's filter over its candidates). */
export async function talentIdsMatching(
  db: SqlExecutor,
  orgId: string,
  filter: ParsedTalentFilter | null,
  ids: readonly string[],
): Promise<Set<string>> {
  const params: unknown[] = [];
  const where = talentFilterSql(orgId, filter, params);
  const rows = await db.query<{ id: string }>(`SELECT id FROM talents WHERE ${where} AND id = ANY ($${params.push(ids)}::uuid[])`, params);
  return new Set(rows.map((row) => row.id));
}

/** Every talent of the org, oldest first, up to `limit`; only those with `skill` (any of its names) among their skills when it is given (the demo seed's picks). */
export async function oldestTalentIds(db: SqlExecutor, orgId: string, limit: number, skill?: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM talents WHERE org_id = $1 ${skill === undefined ? '' : 'AND skill_keys && $3::text[]'} ORDER BY created_at, id LIMIT $2`,
    skill === undefined ? [orgId, limit] : [orgId, limit, skillFilterKeys([skill])],
  );
  return rows.map((row) => row.id);
}

/** Whether the org has any talent row at all (the demo seed leaves such an organisation alone). */
export async function hasTalents(db: SqlExecutor, orgId: string): Promise<boolean> {
  const [row] = await db.query('SELECT 1 FROM talents WHERE org_id = $1 LIMIT 1', [orgId]);
  return Boolean(row);
}

/** The visible talent `id` (a uuid) of the org with its name (an application names it), or null. */
export async function readVisibleTalentName(db: SqlExecutor, orgId: string, id: string): Promise<{ id: string; name: string } | null> {
  const [talent] = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT}`,
    [orgId, id],
  );
  return talent ?? null;
}

/** The visible talents among `ids` (uuids), locked so none is merged or erased before the commit. */
export async function lockVisibleTalentIds(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) AND ${VISIBLE_TALENT} FOR SHARE`,
    [orgId, ids],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * The organisation's visible talents other than `talent` that share an e-mail or a phone with it,
 * or a company (compared trimmed and lowercased) from `companyKeys`: those sharing an address
 * first, then the most recently updated, at most `limit` (GIN indexes on e-mails and phones).
 * Names are compared by the caller (the duplicate search).
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

/** The talent's row and the talents merged into it as a data export holds them (JSON; the derived skill keys left out). */
export async function exportTalentRowsOf(
  db: SqlExecutor,
  orgId: string,
  id: string,
): Promise<{ talent: Record<string, unknown> | null; mergedTalents: unknown[] }> {
  const [row] = await db.query<{ talent: Record<string, unknown> | null; merged_talents: unknown[] }>(
    `SELECT (SELECT to_jsonb(t) - 'skill_keys' - 'skill_keys_taxonomy' - 'idempotency_key' - 'idempotency_hash' FROM talents t WHERE t.org_id = $1 AND t.id = $2) AS talent,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'mergedAt', t.updated_at) ORDER BY t.updated_at), '[]')
             FROM talents t WHERE t.org_id = $1 AND t.merged_into = $2) AS merged_talents`,
    [orgId, id],
  );
  return { talent: row!.talent, mergedTalents: row!.merged_talents };
}

// --- writes (talent-writes.ts adds what commits with them: events, audit entries, WORKED_WITH) ------

/** Inserts talents (one statement for any number), in order; the talents as written. */
export async function insertTalentRows(tx: SqlExecutor, orgId: string, inputs: readonly NewTalent[]): Promise<TalentRecord[]> {
  if (inputs.length === 0) return [];
  const columns = [...PROFILE_KEYS.map((key) => PROFILE_COLUMNS[key]), SKILL_KEYS_COLUMN, ...IDEMPOTENCY_COLUMNS];
  const rows = await tx.query<TalentRow>(
    `INSERT INTO talents (org_id, ${columns.map((c) => c.column).join(', ')}, skill_keys_taxonomy)
     SELECT $1, ${PROFILE_KEYS.map((key) => (ARRAY_DEFAULTS[key] ? `coalesce(x.${PROFILE_COLUMNS[key].column}, ${ARRAY_DEFAULTS[key]})` : `x.${PROFILE_COLUMNS[key].column}`)).join(', ')}, x.skill_keys, x.idempotency_key, x.idempotency_hash, $3
     FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (${columns.map((c) => `${c.column} ${c.type}`).join(', ')}))
       WITH ORDINALITY AS x(${columns.map((c) => c.column).join(', ')}, n)
     ORDER BY n
     RETURNING ${TALENT_COLUMNS}`,
    [orgId, JSON.stringify(inputs.map(profileRow)), skillKeysFingerprint()],
  );
  return rows.map(toTalentRecord);
}

/** The talent a create with idempotency `key` made (any status; migration 0015) and that create's input hash; null when none. */
export async function readTalentByIdempotencyKey(db: SqlExecutor, orgId: string, key: string) {
  const [row] = await db.query<TalentRow & { idempotency_hash: string }>(
    `SELECT ${TALENT_COLUMNS}, idempotency_hash FROM talents WHERE org_id = $1 AND idempotency_key = $2`,
    [orgId, key],
  );
  return row ? { talent: toTalentRecord(row), hash: row.idempotency_hash } : null;
}

/**
 * Writes the `keys` of `profile` onto visible talent `current.id` if it is still at `current.version`
 * (version + 1); the talent as written, or null when it moved on (or was merged, erased).
 */
export async function updateTalentProfileFields(
  tx: SqlExecutor,
  current: Pick<TalentRecord, 'orgId' | 'id' | 'version'>,
  profile: TalentProfileUpdate,
  keys: readonly (keyof TalentProfile)[],
): Promise<TalentRecord | null> {
  const params: unknown[] = [current.orgId, current.id, current.version];
  const sets = keys.map((key) => {
    const { column, type } = PROFILE_COLUMNS[key];
    const value = profile[key];
    params.push(type === 'jsonb' ? JSON.stringify(value) : value);
    return `${column} = $${params.length}::${type}`;
  });
  if (keys.includes('skills')) {
    sets.push(`skill_keys = $${params.push(talentSkillKeys(profile.skills ?? []))}::text[]`);
    sets.push(`skill_keys_taxonomy = $${params.push(skillKeysFingerprint())}`);
  }
  const [row] = await tx.query<TalentRow>(
    `UPDATE talents SET ${[...sets, 'version = version + 1', "updated_at = date_trunc('milliseconds', clock_timestamp())"].join(', ')}
     WHERE org_id = $1 AND id = $2 AND version = $3 AND ${VISIBLE_TALENT}
     RETURNING ${TALENT_COLUMNS}`,
    params,
  );
  return row ? toTalentRecord(row) : null;
}

/** The version visible talent `id` is at now, or null when there is none. */
export async function readVisibleTalentVersion(db: SqlExecutor, orgId: string, id: string): Promise<number | null> {
  const [now] = await db.query<{ version: number }>(`SELECT version FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT}`, [
    orgId,
    id,
  ]);
  return now ? now.version : null;
}

const TALENT_COLUMNS_OF_T = TALENT_COLUMNS.split(', ')
  .map((column) => `t.${column}`)
  .join(', ');

/**
 * Writes whole profiles of talents still at `version` (one statement for any number), version + 1;
 * the talents as written. A talent that moved on is left out of the result. The caller (importTalents)
 * appends their events and audit entries, which it records per imported row.
 */
export async function writeTalentProfiles(
  tx: SqlExecutor,
  orgId: string,
  changes: readonly { id: string; version: number; profile: TalentProfile }[],
): Promise<TalentRecord[]> {
  if (changes.length === 0) return [];
  const columns = [...PROFILE_KEYS.map((key) => PROFILE_COLUMNS[key]), SKILL_KEYS_COLUMN];
  const rows = await tx.query<TalentRow>(
    `UPDATE talents AS t SET ${columns.map((c) => `${c.column} = x.${c.column}`).join(', ')}, skill_keys_taxonomy = $3,
       version = t.version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, version int, ${columns.map((c) => `${c.column} ${c.type}`).join(', ')})
     WHERE t.org_id = $1 AND t.id = x.id AND t.version = x.version
     RETURNING ${TALENT_COLUMNS_OF_T}`,
    [orgId, JSON.stringify(changes.map(({ id, version, profile }) => ({ id, version, ...profileRow(profile) }))), skillKeysFingerprint()],
  );
  return rows.map(toTalentRecord);
}

/** Sets a visible talent's status (ACTIVE or ARCHIVED, with its archive time), version + 1; the talent as written. */
export async function setTalentStatus(tx: SqlExecutor, orgId: string, id: string, status: VisibleTalentStatus): Promise<TalentRecord> {
  const [row] = await tx.query<TalentRow>(
    `UPDATE talents SET status = $3, archived_at = CASE WHEN $3 = 'ARCHIVED' THEN date_trunc('milliseconds', clock_timestamp()) END,
            version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2 RETURNING ${TALENT_COLUMNS}`,
    [orgId, id, status],
  );
  return toTalentRecord(row!);
}

// --- the tombstones a merge or an erasure leaves (tombstones.ts adds their outbox events) -----------

/** A talent as a merge locks it: any status, with the talent it was merged into. */
export interface LockedTalent {
  talent: TalentRecord;
  mergedInto: string | null;
}

/** Every talent of the org among `ids` (valid uuids), whatever its status, locked in id order (two overlapping merges wait instead of deadlocking). */
export async function lockTalents(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<LockedTalent[]> {
  const rows = await tx.query<TalentRow & { merged_into: string | null }>(
    `SELECT ${TALENT_COLUMNS}, merged_into FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id FOR UPDATE`,
    [orgId, ids],
  );
  return rows.map((row) => ({ talent: toTalentRecord(row), mergedInto: row.merged_into }));
}

/**
 * Where each of `ids` (uuids) leads now: itself, or for a MERGED talent the talent it was merged
 * into, followed at most 20 deep; with that talent's status (an upstream id follows the person).
 */
export async function followMerges(
  tx: SqlExecutor,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, { id: string; status: string }>> {
  const rows = await tx.query<{ start_id: string; id: string; status: string }>(
    `WITH RECURSIVE chain AS (
       SELECT t.id AS start_id, t.id, t.status, t.merged_into, 0 AS depth FROM talents t WHERE t.org_id = $1 AND t.id = ANY ($2::uuid[])
       UNION ALL
       SELECT c.start_id, t.id, t.status, t.merged_into, c.depth + 1
       FROM chain c JOIN talents t ON t.org_id = $1 AND t.id = c.merged_into
       WHERE c.status = 'MERGED' AND c.depth < 20
     )
     SELECT DISTINCT ON (start_id) start_id, id, status FROM chain ORDER BY start_id, depth DESC`,
    [orgId, [...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.start_id, { id: row.id, status: row.status }]));
}

/** The ids of the talents merged into `id`: the person's earlier identities. */
export async function talentsMergedInto(tx: SqlExecutor, orgId: string, id: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 AND merged_into = $2', [orgId, id]);
  return rows.map((row) => row.id);
}

/** Every personal column cleared; the name says why. */
const personalCleared = (name: '[merged]' | '[erased]') =>
  `name = '${name}', latin_name = NULL, chinese_name = NULL, headline = NULL, skills = '{}', skill_keys = '{}', languages = '{}',
  emails = '{}', phones = '{}', location = NULL, current_title = NULL, current_company = NULL, years_of_experience = NULL,
  titles = '{}', companies = '{}', schools = '{}', employments = '[]', links = '[]', consent = '[]'`;

export type Tombstone = { status: 'MERGED'; mergedInto: string } | { status: 'ERASED' };

/**
 * Turns the talents `ids` into tombstones (version + 1): a MERGED or ERASED row keeps its id
 * (foreign keys, counts, the audit trail) and loses every personal column. Each tombstone's id,
 * version and time (merged: updated, erased: erased).
 */
export async function writeTombstoneRows(
  tx: SqlExecutor,
  orgId: string,
  ids: readonly string[],
  tombstone: Tombstone,
): Promise<{ id: string; version: number; at: Date }[]> {
  const rows =
    tombstone.status === 'MERGED'
      ? await tx.query<{ id: string; version: number; updated_at: Date | string }>(
          `UPDATE talents SET status = 'MERGED', merged_into = $2, ${personalCleared('[merged]')},
                  version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
           WHERE org_id = $1 AND id = ANY ($3::uuid[])
           RETURNING id, version, updated_at`,
          [orgId, tombstone.mergedInto, ids],
        )
      : await tx.query<{ id: string; version: number; updated_at: Date | string }>(
          `UPDATE talents SET status = 'ERASED', erased_at = date_trunc('milliseconds', clock_timestamp()), archived_at = NULL,
                  ${personalCleared('[erased]')}, idempotency_key = NULL, idempotency_hash = NULL,
                  version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
           WHERE org_id = $1 AND id = ANY ($2::uuid[])
           RETURNING id, version, erased_at AS updated_at`,
          [orgId, ids],
        );
  return rows.map((row) => ({ id: row.id, version: row.version, at: new Date(row.updated_at) }));
}

/**
 * Recomputes the skill keys of the rows (of one org, or all) whose `skill_keys_taxonomy` is not skillKeysFingerprint: rows
 * from before migration 0013 or written by plain SQL, all after a taxonomy update. Version and updated_at stay (derived
 * keys only); a row whose skills changed meanwhile is its writer's. How many rows' keys changed (as sets).
 */
export async function refreshSkillKeys(db: SqlExecutor, orgId?: string): Promise<number> {
  const [fingerprint, page] = [skillKeysFingerprint(), 500];
  let [after, changed] = ['00000000-0000-0000-0000-000000000000', 0];
  for (;;) {
    const rows = await db.query<{ id: string; skills: string[] }>(
      `SELECT id, skills FROM talents WHERE skill_keys_taxonomy <> $1 AND id > $2::uuid ${orgId ? 'AND org_id = $4::uuid' : ''} ORDER BY id LIMIT $3`,
      orgId ? [fingerprint, after, page, orgId] : [fingerprint, after, page],
    );
    if (rows.length === 0) return changed;
    const keys = rows.map((row) => ({ id: row.id, skills: row.skills, skill_keys: talentSkillKeys(row.skills) }));
    const updated = await db.query<{ changed: boolean }>(
      `UPDATE talents AS t SET skill_keys = x.skill_keys, skill_keys_taxonomy = $1
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, skills text[], skill_keys text[]) JOIN talents o ON o.id = x.id
       WHERE t.id = x.id AND t.skills = x.skills RETURNING NOT (o.skill_keys @> x.skill_keys AND o.skill_keys <@ x.skill_keys) AS changed`,
      [fingerprint, JSON.stringify(keys)],
    );
    [after, changed] = [rows.at(-1)!.id, changed + updated.filter((row) => row.changed).length];
  }
}
