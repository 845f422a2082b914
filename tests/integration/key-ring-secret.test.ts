import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqlSigningKeyStore } from '../../data/auth/signing-key-store.ts';
import { openRelationalStore } from '../../data/stores.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { GENERATED_SECRET_FILE, KeyRing, KeyRingSecretMismatchError, keyEncryptionSecret } from '../../platform/signing-keys.ts';
import { freePort } from '../support/egress.ts';
import { hasRealStore, scratchDatabase } from '../support/real-stores.ts';

/**
 * A key-encryption secret that does not match the keys stored in the database (a new data directory's
 * generated secret, or another AUTH_KEY_ENCRYPTION_SECRET): start-up stops with a message naming
 * what happened, the secret's source and what to do; `npm run keys -- new-ring` is the explicit way
 * out, and nothing discards keys on its own.
 */

const logger = createLogger('key-ring-test', 'silent');
const SECRET_A = 'a'.repeat(40);
const SECRET_B = 'b'.repeat(40);

const MODES = [
  { mode: 'embedded' as const, available: true },
  { mode: 'postgres' as const, available: hasRealStore('postgres') },
];

/** Runs a CLI or service with exactly `env` (plus PATH and HOME); it must exit by itself. */
function run(entry: string, args: string[], env: Record<string, string>, timeout = 120_000) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(MODES)('a key-ring secret that does not match the stored keys ($mode)', ({ mode, available }) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A data directory (and, on PostgreSQL, a scratch database) whose ring was made with `secretA`. */
  async function ringMadeWith(secretA: Record<string, string>): Promise<{ env: Record<string, string>; kid: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-keyring-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const env: Record<string, string> = { LOOMA_DATA_DIR: dir, LOOMA_ENV: 'development', DEMO_SEED: 'false' };
    if (mode === 'postgres') {
      const scratch = await scratchDatabase('looma_keyring');
      cleanups.push(scratch.drop);
      env.DATABASE_URL = scratch.url;
    }
    const config = loadConfig({ ...env, ...secretA });
    const db = await openRelationalStore(config);
    try {
      const ring = await KeyRing.open(new SqlSigningKeyStore(db), keyEncryptionSecret(config), logger);
      ring.close();
      return { env, kid: ring.signingKey().kid };
    } finally {
      await db.close();
    }
  }

  /** Opens the ring with `config`'s secret, runs `use`, and closes ring and database (an embedded one admits one opener). */
  async function withRing<T>(config: Config, use: (ring: KeyRing) => Promise<T> | T): Promise<T> {
    const db = await openRelationalStore(config);
    try {
      const ring = await KeyRing.open(new SqlSigningKeyStore(db), keyEncryptionSecret(config), logger);
      try {
        return await use(ring);
      } finally {
        ring.close();
      }
    } finally {
      await db.close();
    }
  }

  it.runIf(available)('refuses to open with AUTH_KEY_ENCRYPTION_SECRET set to another secret, saying what to do', async () => {
    const { env, kid } = await ringMadeWith({ AUTH_KEY_ENCRYPTION_SECRET: SECRET_A });
    const error = await withRing(loadConfig({ ...env, AUTH_KEY_ENCRYPTION_SECRET: SECRET_B }), () =>
      expect.unreachable('the ring opened'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyRingSecretMismatchError);
    const message = (error as Error).message;
    expect(message).toContain(`encrypted with another secret: the active key ${kid} cannot be decrypted with AUTH_KEY_ENCRYPTION_SECRET`);
    expect(message).toContain('Set AUTH_KEY_ENCRYPTION_SECRET to the secret the keys were made with');
    expect(message).toContain('npm run keys -- new-ring');
    expect(message).not.toMatch(/Unsupported state|authenticate data/);
    expect(message).not.toContain(SECRET_B);
    // The right secret still opens it, and signs.
    expect(await withRing(loadConfig({ ...env, AUTH_KEY_ENCRYPTION_SECRET: SECRET_A }), (ring) => ring.signingKey().kid)).toBe(kid);
  });

  it.runIf(available)(
    'stops start-up when a new data directory generated another development secret, naming its file',
    async () => {
      // The keys were made with one data directory's generated secret; that file is now another.
      const { env, kid } = await ringMadeWith({});
      const secretFile = path.join(env.LOOMA_DATA_DIR!, GENERATED_SECRET_FILE);
      fs.writeFileSync(secretFile, 'another-generated-secret-of-enough-length');
      const ports: Record<string, string> = {};
      for (const name of ['GATEWAY', 'TALENT', 'OPS', 'IDENTITY', 'SEARCH', 'RESUME']) ports[`${name}_PORT`] = String(await freePort());
      const started = run('app/cli/start-all.ts', [], { ...env, ...ports, STORE_CONNECT_TIMEOUT_MS: '2000' }, 90_000);
      expect(started.status).toBe(1);
      expect(started.stderr).toContain(
        `looma: start-up failed: the signing keys in the database were encrypted with another secret: the active key ${kid}`,
      );
      expect(started.stderr).toContain(`the development secret generated in ${secretFile} (AUTH_KEY_ENCRYPTION_SECRET is not set)`);
      expect(started.stderr).toContain('put back the auth-key-secret file');
      expect(started.stderr).not.toMatch(/Unsupported state|authenticate data|\n\s+at /);
    },
    120_000,
  );

  it.runIf(available)(
    'starts a new ring only when asked (npm run keys -- new-ring), keeping the old keys to verify',
    async () => {
      const { env, kid } = await ringMadeWith({ AUTH_KEY_ENCRYPTION_SECRET: SECRET_A });
      const withB = { ...env, AUTH_KEY_ENCRYPTION_SECRET: SECRET_B };
      // Rotating with the wrong secret would make a key the other services cannot use: refused.
      const rotate = run('app/cli/signing-keys.ts', ['rotate'], withB);
      expect(rotate.status).toBe(1);
      expect(rotate.stderr).toContain('npm run keys -- new-ring');
      const list = run('app/cli/signing-keys.ts', ['list'], withB);
      expect(list.status).toBe(0);
      expect(list.stdout).toContain(`${kid}  active`);
      expect(list.stderr).toContain('does not decrypt');
      // In production, only with --confirm.
      const unconfirmed = run('app/cli/signing-keys.ts', ['new-ring'], { ...withB, LOOMA_ENV: 'production' });
      expect(unconfirmed.status).toBe(1);
      expect(unconfirmed.stderr).toContain('--confirm');

      const renewed = run('app/cli/signing-keys.ts', ['new-ring'], withB);
      expect(renewed.status, renewed.stderr).toBe(0);
      expect(renewed.stdout).toMatch(/new ring: now signing with \S+, encrypted with AUTH_KEY_ENCRYPTION_SECRET; the old keys retire/);
      expect(renewed.stdout).toContain(`${kid}  retiring`);

      await withRing(loadConfig(withB), async (ring) => {
        expect(ring.signingKey().kid).not.toBe(kid);
        // Tokens the old key signed keep verifying until they expire.
        expect(await ring.verificationKey(kid)).toBeDefined();
      });
      // With a usable key there is nothing to replace.
      const again = run('app/cli/signing-keys.ts', ['new-ring'], withB);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('use rotate');
    },
    180_000,
  );
});
