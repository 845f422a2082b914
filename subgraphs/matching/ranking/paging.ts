import { createHash } from 'node:crypto';
import { badInput } from '../../../platform/errors.ts';
import { connectionFrom, decodeListCursor, encodeListCursor } from '../../../platform/pagination.ts';
import type { MatchResult } from '../scoring/types.ts';

/** What `Job.matches` does with a talent who fails a knock-out: listed after the others, or left out. */
export type KnockOutMode = 'FLAG' | 'EXCLUDE';

export const MAX_MATCH_PAGE = 100;

/** `first`: 20 by default, 1 to 100 (BAD_USER_INPUT on `first` otherwise). */
export function matchPageSize(first: number | null | undefined, max = MAX_MATCH_PAGE): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > max) throw badInput(`first must be between 1 and ${max}`, { field: 'first' });
  return size;
}

/** Best first: score, then the talent's id (a stable order for equal scores, so pages never overlap). */
export const byScore = (a: MatchResult, b: MatchResult): number =>
  b.score - a.score || (a.talentId < b.talentId ? -1 : a.talentId > b.talentId ? 1 : 0);

/**
 * A job's ranking as a list: best first; knocked-out talents after every other (FLAG) or left out
 * (EXCLUDE).
 */
export function orderMatches(matches: readonly MatchResult[], mode: KnockOutMode): MatchResult[] {
  const passing = matches.filter((m) => !m.knockedOut).sort(byScore);
  if (mode === 'EXCLUDE') return passing;
  return [...passing, ...matches.filter((m) => m.knockedOut).sort(byScore)];
}

/**
 * The scope of a ranking's cursors: the job, the filter and the mode, so a cursor of another job's
 * matches (or another filter's) is refused rather than misread.
 */
export function matchCursorScope(jobId: string, filter: unknown, mode: KnockOutMode): string {
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([jobId, filter ?? null, mode]))
    .digest('base64url')
    .slice(0, 16);
  return `matches:${fingerprint}`;
}

export interface MatchPage {
  edges: { cursor: string; node: MatchResult }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * A page of an ordered ranking after `after` (the position of the last row seen: a ranking has no
 * stable key); BAD_USER_INPUT on `after` for another ranking's cursor or one past its end.
 */
export function pageOfMatches(ordered: readonly MatchResult[], scope: string, first: number, after: string | null | undefined): MatchPage {
  let offset = 0;
  if (after) {
    [offset] = decodeListCursor(after, scope, ['integer']);
    if (offset < 0 || offset > ordered.length) throw badInput('after is not a cursor this connection returned', { field: 'after' });
  }
  const rows = ordered.slice(offset, offset + first + 1).map((match, i) => ({ match, position: offset + i + 1 }));
  const page = connectionFrom(
    rows,
    first,
    (row) => encodeListCursor<['integer']>(scope, [row.position]),
    async () => ordered.length,
    offset > 0,
  );
  return {
    edges: page.edges.map(({ node, cursor }) => ({ cursor, node: node.match })),
    pageInfo: page.pageInfo,
    totalCount: ordered.length,
  };
}
