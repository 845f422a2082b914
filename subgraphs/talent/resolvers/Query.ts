import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  talent: (_, { id }, { viewer, talents }) => talents.get(viewer, id),
  talents: (_, { first, after }, { viewer, talents }) => talents.list(viewer, { first, after }),
  job: (_, { id }, { viewer, jobs }) => jobs.get(viewer, id),
  jobs: (_, { first, after }, { viewer, jobs }) => jobs.list(viewer, { first, after }),
};
