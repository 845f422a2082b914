import type { RegistryEventKind, RegistryEventResolvers } from '../__generated__/resolvers-types.ts';

export const RegistryEvent: RegistryEventResolvers = {
  instanceId: (event) => event.instance,
  // The store records kinds in lower case (`state_changed`); the enum is their upper case.
  kind: (event) => event.kind.toUpperCase() as RegistryEventKind,
};
