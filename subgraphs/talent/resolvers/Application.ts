import type { ApplicationResolvers } from '../__generated__/resolvers-types.ts';
import { present } from '../applications/applications.ts';

export const Application: ApplicationResolvers = {
  // Entity fetches from other subgraphs, batched by the applications loader; another org's id resolves to null.
  __resolveReference: ({ id }, { viewer, applications }) => applications.get(viewer, id),
  talent: async ({ talentId }, _, { viewer, talents }) => present(await talents.get(viewer, talentId), 'Talent', talentId),
  job: async ({ jobId }, _, { viewer, jobs }) => present(await jobs.get(viewer, jobId), 'Job', jobId),
  stage: (application, _, { viewer, jobs }) => jobs.stageOf(viewer, application.jobId, application.stage),
  history: (application, _, { viewer, applications }) => applications.history(viewer, application),
};
