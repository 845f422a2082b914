import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isUuid } from '../../../platform/ids.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { newApiKeySecret } from '../../../platform/api-keys.ts';
import { parseInput, requireScope } from '../../../platform/checks.ts';
import { ErrorCode, forbidden, LoomaError, notFound } from '../../../platform/errors.ts';
import { SCOPES, type Scope, type Viewer } from '../../../platform/viewer.ts';
import { recordIdentityAudit } from '../audit/identity-audit.ts';
import { apiKeyStore, type ApiKeyRecord } from '../../../data/auth/api-key-store.ts';

export const createApiKeyInput = z.object({
  name: z.string().trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  scopes: z
    .array(z.enum(SCOPES, { error: `a scope must be one of ${SCOPES.join(', ')}` }))
    .min(1, 'scopes must not be empty')
    .transform((scopes) => [...new Set(scopes)]),
});

/** Active (unrevoked) keys an organisation may hold: enough for every integration, few enough that `apiKeys` stays one small page. */
export const MAX_ACTIVE_API_KEYS = 100;

/**
 * Who may create which key: an admin signed in as a person (a key that mints keys would outlive
 * its own revocation), for a subset of the scopes the creator holds. Returns the validated input.
 */
export function admitApiKeyCreation(
  viewerOrNull: Viewer | null,
  input: { name: string; scopes: string[] },
): { viewer: Viewer; name: string; scopes: Scope[] } {
  const viewer = requireScope(viewerOrNull, 'admin');
  if (viewer.via === 'apiKey') throw forbidden('API keys cannot create API keys');
  const values = parseInput(createApiKeyInput, input);
  const notHeld = values.scopes.filter((s) => !viewer.scopes.includes(s));
  if (notHeld.length) throw forbidden(`An API key cannot hold scopes its creator lacks: ${notHeld.join(', ')}`);
  return { viewer, ...values };
}

/** RESOURCE_EXHAUSTED when an organisation already holds `active` keys, the most it may. */
export function refuseOverKeyLimit(active: number): void {
  if (active >= MAX_ACTIVE_API_KEYS) {
    throw new LoomaError(
      ErrorCode.RESOURCE_EXHAUSTED,
      `An organisation holds at most ${MAX_ACTIVE_API_KEYS} active API keys; revoke one first`,
      {
        limit: MAX_ACTIVE_API_KEYS,
      },
    );
  }
}

/**
 * What an organisation's admins manage: its API keys. (The signing keys are the platform's, not a
 * tenant's: operators rotate them with `npm run keys`.)
 */
export class ApiKeys {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async create(viewerOrNull: Viewer | null, input: { name: string; scopes: string[] }): Promise<{ apiKey: ApiKeyRecord; secret: string }> {
    const { viewer, name, scopes } = admitApiKeyCreation(viewerOrNull, input);
    const id = randomUUID();
    const { key, secretHash } = newApiKeySecret(id);
    const apiKey = await this.db.transaction(async (tx) => {
      // Creations in one organisation take turns, so two cannot both pass the count before either inserts.
      await apiKeyStore.lockOrgKeys(tx, viewer.orgId);
      refuseOverKeyLimit(await apiKeyStore.countActive(tx, viewer.orgId));
      const created = await apiKeyStore.insert(tx, { id, orgId: viewer.orgId, name, scopes, secretHash, createdBy: viewer.userId });
      await recordIdentityAudit(tx, viewer.orgId, viewer, [{ action: 'apiKey.create', entityType: 'apiKey', apiKey: created }]);
      return created;
    });
    return { apiKey, secret: key };
  }

  async revoke(viewerOrNull: Viewer | null, id: string): Promise<ApiKeyRecord> {
    const viewer = requireScope(viewerOrNull, 'admin');
    if (!isUuid(id)) throw notFound('API key', id);
    return this.db.transaction(async (tx) => {
      // The revocation is the check: of two parallel revocations one revokes (and is recorded), the other finds it revoked.
      const revoked = await apiKeyStore.revoke(tx, viewer.orgId, id);
      if (revoked) {
        await recordIdentityAudit(tx, viewer.orgId, viewer, [{ action: 'apiKey.revoke', entityType: 'apiKey', apiKey: revoked }]);
        return revoked;
      }
      const existing = await apiKeyStore.find(tx, viewer.orgId, id);
      if (!existing) throw notFound('API key', id);
      return existing;
    });
  }

  async list(viewerOrNull: Viewer | null): Promise<ApiKeyRecord[]> {
    const viewer = requireScope(viewerOrNull, 'admin');
    return apiKeyStore.list(this.db, viewer.orgId);
  }
}
