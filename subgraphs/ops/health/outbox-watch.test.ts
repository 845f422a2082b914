import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../platform/logger.ts';
import { outboxLag, outboxOldestPendingSeconds } from '../../../platform/metrics.ts';
import { startOutboxWatch } from './outbox-watch.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the outbox watch', () => {
  it('sets the lag gauges from the outbox, keeps going past a failed read, and stops', async () => {
    const answers = [
      Promise.reject(new Error('relational store down')),
      Promise.resolve({ pending: 7, dead: 1, oldestPendingSeconds: 42 }),
    ];
    answers[0]!.catch(() => undefined);
    let reads = 0;
    const stop = startOutboxWatch({
      projector: { lag: () => answers[Math.min(reads++, 1)]! },
      logger: createLogger('outbox-watch-test', 'silent'),
      intervalMs: 5,
    });
    // Generous: a loaded machine may delay the timer; nothing here asserts a duration.
    for (let waited = 0; reads < 3 && waited < 10_000; waited += 10) await sleep(10);
    await stop();
    const readsAtStop = reads;
    expect(readsAtStop).toBeGreaterThanOrEqual(2);
    expect((await outboxOldestPendingSeconds.get()).values[0]?.value).toBe(42);
    const lag = Object.fromEntries((await outboxLag.get()).values.map((v) => [v.labels.state, v.value]));
    expect(lag).toMatchObject({ pending: 7, dead: 1 });
    await sleep(30);
    expect(reads).toBe(readsAtStop);
  });
});
