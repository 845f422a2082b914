import type { BaseContext } from '../../platform/subgraph.ts';
import type { Accounts } from './accounts.ts';
import type { AdminKeys } from './admin-keys.ts';

export interface IdentityContext extends BaseContext {
  accounts: Accounts;
  adminKeys: AdminKeys;
}
