import type { CacheStore } from '../../../data/ports.ts';
import { announceService } from '../../../data/registry/registry-notices.ts';
import type { InstanceRecord, InstanceState, RegistryStore } from '../../../data/registry/registry-store.ts';
import { recordInstanceStates } from '../health/instance-gauge.ts';
import type { SchemaStore } from '../../../data/registry/schema-store.ts';
import type { Logger } from '../../../platform/logger.ts';
import { deriveState, readyAnswer, type ReadyAnswer } from './instance-state.ts';

export interface RegistryChecksOptions {
  store: RegistryStore;
  ttlMs: number;
  intervalMs: number;
  /** An instance whose lease lapsed more than this long ago is deregistered (a `pruned` event). */
  pruneAfterMs: number;
  logger: Logger;
  /** Where refused schemas are (supergraph hot reload): their instances are left to the composer. */
  schemas?: SchemaStore;
  /** Where each change of an instance's routability is announced (registry-notices.ts); none: not announced. */
  cache?: CacheStore;
  /** Probes at once, at most (a registry of many instances is probed in waves). */
  concurrency?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The control plane's active checks: every `intervalMs`, each live instance's `/ready` (bounded
 * concurrency, a timeout), its state derived with its lease, and each change recorded as an event.
 * Returns the function that stops them (and waits for a round under way).
 */
export function startRegistryChecks(options: RegistryChecksOptions): () => Promise<void> {
  let stopped = false;
  let round: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    round = round.then(() => (stopped ? undefined : checkInstances(options)));
  }, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await round;
  };
}

/** One round of checks; a failure (the store, an instance) is logged and left for the next round. */
export async function checkInstances(options: RegistryChecksOptions): Promise<void> {
  try {
    const pruned = await options.store.prune(options.ttlMs, options.pruneAfterMs);
    for (const service of new Set(pruned.map((instance) => instance.service))) await announce(service, options);
    const live = await options.store.live(options.ttlMs);
    // An instance whose schema composition refused is held UNHEALTHY by the composer (supergraph-composer.ts), not probed back.
    const refused = options.schemas ? await options.schemas.refused() : new Map<string, string>();
    const queue = live.filter((instance) => !refused.has(instance.schemaHash));
    const states = new Map<string, InstanceState>();
    const workers = Array.from({ length: Math.min(options.concurrency ?? 4, queue.length) }, async () => {
      for (let instance = queue.shift(); instance; instance = queue.shift())
        states.set(instance.id, await checkInstance(instance, options));
    });
    await Promise.all(workers);
    recordInstanceStates(live.map(({ id, service, state }) => ({ service, state: states.get(id) ?? state })));
  } catch (error) {
    options.logger.warn({ err: error }, 'registry checks failed');
  }
}

async function checkInstance(instance: InstanceRecord, options: RegistryChecksOptions): Promise<InstanceState> {
  // An expired lease decides alone: no probe of a process that stopped heartbeating.
  const ready = instance.leaseAlive ? await probe(instance.url, options) : undefined;
  const next = deriveState(instance.state, instance.leaseAlive, ready);
  if (next !== instance.state) {
    const detail = ready ? `/ready answered ${ready}` : 'lease expired';
    if (await options.store.changeState(instance.id, next, 'state_changed', detail, instance.state))
      await announce(instance.service, options);
  }
  return next;
}

/** A failed announcement is left to the watchers' periodic refresh. */
async function announce(service: string, options: RegistryChecksOptions): Promise<void> {
  if (!options.cache) return;
  try {
    await announceService(options.store, options.cache, service, options.ttlMs);
  } catch (error) {
    options.logger.debug({ err: error, service }, 'registry change not announced');
  }
}

async function probe(url: string, options: RegistryChecksOptions): Promise<ReadyAnswer> {
  try {
    const response = await (options.fetch ?? fetch)(new URL('/ready', url), { signal: AbortSignal.timeout(options.timeoutMs ?? 2_000) });
    return readyAnswer(await response.json());
  } catch {
    return 'failing';
  }
}
