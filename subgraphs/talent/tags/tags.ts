import DataLoader from 'dataloader';
import { VISIBLE_TALENT, isUuid } from '../../../data/loaders.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { requireScope } from '../../../platform/checks.ts';
import { badInput } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { recordAudit, type Actor } from '../../../data/audit/audit-recorder.ts';
import { groupBy } from '../../../platform/group-by.ts';

/** A tag of the viewer's organisation; `talentCount` is filled when the query that read it counted. */
export interface TagRecord {
  id: string;
  name: string;
  talentCount?: number;
}

/** What a bulk change did: talents that changed, and the ids that are not visible talents of the org. */
export interface BulkChangeResult {
  changed: number;
  notFound: string[];
}

export const MAX_BULK_TALENTS = 1_000;
export const MAX_TAGS_PER_CALL = 50;
export const MAX_TAG_LENGTH = 50;

/** `talentIds` of a bulk call: deduplicated; ids that are not even ids count as not found. */
export function bulkTalentIds(talentIds: readonly string[]): { ids: string[]; malformed: string[] } {
  if (talentIds.length === 0) throw badInput('give at least one talent id', { field: 'talentIds' });
  if (talentIds.length > MAX_BULK_TALENTS) {
    throw badInput(`at most ${MAX_BULK_TALENTS.toLocaleString('en')} talent ids per call`, { field: 'talentIds' });
  }
  const unique = [...new Set(talentIds)];
  const ids = unique.filter(isUuid);
  if (ids.length === 0) throw badInput('none of talentIds is a talent id', { field: 'talentIds' });
  return { ids, malformed: unique.filter((id) => !isUuid(id)) };
}

/** The input ids that did not change because they are not visible talents of the org, in input order. */
export function notFoundIds(talentIds: readonly string[], found: Iterable<string>): string[] {
  const seen = new Set([...found].map((id) => id.toLowerCase()));
  return [...new Set(talentIds)].filter((id) => !seen.has(id.toLowerCase()));
}

/** Tag names: trimmed, 1 to 50 characters, at most 50, deduplicated case-insensitively (first spelling wins). */
export function tagNames(names: readonly string[]): string[] {
  if (names.length === 0) throw badInput('give at least one tag', { field: 'tags' });
  if (names.length > MAX_TAGS_PER_CALL) throw badInput(`at most ${MAX_TAGS_PER_CALL} tags per call`, { field: 'tags' });
  const byKey = new Map<string, string>();
  names.forEach((raw, i) => {
    const name = raw.trim();
    if (name.length === 0) throw badInput('a tag must not be empty', { field: `tags.${i}` });
    if (name.length > MAX_TAG_LENGTH) throw badInput(`a tag must be at most ${MAX_TAG_LENGTH} characters`, { field: `tags.${i}` });
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  });
  return [...byKey.values()];
}

/** One tag for one talent: what `linkTags` writes, whatever the shape of the call. */
export interface TalentTag {
  talentId: string;
  name: string;
}

/**
 * Tags talents inside the caller's transaction, in one statement: missing tags are created (one
 * per name, whatever its case), links are added to the visible talents of the org, and one
 * `tag.add` audit entry per talent that gained a tag is recorded. Returns the links added.
 * `createTalent(input.tags)` and the demo seed call it.
 */
export async function addTagsInTransaction(
  tx: SqlExecutor,
  orgId: string,
  actor: Actor,
  talentIds: string[],
  names: string[],
): Promise<number> {
  if (talentIds.length === 0 || names.length === 0) return 0;
  const wanted = tagNames(names);
  return addTalentTagsInTransaction(
    tx,
    orgId,
    actor,
    talentIds.flatMap((talentId) => wanted.map((name) => ({ talentId, name }))),
  );
}

/**
 * The same for any (talent, tag) pairs, e.g. an import where every row has tags of its own: one
 * statement whatever the mix. Names must already be valid (`tagNames`). Returns the links added.
 */
export async function addTalentTagsInTransaction(tx: SqlExecutor, orgId: string, actor: Actor, pairs: TalentTag[]): Promise<number> {
  const valid = pairs.filter((pair) => isUuid(pair.talentId));
  if (valid.length === 0) return 0;
  const added = await linkTags(tx, orgId, actor, valid);
  return [...added.values()].reduce((sum, tags) => sum + tags.length, 0);
}

/** Links tags to talents; returns, for every visible talent among the pairs, the tag names it gained. */
async function linkTags(tx: SqlExecutor, orgId: string, actor: Actor, pairs: TalentTag[]): Promise<Map<string, string[]>> {
  const rows = await tx.query<{ talent_id: string; added: string[] }>(
    `WITH pairs AS (
       SELECT talent_id, name, n FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (talent_id uuid, name text)) WITH ORDINALITY AS p(talent_id, name, n)
     ), wanted AS (
       SELECT DISTINCT ON (lower(name)) name FROM pairs ORDER BY lower(name), n
     ), tag AS (
       -- DO UPDATE (not NOTHING) so an existing tag comes back too
       INSERT INTO tags (org_id, name) SELECT $1, name FROM wanted
       ON CONFLICT (org_id, lower(name)) DO UPDATE SET name = tags.name
       RETURNING id, name
     ), found AS (
       SELECT id FROM talents WHERE org_id = $1 AND id IN (SELECT talent_id FROM pairs) AND ${VISIBLE_TALENT}
     ), linked AS (
       INSERT INTO talent_tags (org_id, talent_id, tag_id, added_by)
       SELECT DISTINCT $1::uuid, found.id, tag.id, $3
       FROM pairs JOIN found ON found.id = pairs.talent_id JOIN tag ON lower(tag.name) = lower(pairs.name)
       ON CONFLICT DO NOTHING
       RETURNING talent_id, tag_id
     )
     SELECT found.id AS talent_id,
            coalesce(array_agg(tag.name ORDER BY lower(tag.name)) FILTER (WHERE linked.tag_id IS NOT NULL), '{}') AS added
     FROM found LEFT JOIN linked ON linked.talent_id = found.id LEFT JOIN tag ON tag.id = linked.tag_id
     GROUP BY found.id`,
    [
      orgId,
      JSON.stringify(pairs.map((pair) => ({ talent_id: pair.talentId, name: pair.name }))),
      actor === 'system' ? 'system' : actor.userId,
    ],
  );
  const added = new Map(rows.map((row) => [row.talent_id, row.added]));
  await recordAudit(
    tx,
    orgId,
    actor,
    rows
      .filter((row) => row.added.length > 0)
      .map((row) => ({
        action: 'tag.add',
        entityType: 'talent',
        entityId: row.talent_id,
        talentId: row.talent_id,
        after: { tags: row.added },
      })),
  );
  return added;
}

/** Tags: the org's list with counts, bulk tagging and untagging, and the batched `Talent.tags`. Knows nothing of GraphQL. */
export class Tags {
  private readonly byTalent: DataLoader<string, TagRecord[]>;
  private readonly countByTag: DataLoader<string, number>;

  constructor(
    private readonly db: RelationalStore,
    viewer: Viewer | null,
  ) {
    const orgId = viewer?.orgId ?? null;
    this.byTalent = new DataLoader(async (talentIds) => {
      const rows = await db.query<{ talent_id: string; id: string; name: string }>(
        `SELECT tt.talent_id, t.id, t.name FROM talent_tags tt JOIN tags t ON t.id = tt.tag_id
         WHERE tt.org_id = $1 AND tt.talent_id = ANY ($2::uuid[]) ORDER BY lower(t.name), t.id`,
        [orgId, talentIds.filter(isUuid)],
      );
      const byTalent = groupBy(rows, (row) => row.talent_id);
      return talentIds.map((id) => (byTalent.get(id) ?? []).map((row) => ({ id: row.id, name: row.name })));
    });
    this.countByTag = new DataLoader(async (tagIds) => {
      const rows = await db.query<{ tag_id: string; n: number }>(
        `SELECT tt.tag_id, count(*)::int AS n FROM talent_tags tt JOIN talents v ON v.id = tt.talent_id AND v.${VISIBLE_TALENT}
         WHERE tt.org_id = $1 AND tt.tag_id = ANY ($2::uuid[]) GROUP BY tt.tag_id`,
        [orgId, tagIds],
      );
      const counts = new Map(rows.map((row) => [row.tag_id, row.n]));
      return tagIds.map((id) => counts.get(id) ?? 0);
    });
  }

  /** The org's tags by name, each with how many visible talents carry it (one query). */
  async list(viewerOrNull: Viewer | null): Promise<TagRecord[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    const rows = await this.db.query<{ id: string; name: string; talent_count: number }>(
      `SELECT t.id, t.name, count(v.id)::int AS talent_count
       FROM tags t
       LEFT JOIN talent_tags tt ON tt.tag_id = t.id
       LEFT JOIN talents v ON v.id = tt.talent_id AND v.${VISIBLE_TALENT}
       WHERE t.org_id = $1
       GROUP BY t.id, t.name
       ORDER BY lower(t.name), t.id`,
      [viewer.orgId],
    );
    return rows.map((row) => ({ id: row.id, name: row.name, talentCount: row.talent_count }));
  }

  async forTalent(viewerOrNull: Viewer | null, talentId: string): Promise<TagRecord[]> {
    requireScope(viewerOrNull, 'talent:read');
    return this.byTalent.load(talentId);
  }

  async talentCount(viewerOrNull: Viewer | null, tag: TagRecord): Promise<number> {
    requireScope(viewerOrNull, 'talent:read');
    return tag.talentCount ?? this.countByTag.load(tag.id);
  }

  /** Adds tags (missing ones created) to up to 1,000 talents, in one transaction. */
  async tag(viewerOrNull: Viewer | null, talentIds: readonly string[], names: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    const wanted = tagNames(names);
    const added = await this.db.transaction((tx) =>
      linkTags(
        tx,
        viewer.orgId,
        viewer,
        ids.flatMap((talentId) => wanted.map((name) => ({ talentId, name }))),
      ),
    );
    return { changed: [...added.values()].filter((tags) => tags.length > 0).length, notFound: notFoundIds(talentIds, added.keys()) };
  }

  /** Removes tags (by name, case-insensitive; unknown names change nothing) from up to 1,000 talents. */
  async untag(viewerOrNull: Viewer | null, talentIds: readonly string[], names: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    const keys = tagNames(names).map((name) => name.toLowerCase());
    const rows = await this.db.transaction(async (tx) => {
      const removed = await tx.query<{ talent_id: string; removed: string[] }>(
        `WITH found AS (
           SELECT id FROM talents WHERE org_id = $1 AND id = ANY ($3::uuid[]) AND ${VISIBLE_TALENT}
         ), removed AS (
           DELETE FROM talent_tags tt USING tags t
           WHERE tt.tag_id = t.id AND t.org_id = $1 AND lower(t.name) = ANY ($2::text[]) AND tt.talent_id IN (SELECT id FROM found)
           RETURNING tt.talent_id, t.name
         )
         SELECT found.id AS talent_id,
                coalesce(array_agg(removed.name ORDER BY lower(removed.name)) FILTER (WHERE removed.name IS NOT NULL), '{}') AS removed
         FROM found LEFT JOIN removed ON removed.talent_id = found.id
         GROUP BY found.id`,
        [viewer.orgId, keys, ids],
      );
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        removed
          .filter((row) => row.removed.length > 0)
          .map((row) => ({
            action: 'tag.remove',
            entityType: 'talent',
            entityId: row.talent_id,
            talentId: row.talent_id,
            before: { tags: row.removed },
          })),
      );
      return removed;
    });
    return {
      changed: rows.filter((row) => row.removed.length > 0).length,
      notFound: notFoundIds(
        talentIds,
        rows.map((row) => row.talent_id),
      ),
    };
  }
}
