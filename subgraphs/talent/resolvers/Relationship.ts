import type { RelationshipResolvers } from '../__generated__/resolvers-types.ts';

export const Relationship: RelationshipResolvers = {
  talent: ({ talentId }, _, { relationships }) => relationships.talent(talentId),
};
