import type { StorePort } from '../../platform/round-trips.ts';
import type { BaseContext } from '../../platform/subgraph.ts';
import type { Accounts } from './accounts/accounts.ts';
import type { AdminKeys } from './api-keys/api-keys.ts';

/** The stores this subgraph uses, and the only ones its process opens. Accounts, sessions and keys live in PostgreSQL; the login throttle counts in the cache. */
export const IDENTITY_STORES = ['relational', 'cache'] as const satisfies readonly StorePort[];
export type IdentityStore = (typeof IDENTITY_STORES)[number];

export interface IdentityContext extends BaseContext<IdentityStore> {
  accounts: Accounts;
  adminKeys: AdminKeys;
}
