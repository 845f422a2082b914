import type { Viewer } from '../../platform/viewer.ts';
import type { SqlExecutor } from '../ports.ts';
import type { AuditEvent } from './audit-events.ts';

export type { AuditAction, AuditEvent, AuditEventOf } from './audit-events.ts';

/**
 * The audit log's one writer, below the subgraphs: the talent subgraph records CRM changes with it,
 * identity records sign-ups, invitations and API keys, the resume subgraph its intakes. The talent
 * subgraph reads the log (and re-points or scrubs entries in a merge or an erasure) through its
 * audit/audit-store.ts; nothing else writes the audit_log table (the personal-data export reads it
 * in its one query across the talent's tables).
 */

/**
 * Who did it: a viewer (a user or an API key), a user who is not a viewer yet (the one a sign-up or
 * an accepted invitation creates), or Looma itself (CLIs, migrations, the demo seed).
 */
export type Actor = Pick<Viewer, 'userId' | 'via'> | 'system';

export function actorOf(actor: Actor): { actorId: string; actorKind: 'USER' | 'API_KEY' | 'SYSTEM' } {
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
  const { actorId, actorKind } = actorOf(actor);
  await tx.query(
    `INSERT INTO audit_log (org_id, actor_id, actor_kind, action, entity_type, entity_id, talent_id, before, after)
     SELECT $1, $2, $3, action, entity_type, entity_id, talent_id, before, after
     FROM ROWS FROM (jsonb_to_recordset($4::jsonb) AS (
       action text, entity_type text, entity_id text, talent_id uuid, before jsonb, after jsonb
     )) WITH ORDINALITY AS x(action, entity_type, entity_id, talent_id, before, after, n)
     ORDER BY n`,
    [
      orgId,
      actorId,
      actorKind,
      JSON.stringify(
        records.map((r) => ({
          action: r.action,
          entity_type: r.entityType,
          entity_id: r.entityId,
          talent_id: r.talentId ?? null,
          before: r.before ?? null,
          after: r.after ?? null,
        })),
      ),
    ],
  );
}
