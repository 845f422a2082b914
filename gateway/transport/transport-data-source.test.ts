import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayCacheHint } from '@apollo/server-gateway-interface';
import { describe, expect, it } from 'vitest';
import { remoteDataSourceOverTransport } from '../../tests/support/transport-fetcher.ts';
import { SERVICE_TOKEN_HEADER } from '../../platform/service-tokens.ts';
import type { CallerContext } from './in-process.ts';
import type { SubgraphRequest, SubgraphResponse, SubgraphTransport } from './subgraph-transport.ts';
import { isQuery, TransportDataSource } from './transport-data-source.ts';

const URL = 'http://127.0.0.1:8888/graphql';
const QUERY = 'query Q__talent__0($id: ID!) { talent(id: $id) { id } }';
type Answer = Omit<SubgraphResponse, 'url'> | Error;

/**
 * A transport that gives every call the same answer (or fails with the same error) and records what it was
 * sent: what goes on the wire in `sent`, the routing hints for the resilient transport in `hints`.
 */
function cannedTransport(
  answer: Answer,
): SubgraphTransport & { sent: SubgraphRequest[]; hints: Pick<SubgraphRequest, 'idempotent' | 'deadline'>[] } {
  const sent: SubgraphRequest[] = [];
  const hints: Pick<SubgraphRequest, 'idempotent' | 'deadline'>[] = [];
  return {
    sent,
    hints,
    send: async (_subgraph, request) => {
      const { idempotent, deadline, ...wire } = request;
      sent.push(wire);
      hints.push({ idempotent, deadline });
      if (answer instanceof Error) throw answer;
      return { url: request.url, ...answer };
    },
    close: async () => {},
  };
}

const serviceToken = async () => 'service-token';

/** The new data source and the gateway's former one (RemoteGraphQLDataSource), each over its own copy of the answer. */
function both(answer: Answer) {
  const oldTransport = cannedTransport(answer);
  const newTransport = cannedTransport(answer);
  return {
    remote: remoteDataSourceOverTransport({ subgraph: 'talent', url: URL, transport: oldTransport, serviceToken }),
    direct: new TransportDataSource<CallerContext>({ subgraph: 'talent', url: URL, transport: newTransport, serviceToken }),
    oldTransport,
    newTransport,
  };
}

function incoming(context: CallerContext, hints?: GatewayCacheHint[], http?: { headers: Iterable<[string, string]> }) {
  // GraphQLDataSourceRequestKind.INCOMING_OPERATION: @apollo/gateway's index exports neither its type nor its value.
  const overallCachePolicy = hints ? { restrict: (hint: GatewayCacheHint) => hints.push(hint) } : undefined;
  const options = {
    kind: 'incoming operation',
    request: { query: QUERY, variables: { id: 't1' }, operationName: 'Q__talent__0', ...(http ? { http } : {}) },
    context,
    incomingRequestContext: { overallCachePolicy },
  };
  return options as unknown as GraphQLDataSourceProcessOptions<CallerContext>;
}

async function outcome(dataSource: GraphQLDataSource<CallerContext>, options: GraphQLDataSourceProcessOptions<CallerContext>) {
  try {
    const { http: _http, ...response } = await dataSource.process(options);
    return { response };
  } catch (error) {
    const { name, message, extensions } = error as { name: string; message: string; extensions: unknown };
    return { thrown: { name, message, extensions }, error };
  }
}

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('TransportDataSource, held to RemoteGraphQLDataSource over the same answers', () => {
  it("sends the same request: the planned operation, the caller's credential and address, the service token", async () => {
    const { remote, direct, oldTransport, newTransport } = both({ status: 200, headers: json, body: '{"data":{"talent":{"id":"t1"}}}' });
    const caller = { authorization: 'Bearer abc', address: '203.0.113.9' };
    await remote.process(incoming(caller));
    await direct.process(incoming(caller));
    expect(newTransport.sent).toEqual(oldTransport.sent);
    // A query: the resilient transport may retry it on another instance; no deadline in this caller's context.
    expect(newTransport.hints[0]).toEqual({ idempotent: true, deadline: undefined });
    expect(newTransport.sent[0]).toEqual({
      url: URL,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SERVICE_TOKEN_HEADER]: 'service-token',
        authorization: 'Bearer abc',
        'x-forwarded-for': '203.0.113.9',
      },
      body: JSON.stringify({ query: QUERY, variables: { id: 't1' }, operationName: 'Q__talent__0' }),
    });

    // An anonymous caller: no authorization, no address; headers a caller of process() set are passed on.
    const anonymous = both({ status: 200, headers: json, body: '{"data":null}' });
    const trace = { headers: [['apollo-federation-include-trace', 'ftv1']] as [string, string][] };
    await anonymous.remote.process(incoming({}, undefined, trace));
    await anonymous.direct.process(incoming({}, undefined, trace));
    expect(anonymous.newTransport.sent).toEqual(anonymous.oldTransport.sent);
    expect(anonymous.newTransport.sent[0]!.headers['apollo-federation-include-trace']).toBe('ftv1');
  });

  it("forwards the client's Accept-Language, which RemoteGraphQLDataSource drops (matching explains in it)", async () => {
    const { direct, newTransport } = both({ status: 200, headers: json, body: '{"data":null}' });
    await direct.process(incoming({ authorization: 'Bearer abc', language: 'zh-CN,zh;q=0.9' }));
    expect(newTransport.sent[0]!.headers['accept-language']).toBe('zh-CN,zh;q=0.9');
  });

  const answers: [string, Answer][] = [
    ['200 with data', { status: 200, headers: json, body: '{"data":{"talent":{"id":"t1"}}}' }],
    [
      '200 with errors',
      {
        status: 200,
        headers: { 'content-type': 'application/graphql-response+json' },
        body: '{"data":{"talent":null},"errors":[{"message":"Talent t1 was not found","path":["talent"],"extensions":{"code":"NOT_FOUND"}}]}',
      },
    ],
    ...([401, 403, 400, 500] as const).map((status): [string, Answer] => [
      String(status),
      { status, headers: json, body: `{"errors":[{"message":"refused with ${status}"}]}` },
    ]),
    ['a 502 with a text body', { status: 502, headers: { 'content-type': 'text/plain' }, body: 'Bad Gateway' }],
    ['200 with an HTML body', { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>maintenance</html>' }],
    ['200 with no content type', { status: 200, headers: {}, body: '{"data":{}}' }],
    ['200 with a JSON array', { status: 200, headers: json, body: '[1,2]' }],
    ['200 with malformed JSON', { status: 200, headers: json, body: '{"data":' }],
    ['a 500 with malformed JSON', { status: 500, headers: json, body: 'oops' }],
  ];
  for (const [name, answer] of answers) {
    it(`answers or fails as it does: ${name}`, async () => {
      const { remote, direct } = both(answer);
      const expected = await outcome(remote, incoming({ authorization: 'Bearer abc' }));
      const actual = await outcome(direct, incoming({ authorization: 'Bearer abc' }));
      expect(actual.response).toEqual(expected.response);
      expect(actual.thrown).toEqual(expected.thrown);
      expect(actual.error?.constructor).toBe(expected.error?.constructor);
    });
  }

  it("passes a closed connection's error through as it is", async () => {
    const closed = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
    const { remote, direct } = both(closed);
    expect((await outcome(remote, incoming({}))).error).toBe(closed);
    expect((await outcome(direct, incoming({}))).error).toBe(closed);
  });

  it("restricts the response's cache policy by the subgraph's cache-control header as it does", async () => {
    for (const header of [
      undefined,
      'no-store',
      'max-age=60, private',
      'public, max-age=30',
      'private, public',
      'max-age="5"',
      ['max-age=10', 'public'],
    ]) {
      const headers = { ...json, ...(header === undefined ? {} : { 'cache-control': header }) };
      const { remote, direct } = both({ status: 200, headers, body: '{"data":{}}' });
      const expected: GatewayCacheHint[] = [];
      const actual: GatewayCacheHint[] = [];
      await remote.process(incoming({}, expected));
      await direct.process(incoming({}, actual));
      expect(actual, String(header)).toEqual(expected);
      expect(actual).toHaveLength(1);
    }
    // A failed call restricts nothing.
    const { remote, direct } = both({ status: 500, headers: { ...json, 'cache-control': 'max-age=60' }, body: '{}' });
    const expected: GatewayCacheHint[] = [];
    const actual: GatewayCacheHint[] = [];
    await outcome(remote, incoming({}, expected));
    await outcome(direct, incoming({}, actual));
    expect(actual).toEqual(expected);
    expect(actual).toEqual([]);
  });
});

describe('isQuery', () => {
  it('tells the planner’s queries (retried on another instance) from its mutations (never retried)', () => {
    expect(isQuery('query Talents__talent__0 { talents { id } }')).toBe(true);
    expect(isQuery('query($representations:[_Any!]!){_entities(representations:$representations){__typename}}')).toBe(true);
    expect(isQuery('  # a comment\n{ me { id } }')).toBe(true);
    expect(isQuery('mutation CreateTalent__talent__0 { createTalent { id } }')).toBe(false);
    expect(isQuery('\nmutation { createTalent { id } }')).toBe(false);
    expect(isQuery('subscription { x }')).toBe(false);
  });
});
