import fs from 'node:fs';
import type { CacheStore, RelationalStore } from '../data/ports.ts';
import { SUPERGRAPH_CHANNEL, SchemaStore, schemaHash } from '../data/registry/schema-store.ts';
import type { Logger } from '../platform/logger.ts';
import { SUPERGRAPH_FILE } from '../schema/subgraphs.ts';

/** What the gateway serves: the committed file, or the registry's newest supergraph (GATEWAY_SUPERGRAPH). */
export type SupergraphMode = 'file' | 'registry';

/** The supergraph the gateway starts with: its SDL (as composed) and its sha256. */
export interface StartingSupergraph {
  sdl: string;
  hash: string;
  /** Where it came from: the registry, or the file (mode `file`, or a registry with none composed yet). */
  from: 'file' | 'registry';
}

/** Without an announcement (a lost message, the cache store down), the registry is read this often. */
export const SUPERGRAPH_POLL_MS = 30_000;

/** Reads the supergraph to start with: the file, or in `registry` mode the newest composed one (the file when none, or the registry is down). */
export async function startingSupergraph(mode: SupergraphMode, relational: RelationalStore, logger: Logger): Promise<StartingSupergraph> {
  if (mode === 'registry') {
    try {
      const current = await new SchemaStore(relational).current();
      if (current) return { sdl: current.sdl, hash: current.hash, from: 'registry' };
      logger.info('no supergraph composed in the registry yet: serving schema/supergraph.graphql');
    } catch (error) {
      logger.warn({ err: error }, 'the registry is unreachable: serving schema/supergraph.graphql until it answers');
    }
  }
  const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  return { sdl, hash: schemaHash(sdl), from: 'file' };
}

export interface SupergraphWatchOptions {
  relational: RelationalStore;
  /** Where the control plane announces a new supergraph (SUPERGRAPH_CHANNEL); none: the poll alone. */
  cache?: CacheStore;
  /** The supergraph served now (its hash). */
  served: StartingSupergraph;
  /** Loads a supergraph into the gateway; throws when it does not load (the served one stays). */
  apply: (supergraphSdl: string) => Promise<void>;
  logger: Logger;
  pollMs?: number;
}

/**
 * Follows the registry's current supergraph (issue 12, hot reload): at each announcement on
 * SUPERGRAPH_CHANNEL, and every `pollMs` in case one was lost, the newest composed supergraph is
 * read and, when it is not the one served, applied. One that fails to load is refused here too
 * (logged once, the served one kept) until another is composed. Returns the function that stops it.
 */
export async function watchRegistrySupergraph(options: SupergraphWatchOptions): Promise<() => Promise<void>> {
  const store = new SchemaStore(options.relational);
  let served = options.served.hash;
  let refused: string | undefined;
  let stopped = false;
  let queued = false;
  let last: Promise<void> = Promise.resolve();

  const refresh = async (): Promise<void> => {
    const current = await store.current();
    if (!current || current.hash === served || current.hash === refused) return;
    try {
      await options.apply(current.sdl);
      served = current.hash;
      options.logger.info({ supergraph: current.hash, id: current.id }, 'serving a new supergraph from the registry');
    } catch (error) {
      refused = current.hash;
      options.logger.error(
        { err: error, supergraph: current.hash },
        'a supergraph from the registry failed to load: still serving the previous one',
      );
    }
  };
  // Announcements in a burst make one more read, not one each; reads never overlap.
  const schedule = () => {
    if (stopped || queued) return;
    queued = true;
    last = last
      .then(() => {
        queued = false;
        return stopped ? undefined : refresh();
      })
      .catch((error: unknown) => options.logger.warn({ err: error }, 'reading the registry supergraph failed; retried at the next poll'));
  };

  const timer = setInterval(schedule, options.pollMs ?? SUPERGRAPH_POLL_MS);
  timer.unref();
  let unsubscribe: (() => Promise<void>) | undefined;
  try {
    unsubscribe = await options.cache?.subscribe(SUPERGRAPH_CHANNEL, schedule);
  } catch (error) {
    options.logger.warn({ err: error }, 'cannot watch the supergraph announcements: polling the registry alone');
  }
  // A supergraph composed between the start's read and the subscription is not missed.
  schedule();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await unsubscribe?.().catch(() => undefined);
    await last;
  };
}
