import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/gateway.ts';
import { httpRequests, localSubgraphCalls } from '../../platform/metrics.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import type { RunningService } from '../../platform/service.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';

/** /graphql requests the subgraphs' HTTP servers of this process have answered so far. */
async function subgraphHttpRequests(): Promise<number> {
  const metric = await httpRequests.get();
  return metric.values.filter((v) => v.labels.route === '/graphql' && v.labels.service !== 'gateway').reduce((sum, v) => sum + v.value, 0);
}

async function inProcessCalls(): Promise<number> {
  return (await localSubgraphCalls.get()).values.reduce((sum, v) => sum + v.value, 0);
}

// talent (the list, the talent), resume (its resumes) and search (similar talents, then their names from talent).
const LIST = `{ talents(first: 20) { totalCount edges { node { id name skills resumes { id filename } similar(first: 2) { talent { id name } } } } } }`;
const PROFILE = `query Profile($id: ID!) { talent(id: $id) { id name headline resumes { id } similar(first: 3) { score talent { id name } } } }`;

/**
 * The stack's gateway runs planned fetches against the subgraphs of its process directly
 * (SUBGRAPH_IN_PROCESS, on by default); a second gateway over the same runtime and data sends them
 * over HTTP, as SUBGRAPH_IN_PROCESS=false does. Both must answer alike.
 */
describe('in-process subgraphs', () => {
  let t: TestStack;
  let overHttp: RunningService;
  let talentId: string;

  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 4 });
    overHttp = await startGateway({
      runtime: t.stack.runtime,
      port: 0,
      subgraphUrls: Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [name, s.url])),
    });
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    talentId = page.body.data!.talents.edges[0]!.node.id;
  }, 120_000);

  afterAll(async () => {
    await overHttp?.close();
    await t?.close();
  });

  /** The same operation through both gateways. */
  async function bothWays(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
    const inProcess = await t.request(query, variables, { token });
    const http = await t.request(query, variables, { token, url: overHttp.url });
    return { inProcess, http };
  }

  // What a client sees: status, body and the caching header (over HTTP the subgraphs' own header reaches the gateway's policy).
  const comparable = (response: GraphQLResponse) => ({
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: response.body,
  });

  it('answers an operation across talent, resume and search with the same data as over HTTP', async () => {
    for (const [query, variables] of [
      [LIST, {}],
      [PROFILE, { id: talentId }],
    ] as const) {
      const { inProcess, http } = await bothWays(query, variables);
      expect(inProcess.status, query).toBe(200);
      expect(inProcess.body.errors, query).toBeUndefined();
      expect(comparable(inProcess)).toEqual(comparable(http));
    }
    const list = await t.request<{ talents: { totalCount: number; edges: { node: { similar: unknown[] } }[] } }>(LIST);
    expect(list.body.data!.talents.totalCount).toBe(4);
    // The search subgraph answered too (the vectors are projected): three subgraphs in one operation.
    expect(list.body.data!.talents.edges.some((e) => e.node.similar.length > 0)).toBe(true);
  });

  it('sends no /graphql request to the subgraph servers in process; the HTTP gateway does', async () => {
    const httpBefore = await subgraphHttpRequests();
    const callsBefore = await inProcessCalls();
    const inProcess = await t.request(PROFILE, { id: talentId });
    expect(inProcess.body.errors).toBeUndefined();
    expect((await subgraphHttpRequests()) - httpBefore).toBe(0);
    // talent, then resume and search with the talent's key, then talent again for the similar talents' names.
    expect((await inProcessCalls()) - callsBefore).toBeGreaterThanOrEqual(3);

    const afterInProcess = await subgraphHttpRequests();
    await t.request(PROFILE, { id: talentId }, { url: overHttp.url });
    expect((await subgraphHttpRequests()) - afterInProcess).toBeGreaterThanOrEqual(3);
  });

  it('gives the same status, errors and extensions.code both ways on the unhappy paths', async () => {
    const outsider = t.token(['ADMIN'], randomUUID());
    const cases: { label: string; query: string; variables?: Record<string, unknown>; token?: string | null; code: string }[] = [
      { label: 'anonymous', query: '{ talents(first: 1) { totalCount } }', token: null, code: 'UNAUTHENTICATED' },
      { label: 'a recruiter on an admin field', query: '{ outboxStatus { pending } }', code: 'FORBIDDEN' },
      { label: 'a bad argument', query: '{ talents(first: 0) { totalCount } }', code: 'BAD_USER_INPUT' },
      {
        label: 'a bad argument in an entity fetch',
        query: PROFILE.replace('similar(first: 3)', 'similar(first: 0)'),
        code: 'BAD_USER_INPUT',
      },
      {
        label: "another organisation's talent",
        query: 'mutation($id: ID!) { archiveTalent(id: $id) { id } }',
        variables: { id: talentId },
        token: outsider,
        code: 'NOT_FOUND',
      },
      { label: 'a bad credential', query: '{ talents(first: 1) { totalCount } }', token: 'not-a-token', code: 'UNAUTHENTICATED' },
    ];
    for (const { label, query, variables = { id: talentId }, token, code } of cases) {
      const { inProcess, http } = await bothWays(query, query.includes('$id') ? variables : {}, token);
      expect(inProcess.body.errors?.[0]?.extensions?.code, label).toBe(code);
      expect(comparable(inProcess), label).toEqual(comparable(http));
    }
  });

  it('answers a subgraph-side refusal as the subgraph HTTP endpoint does', async () => {
    const { talent } = t.stack.subgraphs;
    const direct = async (query: string, authorization?: string) => {
      const response = await fetch(talent!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, result: (await response.json()) as unknown };
    };
    const local = async (query: string, authorization?: string) => {
      const response = await talent!.local.execute({ query }, { authorization, address: '127.0.0.1' });
      return { status: response.status, result: JSON.parse(JSON.stringify(response.result)) as unknown };
    };
    const bearer = `Bearer ${t.token(['VIEWER'])}`;
    for (const [query, authorization] of [
      ['{ talents(first: 1) { totalCount } }', 'Bearer garbage'], // the authenticator refuses: 401 before Apollo runs
      ['{ talents(first: 1) { totalCount } }', undefined], // shield: anonymous on an @authenticated field
      ['mutation { createTalent(input: { name: "No" }) { id } }', bearer], // shield: a viewer without talent:write
      ['{ talents(first: 1) { nope } }', bearer], // validation
      ['{ talents(first: 1) { totalCount } }', bearer],
    ] as const) {
      const [viaHttp, inProcess] = [await direct(query, authorization), await local(query, authorization)];
      expect(inProcess, `${query} ${authorization ?? 'anonymous'}`).toEqual(viaHttp);
    }
  });

  it('keeps each caller in its own organisation under 50 concurrent in-process requests', async () => {
    const orgs = Array.from({ length: 5 }, () => randomUUID());
    for (const org of orgs) await seedDemo(t.stack.runtime.data.stores.relational, 2, org);
    await t.stack.runtime.data.projector.drainUntilIdle();
    // What each organisation's list is, one request at a time over HTTP.
    const expected = new Map<string, unknown>();
    for (const org of orgs) {
      const response = await t.request(LIST, {}, { token: t.token(['RECRUITER'], org), url: overHttp.url });
      expect(response.body.errors).toBeUndefined();
      expected.set(org, response.body);
    }
    const callers = Array.from({ length: 50 }, (_, i) => ({
      org: orgs[i % orgs.length]!,
      token: t.token(['RECRUITER'], orgs[i % orgs.length]),
    }));
    const responses = await Promise.all(callers.map(({ token }) => t.request(LIST, {}, { token })));
    responses.forEach((response, i) => expect(response.body, `caller ${i}`).toEqual(expected.get(callers[i]!.org)));
  });

  it('counts the same store round trips per request as over HTTP', async () => {
    const measure = async (url: string) => {
      await t.request(PROFILE, { id: talentId }, { url }); // warm: the same caches on both sides
      const before = roundTripTotals();
      const response = await t.request(PROFILE, { id: talentId }, { url });
      expect(response.body.errors).toBeUndefined();
      return diffRoundTrips(roundTripTotals(), before);
    };
    const inProcess = await measure(t.stack.gateway.url);
    const http = await measure(overHttp.url);
    expect(Object.values(inProcess).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(inProcess).toEqual(http);
  });

  it("hands the identity subgraph the client's address: its failed-login throttle counts per client", async () => {
    const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
    const login = (address: string) =>
      t.request(
        LOGIN,
        { e: `nobody-${randomUUID().slice(0, 8)}@example.test`, p: 'wrong password' },
        { token: null, headers: { 'x-forwarded-for': address } },
      );
    // 25 failures from one address: under the gateway's 30 a minute, over the subgraph's 20 an address.
    const answers = await Promise.all(Array.from({ length: 25 }, () => login('198.51.100.7')));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(5);
    // Another client still has its own budget.
    expect((await login('198.51.100.8')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports the in-process subgraphs ready on the gateway', async () => {
    const response = await fetch(new URL('/ready', t.stack.gateway.url));
    const body = (await response.json()) as { status: string; stores: Record<string, string> };
    expect(response.status).toBe(200);
    for (const name of Object.keys(t.stack.subgraphs)) expect(body.stores[name], name).toBe('ok');
  });
});

describe('SUBGRAPH_IN_PROCESS=false', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 1, env: { SUBGRAPH_IN_PROCESS: 'false' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('sends every planned fetch over HTTP', async () => {
    const httpBefore = await subgraphHttpRequests();
    const callsBefore = await inProcessCalls();
    const response = await t.request('{ talents(first: 5) { edges { node { id resumes { id } } } } }');
    expect(response.body.errors).toBeUndefined();
    expect((await subgraphHttpRequests()) - httpBefore).toBe(2);
    expect((await inProcessCalls()) - callsBefore).toBe(0);
  });
});
