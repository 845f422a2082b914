import { jwksRoute } from '../../platform/auth.ts';
import { DateTime } from '../../platform/scalars.ts';
import { runStandalone } from '../../platform/standalone.ts';
import type { SubgraphDefinition } from '../../platform/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { Accounts } from './accounts/accounts.ts';
import { AdminKeys } from './api-keys/api-keys.ts';
import { IDENTITY_STORES, type IdentityContext, type IdentityStore } from './context.ts';
import { seedDemoUsers } from './demo/demo-users.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Org } from './resolvers/Org.ts';
import { Query } from './resolvers/Query.ts';
import { User } from './resolvers/User.ts';
import { SignUpCodes } from './sign-up/sign-up-code-store.ts';
import { SignUpPolicy } from './sign-up/sign-up-policy.ts';

const resolvers: Resolvers = { DateTime, Query, Mutation, User, Org };

/** Identity: organisations, users, sessions (login, refresh), invitations, API keys, and the JWKS of the signing keys. */
export const identitySubgraph: SubgraphDefinition<IdentityContext, IdentityStore> = {
  name: 'identity',
  port: (config) => config.ports.identity,
  stores: IDENTITY_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, { authenticator, config }) => ({
    ...base,
    accounts: new Accounts({
      db: base.data.stores.relational,
      cache: base.data.stores.cache,
      authenticator,
      logger: base.logger,
      signUpPolicy: new SignUpPolicy(config.signupPolicy, new SignUpCodes(base.data.stores.relational)),
    }),
    adminKeys: new AdminKeys(base.data.stores.relational),
  }),
  // Where the talent subgraph seeded the demo organisation (embedded development), its users too.
  onStart: async ({ config, data, logger }) => {
    if (!config.demo.seed) return;
    const added = await seedDemoUsers(data.stores.relational);
    if (added) logger.info({ added }, 'demo users seeded (password looma-demo)');
  },
  routes: ({ authenticator }) => [jwksRoute(authenticator)],
};

await runStandalone(import.meta.url, [identitySubgraph]);
