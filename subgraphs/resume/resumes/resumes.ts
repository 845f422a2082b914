import DataLoader from 'dataloader';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { requireScope } from '../../../platform/checks.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { readResumes, readResumesOfTalents } from '../../../data/records/resume-store.ts';
import { ingestResume, type IngestedResume, type ResumeRecord, type UploadResumeInput } from '../intake/resume-intake.ts';
import type { ParseResumeOptions } from '../parser/resume-parser.ts';

/**
 * The resume domain as the subgraph sees it: scope and tenancy checks, the upload pipeline, and
 * per-request loaders (a page of talents' resumes is one query). Knows nothing of GraphQL.
 */
export class Resumes {
  private readonly byId: DataLoader<string, ResumeRecord | null>;
  private readonly byTalent: DataLoader<string, ResumeRecord[]>;

  private readonly db: RelationalStore;
  private readonly viewer: Viewer | null;
  private readonly limits: ParseResumeOptions;

  constructor(db: RelationalStore, viewer: Viewer | null, limits: ParseResumeOptions) {
    this.db = db;
    this.viewer = viewer;
    this.limits = limits;
    // Loaders run only after a scope check, so there is a viewer (and an org) by then.
    const orgId = () => requireScope(this.viewer, 'talent:read').orgId;
    this.byId = new DataLoader(async (ids) => {
      const found = await readResumes<ResumeRecord['parsed']>(this.db, orgId(), ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    this.byTalent = new DataLoader(async (talentIds) => {
      const byTalent = await readResumesOfTalents<ResumeRecord['parsed']>(this.db, orgId(), talentIds);
      return talentIds.map((id) => byTalent.get(id) ?? []);
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
