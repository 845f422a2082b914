import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { unauthenticated } from './errors.ts';
import { isUuid } from './ids.ts';
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

/** A stored API key, as the verifier needs it. */
export interface StoredApiKey {
  id: string;
  orgId: string;
  scopes: string[];
  secretHash: string;
  revokedAt: Date | null;
}

/** Where API keys are looked up (data/auth/api-key-store.ts: the relational store). */
export interface ApiKeyLookup {
  find(keyId: string): Promise<StoredApiKey | undefined>;
  /** Records a use unless one was recorded in the last minute (by any process). */
  recordUse(keyId: string): Promise<void>;
}

/** Checks API keys against their store and records when each was last used. */
export class ApiKeyVerifier {
  /** When this process last wrote `last_used_at` per key: at most one write a minute. */
  private lastRecorded = new Map<string, number>();

  private readonly keys: ApiKeyLookup;

  constructor(keys: ApiKeyLookup) {
    this.keys = keys;
  }

  async verify(presented: string): Promise<Viewer> {
    const rest = presented.slice(API_KEY_PREFIX.length);
    const separator = rest.indexOf('_');
    const keyId = rest.slice(0, separator);
    const secret = rest.slice(separator + 1);
    if (separator < 0 || !isUuid(keyId) || !secret) throw unauthenticated('The API key is malformed');
    const key = await this.keys.find(keyId);
    // One message for unknown, wrong and revoked: the answer tells an attacker nothing.
    if (!key || key.revokedAt || !hashesEqual(key.secretHash, sha256(secret))) throw unauthenticated('The API key is invalid or revoked');
    await this.recordUse(key.id);
    return { userId: key.id, orgId: key.orgId, roles: [], scopes: key.scopes.filter(isScope), via: 'apiKey' };
  }

  private async recordUse(keyId: string): Promise<void> {
    const now = Date.now();
    if (now - (this.lastRecorded.get(keyId) ?? 0) < LAST_USED_EVERY_MS) return;
    this.lastRecorded.set(keyId, now);
    // The store keeps it to one write a minute across processes too.
    await this.keys.recordUse(keyId);
  }
}
