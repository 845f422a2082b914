import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const TALENT_FIELDS = 'id name headline skills version createdAt';

describe.each(STACK_MODES)('gateway end to end ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 30 });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)("lists the organisation's talents as a Relay connection with totalCount", async () => {
    const first = await t.request<{
      talents: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { cursor: string; node: { id: string; name: string } }[];
      };
    }>(
      `query($after: String) { talents(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TALENT_FIELDS} } } } }`,
    );
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data!.talents;
    expect(page1.totalCount).toBe(30);
    expect(page1.edges).toHaveLength(10);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    const ids = new Set(page1.edges.map((e) => e.node.id));
    let after: string | null = page1.pageInfo.endCursor;
    while (after) {
      const next: {
        body: { data?: { talents: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } | null };
      } = await t.request<{ talents: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(
        `query($after: String) { talents(first: 10, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      for (const edge of next.body.data!.talents.edges) {
        expect(ids.has(edge.node.id)).toBe(false);
        ids.add(edge.node.id);
      }
      after = next.body.data!.talents.pageInfo.hasNextPage ? next.body.data!.talents.pageInfo.endCursor : null;
    }
    expect(ids.size).toBe(30);
  });

  it.runIf(available)('creates a talent, reads it back, and its projections reach graph, vector and search', async () => {
    const created = await t.request<{ createTalent: { id: string; name: string; skills: string[]; version: number } }>(
      `mutation($input: CreateTalentInput!) { createTalent(input: $input) { ${TALENT_FIELDS} } }`,
      { input: { name: '  陈静 ', headline: '数据工程师 @ 美团', skills: ['Spark', 'spark', 'Airflow'] } },
    );
    expect(created.body.errors).toBeUndefined();
    const talent = created.body.data!.createTalent;
    expect(talent).toMatchObject({ name: '陈静', skills: ['Spark', 'Airflow'], version: 1 });

    const before = await t.request<{ talent: { projections: { isCurrent: boolean } } }>(
      `query($id: ID!) { talent(id: $id) { projections { isCurrent } } }`,
      { id: talent.id },
    );
    expect(before.body.data!.talent.projections.isCurrent).toBe(false);

    await t.stack.runtime.data.projector.drainUntilIdle();
    const after = await t.request<{
      talent: {
        name: string;
        projections: Record<string, { adapter: string; version: number | null; isCurrent: boolean }> & { isCurrent: boolean };
      };
    }>(
      `query($id: ID!) { talent(id: $id) { name projections { isCurrent graph { adapter version isCurrent } vector { adapter version isCurrent } search { adapter version isCurrent } } } }`,
      { id: talent.id },
    );
    expect(after.body.errors).toBeUndefined();
    const projections = after.body.data!.talent.projections;
    expect(projections.isCurrent).toBe(true);
    expect(projections.graph).toEqual({ adapter: mode === 'real' ? 'neo4j' : 'sql-graph', version: 1, isCurrent: true });
    expect(projections.vector).toEqual({ adapter: mode === 'real' ? 'weaviate' : 'pgvector', version: 1, isCurrent: true });
    expect(projections.search).toEqual({ adapter: mode === 'real' ? 'elasticsearch' : 'pg-fulltext', version: 1, isCurrent: true });

    const { stores } = t.stack.runtime.data;
    await stores.search.refresh('talents');
    const hits = await stores.search.search('talents', t.orgId, { text: '数据工程师', first: 50 });
    expect(hits.hits.map((h) => h.id)).toContain(talent.id);
    const skills = await stores.graph.neighbors('Talent', t.orgId, [talent.id], 'HAS_SKILL');
    expect(
      skills
        .get(talent.id)
        ?.map((s) => s.props.name)
        .sort(),
    ).toEqual(['airflow', 'spark']);
  });

  it.runIf(available)('answers a talent of another organisation, or an id that is not one, with null', async () => {
    const other = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 1) { edges { node { id } } } }');
    const id = other.body.data!.talents.edges[0]!.node.id;
    const outsider = await t.request<{ talent: unknown; talents: { totalCount: number } }>(
      'query($id: ID!) { talent(id: $id) { id name } talents(first: 5) { totalCount } }',
      { id },
      { token: t.token(['ADMIN'], '11111111-1111-4111-8111-111111111111') },
    );
    expect(outsider.body.errors).toBeUndefined();
    expect(outsider.body.data).toEqual({ talent: null, talents: { totalCount: 0 } });
    const malformed = await t.request('{ talent(id: "not-a-uuid") { id } }');
    expect(malformed.body).toEqual({ data: { talent: null } });
  });

  it.runIf(available)('rejects bad input with BAD_USER_INPUT, names the field, and writes nothing', async () => {
    const count = async () =>
      (await t.request<{ talents: { totalCount: number } }>('{ talents(first: 1) { totalCount } }')).body.data!.talents.totalCount;
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: 'Ok', headline: 'h'.repeat(301) }, 'headline'],
      [{ name: 'Ok', skills: [''] }, 'skills.0'],
      [{ name: 'Ok', skills: Array.from({ length: 101 }, (_, i) => `s${i}`) }, 'skills'],
    ];
    for (const [input, field] of cases) {
      const response = await t.request('mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }', { input });
      expect(response.body.data).toBeNull();
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count()).toBe(before);

    const badPage = await t.request('{ talents(first: 0) { totalCount } }');
    expect(badPage.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const tooBig = await t.request('{ talents(first: 101) { totalCount } }');
    expect(tooBig.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.request('{ talents(first: 5, after: "garbage") { totalCount } }');
    expect(badCursor.body.errors?.[0]).toMatchObject({
      message: 'after is not a cursor this connection returned with this sort',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    const wrongType = await t.request('{ talents(first: "ten") { totalCount } }');
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.runIf(available)('refuses bad credentials with 401 UNAUTHENTICATED and a viewer without the scope with FORBIDDEN', async () => {
    for (const authorization of ['Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', `Bearer ${t.token()}x`]) {
      const response = await t.request('{ talents(first: 1) { totalCount } }', {}, { token: null, headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(response.body)).not.toMatch(/stack|at .*\.ts/);
    }
    const anonymous = await t.request('{ talents(first: 1) { totalCount } }', {}, { token: null });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const viewerOnly = t.token(['VIEWER']);
    const write = await t.request('mutation { createTalent(input: { name: "Nope" }) { id } }', {}, { token: viewerOnly });
    expect(write.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await t.request<{ talents: { totalCount: number } }>('{ talents(first: 1) { totalCount } }', {}, { token: viewerOnly });
    expect(read.body.data?.talents.totalCount).toBeGreaterThan(0);
  });

  it.runIf(available)("forwards the caller's credential: a subgraph called directly verifies it too", async () => {
    const direct = await t.request(
      '{ talents(first: 1) { totalCount } }',
      {},
      { url: t.stack.subgraphs.talent!.url, headers: { authorization: 'Bearer forged' }, token: null },
    );
    expect(direct.status).toBe(401);
    const ok = await t.request<{ talents: { totalCount: number } }>(
      '{ talents(first: 1) { totalCount } }',
      {},
      { url: t.stack.subgraphs.talent!.url },
    );
    expect(ok.body.data?.talents.totalCount).toBeGreaterThan(0);
  });

  it.runIf(available)('serves health, readiness and Prometheus metrics', async () => {
    const base = new URL(t.stack.subgraphs.talent!.url).origin;
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      down: [],
      stores: { relational: 'ok', graph: 'ok', vector: 'ok', search: 'ok', cache: 'ok' },
    });
    const gatewayReady = await fetch(`${new URL(t.stack.gateway.url).origin}/ready`);
    expect(await gatewayReady.json()).toMatchObject({ status: 'ready', stores: { talent: 'ok', ops: 'ok' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/looma_http_requests_total\{service="talent",route="\/graphql",status="200"\} \d+/);
    expect(metrics).toMatch(/looma_http_request_duration_seconds_bucket\{le="0.005",service="gateway",route="\/graphql"\}/);
    expect(metrics).toMatch(/looma_store_round_trips_total\{store="relational",adapter="(pglite|postgres)"\} \d+/);
    expect(metrics).toMatch(/looma_outbox_lag_events\{state="pending"\} \d+/);
  });
});
