import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../adapters/pglite-relational.ts';
import { migrate } from '../migrate.ts';
import type { RelationalStore } from '../ports.ts';
import { orgStore } from './org-store.ts';
import { orgUserIds, userStore } from './user-store.ts';

// The orgs and users tables' one owners, over the embedded PostgreSQL in memory (no server): the
// statements identity, the demo seed, the data CLIs and the talent subgraph share.
describe('org and user stores', () => {
  let db: RelationalStore;
  const orgId = randomUUID();
  const otherOrgId = randomUUID();
  const newUser = (email: string, org = orgId) => ({ orgId: org, email, name: 'Ann', role: 'RECRUITER' as const, passwordHash: 'h' });

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    await orgStore.insert(db, { id: orgId, slug: 'acme', name: 'Acme' });
    await orgStore.insert(db, { id: otherOrgId, slug: 'other', name: 'Other' });
  });
  afterAll(() => db?.close());

  it('creates an organisation once when asked to ensure it, and finds it by id', async () => {
    const id = randomUUID();
    await orgStore.insertIfAbsent(db, { id, slug: `demo-${id}`, name: 'Demo' });
    await orgStore.insertIfAbsent(db, { id, slug: `demo-${id}`, name: 'Renamed' });
    expect(await orgStore.byId(db, id)).toEqual({ id, slug: `demo-${id}`, name: 'Demo' });
    expect(await orgStore.exists(db, id)).toBe(true);
    expect(await orgStore.exists(db, randomUUID())).toBe(false);
    expect(await orgStore.byId(db, randomUUID())).toBeNull();
  });

  it('tells which ids are organisations, and lists them all in id order', async () => {
    const unknown = randomUUID();
    expect(await orgStore.existingIds(db, [orgId, unknown])).toEqual(new Set([orgId]));
    const all = await orgStore.allIds(db);
    expect(all).toEqual(expect.arrayContaining([orgId, otherOrgId]));
    expect(all).toEqual([...all].sort());
  });

  it('locks an organisation row inside a transaction', async () => {
    await db.transaction(async (tx) => {
      await orgStore.lockForUpdate(tx, orgId);
      expect(await orgStore.byId(tx, orgId)).toMatchObject({ id: orgId });
    });
  });

  it('inserts one account per email: a second insert of the email is null, not an error', async () => {
    const created = await userStore.insert(db, newUser('ann@acme.test'));
    expect(created).toMatchObject({ orgId, email: 'ann@acme.test', name: 'Ann', role: 'RECRUITER' });
    expect(await userStore.insert(db, newUser('ann@acme.test', otherOrgId))).toBeNull();
    expect(await userStore.isEmailTaken(db, 'ann@acme.test')).toBe(true);
    expect(await userStore.withPasswordByEmail(db, 'ann@acme.test')).toEqual({ user: created, passwordHash: 'h' });
    expect(await userStore.byId(db, created!.id)).toEqual(created);
  });

  it('adds a user with a fixed id only when neither the id nor the email is taken', async () => {
    const id = randomUUID();
    expect(await userStore.insertIfAbsent(db, { ...newUser('fixed@acme.test'), id })).toBe(true);
    expect(await userStore.insertIfAbsent(db, { ...newUser('fixed@acme.test'), id })).toBe(false);
    expect(await userStore.insertIfAbsent(db, { ...newUser('other@acme.test'), id })).toBe(false);
    expect(await userStore.existingEmails(db, ['fixed@acme.test', 'other@acme.test'])).toEqual(new Set(['fixed@acme.test']));
  });

  it("reads users of one organisation only: another's ids and ids that are not uuids are none", async () => {
    const mine = (await userStore.insert(db, newUser('mine@acme.test')))!;
    const theirs = (await userStore.insert(db, newUser('theirs@other.test', otherOrgId)))!;
    expect((await userStore.ofOrg(db, orgId, [mine.id, theirs.id])).map((u) => u.id)).toEqual([mine.id]);
    expect(await orgUserIds(db, orgId, [mine.id, theirs.id, 'not-a-uuid', mine.id])).toEqual(new Set([mine.id]));
    expect(await orgUserIds(db, orgId, ['not-a-uuid'])).toEqual(new Set());
  });
});
