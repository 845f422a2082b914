/**
 * createTalent and createJob with an idempotency key (Stripe-like, per organisation): a retry answers the record the
 * first call created (no second row, outbox event or audit entry), other input with the key is IDEMPOTENCY_KEY_REUSED,
 * concurrent creates with one key make one record and all answer it, and a bad key is BAD_USER_INPUT naming the field.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_MODES, startTestStack, type GraphQLResponse, type TestStack } from '../support/stack.ts';

const CREATE = 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id name version } }';
type Created = { createTalent: { id: string; name: string; version: number } };

describe.each(STACK_MODES)('createTalent idempotency keys ($mode stores)', ({ mode, available }) => {
  let t: TestStack;

  beforeAll(async () => {
    if (available) t = await startTestStack(mode);
  }, 180_000);
  afterAll(async () => t?.close());

  const create = (input: Record<string, unknown>, orgId?: string): Promise<GraphQLResponse<Created>> =>
    t.request<Created>(CREATE, { input }, { token: t.token(['RECRUITER'], orgId) });
  const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

  /** How many talents, outbox events and audit entries a name has in this stack's organisation. */
  async function written(name: string): Promise<{ talents: number; events: number; audits: number }> {
    const [row] = await t.stack.runtime.data.stores.relational.query<{ talents: number; events: number; audits: number }>(
      `WITH named AS (SELECT id FROM talents WHERE org_id = $1 AND name = $2)
       SELECT (SELECT count(*)::int FROM named) AS talents,
              (SELECT count(*)::int FROM outbox WHERE org_id = $1 AND aggregate_id::text IN (SELECT id::text FROM named)) AS events,
              (SELECT count(*)::int FROM audit_log WHERE org_id = $1 AND action = 'talent.create'
                 AND entity_id::text IN (SELECT id::text FROM named)) AS audits`,
      [t.orgId, name],
    );
    return row!;
  }

  it.runIf(available)('the same key with the same input answers the first talent: one row, one event, one audit entry', async () => {
    const key = randomUUID();
    const name = `Idem ${key.slice(0, 8)}`;
    const input = { name, skills: ['Go', 'Rust'], emails: ['Idem@Example.com'], consent: [{ purpose: 'RECRUITING' }], idempotencyKey: key };
    const first = await create(input);
    expect(first.body.errors).toBeUndefined();
    // The same input as normalised (whitespace, e-mail case) and a consent's default time do not make it other input.
    const again = await create({ ...input, name: ` ${name} `, emails: ['idem@example.com'] });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.createTalent).toEqual(first.body.data!.createTalent);
    expect(await written(name)).toEqual({ talents: 1, events: 1, audits: 1 });
  });

  it.runIf(available)('the same key with other input is IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const key = randomUUID();
    const name = `Reused ${key.slice(0, 8)}`;
    expect((await create({ name, idempotencyKey: key })).body.errors).toBeUndefined();
    const other = await create({ name: `${name} B`, idempotencyKey: key });
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
    expect(other.body.data?.createTalent ?? null).toBeNull();
    expect(await written(`${name} B`)).toEqual({ talents: 0, events: 0, audits: 0 });
    expect(await written(name)).toEqual({ talents: 1, events: 1, audits: 1 });
  });

  it.runIf(available)('8 concurrent creates with one key make one talent, and all answer it', async () => {
    const key = randomUUID();
    const name = `Race ${key.slice(0, 8)}`;
    const responses = await Promise.all(Array.from({ length: 8 }, () => create({ name, skills: ['Go'], idempotencyKey: key })));
    for (const response of responses) expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(new Set(responses.map((r) => r.body.data!.createTalent.id)).size).toBe(1);
    expect(await written(name)).toEqual({ talents: 1, events: 1, audits: 1 });
  });

  it.runIf(available)('a key is the organisation’s: another organisation’s use of it is its own talent', async () => {
    const key = randomUUID();
    const name = `Scoped ${key.slice(0, 8)}`;
    const ours = await create({ name, idempotencyKey: key });
    const otherOrg = randomUUID();
    await t.stack.runtime.data.stores.relational.query('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [
      otherOrg,
      `other-${key}`,
      'Other',
    ]);
    const theirs = await create({ name, idempotencyKey: key }, otherOrg);
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data!.createTalent.id).not.toBe(ours.body.data!.createTalent.id);
  });

  it.runIf(available)('a key that is empty, too long or not printable is BAD_USER_INPUT on idempotencyKey; nothing written', async () => {
    const name = `Bad key ${randomUUID().slice(0, 8)}`;
    for (const idempotencyKey of ['', 'k'.repeat(101), 'tab\there', 'zero\u200bwidth']) {
      const response = await create({ name, idempotencyKey });
      expect(codeOf(response), JSON.stringify(idempotencyKey)).toBe('BAD_USER_INPUT');
      expect(response.body.errors?.[0]?.extensions?.field).toBe('idempotencyKey');
    }
    expect(await written(name)).toEqual({ talents: 0, events: 0, audits: 0 });
    // 100 characters, any script, spaces included, is a key.
    expect((await create({ name, idempotencyKey: `键 ${'k'.repeat(98)}` })).body.errors).toBeUndefined();
  });

  it.runIf(available)('an erased talent forgets its key: the key may create again', async () => {
    const key = randomUUID();
    const name = `Erased ${key.slice(0, 8)}`;
    const first = await create({ name, idempotencyKey: key });
    const id = first.body.data!.createTalent.id;
    const { relational } = t.stack.runtime.data.stores;
    const [row] = await relational.query<{ idempotency_key: string | null }>('SELECT idempotency_key FROM talents WHERE id = $1', [id]);
    expect(row!.idempotency_key).toBe(key);
    const erased = await t.request('mutation($id: ID!) { eraseTalent(id: $id) { __typename } }', { id }, { token: t.token(['ADMIN']) });
    expect(erased.body.errors).toBeUndefined();
    const [after] = await relational.query<{ idempotency_key: string | null; idempotency_hash: string | null }>(
      'SELECT idempotency_key, idempotency_hash FROM talents WHERE id = $1',
      [id],
    );
    expect(after).toEqual({ idempotency_key: null, idempotency_hash: null });
    const again = await create({ name, idempotencyKey: key });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.createTalent.id).not.toBe(id);
  });
});

describe.each(STACK_MODES)('createJob idempotency keys ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const CREATE_JOB = 'mutation($input: CreateJobInput!) { createJob(input: $input) { id title version } }';
  type CreatedJob = { createJob: { id: string; title: string; version: number } };

  beforeAll(async () => {
    if (available) t = await startTestStack(mode);
  }, 180_000);
  afterAll(async () => t?.close());

  const create = (input: Record<string, unknown>) => t.request<CreatedJob>(CREATE_JOB, { input }, { token: t.token(['RECRUITER']) });
  const jobs = async (title: string) =>
    (
      await t.stack.runtime.data.stores.relational.query<{ jobs: number; audits: number }>(
        `WITH titled AS (SELECT id FROM jobs WHERE org_id = $1 AND title = $2)
         SELECT (SELECT count(*)::int FROM titled) AS jobs,
                (SELECT count(*)::int FROM audit_log WHERE org_id = $1 AND action = 'job.create'
                   AND entity_id::text IN (SELECT id::text FROM titled)) AS audits`,
        [t.orgId, title],
      )
    )[0]!;

  it.runIf(available)('a retry answers the first job; other input is IDEMPOTENCY_KEY_REUSED; 8 concurrent creates make one', async () => {
    const key = randomUUID();
    const title = `Idem job ${key.slice(0, 8)}`;
    const input = { title, requiredSkills: ['Go'], idempotencyKey: key };
    const first = await create(input);
    expect(first.body.errors).toBeUndefined();
    const again = await create({ ...input, title: ` ${title} ` });
    expect(again.body.data!.createJob).toEqual(first.body.data!.createJob);
    const other = await create({ ...input, requiredSkills: ['Rust'] });
    expect(other.body.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(await jobs(title)).toEqual({ jobs: 1, audits: 1 });

    const raceKey = randomUUID();
    const raceTitle = `Race job ${raceKey.slice(0, 8)}`;
    const responses = await Promise.all(Array.from({ length: 8 }, () => create({ title: raceTitle, idempotencyKey: raceKey })));
    for (const response of responses) expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    expect(new Set(responses.map((r) => r.body.data!.createJob.id)).size).toBe(1);
    expect(await jobs(raceTitle)).toEqual({ jobs: 1, audits: 1 });
  });

  it.runIf(available)('a bad key is BAD_USER_INPUT on idempotencyKey', async () => {
    for (const idempotencyKey of ['', 'k'.repeat(101)]) {
      const response = await create({ title: 'Bad key job', idempotencyKey });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    }
  });
});
