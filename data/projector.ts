import type { Logger } from '../platform/logger.ts';
import { outboxLag, outboxOldestPendingSeconds, projectedEvents } from '../platform/metrics.ts';
import {
  claimOutboxEvents,
  markOutboxEventsDone,
  outboxBacklog,
  rescheduleFailedOutboxEvents,
  supersedeOlderOutboxEvents,
  type ClaimedOutboxEvent,
} from './outbox.ts';
import type { RelationalStore } from './ports.ts';
import { ErrorCode, LoomaError } from '../platform/errors.ts';

/** `cache`: not a projection, the matching score cache's invalidation (projections/matching-invalidation.ts), applied last. */
export type ProjectionStore = 'graph' | 'vector' | 'search' | 'cache';

/** `last_error` of an event taken over from a projector that claimed it and never finished. */
export const LEASE_EXPIRED = 'lease expired: the projector that claimed it stopped mid-batch';

/** How one projection store applies a batch of one aggregate type's latest snapshots and deletions. */
export interface ProjectionTarget<TSnapshot> {
  upsert(snapshots: TSnapshot[]): Promise<void>;
  remove(orgId: string, ids: string[]): Promise<void>;
}

export interface ProjectionHandler<TSnapshot = unknown> {
  aggregateType: string;
  targets: Partial<Record<ProjectionStore, ProjectionTarget<TSnapshot>>>;
  /**
   * Called with the organisations of this type's events the projector parks as dead: what a target
   * derived from the projections (the matching cache's generation) must not keep trusting, since the
   * change is in PostgreSQL and no target after the failing one will ever apply it.
   */
  onDead?(orgIds: string[]): Promise<void>;
}

type ClaimedEvent = ClaimedOutboxEvent;

export interface DrainResult {
  claimed: number;
  done: number;
  retried: number;
  dead: number;
}

export interface ProjectorOptions {
  batchSize: number;
  intervalMs: number;
  maxAttempts: number;
  leaseMs: number;
  /** First retry delay; doubles per attempt up to `maxRetryDelayMs`. */
  retryBaseMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * Drains the transactional outbox into the projection stores. Events are claimed in batches with
 * `FOR UPDATE SKIP LOCKED` and a lease (so several projectors share the work and a crashed one's
 * batch comes back after the lease), coalesced to the newest event per aggregate, and applied to
 * every target store in one write per store. Targets upsert by id guarded by version, so applying
 * an event twice changes nothing. A failing event is retried with exponential backoff and parked as
 * `dead` after `maxAttempts` (its handler's `onDead` told first); a projection store that does not answer (STORE_UNAVAILABLE) costs no
 * attempt: its events wait at a steady pace until it is back, so an outage loses nothing.
 */
export class Projector {
  private readonly handlers = new Map<string, ProjectionHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  /**
   * A batch applied to the projection stores whose outcome PostgreSQL did not take (it went away):
   * recorded on the next drain, while this projector's lease still holds, so an outage of the
   * source of truth is not mistaken for a dead projector (which costs the events an attempt).
   */
  private unfinished: { leaseEndsAt: number; record: () => Promise<Omit<DrainResult, 'claimed'>> } | undefined;

  private readonly db: RelationalStore;
  private readonly options: ProjectorOptions;
  private readonly logger: Logger;

  constructor(db: RelationalStore, options: ProjectorOptions, logger: Logger) {
    this.db = db;
    this.options = options;
    this.logger = logger;
  }

  register<T>(handler: ProjectionHandler<T>): this {
    this.handlers.set(handler.aggregateType, handler as ProjectionHandler);
    return this;
  }

  /** Claims and applies one batch. */
  async drainOnce(): Promise<DrainResult> {
    if (this.unfinished) {
      const { leaseEndsAt, record } = this.unfinished;
      // Past the lease another projector may own the batch: leave it to the takeover.
      if (Date.now() < leaseEndsAt) await record();
      this.unfinished = undefined;
    }
    const leaseEndsAt = Date.now() + this.options.leaseMs;
    const events = await this.claim();
    if (events.length === 0) return { claimed: 0, done: 0, retried: 0, dead: 0 };

    // The newest event per aggregate wins; older ones in the batch are superseded by it.
    const latest = new Map<string, ClaimedEvent>();
    for (const event of events) {
      const key = `${event.aggregateType}:${event.aggregateId}`;
      const seen = latest.get(key);
      if (
        !seen ||
        seen.aggregateVersion < event.aggregateVersion ||
        (seen.aggregateVersion === event.aggregateVersion && seen.id < event.id)
      ) {
        latest.set(key, event);
      }
    }
    const failures = new Map<number, string>();
    /** Failed because a projection store did not answer: not the event's fault, so no attempt is counted. */
    const storeDown = new Set<number>();
    const byType = Map.groupBy([...latest.values()], (e) => e.aggregateType);
    for (const [aggregateType, group] of byType) {
      const handler = this.handlers.get(aggregateType);
      if (!handler) {
        for (const e of group) failures.set(e.id, `no projection handler for aggregate type ${aggregateType}`);
        continue;
      }
      for (const [store, target] of Object.entries(handler.targets) as [ProjectionStore, ProjectionTarget<unknown>][]) {
        await this.applyToTarget(
          store,
          target,
          group.filter((e) => !failures.has(e.id)),
          failures,
          storeDown,
        );
      }
    }

    const succeeded = [...latest.values()].filter((e) => !failures.has(e.id));
    const superseded = events.filter((e) => !failures.has(e.id) && ![...latest.values()].includes(e));
    const record = () =>
      this.finish(
        succeeded,
        superseded,
        events.filter((e) => failures.has(e.id)),
        failures,
        storeDown,
      );
    let result: Omit<DrainResult, 'claimed'>;
    try {
      result = await record();
    } catch (error) {
      this.unfinished = { leaseEndsAt, record };
      throw error;
    }
    return { claimed: events.length, ...result };
  }

  /** Drains until nothing is claimable now (events waiting for a retry stay pending). */
  async drainUntilIdle(maxBatches = 10_000): Promise<DrainResult> {
    const total: DrainResult = { claimed: 0, done: 0, retried: 0, dead: 0 };
    for (let i = 0; i < maxBatches; i++) {
      const result = await this.drainOnce();
      total.claimed += result.claimed;
      total.done += result.done;
      total.retried += result.retried;
      total.dead += result.dead;
      if (result.claimed === 0) break;
    }
    await this.updateLagMetrics();
    return total;
  }

  /** Runs in the background until `stop()`: a full batch drains on at once, an empty one waits `intervalMs`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      if (this.stopped) return;
      let claimed = 0;
      try {
        claimed = (await this.drainOnce()).claimed;
        await this.updateLagMetrics();
      } catch (error) {
        this.logger.error({ err: error }, 'projector batch failed');
      }
      if (!this.stopped)
        this.timer = setTimeout(() => void (this.running = loop()), claimed >= this.options.batchSize ? 0 : this.options.intervalMs);
    };
    this.running = loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  async lag(): Promise<{ pending: number; dead: number; oldestPendingSeconds: number }> {
    return outboxBacklog(this.db);
  }

  private async updateLagMetrics(): Promise<void> {
    const lag = await this.lag();
    outboxLag.set({ state: 'pending' }, lag.pending);
    outboxLag.set({ state: 'dead' }, lag.dead);
    outboxOldestPendingSeconds.set(lag.oldestPendingSeconds);
  }

  private async claim(): Promise<ClaimedEvent[]> {
    // Concurrent projectors skip each other's rows; an event taken over from a projector that never
    // finished it (killed mid-batch, or slower than its lease) costs an attempt, so a batch that kills
    // every projector that tries it ends as `dead` instead of crash-looping them all.
    const rows = await claimOutboxEvents(this.db, {
      batchSize: this.options.batchSize,
      leaseMs: this.options.leaseMs,
      maxAttempts: this.options.maxAttempts,
      leaseExpiredError: LEASE_EXPIRED,
    });
    const dead = rows.filter((r) => r.state === 'dead');
    if (dead.length > 0) {
      projectedEvents.inc({ outcome: 'dead' }, dead.length);
      this.logger.warn({ events: dead.map((r) => r.id) }, 'projection failed: lease expired too often');
      // Parked by the claim itself, so after the fact: a hook that fails is logged (the cache it tells is down).
      await this.announceDead(dead).catch((error: unknown) =>
        this.logger.warn({ err: errorMessage(error), events: dead.map((r) => r.id) }, 'dead events: onDead failed'),
      );
    }
    return rows
      .filter((r) => r.state === 'pending')
      .map(({ state: _state, ...event }) => event)
      .sort((a, b) => a.id - b.id);
  }

  /** Applies a group to one store in one write; when that fails, event by event, to find which ones fail. */
  private async applyToTarget(
    store: ProjectionStore,
    target: ProjectionTarget<unknown>,
    events: ClaimedEvent[],
    failures: Map<number, string>,
    storeDown: Set<number>,
  ): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.applyEvents(target, events);
      return;
    } catch (error) {
      if (error instanceof LoomaError && error.code === ErrorCode.STORE_UNAVAILABLE) {
        // The store is down: event by event would only wait for it once per event.
        for (const event of events) {
          failures.set(event.id, `${store}: ${error.message}`);
          storeDown.add(event.id);
        }
        return;
      }
      if (events.length === 1) {
        failures.set(events[0]!.id, `${store}: ${errorMessage(error)}`);
        return;
      }
      this.logger.warn({ store, err: errorMessage(error), events: events.length }, 'batch projection failed; retrying event by event');
    }
    for (const event of events) {
      try {
        await this.applyEvents(target, [event]);
      } catch (error) {
        failures.set(event.id, `${store}: ${errorMessage(error)}`);
      }
    }
  }

  private async applyEvents(target: ProjectionTarget<unknown>, events: ClaimedEvent[]): Promise<void> {
    const upserts = events.filter((e) => e.eventType.endsWith('.upserted')).map((e) => e.payload);
    const removals = events.filter((e) => e.eventType.endsWith('.deleted'));
    const unknown = events.find((e) => !e.eventType.endsWith('.upserted') && !e.eventType.endsWith('.deleted'));
    if (unknown) throw new Error(`unknown event type ${unknown.eventType}`);
    if (upserts.length) await target.upsert(upserts);
    for (const [orgId, group] of Map.groupBy(removals, (e) => e.orgId)) {
      await target.remove(
        orgId,
        group.map((e) => e.aggregateId),
      );
    }
  }

  private async finish(
    succeeded: ClaimedEvent[],
    superseded: ClaimedEvent[],
    failed: ClaimedEvent[],
    failures: Map<number, string>,
    storeDown: Set<number>,
  ): Promise<Omit<DrainResult, 'claimed'>> {
    const doneIds = [...succeeded, ...superseded].map((e) => e.id);
    const { retryBaseMs = 500, maxRetryDelayMs = 60_000, maxAttempts } = this.options;
    const nextState = (e: ClaimedEvent, onDeadError?: string) => {
      // A store outage is retried at a steady pace for as long as it lasts, never parked as dead:
      // the events are fine, and the store will be back. So is an event due to die whose onDead
      // failed (the cache it tells did not answer): it is parked once that answers.
      const isStoreDown = storeDown.has(e.id) || onDeadError !== undefined;
      const attempts = isStoreDown ? e.attempts : e.attempts + 1;
      const delay = Math.min(maxRetryDelayMs, retryBaseMs * 2 ** (isStoreDown ? 2 : attempts - 1)) * (0.8 + Math.random() * 0.4);
      const error = failures.get(e.id) ?? 'unknown';
      return {
        id: e.id,
        attempts,
        dead: onDeadError === undefined && attempts >= maxAttempts,
        delay_ms: Math.round(delay),
        error: onDeadError === undefined ? error : `${error}; onDead: ${onDeadError}`,
      };
    };
    let failedRows = failed.map((e) => nextState(e));
    // Announced before they are parked, while still pending (matching bypasses its cache meanwhile).
    const dying = failed.filter((_, i) => failedRows[i]!.dead);
    if (dying.length) {
      try {
        await this.announceDead(dying);
      } catch (error) {
        failedRows = failed.map((e, i) => (failedRows[i]!.dead ? nextState(e, errorMessage(error)) : failedRows[i]!));
      }
    }
    await this.db.transaction(async (tx) => {
      if (doneIds.length) {
        await markOutboxEventsDone(tx, doneIds);
        await supersedeOlderOutboxEvents(
          tx,
          succeeded.map((e) => e.id),
        );
      }
      if (failedRows.length) await rescheduleFailedOutboxEvents(tx, failedRows);
    });
    const dead = failedRows.filter((r) => r.dead).length;
    projectedEvents.inc({ outcome: 'done' }, doneIds.length);
    projectedEvents.inc({ outcome: 'retry' }, failedRows.length - dead);
    projectedEvents.inc({ outcome: 'dead' }, dead);
    for (const row of failedRows) {
      this.logger.warn({ event: row.id, attempts: row.attempts, dead: row.dead, error: row.error }, 'projection failed');
    }
    return { done: doneIds.length, retried: failedRows.length - dead, dead };
  }

  /** Each handler's `onDead` with the organisations of its dead events. */
  private async announceDead(events: readonly Pick<ClaimedEvent, 'aggregateType' | 'orgId'>[]): Promise<void> {
    for (const [aggregateType, group] of Map.groupBy(events, (e) => e.aggregateType)) {
      await this.handlers.get(aggregateType)?.onDead?.([...new Set(group.map((e) => e.orgId))]);
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
