import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger.ts';

/** The stable codes clients branch on (`extensions.code`). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A stage move the pipeline rules refuse, e.g. out of a HIRED or REJECTED stage without a reopen. */
  INVALID_STAGE_MOVE: 'INVALID_STAGE_MOVE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A capacity or quota is used up: the resume parse queue is full (retry later), or an organisation's quota (e.g. its API keys) is reached. */
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  UNAVAILABLE: 'UNAVAILABLE',
  /**
   * A datastore this operation needs does not answer (down, or slower than its deadline); nothing was half-written.
   * With `extensions.outcome: 'UNKNOWN'` the write may have been applied whole (its COMMIT's answer was lost):
   * retry with the same idempotency key.
   */
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  /** An idempotency key already used for a create with other input (in this organisation): nothing was written. */
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  /** No instance of a subgraph this operation needs answered (all down or ejected, or out of time); retry later. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A chat plan step outside the allow-list, with variables its document does not take, or beyond the plan's bounds: never run. */
  INVALID_PLAN: 'INVALID_PLAN',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes Apollo Server and graphql-js produce themselves, passed through unchanged. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** An error a user can act on, with a stable code. Internals go to the log, never to the client. */
export class LoomaError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
    this.name = 'LoomaError';
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { ...this.details, code: this.code } });
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new LoomaError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (what: string, id: string) => new LoomaError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { id });
export const unauthenticated = (message = 'Authentication required') => new LoomaError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed') => new LoomaError(ErrorCode.FORBIDDEN, message);

/**
 * The LoomaError behind an error, however Apollo wrapped it: a resolver's error, or one thrown by a
 * plugin hook (which Apollo wraps in a GraphQLError whose `originalError` it is).
 */
function loomaErrorIn(error: unknown): LoomaError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (current instanceof LoomaError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Apollo `formatError`: LoomaErrors keep their code and message; GraphQL's own request errors pass
 * through; anything else is logged and replaced by a generic internal error (no stack, no internals).
 */
export function createErrorFormatter(logger: Logger, { includeStack = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = loomaErrorIn(error) ?? unwrapResolverError(error);
    if (original instanceof LoomaError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.details, code: original.code },
      };
    }
    const code = formatted.extensions?.code;
    // INTERNAL_SERVER_ERROR is what Apollo gives any unexpected error (a driver's "connect ECONNREFUSED
    // 10.0.0.7:5432", an SQL message): never passed through, always replaced below.
    if (
      typeof code === 'string' &&
      code !== ErrorCode.INTERNAL &&
      (PASS_THROUGH_CODES.has(code) || Object.values(ErrorCode).includes(code as ErrorCode))
    ) {
      // Errors already shaped by a subgraph (through the gateway) or by graphql-js: keep them, minus
      // stack traces and the name of the subgraph that raised them (clients need not know the topology).
      const { stacktrace, serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: includeStack && stacktrace ? { ...extensions, stacktrace } : extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL },
    };
  };
}
