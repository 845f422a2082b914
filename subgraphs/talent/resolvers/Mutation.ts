import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  // talents
  createTalent: (_, { input }, { viewer, talents }) => talents.create(viewer, input),
  // jobs, pipelines, applications
  // notes, tags, pools
  // relationships
  // sync (importTalents)
  // duplicates, merge and erasure
};
