import DataLoader from 'dataloader';
import { isUuid } from '../../data/loaders.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { requireScope } from '../../platform/checks.ts';
import type { ParseResumeOptions } from './parser/resume-parser.ts';
import type { Viewer } from '../../platform/viewer.ts';
import {
  RESUME_COLUMNS,
  ingestResume,
  toResumeRecord,
  type IngestedResume,
  type ResumeRecord,
  type ResumeRow,
  type UploadResumeInput,
} from './resume-intake.ts';
import { groupBy } from '../../platform/group-by.ts';

/**
 * The resume domain as the subgraph sees it: scope and tenancy checks, the upload pipeline, and
 * per-request loaders (a page of talents' resumes is one query). Knows nothing of GraphQL.
 */
export class Resumes {
  private readonly byId: DataLoader<string, ResumeRecord | null>;
  private readonly byTalent: DataLoader<string, ResumeRecord[]>;

  constructor(
    private readonly db: RelationalStore,
    private readonly viewer: Viewer | null,
    private readonly limits: ParseResumeOptions,
  ) {
    const orgId = viewer?.orgId;
    this.byId = new DataLoader(async (ids) => {
      const rows = await this.db.query<ResumeRow>(`SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND id = ANY ($2::uuid[])`, [
        orgId,
        ids,
      ]);
      const found = new Map(rows.map((row) => [row.id, withText(row)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const rows = await this.db.query<ResumeRow>(
        `SELECT ${RESUME_COLUMNS} FROM resumes WHERE org_id = $1 AND talent_id = ANY ($2::uuid[]) ORDER BY created_at DESC, id DESC`,
        [orgId, talentIds],
      );
      const byTalent = groupBy(rows, (row) => row.talent_id);
      return talentIds.map((id) => (byTalent.get(id) ?? []).map(withText));
    });
  }

  async get(id: string): Promise<ResumeRecord | null> {
    requireScope(this.viewer, 'talent:read');
    return isUuid(id) ? this.byId.load(id) : null;
  }

  async ofTalent(talentId: string): Promise<ResumeRecord[]> {
    requireScope(this.viewer, 'talent:read');
    return isUuid(talentId) ? this.byTalent.load(talentId) : [];
  }

  async upload(input: UploadResumeInput): Promise<IngestedResume> {
    const viewer = requireScope(this.viewer, 'talent:write');
    const result = await ingestResume(this.db, input, {
      orgId: viewer.orgId,
      createdBy: viewer.userId,
      limits: this.limits,
      actor: viewer,
    });
    this.byId.prime(result.resume.id, result.resume);
    return result;
  }
}

/** The parsed JSON is stored without the text (it has its own column); put it back. */
const withText = (row: ResumeRow): ResumeRecord => toResumeRecord({ ...row, parsed: { ...row.parsed, text: row.text } });
