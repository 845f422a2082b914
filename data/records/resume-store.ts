/**
 * The resumes table, its one owner: the row, its columns, the insert and the reads (the resume
 * subgraph's intake and resumes), the moves and deletions of a talent's resumes (the talent
 * subgraph's merge and erasure). The parsed JSON is stored without the text (the text has its own
 * column) and read back with it; what else it holds is the parser's (the resume subgraph types it
 * as `ParsedResume`), the store does not look inside. Knows no viewer.
 */
import type { SqlExecutor } from '../ports.ts';
import { countAffected } from './affected-rows.ts';

/** What a parse of a resume holds as far as the store is concerned: its text, kept in its own column. */
export interface StoredParse {
  text: string;
}

/** A stored resume without its original bytes (those are only ever written and kept). */
export interface ResumeRecord<ParsedResume extends StoredParse = StoredParse> {
  id: string;
  orgId: string;
  talentId: string;
  filename: string | null;
  contentType: string;
  size: number;
  text: string;
  parsed: ParsedResume;
  createdAt: Date;
}

interface ResumeRow<ParsedResume extends StoredParse> {
  id: string;
  org_id: string;
  talent_id: string;
  filename: string | null;
  content_type: string;
  size: number;
  text: string;
  parsed: Omit<ParsedResume, 'text'>;
  created_at: Date | string;
}

const RESUME_COLUMNS = 'id, org_id, talent_id, filename, content_type, size, text, parsed, created_at';

/** The record of a row: the parsed JSON gets its text back. */
const toResumeRecord = <P extends StoredParse>(row: ResumeRow<P>): ResumeRecord<P> => ({
  id: row.id,
  orgId: row.org_id,
  talentId: row.talent_id,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
  text: row.text,
  parsed: { ...row.parsed, text: row.text } as P,
  createdAt: new Date(row.created_at),
});

export interface NewResume<ParsedResume extends StoredParse = StoredParse> {
  orgId: string;
  talentId: string;
  filename: string | null;
  contentType: string;
  /** The original file's bytes (or the pasted text's, UTF-8), kept as uploaded. */
  original: Buffer;
  parsed: ParsedResume;
  /** Who uploaded: a user or API key id, or the importing command. */
  createdBy: string;
}

/** Stores a resume (inside the caller's transaction) and returns its record. */
export async function insertResume<P extends StoredParse>(tx: SqlExecutor, resume: NewResume<P>): Promise<ResumeRecord<P>> {
  const [row] = await tx.query<ResumeRow<P>>(
    `INSERT INTO resumes (org_id, talent_id, filename, content_type, size, content, text, parsed, created_by)
     VALUES ($1, $2, $3, $4, $5, decode($6, 'base64'), $7, $8::jsonb, $9)
     RETURNING ${RESUME_COLUMNS}`,
    [
      resume.orgId,
      resume.talentId,
      resume.filename,
      resume.contentType,
      resume.original.length,
      resume.original.toString('base64'),
      resume.parsed.text,
      // The text is stored once, in its own column.
      JSON.stringify({ ...resume.parsed, text: undefined }),
      resume.createdBy,
    ],
  );
  return toResumeRecord(row!);
}

/** The org's resumes among `ids` (valid uuids), in one query. */
export async function readResumes<P extends StoredParse>(
  db: SqlExecutor,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, ResumeRecord<P>>> {
  const rows = await db.query<ResumeRow<P>>(`SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [
    orgId,
    ids,
  ]);
  return new Map(rows.map((row) => [row.id, toResumeRecord(row)]));
}

/** Each talent's resumes (of the org), newest first, in one query; talents without any are absent. */
export async function readResumesOfTalents<P extends StoredParse>(
  db: SqlExecutor,
  orgId: string,
  talentIds: readonly string[],
): Promise<Map<string, ResumeRecord<P>[]>> {
  const rows = await db.query<ResumeRow<P>>(
    `SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) ORDER BY created_at DESC, id DESC`,
    [orgId, talentIds],
  );
  const byTalent = Map.groupBy(rows, (row) => row.talent_id);
  return new Map([...byTalent].map(([talentId, talentRows]) => [talentId, talentRows.map((row) => toResumeRecord(row))]));
}

/** Every resume of the talents `fromIds` moves to `toId` (a merge, inside its transaction); how many moved. */
export const moveResumesOfTalents = (tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<number> =>
  countAffected(tx, 'UPDATE resumes SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [orgId, toId, fromIds]);

/** Deletes every resume of talent `talentId` (an erasure, inside its transaction); how many. */
export const deleteResumesOfTalent = (tx: SqlExecutor, orgId: string, talentId: string): Promise<number> =>
  countAffected(tx, 'DELETE FROM resumes WHERE org_id = $1 AND talent_id = $2', [orgId, talentId]);

/** The talent's resumes as a data export holds them (JSON, oldest first; the original bytes as their SHA-256 only). */
export async function exportResumesOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ resumes: unknown[] }>(
    `SELECT coalesce(jsonb_agg(jsonb_build_object(
              'id', r.id, 'filename', r.filename, 'contentType', r.content_type, 'size', r.size,
              'contentSha256', encode(sha256(r.content), 'hex'), 'text', r.text, 'parsed', r.parsed,
              'createdBy', r.created_by, 'createdAt', r.created_at) ORDER BY r.created_at, r.id), '[]') AS resumes
     FROM resumes r WHERE r.org_id = $1 AND r.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.resumes;
}
