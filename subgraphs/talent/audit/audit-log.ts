import { z } from 'zod';
import { isUuid } from '../../../platform/ids.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize, type Connection } from '../../../platform/pagination.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { AuditStore, type AuditEntryRecord, type AuditPageKey } from '../../../data/audit/audit-log-store.ts';

const MAX_PAGE = 100;

/** The log's one order: newest first, ties by id. A cursor of this list says so. */
export const AUDIT_LOG_CURSOR_SCOPE = 'auditLog:AT:DESC';

export const auditFilterSchema = z
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
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

export interface AuditPageArgs {
  first?: number | null;
  after?: string | null;
  filter?: AuditFilterInput;
}

export const auditLogCursor = (entry: Pick<AuditEntryRecord, 'at' | 'id'>): string =>
  encodeListCursor(AUDIT_LOG_CURSOR_SCOPE, [entry.at.toISOString(), entry.id]);

/** The (at, id) an audit log cursor stops at; BAD_USER_INPUT on `after` for anything else (an entry's id is a bigint). */
export function decodeAuditLogCursor(value: string): AuditPageKey {
  const [at, id] = decodeListCursor(value, AUDIT_LOG_CURSOR_SCOPE, ['date', 'id']);
  if (!/^[0-9]+$/.test(id)) throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
  return { at, id };
}

/** The organisation's audit log for admins: filtered, newest first, keyset pages over (at, id). */
export class AuditLog {
  private readonly store: AuditStore;

  constructor(db: SqlExecutor) {
    this.store = new AuditStore(db);
  }

  async list(viewerOrNull: Viewer | null, args: AuditPageArgs): Promise<Connection<AuditEntryRecord>> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const filter = parseInput(auditFilterSchema, args.filter) ?? {};
    const first = pageSize(args.first, MAX_PAGE, 50);
    const after = args.after ? decodeAuditLogCursor(args.after) : null;
    const rows = await this.store.list(viewer.orgId, filter, first + 1, after);
    return connectionFrom(rows, first, auditLogCursor, () => this.store.count(viewer.orgId, filter), after !== null);
  }
}

/** `before`/`after` as the JSON strings the API returns. */
export const auditJson = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));
