import DataLoader from 'dataloader';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { requireScope } from '../../../platform/checks.ts';
import { badInput } from '../../../platform/errors.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { recordAudit, type Actor } from '../../../data/audit/audit-recorder.ts';
import {
  countTalentsByTag,
  linkTags,
  listTags,
  tagsOfTalents,
  unlinkTags,
  type TagRecord,
  type TalentTag,
  type TalentTagChange,
} from './tag-store.ts';

export type { TagRecord, TalentTag };

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

/** A bulk change's result from what the store reports for the visible talents among the input. */
export function bulkChangeResult(talentIds: readonly string[], changes: readonly TalentTagChange[]): BulkChangeResult {
  return {
    changed: changes.filter((change) => change.names.length > 0).length,
    notFound: notFoundIds(
      talentIds,
      changes.map((change) => change.talentId),
    ),
  };
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
  const added = await tagAndRecord(tx, orgId, actor, valid);
  return added.reduce((sum, change) => sum + change.names.length, 0);
}

/** Links the pairs and records one `tag.add` entry per talent that gained a tag. */
async function tagAndRecord(tx: SqlExecutor, orgId: string, actor: Actor, pairs: TalentTag[]): Promise<TalentTagChange[]> {
  const added = await linkTags(tx, orgId, actor === 'system' ? 'system' : actor.userId, pairs);
  await recordAudit(
    tx,
    orgId,
    actor,
    added
      .filter((change) => change.names.length > 0)
      .map((change) => ({
        action: 'tag.add',
        entityType: 'talent',
        entityId: change.talentId,
        talentId: change.talentId,
        after: { tags: change.names },
      })),
  );
  return added;
}

/** Tags: the org's list with counts, bulk tagging and untagging, and the batched `Talent.tags`. Knows nothing of GraphQL, nor of SQL. */
export class Tags {
  private readonly byTalent: DataLoader<string, TagRecord[]>;
  private readonly countByTag: DataLoader<string, number>;

  private readonly db: RelationalStore;

  constructor(db: RelationalStore, viewer: Viewer | null) {
    this.db = db;
    const orgId = viewer?.orgId ?? null;
    this.byTalent = new DataLoader(async (talentIds) => {
      const byTalent = await tagsOfTalents(db, orgId, talentIds.filter(isUuid));
      return talentIds.map((id) => byTalent.get(id) ?? []);
    });
    this.countByTag = new DataLoader(async (tagIds) => {
      const counts = await countTalentsByTag(db, orgId, tagIds);
      return tagIds.map((id) => counts.get(id) ?? 0);
    });
  }

  /** The org's tags by name, each with how many visible talents carry it (one query). */
  async list(viewerOrNull: Viewer | null): Promise<TagRecord[]> {
    const viewer = requireScope(viewerOrNull, 'talent:read');
    return listTags(this.db, viewer.orgId);
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
      tagAndRecord(
        tx,
        viewer.orgId,
        viewer,
        ids.flatMap((talentId) => wanted.map((name) => ({ talentId, name }))),
      ),
    );
    return bulkChangeResult(talentIds, added);
  }

  /** Removes tags (by name, case-insensitive; unknown names change nothing) from up to 1,000 talents. */
  async untag(viewerOrNull: Viewer | null, talentIds: readonly string[], names: readonly string[]): Promise<BulkChangeResult> {
    const viewer = requireScope(viewerOrNull, 'talent:write');
    const { ids } = bulkTalentIds(talentIds);
    const keys = tagNames(names).map((name) => name.toLowerCase());
    const removed = await this.db.transaction(async (tx) => {
      const changes = await unlinkTags(tx, viewer.orgId, ids, keys);
      await recordAudit(
        tx,
        viewer.orgId,
        viewer,
        changes
          .filter((change) => change.names.length > 0)
          .map((change) => ({
            action: 'tag.remove',
            entityType: 'talent',
            entityId: change.talentId,
            talentId: change.talentId,
            before: { tags: change.names },
          })),
      );
      return changes;
    });
    return bulkChangeResult(talentIds, removed);
  }
}
