import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { Counter } from 'prom-client';
import { registry } from '../../../platform/metrics.ts';

/**
 * Passwords, hashed with scrypt (memory-hard: 32 MiB per hash) under a random salt, in a versioned
 * format `scrypt$v1$N$r$p$<salt>$<hash>` so the cost can be raised later without breaking old hashes.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

/**
 * scrypt evaluations, by operation (`hash` for a new password, `verify` for a login, a real or the
 * dummy hash): what a password guess costs the server, and what the login throttle bounds.
 */
export const passwordHashes = new Counter({
  name: 'looma_password_hashes_total',
  help: 'scrypt evaluations, by operation (hash a new password, verify a login)',
  labelNames: ['operation'] as const,
  registers: [registry],
});

function derive(password: string, salt: Buffer, cost: typeof COST): Promise<Buffer> {
  // maxmem above 128·N·r, or node refuses these parameters.
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  passwordHashes.inc({ operation: 'hash' });
  const hash = await derive(password, salt, COST);
  return ['scrypt', 'v1', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, version, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || version !== 'v1' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  passwordHashes.inc({ operation: 'verify' });
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;

/** Spends the time a real check takes, so a login for an unknown email answers as slowly as a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('looma-dummy-password');
  await verifyPassword(password, await dummyHash);
  return false;
}
