import type { ApiKeyLookup, StoredApiKey } from '../../platform/api-keys.ts';
import type { Scope } from '../../platform/viewer.ts';
import type { RelationalStore, SqlExecutor } from '../ports.ts';

/*
 * The one owner of `api_keys`: every statement on the table, for both of its users. Identity
 * creates, revokes and lists an organisation's keys (`apiKeyStore`); the authenticator of every
 * service finds a presented key and records its use (`SqlApiKeyLookup`). Both live below the
 * subgraphs, so the table's columns and rows are written once.
 */

/** An organisation's API key as identity shows it (never its secret or hash). */
export interface ApiKeyRecord {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const API_KEY_COLUMNS = 'id, name, scopes, created_at, last_used_at, revoked_at';

interface ApiKeyRow {
  id: string;
  name: string;
  // Only scopes that passed the creation's validation are ever written.
  scopes: Scope[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toApiKey = (r: ApiKeyRow): ApiKeyRecord => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

/**
 * Identity's statements on `api_keys`: creation, revocation and the admin's list (identity's
 * api-keys/api-keys.ts holds the rules: scopes, the key limit, who may). Knows no viewer.
 */
export const apiKeyStore = {
  /** Creations in one organisation take turns until the transaction ends. */
  async lockOrgKeys(tx: SqlExecutor, orgId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:api-keys:' || $1::text, 0))`, [orgId]);
  },

  async countActive(db: SqlExecutor, orgId: string): Promise<number> {
    const [active] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_keys WHERE org_id = $1 AND revoked_at IS NULL', [
      orgId,
    ]);
    return active!.n;
  },

  async insert(
    db: SqlExecutor,
    key: { id: string; orgId: string; name: string; scopes: Scope[]; secretHash: string; createdBy: string },
  ): Promise<ApiKeyRecord> {
    const [row] = await db.query<ApiKeyRow>(
      `INSERT INTO api_keys (id, org_id, name, scopes, secret_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${API_KEY_COLUMNS}`,
      [key.id, key.orgId, key.name, key.scopes, key.secretHash, key.createdBy],
    );
    return toApiKey(row!);
  },

  /** Revokes the organisation's key if it is live; null when it is unknown or already revoked. The update is the check. */
  async revoke(db: SqlExecutor, orgId: string, id: string): Promise<ApiKeyRecord | null> {
    const [row] = await db.query<ApiKeyRow>(
      `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND org_id = $2 AND revoked_at IS NULL RETURNING ${API_KEY_COLUMNS}`,
      [id, orgId],
    );
    return row ? toApiKey(row) : null;
  },

  async find(db: SqlExecutor, orgId: string, id: string): Promise<ApiKeyRecord | null> {
    const [row] = await db.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = $1 AND org_id = $2`, [id, orgId]);
    return row ? toApiKey(row) : null;
  },

  /** The organisation's keys, newest first. */
  async list(db: SqlExecutor, orgId: string): Promise<ApiKeyRecord[]> {
    const rows = await db.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE org_id = $1 ORDER BY created_at DESC, id DESC`, [
      orgId,
    ]);
    return rows.map(toApiKey);
  },
};

/**
 * The authenticator's lookup of a presented key and its last-use write (platform/api-keys.ts holds
 * the checks and defines the port; every process that authenticates opens it through auth-stores.ts).
 */
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
