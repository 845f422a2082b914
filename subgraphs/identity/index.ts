import { jwksRoute } from '../../platform/auth.ts';
import { DateTime } from '../../platform/scalars.ts';
import { runStandalone } from '../../data/runtime/standalone.ts';
import type { SubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { Accounts } from './accounts/accounts.ts';
import { ApiKeys } from './api-keys/api-keys.ts';
import { IDENTITY_STORES, type IdentityContext, type IdentityStore } from './context.ts';
import { seedDemoUsers } from './demo/demo-users.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Org } from './resolvers/Org.ts';
import { Query } from './resolvers/Query.ts';
import { User } from './resolvers/User.ts';
import { Sessions } from './sessions/sessions.ts';
import { SignUps } from './sign-up/sign-up.ts';
import { SignUpCodeStore } from './sign-up/sign-up-code-store.ts';
import { SignUpPolicy } from './sign-up/sign-up-policy.ts';

const resolvers: Resolvers = { DateTime, Query, Mutation, User, Org };

/** Identity: organisations, users, sessions (login, refresh), invitations, API keys, and the JWKS of the signing keys. */
export const identitySubgraph: SubgraphDefinition<IdentityContext, IdentityStore> = {
  name: 'identity',
  port: (config) => config.ports.identity,
  stores: IDENTITY_STORES,
  schemaFile: new URL('./schema.graphql', import.meta.url),
  resolvers,
  context: (base, { authenticator, config }) => {
    const db = base.data.stores.relational;
    const sessions = new Sessions({ db, cache: base.data.stores.cache, authenticator, logger: base.logger });
    return {
      ...base,
      accounts: new Accounts(db, sessions),
      sessions,
      signUps: new SignUps(db, sessions, new SignUpPolicy(config.signupPolicy, new SignUpCodeStore(db))),
      apiKeys: new ApiKeys(db),
    };
  },
  // Where the talent subgraph seeded the demo organisation (embedded development), its users too.
  onStart: async ({ config, data, logger }) => {
    if (!config.demo.seed) return;
    const added = await seedDemoUsers(data.stores.relational);
    if (added) logger.info({ added }, 'demo users seeded (password looma-demo)');
  },
  routes: ({ authenticator }) => [jwksRoute(authenticator)],
};

await runStandalone(import.meta.url, [identitySubgraph]);
