import type { UserResolvers } from '../__generated__/resolvers-types.ts';

export const User: UserResolvers = {
  // Another organisation's user resolves to null.
  __resolveReference: ({ id }, { viewer, accounts }) => accounts.user(viewer, id),
  // A user record has passed the tenancy check already (or is the session's own user), so its org is readable.
  org: (user, _, { accounts }) => accounts.orgOf(user),
};
