import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../platform/logger.ts';
import { httpRequests } from '../platform/metrics.ts';

/**
 * GATEWAY_WORKERS: the gateway as node:cluster worker processes sharing one port (the primary
 * accepts connections and hands them out round-robin). The primary runs no gateway itself: it
 * forks the workers, replaces one that dies (after a backoff that grows with the deaths of the
 * last minute, never a tight loop), and on SIGTERM or SIGINT asks each worker to drain and close as
 * a single gateway does (closeOnSignals), then exits once they all have: 0 when every worker closed
 * cleanly.
 */

export interface WorkerSupervisorOptions {
  workers: number;
  logger: Logger;
  /** The first restart's delay; doubled for each further death in the last minute, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Workers in a row that die before they listen (a gateway that cannot start): the primary gives up. */
  maxFailedStarts?: number;
}

/** What a worker tells the primary as it closes: how many GraphQL requests it answered. */
interface ServedMessage {
  type: 'looma:served';
  served: number;
}

const isServedMessage = (message: unknown): message is ServedMessage =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'looma:served';

/** Runs in the primary; resolves with the exit code once every worker has exited after a stop. */
export function superviseGatewayWorkers(options: WorkerSupervisorOptions): Promise<number> {
  const { logger, workers: count } = options;
  const backoffMs = options.backoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const maxFailedStarts = options.maxFailedStarts ?? 5;
  const live = new Map<Worker, { slot: number; isListening: boolean; served?: number }>();
  const restarts = new Set<NodeJS.Timeout>();
  let deaths: number[] = [];
  let failedStarts = 0;
  let isStopping = false;
  let exitCode = 0;

  return new Promise<number>((resolve) => {
    const fork = (slot: number) => {
      const worker = cluster.fork();
      live.set(worker, { slot, isListening: false });
      worker.on('message', (message: unknown) => {
        const state = live.get(worker);
        if (state && isServedMessage(message)) state.served = message.served;
      });
    };

    const stop = (signal: NodeJS.Signals | 'gave up') => {
      if (isStopping) {
        // A second signal: as in a single gateway, the workers exit at once.
        for (const worker of live.keys()) worker.process.kill('SIGTERM');
        return;
      }
      isStopping = true;
      logger.info({ signal, workers: live.size }, 'gateway primary closing its workers');
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      for (const worker of live.keys()) worker.process.kill('SIGTERM');
      if (live.size === 0) resolve(exitCode);
    };

    cluster.on('listening', (worker, address) => {
      const state = live.get(worker);
      if (!state) return;
      state.isListening = true;
      failedStarts = 0;
      logger.info({ worker: state.slot, pid: worker.process.pid, port: address.port }, 'gateway worker listening');
    });

    cluster.on('exit', (worker, code, signal) => {
      const state = live.get(worker);
      if (!state) return;
      live.delete(worker);
      const details = { worker: state.slot, pid: worker.process.pid, code, signal, served: state.served };
      if (isStopping) {
        if (code !== 0) exitCode = 1;
        logger.info(details, 'gateway worker exited');
        if (live.size === 0) resolve(exitCode);
        return;
      }
      if (!state.isListening && ++failedStarts >= maxFailedStarts) {
        logger.error({ ...details, failedStarts }, 'gateway workers keep failing to start; giving up');
        exitCode = 1;
        stop('gave up');
        return;
      }
      const now = Date.now();
      deaths = [...deaths.filter((at) => now - at < 60_000), now];
      const delayMs = Math.min(maxBackoffMs, backoffMs * 2 ** (deaths.length - 1));
      logger.warn({ ...details, restartInMs: delayMs }, 'gateway worker died; replacing it');
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!isStopping) fork(state.slot);
      }, delayMs);
      restarts.add(timer);
    });

    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    logger.info({ workers: count }, 'gateway primary forking its workers');
    for (let slot = 1; slot <= count; slot++) fork(slot);
  });
}

/**
 * In a worker: SIGTERM (from the primary, or anyone) drains and closes it; the terminal's SIGINT,
 * which reaches the whole process group, is left to the primary (which sends SIGTERM), so a Ctrl-C
 * is not a second signal. A worker whose primary is gone closes too.
 */
export function workerSignals(): { signals: NodeJS.Signals[]; reportServed: () => Promise<void> } {
  process.on('SIGINT', () => undefined);
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  return {
    signals: ['SIGTERM'],
    async reportServed() {
      const served = (await httpRequests.get()).values
        .filter((value) => value.labels.service === 'gateway' && value.labels.route === '/graphql')
        .reduce((sum, value) => sum + value.value, 0);
      const message: ServedMessage = { type: 'looma:served', served };
      await new Promise<void>((resolve) => (process.connected ? process.send?.(message, undefined, {}, () => resolve()) : resolve()));
    },
  };
}
