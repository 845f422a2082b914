import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  ask: (_, { input }, { chat }) => chat.ask(input),
};
