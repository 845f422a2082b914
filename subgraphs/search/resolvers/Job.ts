import { requireScope } from '../../../platform/checks.ts';
import type { JobResolvers } from '../__generated__/resolvers-types.ts';
import { suggestTalentsForJob } from '../jobs/job-suggestions.ts';

export const Job: JobResolvers = {
  // The talent subgraph already resolved the job within the viewer's org; its title and skills arrive with @requires.
  __resolveReference: (reference, { viewer }) => {
    requireScope(viewer, 'talent:read');
    return reference;
  },
  suggestedTalents: (job, { first }, { viewer, data }) => suggestTalentsForJob(viewer, data, job, first),
};
