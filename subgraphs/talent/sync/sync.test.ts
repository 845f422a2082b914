import { describe, expect, it } from 'vitest';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { applyImportRows, decideKnownRow, knownKeysThroughMerges, validateIdentity, validateRow, type ValidRow } from './import-rows.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';
import { talentRecord } from '../../../tests/support/talent-record.ts';

const TALENT = '00000000-0000-4000-8000-000000000001';

const validate = (row: Record<string, unknown>, index = 0): ValidRow => validateRow(row, index, validateIdentity(row));

function talent(fields: Partial<TalentRecord> = {}): TalentRecord {
  return talentRecord({
    id: TALENT,
    name: 'Wei Zhang',
    latinName: 'Wei Zhang',
    headline: 'Backend engineer',
    skills: ['Go'],
    emails: ['wei@example.com'],
    location: 'Shanghai',
    source: 'IMPORT',
    version: 3,
    ...fields,
  });
}

describe('import row validation', () => {
  it('takes a row of an upstream key with the fields it gives, normalised', () => {
    const row = validate(
      { source: 'greenhouse', externalId: 'c-1', emails: [' Wei@Example.com '], tags: ['Remote'], updatedAt: '2026-05-01T00:00:00Z' },
      4,
    );
    expect(row).toMatchObject({
      index: 4,
      source: 'greenhouse',
      externalId: 'c-1',
      fields: { emails: ['wei@example.com'] },
      tags: ['Remote'],
      upstreamUpdatedAt: new Date('2026-05-01T00:00:00Z'),
    });
    expect(Object.keys(row.given)).toEqual(['emails']);
  });

  it('hashes what a row means, not how it was spelled', () => {
    const a = validate({ source: 's', externalId: '1', emails: ['WEI@example.com'], headline: 'Engineer' });
    const b = validate({ source: 's', externalId: '1', headline: ' Engineer ', emails: ['wei@example.com'] });
    const c = validate({ source: 's', externalId: '1', headline: 'Engineer' });
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });

  it("keeps a row's name unless it is null: a name cannot be cleared", () => {
    expect(validate({ source: 's', externalId: '1', name: null }).given).toEqual({});
    expect(validate({ source: 's', externalId: '1', headline: null }).given).toEqual({ headline: null });
  });

  it('refuses a row that is not an object, an unknown field, a bad identity or a bad value, naming the field', () => {
    expect(refusalOf(() => validateIdentity('row'))).toMatchObject({ code: 'BAD_USER_INPUT', message: 'a row must be an object' });
    expect(refusalOf(() => validateIdentity([]))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusalOf(() => validateIdentity({ source: 's', externalId: '1', salary: 1 }))).toMatchObject({
      field: 'salary',
      message: 'salary is not a field of an import row',
    });
    expect(refusalOf(() => validateIdentity({ source: 'Green House', externalId: '1' }))).toMatchObject({ field: 'source' });
    expect(refusalOf(() => validateIdentity({ source: 's', externalId: '' }))).toMatchObject({
      field: 'externalId',
      message: 'externalId must not be empty',
    });
    expect(refusalOf(() => validate({ source: 's', externalId: '1', updatedAt: 'yesterday' }))).toMatchObject({
      field: 'updatedAt',
      message: 'updatedAt must be an ISO-8601 date-time',
    });
    expect(refusalOf(() => validate({ source: 's', externalId: '1', emails: ['not an address'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'emails.0',
    });
  });
});

describe('what a row of a known key does', () => {
  const row = validate({ source: 'greenhouse', externalId: 'c-1', headline: 'Staff engineer', updatedAt: '2026-05-01T00:00:00Z' });
  const known = { status: 'ACTIVE', row_hash: 'another hash', upstream_updated_at: '2026-04-01T00:00:00Z' };

  it('updates with a newer or undated row that differs from the one imported last', () => {
    expect(decideKnownRow(row, known)).toEqual({ outcome: 'UPDATE' });
    expect(decideKnownRow({ ...row, upstreamUpdatedAt: null }, known)).toEqual({ outcome: 'UPDATE' });
    expect(decideKnownRow(row, { ...known, upstream_updated_at: null })).toEqual({ outcome: 'UPDATE' });
  });

  it('leaves the talent UNCHANGED for the same row again or a row older than the last imported', () => {
    expect(decideKnownRow(row, { ...known, row_hash: row.hash })).toEqual({ outcome: 'UNCHANGED' });
    expect(decideKnownRow(row, { ...known, upstream_updated_at: new Date('2026-06-01T00:00:00Z') })).toEqual({ outcome: 'UNCHANGED' });
  });

  it('refuses the key of an erased person, and of a talent merged away', () => {
    expect(decideKnownRow(row, { ...known, status: 'ERASED' })).toMatchObject({ outcome: 'ERROR', errorCode: 'ERASED' });
    expect(decideKnownRow(row, { ...known, status: 'MERGED' })).toMatchObject({ outcome: 'ERROR', errorCode: 'NOT_FOUND' });
  });

  it('lets upstream win for the fields a row sends and keeps the fields it does not send', () => {
    const before = talent({ headline: 'Edited locally', location: 'Hangzhou' });
    const { profile, changes } = applyImportRows(before, [
      validate({ source: 's', externalId: '1', headline: 'Staff engineer' }),
      validate({ source: 's', externalId: '1', headline: 'Staff engineer' }),
      validate({ source: 's', externalId: '1', skills: ['Go', 'Rust'], location: null }),
    ]);
    expect(changes).toEqual([true, false, true]);
    expect(profile).toMatchObject({
      name: 'Wei Zhang',
      headline: 'Staff engineer',
      skills: ['Go', 'Rust'],
      location: null,
      emails: ['wei@example.com'],
    });
  });

  it('reports a row that gives what the talent already holds as no change', () => {
    const before = talent();
    expect(
      applyImportRows(before, [validate({ source: 's', externalId: '1', headline: 'Backend engineer', skills: ['Go'] })]).changes,
    ).toEqual([false]);
  });
});

describe('known keys through merges', () => {
  const recorded = (externalId: string, talentId: string) => ({
    source: 'ats',
    external_id: externalId,
    row_hash: 'h',
    upstream_updated_at: null,
    talent_id: talentId,
  });
  const KEPT = '00000000-0000-4000-8000-000000000002';
  const GONE = '00000000-0000-4000-8000-000000000003';

  it('leads each key to the talent its talent was merged into, with that status, and drops a key whose talent is unknown', () => {
    const leads = new Map([
      [TALENT, { id: KEPT, status: 'ACTIVE' }],
      [KEPT, { id: KEPT, status: 'ACTIVE' }],
    ]);
    expect(knownKeysThroughMerges([recorded('a', TALENT), recorded('b', KEPT), recorded('c', GONE)], leads)).toEqual([
      { ...recorded('a', KEPT), status: 'ACTIVE' },
      { ...recorded('b', KEPT), status: 'ACTIVE' },
    ]);
  });

  it('keeps an erased talent as the lead, so the row is refused as ERASED', () => {
    expect(knownKeysThroughMerges([recorded('a', TALENT)], new Map([[TALENT, { id: TALENT, status: 'ERASED' }]]))).toEqual([
      { ...recorded('a', TALENT), status: 'ERASED' },
    ]);
  });
});
