import DataLoader from 'dataloader';
import { connectionFrom, decodeListCursor, encodeListCursor, type Connection } from '../../../platform/pagination.ts';

/**
 * Keyset pages of a talent's children (notes, timeline events), batched: the pages asked for a
 * page of talents load in one query per distinct (first, after), whatever the number of talents.
 * Their cursors are platform/pagination's one scheme: the list's scope, then the (timestamp, id)
 * of the last row seen.
 */

/** Where a newest-first page stops: the (timestamp, id) of its last row. Ids may be uuids or bigints. */
export interface PageKey {
  at: Date;
  id: string;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const KEY_PARTS = ['date', 'id'] as const;

export const encodePageCursor = (scope: string, key: PageKey): string => encodeListCursor(scope, [key.at.toISOString(), key.id]);

/** A cursor `encodePageCursor(scope, …)` made, or BAD_USER_INPUT on field `after` (another list's cursor too). */
export function decodePageCursor(value: string, scope: string): PageKey {
  const [at, id] = decodeListCursor(value, scope, KEY_PARTS);
  return { at: new Date(at), id };
}

/**
 * One loader for the pages of many parents. `scope` names the list and its order (its cursors are
 * refused by any other list); `fetch` reads, for every parent id, at most `limit` rows after `after`
 * (a LATERAL join does it in one query) and says which parent each row is of.
 */
export function createPageLoader<T>(
  scope: string,
  fetch: (parentIds: string[], limit: number, after: PageKey | null) => Promise<{ parentId: string; row: T }[]>,
  keyOf: (row: T) => PageKey,
  count: DataLoader<string, number>,
) {
  const cursorOf = (row: T) => encodePageCursor(scope, keyOf(row));
  const loader = new DataLoader<string, Connection<T>>(async (keys) => {
    const groups = new Map<string, { first: number; after: PageKey | null; parentIds: string[] }>();
    for (const key of keys) {
      const [parentId, first, after] = JSON.parse(key) as [string, number, string | null];
      const groupKey = `${first}|${after ?? ''}`;
      const group = groups.get(groupKey) ?? { first, after: after ? decodePageCursor(after, scope) : null, parentIds: [] };
      group.parentIds.push(parentId);
      groups.set(groupKey, group);
    }
    const pages = new Map<string, Connection<T>>();
    for (const [groupKey, group] of groups) {
      const rows = await fetch(group.parentIds, group.first + 1, group.after);
      const byParent = Map.groupBy(rows, ({ parentId }) => parentId);
      for (const parentId of group.parentIds) {
        const parentRows = (byParent.get(parentId) ?? []).map(({ row }) => row);
        pages.set(
          `${parentId}|${groupKey}`,
          connectionFrom(parentRows, group.first, cursorOf, () => count.load(parentId), group.after !== null),
        );
      }
    }
    return keys.map((key) => {
      const [parentId, first, after] = JSON.parse(key) as [string, number, string | null];
      return pages.get(`${parentId}|${first}|${after ?? ''}`)!;
    });
  });
  return {
    /** The page of one parent; `after` is validated before anything is read. */
    load(parentId: string, first: number, after: string | null | undefined): Promise<Connection<T>> {
      if (after) decodePageCursor(after, scope);
      return loader.load(JSON.stringify([parentId, first, after ?? null]));
    },
  };
}
