import { notFound } from '../../../platform/errors.ts';
import type { JobResolvers } from '../__generated__/resolvers-types.ts';

export const Job: JobResolvers = {
  // Read within the viewer's organisation: another organisation's job (a direct `_entities` call) is null.
  __resolveReference: ({ id }, { matching }) => matching.job(id),
  // The job as read by reference (the request's loader holds it: no second read).
  matches: async ({ id }, args, { matching }) => {
    const job = await matching.job(id);
    if (!job) throw notFound('Job', id);
    return matching.matches(job, args);
  },
};
