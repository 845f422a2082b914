import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import type { RelationalStore } from '../../data/ports.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import type { NewTalent } from '../../data/records/talent-record.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { auditAttributesOf } from '../../subgraphs/matching/audit/audit-attribute-store.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const EXPORT = `query($id: ID!) { exportTalentData(id: $id) { talentId exportedAt relational graph vector search cache } }`;
/** The export's part the matching subgraph adds: the audit attributes, read through their owner there. */
const EXPORT_AUDIT = `query($id: ID!) { exportTalentData(id: $id) { talentId auditAttributes { name value recordedAt } } }`;
/** The report; `auditAttributes` is the matching subgraph's part (the attributes the tombstone trigger removed). */
const ERASE = `mutation($id: ID!) { eraseTalent(id: $id) { talentId erasedAt stores { store removed } auditAttributes } }`;

interface ExportResult {
  talentId: string;
  exportedAt: string;
  relational: string;
  graph: string;
  vector: string;
  search: string;
  cache: string;
}
interface EraseResult {
  talentId: string;
  erasedAt: string;
  stores: { store: string; removed: string[] }[];
  auditAttributes: string[];
}

// What identifies the person: none of it may be found anywhere after the erasure.
const EMAIL = 'erasmus.qiao@privacy.example';
const PHONE = '+8613711112222';
const LATIN = 'Erasmus Qiaolindqvist';
const CHINESE = '乔琳德';
const PERSON: NewTalent = {
  name: LATIN,
  latinName: LATIN,
  chineseName: CHINESE,
  headline: 'Haskell wizard at Zorblax',
  skills: ['Haskell', 'Elm'],
  emails: [EMAIL],
  phones: [PHONE],
  location: 'Hangzhou',
  currentCompany: 'Zorblax',
  companies: ['Zorblax'],
  schools: ['Zhejiang University'],
  links: [{ kind: 'GITHUB', url: 'https://github.com/erasmusqiaolindqvist' }],
};

/** Every table of the database with a row whose text contains `needle` (rows cast to text: every column). */
async function tablesContaining(db: RelationalStore, needle: string): Promise<string[]> {
  const tables = await db.query<{ name: string }>(
    "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'",
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${name} t WHERE t::text ILIKE $1`, [`%${needle}%`]);
    if (row!.n > 0) found.push(name);
  }
  return found;
}

describe.each(STACK_MODES)('personal-data export and erasure ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let admin: string;
  const otherOrg = randomUUID();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    admin = t.token(['ADMIN']);
    const db = t.stack.runtime.data.stores.relational;
    const [person, friend] = await createTalents(db, t.orgId, [PERSON, { name: 'Fiona Friend', headline: null, skills: ['Go'] }]);
    ids.person = person!.id;
    ids.friend = friend!.id;
    const [job] = await db.query<{ id: string }>(`INSERT INTO jobs (org_id, title) VALUES ($1, 'Compiler Engineer') RETURNING id`, [
      t.orgId,
    ]);
    const [application] = await db.query<{ id: string }>(
      `INSERT INTO applications (org_id, talent_id, job_id, stage, status, rejection_reason) VALUES ($1, $2, $3, 'rejected', 'REJECTED', $4) RETURNING id`,
      [t.orgId, ids.person, job!.id, `${LATIN} asked for too much`],
    );
    ids.application = application!.id;
    await db.query(
      `INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage, reason) VALUES ($1, $2, NULL, 'applied', NULL), ($1, $2, 'applied', 'rejected', $3)`,
      [t.orgId, ids.application, `mailed ${EMAIL}`],
    );
    await db.query(`INSERT INTO notes (org_id, talent_id, body) VALUES ($1, $2, $3), ($1, $2, 'second note')`, [
      t.orgId,
      ids.person,
      `Call ${PHONE} or ${EMAIL}`,
    ]);
    const [tag] = await db.query<{ id: string }>(`INSERT INTO tags (org_id, name) VALUES ($1, 'functional') RETURNING id`, [t.orgId]);
    await db.query(`INSERT INTO talent_tags (org_id, talent_id, tag_id) VALUES ($1, $2, $3)`, [t.orgId, ids.person, tag!.id]);
    const [pool] = await db.query<{ id: string }>(`INSERT INTO talent_pools (org_id, name) VALUES ($1, 'Hangzhou FP') RETURNING id`, [
      t.orgId,
    ]);
    await db.query(`INSERT INTO talent_pool_members (org_id, pool_id, talent_id) VALUES ($1, $2, $3)`, [t.orgId, pool!.id, ids.person]);
    await db.query(`INSERT INTO talent_relationships (org_id, from_id, to_id, type, detail) VALUES ($1, $2, $3, 'REFERRED_BY', $4)`, [
      t.orgId,
      ids.person,
      ids.friend,
      JSON.stringify({ note: `${LATIN} met Fiona at ICFP` }),
    ]);
    await db.query(
      `INSERT INTO resumes (org_id, talent_id, filename, content_type, size, content, text, parsed, created_by)
       VALUES ($1, $2, 'cv.txt', 'text/plain', 40, convert_to($3, 'UTF8'), $3, $4, 'test')`,
      [
        t.orgId,
        ids.person,
        `${LATIN} ${CHINESE} ${EMAIL} ${PHONE}`,
        JSON.stringify({ name: { value: LATIN }, emails: [{ value: EMAIL }] }),
      ],
    );
    await db.query(`INSERT INTO talent_external_ids (org_id, source, external_id, talent_id) VALUES ($1, 'legacy-crm', 'row-77', $2)`, [
      t.orgId,
      ids.person,
    ]);
    await seedDemo(db, 0, otherOrg);
    const [foreign] = await createTalents(db, otherOrg, [{ name: 'Foreign Person', headline: null, skills: [] }]);
    ids.foreign = foreign!.id;
    // What each organisation recorded for fairness audits (matching's table, written as recordAuditAttributes writes it).
    await db.query(
      `INSERT INTO talent_audit_attributes (org_id, talent_id, name, value) VALUES ($1, $2, 'gender', 'woman'), ($1, $2, 'age_band', '30-39'), ($3, $4, 'gender', 'man')`,
      [t.orgId, ids.person, otherOrg, ids.foreign],
    );
    await t.stack.runtime.data.projector.drainUntilIdle();
  }, 240_000);
  afterAll(async () => {
    if (mode === 'real' && t) await t.stack.runtime.data.stores.graph.clearOrg(otherOrg).catch(() => undefined);
    await t?.close();
  });

  it.runIf(available)('exports everything held on the person, one JSON document per store', async () => {
    const response = await t.request<{ exportTalentData: ExportResult }>(EXPORT, { id: ids.person }, { token: admin });
    expect(response.body.errors).toBeUndefined();
    const data = response.body.data!.exportTalentData;
    expect(data.talentId).toBe(ids.person);
    const relational = JSON.parse(data.relational);
    expect(relational.talent).toMatchObject({ id: ids.person, name: LATIN, chinese_name: CHINESE, emails: [EMAIL], phones: [PHONE] });
    expect(relational.externalIds).toMatchObject([{ source: 'legacy-crm', external_id: 'row-77' }]);
    expect(relational.applications).toHaveLength(1);
    expect(relational.applications[0]).toMatchObject({ id: ids.application, jobTitle: 'Compiler Engineer', status: 'REJECTED' });
    expect(relational.applications[0].stageMoves.map((m: { to_stage: string }) => m.to_stage)).toEqual(['applied', 'rejected']);
    expect(relational.notes.map((n: { body: string }) => n.body).sort()).toEqual([`Call ${PHONE} or ${EMAIL}`, 'second note']);
    expect(relational.tags.map((x: { name: string }) => x.name)).toEqual(['functional']);
    expect(relational.pools.map((x: { name: string }) => x.name)).toEqual(['Hangzhou FP']);
    expect(relational.relationships).toMatchObject([{ from_id: ids.person, to_id: ids.friend, type: 'REFERRED_BY' }]);
    expect(relational.resumes).toHaveLength(1);
    expect(relational.resumes[0]).toMatchObject({
      filename: 'cv.txt',
      text: `${LATIN} ${CHINESE} ${EMAIL} ${PHONE}`,
      parsed: { name: { value: LATIN } },
    });
    expect(relational.resumes[0].contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(relational.resumes[0]).not.toHaveProperty('content');
    expect(relational.auditEntries.map((e: { action: string }) => e.action)).toContain('talent.create');

    const graph = JSON.parse(data.graph);
    expect(graph.node).toMatchObject({ id: ids.person, props: { name: LATIN } });
    expect(graph.edges.HAS_SKILL.map((n: { props: { name: string } }) => n.props.name).sort()).toEqual(['elm', 'haskell']);
    expect(graph.edges.WORKED_AT.map((n: { props: { name: string } }) => n.props.name)).toEqual(['Zorblax']);
    const vector = JSON.parse(data.vector);
    expect(vector).toMatchObject({
      stored: true,
      version: 1,
      model: t.stack.runtime.data.embedder.model,
      dimensions: t.stack.runtime.data.embedder.dimensions,
    });
    const search = JSON.parse(data.search);
    expect(search.document).toMatchObject({ id: ids.person, fields: { name: LATIN, skills: ['Haskell', 'Elm'] } });
    expect(JSON.parse(data.cache)).toMatchObject({ entries: [] });

    // The search that must come back empty after the erasure finds the person now.
    const tables = await tablesContaining(t.stack.runtime.data.stores.relational, EMAIL);
    expect(tables).toEqual(
      expect.arrayContaining([
        'public.talents',
        'public.notes',
        'public.resumes',
        'public.audit_log',
        'public.outbox',
        'public.application_stage_moves',
      ]),
    );
  });

  it.runIf(available)(
    'exports the audit attributes recorded for the person, read by the matching subgraph (their owner); a forged reference reads none',
    async () => {
      const response = await t.request<{
        exportTalentData: { talentId: string; auditAttributes: { name: string; value: string; recordedAt: string }[] };
      }>(EXPORT_AUDIT, { id: ids.person }, { token: admin });
      expect(response.body.errors).toBeUndefined();
      const { talentId, auditAttributes } = response.body.data!.exportTalentData;
      expect(talentId).toBe(ids.person);
      expect(auditAttributes.map(({ name, value }) => ({ name, value }))).toEqual([
        { name: 'age_band', value: '30-39' },
        { name: 'gender', value: 'woman' },
      ]);
      for (const { recordedAt } of auditAttributes) expect(new Date(recordedAt).toISOString()).toBe(recordedAt);

      // Matching's part called directly, as the gateway calls it: another organisation's talent or no
      // uuid resolves to nothing, a recruiter is FORBIDDEN and nobody UNAUTHENTICATED.
      const url = t.stack.subgraphs.matching!.url;
      const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on TalentDataExport { talentId auditAttributes { name } } } }`;
      const reference = (id: string) => ({ __typename: 'TalentDataExport', talentId: id });
      const direct = await t.request<{ _entities: unknown[] }>(
        entities,
        { r: [reference(ids.person!), reference(ids.foreign!), reference('nope')] },
        { url, token: admin },
      );
      expect(direct.body.errors).toBeUndefined();
      expect(direct.body.data?._entities).toEqual([
        { talentId: ids.person, auditAttributes: [{ name: 'age_band' }, { name: 'gender' }] },
        null,
        null,
      ]);
      for (const [token, code] of [
        [t.token(['RECRUITER']), 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        const refused = await t.request(entities, { r: [reference(ids.person!)] }, { url, token });
        expect(refused.body.errors?.[0]?.extensions?.code).toBe(code);
        expect(JSON.stringify(refused.body)).not.toContain('age_band');
      }
    },
  );

  it.runIf(available)("exports and erases for admins only; unknown and other organisations' ids look alike", async () => {
    for (const role of ['RECRUITER', 'VIEWER'] as const) {
      const token = t.token([role]);
      for (const query of [EXPORT, ERASE]) {
        const response = await t.request(query, { id: ids.person }, { token });
        expect(response.status).toBe(403);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    for (const id of [randomUUID(), ids.foreign, 'nope']) {
      const exported = await t.request<{ exportTalentData: unknown }>(EXPORT, { id }, { token: admin });
      expect(exported.body.data?.exportTalentData).toBeNull();
      const erased = await t.request(ERASE, { id }, { token: admin });
      expect(erased.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const [foreign] = await t.stack.runtime.data.stores.relational.query<{ status: string }>('SELECT status FROM talents WHERE id = $1', [
      ids.foreign,
    ]);
    expect(foreign!.status).toBe('ACTIVE');
  });

  describe('after an erasure', () => {
    let erased: EraseResult;
    beforeAll(async () => {
      if (!available) return;
      const response = await t.request<{ eraseTalent: EraseResult }>(ERASE, { id: ids.person }, { token: admin });
      expect(response.body.errors).toBeUndefined();
      erased = response.body.data!.eraseTalent;
      await t.stack.runtime.data.projector.drainUntilIdle();
      await t.stack.runtime.data.stores.search.refresh(TALENT_SEARCH_INDEX.name);
    }, 60_000);

    it.runIf(available)('reports what went from each store', () => {
      expect(erased.talentId).toBe(ids.person);
      expect(Object.fromEntries(erased.stores.map((s) => [s.store, s.removed]))).toEqual({
        relational: [
          'talent profile',
          '2 notes',
          '1 tag',
          '1 pool membership',
          '1 relationship',
          '1 resume',
          '1 audit entry scrubbed',
          '1 application kept without reasons',
          '1 upstream id kept (a re-import reports ERASED)',
          '1 outbox event scrubbed',
        ],
        graph: ['node and 4 edges'],
        vector: ['embedding'],
        search: ['search document'],
        cache: [],
      });
      // Matching's part, read by the table's owner: the names of the audit attributes removed, never their values.
      expect(erased.auditAttributes).toEqual(['age_band', 'gender']);
      expect(JSON.stringify(erased)).not.toMatch(/woman|30-39/);
    });

    it.runIf(available)("reads an erasure's audit attributes in the matching subgraph for admins of the organisation only", async () => {
      const url = t.stack.subgraphs.matching!.url;
      const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on EraseTalentResult { talentId auditAttributes } } }`;
      const reference = (id: string) => ({ __typename: 'EraseTalentResult', talentId: id });
      const direct = await t.request<{ _entities: unknown[] }>(
        entities,
        { r: [reference(ids.person!), reference(ids.foreign!), reference(ids.friend!), reference('nope')] },
        { url, token: admin },
      );
      expect(direct.body.errors).toBeUndefined();
      // Another organisation's talent and one never erased: nothing removed; no uuid: no report.
      expect(direct.body.data?._entities).toEqual([
        { talentId: ids.person, auditAttributes: ['age_band', 'gender'] },
        { talentId: ids.foreign, auditAttributes: [] },
        { talentId: ids.friend, auditAttributes: [] },
        null,
      ]);
      for (const [token, code] of [
        [t.token(['RECRUITER']), 'FORBIDDEN'],
        [null, 'UNAUTHENTICATED'],
      ] as const) {
        const refused = await t.request(entities, { r: [reference(ids.person!)] }, { url, token });
        expect(refused.body.errors?.[0]?.extensions?.code).toBe(code);
        expect(JSON.stringify(refused.body)).not.toContain('age_band');
      }
    });

    it.runIf(available)('finds the person nowhere in Postgres: no table holds the name, the e-mail or the phone', async () => {
      const db = t.stack.runtime.data.stores.relational;
      for (const needle of [EMAIL, PHONE, LATIN, 'Qiaolindqvist', CHINESE, 'erasmusqiaolindqvist']) {
        expect(await tablesContaining(db, needle), needle).toEqual([]);
      }
      const [row] = await db.query<Record<string, unknown>>(
        `SELECT status, name, erased_at IS NOT NULL AS erased, (SELECT count(*)::int FROM applications WHERE talent_id = $1) AS applications,
                (SELECT count(*)::int FROM talent_external_ids WHERE talent_id = $1) AS external_ids,
                (SELECT count(*)::int FROM audit_log WHERE talent_id = $1) AS audit,
                (SELECT count(*)::int FROM audit_log WHERE talent_id = $1 AND action <> 'talent.erase' AND (before IS NOT NULL OR after IS NOT NULL)) AS unscrubbed
         FROM talents WHERE id = $1`,
        [ids.person],
      );
      expect(row).toEqual({ status: 'ERASED', name: '[erased]', erased: true, applications: 1, external_ids: 1, audit: 2, unscrubbed: 0 });
    });

    it.runIf(available)('finds the person in no projection store either', async () => {
      const { graph, vector, search } = t.stack.runtime.data.stores;
      expect((await graph.getNodes('Talent', t.orgId, [ids.person!])).size).toBe(0);
      expect(await graph.count('Talent', t.orgId)).toBe(1);
      expect((await vector.get(TALENT_VECTOR_COLLECTION, t.orgId, [ids.person!])).size).toBe(0);
      expect(await vector.count(TALENT_VECTOR_COLLECTION, t.orgId)).toBe(1);
      expect((await search.get(TALENT_SEARCH_INDEX.name, t.orgId, [ids.person!])).size).toBe(0);
      for (const text of ['Erasmus', 'Qiaolindqvist', 'Haskell', CHINESE]) {
        expect((await search.search(TALENT_SEARCH_INDEX.name, t.orgId, { text, first: 10 })).total, text).toBe(0);
      }
      const semantic = await t.request<{ search: { edges: { node: { id: string } }[] } }>(
        'query($q: String!) { search(query: $q, mode: SEMANTIC, first: 10) { edges { node { id } } } }',
        { q: `${LATIN} Haskell Elm Zorblax` },
      );
      expect(semantic.body.data!.search.edges.map((e) => e.node.id)).not.toContain(ids.person);
    });

    it.runIf(available)(
      'holds no audit attribute of the person any more (the tombstone trigger); the other organisation keeps its own',
      async () => {
        const db = t.stack.runtime.data.stores.relational;
        expect(await auditAttributesOf(db, t.orgId, ids.person!)).toEqual([]);
        expect((await auditAttributesOf(db, otherOrg, ids.foreign!)).map((a) => a.value)).toEqual(['man']);
      },
    );

    it.runIf(available)('reads as gone: no talent, no export, and a second erasure is NOT_FOUND', async () => {
      const read = await t.request<{ talent: unknown }>('query($id: ID!) { talent(id: $id) { id } }', { id: ids.person });
      expect(read.body.data?.talent).toBeNull();
      const exported = await t.request<{ exportTalentData: unknown }>(EXPORT, { id: ids.person }, { token: admin });
      expect(exported.body.data?.exportTalentData).toBeNull();
      const again = await t.request(ERASE, { id: ids.person }, { token: admin });
      expect(again.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    });
  });
});
