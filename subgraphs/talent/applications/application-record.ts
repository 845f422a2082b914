import type { ApplicationStatus } from '../__generated__/resolvers-types.ts';

/** The schema's enum, as codegen generates it. */
export type { ApplicationStatus };

/** A talent considered for a job, as the domain and resolvers see it. `stage` is the stage key. */
export interface ApplicationRecord {
  id: string;
  orgId: string;
  talentId: string;
  jobId: string;
  stage: string;
  status: ApplicationStatus;
  rejectionReason: string | null;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ApplicationRow {
  id: string;
  org_id: string;
  talent_id: string;
  job_id: string;
  stage: string;
  status: ApplicationStatus;
  rejection_reason: string | null;
  created_by: string | null;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export const APPLICATION_COLUMNS =
  'id, org_id, talent_id, job_id, stage, status, rejection_reason, created_by, version, created_at, updated_at';

export const toApplicationRecord = (row: ApplicationRow): ApplicationRecord => ({
  id: row.id,
  orgId: row.org_id,
  talentId: row.talent_id,
  jobId: row.job_id,
  stage: row.stage,
  status: row.status,
  rejectionReason: row.rejection_reason,
  createdBy: row.created_by,
  version: row.version,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});
