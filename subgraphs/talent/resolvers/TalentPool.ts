import type { TalentPoolResolvers } from '../__generated__/resolvers-types.ts';

export const TalentPool: TalentPoolResolvers = {
  owner: (pool) => (pool.ownerId ? { id: pool.ownerId } : null),
  talentCount: (pool, _, { viewer, pools }) => pools.talentCount(viewer, pool),
  talents: (pool, { first, after }, { viewer, pools }) => pools.members(viewer, pool, { first, after }),
};
