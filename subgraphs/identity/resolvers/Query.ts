import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  me: (_, __, { viewer, accounts }) => accounts.me(viewer),
  user: (_, { id }, { viewer, accounts }) => accounts.user(viewer, id),
  apiKeys: (_, __, { viewer, apiKeys }) => apiKeys.list(viewer),
};
