import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ErrorCode, LoomaError } from './errors.ts';

/**
 * Idempotency keys on creates (Stripe-like): a client that lost a create's answer (STORE_UNAVAILABLE with
 * `outcome: 'UNKNOWN'`, a timeout, a dropped connection) retries with the same key and gets the record the first call
 * made, never a second one. The key is stored on the created row with a hash of the create's validated input, under a
 * unique index per organisation (each table's own migration and store); this module holds what every keyed create
 * shares: the key's rule, the hash, and the order of the steps. It knows no SQL and no viewer.
 */

/** A client's key: 1 to 100 printable characters (no control or format characters), taken as given (not trimmed). */
export const idempotencyKeySchema = z
  .string()
  .min(1, 'idempotencyKey must not be empty')
  .max(100, 'idempotencyKey must be at most 100 characters')
  .regex(/^[^\p{C}]+$/u, 'idempotencyKey must be printable characters');

/** A keyed create's key and the hash of its input, as stored on the row it creates. */
export interface Idempotency {
  key: string;
  hash: string;
}

/**
 * The hash a key's input is compared by: of the input as validated (so as normalised), its top-level fields in name
 * order, absent, null and empty lists alike (none of them gives a value). The caller leaves out the key itself and
 * whatever validation fills in from the clock.
 */
export function inputHash(fields: Record<string, unknown>): string {
  const given = Object.entries(fields)
    .filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(given)).digest('base64url');
}

export const idempotencyKeyReused = () =>
  new LoomaError(
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
    'This idempotencyKey was used for a create with other input; use a new key for a new record',
    { field: 'idempotencyKey' },
  );

/** What an earlier create with the key left: its input hash, and how to answer it now. */
export interface EarlierCreate<T> {
  hash: string;
  answer: () => Promise<T>;
}

/**
 * Runs a create at most once per key: an earlier create with the key answers (its record, or IDEMPOTENCY_KEY_REUSED
 * for other input); otherwise `create` runs, and when it loses the race to a concurrent create with the key (the unique
 * index waited for the winner's commit: `isKeyTaken`), the winner's record answers. Without a key, just `create`.
 */
export async function createOnce<T>(
  idempotency: Idempotency | null,
  steps: {
    earlier: (key: string) => Promise<EarlierCreate<T> | null>;
    create: () => Promise<T>;
    isKeyTaken: (error: unknown) => boolean;
  },
): Promise<T> {
  if (!idempotency) return steps.create();
  const answer = async (): Promise<T | null> => {
    const earlier = await steps.earlier(idempotency.key);
    if (!earlier) return null;
    if (earlier.hash !== idempotency.hash) throw idempotencyKeyReused();
    return earlier.answer();
  };
  const before = await answer();
  if (before !== null) return before;
  try {
    return await steps.create();
  } catch (error) {
    if (!steps.isKeyTaken(error)) throw error;
    const winner = await answer();
    if (winner === null) throw error;
    return winner;
  }
}
