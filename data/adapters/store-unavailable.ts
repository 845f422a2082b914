import { ErrorCode, LoomaError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { StorePort } from '../../platform/round-trips.ts';

/**
 * The one place where a store's connection and timeout errors become
 * `LoomaError(STORE_UNAVAILABLE, "<store> is not answering", { store })`: every real adapter is
 * wrapped by `guardStore` when it opens (data/stores.ts), so no call site maps errors itself. Each
 * driver's own failure (refused, reset, closed, timed out, no connection in its pool) is
 * recognised here; any other error (a constraint, a bad query, a version conflict) passes through
 * unchanged. The cause goes to the log, never to the client. A fault on a transaction's COMMIT
 * (CommitOutcomeUnknownError) says so with `outcome: 'UNKNOWN'`: that write may have been applied.
 */

/** The real store behind each port, as operators and messages name it. */
export const REAL_STORE: Record<StorePort, { name: string; key: string }> = {
  relational: { name: 'PostgreSQL', key: 'postgres' },
  graph: { name: 'Neo4j', key: 'neo4j' },
  vector: { name: 'Weaviate', key: 'weaviate' },
  search: { name: 'Elasticsearch', key: 'elasticsearch' },
  cache: { name: 'Redis', key: 'redis' },
};

/** Socket and DNS failures (Node), undici's (fetch), and the drivers' own codes. */
const FAULT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  // neo4j-driver
  'ServiceUnavailable',
  'SessionExpired',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (class 08, connection exceptions, below)
  '57P01',
  '57P02',
  '57P03',
]);

/** Error classes whose very name says the store did not answer. */
const FAULT_NAMES = new Set([
  // @elastic/elasticsearch
  'ConnectionError',
  'TimeoutError',
  'NoLivingConnectionsError',
  // weaviate-client
  'WeaviateRequestTimeoutError',
  'WeaviateStartUpError',
  'WeaviateGRPCUnavailableError',
  // ioredis
  'MaxRetriesPerRequestError',
  // fetch and AbortSignal.timeout
  'AbortError',
]);

/** Messages of drivers that signal a dead or silent peer without a code. */
const FAULT_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|is not queryable|Connection is closed|Stream isn't writeable|Command timed out|acquisition timed out|Pool is closed|\bUNAVAILABLE\b|DEADLINE_EXCEEDED|fetch failed|socket hang up|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|did not answer within/;

/** True when `error` (or anything in its cause chain) says the store did not answer. */
export function isStoreFault(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  if (error instanceof LoomaError) return false;
  const { code, name, message, cause } = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && (FAULT_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof name === 'string' && FAULT_NAMES.has(name)) return true;
  if (typeof message === 'string' && FAULT_MESSAGE.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isStoreFault(e, depth + 1))) return true;
  return isStoreFault(cause, depth + 1);
}

/**
 * A store fault on the COMMIT statement itself: the server may have committed before its answer was
 * lost, and cannot be asked which on a dead connection. The adapter throws it (with the fault as its
 * cause); `storeUnavailable` turns it into STORE_UNAVAILABLE with `outcome: 'UNKNOWN'`.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor(cause: unknown) {
    super('the store failed while committing', { cause });
    this.name = 'CommitOutcomeUnknownError';
  }
}

/**
 * `extensions.outcome` of a STORE_UNAVAILABLE: `UNKNOWN` when the write may have been applied (the
 * COMMIT was sent, its answer lost); absent otherwise (the fault came before COMMIT: nothing applied).
 */
export type WriteOutcome = 'UNKNOWN';

function isCommitOutcomeUnknown(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  return error instanceof CommitOutcomeUnknownError || isCommitOutcomeUnknown((error as { cause?: unknown }).cause, depth + 1);
}

export function storeUnavailable(port: StorePort, cause?: unknown): LoomaError {
  const store = REAL_STORE[port];
  const error = isCommitOutcomeUnknown(cause)
    ? new LoomaError(
        ErrorCode.STORE_UNAVAILABLE,
        `${store.name} stopped answering while this write was committing: it may have been applied. ` +
          'Retry with the same idempotencyKey to get its result without applying it twice',
        { store: store.key, outcome: 'UNKNOWN' satisfies WriteOutcome },
      )
    : new LoomaError(ErrorCode.STORE_UNAVAILABLE, `${store.name} is not answering; try again shortly`, { store: store.key });
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}

/**
 * Wraps a real adapter: every method that returns a promise has its store faults turned into
 * STORE_UNAVAILABLE (logged with their cause). Methods and properties are otherwise the adapter's.
 */
export function guardStore<T extends object>(store: T, port: StorePort, logger: Logger): T {
  const wrapped = new Map<PropertyKey, unknown>();
  const translate = (error: unknown, method: string): never => {
    if (!isStoreFault(error)) throw error;
    logger.warn({ store: REAL_STORE[port].key, method, err: error }, `${REAL_STORE[port].name} is not answering`);
    throw storeUnavailable(port, error);
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'constructor') return value;
      let guarded = wrapped.get(property);
      if (!guarded) {
        const method = String(property);
        guarded = (...args: unknown[]) => {
          let result: unknown;
          try {
            result = (value as (...a: unknown[]) => unknown).apply(target, args);
          } catch (error) {
            return translate(error, method);
          }
          return result instanceof Promise ? result.catch((error: unknown) => translate(error, method)) : result;
        };
        wrapped.set(property, guarded);
      }
      return guarded;
    },
  });
}
