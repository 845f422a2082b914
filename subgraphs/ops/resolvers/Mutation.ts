import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  drainInstance: (_, { id }, { viewer, registry }) => registry.drain(viewer, id),
  setConfiguration: (_, { input }, { viewer, configuration }) => configuration.set(viewer, input),
  rollbackConfiguration: (_, { scope, toVersion }, { viewer, configuration }) => configuration.rollback(viewer, scope, toVersion),
};
