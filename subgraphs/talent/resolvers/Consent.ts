import type { ConsentResolvers } from '../__generated__/resolvers-types.ts';

export const Consent: ConsentResolvers = {
  isActive: (consent) => consent.expiresAt === null || Date.parse(consent.expiresAt) > Date.now(),
};
