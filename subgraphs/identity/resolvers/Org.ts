import type { OrgResolvers } from '../__generated__/resolvers-types.ts';

export const Org: OrgResolvers = {
  // Only the viewer's own organisation resolves.
  __resolveReference: ({ id }, { viewer, accounts }) => accounts.org(viewer, id),
};
