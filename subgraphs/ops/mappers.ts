import type { RegistryEvent } from '../../data/registry/registry-store.ts';
import type { TalentReference } from './projections/projection-status.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentReference;
export type RegistryEventModel = RegistryEvent;
