import type { ApplicationConnectionResolvers } from '../__generated__/resolvers-types.ts';

export const ApplicationConnection: ApplicationConnectionResolvers = {
  // Counted only when asked for.
  totalCount: (connection) => connection.totalCount(),
};
