import type { JobResolvers } from '../__generated__/resolvers-types.ts';

export const Job: JobResolvers = {
  // Entity fetches from other subgraphs, batched by the jobs loader; another org's id resolves to null.
  __resolveReference: ({ id }, { viewer, jobs }) => jobs.get(viewer, id),
};
