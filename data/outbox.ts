import type { SqlExecutor } from './ports.ts';

/** An event written in the same transaction as the change it describes. */
export interface OutboxEvent {
  orgId: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  /** `<aggregate>.upserted` (payload: the full snapshot) or `<aggregate>.deleted`. */
  eventType: string;
  payload: Record<string, unknown>;
}

export interface OutboxRow extends OutboxEvent {
  id: number;
  attempts: number;
}

/** Appends events inside the caller's transaction: they commit or roll back with the write. */
export async function appendToOutbox(tx: SqlExecutor, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO outbox (org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload)
     SELECT org_id, aggregate_type, aggregate_id, aggregate_version, event_type, payload
     FROM jsonb_to_recordset($1::jsonb)
       AS x(org_id uuid, aggregate_type text, aggregate_id uuid, aggregate_version int, event_type text, payload jsonb)`,
    [
      JSON.stringify(
        events.map((e) => ({
          org_id: e.orgId,
          aggregate_type: e.aggregateType,
          aggregate_id: e.aggregateId,
          aggregate_version: e.aggregateVersion,
          event_type: e.eventType,
          payload: e.payload,
        })),
      ),
    ],
  );
}
