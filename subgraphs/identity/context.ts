import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../data/runtime/subgraph.ts';
import type { Accounts } from './accounts/accounts.ts';
import type { ApiKeys } from './api-keys/api-keys.ts';
import type { Sessions } from './sessions/sessions.ts';
import type { SignUps } from './sign-up/sign-up.ts';

/** The stores this subgraph uses, and the only ones its process opens. Accounts, sessions and keys live in PostgreSQL; the login throttle counts in the cache. */
export const IDENTITY_STORES = ['relational', 'cache'] as const satisfies readonly StorePort[];
export type IdentityStore = (typeof IDENTITY_STORES)[number];

/** What a request carries: the base (viewer, stores, loaders) and identity's domain services. */
export interface IdentityContext extends BaseContext<IdentityStore> {
  accounts: Accounts;
  sessions: Sessions;
  signUps: SignUps;
  apiKeys: ApiKeys;
}
