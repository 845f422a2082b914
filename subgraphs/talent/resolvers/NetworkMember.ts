import type { NetworkMemberResolvers } from '../__generated__/resolvers-types.ts';

export const NetworkMember: NetworkMemberResolvers = {
  talent: ({ talentId }, _, { relationships }) => relationships.talent(talentId),
  via: ({ viaIds }, _, { relationships }) => relationships.talents(viaIds),
};
