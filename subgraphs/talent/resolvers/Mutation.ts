import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  createTalent: (_, { input }, { viewer, talents }) => talents.create(viewer, input),
};
