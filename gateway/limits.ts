import { createHash } from 'node:crypto';
import { GraphQLError, print, type DocumentNode, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from 'graphql';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import * as sdkDocuments from '../sdk/__generated__/graphql.ts';
import type { Config } from '../platform/config.ts';

/**
 * Operation limits at the gateway: graphql-armor's validation rules (depth, aliases with
 * `__typename` counted, directives, cost), graphql-js's token limit while parsing, and
 * persisted documents. Each refusal is HTTP 400 with its own `extensions.code`.
 */

export const LimitCode = {
  DEPTH: 'MAX_DEPTH_EXCEEDED',
  ALIASES: 'MAX_ALIASES_EXCEEDED',
  DIRECTIVES: 'MAX_DIRECTIVES_EXCEEDED',
  TOKENS: 'MAX_TOKENS_EXCEEDED',
  COST: 'MAX_COST_EXCEEDED',
  PERSISTED_DOCUMENT: 'PERSISTED_DOCUMENT_REQUIRED',
} as const;
const LIMIT_CODES = new Set<string>(Object.values(LimitCode));

export type OperationLimits = Config['limits'];

/** Reports an armor rejection with Looma's code (armor's own would be replaced by GRAPHQL_VALIDATION_FAILED). */
const reportAs =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }));
  };

/**
 * Already once per document: these are validation rules, and Apollo Server parses (token limit
 * included) and validates only when its document store misses; a validated document is stored and
 * the next request with the same query hash skips both. Nothing here to cache again.
 */
export function operationLimitRules(limits: OperationLimits): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true } as const;
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, onReject: [reportAs(LimitCode.DEPTH)] }),
    // Aliases of __typename count too: they are free to resolve but multiply the response.
    maxAliasesRule({ ...common, n: limits.maxAliases, allowList: [], onReject: [reportAs(LimitCode.ALIASES)] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reportAs(LimitCode.DIRECTIVES)] }),
    costLimitRule({ ...common, maxCost: limits.maxCost, onReject: [reportAs(LimitCode.COST)] }),
  ] as ValidationRule[];
}

// graphql-js 16 writes "more that N tokens".
const TOO_MANY_TOKENS = /Document contains more tha[nt] \d+ tokens/;

/**
 * Wraps the platform's error formatter: the limit codes survive Apollo's wrapping (validation
 * errors become GRAPHQL_VALIDATION_FAILED, a token overflow GRAPHQL_PARSE_FAILED).
 */
export function withLimitCodes(
  format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    const code =
      original instanceof GraphQLError ? original.extensions.code : error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string' && LIMIT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: LimitCode.TOKENS } };
    }
    return format(formatted, error);
  };
}

/** SHA-256 (hex) of an operation's text: what Apollo computes as the query hash. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The persisted-document manifest: every operation of sdk/operations/*.graphql, printed the way the
 * SDK client sends it (`print` of the generated document, fragments included), by SHA-256.
 */
export function sdkManifest(): Map<string, string> {
  const manifest = new Map<string, string>();
  for (const [name, value] of Object.entries(sdkDocuments)) {
    if (!name.endsWith('Document') || !isDocument(value)) continue;
    const text = print(value);
    manifest.set(documentHash(text), text);
  }
  return manifest;
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';
}

/**
 * Apollo's persisted-query cache over the manifest: a client may send only
 * `extensions.persistedQuery.sha256Hash`; nothing new is ever registered.
 */
export function manifestCache(manifest: Map<string, string>): KeyValueCache<string> {
  return {
    get: async (key) => manifest.get(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => undefined,
  };
}

/** Refuses an operation outside the manifest (HTTP 400, PERSISTED_DOCUMENT_REQUIRED). */
export function checkPersistedDocument(manifest: Map<string, string>, queryHash: string | undefined): void {
  if (queryHash && manifest.has(queryHash)) return;
  throw new GraphQLError('Only persisted documents are accepted here: send an operation of the Looma SDK (sdk/operations)', {
    extensions: { code: LimitCode.PERSISTED_DOCUMENT, http: { status: 400 } },
  });
}
