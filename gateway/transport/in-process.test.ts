import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Credentials } from '../../platform/auth.ts';
import type { LocalSubgraph, LocalSubgraphRequest } from '../../platform/local-subgraph.ts';
import { InProcessDataSource, type CallerContext } from './in-process.ts';
import type { SubgraphTransport } from './subgraph-transport.ts';
import { TransportDataSource } from './transport-data-source.ts';

const URL = 'http://127.0.0.1:8888/graphql';

/** A subgraph that answers `status` and `result`, and remembers what it was asked. */
function fakeSubgraph(status: number, result: FormattedExecutionResult) {
  const calls: { request: LocalSubgraphRequest; caller: Credentials }[] = [];
  const local: LocalSubgraph = {
    name: 'talent',
    async execute(request, caller) {
      calls.push({ request, caller });
      return { status, result };
    },
    async ready() {},
  };
  return { local, calls };
}

/** The same answer over HTTP: what the pooled transport hands the gateway's data source (transport-data-source.test.ts holds that one to RemoteGraphQLDataSource). */
function httpSubgraph(status: number, result: FormattedExecutionResult): TransportDataSource<CallerContext> {
  const transport: SubgraphTransport = {
    send: async (_subgraph, request) => ({
      url: request.url,
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(result),
    }),
    close: async () => {},
  };
  return new TransportDataSource({ subgraph: 'talent', url: URL, transport, serviceToken: async () => 'service-token' });
}

function incoming(context: CallerContext): GraphQLDataSourceProcessOptions<CallerContext> {
  // GraphQLDataSourceRequestKind.INCOMING_OPERATION: @apollo/gateway's index exports neither its type nor its value.
  const options = {
    kind: 'incoming operation',
    request: { query: 'query Q__talent__0($id: ID!) { talent(id: $id) { id } }', variables: { id: 't1' }, operationName: 'Q__talent__0' },
    context,
    incomingRequestContext: {},
  };
  return options as unknown as GraphQLDataSourceProcessOptions<CallerContext>;
}

async function thrown(promise: Promise<unknown>): Promise<{ message: string; extensions: unknown }> {
  try {
    await promise;
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: unknown };
    return { message, extensions };
  }
  throw new Error('expected the call to fail');
}

describe('InProcessDataSource', () => {
  it("hands the planned operation and the caller's credential and address to the subgraph, and its result object back as is", async () => {
    const result = { data: { talent: { id: 't1' } } };
    const { local, calls } = fakeSubgraph(200, result);
    const caller = { authorization: 'Bearer abc', address: '203.0.113.9', language: 'zh-CN' };
    const response = await new InProcessDataSource(local, URL).process(incoming(caller));
    expect(response).toBe(result);
    expect(calls).toEqual([
      {
        request: {
          query: 'query Q__talent__0($id: ID!) { talent(id: $id) { id } }',
          variables: { id: 't1' },
          operationName: 'Q__talent__0',
          extensions: undefined,
        },
        caller,
      },
    ]);
  });

  it('passes errors in a 200 answer through, as over HTTP', async () => {
    const result = {
      data: { talent: null },
      errors: [{ message: 'Talent t1 was not found', path: ['talent'], extensions: { code: 'NOT_FOUND' } }],
    };
    const inProcess = await new InProcessDataSource(fakeSubgraph(200, result).local, URL).process(incoming({}));
    const overHttp = await httpSubgraph(200, result).process(incoming({}));
    expect(inProcess).toEqual(overHttp);
  });

  it('raises the error the HTTP path raises for the same non-2xx answer', async () => {
    for (const [status, code] of [
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [400, 'BAD_REQUEST'],
      [500, 'INTERNAL_SERVER_ERROR'],
    ] as const) {
      const result = { errors: [{ message: `refused with ${status}`, extensions: { code } }] };
      const inProcess = await thrown(new InProcessDataSource(fakeSubgraph(status, result).local, URL).process(incoming({})));
      const overHttp = await thrown(httpSubgraph(status, result).process(incoming({})));
      expect(inProcess, String(status)).toEqual(overHttp);
    }
  });
});
