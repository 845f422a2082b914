import DataLoader from 'dataloader';
import { z } from 'zod';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, forbidden, notFound, unauthenticated } from '../../../platform/errors.ts';
import { pageSize, type Connection } from '../../../platform/pagination.ts';
import { hasScope, type Viewer } from '../../../platform/viewer.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { lockVisibleTalentIds } from '../../../data/records/talent-store.ts';
import { orgUserIds } from '../../../data/records/user-store.ts';
import { isApplicationOfTalent } from '../applications/application-store.ts';
import { createPageLoader, decodePageCursor, type PageArgs, type PageKey } from '../talents/talent-pages.ts';
import { countNotesByTalent, deleteNote, findNotes, insertNotes, lockNote, notesOfTalents, type NoteRecord } from './note-store.ts';

export type { NoteRecord };

const MAX_PAGE = 100;
/** `Talent.notes`: newest first; a cursor is the (created at, id) of the last note seen. */
export const NOTES_CURSOR = 'talent.notes:CREATED_AT:DESC';
export const MAX_NOTE_LENGTH = 10_000;
const MAX_MENTIONS = 50;
/** How much of a note the audit log and the timeline keep. */
const EXCERPT_LENGTH = 200;

const addNoteInput = z.object({
  talentId: z.string(),
  body: z
    .string()
    .trim()
    .min(1, 'body must not be empty')
    .max(MAX_NOTE_LENGTH, `body must be at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters`),
  mentionUserIds: z.array(z.string()).max(MAX_MENTIONS, `at most ${MAX_MENTIONS} mentions`).nullish(),
  applicationId: z.string().nullish(),
});
export type AddNoteInput = z.input<typeof addNoteInput>;

/** A new note's values, checked before anything is read: NOT_FOUND or BAD_USER_INPUT naming the field otherwise. */
export function parseAddNote(input: AddNoteInput): { talentId: string; body: string; mentionIds: string[]; applicationId: string | null } {
  const values = parseInput(addNoteInput, input);
  if (!isUuid(values.talentId)) throw notFound('Talent', values.talentId);
  const mentionIds = values.mentionUserIds ?? [];
  const malformed = mentionIds.findIndex((id) => !isUuid(id));
  if (malformed >= 0) throw notAUser(mentionIds, malformed);
  if (values.applicationId && !isUuid(values.applicationId)) throw notAnApplication();
  return { talentId: values.talentId, body: values.body, mentionIds, applicationId: values.applicationId ?? null };
}

const notAUser = (mentionIds: readonly string[], i: number) =>
  badInput(`${mentionIds[i]} is not a user of your organisation`, { field: `mentionUserIds.${i}` });
const notAnApplication = () => badInput('applicationId is not an application of this talent', { field: 'applicationId' });

/** Where a page of `Talent.notes` starts: BAD_USER_INPUT on field `after` for another list's cursor, or one whose id is not a note's. */
export function noteCursorKey(after: string): PageKey {
  const key = decodePageCursor(after, NOTES_CURSOR);
  // The per-talent page cursors may carry bigint ids (audit entries); a note's id is a uuid.
  if (!isUuid(key.id)) throw badInput('after is not a cursor this connection returned with this sort', { field: 'after' });
  return key;
}

/** The author id a viewer writes notes as: users by id, API keys marked so they never pass for a user. */
export const authorIdOf = (viewer: Viewer) => (viewer.via === 'apiKey' ? `api-key:${viewer.userId}` : viewer.userId);

/** Adding and deleting notes take talent:write (recruiters) or job:write (hiring managers giving feedback). */
export function requireNoteWriter(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (!hasScope(viewer, 'talent:write') && !hasScope(viewer, 'job:write'))
    throw forbidden('This needs the talent:write or job:write permission');
  return viewer;
}

/** Only the author of a note or an admin deletes it (FORBIDDEN otherwise). */
export function requireNoteDeleter(viewer: Viewer, note: NoteRecord): void {
  if (note.authorId !== authorIdOf(viewer) && !hasScope(viewer, 'admin'))
    throw forbidden('Only the author of a note or an admin may delete it');
}

/** What the audit log keeps of a note: its ids and an excerpt, not the whole body. */
export function noteAuditSnapshot(note: Pick<NoteRecord, 'id' | 'talentId' | 'applicationId' | 'authorId' | 'mentions' | 'body'>) {
  return {
    id: note.id,
    talentId: note.talentId,
    applicationId: note.applicationId,
    authorId: note.authorId,
    mentions: note.mentions,
    excerpt: note.body.length > EXCERPT_LENGTH ? `${note.body.slice(0, EXCERPT_LENGTH)}…` : note.body,
    length: note.body.length,
  };
}

/** Notes about talents: add, delete, and the batched pages of `Talent.notes`. Knows nothing of GraphQL, nor of SQL. */
export class Notes {
  private readonly byId: DataLoader<string, NoteRecord | null>;
  private readonly countByTalent: DataLoader<string, number>;
  private readonly pages;

  private readonly db: RelationalStore;

  constructor(db: RelationalStore, viewer: Viewer | null) {
    this.db = db;
    const orgId = viewer?.orgId ?? null;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const notes = orgId ? await findNotes(db, orgId, valid) : [];
      const found = new Map(notes.map((note) => [note.id, note]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.countByTalent = new DataLoader(async (talentIds) => {
      const counts = await countNotesByTalent(db, orgId, talentIds);
      return talentIds.map((id) => counts.get(id) ?? 0);
    });
    this.pages = createPageLoader<NoteRecord>(
      NOTES_CURSOR,
      async (talentIds, limit, after) =>
        (await notesOfTalents(db, orgId, talentIds, limit, after)).map((note) => ({ parentId: note.talentId, row: note })),
      (note): PageKey => ({ at: note.createdAt, id: note.id }),
      this.countByTalent,
    );
  }

  /** A note of the viewer's organisation, or null (deleted, another org's, or its talent is gone). */
  async get(viewerOrNull: Viewer | null, id: string): Promise<NoteRecord | null> {
    requireScope(viewerOrNull, 'talent:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  /** A talent's notes, newest first; the talents of one GraphQL page share one query. */
  async forTalent(viewerOrNull: Viewer | null, talentId: string, args: PageArgs): Promise<Connection<NoteRecord>> {
    requireScope(viewerOrNull, 'talent:read');
    const first = pageSize(args.first, MAX_PAGE);
    if (args.after) noteCursorKey(args.after);
    return this.pages.load(talentId, first, args.after);
  }

  async add(viewerOrNull: Viewer | null, input: AddNoteInput): Promise<NoteRecord> {
    const viewer = requireNoteWriter(viewerOrNull);
    const { talentId, body, mentionIds, applicationId } = parseAddNote(input);
    return this.db.transaction(async (tx) => {
      // The talent is locked against a merge or an erasure until the note is in.
      const talentFound = (await lockVisibleTalentIds(tx, viewer.orgId, [talentId])).size > 0;
      const userIds = await orgUserIds(tx, viewer.orgId, mentionIds);
      const applicationFound = applicationId ? await isApplicationOfTalent(tx, viewer.orgId, applicationId, talentId) : false;
      if (!talentFound) throw notFound('Talent', talentId);
      const unknown = mentionIds.findIndex((id) => !userIds.has(id.toLowerCase()));
      if (unknown >= 0) throw notAUser(mentionIds, unknown);
      if (applicationId && !applicationFound) throw notAnApplication();
      const [note] = await insertNotes(tx, viewer.orgId, [
        { talentId, applicationId, body, mentions: [...new Set(mentionIds.map((id) => id.toLowerCase()))], authorId: authorIdOf(viewer) },
      ]);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'note.add', entityType: 'note', entityId: note!.id, talentId: note!.talentId, after: noteAuditSnapshot(note!) },
      ]);
      return note!;
    });
  }

  /** Deletes a note: its author or an admin may; another org's note is NOT_FOUND like an unknown one. */
  async delete(viewerOrNull: Viewer | null, id: string): Promise<boolean> {
    const viewer = requireNoteWriter(viewerOrNull);
    if (!isUuid(id)) throw notFound('Note', id);
    return this.db.transaction(async (tx) => {
      const note = await lockNote(tx, viewer.orgId, id);
      if (!note) throw notFound('Note', id);
      requireNoteDeleter(viewer, note);
      await deleteNote(tx, viewer.orgId, id);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'note.delete', entityType: 'note', entityId: note.id, talentId: note.talentId, before: noteAuditSnapshot(note) },
      ]);
      return true;
    });
  }
}
