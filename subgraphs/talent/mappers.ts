import type { TalentConsent, TalentRecord } from '../../data/records/talent-record.ts';
import type { Connection } from '../../platform/pagination.ts';
import type { ApplicationRecord, StageMoveRecord } from './applications/applications.ts';
import type { AuditEntryRecord } from '../../data/audit/audit-log-store.ts';
import type { HiringTeamMemberRecord, JobRecord, PipelineColumnRecord } from './jobs/jobs.ts';
import type { NoteRecord } from './notes/notes.ts';
import type { PoolRecord } from './pools/pools.ts';
import type {
  NetworkMemberModel as NetworkMember,
  ReferrerModel as Referrer,
  RelationshipModel as Relationship,
  TalentPathModel as TalentPath,
} from './relationships/relationships.ts';
import type { TagRecord } from './tags/tags.ts';
import type { ImportRowResult } from './sync/talent-import.ts';
import type { TimelineEventRecord } from './audit/timeline.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentRecord;
export type ConsentModel = TalentConsent;
export type TalentConnectionModel = Connection<TalentRecord>;
export type JobModel = JobRecord;
export type JobConnectionModel = Connection<JobRecord>;
export type ApplicationModel = ApplicationRecord;
export type ApplicationConnectionModel = Connection<ApplicationRecord>;
export type PipelineColumnModel = PipelineColumnRecord;
export type StageMoveModel = StageMoveRecord;
export type HiringTeamMemberModel = HiringTeamMemberRecord;
export type NoteModel = NoteRecord;
export type NoteConnectionModel = Connection<NoteRecord>;
export type TagModel = TagRecord;
export type TalentPoolModel = PoolRecord;
export type TimelineEventModel = TimelineEventRecord;
export type TimelineConnectionModel = Connection<TimelineEventRecord>;
export type AuditEntryModel = AuditEntryRecord;
export type AuditEntryConnectionModel = Connection<AuditEntryRecord>;
export type RelationshipModel = Relationship;
export type NetworkMemberModel = NetworkMember;
export type TalentPathModel = TalentPath;
export type ReferrerModel = Referrer;
export type ImportRowResultModel = ImportRowResult;
