import { requireScope } from '../../talent/talents.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  outboxStatus: async (_, __, { viewer, data }) => {
    requireScope(viewer, 'talent:read');
    return data.projector.lag();
  },
};
