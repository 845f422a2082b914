import { badInput } from './errors.ts';

/** A Relay connection page, before GraphQL. `totalCount` is counted only when a client asks for it. */
export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Keyset cursor: the sort key of the last row seen, so inserts between pages move nothing. Ids are uuids or bigints (audit entries). */
export interface KeysetCursor {
  createdAt: string;
  id: string;
}

const CURSOR_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{1,19})$/i;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): KeysetCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(createdAt)) && CURSOR_ID.test(id)) {
      return { createdAt, id };
    }
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor this connection returned', { field: 'after' });
}

/**
 * A keyset cursor for a sorted list: the sort it belongs to, the sort value of the last row seen
 * and its id. A cursor of another sort is refused (its values would not order this one).
 */
export interface SortCursor {
  sort: string;
  value: string | number | null;
  id: string;
}

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

export function decodeSortCursor(value: string, sort: string): SortCursor {
  try {
    const [cursorSort, sortValue, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (
      cursorSort === sort &&
      (typeof sortValue === 'string' || typeof sortValue === 'number' || sortValue === null) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { sort, value: sortValue, id };
    }
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
}

/** `first` of a connection: an integer from 1 to `max` (BAD_USER_INPUT naming the argument otherwise). */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return size;
}
