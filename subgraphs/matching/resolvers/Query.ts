import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  matchScore: (_, { talentId, jobId }, { matching }) => matching.matchScore(talentId, jobId),
};
