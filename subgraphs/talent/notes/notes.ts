import DataLoader from 'dataloader';
import { z } from 'zod';
import { VISIBLE_TALENT, isUuid } from '../../../data/loaders.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { badInput, forbidden, notFound, unauthenticated } from '../../../platform/errors.ts';
import { pageSize, type Connection } from '../../../platform/pagination.ts';
import { hasScope, type Viewer } from '../../../platform/viewer.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { createPageLoader, type PageArgs, type PageKey } from '../talent-pages.ts';

const MAX_PAGE = 100;

/** A note about a talent, as the domain and resolvers see it. */
export interface NoteRecord {
  id: string;
  orgId: string;
  talentId: string;
  applicationId: string | null;
  body: string;
  /** User ids of the org. */
  mentions: string[];
  /** A user id, `api-key:<id>` for a note written with an API key, or null. */
  authorId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface NoteRow {
  id: string;
  org_id: string;
  talent_id: string;
  application_id: string | null;
  body: string;
  mentions: string[];
  author_id: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

const NOTE_COLUMNS = 'n.id, n.org_id, n.talent_id, n.application_id, n.body, n.mentions, n.author_id, n.created_at, n.updated_at';

const toNote = (row: NoteRow): NoteRecord => ({
  id: row.id,
  orgId: row.org_id,
  talentId: row.talent_id,
  applicationId: row.application_id,
  body: row.body,
  mentions: row.mentions,
  authorId: row.author_id,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});

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

/** The author id a viewer writes notes as: users by id, API keys marked so they never pass for a user. */
const authorIdOf = (viewer: Viewer) => (viewer.via === 'apiKey' ? `api-key:${viewer.userId}` : viewer.userId);

/** Adding and deleting notes take talent:write (recruiters) or job:write (hiring managers giving feedback). */
function requireNoteWriter(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  if (!hasScope(viewer, 'talent:write') && !hasScope(viewer, 'job:write'))
    throw forbidden('This needs the talent:write or job:write permission');
  return viewer;
}

/** Notes about talents: add, delete, and the batched pages of `Talent.notes`. Knows nothing of GraphQL. */
export class Notes {
  private readonly byId: DataLoader<string, NoteRecord | null>;
  private readonly countByTalent: DataLoader<string, number>;
  private readonly pages;

  constructor(
    private readonly db: RelationalStore,
    viewer: Viewer | null,
  ) {
    const orgId = viewer?.orgId ?? null;
    this.byId = new DataLoader(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows =
        orgId && valid.length
          ? await db.query<NoteRow>(
              `SELECT ${NOTE_COLUMNS} FROM notes n JOIN talents t ON t.id = n.talent_id AND t.org_id = n.org_id AND t.${VISIBLE_TALENT}
               WHERE n.org_id = $1 AND n.id = ANY ($2::uuid[])`,
              [orgId, valid],
            )
          : [];
      const found = new Map(rows.map((row) => [row.id, toNote(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.countByTalent = new DataLoader(async (talentIds) => {
      const rows = await db.query<{ talent_id: string; n: number }>(
        'SELECT talent_id, count(*)::int AS n FROM notes WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) GROUP BY talent_id',
        [orgId, talentIds],
      );
      const counts = new Map(rows.map((row) => [row.talent_id, row.n]));
      return talentIds.map((id) => counts.get(id) ?? 0);
    });
    this.pages = createPageLoader<NoteRecord>(
      async (talentIds, limit, after) => {
        const params: unknown[] = [orgId, talentIds, limit];
        if (after) params.push(after.at, after.id);
        const rows = await db.query<NoteRow>(
          `SELECT ${NOTE_COLUMNS} FROM unnest($2::uuid[]) AS t(id)
           CROSS JOIN LATERAL (
             SELECT * FROM notes WHERE org_id = $1 AND talent_id = t.id ${after ? 'AND (created_at, id) < ($4::timestamptz, $5::uuid)' : ''}
             ORDER BY created_at DESC, id DESC LIMIT $3
           ) AS n`,
          params,
        );
        return rows.map((row) => ({ parentId: row.talent_id, row: toNote(row) }));
      },
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
    return this.pages.load(talentId, pageSize(args.first, MAX_PAGE), args.after);
  }

  async add(viewerOrNull: Viewer | null, input: AddNoteInput): Promise<NoteRecord> {
    const viewer = requireNoteWriter(viewerOrNull);
    const values = parseInput(addNoteInput, input);
    if (!isUuid(values.talentId)) throw notFound('Talent', values.talentId);
    const mentionIds = values.mentionUserIds ?? [];
    const malformed = mentionIds.findIndex((id) => !isUuid(id));
    if (malformed >= 0)
      throw badInput(`${mentionIds[malformed]} is not a user of your organisation`, { field: `mentionUserIds.${malformed}` });
    if (values.applicationId && !isUuid(values.applicationId))
      throw badInput('applicationId is not an application of this talent', { field: 'applicationId' });

    return this.db.transaction(async (tx) => {
      const [found] = await tx.query<{ talent: string | null; users: string[]; application: string | null }>(
        `SELECT (SELECT id FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT} FOR SHARE) AS talent,
                ARRAY(SELECT id::text FROM users WHERE org_id = $1 AND id = ANY ($3::uuid[])) AS users,
                (SELECT id FROM applications WHERE org_id = $1 AND id = $4::uuid AND talent_id = $2) AS application`,
        [viewer.orgId, values.talentId, mentionIds, values.applicationId ?? null],
      );
      if (!found?.talent) throw notFound('Talent', values.talentId);
      const known = new Set(found.users);
      const unknown = mentionIds.findIndex((id) => !known.has(id.toLowerCase()));
      if (unknown >= 0) throw badInput(`${mentionIds[unknown]} is not a user of your organisation`, { field: `mentionUserIds.${unknown}` });
      if (values.applicationId && !found.application)
        throw badInput('applicationId is not an application of this talent', { field: 'applicationId' });

      const [row] = await tx.query<NoteRow>(
        `INSERT INTO notes AS n (org_id, talent_id, application_id, body, mentions, author_id)
         VALUES ($1, $2, $3, $4, $5::uuid[], $6)
         RETURNING ${NOTE_COLUMNS}`,
        [
          viewer.orgId,
          values.talentId,
          values.applicationId ?? null,
          values.body,
          [...new Set(mentionIds.map((id) => id.toLowerCase()))],
          authorIdOf(viewer),
        ],
      );
      const note = toNote(row!);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'note.add', entityType: 'note', entityId: note.id, talentId: note.talentId, after: auditSnapshot(note) },
      ]);
      return note;
    });
  }

  /** Deletes a note: its author or an admin may; another org's note is NOT_FOUND like an unknown one. */
  async delete(viewerOrNull: Viewer | null, id: string): Promise<boolean> {
    const viewer = requireNoteWriter(viewerOrNull);
    if (!isUuid(id)) throw notFound('Note', id);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes n WHERE n.org_id = $1 AND n.id = $2 FOR UPDATE`, [
        viewer.orgId,
        id,
      ]);
      if (!row) throw notFound('Note', id);
      const note = toNote(row);
      if (note.authorId !== authorIdOf(viewer) && !hasScope(viewer, 'admin'))
        throw forbidden('Only the author of a note or an admin may delete it');
      await tx.query('DELETE FROM notes WHERE org_id = $1 AND id = $2', [viewer.orgId, id]);
      await recordAudit(tx, viewer.orgId, viewer, [
        { action: 'note.delete', entityType: 'note', entityId: note.id, talentId: note.talentId, before: auditSnapshot(note) },
      ]);
      return true;
    });
  }
}

/** What the audit log keeps of a note: its ids and an excerpt, not the whole body. */
function auditSnapshot(note: NoteRecord) {
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
