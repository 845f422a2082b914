import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../data/audit/audit-events.ts';
import { parseInput } from '../../../platform/checks.ts';
import { encodeListCursor } from '../../../platform/pagination.ts';
import { auditFilterSchema, auditJson, auditLogCursor, decodeAuditLogCursor } from './audit-log.ts';
import type { AuditEntryRecord } from '../../../data/audit/audit-log-store.ts';
import { summarizeTimelineEvent, timelineKind, toTimelineEvent, type TimelineLookups } from './timeline.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const TALENT = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const OTHER = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
const APPLICATION = '0b7d6e5f-4a3b-4e2f-9c1a-3f2c1b9e8a4d';

function entry(
  action: string,
  payload: { before?: unknown; after?: unknown; entityType?: string; entityId?: string } = {},
): AuditEntryRecord {
  return {
    id: '42',
    action,
    entityType: payload.entityType ?? 'talent',
    entityId: payload.entityId ?? TALENT,
    talentId: TALENT,
    actorId: OTHER,
    actorKind: 'USER',
    before: payload.before ?? null,
    after: payload.after ?? null,
    at: new Date('2026-11-30T10:00:00.000Z'),
  };
}

/** What a summary looks up, as plain values: one application's job, one other talent's name. */
const lookups: TimelineLookups = {
  applicationContext: async (id) =>
    id === APPLICATION
      ? {
          jobTitle: 'Backend Engineer',
          stageNames: new Map([
            ['applied', 'Applied'],
            ['phone-screen', 'Phone screen'],
          ]),
        }
      : null,
  talentName: async (id) => (id === OTHER ? '李娜' : null),
};
const summary = (e: AuditEntryRecord) => summarizeTimelineEvent(toTimelineEvent(e), lookups);

describe("the timeline's event mapping", () => {
  it('gives every action Looma writes a kind, and OTHER to an action it does not know', () => {
    expect(timelineKind('talent.create')).toBe('TALENT_CREATED');
    expect(timelineKind('application.move')).toBe('STAGE_MOVED');
    expect(timelineKind('pool.remove')).toBe('REMOVED_FROM_POOL');
    expect(timelineKind('talent.erase')).toBe('OTHER');
    expect(timelineKind('talent.teleport')).toBe('OTHER');
    for (const action of AUDIT_ACTIONS) expect(typeof timelineKind(action)).toBe('string');
  });

  it('reads a known action as its typed event and an unknown one as none', () => {
    const event = toTimelineEvent(entry('tag.add', { after: { tags: ['Remote'] } }));
    expect(event).toMatchObject({ kind: 'TAGGED', recorded: { action: 'tag.add', after: { tags: ['Remote'] }, before: null } });
    expect(toTimelineEvent(entry('talent.teleport')).recorded).toBeNull();
  });

  it('says what happened in a sentence, from the payload the writer typed', async () => {
    expect(await summary(entry('talent.create', { after: { name: '', latinName: 'Wei Zhang' } }))).toBe('Created Wei Zhang');
    expect(
      await summary(
        entry('talent.update', {
          before: { currentTitle: 'Engineer', version: 1 },
          after: { currentTitle: 'Lead', version: 2, changed: ['currentTitle', 'version'] },
        }),
      ),
    ).toBe('Updated current title');
    expect(await summary(entry('talent.update', { before: { version: 1 }, after: { version: 2, changed: [] } }))).toBe(
      'Updated the profile',
    );
    expect(await summary(entry('talent.merge', { after: { mergedIds: [TALENT, OTHER] } }))).toBe('Merged 1 duplicate into this talent');
    expect(await summary(entry('talent.import', { after: { externalSource: 'greenhouse' } }))).toBe('Imported from greenhouse');
    expect(await summary(entry('note.add', { entityType: 'note', after: { excerpt: 'a\n  b '.padEnd(100, 'x') } }))).toBe(
      `Note: a b ${'x'.repeat(76)}…`,
    );
    expect(await summary(entry('tag.remove', { before: { tags: ['Remote', 'Beijing'] } }))).toBe('Untagged Remote, Beijing');
    expect(await summary(entry('pool.add', { entityType: 'talent_pool', after: { name: 'Rust' } }))).toBe('Added to pool Rust');
    expect(await summary(entry('resume.upload', { after: { filename: 'cv.pdf', talentCreated: true } }))).toBe('Created from cv.pdf');
    expect(await summary(entry('talent.erase', { after: null }))).toBe('talent.erase');
    expect(await summary(entry('talent.teleport'))).toBe('talent.teleport');
  });

  it('names stages and jobs an application event recorded as keys through the lookups', async () => {
    const move = entry('application.move', {
      entityType: 'Application',
      entityId: APPLICATION,
      before: { stage: 'applied', status: 'ACTIVE' },
      after: { jobTitle: '', to: { key: 'phone-screen', name: '' } },
    });
    expect(await summary(move)).toBe('Moved from Applied to Phone screen for Backend Engineer');
    const unknownJob = entry('application.reject', {
      entityType: 'Application',
      entityId: OTHER,
      after: { jobTitle: 'Designer', reason: 'relocated' },
    });
    expect(await summary(unknownJob)).toBe('Rejected for Designer: relocated');
    const created = entry('application.create', {
      entityType: 'Application',
      entityId: OTHER,
      after: { jobTitle: '', to: { key: 'final-round', name: '' } },
    });
    expect(await summary(created)).toBe('Added to the pipeline at Final round');
  });

  it("tells a relationship from the timeline talent's side", async () => {
    const referred = { id: '1', fromId: TALENT, toId: OTHER, type: 'REFERRED_BY', derived: false, detail: null };
    expect(await summary(entry('relationship.add', { entityType: 'relationship', after: referred }))).toBe(
      'Relationship added: referred by 李娜',
    );
    const managed = { ...referred, fromId: OTHER, toId: TALENT, type: 'MANAGED' };
    expect(await summary(entry('relationship.remove', { entityType: 'relationship', before: managed }))).toBe(
      'Relationship removed: managed by 李娜',
    );
  });
});

describe("the audit log's filter and cursor", () => {
  it('takes a filter of actions, ids and a time window', () => {
    expect(parseInput(auditFilterSchema, { actions: [' tag.add '], talentId: TALENT })).toEqual({ actions: ['tag.add'], talentId: TALENT });
    expect(parseInput(auditFilterSchema, null)).toBeNull();
  });

  it('refuses a filter it cannot apply, naming the field', () => {
    expect(refusalOf(() => parseInput(auditFilterSchema, { talentId: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'talentId',
    });
    expect(refusalOf(() => parseInput(auditFilterSchema, { actions: ['  '] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actions.0',
    });
    expect(refusalOf(() => parseInput(auditFilterSchema, { actions: Array(51).fill('tag.add') }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actions',
    });
    expect(refusalOf(() => parseInput(auditFilterSchema, { entityId: 'x'.repeat(201) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'entityId',
    });
  });

  it("pages on its own cursors only: (at, bigint id) of the log's order", () => {
    const cursor = auditLogCursor({ at: new Date('2026-11-30T10:00:00.000Z'), id: '42' });
    expect(decodeAuditLogCursor(cursor)).toEqual({ at: '2026-11-30T10:00:00.000Z', id: '42' });
    const refused = [
      encodeListCursor('auditLog:AT:DESC', ['2026-11-30T10:00:00.000Z', TALENT]),
      encodeListCursor('notes:CREATED_AT:DESC', ['2026-11-30T10:00:00.000Z', '42']),
      'bm9wZQ',
    ];
    for (const value of refused)
      expect(refusalOf(() => decodeAuditLogCursor(value))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('returns before/after as JSON, null when absent', () => {
    expect(auditJson({ tags: ['Remote'] })).toBe('{"tags":["Remote"]}');
    expect(auditJson(null)).toBeNull();
    expect(auditJson(undefined)).toBeNull();
  });
});
