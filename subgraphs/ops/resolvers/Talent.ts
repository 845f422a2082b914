import { requireScope } from '../../../platform/checks.ts';
import type { TalentResolvers } from '../__generated__/resolvers-types.ts';
import { talentProjections } from '../projections/projection-status.ts';

export const Talent: TalentResolvers = {
  // A representation is a claim, not a proof: the talent must exist in the viewer's organisation
  // (one batched read for a page through the org-bound loader), else it resolves to null.
  __resolveReference: async (reference, { viewer, loaders }) => {
    requireScope(viewer, 'talent:read');
    const talent = await loaders.talentById.load(reference.id);
    return talent ? { id: talent.id, version: reference.version } : null;
  },
  projections: (talent, _, { viewer, loaders, data }) => talentProjections(viewer, talent, loaders, data.stores),
};
