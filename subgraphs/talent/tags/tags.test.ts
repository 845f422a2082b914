import { describe, expect, it } from 'vitest';
import { MAX_BULK_TALENTS, bulkChangeResult, bulkTalentIds, notFoundIds, tagNames } from './tags.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const A = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const B = '0b7d6e5f-4a3b-4e2f-9c1a-3f2c1b9e8a4d';

describe('tag names', () => {
  it('are trimmed and deduplicated whatever their case, the first spelling winning', () => {
    expect(tagNames([' Go ', 'go', 'GO', 'Remote'])).toEqual(['Go', 'Remote']);
  });

  it('refuses none, more than 50, an empty one or one over 50 characters, naming the tag', () => {
    expect(refusalOf(() => tagNames([]))).toEqual({ code: 'BAD_USER_INPUT', field: 'tags', message: 'give at least one tag' });
    expect(refusalOf(() => tagNames(Array.from({ length: 51 }, (_, i) => `t${i}`))).message).toBe('at most 50 tags per call');
    expect(refusalOf(() => tagNames(['go', '  ']))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags.1',
      message: 'a tag must not be empty',
    });
    expect(refusalOf(() => tagNames(['x'.repeat(51)]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'tags.0',
      message: 'a tag must be at most 50 characters',
    });
  });
});

describe('the talent ids of a bulk change', () => {
  it('are deduplicated; ids that are not ids are set aside as not found', () => {
    expect(bulkTalentIds([A, A, 'nope', B])).toEqual({ ids: [A, B], malformed: ['nope'] });
  });

  it('refuses none, more than 1,000, or none that is an id', () => {
    expect(refusalOf(() => bulkTalentIds([]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'talentIds',
      message: 'give at least one talent id',
    });
    expect(refusalOf(() => bulkTalentIds(Array(MAX_BULK_TALENTS + 1).fill(A))).message).toBe('at most 1,000 talent ids per call');
    expect(refusalOf(() => bulkTalentIds(['nope'])).message).toBe('none of talentIds is a talent id');
  });
});

describe("a bulk change's result", () => {
  it('counts the talents that changed and lists the input ids that are not visible talents, in input order, once', () => {
    const changes = [
      { talentId: A, names: ['go'] },
      { talentId: B, names: [] },
    ];
    expect(bulkChangeResult(['nope', A, B.toUpperCase(), 'nope', 'gone'], changes)).toEqual({ changed: 1, notFound: ['nope', 'gone'] });
    expect(notFoundIds([A, B], [A])).toEqual([B]);
  });
});
