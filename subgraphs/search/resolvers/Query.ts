import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  search: (_, args, { search }) => search.search(args),
  similarTalents: (_, { talentId, first }, { search }) => search.similarTalents(talentId, first),
};
