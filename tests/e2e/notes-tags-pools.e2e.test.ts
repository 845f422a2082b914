import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import type { Role } from '../../platform/viewer.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const firstError = (errors: Errors) => errors?.[0]?.extensions;

const ADD_NOTE = `mutation($input: AddNoteInput!) {
  addNote(input: $input) { id body mentions { id } author { id } application { id } createdAt }
}`;
const NOTES = `query($id: ID!, $first: Int, $after: String) {
  talent(id: $id) { notes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id body } } } }
}`;
const TAG = 'mutation($ids: [ID!]!, $tags: [String!]!) { tagTalents(talentIds: $ids, tags: $tags) { changed notFound } }';
const UNTAG = 'mutation($ids: [ID!]!, $tags: [String!]!) { untagTalents(talentIds: $ids, tags: $tags) { changed notFound } }';
const CREATE_POOL =
  'mutation($input: CreateTalentPoolInput!) { createTalentPool(input: $input) { id name description owner { id } talentCount createdAt } }';
const ADD_TO_POOL = 'mutation($pool: ID!, $ids: [ID!]!) { addToTalentPool(poolId: $pool, talentIds: $ids) { changed notFound } }';
const REMOVE_FROM_POOL = 'mutation($pool: ID!, $ids: [ID!]!) { removeFromTalentPool(poolId: $pool, talentIds: $ids) { changed notFound } }';
const PAGE = `query($first: Int) {
  talents(first: $first) {
    edges { node { id tags { name } pools { name } notes(first: 3) { totalCount edges { node { body } } } timeline(first: 3) { totalCount edges { node { kind summary actor { id } } } } } }
  }
}`;

describe.each(STACK_MODES)('notes, tags and pools ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let talentIds: string[];
  let foreignIds: string[];
  const otherOrg = randomUUID();
  const users: Partial<Record<'recruiter' | 'recruiter2' | 'manager' | 'admin' | 'viewer', { id: string; token: string }>> = {};
  const user = (key: keyof typeof users) => users[key]!;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 105 });
    const db = t.stack.runtime.data.stores.relational;
    const roles: Record<keyof typeof users, Role> = {
      recruiter: 'RECRUITER',
      recruiter2: 'RECRUITER',
      manager: 'HIRING_MANAGER',
      admin: 'ADMIN',
      viewer: 'VIEWER',
    };
    for (const [key, role] of Object.entries(roles) as [keyof typeof users, Role][]) {
      const [row] = await db.query<{ id: string }>(
        `INSERT INTO users (org_id, email, name, role, password_hash) VALUES ($1, $2, $3, $4, 'unused') RETURNING id`,
        [t.orgId, `${key}-${randomUUID()}@test.looma.dev`, key, role],
      );
      users[key] = {
        id: row!.id,
        token: t.stack.runtime.authenticator.issueAccessToken({ userId: row!.id, orgId: t.orgId, roles: [role] }),
      };
    }
    const rows = await db.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 ORDER BY created_at DESC, id DESC', [t.orgId]);
    talentIds = rows.map((r) => r.id);
    await seedDemo(db, 2, otherOrg);
    foreignIds = (await db.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1', [otherOrg])).map((r) => r.id);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token = user('recruiter').token): Promise<T> {
    const response = await t.request<T>(query, variables, { token });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!;
  }

  describe('notes', () => {
    it.runIf(available)('adds notes with mentions and an application, pages them newest first, and guards who may', async () => {
      const talentId = talentIds[0]!;
      const jobs = await ok<{ jobs: { edges: { node: { id: string } }[] } }>('{ jobs(first: 1) { edges { node { id } } } }', {});
      const application = await ok<{ createApplication: { id: string } }>(
        'mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }',
        { input: { talentId, jobId: jobs.jobs.edges[0]!.node.id } },
      );
      const applicationId = application.createApplication.id;

      const first = await ok<{ addNote: Record<string, unknown> }>(ADD_NOTE, {
        input: { talentId, body: '  Strong Go background; call back Monday.  ', mentionUserIds: [user('manager').id], applicationId },
      });
      expect(first.addNote).toMatchObject({
        body: 'Strong Go background; call back Monday.',
        mentions: [{ id: user('manager').id }],
        author: { id: user('recruiter').id },
        application: { id: applicationId },
      });
      // Hiring managers give feedback through notes too (job:write).
      const feedback = await ok<{ addNote: { id: string; author: { id: string } } }>(
        ADD_NOTE,
        { input: { talentId, body: 'Interview feedback: hire.' } },
        user('manager').token,
      );
      expect(feedback.addNote.author).toEqual({ id: user('manager').id });
      await ok(ADD_NOTE, { input: { talentId, body: 'Third note' } });

      const page1 = await ok<{
        talent: {
          notes: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { body: string } }[] };
        };
      }>(NOTES, { id: talentId, first: 2 });
      expect(page1.talent.notes.totalCount).toBe(3);
      expect(page1.talent.notes.edges.map((e) => e.node.body)).toEqual(['Third note', 'Interview feedback: hire.']);
      expect(page1.talent.notes.pageInfo.hasNextPage).toBe(true);
      const page2 = await ok<typeof page1>(NOTES, { id: talentId, first: 2, after: page1.talent.notes.pageInfo.endCursor });
      expect(page2.talent.notes.edges.map((e) => e.node.body)).toEqual(['Strong Go background; call back Monday.']);
      expect(page2.talent.notes.pageInfo.hasNextPage).toBe(false);

      const viewer = await t.request(ADD_NOTE, { input: { talentId, body: 'x' } }, { token: user('viewer').token });
      expect(viewer.status).toBe(403);
      expect(firstError(viewer.body.errors)).toMatchObject({ code: 'FORBIDDEN' });
    });

    it.runIf(available)('refuses bad notes and writes nothing', async () => {
      const talentId = talentIds[1]!;
      const cases: [Record<string, unknown>, Record<string, unknown>][] = [
        [
          { talentId, body: '   ' },
          { code: 'BAD_USER_INPUT', field: 'body' },
        ],
        [
          { talentId, body: 'x'.repeat(10_001) },
          { code: 'BAD_USER_INPUT', field: 'body' },
        ],
        [
          { talentId, body: 'hi', mentionUserIds: [user('admin').id, randomUUID()] },
          { code: 'BAD_USER_INPUT', field: 'mentionUserIds.1' },
        ],
        [
          { talentId, body: 'hi', mentionUserIds: ['not-an-id'] },
          { code: 'BAD_USER_INPUT', field: 'mentionUserIds.0' },
        ],
        [
          { talentId, body: 'hi', applicationId: randomUUID() },
          { code: 'BAD_USER_INPUT', field: 'applicationId' },
        ],
        [{ talentId: randomUUID(), body: 'hi' }, { code: 'NOT_FOUND' }],
        [{ talentId: foreignIds[0], body: 'hi' }, { code: 'NOT_FOUND' }],
      ];
      for (const [input, error] of cases) {
        const response = await t.request(ADD_NOTE, { input }, { token: user('recruiter').token });
        expect(response.body.data ?? null).toBeNull();
        expect(firstError(response.body.errors)).toMatchObject(error);
      }
      // A user of another organisation is not a user to mention either.
      const outsider = t.token(['RECRUITER'], otherOrg);
      const cross = await t.request(
        ADD_NOTE,
        { input: { talentId: foreignIds[0], body: 'hi', mentionUserIds: [user('admin').id] } },
        { token: outsider },
      );
      expect(firstError(cross.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentionUserIds.0' });
      const notes = await ok<{ talent: { notes: { totalCount: number } } }>(NOTES, { id: talentId, first: 1 });
      expect(notes.talent.notes.totalCount).toBe(0);
    });

    it.runIf(available)('deletes a note for its author or an admin only', async () => {
      const talentId = talentIds[2]!;
      const add = async () => (await ok<{ addNote: { id: string } }>(ADD_NOTE, { input: { talentId, body: 'to delete' } })).addNote.id;
      const DELETE = 'mutation($id: ID!) { deleteNote(id: $id) }';
      const noteId = await add();
      const other = await t.request(DELETE, { id: noteId }, { token: user('recruiter2').token });
      expect(firstError(other.body.errors)).toMatchObject({ code: 'FORBIDDEN' });
      const foreign = await t.request(DELETE, { id: noteId }, { token: t.token(['ADMIN'], otherOrg) });
      expect(firstError(foreign.body.errors)).toMatchObject({ code: 'NOT_FOUND' });
      expect((await ok<{ deleteNote: boolean }>(DELETE, { id: noteId })).deleteNote).toBe(true);
      const again = await t.request(DELETE, { id: noteId }, { token: user('recruiter').token });
      expect(firstError(again.body.errors)).toMatchObject({ code: 'NOT_FOUND' });
      const byAdmin = await add();
      expect((await ok<{ deleteNote: boolean }>(DELETE, { id: byAdmin }, user('admin').token)).deleteNote).toBe(true);
      const viewer = await t.request(DELETE, { id: byAdmin }, { token: user('viewer').token });
      expect(viewer.status).toBe(403);
      const notes = await ok<{ talent: { notes: { totalCount: number } } }>(NOTES, { id: talentId, first: 1 });
      expect(notes.talent.notes.totalCount).toBe(0);
    });
  });

  describe('tags', () => {
    it.runIf(available)(
      'tags and untags in bulk: changed counts real changes, notFound lists the rest, names are case-insensitive',
      async () => {
        const ids = talentIds.slice(10, 13);
        const unknown = randomUUID();
        const tagged = await ok<{ tagTalents: { changed: number; notFound: string[] } }>(TAG, {
          ids: [...ids, ids[0], unknown, 'not-an-id', foreignIds[0]],
          tags: ['Go', 'shanghai', 'GO '],
        });
        expect(tagged.tagTalents).toEqual({ changed: 3, notFound: [unknown, 'not-an-id', foreignIds[0]] });
        const again = await ok<{ tagTalents: { changed: number } }>(TAG, { ids, tags: ['go', 'SHANGHAI'] });
        expect(again.tagTalents.changed).toBe(0);
        const more = await ok<{ tagTalents: { changed: number } }>(TAG, { ids: [ids[0], talentIds[13]], tags: ['go', 'remote'] });
        expect(more.tagTalents.changed).toBe(2);

        const list = await ok<{ tags: { name: string; talentCount: number }[] }>('{ tags { name talentCount } }', {});
        expect(list.tags).toEqual([
          { name: 'Go', talentCount: 4 },
          { name: 'remote', talentCount: 2 },
          { name: 'shanghai', talentCount: 3 },
        ]);
        const one = await ok<{ talent: { tags: { name: string; talentCount: number }[] } }>(
          'query($id: ID!) { talent(id: $id) { tags { name talentCount } } }',
          { id: ids[0] },
        );
        expect(one.talent.tags).toEqual([
          { name: 'Go', talentCount: 4 },
          { name: 'remote', talentCount: 2 },
          { name: 'shanghai', talentCount: 3 },
        ]);

        const untagged = await ok<{ untagTalents: { changed: number; notFound: string[] } }>(UNTAG, {
          ids: [...ids, unknown],
          tags: ['REMOTE', 'nonexistent'],
        });
        expect(untagged.untagTalents).toEqual({ changed: 1, notFound: [unknown] });
        const foreignView = await t.request<{ tags: unknown[] }>('{ tags { name } }', {}, { token: t.token(['RECRUITER'], otherOrg) });
        expect(foreignView.body.data?.tags).toEqual([]);
      },
    );

    it.runIf(available)('refuses oversize and malformed bulk calls, and viewers', async () => {
      const id = talentIds[20]!;
      const cases: [Record<string, unknown>, Record<string, unknown>][] = [
        [{ ids: Array.from({ length: 1_001 }, () => randomUUID()), tags: ['x'] }, { field: 'talentIds' }],
        [{ ids: [id], tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, { field: 'tags' }],
        [{ ids: [id], tags: ['ok', 'x'.repeat(51)] }, { field: 'tags.1' }],
        [{ ids: [id], tags: [' '] }, { field: 'tags.0' }],
        [{ ids: [id], tags: [] }, { field: 'tags' }],
        [{ ids: [], tags: ['x'] }, { field: 'talentIds' }],
        [{ ids: ['nope', 'neither'], tags: ['x'] }, { field: 'talentIds' }],
      ];
      for (const [variables, error] of cases) {
        const response = await t.request(TAG, variables, { token: user('recruiter').token });
        expect(firstError(response.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', ...error });
      }
      const viewer = await t.request(TAG, { ids: [id], tags: ['x'] }, { token: user('viewer').token });
      expect(viewer.status).toBe(403);
      const untagViewer = await t.request(UNTAG, { ids: [id], tags: ['x'] }, { token: user('viewer').token });
      expect(untagViewer.status).toBe(403);
      const tags = await ok<{ talent: { tags: unknown[] } }>('query($id: ID!) { talent(id: $id) { tags { name } } }', { id });
      expect(tags.talent.tags).toEqual([]);
    });
  });

  describe('pools', () => {
    it.runIf(available)('creates pools, adds and removes members in bulk, lists and pages them newest member first', async () => {
      const created = await ok<{ createTalentPool: { id: string; name: string; owner: { id: string }; talentCount: number } }>(
        CREATE_POOL,
        {
          input: { name: ' Go engineers, Shanghai ', description: 'For the Q3 hiring push' },
        },
      );
      expect(created.createTalentPool).toMatchObject({
        name: 'Go engineers, Shanghai',
        owner: { id: user('recruiter').id },
        talentCount: 0,
      });
      const poolId = created.createTalentPool.id;
      const duplicate = await t.request(CREATE_POOL, { input: { name: 'go ENGINEERS, shanghai' } }, { token: user('recruiter').token });
      expect(firstError(duplicate.body.errors)).toMatchObject({ code: 'CONFLICT' });
      for (const name of ['', 'x'.repeat(101)]) {
        const bad = await t.request(CREATE_POOL, { input: { name } }, { token: user('recruiter').token });
        expect(firstError(bad.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      }

      const members = talentIds.slice(30, 33);
      const unknown = randomUUID();
      for (const id of members) {
        const added = await ok<{ addToTalentPool: { changed: number; notFound: string[] } }>(ADD_TO_POOL, { pool: poolId, ids: [id] });
        expect(added.addToTalentPool).toEqual({ changed: 1, notFound: [] });
      }
      const bulk = await ok<{ addToTalentPool: { changed: number; notFound: string[] } }>(ADD_TO_POOL, {
        pool: poolId,
        ids: [...members, talentIds[33], unknown, foreignIds[1]],
      });
      expect(bulk.addToTalentPool).toEqual({ changed: 1, notFound: [unknown, foreignIds[1]] });

      const POOL = `query($id: ID!, $after: String) {
        talentPool(id: $id) { name talentCount talents(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }
      }`;
      type Pool = {
        talentPool: {
          talentCount: number;
          talents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] };
        };
      };
      const page1 = await ok<Pool>(POOL, { id: poolId });
      expect(page1.talentPool.talentCount).toBe(4);
      expect(page1.talentPool.talents.totalCount).toBe(4);
      expect(page1.talentPool.talents.edges.map((e) => e.node.id)).toEqual([talentIds[33], members[2], members[1]]);
      const page2 = await ok<Pool>(POOL, { id: poolId, after: page1.talentPool.talents.pageInfo.endCursor });
      expect(page2.talentPool.talents.edges.map((e) => e.node.id)).toEqual([members[0]]);
      expect(page2.talentPool.talents.pageInfo.hasNextPage).toBe(false);

      const second = await ok<{ createTalentPool: { id: string } }>(CREATE_POOL, { input: { name: 'Alumni' } });
      await ok(ADD_TO_POOL, { pool: second.createTalentPool.id, ids: [members[0]] });
      const list = await ok<{ talentPools: { name: string; talentCount: number }[] }>('{ talentPools { name talentCount } }', {});
      expect(list.talentPools).toEqual([
        { name: 'Alumni', talentCount: 1 },
        { name: 'Go engineers, Shanghai', talentCount: 4 },
      ]);
      const talent = await ok<{ talent: { pools: { name: string }[] } }>('query($id: ID!) { talent(id: $id) { pools { name } } }', {
        id: members[0],
      });
      expect(talent.talent.pools.map((p) => p.name)).toEqual(['Alumni', 'Go engineers, Shanghai']);

      const removed = await ok<{ removeFromTalentPool: { changed: number; notFound: string[] } }>(REMOVE_FROM_POOL, {
        pool: poolId,
        ids: [members[0], members[0], talentIds[50], unknown],
      });
      expect(removed.removeFromTalentPool).toEqual({ changed: 1, notFound: [unknown] });

      // Another organisation sees no pool and cannot change one.
      const outsider = t.token(['ADMIN'], otherOrg);
      const foreignRead = await t.request<{ talentPool: unknown }>(
        'query($id: ID!) { talentPool(id: $id) { id } }',
        { id: poolId },
        { token: outsider },
      );
      expect(foreignRead.body.data?.talentPool).toBeNull();
      const foreignAdd = await t.request(ADD_TO_POOL, { pool: poolId, ids: [foreignIds[0]] }, { token: outsider });
      expect(firstError(foreignAdd.body.errors)).toMatchObject({ code: 'NOT_FOUND', field: 'poolId' });
      const foreignDelete = await t.request('mutation($id: ID!) { deleteTalentPool(id: $id) }', { id: poolId }, { token: outsider });
      expect(firstError(foreignDelete.body.errors)).toMatchObject({ code: 'NOT_FOUND' });

      const viewer = await t.request(ADD_TO_POOL, { pool: poolId, ids: [members[1]] }, { token: user('viewer').token });
      expect(viewer.status).toBe(403);
      const tooMany = await t.request(
        ADD_TO_POOL,
        { pool: poolId, ids: Array.from({ length: 1_001 }, () => randomUUID()) },
        { token: user('recruiter').token },
      );
      expect(firstError(tooMany.body.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'talentIds' });
      const unknownPool = await t.request(ADD_TO_POOL, { pool: randomUUID(), ids: [members[1]] }, { token: user('recruiter').token });
      expect(firstError(unknownPool.body.errors)).toMatchObject({ code: 'NOT_FOUND', field: 'poolId' });

      expect(
        (await ok<{ deleteTalentPool: boolean }>('mutation($id: ID!) { deleteTalentPool(id: $id) }', { id: poolId })).deleteTalentPool,
      ).toBe(true);
      const gone = await ok<{ talentPool: unknown; talent: { pools: { name: string }[] } }>(
        'query($id: ID!, $talent: ID!) { talentPool(id: $id) { id } talent(id: $talent) { pools { name } } }',
        { id: poolId, talent: members[1] },
      );
      expect(gone).toEqual({ talentPool: null, talent: { pools: [] } });
    });
  });

  it.runIf(available)(
    'reads tags, pools, notes and timelines of a page of talents in a fixed number of relational round trips',
    async () => {
      async function measure(first: number) {
        const before = roundTripTotals();
        const response = await t.request<{ talents: { edges: unknown[] } }>(PAGE, { first }, { token: user('recruiter').token });
        const counts = diffRoundTrips(roundTripTotals(), before);
        expect(response.body.errors).toBeUndefined();
        expect(response.body.data!.talents.edges).toHaveLength(first);
        return counts;
      }
      await measure(5);
      const ten = await measure(10);
      const hundred = await measure(100);
      console.log(
        `[${mode}] tags + pools + notes + timeline round trips for 10 talents: ${JSON.stringify(ten)}; for 100: ${JSON.stringify(hundred)}`,
      );
      expect(hundred).toEqual(ten);
      // The page, then one query each for tags, pools, the notes pages and counts, the timeline pages and counts.
      expect(ten.relational).toBe(7);
    },
  );
});
