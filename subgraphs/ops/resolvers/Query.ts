import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { outboxStatus } from '../outbox/outbox-status.ts';

export const Query: QueryResolvers = {
  outboxStatus: (_, __, { viewer, data }) => outboxStatus(viewer, data.projector),
  services: (_, __, { viewer, registry }) => registry.services(viewer),
  registryEvents: (_, { first, after }, { viewer, registry }) => registry.events(viewer, first, after),
};
