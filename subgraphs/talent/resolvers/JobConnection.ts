import type { JobConnectionResolvers } from '../__generated__/resolvers-types.ts';

export const JobConnection: JobConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
