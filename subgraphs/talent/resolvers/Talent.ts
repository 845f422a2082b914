import type { TalentResolvers } from '../__generated__/resolvers-types.ts';

export const Talent: TalentResolvers = {
  // Entity fetches from other subgraphs arrive here, batched by the loader; another org's id resolves to null.
  __resolveReference: ({ id }, { viewer, talents }) => talents.get(viewer, id),
  // profile
  // applications
  // notes, timeline, tags, pools
  // relationships
};
