import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { countAffected } from '../../../data/records/affected-rows.ts';

/**
 * The `tags` and `talent_tags` tables: their SQL and rows, no viewer and no rules (names arrive
 * valid, ids as uuids). Talents are joined only to count and link visible (not merged or erased) ones.
 */

/** A tag of the viewer's organisation; `talentCount` is filled when the query that read it counted. */
export interface TagRecord {
  id: string;
  name: string;
  talentCount?: number;
}

/** One tag for one talent. */
export interface TalentTag {
  talentId: string;
  name: string;
}

/** What a bulk write did to one visible talent among those asked for: the tag names it gained or lost (maybe none). */
export interface TalentTagChange {
  talentId: string;
  names: string[];
}

/**
 * Links tags to talents in one statement: missing tags are created (one per name, whatever its
 * case; the first spelling wins), links added to the visible talents of the org. Returns every
 * visible talent among the pairs with the tag names it gained.
 */
export async function linkTags(tx: SqlExecutor, orgId: string, addedBy: string, pairs: readonly TalentTag[]): Promise<TalentTagChange[]> {
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
    [orgId, JSON.stringify(pairs.map((pair) => ({ talent_id: pair.talentId, name: pair.name }))), addedBy],
  );
  return rows.map((row) => ({ talentId: row.talent_id, names: row.added }));
}

/** Unlinks tags (by lowercased name) from the visible talents among `talentIds`; returns each of them with the names it lost. */
export async function unlinkTags(
  tx: SqlExecutor,
  orgId: string,
  talentIds: readonly string[],
  lowercasedNames: readonly string[],
): Promise<TalentTagChange[]> {
  const rows = await tx.query<{ talent_id: string; removed: string[] }>(
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
    [orgId, lowercasedNames, talentIds],
  );
  return rows.map((row) => ({ talentId: row.talent_id, names: row.removed }));
}

/** The org's tags by name, each with how many visible talents carry it (one query). */
export async function listTags(sql: SqlExecutor, orgId: string): Promise<TagRecord[]> {
  const rows = await sql.query<{ id: string; name: string; talent_count: number }>(
    `SELECT t.id, t.name, count(v.id)::int AS talent_count
     FROM tags t
     LEFT JOIN talent_tags tt ON tt.tag_id = t.id
     LEFT JOIN talents v ON v.id = tt.talent_id AND v.${VISIBLE_TALENT}
     WHERE t.org_id = $1
     GROUP BY t.id, t.name
     ORDER BY lower(t.name), t.id`,
    [orgId],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, talentCount: row.talent_count }));
}

/** The tags of each talent (uuids), by name. */
export async function tagsOfTalents(
  sql: SqlExecutor,
  orgId: string | null,
  talentIds: readonly string[],
): Promise<Map<string, TagRecord[]>> {
  const rows = await sql.query<{ talent_id: string; id: string; name: string }>(
    `SELECT tt.talent_id, t.id, t.name FROM talent_tags tt JOIN tags t ON t.id = tt.tag_id
     WHERE tt.org_id = $1 AND tt.talent_id = ANY ($2::uuid[]) ORDER BY lower(t.name), t.id`,
    [orgId, talentIds],
  );
  const byTalent = Map.groupBy(rows, (row) => row.talent_id);
  return new Map([...byTalent].map(([talentId, tags]) => [talentId, tags.map((row) => ({ id: row.id, name: row.name }))]));
}

/** How many visible talents carry each tag (tags nobody carries are absent). */
export async function countTalentsByTag(sql: SqlExecutor, orgId: string | null, tagIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ tag_id: string; n: number }>(
    `SELECT tt.tag_id, count(*)::int AS n FROM talent_tags tt JOIN talents v ON v.id = tt.talent_id AND v.${VISIBLE_TALENT}
     WHERE tt.org_id = $1 AND tt.tag_id = ANY ($2::uuid[]) GROUP BY tt.tag_id`,
    [orgId, tagIds],
  );
  return new Map(rows.map((row) => [row.tag_id, row.n]));
}

// --- a merge and an erasure: every tag link of a talent ------------------------------------------

/** Talent `toId` gets the tags of `fromIds` (once each, the earliest link), then theirs go (a merge). */
export async function moveTalentTags(tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<void> {
  await tx.query(
    `INSERT INTO talent_tags (org_id, talent_id, tag_id, added_by, added_at)
     SELECT org_id, $2, tag_id, added_by, min(added_at) FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])
     GROUP BY org_id, tag_id, added_by
     ON CONFLICT (talent_id, tag_id) DO NOTHING`,
    [orgId, toId, fromIds],
  );
  await tx.query('DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = ANY ($2::uuid[])', [orgId, fromIds]);
}

/** Deletes every tag link of talent `talentId` (an erasure; the tags stay); how many. */
export const deleteTalentTagsOf = (tx: SqlExecutor, orgId: string, talentId: string): Promise<number> =>
  countAffected(tx, 'DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = $2', [orgId, talentId]);

/** The talent's tags as a data export holds them (JSON, by name, with who added each and when). */
export async function exportTalentTagsOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ tags: unknown[] }>(
    `SELECT coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'addedBy', tt.added_by, 'addedAt', tt.added_at) ORDER BY g.name), '[]') AS tags
     FROM talent_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.org_id = $1 AND tt.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.tags;
}
