import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  signUp: (_, { input }, { accounts }) => accounts.signUp(input),
  inviteUser: (_, { email, role }, { viewer, accounts }) => accounts.inviteUser(viewer, { email, role }),
  acceptInvite: (_, { token, password, name }, { accounts }) => accounts.acceptInvite({ token, password, name }),
  login: (_, { email, password }, { accounts, address }) => accounts.login({ email, password }, address),
  refresh: (_, { refreshToken }, { accounts }) => accounts.refresh(refreshToken),
  logout: (_, { refreshToken }, { accounts }) => accounts.logout(refreshToken),
  createApiKey: (_, { name, scopes }, { viewer, adminKeys }) => adminKeys.createApiKey(viewer, { name, scopes }),
  revokeApiKey: (_, { id }, { viewer, adminKeys }) => adminKeys.revokeApiKey(viewer, id),
};
