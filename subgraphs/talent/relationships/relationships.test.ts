import { describe, expect, it } from 'vitest';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { compareReferrers, isCurrentEmployee, linkPhrase, referrerReason } from './referrers.ts';
import { RELATIONSHIP_TYPES, endOf, parseAddRelationship, parseNetworkArgs, parsePathArgs, toModel } from './relationships.ts';
import type { RelationshipRow } from '../../../data/records/relationship-store.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const LOW = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const HIGH = '9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f';

const row = (overrides: Partial<RelationshipRow> = {}): RelationshipRow => ({
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  org_id: LOW,
  from_id: LOW,
  to_id: HIGH,
  type: 'MANAGED',
  derived: false,
  detail: { note: 'ran the platform team' },
  version: 1,
  created_at: '2026-11-30T10:00:00.000Z',
  ...overrides,
});

const talent = (overrides: Partial<TalentRecord>): TalentRecord =>
  ({ employments: [], currentCompany: null, ...overrides }) as TalentRecord;

describe('the relationship types', () => {
  it("are the schema's enum", () => {
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(['KNOWS', 'MANAGED', 'REFERRED_BY', 'WORKED_WITH']);
  });
});

describe('a relationship to record', () => {
  it('refuses a talent with itself, whatever the case of the ids', () => {
    expect(refusalOf(() => parseAddRelationship({ fromTalentId: LOW, toTalentId: LOW.toUpperCase(), type: 'KNOWS' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'toTalentId',
      message: 'A talent cannot have a relationship with itself',
    });
  });

  it('stores KNOWS and WORKED_WITH once per pair, lower id first, whichever way round they were given', () => {
    for (const type of ['KNOWS', 'WORKED_WITH'] as const) {
      expect(parseAddRelationship({ fromTalentId: HIGH, toTalentId: LOW, type })).toMatchObject({
        fromTalentId: HIGH,
        toTalentId: LOW,
        fromId: LOW,
        toId: HIGH,
      });
    }
  });

  it('keeps the direction of REFERRED_BY and MANAGED', () => {
    for (const type of ['REFERRED_BY', 'MANAGED'] as const) {
      expect(parseAddRelationship({ fromTalentId: HIGH, toTalentId: LOW, type })).toMatchObject({ fromId: HIGH, toId: LOW });
    }
  });

  it('keeps a trimmed note in its detail, an empty one not at all, and refuses an unknown type or a long note', () => {
    expect(parseAddRelationship({ fromTalentId: LOW, toTalentId: HIGH, type: 'KNOWS', note: ' met at a meetup ' }).detail).toEqual({
      note: 'met at a meetup',
    });
    expect(parseAddRelationship({ fromTalentId: LOW, toTalentId: HIGH, type: 'KNOWS', note: '  ' }).detail).toEqual({});
    expect(refusalOf(() => parseAddRelationship({ fromTalentId: LOW, toTalentId: HIGH, type: 'FRIEND' as 'KNOWS' })).field).toBe('type');
    expect(refusalOf(() => parseAddRelationship({ fromTalentId: LOW, toTalentId: HIGH, type: 'KNOWS', note: 'x'.repeat(501) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
      message: 'note must be at most 500 characters',
    });
  });
});

describe('depth bounds', () => {
  it('the network looks 1 to 3 hops (2 by default) for 1 to 200 talents (50 by default) of any type', () => {
    expect(parseNetworkArgs({})).toEqual({ depth: 2, first: 50, types: [...RELATIONSHIP_TYPES] });
    expect(parseNetworkArgs({ depth: 3, first: 200, types: ['KNOWS'] })).toEqual({ depth: 3, first: 200, types: ['KNOWS'] });
    expect(refusalOf(() => parseNetworkArgs({ depth: 4 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'depth',
      message: 'depth must be between 1 and 3',
    });
    expect(refusalOf(() => parseNetworkArgs({ depth: 0 })).message).toBe('depth must be between 1 and 3');
    expect(refusalOf(() => parseNetworkArgs({ depth: 1.5 })).message).toBe('depth must be a whole number');
    expect(refusalOf(() => parseNetworkArgs({ first: 201 })).message).toBe('first must be between 1 and 200');
  });

  it('a path looks 1 to 6 hops (4 by default), between ids lowercased', () => {
    expect(parsePathArgs({ fromId: LOW.toUpperCase(), toId: HIGH })).toEqual({ fromId: LOW, toId: HIGH, maxDepth: 4 });
    expect(refusalOf(() => parsePathArgs({ fromId: LOW, toId: HIGH, maxDepth: 7 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'maxDepth',
      message: 'maxDepth must be between 1 and 6',
    });
    expect(refusalOf(() => parsePathArgs({ fromId: ' ', toId: HIGH })).message).toBe('an id is required');
  });
});

describe('a relationship seen from one talent', () => {
  it('is OUTGOING from its from side and INCOMING from the other, with its note and date', () => {
    expect(toModel(endOf(row(), LOW))).toEqual({
      id: row().id,
      type: 'MANAGED',
      direction: 'OUTGOING',
      talentId: HIGH,
      isDerived: false,
      company: null,
      note: 'ran the platform team',
      createdAt: new Date('2026-11-30T10:00:00.000Z'),
    });
    expect(toModel(endOf(row(), HIGH))).toMatchObject({ direction: 'INCOMING', talentId: LOW });
  });

  it('has no direction when symmetric, and says when it was derived and at which company', () => {
    const derived = row({ type: 'WORKED_WITH', derived: true, detail: { company: 'Acme', from: '2020-01', to: null } });
    expect(toModel(endOf(derived, HIGH))).toMatchObject({ direction: 'BOTH', isDerived: true, company: 'Acme', note: null });
  });
});

describe('referrers', () => {
  it('phrase the link from the referrer’s side', () => {
    expect(linkPhrase({ type: 'KNOWS', direction: 'out' })).toBe('knows');
    expect(linkPhrase({ type: 'WORKED_WITH', direction: 'in' })).toBe('worked with');
    expect(linkPhrase({ type: 'MANAGED', direction: 'in' })).toBe('managed');
    expect(linkPhrase({ type: 'MANAGED', direction: 'out' })).toBe('was managed by');
    expect(linkPhrase({ type: 'REFERRED_BY', direction: 'in' })).toBe('was referred by');
    expect(linkPhrase({ type: 'REFERRED_BY', direction: 'out' })).toBe('referred');
  });

  it('work at a company now when a position there is open, or without positions there when it is the current company', () => {
    expect(isCurrentEmployee(talent({ employments: [{ company: ' acme ', title: null, start: '2020-01', end: null }] }), 'Acme')).toBe(
      true,
    );
    expect(
      isCurrentEmployee(
        talent({ employments: [{ company: 'Acme', title: null, start: '2020', end: '2022' }], currentCompany: 'Acme' }),
        'Acme',
      ),
    ).toBe(false);
    expect(isCurrentEmployee(talent({ currentCompany: 'ACME' }), 'Acme')).toBe(true);
    expect(isCurrentEmployee(talent({}), 'Acme')).toBe(false);
  });

  it('say who they reach the company through', () => {
    const li = talent({ name: 'Li Na', currentCompany: 'Acme' });
    const wang = talent({ name: 'Wang Wei', employments: [{ company: 'Acme', title: null, start: '2019', end: '2021' }] });
    const zhao = talent({ name: 'Zhao Lei' });
    expect(referrerReason('Acme', { degree: 1, end: { type: 'KNOWS', direction: 'out' }, middle: li, insiders: [li] })).toBe(
      'Knows Li Na (at Acme now)',
    );
    expect(referrerReason('Acme', { degree: 1, end: { type: 'MANAGED', direction: 'out' }, middle: wang, insiders: [wang, li] })).toBe(
      'Was managed by Wang Wei (formerly at Acme) and 1 more there',
    );
    expect(referrerReason('Acme', { degree: 2, end: { type: 'WORKED_WITH', direction: 'in' }, middle: zhao, insiders: [li] })).toBe(
      'Worked with Zhao Lei, who is connected to Li Na (at Acme now)',
    );
  });

  it('come nearest first, then current employees, then the most insiders reached, then by name', () => {
    const r = (talentId: string, degree: number, isCurrentEmployee: boolean, through: number, name: string) => ({
      talentId,
      degree,
      isCurrentEmployee,
      throughIds: Array(through).fill(LOW),
      reason: '',
      name,
    });
    const sorted = [
      r('e', 2, false, 1, 'A'),
      r('d', 1, false, 1, 'A'),
      r('c', 1, false, 2, 'Z'),
      r('b', 0, false, 0, 'A'),
      r('a', 0, true, 0, 'Z'),
    ].sort(compareReferrers);
    expect(sorted.map((x) => x.talentId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
