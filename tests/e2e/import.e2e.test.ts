import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelationalStore, SqlExecutor } from '../../data/ports.ts';
import { importTalentRows } from '../../subgraphs/talent/sync/talent-import.ts';
import { generateImportRows } from '../support/import-rows.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const IMPORT = `mutation($rows: [ImportTalentRow!]!) {
  importTalents(rows: $rows) {
    created updated unchanged errors
    rows { index externalId outcome errorCode error field talent { id name latinName chineseName headline skills emails phones location source version tags { name } } }
  }
}`;
const LEAN_IMPORT = `mutation($rows: [ImportTalentRow!]!) {
  importTalents(rows: $rows) { created updated unchanged errors rows { outcome talent { id version } } }
}`;

interface RowResult {
  index: number;
  externalId: string;
  outcome: string;
  errorCode: string | null;
  error: string | null;
  field: string | null;
  talent: {
    id: string;
    name: string;
    latinName: string | null;
    chineseName: string | null;
    headline: string | null;
    skills: string[];
    emails: string[];
    phones: string[];
    location: string | null;
    source: string;
    version: number;
    tags: { name: string }[];
  } | null;
}
interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  rows: RowResult[];
}

describe.each(STACK_MODES)('importTalents ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let db: RelationalStore;
  let source: string;
  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    db = t.stack.runtime.data.stores.relational;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });
  // Each test imports from a source of its own, so the tests stay apart in one organisation.
  let sources = 0;
  const nextSource = () => (source = `upstream-${++sources}`);
  const importRows = async (rows: Record<string, unknown>[], options: { token?: string | null; headers?: Record<string, string> } = {}) =>
    t.request<{ importTalents: ImportResult }>(IMPORT, { rows }, options);
  const ok = async (rows: Record<string, unknown>[]) => {
    const response = await importRows(rows);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.importTalents;
  };
  const count = async (sql: string, params: unknown[] = []) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;
  const talentCount = () => count('talents WHERE org_id = $1', [t.orgId]);
  const footprint = async () => ({
    talents: await talentCount(),
    outbox: await count('outbox WHERE org_id = $1', [t.orgId]),
    audit: await count('audit_log WHERE org_id = $1', [t.orgId]),
    keys: await count('talent_external_ids WHERE org_id = $1', [t.orgId]),
  });

  it.runIf(available)('creates, updates, leaves unchanged and refuses, row by row, with reasons', async () => {
    nextSource();
    const wei = {
      source,
      externalId: 'A-1',
      chineseName: '张伟',
      latinName: 'Wei Zhang',
      headline: 'Backend Engineer @ ByteDance',
      skills: ['Go', 'Kubernetes', 'go'],
      emails: ['Wei.Zhang@Example.com'],
      phones: ['138 1234 5678'],
      location: 'Shanghai',
      tags: ['legacy', 'Legacy'],
    };
    const first = await ok([
      wei,
      { source, externalId: 'A-2', name: 'Emma Evans', emails: ['emma@example.com', 'not an address'] },
      { source, externalId: 'A-3', headline: 'No name at all' },
      { source, externalId: 'A-4', name: 'Noah Nguyen', yearsOfExperience: 71 },
    ]);
    expect(first).toMatchObject({ created: 1, updated: 0, unchanged: 0, errors: 3 });
    const [created, badEmail, noName, tooOld] = first.rows;
    expect(created).toMatchObject({ index: 0, externalId: 'A-1', outcome: 'CREATED', errorCode: null, error: null, field: null });
    expect(created!.talent).toMatchObject({
      name: 'Wei Zhang',
      chineseName: '张伟',
      latinName: 'Wei Zhang',
      skills: ['Go', 'Kubernetes'],
      emails: ['wei.zhang@example.com'],
      phones: ['+8613812345678'],
      source: 'IMPORT',
      version: 1,
      tags: [{ name: 'legacy' }],
    });
    expect(badEmail).toMatchObject({
      index: 1,
      externalId: 'A-2',
      outcome: 'ERROR',
      errorCode: 'BAD_USER_INPUT',
      field: 'emails.1',
      talent: null,
    });
    expect(badEmail!.error).toMatch(/e-mail/);
    expect(noName).toMatchObject({
      outcome: 'ERROR',
      errorCode: 'BAD_USER_INPUT',
      field: 'name',
      error: 'a talent needs a name, latinName or chineseName',
    });
    expect(tooOld).toMatchObject({ outcome: 'ERROR', errorCode: 'BAD_USER_INPUT', field: 'yearsOfExperience' });

    // The same row, spelled differently (case, spacing): the same once normalised, so nothing is written.
    const before = await footprint();
    const again = await ok([{ ...wei, emails: ['  WEI.ZHANG@example.COM '], phones: ['+86 138-1234-5678'] }]);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, errors: 0 });
    expect(again.rows[0]).toMatchObject({ outcome: 'UNCHANGED', talent: { id: created!.talent!.id, version: 1 } });
    expect(await footprint()).toEqual(before);

    // A local edit, then an upstream change: upstream wins for the fields it sends, the others are kept.
    const edit = await t.request('mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { version } }', {
      input: { id: created!.talent!.id, version: 1, location: 'Hangzhou', headline: 'edited locally' },
    });
    expect(edit.body.errors).toBeUndefined();
    const update = await ok([{ source, externalId: 'A-1', headline: 'Staff Engineer @ ByteDance', location: null }]);
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: 0 });
    expect(update.rows[0]!.talent).toMatchObject({
      id: created!.talent!.id,
      headline: 'Staff Engineer @ ByteDance',
      location: null,
      name: 'Wei Zhang',
      skills: ['Go', 'Kubernetes'],
      emails: ['wei.zhang@example.com'],
      version: 3,
    });
    const [audit] = await db.query<{ action: string; actor_kind: string; after: Record<string, unknown> }>(
      `SELECT action, actor_kind, after FROM audit_log WHERE org_id = $1 AND talent_id = $2 ORDER BY id DESC LIMIT 1`,
      [t.orgId, created!.talent!.id],
    );
    expect(audit).toMatchObject({
      action: 'talent.import',
      actor_kind: 'USER',
      after: { changed: ['headline', 'location'], version: 3, externalSource: source, externalId: 'A-1' },
    });
    const timeline = await t.request<{ talent: { timeline: { edges: { node: { kind: string; summary: string } }[] } } }>(
      'query($id: ID!) { talent(id: $id) { timeline(first: 5) { edges { node { kind summary } } } } }',
      { id: created!.talent!.id },
    );
    expect(timeline.body.data?.talent.timeline.edges[0]?.node).toEqual({ kind: 'TALENT_IMPORTED', summary: `Imported from ${source}` });
  });

  it.runIf(available)('a bad row leaves nothing of itself and does not stop the others', async () => {
    nextSource();
    const before = await footprint();
    const rows = generateImportRows(5, { source, prefix: 'b-', seed: 11 }) as unknown as Record<string, unknown>[];
    rows[2] = { ...rows[2], phones: ['12345'], tags: ['ok'] };
    const result = await ok(rows);
    expect(result).toMatchObject({ created: 4, errors: 1 });
    expect(result.rows.map((r) => r.outcome)).toEqual(['CREATED', 'CREATED', 'ERROR', 'CREATED', 'CREATED']);
    expect(result.rows[2]).toMatchObject({ errorCode: 'BAD_USER_INPUT', field: 'phones.0', externalId: 'b-2', talent: null });
    expect(await footprint()).toEqual({
      talents: before.talents + 4,
      outbox: before.outbox + 4,
      audit: before.audit + 4,
      keys: before.keys + 4,
    });
    expect(await count('talent_external_ids WHERE org_id = $1 AND source = $2 AND external_id = $3', [t.orgId, source, 'b-2'])).toBe(0);
    expect(await count('talents WHERE org_id = $1 AND $2 = ANY (emails)', [t.orgId, (rows[2]!.emails as string[])[0]])).toBe(0);
  });

  it.runIf(available)('refuses a call of 1,001 rows whole; an empty call is an empty result', async () => {
    nextSource();
    const before = await footprint();
    const tooMany = await importRows(Array.from({ length: 1_001 }, (_, i) => ({ source, externalId: `x-${i}`, name: `Person ${i}` })));
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    expect(tooMany.body.errors?.[0]?.message).toMatch(/at most 1,000 rows/);
    expect(await footprint()).toEqual(before);
    expect(await ok([])).toEqual({ created: 0, updated: 0, unchanged: 0, errors: 0, rows: [] });
  });

  it.runIf(available)(
    'applies the first row of a key and refuses its repeats in the same call; bad identities are row errors',
    async () => {
      nextSource();
      const result = await ok([
        { source, externalId: 'd-1', name: 'First Spelling' },
        { source, externalId: 'd-1', name: 'Second Spelling' },
        { source: 'Bad Source!', externalId: 'd-2', name: 'Bad Source' },
        { source, externalId: '', name: 'No Id' },
        { source: 'other-system', externalId: 'd-1', name: 'Same id, other system' },
      ]);
      expect(result.rows.map((r) => [r.outcome, r.errorCode, r.field])).toEqual([
        ['CREATED', null, null],
        ['ERROR', 'DUPLICATE_IN_BATCH', 'externalId'],
        ['ERROR', 'BAD_USER_INPUT', 'source'],
        ['ERROR', 'BAD_USER_INPUT', 'externalId'],
        ['CREATED', null, null],
      ]);
      expect(result.rows[0]!.talent!.name).toBe('First Spelling');
    },
  );

  it.runIf(available)('skips a row older than the last imported upstream timestamp of its key', async () => {
    nextSource();
    const created = await ok([{ source, externalId: 'o-1', name: 'Olivia Okafor', headline: 'v2', updatedAt: '2026-03-02T00:00:00.000Z' }]);
    const id = created.rows[0]!.talent!.id;
    const before = await footprint();
    const older = await ok([{ source, externalId: 'o-1', name: 'Olivia Okafor', headline: 'v1', updatedAt: '2026-03-01T00:00:00.000Z' }]);
    expect(older.rows[0]).toMatchObject({ outcome: 'UNCHANGED', talent: { id, headline: 'v2', version: 1 } });
    expect(await footprint()).toEqual(before);
    const newer = await ok([{ source, externalId: 'o-1', name: 'Olivia Okafor', headline: 'v3', updatedAt: '2026-03-03T00:00:00.000Z' }]);
    expect(newer.rows[0]).toMatchObject({ outcome: 'UPDATED', talent: { id, headline: 'v3', version: 2 } });
    // Without a timestamp a changed row applies; the newest timestamp seen is kept.
    const undated = await ok([{ source, externalId: 'o-1', name: 'Olivia Okafor', headline: 'v4' }]);
    expect(undated.rows[0]).toMatchObject({ outcome: 'UPDATED', talent: { headline: 'v4' } });
    const late = await ok([{ source, externalId: 'o-1', name: 'Olivia Okafor', headline: 'v2.5', updatedAt: '2026-03-02T12:00:00.000Z' }]);
    expect(late.rows[0]).toMatchObject({ outcome: 'UNCHANGED', talent: { headline: 'v4' } });
  });

  it.runIf(available)("never recreates an erased person; a merged talent's key applies to the talent kept", async () => {
    nextSource();
    const created = await ok([
      { source, externalId: 'e-1', name: 'Erin Erased' },
      { source, externalId: 'm-1', name: 'Mia Merged' },
      { source, externalId: 'k-1', name: 'Mia Kept' },
    ]);
    const [erased, merged, kept] = created.rows.map((r) => r.talent!.id);
    // Tombstones as erasure and merge leave them (the key of a merged talent may not have moved yet).
    await db.query(`UPDATE talents SET status = 'ERASED', name = 'erased', emails = '{}' WHERE org_id = $1 AND id = $2`, [t.orgId, erased]);
    await db.query(`UPDATE talents SET status = 'MERGED', merged_into = $3 WHERE org_id = $1 AND id = $2`, [t.orgId, merged, kept]);
    const before = await talentCount();
    const result = await ok([
      { source, externalId: 'e-1', name: 'Erin Erased', emails: ['erin@example.com'] },
      { source, externalId: 'm-1', name: 'Mia Kept', headline: 'from the merged key' },
    ]);
    expect(result.rows[0]).toMatchObject({ outcome: 'ERROR', errorCode: 'ERASED', talent: null });
    expect(result.rows[0]!.error).toMatch(/erased/);
    expect(result.rows[1]).toMatchObject({ outcome: 'UPDATED', talent: { id: kept, headline: 'from the merged key', version: 2 } });
    expect(await talentCount()).toBe(before);
    const [key] = await db.query<{ talent_id: string }>(
      'SELECT talent_id FROM talent_external_ids WHERE org_id = $1 AND source = $2 AND external_id = $3',
      [t.orgId, source, 'm-1'],
    );
    expect(key!.talent_id).toBe(kept);
  });

  it.runIf(available)(
    'needs talent:write: VIEWER and HIRING_MANAGER are refused, RECRUITER and an API key with talent:write may',
    async () => {
      nextSource();
      const row = (id: string) => [{ source, externalId: id, name: `Role ${id}` }];
      for (const role of ['VIEWER', 'HIRING_MANAGER'] as const) {
        const refused = await importRows(row(role), { token: t.token([role]) });
        expect(refused.status).toBe(403);
        expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await count('talent_external_ids WHERE org_id = $1 AND source = $2', [t.orgId, source])).toBe(0);
      const anonymous = await importRows(row('anon'), { token: null });
      expect(anonymous.status).toBe(401);

      const recruiter = await importRows(row('RECRUITER'), { token: t.token(['RECRUITER']) });
      expect(recruiter.body.data?.importTalents.created).toBe(1);

      const key = await t.request<{ createApiKey: { secret: string } }>(
        'mutation { createApiKey(name: "upstream sync", scopes: ["talent:read", "talent:write"]) { secret } }',
        {},
        { token: t.token(['ADMIN']) },
      );
      expect(key.body.errors).toBeUndefined();
      const viaKey = await importRows(row('api-key'), { token: null, headers: { 'x-api-key': key.body.data!.createApiKey.secret } });
      expect(viaKey.body.errors).toBeUndefined();
      expect(viaKey.body.data?.importTalents.rows[0]).toMatchObject({ outcome: 'CREATED', talent: { source: 'IMPORT' } });
      const [audit] = await db.query<{ actor_kind: string }>(`SELECT actor_kind FROM audit_log WHERE org_id = $1 AND talent_id = $2`, [
        t.orgId,
        viaKey.body.data!.importTalents.rows[0]!.talent!.id,
      ]);
      expect(audit?.actor_kind).toBe('API_KEY');
    },
  );

  it.runIf(available)('writes nothing when the transaction fails, and says so on every valid row', async () => {
    nextSource();
    const before = await footprint();
    // The database fails on the last statement of the call: everything before it must roll back.
    const failing: RelationalStore = Object.create(db, {
      transaction: {
        value: <T>(fn: (tx: SqlExecutor) => Promise<T>) =>
          db.transaction((tx) =>
            fn({
              query: async <Row>(sql: string, params?: readonly unknown[]) => {
                if (sql.includes('INSERT INTO talent_external_ids')) throw new Error('connection reset');
                return tx.query<Row>(sql, params);
              },
            }),
          ),
      },
    });
    const { result, written } = await importTalentRows(failing, t.orgId, 'system', [
      { source, externalId: 'f-1', name: 'Fail One' },
      { source, externalId: 'f-2', name: 'Fail Two', emails: ['bad'] },
      { source, externalId: 'f-3', name: 'Fail Three' },
    ]);
    expect(written).toEqual([]);
    expect(result).toMatchObject({ created: 0, errors: 3 });
    expect(result.rows.map((r) => r.errorCode)).toEqual(['INTERNAL_SERVER_ERROR', 'BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']);
    expect(result.rows[0]!.error).toMatch(/no row of this call was applied/);
    expect(await footprint()).toEqual(before);
  });

  it.runIf(available)(
    'importing the same 10,000 rows a second time changes nothing and says so per row',
    async () => {
      nextSource();
      const rows = generateImportRows(10_000, { source, prefix: 'big-' });
      const batches = Array.from({ length: 10 }, (_, i) => rows.slice(i * 1_000, (i + 1) * 1_000));
      const send = async (batch: typeof rows) => {
        const response = await t.request<{
          importTalents: {
            created: number;
            unchanged: number;
            errors: number;
            rows: { outcome: string; talent: { id: string; version: number } }[];
          };
        }>(LEAN_IMPORT, { rows: batch });
        expect(response.body.errors).toBeUndefined();
        return response.body.data!.importTalents;
      };
      const firstVersions = new Map<string, number>();
      for (const batch of batches) {
        const result = await send(batch);
        expect(result).toMatchObject({ created: 1_000, errors: 0 });
        for (const row of result.rows) firstVersions.set(row.talent.id, row.talent.version);
      }
      expect(firstVersions.size).toBe(10_000);
      const before = await footprint();
      for (const batch of batches) {
        const result = await send(batch);
        expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 1_000, errors: 0 });
        expect(result.rows.every((row) => row.outcome === 'UNCHANGED' && firstVersions.get(row.talent.id) === row.talent.version)).toBe(
          true,
        );
      }
      expect(await footprint()).toEqual(before);
      expect(
        await count('talents WHERE org_id = $1 AND version <> 1 AND id = ANY ($2::uuid[])', [t.orgId, [...firstVersions.keys()]]),
      ).toBe(0);
    },
    300_000,
  );
});
