import type { ReferrerResolvers } from '../__generated__/resolvers-types.ts';

export const Referrer: ReferrerResolvers = {
  talent: ({ talentId }, _, { relationships }) => relationships.talent(talentId),
  through: ({ throughIds }, _, { relationships }) => relationships.talents(throughIds),
};
