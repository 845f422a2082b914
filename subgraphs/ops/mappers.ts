import type { ConfigVersionRecord } from '../../data/config/config-store.ts';
import type { RegistryEvent } from '../../data/registry/registry-store.ts';
import type { Connection } from '../../platform/pagination.ts';
import type { ConfigurationView } from './configuration/configuration.ts';
import type { TalentReference } from './projections/projection-status.ts';

/** The domain shapes resolvers return, mapped onto GraphQL types by codegen (`<Type>Model`). */
export type TalentModel = TalentReference;
export type RegistryEventModel = RegistryEvent;
export type ConfigurationModel = ConfigurationView;
export type ConfigVersionModel = ConfigVersionRecord;
export type ConfigVersionConnectionModel = Connection<ConfigVersionRecord>;
