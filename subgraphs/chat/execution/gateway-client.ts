import { ErrorCode, LoomaError } from '../../../platform/errors.ts';
import type { GatewayCall } from './plan-executor.ts';

export interface GatewayClientOptions {
  /** GATEWAY_URL. */
  url: string;
  /** The caller's own Authorization header, forwarded unchanged: the steps run as the caller. */
  authorization: string | undefined;
  language?: string | undefined;
  fetch?: typeof fetch;
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * A plan step's request to the gateway over HTTP, as any client sends one. A refusal keeps its code
 * (FORBIDDEN, RATE_LIMITED, ...) and message; anything else is UNAVAILABLE, its details logged by the caller.
 */
export function gatewayCall(options: GatewayClientOptions): GatewayCall {
  const send = options.fetch ?? fetch;
  return async (request, signal) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.authorization) headers.authorization = options.authorization;
    if (options.language) headers['accept-language'] = options.language;
    let body: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
    try {
      const response = await send(options.url, { method: 'POST', headers, body: JSON.stringify(request), signal });
      body = (await response.json()) as typeof body;
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      throw new LoomaError(
        ErrorCode.UNAVAILABLE,
        timedOut ? 'The answer took too long: ask a narrower question' : 'The data is not reachable right now',
        {
          operation: request.operationName,
        },
      );
    }
    const first = body.errors?.[0];
    if (first) {
      const code = first.extensions?.code;
      if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL)
        throw new LoomaError(code as ErrorCode, first.message ?? code, { operation: request.operationName });
      throw new LoomaError(ErrorCode.UNAVAILABLE, 'The data is not reachable right now', { operation: request.operationName });
    }
    return body.data;
  };
}
