import { describe, expect, it } from 'vitest';
import { talentFilterSchema, talentFilterSql } from '../../../data/records/talent-filter.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { parseInput } from '../../../platform/checks.ts';
import { LoomaError } from '../../../platform/errors.ts';
import { encodeListCursor } from '../../../platform/pagination.ts';
import { scopesForRoles, type Role, type Viewer } from '../../../platform/viewer.ts';
import {
  TALENT_SOURCES,
  TALENT_STATUSES,
  createTalentSchema,
  currentOf,
  newTalentProfile,
  toE164,
  updateTalentSchema,
  updatedTalentProfile,
} from './talent-fields.ts';
import { Talents, decodeTalentCursor, talentCursor, talentListOrder } from './talents.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';
import { talentRecord } from '../../../tests/support/talent-record.ts';

const ORG = '9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f';
const TALENT = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const USER = '0b7d6e5f-4a3b-4e2f-9c1a-3f2c1b9e8a4d';

const viewer = (roles: Role[]): Viewer => ({ userId: USER, orgId: ORG, roles, scopes: scopesForRoles(roles), via: 'token' });

const talent = (overrides: Partial<TalentRecord> = {}): TalentRecord =>
  talentRecord({
    id: TALENT,
    orgId: ORG,
    name: 'Li Wei',
    latinName: 'Li Wei',
    chineseName: '李伟',
    skills: ['Go'],
    yearsOfExperience: 6.5,
    createdAt: new Date('2026-11-30T10:00:00.123Z'),
    updatedAt: new Date('2026-12-01T08:30:00.000Z'),
    ...overrides,
  });

async function rejection(run: () => Promise<unknown>): Promise<{ code: string; field: unknown; message: string }> {
  const error = await run().then(
    () => {
      throw new Error('expected a refusal');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LoomaError);
  const looma = error as LoomaError;
  return { code: looma.code, field: looma.details.field, message: looma.message };
}

describe('profile fields', () => {
  it('normalise as they validate: e-mails lowercased, phones to E.164 (mainland China without a prefix)', () => {
    const fields = parseInput(createTalentSchema, {
      name: 'Li Wei',
      emails: ['  Li.Wei@Example.COM '],
      phones: ['13800138000', '0044 20 7946 0958'],
    });
    expect(fields.emails).toEqual(['li.wei@example.com']);
    expect(fields.phones).toEqual(['+8613800138000', '+442079460958']);
    expect(toE164('12345')).toBeNull();
  });

  it('refuse what no write path may store, naming the field', () => {
    expect(refusalOf(() => parseInput(createTalentSchema, { name: 'A', emails: ['not-an-address'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'emails.0',
      message: 'is not a valid e-mail address',
    });
    expect(refusalOf(() => parseInput(createTalentSchema, { name: 'A', phones: ['12'] }))).toMatchObject({ field: 'phones.0' });
    expect(refusalOf(() => parseInput(createTalentSchema, { name: 'A', links: [{ kind: 'GITHUB', url: 'ftp://x.org' }] }))).toMatchObject({
      field: 'links.0.url',
      message: 'a link must be an absolute http(s) URL',
    });
    expect(
      refusalOf(() => parseInput(createTalentSchema, { name: 'A', employments: [{ company: 'Acme', start: '2024-05', end: '2023-01' }] })),
    ).toMatchObject({ field: 'employments.0.end', message: 'an employment cannot end before it starts' });
    expect(
      refusalOf(() =>
        parseInput(createTalentSchema, {
          name: 'A',
          consent: [{ purpose: 'MARKETING', givenAt: '2026-02-01T00:00:00Z', expiresAt: '2026-01-01T00:00:00Z' }],
        }),
      ),
    ).toMatchObject({ field: 'consent.0.expiresAt' });
    expect(refusalOf(() => parseInput(createTalentSchema, { name: 'A', yearsOfExperience: 71 }))).toMatchObject({
      field: 'yearsOfExperience',
      message: 'yearsOfExperience must be 0 to 70',
    });
    expect(refusalOf(() => parseInput(createTalentSchema, { name: 'A', source: 'FRIEND' })).field).toBe('source');
    expect(refusalOf(() => parseInput(createTalentSchema, { headline: 'No name' }))).toMatchObject({
      field: 'name',
      message: 'a talent needs a name, latinName or chineseName',
    });
  });

  it('take the sources and statuses from the schema, the record and the filter alike', () => {
    expect(TALENT_SOURCES).toContain('RESUME');
    expect(parseInput(talentFilterSchema, { status: [...TALENT_STATUSES] }).status).toEqual(['ACTIVE', 'ARCHIVED']);
    expect(parseInput(talentFilterSchema, { source: [...TALENT_SOURCES] }).source).toEqual([...TALENT_SOURCES]);
  });
});

describe('a new talent', () => {
  it('is named by script, with companies and titles from its employments and the current position from the open one', () => {
    const input = parseInput(createTalentSchema, {
      name: '王芳',
      skills: ['Go', 'go', 'Rust'],
      employments: [
        { company: 'Acme', title: 'Engineer', start: '2019-01', end: '2021-06' },
        { company: 'Globex', title: 'Staff Engineer', start: '2021-07' },
      ],
    });
    const profile = newTalentProfile(input, { source: 'SOURCED', ownerId: USER });
    expect(profile).toMatchObject({
      name: '王芳',
      chineseName: '王芳',
      latinName: null,
      skills: ['Go', 'Rust'],
      currentCompany: 'Globex',
      currentTitle: 'Staff Engineer',
      companies: ['Acme', 'Globex'],
      titles: ['Engineer', 'Staff Engineer'],
      source: 'SOURCED',
      ownerId: USER,
    });
    expect(newTalentProfile(parseInput(createTalentSchema, { name: 'Ana Silva' }), { source: 'IMPORT', ownerId: null })).toMatchObject({
      latinName: 'Ana Silva',
      chineseName: null,
      source: 'IMPORT',
    });
  });

  it('takes the latest start as the current position when every employment has ended', () => {
    expect(
      currentOf([
        { company: 'Old', title: null, start: '2015-01', end: '2018-01' },
        { company: 'Newer', title: null, start: '2018-02', end: '2020-01' },
      ])?.company,
    ).toBe('Newer');
  });
});

describe('an update', () => {
  const current = talent();
  const update = (given: Record<string, unknown>) =>
    updatedTalentProfile(current, given, parseInput(updateTalentSchema, { id: TALENT, version: 1, ...given }));

  it('renames the display name with the name it was, and keeps it otherwise', () => {
    expect(update({ latinName: 'Wei Li' }).name).toBe('Wei Li');
    expect(update({ chineseName: '李威' }).name).toBe('Li Wei');
    expect(update({ name: 'Will Li' })).toMatchObject({ name: 'Will Li', latinName: 'Li Wei' });
  });

  it('clears with null, but never the name', () => {
    expect(update({ yearsOfExperience: null }).yearsOfExperience).toBeNull();
    expect(refusalOf(() => update({ name: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'name cannot be cleared',
    });
  });

  it('needs the version it changes', () => {
    expect(refusalOf(() => parseInput(updateTalentSchema, { id: TALENT, name: 'X' })).field).toBe('version');
  });
});

describe('the talent filter', () => {
  it('refuses a years range upside down and ids that are not ids', () => {
    expect(refusalOf(() => parseInput(talentFilterSchema, { yearsMin: 9, yearsMax: 3 }))).toMatchObject({
      field: 'yearsMax',
      message: 'yearsMin must not exceed yearsMax',
    });
    expect(refusalOf(() => parseInput(talentFilterSchema, { poolIds: ['x'] })).field).toBe('poolIds.0');
    expect(refusalOf(() => parseInput(talentFilterSchema, { status: ['MERGED'] })).field).toBe('status.0');
  });

  it('reads active talents of the org unless a status is given; contains-filters match % and _ literally', () => {
    const params: unknown[] = [];
    const where = talentFilterSql(ORG, parseInput(talentFilterSchema, { location: '100%_remote', skillsAll: ['Go', 'go'] }), params);
    expect(where).toContain('org_id = $1');
    expect(params).toEqual([ORG, ['ACTIVE'], ['Skill:go'], '%100\\%\\_remote%']);
    const archived: unknown[] = [];
    talentFilterSql(ORG, parseInput(talentFilterSchema, { status: ['ARCHIVED'] }), archived);
    expect(archived).toEqual([ORG, ['ARCHIVED']]);
  });
});

describe('the talent list order and its cursors', () => {
  it('is newest first unless asked, and the scope names the list and its order', () => {
    expect(talentListOrder(null)).toEqual({ field: 'CREATED_AT', direction: 'DESC', scope: 'talents:CREATED_AT:DESC' });
    expect(talentListOrder({ field: 'NAME' })).toMatchObject({ direction: 'DESC', scope: 'talents:NAME:DESC' });
    expect(talentListOrder({ field: 'YEARS_OF_EXPERIENCE', direction: 'ASC' }).scope).toBe('talents:YEARS_OF_EXPERIENCE:ASC');
  });

  it('carries the sort value and id of the last talent seen, read back for the same order', () => {
    const byCreated = talentListOrder(null);
    expect(decodeTalentCursor(talentCursor(byCreated, talent()), byCreated)).toEqual({ value: '2026-11-30T10:00:00.123Z', id: TALENT });
    const byName = talentListOrder({ field: 'NAME', direction: 'ASC' });
    expect(decodeTalentCursor(talentCursor(byName, talent()), byName)).toEqual({ value: 'Li Wei', id: TALENT });
    const byYears = talentListOrder({ field: 'YEARS_OF_EXPERIENCE' });
    expect(decodeTalentCursor(talentCursor(byYears, talent()), byYears).value).toBe(6.5);
    // Without a figure a talent sorts as -1 years, and its cursor says so.
    expect(decodeTalentCursor(talentCursor(byYears, talent({ yearsOfExperience: null })), byYears).value).toBe(-1);
  });

  it("refuses a cursor of another order, another list, or one whose key does not fit the order's", () => {
    const message = 'after is not a cursor this connection returned with this sort';
    const byCreated = talentListOrder(null);
    const ascending = talentListOrder({ field: 'CREATED_AT', direction: 'ASC' });
    expect(refusalOf(() => decodeTalentCursor(talentCursor(byCreated, talent()), ascending))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
      message,
    });
    const notes = encodeListCursor('talent.notes:CREATED_AT:DESC', ['2026-11-30T10:00:00.000Z', TALENT]);
    expect(refusalOf(() => decodeTalentCursor(notes, byCreated)).message).toBe(message);
    const byYears = talentListOrder({ field: 'YEARS_OF_EXPERIENCE' });
    expect(refusalOf(() => decodeTalentCursor(encodeListCursor(byYears.scope, ['six', TALENT]), byYears)).field).toBe('after');
    expect(refusalOf(() => decodeTalentCursor(encodeListCursor(byCreated.scope, ['not a date', TALENT]), byCreated)).field).toBe('after');
    expect(refusalOf(() => decodeTalentCursor('bm9wZQ', byCreated)).field).toBe('after');
  });
});

describe('scope checks and input come before any read or write', () => {
  // No stores at all: a call that got past its checks would fail on them, not with a LoomaError.
  const talents = new Talents(undefined as never, undefined as never);

  it('reads need talent:read, writes talent:write; nobody signed in is UNAUTHENTICATED', async () => {
    expect((await rejection(() => talents.list(null, {}))).code).toBe('UNAUTHENTICATED');
    expect((await rejection(() => talents.get(null, TALENT))).code).toBe('UNAUTHENTICATED');
    for (const write of [
      () => talents.create(viewer(['VIEWER']), { name: 'A' }),
      () => talents.update(viewer(['HIRING_MANAGER']), { id: TALENT, version: 1 }),
      () => talents.archive(viewer(['VIEWER']), TALENT),
      () => talents.restore(viewer(['VIEWER']), TALENT),
    ]) {
      expect(await rejection(write)).toMatchObject({ code: 'FORBIDDEN', message: 'This needs the talent:write permission' });
    }
  });

  it('an id that is not a uuid is no talent', async () => {
    expect(await talents.get(viewer(['VIEWER']), 'nope')).toBeNull();
  });

  it('refuses page sizes, filters and cursors a list cannot serve', async () => {
    const reader = viewer(['VIEWER']);
    expect(await rejection(() => talents.list(reader, { first: 101 }))).toMatchObject({
      field: 'first',
      message: 'first must be between 1 and 100',
    });
    expect((await rejection(() => talents.list(reader, { filter: { yearsMin: 5, yearsMax: 1 } }))).field).toBe('yearsMax');
    const nameCursor = talentCursor(talentListOrder({ field: 'NAME' }), talent());
    expect((await rejection(() => talents.list(reader, { after: nameCursor }))).field).toBe('after');
    expect((await rejection(() => talents.create(viewer(['RECRUITER']), { name: 'A', tags: [''] }))).code).toBe('BAD_USER_INPUT');
  });
});
