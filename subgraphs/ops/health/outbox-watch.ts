import type { Projector } from '../../../data/projector.ts';
import type { Logger } from '../../../platform/logger.ts';
import { outboxLag, outboxOldestPendingSeconds } from '../../../platform/metrics.ts';

/** As often as Prometheus scrapes (deploy/prometheus/prometheus.yml). */
export const OUTBOX_WATCH_MS = 15_000;

export interface OutboxWatchOptions {
  projector: Pick<Projector, 'lag'>;
  logger: Logger;
  intervalMs?: number;
}

/**
 * The control plane's own reading of the outbox backlog, into the gauges the projector sets after each batch
 * (looma_outbox_oldest_pending_seconds, looma_outbox_lag_events): a projector that is stuck, or that no process
 * runs, sets nothing, so without this the lag alerts would see a frozen or absent series instead of a growing one.
 * The rules take the max over processes. A failed read is logged and left for the next one. Returns the stop.
 */
export function startOutboxWatch(options: OutboxWatchOptions): () => Promise<void> {
  let reading: Promise<void> = Promise.resolve();
  const read = async () => {
    try {
      const lag = await options.projector.lag();
      outboxLag.set({ state: 'pending' }, lag.pending);
      outboxLag.set({ state: 'dead' }, lag.dead);
      outboxOldestPendingSeconds.set(lag.oldestPendingSeconds);
    } catch (error) {
      options.logger.debug({ err: error }, 'outbox backlog not read');
    }
  };
  const timer = setInterval(() => {
    reading = reading.then(read);
  }, options.intervalMs ?? OUTBOX_WATCH_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await reading;
  };
}
