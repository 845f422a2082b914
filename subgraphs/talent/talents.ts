import { z } from 'zod';
import { appendToOutbox } from '../../data/outbox.ts';
import {
  TALENT_COLUMNS,
  VISIBLE_TALENT,
  isUuid,
  toTalentRecord,
  type Loaders,
  type TalentRecord,
  type TalentRow,
} from '../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { TALENT_AGGREGATE, toTalentSnapshot } from '../../data/projections/talent-projection.ts';
import { talentFilterSchema, talentFilterSql, type TalentFilter } from '../../data/talent-filter.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { ErrorCode, LoomaError, badInput, notFound } from '../../platform/errors.ts';
import { decodeSortCursor, encodeSortCursor, pageSize, type Connection } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { recordAudit, type Actor, type AuditEvent } from '../../data/audit/audit-recorder.ts';
import type { ImportSource, TalentAuditView } from '../../data/audit/audit-events.ts';
import { orgUserIds } from './org-users.ts';
import { addTagsInTransaction } from './tags/tags.ts';
import { syncDerivedWorkedWith } from './relationships/worked-with.ts';
import { createTalentSchema, newTalentProfile, updateTalentSchema, updatedTalentProfile, type TalentProfile } from './talent-fields.ts';
import type { SortDirection } from './__generated__/resolvers-types.ts';

export type { TalentFilter } from '../../data/talent-filter.ts';
export type { TalentProfile } from './talent-fields.ts';

const MAX_PAGE = 100;

// --- list sort -----------------------------------------------------------------------------------

const SORTS = {
  CREATED_AT: { expression: 'created_at', kind: 'date' },
  UPDATED_AT: { expression: 'updated_at', kind: 'date' },
  NAME: { expression: 'name', kind: 'text' },
  // Talents without a figure sort as if they had -1 years: last in DESC, first in ASC.
  YEARS_OF_EXPERIENCE: { expression: 'coalesce(years_of_experience, -1)', kind: 'number' },
} as const;

export interface TalentSort {
  field: keyof typeof SORTS;
  direction?: SortDirection | null;
}

/** The talent domain: validation, tenancy, the writes with their outbox events and audit, filtered keyset pages. Knows nothing of GraphQL. */
export class Talents {
  constructor(
    private readonly db: RelationalStore,
    private readonly loaders: Loaders,
  ) {}

  async get(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord | null> {
    requireScope(viewerOrNull, 'talent:read');
    if (!isUuid(id)) return null;
    return this.loaders.talentById.load(id);
  }

  async list(
    viewerOrNull: Viewer | null,
    args: { filter?: TalentFilter | null; sort?: TalentSort | null; first?: number | null; after?: string | null },
  ): Promise<Connection<TalentRecord>> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const first = pageSize(args.first, MAX_PAGE);
    const filter = args.filter ? parseInput(talentFilterSchema, args.filter) : null;
    const field = args.sort?.field ?? 'CREATED_AT';
    const direction = args.sort?.direction ?? 'DESC';
    const sort = SORTS[field];
    const sortName = `${field}:${direction}`;
    const after = args.after ? decodeSortCursor(args.after, sortName) : null;

    const params: unknown[] = [];
    const where = talentFilterSql(viewer.orgId, filter, params);
    const countParams = [...params];
    let keyset = '';
    if (after) {
      const cast = sort.kind === 'date' ? '::timestamptz' : sort.kind === 'number' ? '::numeric' : '::text';
      keyset = `AND (${sort.expression}, id) ${direction === 'DESC' ? '<' : '>'} ($${params.push(after.value)}${cast}, $${params.push(after.id)}::uuid)`;
    }
    const rows = await this.db.query<TalentRow & { sort_value: unknown }>(
      `SELECT ${TALENT_COLUMNS}, ${sort.expression} AS sort_value FROM talents WHERE ${where} ${keyset}
       ORDER BY ${sort.expression} ${direction}, id ${direction} LIMIT $${params.push(first + 1)}`,
      params,
    );
    const page = rows.slice(0, first);
    const edges = page.map((row) => {
      const node = toTalentRecord(row);
      this.loaders.talentById.prime(node.id, node);
      const value =
        sort.kind === 'date'
          ? new Date(row.sort_value as string).toISOString()
          : sort.kind === 'number'
            ? Number(row.sort_value)
            : (row.sort_value as string);
      return { node, cursor: encodeSortCursor({ sort: sortName, value, id: node.id }) };
    });
    return {
      edges,
      totalCount: async () => {
        const [counted] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM talents WHERE ${where}`, countParams);
        return counted?.n ?? 0;
      },
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async create(viewerOrNull: Viewer | null, input: unknown): Promise<TalentRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(createTalentSchema, input);
    const tags =
      parseInput(z.object({ tags: z.array(z.string().trim().min(1).max(50)).max(50).nullish() }).passthrough(), input).tags ?? [];
    return this.db.transaction(async (tx) => {
      const defaultOwner = values.ownerId === undefined ? await userOf(tx, viewer) : null;
      if (values.ownerId) await requireUser(tx, viewer.orgId, values.ownerId, 'ownerId');
      const profile = newTalentProfile(values, { source: 'SOURCED', ownerId: defaultOwner });
      const [talent] = await insertTalents(tx, viewer.orgId, [profile], viewer);
      await onTalentsWritten(tx, viewer.orgId, viewer, [talent!.id], tags);
      return talent!;
    });
  }

  async update(viewerOrNull: Viewer | null, input: Record<string, unknown>): Promise<TalentRecord> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const values = parseInput(updateTalentSchema, input);
    return this.db.transaction(async (tx) => {
      const current = await lockTalent(tx, viewer.orgId, values.id);
      if (current.version !== values.version) throw staleVersion(values.id, current.version);
      if (values.ownerId) await requireUser(tx, viewer.orgId, values.ownerId, 'ownerId');
      const profile = updatedTalentProfile(profileOf(current), input, values);
      const talent = await updateTalentProfile(tx, current, profile, viewer);
      await onTalentsWritten(tx, viewer.orgId, viewer, [talent.id], []);
      return talent;
    });
  }

  async archive(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord> {
    return this.setStatus(requireScope(viewerOrNull, 'talent:write'), id, 'ARCHIVED');
  }

  async restore(viewerOrNull: Viewer | null, id: string): Promise<TalentRecord> {
    return this.setStatus(requireScope(viewerOrNull, 'talent:write'), id, 'ACTIVE');
  }

  /** Archiving an archived talent (or restoring an active one) changes nothing and records nothing. */
  private async setStatus(viewer: Viewer, id: string, status: 'ACTIVE' | 'ARCHIVED'): Promise<TalentRecord> {
    return this.db.transaction(async (tx) => {
      const current = await lockTalent(tx, viewer.orgId, id);
      if (current.status === status) return current;
      const [row] = await tx.query<TalentRow>(
        `UPDATE talents SET status = $3, archived_at = CASE WHEN $3 = 'ARCHIVED' THEN date_trunc('milliseconds', clock_timestamp()) END,
                version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
         WHERE org_id = $1 AND id = $2 RETURNING ${TALENT_COLUMNS}`,
        [viewer.orgId, id, status],
      );
      const talent = toTalentRecord(row!);
      await appendTalentEvents(tx, [talent]);
      await recordAudit(tx, viewer.orgId, viewer, [
        {
          action: status === 'ARCHIVED' ? 'talent.archive' : 'talent.restore',
          entityType: 'talent',
          entityId: id,
          talentId: id,
          before: { status: current.status, version: current.version },
          after: { status, version: talent.version },
        },
      ]);
      return talent;
    });
  }
}

/** A stale `version`: the talent changed since the client read it. */
export const staleVersion = (id: string, currentVersion: number) =>
  new LoomaError(ErrorCode.CONFLICT, `Talent ${id} changed meanwhile (now at version ${currentVersion}); reload it and try again`, {
    id,
    currentVersion,
  });

/** The visible talent, locked for the rest of the transaction; NOT_FOUND for unknown, other orgs', merged and erased ids. */
export async function lockTalent(tx: SqlExecutor, orgId: string, id: string): Promise<TalentRecord> {
  if (!isUuid(id)) throw notFound('Talent', id);
  const [row] = await tx.query<TalentRow>(
    `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT} FOR UPDATE`,
    [orgId, id],
  );
  if (!row) throw notFound('Talent', id);
  return toTalentRecord(row);
}

/** The viewer's user id when the viewer is a user of the org (API keys own nothing). */
async function userOf(tx: SqlExecutor, viewer: Viewer): Promise<string | null> {
  if (viewer.via === 'apiKey') return null;
  return (await orgUserIds(tx, viewer.orgId, [viewer.userId])).has(viewer.userId) ? viewer.userId : null;
}

async function requireUser(tx: SqlExecutor, orgId: string, userId: string, field: string): Promise<void> {
  if (!(await orgUserIds(tx, orgId, [userId])).has(userId))
    throw badInput(`${field} ${userId} is not a user of this organisation`, { field });
}

export function profileOf(t: TalentRecord): TalentProfile {
  return {
    name: t.name,
    latinName: t.latinName,
    chineseName: t.chineseName,
    headline: t.headline,
    skills: t.skills,
    languages: t.languages,
    emails: t.emails,
    phones: t.phones,
    location: t.location,
    currentTitle: t.currentTitle,
    currentCompany: t.currentCompany,
    yearsOfExperience: t.yearsOfExperience,
    titles: t.titles,
    companies: t.companies,
    schools: t.schools,
    employments: t.employments,
    links: t.links,
    source: t.source,
    ownerId: t.ownerId,
    consent: t.consent,
  };
}

/**
 * What follows every talent write in the same transaction: tags given with it, and the derived
 * relationships of changed employments.
 */
async function onTalentsWritten(tx: SqlExecutor, orgId: string, actor: Actor, talentIds: string[], tags: string[]): Promise<void> {
  if (tags.length) await addTagsInTransaction(tx, orgId, actor, talentIds, tags);
}

// --- the write path every talent write shares ------------------------------------------------------

/** A new talent: name, headline and skills at least; the rest defaults to empty. */
export type NewTalent = Pick<TalentProfile, 'name' | 'headline' | 'skills'> & Partial<TalentProfile>;

/** A change to an existing talent's profile: the fields given are written, the others kept. */
export type TalentProfileUpdate = Partial<TalentProfile>;

/** Each profile field's column and SQL type (importTalents' set-based update writes the same columns). */
export const PROFILE_COLUMNS: Record<keyof TalentProfile, { column: string; type: string }> = {
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

/** The talent as the audit log keeps it: the profile, status and version. */
export function auditView(t: TalentRecord): TalentAuditView {
  return { ...profileOf(t), status: t.status, version: t.version };
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
