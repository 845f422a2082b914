import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { syncDerivedWorkedWith } from '../../data/records/worked-with.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface Employment {
  company: string;
  title?: string | null;
  start?: string | null;
  end?: string | null;
}

const ADD = `mutation($input: AddRelationshipInput!) {
  addRelationship(input: $input) { id type direction isDerived note company talent { id name } }
}`;
const RELATIONSHIPS = `query($id: ID!, $types: [RelationshipType!]) {
  talent(id: $id) { relationships(types: $types) { id type direction isDerived company note talent { name } } }
}`;
const NETWORK = `query($id: ID!, $depth: Int, $types: [RelationshipType!], $first: Int) {
  talent(id: $id) { network(depth: $depth, types: $types, first: $first) { degree path talent { name } via { name } } }
}`;
const PATH = `query($from: ID!, $to: ID!, $maxDepth: Int) {
  talentPath(fromId: $from, toId: $to, maxDepth: $maxDepth) { length relationships talents { name } }
}`;
const REFERRERS = `query($company: String!, $first: Int) {
  referrersInto(company: $company, first: $first) { degree isCurrentEmployee reason talent { name } through { name } }
}`;

describe.each(STACK_MODES)('relationships in the talent graph ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  /** Talent ids by name. */
  const ids: Record<string, string> = {};
  const drain = () => t.stack.runtime.data.projector.drainUntilIdle();
  /** What the talent write path runs after a write (again here: a second run changes nothing), then the projection. */
  const sync = async (talentIds: string[]) => {
    const { relational } = t.stack.runtime.data.stores;
    await relational.transaction((tx) => syncDerivedWorkedWith(tx, t.orgId, talentIds));
    await drain();
  };

  async function createTalent(name: string, extra: { currentCompany?: string; employments?: Employment[] } = {}): Promise<string> {
    const response = await t.request<{ createTalent: { id: string } }>(
      'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
      { input: { name, ...extra } },
    );
    expect(response.body.errors).toBeUndefined();
    ids[name] = response.body.data!.createTalent.id;
    return ids[name];
  }

  async function add(from: string, to: string, type: string, note?: string) {
    const response = await t.request<{
      addRelationship: { id: string; type: string; direction: string; note: string | null; talent: { name: string } };
    }>(ADD, { input: { fromTalentId: ids[from], toTalentId: ids[to], type, note } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.addRelationship;
  }

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    // Alibaba: Li Na works there now, Wang Fang did; Ann knows Li Na; Bo knows Ann (two hops).
    await createTalent('Li Na', { currentCompany: 'Alibaba', employments: [{ company: 'Alibaba', start: '2020-01' }] });
    await createTalent('Wang Fang', { employments: [{ company: 'Alibaba', start: '2015-01', end: '2017-06' }] });
    for (const name of ['Ann', 'Bo', 'Cai', 'Dee', 'Eve', 'Fei', 'Hui']) await createTalent(name);
    await drain();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('records relationships (once per pair, symmetric ones either way round) with an audit entry per talent', async () => {
    const knows = await add('Ann', 'Bo', 'KNOWS', 'Met at QCon Shanghai');
    expect(knows).toMatchObject({
      type: 'KNOWS',
      direction: 'BOTH',
      isDerived: false,
      note: 'Met at QCon Shanghai',
      company: null,
      talent: { name: 'Bo' },
    });
    // The same pair the other way round is the same relationship, unchanged.
    const again = await add('Bo', 'Ann', 'KNOWS', 'another note');
    expect(again).toMatchObject({ id: knows.id, note: 'Met at QCon Shanghai', talent: { name: 'Ann' } });
    await add('Bo', 'Cai', 'WORKED_WITH');
    await add('Cai', 'Dee', 'KNOWS');
    expect(await add('Ann', 'Eve', 'MANAGED')).toMatchObject({ direction: 'OUTGOING', talent: { name: 'Eve' } });
    expect(await add('Fei', 'Bo', 'REFERRED_BY')).toMatchObject({ direction: 'OUTGOING', talent: { name: 'Bo' } });
    await add('Ann', 'Li Na', 'KNOWS');

    const audit = await t.stack.runtime.data.stores.relational.query<{ talent_id: string }>(
      "SELECT talent_id FROM audit_log WHERE org_id = $1 AND action = 'relationship.add' AND entity_id = $2 ORDER BY id",
      [t.orgId, knows.id],
    );
    expect(audit.map((a) => a.talent_id).sort()).toEqual([ids.Ann, ids.Bo].sort());
    await drain();
  });

  it.runIf(available)('reads first-degree relationships from the graph, with direction and type filter', async () => {
    const response = await t.request<{
      talent: { relationships: { type: string; direction: string; note: string | null; talent: { name: string } }[] };
    }>(RELATIONSHIPS, { id: ids.Bo });
    expect(response.body.errors).toBeUndefined();
    const seen = response.body.data!.talent.relationships.map((r) => [r.talent.name, r.type, r.direction]).sort();
    expect(seen).toEqual([
      ['Ann', 'KNOWS', 'BOTH'],
      ['Cai', 'WORKED_WITH', 'BOTH'],
      ['Fei', 'REFERRED_BY', 'INCOMING'],
    ]);
    const eve = await t.request<{ talent: { relationships: { direction: string; talent: { name: string } }[] } }>(RELATIONSHIPS, {
      id: ids.Eve,
    });
    expect(eve.body.data!.talent.relationships).toEqual([expect.objectContaining({ direction: 'INCOMING', talent: { name: 'Ann' } })]);
    const knowsOnly = await t.request<{ talent: { relationships: { talent: { name: string } }[] } }>(RELATIONSHIPS, {
      id: ids.Bo,
      types: ['KNOWS'],
    });
    expect(knowsOnly.body.data!.talent.relationships.map((r) => r.talent.name)).toEqual(['Ann']);
  });

  it.runIf(available)('walks the network 1 to 3 hops, nearest first, with the path to each talent', async () => {
    type Member = { degree: number; path: string[]; talent: { name: string }; via: { name: string }[] };
    const network = async (depth: number, extra: Record<string, unknown> = {}) => {
      const response = await t.request<{ talent: { network: Member[] } }>(NETWORK, { id: ids.Ann, depth, ...extra });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.talent.network.map((m) => ({
        name: m.talent.name,
        degree: m.degree,
        via: m.via.map((v) => v.name),
        path: m.path,
      }));
    };
    const byName = (members: { name: string }[]) => [...members].sort((a, b) => a.name.localeCompare(b.name));
    const one = await network(1);
    expect(byName(one)).toEqual([
      { name: 'Bo', degree: 1, via: [], path: ['KNOWS'] },
      { name: 'Eve', degree: 1, via: [], path: ['MANAGED'] },
      { name: 'Li Na', degree: 1, via: [], path: ['KNOWS'] },
    ]);
    const three = await network(3);
    expect(three.map((m) => m.degree)).toEqual([1, 1, 1, 2, 2, 3]);
    expect(byName(three.filter((m) => m.degree > 1))).toEqual([
      { name: 'Cai', degree: 2, via: ['Bo'], path: ['KNOWS', 'WORKED_WITH'] },
      { name: 'Dee', degree: 3, via: ['Bo', 'Cai'], path: ['KNOWS', 'WORKED_WITH', 'KNOWS'] },
      { name: 'Fei', degree: 2, via: ['Bo'], path: ['KNOWS', 'REFERRED_BY'] },
    ]);
    expect((await network(3, { types: ['KNOWS'] })).map((m) => m.name).sort()).toEqual(['Bo', 'Li Na']);
    expect(await network(3, { first: 2 })).toHaveLength(2);
    expect((await network(2)).map((m) => m.name).sort()).toEqual(['Bo', 'Cai', 'Eve', 'Fei', 'Li Na']);
  });

  it.runIf(available)('finds the shortest path between two talents, null beyond maxDepth, length 0 to itself', async () => {
    const path = await t.request<{ talentPath: { length: number; relationships: string[]; talents: { name: string }[] } | null }>(PATH, {
      from: ids.Eve,
      to: ids.Dee,
    });
    expect(path.body.data?.talentPath).toEqual({
      length: 4,
      relationships: ['MANAGED', 'KNOWS', 'WORKED_WITH', 'KNOWS'],
      talents: ['Eve', 'Ann', 'Bo', 'Cai', 'Dee'].map((name) => ({ name })),
    });
    const tooFar = await t.request<{ talentPath: unknown }>(PATH, { from: ids.Eve, to: ids.Dee, maxDepth: 3 });
    expect(tooFar.body).toEqual({ data: { talentPath: null } });
    const none = await t.request<{ talentPath: unknown }>(PATH, { from: ids.Eve, to: ids.Hui });
    expect(none.body).toEqual({ data: { talentPath: null } });
    const self = await t.request<{ talentPath: unknown }>(PATH, { from: ids.Eve, to: ids.Eve });
    expect(self.body.data?.talentPath).toEqual({ length: 0, relationships: [], talents: [{ name: 'Eve' }] });
  });

  it.runIf(available)('suggests referrers into a company: insiders, then one and two hops away, with the reason', async () => {
    const response = await t.request<{
      referrersInto: {
        degree: number;
        isCurrentEmployee: boolean;
        reason: string;
        talent: { name: string };
        through: { name: string }[];
      }[];
    }>(REFERRERS, { company: 'alibaba' });
    expect(response.body.errors).toBeUndefined();
    const referrers = response.body.data!.referrersInto;
    expect(referrers.slice(0, 2)).toEqual([
      { degree: 0, isCurrentEmployee: true, reason: 'Works at alibaba now', talent: { name: 'Li Na' }, through: [] },
      { degree: 0, isCurrentEmployee: false, reason: 'Worked at alibaba', talent: { name: 'Wang Fang' }, through: [] },
    ]);
    expect(referrers[2]).toEqual({
      degree: 1,
      isCurrentEmployee: false,
      reason: 'Knows Li Na (at alibaba now)',
      talent: { name: 'Ann' },
      through: [{ name: 'Li Na' }],
    });
    const twoHops = referrers.filter((r) => r.degree === 2).map((r) => [r.talent.name, r.through.map((x) => x.name)]);
    expect(twoHops.sort()).toEqual([
      ['Bo', ['Li Na']],
      ['Eve', ['Li Na']],
    ]);
    expect(referrers.find((r) => r.talent.name === 'Eve')?.reason).toBe('Was managed by Ann, who is connected to Li Na (at alibaba now)');
    expect((await t.request<{ referrersInto: unknown[] }>(REFERRERS, { company: 'Tencent' })).body.data?.referrersInto).toEqual([]);
    expect(
      (await t.request<{ referrersInto: unknown[] }>(REFERRERS, { company: 'Alibaba', first: 1 })).body.data?.referrersInto,
    ).toHaveLength(1);
  });

  it.runIf(available)('derives WORKED_WITH from overlapping employments, and drops it when they stop overlapping', async () => {
    const overlapping = { employments: [{ company: 'ＡＬＩＢＡＢＡ ', title: 'SRE', start: '2016-03', end: '2018-01' }] };
    const gu = await createTalent('Gu', overlapping);
    // No start date: not derived (nobody can tell whether it overlapped).
    const undated = await createTalent('Undated', { employments: [{ company: 'Alibaba' }] });
    await sync([gu, undated]);
    const derived = async () => {
      const response = await t.request<{
        talent: { relationships: { isDerived: boolean; company: string | null; type: string; talent: { name: string } }[] };
      }>(RELATIONSHIPS, { id: gu });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.talent.relationships;
    };
    expect(await derived()).toEqual([
      expect.objectContaining({ type: 'WORKED_WITH', isDerived: true, company: expect.any(String), talent: { name: 'Wang Fang' } }),
    ]);
    const [row] = await t.stack.runtime.data.stores.relational.query<{ detail: unknown; id: string }>(
      'SELECT id, detail FROM talent_relationships WHERE org_id = $1 AND derived AND (from_id = $2 OR to_id = $2)',
      [t.orgId, gu],
    );
    expect(row?.detail).toMatchObject({ from: '2016-03', to: '2017-06' });
    // A derived relationship follows the employments: it cannot be removed by hand.
    const refused = await t.request('mutation($id: ID!) { removeRelationship(id: $id) }', { id: row!.id });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const current = await t.request<{ talent: { version: number } }>('query($id: ID!) { talent(id: $id) { version } }', { id: gu });
    const moved = await t.request('mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { id } }', {
      input: {
        id: gu,
        version: current.body.data!.talent.version,
        employments: [{ company: 'Alibaba', start: '2019-01', end: '2019-06' }],
      },
    });
    expect(moved.body.errors).toBeUndefined();
    await sync([gu]);
    expect(await derived()).toEqual([]);
  });

  it.runIf(available)('removes a recorded relationship; the graph follows', async () => {
    const relationship = await add('Hui', 'Dee', 'KNOWS');
    await drain();
    const removed = await t.request<{ removeRelationship: boolean }>('mutation($id: ID!) { removeRelationship(id: $id) }', {
      id: relationship.id,
    });
    expect(removed.body).toEqual({ data: { removeRelationship: true } });
    await drain();
    const after = await t.request<{ talent: { relationships: unknown[] } }>(RELATIONSHIPS, { id: ids.Hui });
    expect(after.body.data!.talent.relationships).toEqual([]);
    const again = await t.request('mutation($id: ID!) { removeRelationship(id: $id) }', { id: relationship.id });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it.runIf(available)("refuses bad input, unknown and other organisations' talents, and roles that may not write", async () => {
    const addAs = (input: Record<string, unknown>, token?: string) =>
      t.request(ADD, { input: { fromTalentId: ids.Ann, toTalentId: ids.Hui, type: 'KNOWS', ...input } }, { token });
    expect((await addAs({ toTalentId: ids.Ann })).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toTalentId',
    });
    expect((await addAs({ note: 'x'.repeat(501) })).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect((await addAs({ toTalentId: '00000000-0000-4000-8000-000000000000' })).body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'toTalentId',
    });
    expect((await addAs({ fromTalentId: 'not-an-id' })).body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // Another organisation's recruiter: this org's talents look unknown.
    const outsider = t.token(['RECRUITER'], '22222222-2222-4222-8222-222222222222');
    expect((await addAs({}, outsider)).body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.request(PATH, { from: ids.Ann, to: ids.Bo }, { token: outsider })).body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      (await t.request<{ referrersInto: unknown[] }>(REFERRERS, { company: 'Alibaba' }, { token: outsider })).body.data?.referrersInto,
    ).toEqual([]);
    for (const role of ['VIEWER', 'HIRING_MANAGER'] as const) {
      const refused = await addAs({}, t.token([role]));
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const viewerReads = await t.request<{ talent: { relationships: unknown[] } }>(
      RELATIONSHIPS,
      { id: ids.Ann },
      { token: t.token(['VIEWER']) },
    );
    expect(viewerReads.body.data!.talent.relationships.length).toBeGreaterThan(0);
    const bad = async (query: string, variables: Record<string, unknown>, field: string) =>
      expect((await t.request(query, variables)).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await bad(NETWORK, { id: ids.Ann, depth: 4 }, 'depth');
    await bad(NETWORK, { id: ids.Ann, depth: 0 }, 'depth');
    await bad(NETWORK, { id: ids.Ann, first: 201 }, 'first');
    await bad(PATH, { from: ids.Ann, to: ids.Bo, maxDepth: 7 }, 'maxDepth');
    await bad(REFERRERS, { company: '  ' }, 'company');
    await bad(REFERRERS, { company: 'Alibaba', first: 101 }, 'first');
  });

  it.runIf(available)('reads relationships and networks of a whole page in one graph round trip each', async () => {
    const page = `{ talents(first: 40) { edges { node { id relationships { id talent { id } } network(depth: 2) { degree talent { id } } } } } }`;
    const before = roundTripTotals();
    const response = await t.request<{ talents: { edges: unknown[] } }>(page);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.talents.edges.length).toBeGreaterThanOrEqual(10);
    // One read for the relationships and one for the networks, whatever the page size.
    expect(diffRoundTrips(roundTripTotals(), before).graph).toBe(2);
  });
});
