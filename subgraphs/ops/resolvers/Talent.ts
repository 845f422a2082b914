import type { TalentResolvers } from '../__generated__/resolvers-types.ts';
import { talentProjections, talentReference } from '../projections/projection-status.ts';

export const Talent: TalentResolvers = {
  __resolveReference: (reference, { viewer, loaders }) =>
    talentReference(viewer, { id: reference.id, version: reference.version }, loaders),
  projections: (talent, _, { viewer, loaders, data }) => talentProjections(viewer, talent, loaders, data.stores),
};
