import type { TalentResolvers } from '../__generated__/resolvers-types.ts';

export const Talent: TalentResolvers = {
  // No read here: `matchingJobs` reads the talent within the viewer's organisation (another's has no jobs).
  __resolveReference: ({ id }, { matching }) => {
    matching.viewer();
    return { id };
  },
  matchingJobs: (talent, { first, filter }, { matching }) => matching.matchingJobs(talent.id, first, filter),
};
