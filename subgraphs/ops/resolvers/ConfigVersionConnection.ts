import type { ConfigVersionConnectionResolvers } from '../__generated__/resolvers-types.ts';

export const ConfigVersionConnection: ConfigVersionConnectionResolvers = {
  totalCount: (connection) => connection.totalCount(),
};
