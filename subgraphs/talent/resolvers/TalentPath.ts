import type { TalentPathResolvers } from '../__generated__/resolvers-types.ts';

export const TalentPath: TalentPathResolvers = {
  talents: ({ talentIds }, _, { relationships }) => relationships.talents(talentIds),
};
