import type { SqlExecutor } from '../ports.ts';

/**
 * The audit_log table's one owner: the append every subgraph records through (audit-recorder.ts
 * builds the entries: identity, resume and the talent CRM), the organisation's log and a talent's
 * timeline the talent subgraph reads, the rewrites a merge and an erasure make, the data export's
 * read. SQL and rows only: the viewer is the caller's business (the talent subgraph's audit-log.ts,
 * timeline.ts).
 */

/** Who acted, as the log stores it (GraphQL `ActorKind`). */
export type ActorKind = 'USER' | 'API_KEY' | 'SYSTEM';

/** One entry to append; `before`/`after` are stored as JSON. */
export interface NewAuditRow {
  action: string;
  entity_type: string;
  entity_id: string;
  talent_id: string | null;
  before: unknown;
  after: unknown;
}

/** Appends entries in order by one actor inside the caller's transaction (one statement for any number). */
export async function insertAuditRows(
  tx: SqlExecutor,
  orgId: string,
  actor: { actorId: string; actorKind: ActorKind },
  rows: readonly NewAuditRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO audit_log (org_id, actor_id, actor_kind, action, entity_type, entity_id, talent_id, before, after)
     SELECT $1, $2, $3, action, entity_type, entity_id, talent_id, before, after
     FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (
       action text, entity_type text, entity_id text, talent_id uuid, before jsonb, after jsonb
     )) WITH ORDINALITY AS x(action, entity_type, entity_id, talent_id, before, after, n)
     ORDER BY n`,
    [orgId, actor.actorId, actor.actorKind, JSON.stringify(rows)],
  );
}

/** One row of the audit log, as the domain and resolvers see it (`before`/`after` are parsed JSON). */
export interface AuditEntryRecord {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  talentId: string | null;
  actorId: string;
  actorKind: ActorKind;
  before: unknown;
  after: unknown;
  at: Date;
}

interface AuditRow {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  talent_id: string | null;
  actor_id: string;
  actor_kind: ActorKind;
  before: unknown;
  after: unknown;
  at: Date | string;
}

const AUDIT_COLUMNS = [
  'id::text AS id',
  'action',
  'entity_type',
  'entity_id',
  'talent_id',
  'actor_id',
  'actor_kind',
  'before',
  'after',
  'at',
];

const toAuditEntry = (row: AuditRow): AuditEntryRecord => ({
  id: row.id,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  talentId: row.talent_id,
  actorId: row.actor_id,
  actorKind: row.actor_kind,
  before: row.before,
  after: row.after,
  at: new Date(row.at),
});

/** What the organisation's log is filtered by, already validated. */
export interface AuditLogFilter {
  actions?: readonly string[] | null;
  entityType?: string | null;
  entityId?: string | null;
  talentId?: string | null;
  actorId?: string | null;
  /** ISO-8601 bounds on `at`, both exclusive. */
  after?: string | null;
  before?: string | null;
}

/** Where a newest-first page stops: the (at, id) of its last entry; the id is the entry's bigint. */
export interface AuditPageKey {
  at: string;
  id: string;
}

export class AuditStore {
  private readonly db: SqlExecutor;

  constructor(db: SqlExecutor) {
    this.db = db;
  }

  /** Up to `limit` entries of the organisation's log matching `filter`, newest first, after `after`. */
  async list(orgId: string, filter: AuditLogFilter, limit: number, after: AuditPageKey | null): Promise<AuditEntryRecord[]> {
    const { where, params } = filtered(orgId, filter);
    if (after) {
      params.push(after.at, after.id);
      where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(limit);
    const rows = await this.db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS.join(', ')} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toAuditEntry);
  }

  /** How many entries of the organisation's log match `filter`. */
  async count(orgId: string, filter: AuditLogFilter): Promise<number> {
    const { where, params } = filtered(orgId, filter);
    const [counted] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${where.join(' AND ')}`, params);
    return counted?.n ?? 0;
  }

  /** How many entries each talent has (0 for a talent without any). */
  async countByTalent(orgId: string | null, talentIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ talent_id: string; n: number }>(
      'SELECT talent_id, count(*)::int AS n FROM audit_log WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) GROUP BY talent_id',
      [orgId, talentIds],
    );
    return new Map(rows.map((row) => [row.talent_id, row.n]));
  }

  /** For every talent, up to `limit` of its entries after `after`, newest first: one query for any number of talents. */
  async pagesOfTalents(
    orgId: string | null,
    talentIds: readonly string[],
    limit: number,
    after: AuditPageKey | null,
  ): Promise<AuditEntryRecord[]> {
    const params: unknown[] = [orgId, talentIds, limit];
    if (after) params.push(after.at, after.id);
    const rows = await this.db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS.map((c) => `e.${c}`).join(', ')} FROM unnest($2::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT * FROM audit_log WHERE org_id = $1 AND talent_id = t.id ${after ? 'AND (at, id) < ($4::timestamptz, $5::bigint)' : ''}
         ORDER BY at DESC, id DESC LIMIT $3
       ) AS e`,
      params,
    );
    return rows.map(toAuditEntry);
  }
}

/** The WHERE of the organisation's log under `filter`, with its parameters ($1 is the organisation). */
function filtered(orgId: string, filter: AuditLogFilter): { where: string[]; params: unknown[] } {
  const params: unknown[] = [orgId];
  const where = ['org_id = $1'];
  const add = (condition: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(condition(`$${params.length}`));
  };
  if (filter.actions?.length) add((p) => `action = ANY (${p}::text[])`, filter.actions);
  if (filter.entityType) add((p) => `entity_type = ${p}`, filter.entityType);
  if (filter.entityId) add((p) => `entity_id = ${p}`, filter.entityId);
  if (filter.talentId) add((p) => `talent_id = ${p}::uuid`, filter.talentId);
  if (filter.actorId) add((p) => `actor_id = ${p}`, filter.actorId);
  if (filter.after) add((p) => `at > ${p}::timestamptz`, filter.after);
  if (filter.before) add((p) => `at < ${p}::timestamptz`, filter.before);
  return { where, params };
}

/**
 * A merge: the entries about the merged talents concern the person kept now (its timeline shows
 * them, and an erasure of the kept talent scrubs them too).
 */
export async function moveAuditEntriesToTalent(tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<void> {
  await tx.query('UPDATE audit_log SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, toId, fromIds]);
}

/**
 * An erasure: the entries about the person (by talent id, or a talent entity of theirs) keep action,
 * actor, time and ids but lose `before`/`after`. Returns how many were scrubbed.
 */
export async function scrubAuditEntriesOf(tx: SqlExecutor, orgId: string, personIds: readonly string[]): Promise<number> {
  const [scrubbed] = await tx.query<{ n: number }>(
    `WITH x AS (
       UPDATE audit_log SET before = NULL, after = NULL
       WHERE org_id = $1 AND (talent_id = ANY ($2::uuid[]) OR (entity_type = 'talent' AND entity_id = ANY ($3::text[])))
       RETURNING 1
     ) SELECT count(*)::int AS n FROM x`,
    [orgId, personIds, personIds],
  );
  return scrubbed?.n ?? 0;
}

/** The entries about the talent as a data export holds them (JSON, oldest first). */
export async function exportAuditEntriesOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ entries: unknown[] }>(
    `SELECT coalesce(jsonb_agg(to_jsonb(l) - 'org_id' ORDER BY l.at, l.id), '[]') AS entries
     FROM audit_log l WHERE l.org_id = $1 AND l.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.entries;
}
