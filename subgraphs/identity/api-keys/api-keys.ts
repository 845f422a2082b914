import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isUuid } from '../../../data/loaders.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { newApiKeySecret } from '../../../platform/api-keys.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, forbidden, LoomaError, notFound } from '../../../platform/errors.ts';
import { SCOPES, type Viewer } from '../../../platform/viewer.ts';
import { recordIdentityAudit } from '../audit/identity-audit.ts';
import type { ApiKeyRecord } from '../accounts/account-store.ts';

const createApiKeyInput = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  scopes: z
    .array(z.enum(SCOPES, { error: `a scope must be one of ${SCOPES.join(', ')}` }))
    .min(1, 'scopes must not be empty')
    .transform((scopes) => [...new Set(scopes)]),
});

/** Active (unrevoked) keys an organisation may hold: enough for every integration, few enough that `apiKeys` stays one small page. */
export const MAX_ACTIVE_API_KEYS = 100;

const API_KEY_COLUMNS = 'id, name, scopes, created_at, last_used_at, revoked_at';
interface ApiKeyRow {
  id: string;
  name: string;
  scopes: string[];
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
 * What an organisation's admins manage: its API keys. (The signing keys are the platform's, not a
 * tenant's: operators rotate them with `npm run keys`.)
 */
export class AdminKeys {
  constructor(private readonly db: RelationalStore) {}

  async createApiKey(
    viewerOrNull: Viewer | null,
    input: { name: string; scopes: string[] },
  ): Promise<{ apiKey: ApiKeyRecord; secret: string }> {
    const viewer = requireScope(viewerOrNull, 'admin');
    // A key that mints keys would outlive its own revocation.
    if (viewer.via === 'apiKey') throw forbidden('API keys cannot create API keys');
    const values = parseInput(createApiKeyInput, input);
    const notHeld = values.scopes.filter((s) => !viewer.scopes.includes(s));
    if (notHeld.length) throw forbidden(`An API key cannot hold scopes its creator lacks: ${notHeld.join(', ')}`);
    const id = randomUUID();
    const { key, secretHash } = newApiKeySecret(id);
    const apiKey = await this.db.transaction(async (tx) => {
      // Creations in one organisation take turns, so two cannot both pass the count before either inserts.
      await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:api-keys:' || $1::text, 0))`, [viewer.orgId]);
      const [active] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM api_keys WHERE org_id = $1 AND revoked_at IS NULL', [
        viewer.orgId,
      ]);
      if (active!.n >= MAX_ACTIVE_API_KEYS) {
        throw new LoomaError(
          ErrorCode.RESOURCE_EXHAUSTED,
          `An organisation holds at most ${MAX_ACTIVE_API_KEYS} active API keys; revoke one first`,
          {
            limit: MAX_ACTIVE_API_KEYS,
          },
        );
      }
      const [row] = await tx.query<ApiKeyRow>(
        `INSERT INTO api_keys (id, org_id, name, scopes, secret_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${API_KEY_COLUMNS}`,
        [id, viewer.orgId, values.name, values.scopes, secretHash, viewer.userId],
      );
      const created = toApiKey(row!);
      await recordIdentityAudit(tx, viewer.orgId, viewer, [{ action: 'apiKey.create', entityType: 'apiKey', apiKey: created }]);
      return created;
    });
    return { apiKey, secret: key };
  }

  async revokeApiKey(viewerOrNull: Viewer | null, id: string): Promise<ApiKeyRecord> {
    const viewer = requireScope(viewerOrNull, 'admin');
    if (!isUuid(id)) throw notFound('API key', id);
    return this.db.transaction(async (tx) => {
      // The revocation is the check: of two parallel revocations one revokes (and is recorded), the other finds it revoked.
      const [revoked] = await tx.query<ApiKeyRow>(
        `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND org_id = $2 AND revoked_at IS NULL RETURNING ${API_KEY_COLUMNS}`,
        [id, viewer.orgId],
      );
      if (revoked) {
        const apiKey = toApiKey(revoked);
        await recordIdentityAudit(tx, viewer.orgId, viewer, [{ action: 'apiKey.revoke', entityType: 'apiKey', apiKey }]);
        return apiKey;
      }
      const [existing] = await tx.query<ApiKeyRow>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = $1 AND org_id = $2`, [
        id,
        viewer.orgId,
      ]);
      if (!existing) throw notFound('API key', id);
      return toApiKey(existing);
    });
  }

  async apiKeys(viewerOrNull: Viewer | null): Promise<ApiKeyRecord[]> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const rows = await this.db.query<ApiKeyRow>(
      `SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE org_id = $1 ORDER BY created_at DESC, id DESC`,
      [viewer.orgId],
    );
    return rows.map(toApiKey);
  }
}
