import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  // talents
  talent: (_, { id }, { viewer, talents }) => talents.get(viewer, id),
  talents: (_, { filter, sort, first, after }, { viewer, talents }) => talents.list(viewer, { filter, sort, first, after }),
  // jobs, pipelines, applications
  job: (_, { id }, { viewer, jobs }) => jobs.get(viewer, id),
  jobs: (_, { first, after }, { viewer, jobs }) => jobs.list(viewer, { first, after }),
  // notes, tags, pools, audit
  // relationships
  // duplicates and personal-data rights
};
