import type { JobReference } from './job-suggestions.ts';
import type { TalentRef } from './talent-search.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentRef;
export type JobModel = JobReference;
