import { z } from 'zod';
import type { Logger } from '../../platform/logger.ts';
import { configVersion } from '../../platform/metrics.ts';
import type { CacheStore } from '../ports.ts';
import type { ConfigStore, ConfigVersionRecord } from './config-store.ts';
import { mergeSettings, type EffectiveSettings } from './settings.ts';

/** The cache store's pub/sub channel on which the configuration service announces a new version, after its commit. */
export const CONFIG_CHANNEL = 'config:changed';

export interface ConfigNotice {
  scope: string;
  version: number;
}

const noticeSchema = z.object({ scope: z.string().min(1), version: z.number().int().positive() });

export async function publishConfigChange(cache: CacheStore, notice: ConfigNotice): Promise<void> {
  await cache.publish(CONFIG_CHANNEL, JSON.stringify(notice));
}

export function parseConfigNotice(message: string): ConfigNotice | null {
  try {
    const parsed = noticeSchema.safeParse(JSON.parse(message));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A process's view of the configuration: every scope's newest version, held in memory. */
export interface ConfigWatcher {
  /**
   * The effective settings for an organisation (and a service): built-in ← `default` ←
   * `service:<service>` ← `org:<orgId>`, later wins key by key. A Map read: no I/O.
   */
  current(orgId?: string | null, service?: string): EffectiveSettings;
  /** The version of a scope this process applied (0: none). */
  versionOf(scope: string): number;
  /** Called with the versions each refresh applied; returns the unsubscribe. */
  onChange(listener: (applied: readonly ConfigVersionRecord[]) => void): () => void;
  /** Reads what is newer than the last version seen (a notice or the poll calls it; tests may too). */
  refresh(): Promise<void>;
  /** After a commit: tells every process (this one at once) that `scope` has a new version. Never throws. */
  announce(notice: ConfigNotice): Promise<void>;
  close(): Promise<void>;
}

export interface ConfigWatcherOptions {
  store: ConfigStore;
  /** The pub/sub the notices travel on; without it the poll alone keeps the view (every `pollMs`). */
  cache?: CacheStore;
  pollMs: number;
  logger: Logger;
}

const MAX_MERGED = 10_000;

/**
 * Loads every scope's newest version at start, then re-reads on each notice of CONFIG_CHANNEL and
 * every `pollMs` (a missed message, a restarted Redis, a process without the cache): each re-read
 * is one query for the rows newer than the newest seen, usually none. Versions only grow, so a
 * late or repeated notice changes nothing. Reports the versions of `default` and `service:*` as
 * `looma_config_version{scope}` (organisations are not labelled: their number is unbounded).
 */
export async function startConfigWatcher({ store, cache, pollMs, logger }: ConfigWatcherOptions): Promise<ConfigWatcher> {
  const held = new Map<string, ConfigVersionRecord>();
  const merged = new Map<string, EffectiveSettings>();
  const listeners = new Set<(applied: readonly ConfigVersionRecord[]) => void>();
  let lastId = '0';
  let running: Promise<void> | null = null;
  let again = false;
  let isClosed = false;
  let failing = false;
  configVersion.set({ scope: 'default' }, 0);

  const apply = (records: readonly ConfigVersionRecord[]) => {
    const applied: ConfigVersionRecord[] = [];
    for (const record of records) {
      if (BigInt(record.id) > BigInt(lastId)) lastId = record.id;
      if ((held.get(record.scope)?.version ?? 0) >= record.version) continue;
      held.set(record.scope, record);
      applied.push(record);
      if (!record.scope.startsWith('org:')) configVersion.set({ scope: record.scope }, record.version);
    }
    if (applied.length === 0) return;
    merged.clear();
    for (const listener of listeners) {
      try {
        listener(applied);
      } catch (error) {
        logger.warn({ err: error }, 'a configuration listener failed');
      }
    }
  };

  const readOnce = async () => {
    try {
      apply(lastId === '0' ? await store.currentOfEveryScope() : await store.since(lastId));
      if (failing) logger.info('configuration store answers again');
      failing = false;
    } catch (error) {
      // The store down: keep the last view; the next notice or poll tries again.
      if (!failing) logger.warn({ err: error }, 'configuration could not be read; keeping the last one');
      failing = true;
    }
  };

  /** One read at a time; a notice during a read asks for one more after it. */
  const refresh = (): Promise<void> => {
    if (isClosed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await readOnce();
      } while (again && !isClosed);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  await refresh();
  let unsubscribe: (() => Promise<void>) | undefined;
  // Not awaited: a Redis that is down must not hold the service's start (the poll covers it).
  void cache
    ?.subscribe(CONFIG_CHANNEL, (message) => {
      if (parseConfigNotice(message)) void refresh();
    })
    .then(
      (stop) => {
        if (isClosed) void stop().catch(() => undefined);
        else {
          unsubscribe = stop;
          // A change published between the first read and the subscription's start sent a notice no one heard: read once
          // more now that notices arrive (else it waits for the poll).
          void refresh();
        }
      },
      (error: unknown) => logger.warn({ err: error }, 'configuration notices unavailable; polling only'),
    );
  const timer = setInterval(() => void refresh(), pollMs);
  timer.unref();

  return {
    current(orgId, service) {
      const key = `${service ?? ''}|${orgId ?? ''}`;
      let settings = merged.get(key);
      if (!settings) {
        settings = mergeSettings(
          held.get('default')?.values,
          service ? held.get(`service:${service}`)?.values : undefined,
          orgId ? held.get(`org:${orgId}`)?.values : undefined,
        );
        if (merged.size >= MAX_MERGED) merged.clear();
        merged.set(key, settings);
      }
      return settings;
    },
    versionOf: (scope) => held.get(scope)?.version ?? 0,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    async announce(notice) {
      await refresh();
      if (!cache) return;
      await publishConfigChange(cache, notice).catch((error: unknown) =>
        logger.warn({ err: error, scope: notice.scope }, 'configuration notice not published; the others poll'),
      );
    },
    async close() {
      isClosed = true;
      clearInterval(timer);
      await unsubscribe?.().catch(() => undefined);
      await running;
    },
  };
}
