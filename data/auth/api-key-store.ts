import type { ApiKeyLookup, StoredApiKey } from '../../platform/api-keys.ts';
import type { RelationalStore } from '../ports.ts';

/** The verifier's reads and last-use writes of `api_keys` (platform/api-keys.ts holds the checks). */
export class SqlApiKeyLookup implements ApiKeyLookup {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async find(keyId: string): Promise<StoredApiKey | undefined> {
    const [row] = await this.db.query<{ id: string; org_id: string; scopes: string[]; secret_hash: string; revoked_at: Date | null }>(
      'SELECT id, org_id, scopes, secret_hash, revoked_at FROM api_keys WHERE id = $1',
      [keyId],
    );
    return row && { id: row.id, orgId: row.org_id, scopes: row.scopes, secretHash: row.secret_hash, revokedAt: row.revoked_at };
  }

  async recordUse(keyId: string): Promise<void> {
    // The SQL guard keeps it to one write a minute across processes.
    await this.db.query(
      `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [keyId],
    );
  }
}
