import type { JobResolvers } from '../__generated__/resolvers-types.ts';

export const Job: JobResolvers = {
  // Entity fetches from other subgraphs, batched by the jobs loader; another org's id resolves to null.
  __resolveReference: ({ id }, { viewer, jobs }) => jobs.get(viewer, id),
  hiringTeam: (job, _, { viewer, jobs }) => jobs.hiringTeam(viewer, job),
  stages: (job, _, { viewer, jobs }) => jobs.stages(viewer, job),
  hasCustomStages: (job) => job.ownStages !== null,
  pipeline: (job, { applicationsPerStage }, { viewer, jobs }) => jobs.pipeline(viewer, job, applicationsPerStage),
  // Batched: the jobs of a request share one query per distinct (filter, first, after).
  applications: (job, { filter, first, after }, { viewer, applications }) => applications.forJob(viewer, job.id, { filter, first, after }),
};
