import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { outboxStatus } from '../outbox/outbox-status.ts';
import { storePings, systemHealth } from '../health/system-health.ts';

export const Query: QueryResolvers = {
  outboxStatus: (_, __, { viewer, data }) => outboxStatus(viewer, data.projector),
  services: (_, __, { viewer, registry }) => registry.services(viewer),
  registryEvents: (_, { first, after }, { viewer, registry }) => registry.events(viewer, first, after),
  systemHealth: (_, __, { viewer, data, registry }) =>
    systemHealth(viewer, {
      stores: storePings(data.stores),
      services: () => registry.services(viewer),
      outbox: () => data.projector.lag(),
    }),
  configuration: (_, { scope }, { viewer, configuration }) => configuration.get(viewer, scope),
  configurationHistory: (_, { scope, first, after }, { viewer, configuration }) => configuration.history(viewer, scope, first, after),
};
