import { describe, expect, it } from 'vitest';
import { encodeListCursor } from '../../../platform/pagination.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { POOL_MEMBERS_CURSOR, memberCursor, memberCursorKey, parseCreatePool, poolSnapshot } from './pools.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const TALENT = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';

describe('a new pool', () => {
  it('has a trimmed name and an optional description', () => {
    expect(parseCreatePool({ name: '  Go engineers ', description: ' Backend ' })).toEqual({
      name: 'Go engineers',
      description: 'Backend',
    });
    expect(parseCreatePool({ name: 'Go' })).toEqual({ name: 'Go', description: null });
  });

  it('refuses an empty or too long name and a too long description, naming the field', () => {
    expect(refusalOf(() => parseCreatePool({ name: ' ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'name must not be empty',
    });
    expect(refusalOf(() => parseCreatePool({ name: 'x'.repeat(101) })).message).toBe('name must be at most 100 characters');
    expect(refusalOf(() => parseCreatePool({ name: 'Go', description: 'x'.repeat(2_001) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'description',
      message: 'description must be at most 2,000 characters',
    });
  });
});

describe("a pool's member cursor", () => {
  it('gives back when the last member was added and who it was', () => {
    const addedAt = new Date('2026-11-30T10:00:00.123Z');
    const cursor = memberCursor({ talent: { id: TALENT } as TalentRecord, addedAt });
    expect(memberCursorKey(cursor)).toEqual({ addedAt: '2026-11-30T10:00:00.123Z', talentId: TALENT });
    expect(memberCursorKey(null)).toBeNull();
  });

  it("refuses another list's cursor and anything that is not a cursor, naming `after`", () => {
    for (const after of [encodeListCursor('talents:UPDATED_AT:DESC', ['2026-11-30T10:00:00.000Z', TALENT]), 'garbage']) {
      expect(refusalOf(() => memberCursorKey(after))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
        message: 'after is not a cursor this connection returned with this sort',
      });
    }
    expect(refusalOf(() => memberCursorKey(encodeListCursor(POOL_MEMBERS_CURSOR, ['2026-11-30T10:00:00.000Z', '42']))).field).toBe('after');
  });
});

describe("the audit log's view of a pool", () => {
  it('keeps its id, name, description and owner', () => {
    const pool = { id: TALENT, orgId: TALENT, name: 'Go', description: null, ownerId: null, createdAt: new Date(), talentCount: 3 };
    expect(poolSnapshot(pool)).toEqual({ id: TALENT, name: 'Go', description: null, ownerId: null });
  });
});
