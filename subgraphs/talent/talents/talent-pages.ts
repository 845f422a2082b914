import DataLoader from 'dataloader';
import { decodeCursor, encodeCursor, type Connection } from '../../../platform/pagination.ts';
import { groupBy } from '../../../platform/group-by.ts';

/**
 * Keyset pages of a talent's children (notes, timeline events), batched: the pages asked for a
 * page of talents load in one query per distinct (first, after), whatever the number of talents.
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

export const encodePageCursor = (key: PageKey): string => encodeCursor({ createdAt: key.at.toISOString(), id: key.id });

/** A cursor of `encodePageCursor` (platform/pagination's keyset cursor), or BAD_USER_INPUT on field `after`. */
export function decodePageCursor(value: string): PageKey {
  const { createdAt, id } = decodeCursor(value);
  return { at: new Date(createdAt), id };
}

/** A page of rows read with `limit + 1` rows, as a connection. */
export function toConnection<T>(
  rows: T[],
  first: number,
  after: PageKey | null,
  keyOf: (row: T) => PageKey,
  totalCount: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodePageCursor(keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One loader for the pages of many parents. `fetch` reads, for every parent id, at most `limit`
 * rows after `after` (a LATERAL join does it in one query) and says which parent each row is of.
 */
export function createPageLoader<T>(
  fetch: (parentIds: string[], limit: number, after: PageKey | null) => Promise<{ parentId: string; row: T }[]>,
  keyOf: (row: T) => PageKey,
  count: DataLoader<string, number>,
) {
  const loader = new DataLoader<string, Connection<T>>(async (keys) => {
    const groups = new Map<string, { first: number; after: PageKey | null; parentIds: string[] }>();
    for (const key of keys) {
      const [parentId, first, after] = JSON.parse(key) as [string, number, string | null];
      const groupKey = `${first}|${after ?? ''}`;
      const group = groups.get(groupKey) ?? { first, after: after ? decodePageCursor(after) : null, parentIds: [] };
      group.parentIds.push(parentId);
      groups.set(groupKey, group);
    }
    const pages = new Map<string, Connection<T>>();
    for (const [groupKey, group] of groups) {
      const rows = await fetch(group.parentIds, group.first + 1, group.after);
      const byParent = groupBy(rows, ({ parentId }) => parentId);
      for (const parentId of group.parentIds) {
        const parentRows = (byParent.get(parentId) ?? []).map(({ row }) => row);
        pages.set(
          `${parentId}|${groupKey}`,
          toConnection(parentRows, group.first, group.after, keyOf, () => count.load(parentId)),
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
      if (after) decodePageCursor(after);
      return loader.load(JSON.stringify([parentId, first, after ?? null]));
    },
  };
}
