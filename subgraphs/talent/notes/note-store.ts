import { VISIBLE_TALENT } from '../../../data/records/talent-store.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { countAffected } from '../../../data/records/affected-rows.ts';

/**
 * The `notes` table: its SQL, rows and column lists, and nothing else (no viewer, no rules). Every
 * call takes the organisation and an executor, so a read runs on the pool and a write inside the
 * caller's transaction. Talents are joined only to keep notes of invisible (merged, erased) talents out.
 */

/** A note about a talent, as the domain and resolvers see it. */
export interface NoteRecord {
  id: string;
  orgId: string;
  talentId: string;
  applicationId: string | null;
  body: string;
  /** User ids of the org. */
  mentions: string[];
  /** A user id, `api-key:<id>` for a note written with an API key, `system` for Looma's own, or null. */
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

/** Notes of the org by id whose talent is visible (ids must be uuids). */
export async function findNotes(sql: SqlExecutor, orgId: string, ids: readonly string[]): Promise<NoteRecord[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM notes n JOIN talents t ON t.id = n.talent_id AND t.org_id = n.org_id AND t.${VISIBLE_TALENT}
     WHERE n.org_id = $1 AND n.id = ANY ($2::uuid[])`,
    [orgId, ids],
  );
  return rows.map(toNote);
}

/** How many notes each talent has (talents without notes are absent). */
export async function countNotesByTalent(
  sql: SqlExecutor,
  orgId: string | null,
  talentIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await sql.query<{ talent_id: string; n: number }>(
    'SELECT talent_id, count(*)::int AS n FROM notes WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) GROUP BY talent_id',
    [orgId, talentIds],
  );
  return new Map(rows.map((row) => [row.talent_id, row.n]));
}

/** Where a newest-first page of notes stops: the (created_at, id) of the last note seen. */
export interface NotePageKey {
  at: Date;
  id: string;
}

/** For every talent, up to `limit` of its notes after `after`, newest first (one LATERAL query for all of them). */
export async function notesOfTalents(
  sql: SqlExecutor,
  orgId: string | null,
  talentIds: readonly string[],
  limit: number,
  after: NotePageKey | null,
): Promise<NoteRecord[]> {
  const params: unknown[] = [orgId, talentIds, limit];
  if (after) params.push(after.at, after.id);
  const rows = await sql.query<NoteRow>(
    `SELECT ${NOTE_COLUMNS} FROM unnest($2::uuid[]) AS t(id)
     CROSS JOIN LATERAL (
       SELECT * FROM notes WHERE org_id = $1 AND talent_id = t.id ${after ? 'AND (created_at, id) < ($4::timestamptz, $5::uuid)' : ''}
       ORDER BY created_at DESC, id DESC LIMIT $3
     ) AS n`,
    params,
  );
  return rows.map(toNote);
}

export interface NewNote {
  talentId: string;
  applicationId: string | null;
  body: string;
  mentions: string[];
  authorId: string;
}

/** Inserts notes in one statement, in order; returns them as written. */
export async function insertNotes(tx: SqlExecutor, orgId: string, notes: readonly NewNote[]): Promise<NoteRecord[]> {
  if (notes.length === 0) return [];
  const rows = await tx.query<NoteRow>(
    `INSERT INTO notes AS n (org_id, talent_id, application_id, body, mentions, author_id)
     SELECT $1, talent_id, application_id, body, ARRAY(SELECT jsonb_array_elements_text(mentions))::uuid[], author_id
     FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (talent_id uuid, application_id uuid, body text, mentions jsonb, author_id text))
       WITH ORDINALITY AS x(talent_id, application_id, body, mentions, author_id, i)
     ORDER BY i
     RETURNING ${NOTE_COLUMNS}`,
    [
      orgId,
      JSON.stringify(
        notes.map((note) => ({
          talent_id: note.talentId,
          application_id: note.applicationId,
          body: note.body,
          mentions: note.mentions,
          author_id: note.authorId,
        })),
      ),
    ],
  );
  return rows.map(toNote);
}

/** A note of the org, locked for the rest of the transaction, or null. */
export async function lockNote(tx: SqlExecutor, orgId: string, id: string): Promise<NoteRecord | null> {
  const [row] = await tx.query<NoteRow>(`SELECT ${NOTE_COLUMNS} FROM notes n WHERE n.org_id = $1 AND n.id = $2 FOR UPDATE`, [orgId, id]);
  return row ? toNote(row) : null;
}

export async function deleteNote(tx: SqlExecutor, orgId: string, id: string): Promise<void> {
  await tx.query('DELETE FROM notes WHERE org_id = $1 AND id = $2', [orgId, id]);
}

// --- a merge and an erasure: every note of a talent or an application ---------------------------

/** Every note of the talents `fromIds` moves to `toId` (a merge); how many moved. */
export const moveNotesOfTalents = (tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<number> =>
  countAffected(tx, 'UPDATE notes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, toId, fromIds]);

/** Notes on each folded (`loser`) application now refer to its `winner` (a merge folds two applications for one job). */
export async function moveNotesOfApplications(
  tx: SqlExecutor,
  orgId: string,
  folds: readonly { loser: string; winner: string }[],
): Promise<void> {
  if (folds.length === 0) return;
  await tx.query(
    `UPDATE notes n SET application_id = f.winner
     FROM jsonb_to_recordset($2::jsonb) AS f(loser uuid, winner uuid) WHERE n.org_id = $1 AND n.application_id = f.loser`,
    [orgId, JSON.stringify(folds)],
  );
}

/** Deletes every note of talent `talentId` (an erasure); how many. */
export const deleteNotesOfTalent = (tx: SqlExecutor, orgId: string, talentId: string): Promise<number> =>
  countAffected(tx, 'DELETE FROM notes WHERE org_id = $1 AND talent_id = $2', [orgId, talentId]);

/** The talent's notes as a data export holds them (JSON, oldest first). */
export async function exportNotesOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ notes: unknown[] }>(
    `SELECT coalesce(jsonb_agg(to_jsonb(n) - 'org_id' ORDER BY n.created_at, n.id), '[]') AS notes
     FROM notes n WHERE n.org_id = $1 AND n.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.notes;
}
