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

/*
 * The rest of the `outbox` table's statements: this module is its one owner. The projector
 * (./projector.ts) decides what to claim, when to retry and what is dead; the consistency check
 * asks what is still pending; an erasure scrubs a person's payloads. Each statement is here, each
 * takes the executor it runs on (the store or the caller's transaction).
 */

/** An event a projector has leased: what it applies to the projection stores. */
export interface ClaimedOutboxEvent {
  id: number;
  orgId: string;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  eventType: string;
  payload: unknown;
  attempts: number;
}

/** The backlog: pending and dead events, and how old the oldest pending one is. */
export async function outboxBacklog(db: SqlExecutor): Promise<{ pending: number; dead: number; oldestPendingSeconds: number }> {
  const [row] = await db.query<{ pending: number; dead: number; oldest: number | null }>(
    `SELECT count(*) FILTER (WHERE state = 'pending')::int AS pending,
            count(*) FILTER (WHERE state = 'dead')::int AS dead,
            extract(epoch FROM now() - min(created_at) FILTER (WHERE state = 'pending'))::float8 AS oldest
     FROM outbox WHERE state <> 'done'`,
  );
  return { pending: row?.pending ?? 0, dead: row?.dead ?? 0, oldestPendingSeconds: Number(row?.oldest ?? 0) };
}

/**
 * Leases up to `batchSize` available pending events, in one statement: the row locks of the
 * sub-select make concurrent projectors skip each other's rows, and the lease keeps them skipped
 * until the claimer finishes or its lease runs out. A row still carrying an expired lease was
 * claimed by a projector that never finished it: taking it over costs an attempt (`last_error` =
 * `leaseExpiredError`), and an event out of attempts comes back with state `dead`.
 */
export async function claimOutboxEvents(
  db: SqlExecutor,
  claim: { batchSize: number; leaseMs: number; maxAttempts: number; leaseExpiredError: string },
): Promise<(ClaimedOutboxEvent & { state: string })[]> {
  const rows = await db.query<{
    id: string;
    org_id: string;
    aggregate_type: string;
    aggregate_id: string;
    aggregate_version: number;
    event_type: string;
    payload: unknown;
    attempts: number;
    state: string;
  }>(
    `WITH claimable AS (
       SELECT id, leased_until IS NOT NULL AS taken_over FROM outbox
       WHERE state = 'pending' AND available_at <= now() AND (leased_until IS NULL OR leased_until < now())
       ORDER BY id
       LIMIT $1
       FOR UPDATE SKIP LOCKED
     )
     UPDATE outbox o SET
       leased_until = now() + make_interval(secs => $2::float8 / 1000),
       attempts = o.attempts + c.taken_over::int,
       last_error = CASE WHEN c.taken_over THEN $4 ELSE o.last_error END,
       state = CASE WHEN c.taken_over AND o.attempts + 1 >= $3 THEN 'dead' ELSE o.state END
     FROM claimable c WHERE o.id = c.id
     RETURNING o.id, o.org_id, o.aggregate_type, o.aggregate_id, o.aggregate_version, o.event_type, o.payload, o.attempts, o.state`,
    [claim.batchSize, claim.leaseMs, claim.maxAttempts, claim.leaseExpiredError],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    orgId: r.org_id,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    aggregateVersion: r.aggregate_version,
    eventType: r.event_type,
    payload: r.payload,
    attempts: r.attempts,
    state: r.state,
  }));
}

/** Marks the events done (applied, or coalesced into a newer one of their aggregate). */
export async function markOutboxEventsDone(tx: SqlExecutor, ids: readonly number[]): Promise<void> {
  await tx.query(
    `UPDATE outbox SET state = 'done', processed_at = now(), leased_until = NULL, last_error = NULL
     WHERE id = ANY ($1::bigint[])`,
    [[...ids]],
  );
}

/** Older events of the same aggregates as the applied `ids` that still wait (say, for a retry) are superseded. */
export async function supersedeOlderOutboxEvents(tx: SqlExecutor, appliedIds: readonly number[]): Promise<void> {
  await tx.query(
    `UPDATE outbox o SET state = 'done', processed_at = now(), leased_until = NULL, last_error = 'superseded'
     FROM (SELECT aggregate_type, aggregate_id, aggregate_version FROM outbox WHERE id = ANY ($1::bigint[])) s
     WHERE o.state = 'pending' AND o.aggregate_type = s.aggregate_type AND o.aggregate_id = s.aggregate_id
       AND o.aggregate_version < s.aggregate_version`,
    [[...appliedIds]],
  );
}

/** A failed event's next state: its attempts, whether it is dead, when to retry, why it failed. */
export interface FailedOutboxEvent {
  id: number;
  attempts: number;
  dead: boolean;
  delay_ms: number;
  error: string;
}

/** Releases failed events: dead, or pending again after their delay; one statement for any number. */
export async function rescheduleFailedOutboxEvents(tx: SqlExecutor, failed: readonly FailedOutboxEvent[]): Promise<void> {
  await tx.query(
    `UPDATE outbox o SET attempts = f.attempts, last_error = f.error, leased_until = NULL,
       state = CASE WHEN f.dead THEN 'dead' ELSE 'pending' END,
       available_at = now() + make_interval(secs => f.delay_ms::float8 / 1000)
     FROM jsonb_to_recordset($1::jsonb) AS f(id bigint, attempts int, dead boolean, delay_ms int, error text)
     WHERE o.id = f.id`,
    [JSON.stringify(failed)],
  );
}

/** The entities among `ids` (uuids) of one aggregate type with a pending event: the projector has yet to apply them. */
export async function pendingOutboxAggregates(db: SqlExecutor, aggregateType: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await db.query<{ aggregate_id: string }>(
    `SELECT DISTINCT aggregate_id FROM outbox WHERE state = 'pending' AND aggregate_type = $1 AND aggregate_id = ANY ($2::uuid[])`,
    [aggregateType, [...ids]],
  );
  return new Set(rows.map((r) => r.aggregate_id));
}

/**
 * Whether the organisation has a pending event of one of `aggregateTypes`: a write the projector
 * has yet to apply (the matching score cache is bypassed meanwhile). Reads the partial index of
 * pending events: nothing to scan when the projector keeps up.
 */
export async function hasPendingOutboxEvents(db: SqlExecutor, orgId: string, aggregateTypes: readonly string[]): Promise<boolean> {
  const [row] = await db.query<{ pending: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending' AND org_id = $1 AND aggregate_type = ANY ($2::text[])) AS pending`,
    [orgId, [...aggregateTypes]],
  );
  return row?.pending ?? false;
}

/**
 * An erasure's scrub: earlier events of the person's talents and relationships carried the whole
 * profile; they keep their place in the log, not the person (pending ones are marked done, superseded
 * by the deletion events the erasure appends after this). How many events it rewrote.
 */
export async function scrubOutboxOf(
  tx: SqlExecutor,
  orgId: string,
  talents: { aggregateType: string; ids: readonly string[] },
  relationships: { aggregateType: string; ids: readonly string[] },
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `WITH x AS (
     UPDATE outbox SET payload = jsonb_build_object('id', aggregate_id, 'orgId', org_id, 'erased', true),
            state = CASE WHEN state = 'pending' THEN 'done' ELSE state END,
            last_error = CASE WHEN state = 'pending' THEN 'superseded by an erasure' ELSE last_error END,
            processed_at = coalesce(processed_at, now()), leased_until = NULL
     WHERE org_id = $1 AND ((aggregate_type = $2 AND aggregate_id = ANY ($3::uuid[])) OR (aggregate_type = $4 AND aggregate_id = ANY ($5::uuid[])))
     RETURNING 1) SELECT count(*)::int AS n FROM x`,
    [orgId, talents.aggregateType, talents.ids, relationships.aggregateType, relationships.ids],
  );
  return row?.n ?? 0;
}
