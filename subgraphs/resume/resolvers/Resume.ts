import type { ResumeResolvers } from '../__generated__/resolvers-types.ts';

export const Resume: ResumeResolvers = {
  __resolveReference: ({ id }, { resumes }) => resumes.get(id),
};
