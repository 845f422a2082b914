import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { ErrorCode, LoomaError } from './errors.ts';
import type { Logger } from './logger.ts';

export type SigningKeyState = 'active' | 'retiring' | 'retired';

export interface SigningKeyInfo {
  kid: string;
  state: SigningKeyState;
  createdAt: Date;
}

/** A stored key: its public half as a JWK, its private half encrypted (`v1.<iv>.<tag>.<ciphertext>`). */
export interface StoredSigningKey {
  kid: string;
  state: SigningKeyState;
  publicJwk: JsonWebKey;
  privateKeyEnc: string;
  createdAt: Date;
}

/** A key to store as the active one: the public JWK serialised, the private half already encrypted. */
export interface NewSigningKey {
  kid: string;
  publicJwk: string;
  privateKeyEnc: string;
}

/**
 * Where the ring is kept, shared by every process (data/auth/signing-key-store.ts keeps it in the
 * relational store). The ring's rules (which key signs, encryption, the grace period) stay here.
 */
export interface SigningKeyStore {
  /** The active key and every retiring key that started retiring less than `retireAfterMs` ago. */
  current(retireAfterMs: number): Promise<StoredSigningKey[]>;
  /** Stores `key` as the active key unless there is one already (of two processes starting on an empty ring, one wins). */
  addFirstActive(key: NewSigningKey): Promise<void>;
  /**
   * At once, serialised against other rotations: retires the retiring keys whose grace period is over,
   * makes the active key retiring, and stores `key` as the active one.
   */
  replaceActive(key: NewSigningKey, retireAfterMs: number): Promise<SigningKeyInfo>;
  /** Retires a retiring key; false when `kid` is not a retiring key. */
  retire(kid: string): Promise<boolean>;
  /** Every key, newest first. */
  list(): Promise<SigningKeyInfo[]>;
}

/** What /.well-known/jwks.json serves (RFC 7517). */
export interface Jwks {
  keys: (JsonWebKey & { kid: string; alg: 'ES256'; use: 'sig' })[];
}

export interface KeyRingOptions {
  /** How often the ring is re-read, so a rotation by another process is seen. */
  refreshMs?: number;
  /** How long a key keeps verifying after it stopped signing: longer than any access token lives (`npm run token` issues up to 24 h). */
  retireAfterMs?: number;
  /**
   * Refuse to open when the active key cannot be decrypted with this secret (default). Only
   * `npm run keys` opens such a ring, to list it or start a new one.
   */
  requireUsableKey?: boolean;
}

/** The secret that encrypts the private halves, and where it came from (for messages that say what to change). */
export interface KeyEncryptionSecret {
  value: string;
  /** `AUTH_KEY_ENCRYPTION_SECRET`, or the generated development secret's file. */
  source: string;
}

/**
 * The active signing key was encrypted with another secret than this process's (AUTH_KEY_ENCRYPTION_SECRET,
 * or the generated development secret of a data directory that is not the one the keys were made with).
 * The message names the secret's source and both ways out; no key is ever discarded on its own.
 */
export class KeyRingSecretMismatchError extends LoomaError {
  readonly kid: string;

  constructor(kid: string, secret: KeyEncryptionSecret) {
    const isGenerated = secret.source !== 'AUTH_KEY_ENCRYPTION_SECRET';
    super(
      ErrorCode.UNAVAILABLE,
      `the signing keys in the database were encrypted with another secret: the active key ${kid} cannot be decrypted with ${secret.source}. ` +
        `Set AUTH_KEY_ENCRYPTION_SECRET to the secret the keys were made with, the same in every service` +
        `${isGenerated ? ' (or put back the auth-key-secret file of the data directory that made them)' : ''}; ` +
        'or, if that secret is lost, run `npm run keys -- new-ring` once to start a new ring encrypted with this secret ' +
        '(the old keys are kept and still verify the tokens they signed until those expire).',
      { kid },
    );
    this.kid = kid;
    this.name = 'KeyRingSecretMismatchError';
  }
}

export const DEFAULT_REFRESH_MS = 30_000;
const DEFAULT_RETIRE_AFTER_MS = 24 * 3600_000 + 60_000;
/** An unknown kid may be a key another process has just rotated in; re-read at most this often for one. */
const UNKNOWN_KID_RELOAD_MS = 5_000;

/**
 * The ES256 keys that sign and verify Looma's access tokens, kept in the relational store so every
 * process shares them: one `active` key signs; `retiring` keys still verify (tokens signed before a
 * rotation stay valid until they expire); `retired` keys do neither. Private halves are stored
 * encrypted with AES-256-GCM under AUTH_KEY_ENCRYPTION_SECRET.
 */
export class KeyRing {
  private verifying = new Map<string, { key: KeyObject; jwk: JsonWebKey }>();
  private signing: { kid: string; privateKey: KeyObject | null } | null = null;
  private loadedAt = 0;
  private timer: NodeJS.Timeout | undefined;

  /** The active key that did not decrypt, logged once per kid on a refresh. */
  private reportedUndecryptable: string | undefined;

  private readonly store: SigningKeyStore;
  private readonly secret: KeyEncryptionSecret;
  private readonly encryptionKey: Buffer;
  private readonly logger: Logger;
  private readonly retireAfterMs: number;

  private constructor(store: SigningKeyStore, secret: KeyEncryptionSecret, encryptionKey: Buffer, logger: Logger, retireAfterMs: number) {
    this.store = store;
    this.secret = secret;
    this.encryptionKey = encryptionKey;
    this.logger = logger;
    this.retireAfterMs = retireAfterMs;
  }

  /**
   * Loads the ring (creating the first key when there is none) and re-reads it every `refreshMs`.
   * Throws KeyRingSecretMismatchError when the active key was made with another secret, unless told not to.
   */
  static async open(store: SigningKeyStore, secret: KeyEncryptionSecret, logger: Logger, options: KeyRingOptions = {}): Promise<KeyRing> {
    // A fixed salt is fine: the secret is high-entropy; HKDF only turns it into exactly 32 bytes.
    const encryptionKey = Buffer.from(hkdfSync('sha256', secret.value, 'looma/signing-keys', 'aes-256-gcm v1', 32));
    const ring = new KeyRing(store, secret, encryptionKey, logger, options.retireAfterMs ?? DEFAULT_RETIRE_AFTER_MS);
    await ring.reload();
    if (ring.signing && !ring.signing.privateKey && (options.requireUsableKey ?? true)) {
      throw new KeyRingSecretMismatchError(ring.signing.kid, secret);
    }
    if (!ring.signing) {
      // Two processes starting on an empty ring: the store lets one of them win.
      await store.addFirstActive(ring.newKey());
      await ring.reload();
    }
    ring.timer = setInterval(() => {
      ring.reload().catch((error: unknown) => logger.warn({ err: error }, 'could not refresh the signing keys'));
    }, options.refreshMs ?? DEFAULT_REFRESH_MS);
    ring.timer.unref();
    return ring;
  }

  /** Re-reads the ring: the active key and every retiring key still inside its grace period. */
  async reload(): Promise<void> {
    const rows = await this.store.current(this.retireAfterMs);
    const verifying = new Map<string, { key: KeyObject; jwk: JsonWebKey }>();
    let signing: KeyRing['signing'] = null;
    for (const row of rows) {
      verifying.set(row.kid, { key: createPublicKey({ key: row.publicJwk, format: 'jwk' }), jwk: row.publicJwk });
      if (row.state === 'active') {
        const known = this.signing?.kid === row.kid ? this.signing : null;
        signing = known ?? { kid: row.kid, privateKey: this.decrypt(row) };
      }
    }
    this.verifying = verifying;
    this.signing = signing;
    this.loadedAt = Date.now();
    if (signing && !signing.privateKey && this.reportedUndecryptable !== signing.kid && this.timer) {
      // Another process rotated in a key made with another secret: this one still verifies, it cannot sign.
      this.reportedUndecryptable = signing.kid;
      this.logger.error({ kid: signing.kid }, new KeyRingSecretMismatchError(signing.kid, this.secret).message);
    }
  }

  /** Whether this process can decrypt the active key (sign with it). */
  canSign(): boolean {
    return Boolean(this.signing?.privateKey);
  }

  /** The public key of `kid` while it verifies; an unknown kid re-reads the ring (rate-limited) first. */
  async verificationKey(kid: string): Promise<KeyObject | undefined> {
    if (!this.verifying.has(kid) && Date.now() - this.loadedAt > UNKNOWN_KID_RELOAD_MS) await this.reload();
    return this.verifying.get(kid)?.key;
  }

  /** The key that signs now. Throws KeyRingSecretMismatchError when this process cannot decrypt it. */
  signingKey(): { kid: string; privateKey: KeyObject } {
    if (!this.signing) throw new Error('the key ring has no active key');
    if (!this.signing.privateKey) throw new KeyRingSecretMismatchError(this.signing.kid, this.secret);
    return { kid: this.signing.kid, privateKey: this.signing.privateKey };
  }

  publicJwks(): Jwks {
    return {
      keys: [...this.verifying].map(([kid, { jwk }]) => ({
        kty: jwk.kty,
        crv: jwk.crv,
        x: jwk.x,
        y: jwk.y,
        kid,
        alg: 'ES256' as const,
        use: 'sig' as const,
      })),
    };
  }

  /**
   * A new active key; the previous one retires gracefully (still verifies for `retireAfterMs`), and
   * keys whose grace period is over are marked retired. Refused when this process cannot decrypt the
   * active key: its new key would be one the other services (with the right secret) cannot use.
   */
  async rotate(): Promise<SigningKeyInfo> {
    if (this.signing && !this.signing.privateKey) throw new KeyRingSecretMismatchError(this.signing.kid, this.secret);
    return this.replaceActiveKey();
  }

  /**
   * The way out when the secret the keys were made with is lost: a new active key encrypted with this
   * process's secret; the old keys retire gracefully like a rotation (nothing is deleted). Refused
   * when the active key decrypts with this secret (then there is nothing to replace: rotate).
   */
  async startNewRing(): Promise<SigningKeyInfo> {
    if (this.canSign())
      throw new Error('the active key decrypts with this secret: there is no ring to replace (use rotate to change keys)');
    return this.replaceActiveKey();
  }

  private async replaceActiveKey(): Promise<SigningKeyInfo> {
    const created = await this.store.replaceActive(this.newKey(), this.retireAfterMs);
    await this.reload();
    this.logger.info({ kid: created.kid }, 'signing key rotated');
    return created;
  }

  /** Stops a key verifying at once (e.g. it leaked): tokens it signed are refused from the next reload. */
  async retire(kid: string): Promise<void> {
    const retired = await this.store.retire(kid);
    // The active key cannot go first: rotate, then retire the key that is now retiring.
    if (!retired) throw new Error(`no retiring key ${kid} (rotate first to retire the active key)`);
    await this.reload();
  }

  async list(): Promise<SigningKeyInfo[]> {
    return this.store.list();
  }

  close(): void {
    clearInterval(this.timer);
  }

  private newKey(): NewSigningKey {
    const kid = randomUUID();
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return {
      kid,
      publicJwk: JSON.stringify(publicKey.export({ format: 'jwk' })),
      privateKeyEnc: this.encrypt(kid, privateKey.export({ type: 'pkcs8', format: 'der' })),
    };
  }

  /** `v1.<iv>.<tag>.<ciphertext>`; the kid is authenticated data, so a ciphertext moved to another row fails. */
  private encrypt(kid: string, plaintext: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv).setAAD(Buffer.from(kid));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The private key, or null when it does not decrypt with this secret (GCM's tag check fails: another secret). */
  private decrypt(row: StoredSigningKey): KeyObject | null {
    const [version, iv, tag, ciphertext] = row.privateKeyEnc.split('.');
    if (version !== 'v1' || !iv || !tag || !ciphertext) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(row.kid))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      const der = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } catch {
      return null;
    }
  }
}

/** Where a data directory keeps its generated development secret. */
export const GENERATED_SECRET_FILE = 'auth-key-secret';

/**
 * AUTH_KEY_ENCRYPTION_SECRET, or outside production (config refuses it there) a random one kept in
 * the data directory, as the development keys were before.
 */
export function keyEncryptionSecret(config: Config): KeyEncryptionSecret {
  if (config.auth.keyEncryptionSecret) return { value: config.auth.keyEncryptionSecret, source: 'AUTH_KEY_ENCRYPTION_SECRET' };
  const file = path.join(config.dataDir, GENERATED_SECRET_FILE);
  fs.mkdirSync(config.dataDir, { recursive: true });
  try {
    // `wx`: of two processes starting together, one writes and the other reads its secret.
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return {
    value: fs.readFileSync(file, 'utf8').trim(),
    source: `the development secret generated in ${file} (AUTH_KEY_ENCRYPTION_SECRET is not set)`,
  };
}
