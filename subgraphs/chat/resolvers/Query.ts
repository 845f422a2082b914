import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  conversation: (_, { id }, { chat }) => chat.conversation(id),
};
