import { createHash } from 'node:crypto';
import { Counter, Gauge } from 'prom-client';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import { registry } from '../platform/metrics.ts';

/** What the plugin needs from the request context: who asks, from where. */
export interface DedupeContext {
  /** The caller's credential as presented (Authorization, or an API key as `Bearer <key>`). */
  authorization: string | undefined;
  address: string | undefined;
}

/**
 * The leader's answer as sent: its status and result, serialised once by the first follower (a
 * leader without followers pays nothing); null when it cannot be shared.
 */
type SharedAnswer = { status: number | undefined; result: unknown; json?: string } | null;

interface InFlight {
  answer: Promise<SharedAnswer>;
  settle: (answer: SharedAnswer) => void;
}

export const dedupeAnswered = new Counter({
  name: 'looma_gateway_deduplicated_requests_total',
  help: 'Queries answered with the response of an identical in-flight query from the same caller (GATEWAY_DEDUPE_INFLIGHT)',
  registers: [registry],
});

export const dedupeWaiting = new Gauge({
  name: 'looma_gateway_dedupe_waiting_requests',
  help: 'Queries waiting for the response of an identical in-flight query from the same caller (GATEWAY_DEDUPE_INFLIGHT)',
  registers: [registry],
});

/**
 * GATEWAY_DEDUPE_INFLIGHT: identical queries from the same caller that are in flight at the same
 * time run once. The first (the leader) executes; the others (followers) wait for its response and
 * send a copy of it: data, errors and HTTP status, never its headers (each request keeps its own
 * rate-limit headers).
 *
 * - Same caller means the same credential string from the same address: two tokens of one user
 *   are two callers. Anonymous requests are never merged.
 * - Only queries: mutations and subscriptions always execute.
 * - The plugin answers in `responseForOperation`, after every plugin's `didResolveOperation`: the
 *   policy plugin has checked and counted each follower (a follower still costs its caller a
 *   rate-limit token) and a refused request never waits on, or leads, anything.
 * - The leader releases its followers however it ends (`willSendResponse`, or the server's
 *   `unexpectedErrorProcessingRequest`); a follower whose leader left no shareable response
 *   (an incremental one, or none) executes itself. The map holds only requests in flight.
 */
export class InflightDedupe {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly leaders = new WeakMap<object, { key: string; entry: InFlight }>();
  private waitingFollowers = 0;

  /** Queries being led right now (0 once a burst is over). */
  get size(): number {
    return this.inFlight.size;
  }

  /** Followers waiting for a leader right now. */
  get waiting(): number {
    return this.waitingFollowers;
  }

  plugin<TContext extends DedupeContext>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: (requestContext) => this.answerOrLead(requestContext),
        willSendResponse: async (requestContext) => this.release(requestContext),
      }),
      unexpectedErrorProcessingRequest: async ({ requestContext }) => this.release(requestContext, true),
    };
  }

  private async answerOrLead<TContext extends DedupeContext>(
    requestContext: GraphQLRequestContext<TContext>,
  ): Promise<GraphQLResponse | null> {
    const key = dedupeKey(requestContext);
    if (!key) return null;
    const leader = this.inFlight.get(key);
    if (!leader) {
      let settle!: (answer: SharedAnswer) => void;
      const answer = new Promise<SharedAnswer>((resolve) => (settle = resolve));
      const entry = { answer, settle };
      this.inFlight.set(key, entry);
      this.leaders.set(requestContext, { key, entry });
      return null;
    }
    this.waitingFollowers += 1;
    dedupeWaiting.inc();
    let shared: SharedAnswer;
    try {
      shared = await leader.answer;
    } finally {
      this.waitingFollowers -= 1;
      dedupeWaiting.dec();
    }
    if (!shared) return null;
    dedupeAnswered.inc();
    return {
      http: { status: shared.status, headers: new HeaderMap() },
      body: { kind: 'single', singleResult: JSON.parse((shared.json ??= JSON.stringify(shared.result))) as Record<string, unknown> },
    };
  }

  private release<TContext extends DedupeContext>(requestContext: GraphQLRequestContext<TContext>, failed = false): void {
    const led = this.leaders.get(requestContext);
    if (!led) return;
    this.leaders.delete(requestContext);
    if (this.inFlight.get(led.key) === led.entry) this.inFlight.delete(led.key);
    const body = requestContext.response.body;
    led.entry.settle(
      !failed && body?.kind === 'single' ? { status: requestContext.response.http.status, result: body.singleResult } : null,
    );
  }
}

/** The merge key, or undefined when the request must execute on its own (not a query, or anonymous). */
export function dedupeKey<TContext extends DedupeContext>(requestContext: GraphQLRequestContext<TContext>): string | undefined {
  const { operation, contextValue, queryHash, request } = requestContext;
  if (operation?.operation !== 'query' || !queryHash) return undefined;
  const credential = contextValue.authorization;
  if (!credential) return undefined;
  return createHash('sha256')
    .update(credential)
    .update('\0')
    .update(contextValue.address ?? '')
    .update('\0')
    .update(queryHash)
    .update('\0')
    .update(request.operationName ?? '')
    .update('\0')
    .update(canonicalJson(request.variables ?? {}))
    .digest('base64url');
}

/** JSON with object keys sorted at every level: `{a, b}` and `{b, a}` are the same variables. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
