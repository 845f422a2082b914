import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const PROFILE = `id name latinName chineseName headline skills languages emails phones location currentTitle currentCompany
  yearsOfExperience companies schools employments { company title start end } links { kind url } source owner { id }
  status archivedAt consent { purpose givenAt expiresAt source isActive } version createdAt updatedAt`;

interface TalentNode {
  id: string;
  name: string;
  latinName: string | null;
  chineseName: string | null;
  skills: string[];
  emails: string[];
  phones: string[];
  currentCompany: string | null;
  currentTitle: string | null;
  companies: string[];
  yearsOfExperience: number | null;
  owner: { id: string } | null;
  status: string;
  archivedAt: string | null;
  consent: { purpose: string; isActive: boolean }[];
  version: number;
}

const CREATE = `mutation($input: CreateTalentInput!) { createTalent(input: $input) { ${PROFILE} } }`;
const UPDATE = `mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { ${PROFILE} } }`;

describe.each(STACK_MODES)('talents: profile, updates, archive and filtered lists ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let ownerId: string;
  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 0 });
    ownerId = randomUUID();
    await t.stack.runtime.data.stores.relational.query(
      `INSERT INTO users (id, org_id, email, name, role, password_hash) VALUES ($1, $2, $3, 'Owner', 'RECRUITER', 'x')`,
      [ownerId, t.orgId, `owner-${ownerId}@example.com`],
    );
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const create = (input: Record<string, unknown>, token?: string) => t.request<{ createTalent: TalentNode }>(CREATE, { input }, { token });

  it.runIf(available)('creates a talent with the whole profile, normalising e-mails, phones and names', async () => {
    const response = await create({
      chineseName: '张伟',
      latinName: 'Wei Zhang',
      headline: 'Backend engineer',
      skills: ['Go', 'go ', 'Kubernetes'],
      languages: ['Mandarin', 'English'],
      emails: ['Wei.Zhang@Example.com'],
      phones: ['138 0013 8000', '+44 20 7946 0958'],
      location: 'Shanghai',
      yearsOfExperience: 7.5,
      employments: [
        { company: 'Alibaba', title: 'Senior Engineer', start: '2019-03' },
        { company: 'Baidu', title: 'Engineer', start: '2016-07', end: '2019-02' },
      ],
      links: [{ kind: 'GITHUB', url: 'https://github.com/weizhang' }],
      ownerId,
      consent: [{ purpose: 'TALENT_POOL', givenAt: '2026-01-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z', source: 'career-site form' }],
    });
    expect(response.body.errors).toBeUndefined();
    const talent = response.body.data!.createTalent;
    expect(talent).toMatchObject({
      name: 'Wei Zhang',
      chineseName: '张伟',
      skills: ['Go', 'Kubernetes'],
      emails: ['wei.zhang@example.com'],
      phones: ['+8613800138000', '+442079460958'],
      currentCompany: 'Alibaba',
      currentTitle: 'Senior Engineer',
      companies: ['Alibaba', 'Baidu'],
      yearsOfExperience: 7.5,
      owner: { id: ownerId },
      status: 'ACTIVE',
      version: 1,
    });
    expect(talent.consent).toEqual([expect.objectContaining({ purpose: 'TALENT_POOL', isActive: true })]);
    // The write recorded its audit entry in the same transaction.
    const [audit] = await t.stack.runtime.data.stores.relational.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE org_id = $1 AND entity_id = $2',
      [t.orgId, talent.id],
    );
    expect(audit?.action).toBe('talent.create');
  });

  it.runIf(available)('refuses bad input with the field at fault, and writes nothing', async () => {
    const before = await t.stack.runtime.data.stores.relational.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM talents WHERE org_id = $1',
      [t.orgId],
    );
    const cases: [Record<string, unknown>, string][] = [
      [{ headline: 'no name' }, 'name'],
      [{ name: 'A', emails: ['not-an-email'] }, 'emails.0'],
      [{ name: 'A', phones: ['12345'] }, 'phones.0'],
      [{ name: 'A', links: [{ kind: 'WEBSITE', url: 'javascript:alert(1)' }] }, 'links.0.url'],
      [{ name: 'A', yearsOfExperience: 120 }, 'yearsOfExperience'],
      [{ name: 'A', employments: [{ company: 'X', start: '2020-13' }] }, 'employments.0.start'],
      [{ name: 'A', employments: [{ company: 'X', start: '2020-05', end: '2019-01' }] }, 'employments.0.end'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ name: 'A', skills: Array.from({ length: 101 }, (_, i) => `s${i}`) }, 'skills'],
      [{ name: 'A', ownerId: randomUUID() }, 'ownerId'],
    ];
    for (const [input, field] of cases) {
      const response = await create(input);
      expect(response.body.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(response.body.errors)).not.toContain('    at ');
    }
    const after = await t.stack.runtime.data.stores.relational.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM talents WHERE org_id = $1',
      [t.orgId],
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it.runIf(available)('updates given fields only, with optimistic concurrency on the version', async () => {
    const created = (await create({ name: 'Li Na', skills: ['Python'], location: 'Beijing', emails: ['li.na@example.com'] })).body.data!
      .createTalent;
    const first = await t.request<{ updateTalent: TalentNode }>(UPDATE, {
      input: {
        id: created.id,
        version: 1,
        skills: ['Python', 'SQL'],
        location: null,
        employments: [{ company: 'Tencent', title: 'Analyst', start: '2021-01' }],
      },
    });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.updateTalent).toMatchObject({
      name: 'Li Na',
      skills: ['Python', 'SQL'],
      emails: ['li.na@example.com'],
      currentCompany: 'Tencent',
      version: 2,
    });
    expect((first.body.data!.updateTalent as unknown as { location: string | null }).location).toBeNull();
    // A second writer still holding version 1 is refused, and the talent keeps the first change.
    const stale = await t.request(UPDATE, { input: { id: created.id, version: 1, skills: ['Rust'] } });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const read = await t.request<{ talent: TalentNode }>('query($id: ID!) { talent(id: $id) { skills version } }', { id: created.id });
    expect(read.body.data!.talent).toEqual({ skills: ['Python', 'SQL'], version: 2 });
    // The same values again change nothing: no new version.
    const same = await t.request<{ updateTalent: TalentNode }>(UPDATE, {
      input: { id: created.id, version: 2, skills: ['Python', 'SQL'] },
    });
    expect(same.body.data!.updateTalent.version).toBe(2);
    // Bad values and unknown ids.
    const bad = await t.request(UPDATE, { input: { id: created.id, version: 2, emails: ['nope'] } });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emails.0' });
    const cleared = await t.request(UPDATE, { input: { id: created.id, version: 2, name: null } });
    expect(cleared.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    for (const id of [randomUUID(), 'not-an-id']) {
      const unknown = await t.request(UPDATE, { input: { id, version: 1, skills: ['Go'] } });
      expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const [audit] = await t.stack.runtime.data.stores.relational.query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT before, after FROM audit_log WHERE org_id = $1 AND entity_id = $2 AND action = 'talent.update' ORDER BY id LIMIT 1`,
      [t.orgId, created.id],
    );
    expect(audit?.before).toMatchObject({ skills: ['Python'], location: 'Beijing' });
    expect(audit?.after).toMatchObject({ skills: ['Python', 'SQL'], location: null });
  });

  it.runIf(available)('archives and restores; archived talents leave the default list but not a status filter', async () => {
    const created = (await create({ name: 'Archive Me', skills: ['Figma'] })).body.data!.createTalent;
    const archived = await t.request<{ archiveTalent: TalentNode }>(
      'mutation($id: ID!) { archiveTalent(id: $id) { status archivedAt version } }',
      {
        id: created.id,
      },
    );
    expect(archived.body.data!.archiveTalent).toMatchObject({ status: 'ARCHIVED', version: 2 });
    expect(archived.body.data!.archiveTalent.archivedAt).toBeTruthy();
    const again = await t.request<{ archiveTalent: TalentNode }>('mutation($id: ID!) { archiveTalent(id: $id) { status version } }', {
      id: created.id,
    });
    expect(again.body.data!.archiveTalent).toEqual({ status: 'ARCHIVED', version: 2 });

    const lists = await t.request<{ active: { edges: { node: { id: string } }[] }; archived: { edges: { node: { id: string } }[] } }>(
      `{ active: talents(filter: { skillsAny: ["figma"] }) { edges { node { id } } }
         archived: talents(filter: { skillsAny: ["figma"], status: [ARCHIVED] }) { edges { node { id } } } }`,
    );
    expect(lists.body.data!.active.edges).toEqual([]);
    expect(lists.body.data!.archived.edges.map((e) => e.node.id)).toEqual([created.id]);

    const restored = await t.request<{ restoreTalent: TalentNode }>(
      'mutation($id: ID!) { restoreTalent(id: $id) { status archivedAt version } }',
      {
        id: created.id,
      },
    );
    expect(restored.body.data!.restoreTalent).toEqual({ status: 'ACTIVE', archivedAt: null, version: 3 });
  });

  it.runIf(available)('guards every talent write by role', async () => {
    const created = (await create({ name: 'Guarded' })).body.data!.createTalent;
    for (const role of ['VIEWER', 'HIRING_MANAGER'] as const) {
      const token = t.token([role]);
      const responses = await Promise.all([
        create({ name: 'Nope' }, token),
        t.request(UPDATE, { input: { id: created.id, version: 1, name: 'Nope' } }, { token }),
        t.request('mutation($id: ID!) { archiveTalent(id: $id) { id } }', { id: created.id }, { token }),
        t.request('mutation($id: ID!) { restoreTalent(id: $id) { id } }', { id: created.id }, { token }),
      ]);
      for (const response of responses) {
        expect(response.status).toBe(403);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    // Another organisation's admin cannot see or touch it.
    const outsider = t.token(['ADMIN'], randomUUID());
    const foreign = await t.request('mutation($id: ID!) { archiveTalent(id: $id) { id } }', { id: created.id }, { token: outsider });
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.runIf(available)('filters, sorts and pages: cursors stay stable while talents are added', async () => {
    const marker = `filter${randomUUID().slice(0, 8)}`;
    const rows = [
      { name: 'Ann Go', skills: [marker, 'Go', 'Docker'], location: 'Shenzhen', yearsOfExperience: 3 },
      { name: 'Bob Rust', skills: [marker, 'Rust'], location: 'Shanghai Pudong', yearsOfExperience: 10 },
      { name: 'Cai Go', skills: [marker, 'Go', 'Rust'], location: 'Shanghai', yearsOfExperience: 6 },
      { name: 'Dee', skills: [marker, 'Excel'], location: 'Hangzhou' },
    ];
    const ids: string[] = [];
    for (const row of rows) ids.push((await create(row)).body.data!.createTalent.id);
    const query = `query($filter: TalentFilter, $sort: TalentSort, $first: Int, $after: String) {
      talents(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    type Page = {
      talents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] };
    };
    const names = async (filter: Record<string, unknown>, sort?: Record<string, unknown>) => {
      const response = await t.request<Page>(query, { filter: { skillsAll: [marker], ...filter }, sort, first: 50 });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.talents.edges.map((e) => e.node.name);
    };
    expect(await names({ skillsAll: [marker, 'go', 'RUST'] })).toEqual(['Cai Go']);
    expect((await names({ skillsAny: ['rust', 'docker'] })).sort()).toEqual(['Ann Go', 'Bob Rust', 'Cai Go']);
    expect((await names({ location: 'shanghai' })).sort()).toEqual(['Bob Rust', 'Cai Go']);
    expect(await names({ yearsMin: 5, yearsMax: 8 })).toEqual(['Cai Go']);
    expect(await names({ text: 'rust' })).toEqual(['Bob Rust']);
    expect(await names({}, { field: 'NAME', direction: 'ASC' })).toEqual(['Ann Go', 'Bob Rust', 'Cai Go', 'Dee']);
    expect(await names({}, { field: 'YEARS_OF_EXPERIENCE', direction: 'DESC' })).toEqual(['Bob Rust', 'Cai Go', 'Ann Go', 'Dee']);

    // Page through by name; a talent added between pages sorts before the cursor and shifts nothing.
    const sort = { field: 'NAME', direction: 'ASC' };
    const page1 = await t.request<Page>(query, { filter: { skillsAll: [marker] }, sort, first: 2 });
    expect(page1.body.data!.talents).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    await create({ name: 'Aaron Early', skills: [marker] });
    const page2 = await t.request<Page>(query, {
      filter: { skillsAll: [marker] },
      sort,
      first: 2,
      after: page1.body.data!.talents.pageInfo.endCursor,
    });
    expect([...page1.body.data!.talents.edges, ...page2.body.data!.talents.edges].map((e) => e.node.name)).toEqual([
      'Ann Go',
      'Bob Rust',
      'Cai Go',
      'Dee',
    ]);
    expect(page2.body.data!.talents.pageInfo.hasNextPage).toBe(false);

    // A cursor of another sort, and bad filters, are refused clearly.
    const wrongSort = await t.request(query, {
      sort: { field: 'CREATED_AT' },
      first: 2,
      after: page1.body.data!.talents.pageInfo.endCursor,
    });
    expect(wrongSort.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const badRange = await t.request(query, { filter: { yearsMin: 9, yearsMax: 2 } });
    expect(badRange.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'yearsMax' });
    const badPool = await t.request(query, { filter: { poolIds: ['nope'] } });
    expect(badPool.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'poolIds.0' });
  });
});
