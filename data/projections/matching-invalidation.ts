import { randomUUID } from 'node:crypto';
import type { CacheStore } from '../ports.ts';
import type { ProjectionHandler } from '../projector.ts';
import { RELATIONSHIP_AGGREGATE } from './relationship-projection.ts';
import { TALENT_AGGREGATE } from './talent-projection.ts';

/**
 * The matching score cache's invalidation (issue 14, point 6): a generation per organisation in the
 * cache store, which the outbox projector replaces whenever it applies an event of the org's
 * talents or relationships. Every cached ranking and pair score of the org is keyed by the
 * generation it was computed under, so a new generation orphans them all at once (they expire
 * with their TTL) without listing what to delete.
 *
 * Per organisation, not per job: an edited talent may enter any job's candidates (its vector moved),
 * a new relationship opens warm paths to anyone, so every ranking of the org may change. A
 * generation is a random token, not a counter: a counter that expired or was evicted would restart
 * at values old rankings were stored under; a fresh token never meets an old key.
 */
export const matchingGenerationKey = (orgId: string) => `matching:gen:${orgId}`;

/** How long a generation lives without a change: far beyond any ranking's TTL, so it outlives what was keyed by it. */
export const MATCHING_GENERATION_TTL_MS = 7 * 24 * 3_600_000;

/** Starts a new generation for each organisation: every score cached under the old one is stale. */
export async function bumpMatchingGenerations(cache: CacheStore, orgIds: Iterable<string>): Promise<void> {
  for (const orgId of new Set(orgIds)) await cache.set(matchingGenerationKey(orgId), randomUUID(), MATCHING_GENERATION_TTL_MS);
}

/**
 * The organisation's current generation; when there is none (never bumped, expired, evicted, a
 * restarted Redis) a new one is started, so nothing cached before can be read under it. Two first
 * reads at once may each start one: the last written wins, what the other cached is never read.
 */
export async function currentMatchingGeneration(cache: CacheStore, orgId: string): Promise<string> {
  const current = await cache.get(matchingGenerationKey(orgId));
  if (current) return current;
  const fresh = randomUUID();
  await cache.set(matchingGenerationKey(orgId), fresh, MATCHING_GENERATION_TTL_MS);
  return fresh;
}

/**
 * The handler with one more target, `cache`, applied after the projection stores (the projector
 * applies targets in order): the generation changes only once the graph, vector and search stores
 * hold the change, so a ranking computed under the new generation read them. A cache that does not
 * answer fails the event like any target: it stays pending (matching bypasses its cache while the
 * org has pending events) and is retried, so an outage never leaves a stale score behind.
 *
 * An event that dies never reaches this target, yet its change is in PostgreSQL (which matching reads
 * records from) and possibly in the stores before the failing one: `onDead` starts a new generation
 * for its organisation too, before the event is parked, so no ranking from before the change is served
 * for the rest of its TTL. An event replayed from dead is applied like any other, this target included.
 */
export function withMatchingInvalidation<T extends { orgId: string }>(
  handler: ProjectionHandler<T>,
  cache: CacheStore,
): ProjectionHandler<T> {
  return {
    ...handler,
    targets: {
      ...handler.targets,
      cache: {
        upsert: (snapshots) =>
          bumpMatchingGenerations(
            cache,
            snapshots.map((s) => s.orgId),
          ),
        remove: (orgId) => bumpMatchingGenerations(cache, [orgId]),
      },
    },
    onDead: (orgIds) => bumpMatchingGenerations(cache, orgIds),
  };
}

/** The aggregate types whose events change scores (talents and their relationships). */
export const MATCHING_AGGREGATES: readonly string[] = [TALENT_AGGREGATE, RELATIONSHIP_AGGREGATE];
