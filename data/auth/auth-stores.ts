import type { ApiKeyLookup } from '../../platform/api-keys.ts';
import type { SigningKeyStore } from '../../platform/signing-keys.ts';
import type { RelationalStore } from '../ports.ts';
import { SqlApiKeyLookup } from './api-key-store.ts';
import { SqlSigningKeyStore } from './signing-key-store.ts';

/** The stores the authenticator reads (platform/auth.ts AuthenticatorDeps), both in the relational store. */
export function authStores(db: RelationalStore): { signingKeys: SigningKeyStore; apiKeys: ApiKeyLookup } {
  return { signingKeys: new SqlSigningKeyStore(db), apiKeys: new SqlApiKeyLookup(db) };
}
