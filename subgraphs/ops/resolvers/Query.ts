import { requireScope } from '../../../platform/checks.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  // The backlog spans every organisation's events: an operator's view (`admin`).
  outboxStatus: async (_, __, { viewer, data }) => {
    requireScope(viewer, 'admin');
    return data.projector.lag();
  },
};
