import { Worker } from 'node:worker_threads';
import type { CacheStore } from '../../../data/ports.ts';
import { announceService, subscribeRegistryChanges } from '../../../data/registry/registry-notices.ts';
import type { InstanceRecord, RegistryStore } from '../../../data/registry/registry-store.ts';
import { SUPERGRAPH_CHANNEL, type SchemaStore, type SupergraphRecord } from '../../../data/registry/schema-store.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { ComposeOutcome } from '../../../schema/composition.ts';
import type { SubgraphToCompose } from './compose-worker.ts';

export interface SupergraphComposerOptions {
  registry: RegistryStore;
  schemas: SchemaStore;
  /** Where a new supergraph is announced (SUPERGRAPH_CHANNEL) and registry notices are heard; none: neither. */
  cache?: CacheStore;
  /** The subgraphs a supergraph is composed of, each with the URL it records (the configured `<NAME>_URL`). */
  subgraphUrls: Record<string, string>;
  ttlMs: number;
  logger: Logger;
  /** Composes (schema/composition.ts `composeSupergraph`); by default in a worker thread (compose-worker.ts). */
  compose?: (subgraphs: SubgraphToCompose[]) => Promise<ComposeOutcome>;
}

/** A schema composition refused: the subgraph, its hash and the composition errors. */
export interface SchemaRefusal {
  service: string;
  hash: string;
  errors: string[];
}

/** What one reconciliation did, in the end (refusals on the way are listed either way). */
export type ComposerOutcome =
  /** The current supergraph was composed from the schemas the live instances present. */
  | { kind: 'unchanged'; refused: SchemaRefusal[] }
  /** Some subgraph has no schema in the registry yet: nothing to compose from. */
  | { kind: 'waiting'; missing: string[]; refused: SchemaRefusal[] }
  | { kind: 'composed'; supergraph: SupergraphRecord; refused: SchemaRefusal[] }
  /** Another composer (another ops instance) recorded a supergraph first. */
  | { kind: 'lost'; refused: SchemaRefusal[] };

/** The longest refusal kept in an event's detail. */
const MAX_DETAIL_CHARS = 8_000;

interface Candidate {
  hash: string;
  /** The newest live instance presenting it; none when the schema is the current supergraph's or the newest stored. */
  instance?: InstanceRecord;
}

/**
 * The control plane's composer (issue 12, supergraph hot reload). When the live instances of a
 * subgraph present a schema the current supergraph was not composed from, it composes the newest
 * schema of every subgraph (schema/composition.ts, as `npm run compose`). Composed: a new
 * `supergraphs` row, a `supergraph_composed` event from each instance that brought a new schema,
 * and an announcement on SUPERGRAPH_CHANNEL. Refused: the new schemas the errors name (all new
 * ones when they name none) are marked refused, each instance presenting one gets a
 * `schema_refused` event with the errors and turns UNHEALTHY, and the last good supergraph stays
 * current; the others are composed again without them. Several ops instances may run it: the first
 * to record wins (schema-store.ts `record`), the others drop their work.
 */
export class SupergraphComposer {
  private readonly options: SupergraphComposerOptions;
  private readonly subgraphs: string[];
  private running: Promise<unknown> = Promise.resolve();

  constructor(options: SupergraphComposerOptions) {
    this.options = options;
    this.subgraphs = Object.keys(options.subgraphUrls).sort();
  }

  /** One reconciliation, after any under way (calls never overlap in one process). */
  reconcile(): Promise<ComposerOutcome> {
    const next = this.running.then(() => this.reconcileOnce());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async reconcileOnce(): Promise<ComposerOutcome> {
    const refused: SchemaRefusal[] = [];
    // Each refusal removes at least one schema from the candidates: one attempt a subgraph, and one more, suffice.
    for (let attempt = 0; attempt <= this.subgraphs.length; attempt++) {
      const { registry, schemas, ttlMs } = this.options;
      const [current, live, refusedHashes] = await Promise.all([schemas.current(), registry.live(ttlMs), schemas.refused()]);
      const instances = live.filter((i) => this.subgraphs.includes(i.service) && i.leaseAlive && i.state !== 'DRAINING');
      await this.holdRefused(instances, refusedHashes);
      const candidates = await this.candidates(instances, refusedHashes, current);
      const missing = this.subgraphs.filter((name) => !candidates.has(name));
      if (missing.length > 0) return { kind: 'waiting', missing, refused };
      const changed = this.subgraphs.filter((name) => candidates.get(name)!.hash !== current?.schemaHashes[name]);
      if (current && changed.length === 0) return { kind: 'unchanged', refused };

      const stored = await schemas.byHashes(this.subgraphs.map((name) => candidates.get(name)!.hash));
      const schemaHashes = Object.fromEntries(this.subgraphs.map((name) => [name, candidates.get(name)!.hash]));
      const result = await (this.options.compose ?? composeInWorker)(
        this.subgraphs.map((name) => ({ name, url: this.options.subgraphUrls[name]!, sdl: stored.get(schemaHashes[name]!)!.sdl })),
      );
      if (result.ok) {
        const supergraph = await schemas.record({ sdl: result.supergraphSdl, schemaHashes }, current?.id ?? null);
        if (!supergraph) return { kind: 'lost', refused };
        await this.announceComposed(supergraph, changed, candidates);
        return { kind: 'composed', supergraph, refused };
      }
      const named = changed.filter((name) => result.errors.some((error) => mentions(error, name)));
      for (const name of named.length > 0 ? named : changed) {
        const hash = candidates.get(name)!.hash;
        const detail = refusalDetail(result.errors);
        // Another composer may have refused it first: the same errors, recorded once.
        if (await schemas.refuse(hash, detail)) {
          this.options.logger.warn(
            { subgraph: name, schemaHash: hash, errors: result.errors },
            'schema refused: the supergraph does not compose',
          );
        }
        refused.push({ service: name, hash, errors: result.errors });
      }
    }
    return { kind: 'unchanged', refused };
  }

  /**
   * The schema each subgraph is composed from: its newest live instance's (refused schemas and
   * unknown ones aside); without one, the current supergraph's; without that, the newest stored.
   */
  private async candidates(
    instances: InstanceRecord[],
    refusedHashes: Map<string, string>,
    current: SupergraphRecord | null,
  ): Promise<Map<string, Candidate>> {
    const known = await this.options.schemas.byHashes([...new Set(instances.map((i) => i.schemaHash))]);
    const candidates = new Map<string, Candidate>();
    // live() is by service and registration time: the last one seen of a subgraph is its newest.
    for (const instance of instances) {
      if (known.has(instance.schemaHash) && !refusedHashes.has(instance.schemaHash))
        candidates.set(instance.service, { hash: instance.schemaHash, instance });
    }
    for (const name of this.subgraphs) {
      const composed = current?.schemaHashes[name];
      if (!candidates.has(name) && composed) candidates.set(name, { hash: composed });
    }
    const without = this.subgraphs.filter((name) => !candidates.has(name));
    for (const [name, hash] of await this.options.schemas.newestAccepted(without)) candidates.set(name, { hash });
    return candidates;
  }

  /** Every live instance presenting a refused schema is refused (once; an instance registering it later too). */
  private async holdRefused(instances: InstanceRecord[], refusedHashes: Map<string, string>): Promise<void> {
    const services = new Set<string>();
    for (const instance of instances) {
      const refusal = refusedHashes.get(instance.schemaHash);
      if (refusal === undefined || instance.state === 'UNHEALTHY') continue;
      if (await this.options.registry.refuseSchema(instance.id, refusal)) services.add(instance.service);
    }
    // The gateways' discovery drops them at once (registry-notices.ts).
    for (const service of services)
      await this.announce(() => announceService(this.options.registry, this.options.cache!, service, this.options.ttlMs));
  }

  private async announceComposed(supergraph: SupergraphRecord, changed: string[], candidates: Map<string, Candidate>): Promise<void> {
    const short = supergraph.hash.slice(0, 12);
    for (const name of changed) {
      const { instance, hash } = candidates.get(name)!;
      if (instance)
        await this.options.registry.recordEvent(
          instance.id,
          'supergraph_composed',
          `supergraph ${short} composed with ${name} schema ${hash.slice(0, 12)}`,
        );
    }
    this.options.logger.info({ supergraph: supergraph.hash, id: supergraph.id, changed }, 'supergraph composed');
    await this.announce(() =>
      this.options.cache!.publish(SUPERGRAPH_CHANNEL, JSON.stringify({ id: supergraph.id, hash: supergraph.hash })),
    );
  }

  /** A failed announcement is left to the gateways' slow poll and the discovery's periodic refresh. */
  private async announce(publish: () => Promise<void>): Promise<void> {
    if (!this.options.cache) return;
    try {
      await publish();
    } catch (error) {
      this.options.logger.debug({ err: error }, 'supergraph change not announced');
    }
  }
}

/** Composes in a worker thread of its own, ended once it answered: the ops subgraph's event loop goes on meanwhile. */
export function composeInWorker(subgraphs: SubgraphToCompose[]): Promise<ComposeOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./compose-worker.ts', import.meta.url), { workerData: { subgraphs } });
    let answered = false;
    worker.once('message', (outcome: ComposeOutcome) => {
      answered = true;
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the composition worker exited with code ${code} before answering`));
    });
  });
}

/** Composition messages name subgraphs in quotes (`in subgraph "talent"`) and list them at the end (`(in talent, search)`). */
function mentions(error: string, subgraph: string): boolean {
  if (error.includes(`"${subgraph}"`)) return true;
  const listed = /\(in ([^()]*)\)$/.exec(error)?.[1];
  return listed?.split(', ').includes(subgraph) ?? false;
}

function refusalDetail(errors: string[]): string {
  const detail = `composition failed: ${errors.join('\n')}`;
  return detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…` : detail;
}

/**
 * Runs the composer every `intervalMs` (with the registry checks' period) and at each registry
 * notice (an instance registered, its state changed); returns the function that stops it.
 */
export async function startSupergraphComposer(
  composer: SupergraphComposer,
  options: { intervalMs: number; cache?: CacheStore; logger: Logger },
): Promise<() => Promise<void>> {
  let stopped = false;
  let queued = false;
  let last: Promise<unknown> = Promise.resolve();
  // A burst of notices while a round runs makes one more round, not one each.
  const run = () => {
    if (stopped || queued) return;
    queued = true;
    last = last
      .then(() => {
        queued = false;
        return stopped ? undefined : composer.reconcile();
      })
      .catch((error: unknown) => options.logger.warn({ err: error }, 'supergraph composition round failed'));
  };
  const timer = setInterval(run, options.intervalMs);
  timer.unref();
  const unsubscribe = options.cache ? await subscribeRegistryChanges(options.cache, run).catch(() => undefined) : undefined;
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await unsubscribe?.();
    await last;
  };
}
