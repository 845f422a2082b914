import type { Viewer } from '../../platform/viewer.ts';
import type { SqlExecutor } from '../ports.ts';
import type { AuditEvent } from './audit-events.ts';
import { insertAuditRows, type ActorKind } from './audit-log-store.ts';

export type { AuditAction, AuditEvent, AuditEventOf } from './audit-events.ts';

/**
 * How the audit log is written, below the subgraphs: the talent subgraph records CRM changes with
 * it, identity records sign-ups, invitations and API keys, the resume subgraph its intakes. The
 * audit_log table's SQL (this append, the talent subgraph's reads, a merge's and an erasure's
 * rewrites, the export's read) is audit-log-store.ts's, its one owner.
 */

/**
 * Who did it: a viewer (a user or an API key), a user who is not a viewer yet (the one a sign-up or
 * an accepted invitation creates), or Looma itself (CLIs, migrations, the demo seed).
 */
export type Actor = Pick<Viewer, 'userId' | 'via'> | 'system';

export function actorOf(actor: Actor): { actorId: string; actorKind: ActorKind } {
  if (actor === 'system') return { actorId: 'system', actorKind: 'SYSTEM' };
  return { actorId: actor.userId, actorKind: actor.via === 'apiKey' ? 'API_KEY' : 'USER' };
}

/**
 * Appends audit entries inside the caller's transaction (one statement for any number), so a
 * change and its record commit together or not at all. Every mutation of the CRM calls it, with
 * events of the one `AuditEvent` union (`before`/`after` are stored as JSON, null when absent).
 */
export async function recordAudit(tx: SqlExecutor, orgId: string, actor: Actor, records: readonly AuditEvent[]): Promise<void> {
  if (records.length === 0) return;
  await insertAuditRows(
    tx,
    orgId,
    actorOf(actor),
    records.map((r) => ({
      action: r.action,
      entity_type: r.entityType,
      entity_id: r.entityId,
      talent_id: r.talentId ?? null,
      before: r.before ?? null,
      after: r.after ?? null,
    })),
  );
}
