import type { TagResolvers } from '../__generated__/resolvers-types.ts';

export const Tag: TagResolvers = {
  talentCount: (tag, _, { viewer, tags }) => tags.talentCount(viewer, tag),
};
