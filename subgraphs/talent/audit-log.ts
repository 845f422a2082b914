import { z } from 'zod';
import { isUuid } from '../../data/loaders.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { parseInput, requireScope } from '../../platform/checks.ts';
import { badInput } from '../../platform/errors.ts';
import { pageSize, type Connection } from '../../platform/pagination.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { decodePageCursor, toConnection, type PageArgs } from './talent-pages.ts';
import type { ActorKind } from './__generated__/resolvers-types.ts';

const MAX_PAGE = 100;

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

export interface AuditRow {
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

export const AUDIT_COLUMNS = 'id::text AS id, action, entity_type, entity_id, talent_id, actor_id, actor_kind, before, after, at';

export const toAuditEntry = (row: AuditRow): AuditEntryRecord => ({
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

const auditFilter = z
  .object({
    actions: z.array(z.string().trim().min(1, 'an action must not be empty').max(100)).max(50, 'at most 50 actions').nullish(),
    entityType: z.string().trim().min(1).max(100).nullish(),
    entityId: z.string().trim().min(1).max(200).nullish(),
    talentId: z.string().refine(isUuid, 'talentId is not a talent id').nullish(),
    actorId: z.string().trim().min(1).max(200).nullish(),
    after: z.string().nullish(),
    before: z.string().nullish(),
  })
  .nullish();
export type AuditFilterInput = z.input<typeof auditFilter>;

/** The organisation's audit log for admins: filtered, newest first, keyset pages over (at, id). */
export class AuditLog {
  constructor(private readonly db: RelationalStore) {}

  async list(viewerOrNull: Viewer | null, args: PageArgs & { filter?: AuditFilterInput }): Promise<Connection<AuditEntryRecord>> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const filter = parseInput(auditFilter, args.filter) ?? {};
    const first = pageSize(args.first, MAX_PAGE, 50);
    const after = args.after ? decodePageCursor(args.after) : null;

    const params: unknown[] = [viewer.orgId];
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
    const filtered = where.join(' AND ');
    const countParams = [...params];

    if (after) {
      if (!/^[0-9]+$/.test(after.id)) throw badInput('after is not a cursor this connection returned', { field: 'after' });
      params.push(after.at, after.id);
      where.push(`(at, id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
    }
    params.push(first + 1);
    const rows = await this.db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    );
    return toConnection(
      rows.map(toAuditEntry),
      first,
      after,
      (entry) => ({ at: entry.at, id: entry.id }),
      async () => {
        const [counted] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE ${filtered}`, countParams);
        return counted?.n ?? 0;
      },
    );
  }
}

/** `before`/`after` as the JSON strings the API returns. */
export const auditJson = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
