import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  resume: (_, { id }, { resumes }) => resumes.get(id),
};
