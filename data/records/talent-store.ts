import { appendToOutbox } from '../outbox.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';
import { TALENT_AGGREGATE, toTalentSnapshot } from '../projections/talent-projection.ts';
import { recordAudit, type Actor, type AuditEvent } from '../audit/audit-recorder.ts';
import type { ImportSource } from '../audit/audit-events.ts';
import { ErrorCode, LoomaError, notFound } from '../../platform/errors.ts';
import { talentFilterSql, type ParsedTalentFilter } from './talent-filter.ts';
import {
  VISIBLE_TALENT_STATUSES,
  auditView,
  profileOf,
  type NewTalent,
  type TalentConsent,
  type TalentEmployment,
  type TalentLink,
  type TalentProfile,
  type TalentProfileUpdate,
  type TalentRecord,
  type TalentStatus,
  type VisibleTalentStatus,
} from './talent-record.ts';
import { syncDerivedWorkedWith } from './worked-with.ts';

/**
 * The talents table's one owner: its rows, column lists and SQL (reads, the keyset page, inserts,
 * profile and status updates). Every talent write goes through here with what must commit with it
 * (the outbox event, the audit entry, the derived WORKED_WITH relationships), whichever subgraph
 * writes: the talent subgraph's CRM, the resume subgraph's intake. It knows no viewer: callers
 * check scopes and pass the actor the audit log names.
 */

/** Talents a reader sees; MERGED and ERASED rows are tombstones. */
export const VISIBLE_TALENT = `status IN (${VISIBLE_TALENT_STATUSES.map((status) => `'${status}'`).join(', ')})`;

export interface TalentRow {
  id: string;
  org_id: string;
  name: string;
  latin_name: string | null;
  chinese_name: string | null;
  headline: string | null;
  skills: string[];
  languages: string[];
  emails: string[];
  phones: string[];
  location: string | null;
  current_title: string | null;
  current_company: string | null;
  /** numeric: pg returns it as a string. */
  years_of_experience: string | number | null;
  titles: string[];
  companies: string[];
  schools: string[];
  employments: TalentEmployment[];
  links: TalentLink[];
  source: string;
  owner_id: string | null;
  status: TalentStatus;
  archived_at: Date | string | null;
  consent: TalentConsent[];
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const TALENT_COLUMNS =
  'id, org_id, name, latin_name, chinese_name, headline, skills, languages, emails, phones, location, current_title, current_company, ' +
  'years_of_experience, titles, companies, schools, employments, links, source, owner_id, status, archived_at, consent, version, created_at, updated_at';

export function toTalentRecord(row: TalentRow): TalentRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    latinName: row.latin_name,
    chineseName: row.chinese_name,
    headline: row.headline,
    skills: row.skills,
    languages: row.languages,
    emails: row.emails,
    phones: row.phones,
    location: row.location,
    currentTitle: row.current_title,
    currentCompany: row.current_company,
    yearsOfExperience: row.years_of_experience === null ? null : Number(row.years_of_experience),
    titles: row.titles,
    companies: row.companies,
    schools: row.schools,
    employments: row.employments,
    links: row.links,
    source: row.source,
    ownerId: row.owner_id,
    status: row.status,
    archivedAt: row.archived_at === null ? null : new Date(row.archived_at),
    consent: row.consent,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

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

// --- writes: the path every talent write shares ----------------------------------------------------

/** A stale `version`: the talent changed since the client read it. */
export const staleVersion = (id: string, currentVersion: number) =>
  new LoomaError(ErrorCode.CONFLICT, `Talent ${id} changed meanwhile (now at version ${currentVersion}); reload it and try again`, {
    id,
    currentVersion,
  });

/** Inserts talents and their outbox events in one transaction (the demo seed uses the same path). */
export async function createTalents(
  db: RelationalStore,
  orgId: string,
  inputs: NewTalent[],
  actor: Actor = 'system',
): Promise<TalentRecord[]> {
  return db.transaction((tx) => insertTalents(tx, orgId, inputs, actor));
}

/**
 * Inserts talents (one statement for any number) with their outbox events and audit entries inside the caller's transaction.
 * Each is recorded as `talent.create`, or as `talent.import` with its source when `audit.importedFrom` names it (importTalents).
 */
export async function insertTalents(
  tx: SqlExecutor,
  orgId: string,
  inputs: NewTalent[],
  actor: Actor = 'system',
  audit: { importedFrom?: (talent: TalentRecord, index: number) => ImportSource } = {},
): Promise<TalentRecord[]> {
  if (inputs.length === 0) return [];
  const columns = PROFILE_KEYS.map((key) => PROFILE_COLUMNS[key]);
  const rows = await tx.query<TalentRow>(
    `INSERT INTO talents (org_id, ${columns.map((c) => c.column).join(', ')})
     SELECT $1, ${PROFILE_KEYS.map((key) => (ARRAY_DEFAULTS[key] ? `coalesce(x.${PROFILE_COLUMNS[key].column}, ${ARRAY_DEFAULTS[key]})` : `x.${PROFILE_COLUMNS[key].column}`)).join(', ')}
     FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (${columns.map((c) => `${c.column} ${c.type}`).join(', ')}))
       WITH ORDINALITY AS x(${columns.map((c) => c.column).join(', ')}, n)
     ORDER BY n
     RETURNING ${TALENT_COLUMNS}`,
    [
      orgId,
      JSON.stringify(inputs.map((t) => Object.fromEntries(PROFILE_KEYS.map((key) => [PROFILE_COLUMNS[key].column, t[key] ?? null])))),
    ],
  );
  const talents = rows.map(toTalentRecord);
  await appendTalentEvents(tx, talents);
  const employed = talents.filter((t) => t.employments.length > 0).map((t) => t.id);
  if (employed.length) await syncDerivedWorkedWith(tx, orgId, employed);
  await recordAudit(
    tx,
    orgId,
    actor,
    talents.map((t, i): AuditEvent => {
      const entry = { entityType: 'talent', entityId: t.id, talentId: t.id } as const;
      return audit.importedFrom
        ? { ...entry, action: 'talent.import', after: { ...auditView(t), ...audit.importedFrom(t, i), outcome: 'CREATED' } }
        : { ...entry, action: 'talent.create', after: auditView(t) };
    }),
  );
  return talents;
}

/**
 * Writes the given fields of a talent's profile inside the caller's transaction, version + 1, with
 * its outbox event and audit entry. `current` is the talent as the caller read it: the row must
 * still be at its version, or the change is a CONFLICT (nothing is read again here).
 */
export async function updateTalentProfile(
  tx: SqlExecutor,
  current: TalentRecord,
  profile: TalentProfileUpdate,
  actor: Actor = 'system',
): Promise<TalentRecord> {
  const { orgId, id } = current;
  const currentProfile = profileOf(current);
  // Only what differs is written: an update that changes nothing keeps the version and records nothing.
  const keys = PROFILE_KEYS.filter(
    (key) => profile[key] !== undefined && JSON.stringify(profile[key]) !== JSON.stringify(currentProfile[key]),
  );
  if (keys.length === 0) return current;
  const params: unknown[] = [orgId, id, current.version];
  const sets = keys.map((key) => {
    const { column, type } = PROFILE_COLUMNS[key];
    const value = profile[key];
    params.push(type === 'jsonb' ? JSON.stringify(value) : value);
    return `${column} = $${params.length}::${type}`;
  });
  const [row] = await tx.query<TalentRow>(
    `UPDATE talents SET ${[...sets, 'version = version + 1', "updated_at = date_trunc('milliseconds', clock_timestamp())"].join(', ')}
     WHERE org_id = $1 AND id = $2 AND version = $3 AND ${VISIBLE_TALENT}
     RETURNING ${TALENT_COLUMNS}`,
    params,
  );
  if (!row) {
    // Changed (or merged, erased) since the caller read it: say what it is now.
    const [now] = await tx.query<{ version: number }>(`SELECT version FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT}`, [
      orgId,
      id,
    ]);
    throw now ? staleVersion(id, now.version) : notFound('Talent', id);
  }
  const talent = toTalentRecord(row);
  await appendTalentEvents(tx, [talent]);
  // Colleagues follow employments: derived WORKED_WITH relationships are rewritten with them.
  if (keys.includes('employments')) await syncDerivedWorkedWith(tx, orgId, [id]);
  const previous = auditView(current);
  const next = auditView(talent);
  const changed = Object.keys(next).filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]) && key !== 'version');
  await recordAudit(tx, orgId, actor, [
    {
      action: 'talent.update',
      entityType: 'talent',
      entityId: id,
      talentId: id,
      before: Object.fromEntries(changed.map((key) => [key, previous[key]])),
      after: { ...Object.fromEntries(changed.map((key) => [key, next[key]])), changed, version: talent.version },
    },
  ]);
  return talent;
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
  const columns = PROFILE_KEYS.map((key) => PROFILE_COLUMNS[key]);
  const rows = await tx.query<TalentRow>(
    `UPDATE talents AS t SET ${columns.map((c) => `${c.column} = x.${c.column}`).join(', ')},
       version = t.version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, version int, ${columns.map((c) => `${c.column} ${c.type}`).join(', ')})
     WHERE t.org_id = $1 AND t.id = x.id AND t.version = x.version
     RETURNING ${TALENT_COLUMNS_OF_T}`,
    [
      orgId,
      JSON.stringify(
        changes.map(({ id, version, profile }) => ({
          id,
          version,
          ...Object.fromEntries(PROFILE_KEYS.map((key) => [PROFILE_COLUMNS[key].column, profile[key]])),
        })),
      ),
    ],
  );
  return rows.map(toTalentRecord);
}

/**
 * Sets a visible talent's status (ACTIVE or ARCHIVED, with its archive time), version + 1, with its
 * outbox event, inside the caller's transaction; the caller records why (archive, restore).
 */
export async function writeTalentStatus(tx: SqlExecutor, orgId: string, id: string, status: VisibleTalentStatus): Promise<TalentRecord> {
  const [row] = await tx.query<TalentRow>(
    `UPDATE talents SET status = $3, archived_at = CASE WHEN $3 = 'ARCHIVED' THEN date_trunc('milliseconds', clock_timestamp()) END,
            version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2 RETURNING ${TALENT_COLUMNS}`,
    [orgId, id, status],
  );
  const talent = toTalentRecord(row!);
  await appendTalentEvents(tx, [talent]);
  return talent;
}

/** The `talent.upserted` events (full snapshots) of talents just written, in the writer's transaction. */
export async function appendTalentEvents(tx: SqlExecutor, talents: TalentRecord[]): Promise<void> {
  await appendToOutbox(
    tx,
    talents.map((t) => ({
      orgId: t.orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: t.id,
      aggregateVersion: t.version,
      eventType: `${TALENT_AGGREGATE}.upserted`,
      payload: toTalentSnapshot(t) as unknown as Record<string, unknown>,
    })),
  );
}
