import { describe, expect, it } from 'vitest';
import { connectionFrom, decodeListCursor, encodeListCursor, pageSize } from './pagination.ts';
import { refusalOf } from '../tests/support/refusal.ts';

const ID = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';

describe('the one cursor scheme', () => {
  it('gives back the key it was made from, for its own scope', () => {
    const cursor = encodeListCursor('talents:UPDATED_AT:DESC', ['2026-11-30T10:00:00.000Z', ID]);
    expect(decodeListCursor(cursor, 'talents:UPDATED_AT:DESC', ['date', 'uuid'])).toEqual(['2026-11-30T10:00:00.000Z', ID]);
    const offset = encodeListCursor('search:abc', [40]);
    expect(decodeListCursor(offset, 'search:abc', ['integer'])).toEqual([40]);
    expect(decodeListCursor(encodeListCursor('audit', ['2026-11-30T10:00:00.000Z', '123']), 'audit', ['date', 'id'])).toEqual([
      '2026-11-30T10:00:00.000Z',
      '123',
    ]);
  });

  it("refuses another list's or another sort's cursor, and anything that is not a cursor, naming `after`", () => {
    const cursor = encodeListCursor('talents:NAME:ASC', ['Li Na', ID]);
    const cases = [
      () => decodeListCursor(cursor, 'talents:NAME:DESC', ['value', 'uuid']),
      () => decodeListCursor('garbage', 'talents:NAME:ASC', ['value', 'uuid']),
      () => decodeListCursor(Buffer.from('{"a":1}').toString('base64url'), 'talents:NAME:ASC', ['value', 'uuid']),
      () => decodeListCursor(encodeListCursor('talents:NAME:ASC', ['Li Na', 'not-a-uuid']), 'talents:NAME:ASC', ['value', 'uuid']),
      () => decodeListCursor(encodeListCursor('search:abc', [-1]), 'search:abc', ['integer']),
      () => decodeListCursor(encodeListCursor('audit', ['yesterday', '1']), 'audit', ['date', 'id']),
      () => decodeListCursor(encodeListCursor('audit', ['2026-11-30T10:00:00.000Z']), 'audit', ['date', 'id']),
    ];
    for (const run of cases) {
      expect(refusalOf(run)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
        message: 'after is not a cursor this connection returned with this sort',
      });
    }
  });
});

describe('connectionFrom', () => {
  const total = () => Promise.resolve(7);

  it('keeps `first` rows and reads a next page from the extra one', async () => {
    const page = connectionFrom([1, 2, 3], 2, (n) => `c${n}`, total);
    expect(page.edges).toEqual([
      { node: 1, cursor: 'c1' },
      { node: 2, cursor: 'c2' },
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' });
    expect(await page.totalCount()).toBe(7);
  });

  it('says there is no next page on the last one, and has null cursors when empty', () => {
    expect(connectionFrom([1, 2], 2, String, total).pageInfo.hasNextPage).toBe(false);
    expect(connectionFrom([], 5, String, total).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('pageSize', () => {
  it('takes 1 to max and the default when not given', () => {
    expect(pageSize(undefined, 100)).toBe(20);
    expect(pageSize(100, 100)).toBe(100);
    for (const bad of [0, 101, 2.5, -1])
      expect(refusalOf(() => pageSize(bad, 100))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
