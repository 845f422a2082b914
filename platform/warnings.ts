import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What an answer that is right but less good than asked says about itself, under the response's
 * `extensions.warnings` (not an error: the data is there). A stable `code` clients can branch on.
 */
export type WarningCode = 'SEMANTIC_SEARCH_UNAVAILABLE' | 'SEMANTIC_MATCHING_UNAVAILABLE';

export interface ResponseWarning {
  code: WarningCode;
  message: string;
}

/** The warnings of one request: a domain service adds them, the subgraph's plugin puts them in the response. */
export class ResponseWarnings {
  private readonly byCode = new Map<WarningCode, ResponseWarning>();

  /** One warning per code: the fields of one request that met the same condition say it once. */
  add(code: WarningCode, message: string): void {
    if (!this.byCode.has(code)) this.byCode.set(code, { code, message });
  }

  list(): ResponseWarning[] {
    return [...this.byCode.values()];
  }
}

/** Merges warnings from several answers (the gateway's subgraph calls), one per code. */
export function mergeWarnings(into: ResponseWarning[], more: unknown): void {
  if (!Array.isArray(more)) return;
  for (const warning of more as Partial<ResponseWarning>[]) {
    if (typeof warning?.code !== 'string' || typeof warning.message !== 'string') continue;
    if (!into.some((w) => w.code === warning.code)) into.push({ code: warning.code as WarningCode, message: warning.message });
  }
}

/** Puts the context's `warnings` (when it has any) into the response's `extensions.warnings`. */
export function warningsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const warnings = (contextValue as { warnings?: unknown }).warnings;
          if (!(warnings instanceof ResponseWarnings) || response.body.kind !== 'single') return;
          const list = warnings.list();
          if (list.length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, warnings: list };
        },
      };
    },
  };
}
