import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Authenticator, Credentials } from './auth.ts';
import { LoomaError } from './errors.ts';
import type { Logger } from './logger.ts';
import { localSubgraphCalls } from './metrics.ts';
import { errorResponse } from './service.ts';
import type { Viewer } from './viewer.ts';

/** One operation for a subgraph, as the gateway's query planner made it. */
export interface LocalSubgraphRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

/**
 * What the HTTP endpoint would have answered, before serialisation: its status and its body.
 * `result` is Apollo's own result object (formatted errors), handed over as is: no JSON in between.
 */
export interface LocalSubgraphResponse {
  status: number;
  result: FormattedExecutionResult;
}

/**
 * A subgraph started in this process, callable without HTTP by the gateway of the same process.
 * The call goes through what a request over HTTP goes through after the service-token guard (which
 * only tells the gateway from outsiders, and no outsider reaches a function call): the caller's
 * credentials verified by the authenticator, the subgraph's own context, then Apollo's pipeline
 * (document cache, validation, plugins, the permission guards, formatError).
 */
export interface LocalSubgraph {
  readonly name: string;
  /** `caller`: the credential the gateway forwards and the client's address, as its HTTP call would send them. */
  execute(request: LocalSubgraphRequest, caller: Credentials): Promise<LocalSubgraphResponse>;
  /** Resolves while the subgraph serves (its Apollo server started, not stopped); throws otherwise. */
  ready(): Promise<void>;
}

export interface LocalSubgraphOptions<TContext extends object> {
  name: string;
  /** Started by the HTTP service it also serves; stopped with it. */
  server: ApolloServer<TContext>;
  authenticator: Authenticator;
  logger: Logger;
  /** The subgraph's context of one request (subgraph-server.ts `RequestIdentity`). */
  context: (request: { viewer: Viewer | null; credentials: Credentials }) => TContext | Promise<TContext>;
}

const INTERNAL_ERROR: LocalSubgraphResponse = {
  status: 500,
  result: { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
};

export function createLocalSubgraph<TContext extends object>(options: LocalSubgraphOptions<TContext>): LocalSubgraph {
  const { name, server, authenticator, logger } = options;
  return {
    name,
    async execute(request, caller) {
      localSubgraphCalls.inc({ service: name });
      let contextValue: TContext;
      try {
        // As the HTTP context does: the subgraph verifies the forwarded credential itself.
        const credentials: Credentials = { authorization: caller.authorization, address: caller.address, language: caller.language };
        const viewer = await authenticator.authenticate(credentials);
        contextValue = await options.context({ viewer, credentials });
      } catch (error) {
        // The answers platform/service.ts gives over HTTP: a LoomaError's status and code, anything else a 500.
        if (error instanceof LoomaError) {
          const { status, body } = errorResponse(error);
          return { status, result: body };
        }
        logger.error({ err: error }, 'request failed');
        return INTERNAL_ERROR;
      }
      const response = await server.executeOperation(request, { contextValue });
      // The planner sends neither @defer nor @stream to a subgraph: a single result is the only answer.
      if (response.body.kind !== 'single') throw new Error(`the ${name} subgraph answered an incremental result`);
      return { status: response.http.status ?? 200, result: response.body.singleResult };
    },
    async ready() {
      server.assertStarted(`the ${name} subgraph`);
    },
  };
}
