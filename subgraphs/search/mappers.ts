import type { JobReference } from './jobs/job-suggestions.ts';
import type { TalentRef } from './talent-search/talent-search.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentRef;
export type JobModel = JobReference;
