import { describe, expect, it } from 'vitest';
import { scopesForRoles, type Role, type Viewer } from '../../../platform/viewer.ts';
import type { NoteRecord } from './note-store.ts';
import { encodeListCursor } from '../../../platform/pagination.ts';
import {
  MAX_NOTE_LENGTH,
  NOTES_CURSOR,
  authorIdOf,
  noteAuditSnapshot,
  noteCursorKey,
  parseAddNote,
  requireNoteDeleter,
  requireNoteWriter,
} from './notes.ts';
import { refusalOf } from '../../../tests/support/refusal.ts';

const ORG = '9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f';
const TALENT = '3f2c1b9e-8a4d-4e2f-9c1a-0b7d6e5f4a3b';
const USER = '0b7d6e5f-4a3b-4e2f-9c1a-3f2c1b9e8a4d';
const OTHER_USER = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

const viewer = (roles: Role[], overrides: Partial<Viewer> = {}): Viewer => ({
  userId: USER,
  orgId: ORG,
  roles,
  scopes: scopesForRoles(roles),
  via: 'token',
  ...overrides,
});

const note = (overrides: Partial<NoteRecord> = {}): NoteRecord => ({
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  orgId: ORG,
  talentId: TALENT,
  applicationId: null,
  body: 'Strong on Kubernetes operators.',
  mentions: [],
  authorId: USER,
  createdAt: new Date('2026-11-30T10:00:00Z'),
  updatedAt: new Date('2026-11-30T10:00:00Z'),
  ...overrides,
});

describe('who writes notes', () => {
  it('recruiters (talent:write) and hiring managers (job:write) may; viewers may not; nobody signed in is UNAUTHENTICATED', () => {
    expect(requireNoteWriter(viewer(['RECRUITER'])).userId).toBe(USER);
    expect(requireNoteWriter(viewer(['HIRING_MANAGER'])).userId).toBe(USER);
    expect(refusalOf(() => requireNoteWriter(viewer(['VIEWER'])))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'This needs the talent:write or job:write permission',
    });
    expect(refusalOf(() => requireNoteWriter(null)).code).toBe('UNAUTHENTICATED');
  });

  it('writes as the user, or as an API key marked so it never passes for a user', () => {
    expect(authorIdOf(viewer(['RECRUITER']))).toBe(USER);
    expect(authorIdOf(viewer(['RECRUITER'], { via: 'apiKey' }))).toBe(`api-key:${USER}`);
  });
});

describe('only the author of a note or an admin deletes it', () => {
  it('lets the author and an admin delete, and refuses anyone else', () => {
    expect(() => requireNoteDeleter(viewer(['RECRUITER']), note())).not.toThrow();
    expect(() => requireNoteDeleter(viewer(['ADMIN'], { userId: OTHER_USER }), note())).not.toThrow();
    expect(refusalOf(() => requireNoteDeleter(viewer(['RECRUITER'], { userId: OTHER_USER }), note()))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only the author of a note or an admin may delete it',
    });
  });

  it('does not take an API key for the user whose id it shares, nor Looma for anyone', () => {
    expect(refusalOf(() => requireNoteDeleter(viewer(['RECRUITER'], { via: 'apiKey' }), note())).code).toBe('FORBIDDEN');
    expect(() => requireNoteDeleter(viewer(['RECRUITER'], { via: 'apiKey' }), note({ authorId: `api-key:${USER}` }))).not.toThrow();
    expect(refusalOf(() => requireNoteDeleter(viewer(['RECRUITER']), note({ authorId: 'system' }))).code).toBe('FORBIDDEN');
  });
});

describe('a new note', () => {
  it('is trimmed and keeps its mentions and application', () => {
    expect(parseAddNote({ talentId: TALENT, body: '  hello  ', mentionUserIds: [OTHER_USER], applicationId: TALENT })).toEqual({
      talentId: TALENT,
      body: 'hello',
      mentionIds: [OTHER_USER],
      applicationId: TALENT,
    });
    expect(parseAddNote({ talentId: TALENT, body: 'x' })).toEqual({ talentId: TALENT, body: 'x', mentionIds: [], applicationId: null });
  });

  it('refuses an empty or too long body, too many mentions, a malformed mention or application, naming the field', () => {
    expect(refusalOf(() => parseAddNote({ talentId: TALENT, body: '   ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
      message: 'body must not be empty',
    });
    expect(refusalOf(() => parseAddNote({ talentId: TALENT, body: 'x'.repeat(MAX_NOTE_LENGTH + 1) }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
      message: 'body must be at most 10,000 characters',
    });
    expect(refusalOf(() => parseAddNote({ talentId: TALENT, body: 'x', mentionUserIds: Array(51).fill(USER) })).message).toBe(
      'at most 50 mentions',
    );
    expect(refusalOf(() => parseAddNote({ talentId: TALENT, body: 'x', mentionUserIds: [USER, 'bob'] }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mentionUserIds.1',
      message: 'bob is not a user of your organisation',
    });
    expect(refusalOf(() => parseAddNote({ talentId: TALENT, body: 'x', applicationId: 'nope' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'applicationId',
      message: 'applicationId is not an application of this talent',
    });
  });

  it('about something that is not a talent id is NOT_FOUND, like an unknown talent', () => {
    expect(refusalOf(() => parseAddNote({ talentId: 'nope', body: 'x' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Talent nope was not found',
    });
  });
});

describe("the audit log's view of a note", () => {
  it('keeps an excerpt of 200 characters and the length, not the whole body', () => {
    const long = note({ body: 'a'.repeat(250) });
    const snapshot = noteAuditSnapshot(long);
    expect(snapshot.excerpt).toBe(`${'a'.repeat(200)}…`);
    expect(snapshot.length).toBe(250);
    expect(snapshot).not.toHaveProperty('body');
    expect(noteAuditSnapshot(note()).excerpt).toBe('Strong on Kubernetes operators.');
  });
});

describe('a notes cursor', () => {
  it('gives back the time and id of the last note seen', () => {
    const cursor = encodeListCursor(NOTES_CURSOR, ['2026-11-30T10:00:00.000Z', TALENT]);
    expect(noteCursorKey(cursor)).toEqual({ at: new Date('2026-11-30T10:00:00.000Z'), id: TALENT });
  });

  it("refuses another list's cursor and one whose id is not a note's, naming `after`", () => {
    for (const cursor of [
      encodeListCursor('talent.timeline:AT:DESC', ['2026-11-30T10:00:00.000Z', TALENT]),
      encodeListCursor(NOTES_CURSOR, ['2026-11-30T10:00:00.000Z', '42']),
      'garbage',
    ]) {
      expect(refusalOf(() => noteCursorKey(cursor))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'after',
        message: 'after is not a cursor this connection returned with this sort',
      });
    }
  });
});
