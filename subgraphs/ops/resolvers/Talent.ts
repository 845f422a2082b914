import { isUuid } from '../../../data/loaders.ts';
import type { TalentResolvers } from '../__generated__/resolvers-types.ts';
import { talentProjections } from '../projection-status.ts';

export const Talent: TalentResolvers = {
  // The representation carries `version` (@requires); the ids come from the talent subgraph, which already checked the org.
  __resolveReference: (reference) => (isUuid(reference.id) ? { id: reference.id, version: reference.version } : null),
  projections: (talent, _, { viewer, loaders, data }) => talentProjections(viewer, talent, loaders, data.stores),
};
