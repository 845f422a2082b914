import { badInput } from './errors.ts';
import { isUuid } from './ids.ts';

/** A Relay connection page, before GraphQL. `totalCount` is counted only when a client asks for it. */
export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A row id in a cursor: a uuid, or a bigint (audit entries). */
const CURSOR_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9]{1,19})$/i;

/** `first` of a connection: an integer from 1 to `max` (BAD_USER_INPUT naming the argument otherwise). */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return size;
}

// ---------------------------------------------------------------------------------------------------
// The one cursor scheme and the one connection builder every list uses.

/** What a cursor's key is made of, part by part; a cursor whose parts do not match is refused. */
export type CursorPart = 'date' | 'id' | 'uuid' | 'string' | 'integer' | 'number' | 'value';
type PartValue<P extends CursorPart> = P extends 'integer' | 'number' ? number : P extends 'value' ? string | number | null : string;
/** The decoded key of a cursor with these parts. */
export type CursorKey<Parts extends readonly CursorPart[]> = { [I in keyof Parts]: PartValue<Parts[I]> };

const PART_CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  date: (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  // Row ids are uuids or bigints (audit entries).
  id: (value) => typeof value === 'string' && CURSOR_ID.test(value),
  uuid: (value) => typeof value === 'string' && isUuid(value),
  string: (value) => typeof value === 'string',
  integer: (value) => Number.isSafeInteger(value) && (value as number) >= 0,
  // A numeric sort value (years of experience: fractions, and -1 for none).
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  value: (value) => typeof value === 'string' || typeof value === 'number' || value === null,
};

/**
 * A list's cursor: base64url of `[scope, ...key]`. The scope names the list and its order (`talents:
 * createdAt`, `search:<fingerprint>`), so a cursor of another list or another sort is refused rather
 * than misread; the key is the sort value(s) of the last row seen and its id (keyset paging: inserts
 * between pages move nothing), or an offset where a ranking has no stable key.
 */
export function encodeListCursor<Parts extends readonly CursorPart[]>(scope: string, key: CursorKey<Parts>): string {
  return Buffer.from(JSON.stringify([scope, ...(key as unknown[])])).toString('base64url');
}

/** The key of a cursor `encodeListCursor(scope, …)` made, or BAD_USER_INPUT on field `after`. */
export function decodeListCursor<const Parts extends readonly CursorPart[]>(value: string, scope: string, parts: Parts): CursorKey<Parts> {
  try {
    const decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(decoded) && decoded.length === parts.length + 1 && decoded[0] === scope) {
      const key = decoded.slice(1);
      if (parts.every((part, i) => PART_CHECKS[part](key[i]))) return key as CursorKey<Parts>;
    }
  } catch {
    // fall through
  }
  throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
}

/**
 * The connection of a page: `rows` holds up to `first + 1` rows in order (the extra one only says
 * there is a next page), `cursorOf` gives each row's cursor, `totalCount` runs only when asked for.
 * `hasPreviousPage` is what the list has always said: keyset lists answer whether an `after` was given.
 */
export function connectionFrom<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (node: T) => string,
  totalCount: () => Promise<number>,
  hasPreviousPage = false,
): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
