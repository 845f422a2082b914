import type { TalentConnectionResolvers } from '../__generated__/resolvers-types.ts';

export const TalentConnection: TalentConnectionResolvers = {
  // Counted only when asked for: a page without totalCount costs one query.
  totalCount: (connection) => connection.totalCount(),
};
