/**
 * The resumes table, its one owner: the row, its columns, the insert and the reads. The parsed JSON
 * is stored without the text (the text has its own column) and read back with it. Knows no viewer.
 */
import type { SqlExecutor } from '../../../data/ports.ts';
import { groupBy } from '../../../platform/group-by.ts';
import type { ParsedResume } from '../parser/types.ts';

/** A stored resume without its original bytes (those are only ever written and kept). */
export interface ResumeRecord {
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

interface ResumeRow {
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
const toResumeRecord = (row: ResumeRow): ResumeRecord => ({
  id: row.id,
  orgId: row.org_id,
  talentId: row.talent_id,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
  text: row.text,
  parsed: { ...row.parsed, text: row.text },
  createdAt: new Date(row.created_at),
});

export interface NewResume {
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
export async function insertResume(tx: SqlExecutor, resume: NewResume): Promise<ResumeRecord> {
  const [row] = await tx.query<ResumeRow>(
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
export async function readResumes(db: SqlExecutor, orgId: string, ids: readonly string[]): Promise<Map<string, ResumeRecord>> {
  const rows = await db.query<ResumeRow>(`SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [orgId, ids]);
  return new Map(rows.map((row) => [row.id, toResumeRecord(row)]));
}

/** Each talent's resumes (of the org), newest first, in one query; talents without any are absent. */
export async function readResumesOfTalents(
  db: SqlExecutor,
  orgId: string,
  talentIds: readonly string[],
): Promise<Map<string, ResumeRecord[]>> {
  const rows = await db.query<ResumeRow>(
    `SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) ORDER BY created_at DESC, id DESC`,
    [orgId, talentIds],
  );
  const byTalent = groupBy(rows, (row) => row.talent_id);
  return new Map([...byTalent].map(([talentId, talentRows]) => [talentId, talentRows.map(toResumeRecord)]));
}
