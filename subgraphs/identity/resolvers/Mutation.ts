import type { MutationResolvers } from '../__generated__/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  signUp: (_, { input }, { signUps }) => signUps.signUp(input),
  inviteUser: (_, { email, role }, { viewer, accounts }) => accounts.inviteUser(viewer, { email, role }),
  acceptInvite: (_, { token, password, name }, { accounts }) => accounts.acceptInvite({ token, password, name }),
  login: (_, { email, password }, { sessions, address }) => sessions.login({ email, password }, address),
  refresh: (_, { refreshToken }, { sessions }) => sessions.refresh(refreshToken),
  logout: (_, { refreshToken }, { sessions }) => sessions.logout(refreshToken),
  createApiKey: (_, { name, scopes }, { viewer, apiKeys }) => apiKeys.create(viewer, { name, scopes }),
  revokeApiKey: (_, { id }, { viewer, apiKeys }) => apiKeys.revoke(viewer, id),
};
