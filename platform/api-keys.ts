import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../data/loaders.ts';
import type { RelationalStore } from '../data/ports.ts';
import { unauthenticated } from './errors.ts';
import { isScope, type Viewer } from './viewer.ts';

/** `lk_<keyId>_<secret>`: the prefix lets scanners and the authenticator tell an API key from a JWT. */
export const API_KEY_PREFIX = 'lk_';
const LAST_USED_EVERY_MS = 60_000;

/** A fresh secret (32 random bytes) and the full key to show once. */
export function newApiKeySecret(keyId: string): { key: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { key: `${API_KEY_PREFIX}${keyId}_${secret}`, secretHash: sha256(secret) };
}

/** SHA-256 is right for 32 random bytes (nothing to brute-force); passwords use scrypt instead. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Checks API keys against the relational store and records when each was last used. */
export class ApiKeyVerifier {
  /** When this process last wrote `last_used_at` per key: at most one write a minute. */
  private lastRecorded = new Map<string, number>();

  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  async verify(presented: string): Promise<Viewer> {
    const rest = presented.slice(API_KEY_PREFIX.length);
    const separator = rest.indexOf('_');
    const keyId = rest.slice(0, separator);
    const secret = rest.slice(separator + 1);
    if (separator < 0 || !isUuid(keyId) || !secret) throw unauthenticated('The API key is malformed');
    const [row] = await this.db.query<{ id: string; org_id: string; scopes: string[]; secret_hash: string; revoked_at: Date | null }>(
      'SELECT id, org_id, scopes, secret_hash, revoked_at FROM api_keys WHERE id = $1',
      [keyId],
    );
    // One message for unknown, wrong and revoked: the answer tells an attacker nothing.
    if (!row || row.revoked_at || !hashesEqual(row.secret_hash, sha256(secret))) throw unauthenticated('The API key is invalid or revoked');
    await this.recordUse(row.id);
    return { userId: row.id, orgId: row.org_id, roles: [], scopes: row.scopes.filter(isScope), via: 'apiKey' };
  }

  private async recordUse(keyId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastRecorded.get(keyId) ?? 0) < LAST_USED_EVERY_MS) return;
    this.lastRecorded.set(keyId, now);
    // The SQL guard keeps it to one write a minute across processes too.
    await this.db.query(
      `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [keyId],
    );
  }
}
