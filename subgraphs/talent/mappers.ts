import type { TalentRecord } from '../../data/loaders.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentRecord;
