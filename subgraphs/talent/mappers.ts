import type { TalentRecord } from '../../data/loaders.ts';
import type { Connection } from '../../platform/pagination.ts';
import type { JobRecord } from './jobs.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentRecord;
export type TalentConnectionModel = Connection<TalentRecord>;
export type JobModel = JobRecord;
export type JobConnectionModel = Connection<JobRecord>;
// jobs, pipelines, applications
// notes, tags, pools, audit
// relationships
// sync (importTalents)
// duplicates and personal-data rights
