import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  drainInstance: (_, { id }, { viewer, registry }) => registry.drain(viewer, id),
};
