import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from './__generated__/graphql.ts';

/** A GraphQL error as Looma returns it: a message and a stable `extensions.code`. */
export interface LoomaGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Thrown when Looma answers with errors (or an HTTP error); `code` is the first error's `extensions.code`. */
export class LoomaRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly errors: LoomaGraphQLError[];

  constructor(status: number, errors: LoomaGraphQLError[]) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.status = status;
    this.errors = errors;
    this.name = 'LoomaRequestError';
    this.code = errors[0]?.extensions?.code ?? `HTTP_${status}`;
  }
}

export interface LoomaClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:8206/graphql. */
  url: string;
  /** A bearer token, or a function that returns the current one (refreshing as needed). */
  token?: string | (() => string | Promise<string>);
  fetch?: typeof fetch;
}

/**
 * The typed Looma client: pass a document from `sdk/__generated__` (generated from
 * sdk/operations/*.graphql) and get its result type and variables type checked.
 *
 *   const looma = createLoomaClient({ url, token });
 *   const { talents } = await looma.request(TalentsDocument, { first: 10 });
 */
export function createLoomaClient(options: LoomaClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const printed = new WeakMap<object, string>();
  return {
    async request<TResult, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
    ): Promise<TResult> {
      let query = printed.get(document);
      if (!query) {
        query = print(document);
        printed.set(document, query);
      }
      const token = typeof options.token === 'function' ? await options.token() : options.token;
      const response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      let body: { data?: TResult | null; errors?: LoomaGraphQLError[] };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new LoomaRequestError(response.status, []);
      }
      if (body.errors?.length || !response.ok || body.data == null) throw new LoomaRequestError(response.status, body.errors ?? []);
      return body.data;
    },
  };
}

export type LoomaClient = ReturnType<typeof createLoomaClient>;
