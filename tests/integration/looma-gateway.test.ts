import fs from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoomaGateway } from '../../gateway/executor/looma-gateway.ts';
import { supergraphForGateway } from '../../gateway/policy.ts';
import { SUPERGRAPH_FILE } from '../../schema/subgraphs.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Looma's gateway (gateway/executor/) answers exactly as the stock ApolloGateway it replaces: the
 * same operations, run by both over the same live subgraphs (no policy plugin in front, so the
 * subgraphs' own refusals and errors come back through each gateway's error handling), give the
 * same whole response: data, errors with their paths and extensions, introspection, `__typename`.
 */

interface Caller {
  authorization: string | undefined;
}

class ForwardAuthorization extends RemoteGraphQLDataSource<Caller> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Caller>): void {
    const authorization = 'authorization' in context ? context.authorization : undefined;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

describe("Looma's gateway answers as the stock @apollo/gateway", () => {
  let t: TestStack;
  let stock: ApolloServer<Caller>;
  let looma: ApolloServer<Caller>;
  let talentId: string;

  beforeAll(async () => {
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    t = await startTestStack('embedded', { talents: 3 });
    const urls: Record<string, string> = Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url]));
    const supergraphSdl = supergraphForGateway(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'));
    const buildService = ({ name, url }: { name: string; url?: string }) => new ForwardAuthorization({ url: urls[name] ?? url });
    stock = new ApolloServer<Caller>({
      gateway: new ApolloGateway({ supergraphSdl, buildService }),
      includeStacktraceInErrorResponses: false,
    });
    looma = new ApolloServer<Caller>({
      gateway: new LoomaGateway({ supergraphSdl, buildService }),
      includeStacktraceInErrorResponses: false,
    });
    await Promise.all([stock.start(), looma.start()]);
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    talentId = page.body.data!.talents.edges[0]!.node.id;
  }, 180_000);

  afterAll(async () => {
    await Promise.all([stock?.stop(), looma?.stop()]);
    await t?.close();
  });

  async function both(query: string, variables: Record<string, unknown>, token: string | undefined, operationName?: string) {
    const run = async (server: ApolloServer<Caller>) => {
      const response = await server.executeOperation(
        { query, variables, operationName },
        { contextValue: { authorization: token ? `Bearer ${token}` : undefined } },
      );
      // The formatted response as a client would read it (JSON: no prototypes, no undefined).
      return JSON.parse(JSON.stringify({ status: response.http.status ?? 200, body: response.body })) as unknown;
    };
    return { stock: await run(stock), looma: await run(looma) };
  }

  const LIST = 'talents(first: 3) { totalCount edges { node { id name headline location skills } } }';
  const cases: [string, string, (id: string) => Record<string, unknown>, string?][] = [
    ['one subgraph', `query List1 { ${LIST} }`, () => ({})],
    [
      'an entity fetch from a second subgraph',
      'query List2 { talents(first: 3) { edges { node { id name resumes { id filename } } } } }',
      () => ({}),
    ],
    [
      'three subgraphs, variables',
      'query Profile($id: ID!) { talent(id: $id) { id name headline resumes { id filename } similar(first: 3) { score talent { id name } } } }',
      (id) => ({ id }),
    ],
    [
      'aliases, fragments and inline fragments',
      '{ a: talents(first: 2) { ...C } b: talents(first: 1) { edges { node { ... on Talent { n: name } } } } } fragment C on TalentConnection { totalCount }',
      () => ({}),
    ],
    [
      '@skip and @include',
      'query($s: Boolean!, $i: Boolean = true) { talents(first: 2) @skip(if: $s) { totalCount } me @include(if: $i) { id } }',
      () => ({ s: false, i: false }),
    ],
    ['@skip dropping a subgraph', 'query($s: Boolean!) { talents(first: 2) @skip(if: $s) { totalCount } }', () => ({ s: true })],
    ['__typename alone', '{ __typename }', () => ({})],
    ['__typename beside fields', '{ __typename talents(first: 1) { __typename edges { node { __typename id } } } }', () => ({})],
    ['introspection', '{ __schema { queryType { name } } __type(name: "Talent") { name fields { name } } }', () => ({})],
    [
      'introspection with variables beside a fetch',
      'query($t: String!) { __type(name: $t) { name } talents(first: 1) { totalCount } }',
      () => ({ t: 'Talent' }),
    ],
    ['a variable that does not coerce', 'query($id: ID!) { talent(id: $id) { id } }', () => ({ id: { not: 'an id' } })],
    ['a missing variable', 'query($id: ID!) { talent(id: $id) { id } }', () => ({})],
    ['a subgraph error with a path', '{ talent(id: "not-a-uuid") { id } }', () => ({})],
    ['an unknown talent', 'query($id: ID!) { talent(id: $id) { id name } }', () => ({ id: '00000000-0000-4000-8000-000000000000' })],
    ['several operations and a name', 'query A { me { id } } query B { talents(first: 1) { totalCount } }', () => ({}), 'B'],
    ['several operations and no name', 'query A { me { id } } query B { talents(first: 1) { totalCount } }', () => ({})],
    ['a subscription (refused, as before)', 'subscription { talents(first: 1) { totalCount } }', () => ({})],
    ['an unknown operation name', 'query A { me { id } }', () => ({}), 'C'],
    [
      'subgraph errors inside an entity fetch (paths into a list)',
      '{ talents(first: 2) { edges { node { id similar(first: -1) { score } } } } }',
      () => ({}),
    ],
    ['a mutation refused by its subgraph', 'mutation { createTalent(input: { name: "" }) { id } }', () => ({})],
  ];

  for (const role of ['RECRUITER', 'VIEWER', 'anonymous'] as const) {
    it.each(cases)(`${role}: %s`, async (_, query, variables, operationName) => {
      const token = role === 'anonymous' ? undefined : t.token([role]);
      const answers = await both(query, variables(talentId), token, operationName);
      expect(answers.looma).toEqual(answers.stock);
    });
  }

  it('answers the same operation again from its caches, as the first time', async () => {
    const token = t.token(['RECRUITER']);
    const query = `query List1 { ${LIST} }`;
    const first = await both(query, {}, token);
    const again = await both(query, {}, token);
    expect(again.looma).toEqual(first.looma);
    expect(again.looma).toEqual(again.stock);
  });
});
