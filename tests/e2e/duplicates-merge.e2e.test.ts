import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { nameSimilarity } from '../../subgraphs/talent/records/duplicates.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import type { NewTalent } from '../../data/records/talent-record.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const DUPLICATES = `query($id: ID!) { talentDuplicates(id: $id) { talent { id name } reasons confidence explanation } }`;
const MERGE = `mutation($keepId: ID!, $mergeIds: [ID!]!) {
  mergeTalents(keepId: $keepId, mergeIds: $mergeIds) {
    talent { id name skills emails phones companies latinName chineseName headline version }
    mergedIds movedApplications movedNotes movedResumes movedRelationships
  }
}`;

interface Candidate {
  talent: { id: string; name: string };
  reasons: string[];
  confidence: number;
  explanation: string;
}
interface MergeResult {
  talent: {
    id: string;
    name: string;
    skills: string[];
    emails: string[];
    phones: string[];
    companies: string[];
    latinName: string | null;
    chineseName: string | null;
    headline: string | null;
    version: number;
  };
  mergedIds: string[];
  movedApplications: number;
  movedNotes: number;
  movedResumes: number;
  movedRelationships: number;
}

const talent = (name: string, fields: Partial<NewTalent> = {}): NewTalent => ({ name, headline: null, skills: [], ...fields });

describe('name similarity', () => {
  it('treats reordered, accented, misspelt and Chinese names as similar, and different people as not', () => {
    expect(nameSimilarity('Zhang Wei', 'Wei Zhang')).toBe(1);
    expect(nameSimilarity('ZhangWei', 'Zhang Wei')).toBe(1);
    expect(nameSimilarity('José García', 'jose garcia')).toBe(1);
    expect(nameSimilarity('张伟', '张 伟')).toBe(1);
    expect(nameSimilarity('Jon Smith', 'John Smith')).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity('J. Smith', 'John Smith')).toBeGreaterThanOrEqual(0.85);
    expect(nameSimilarity('Jane Smith', 'John Smith')).toBeLessThan(0.85);
    expect(nameSimilarity('Wei Wang', 'Wei Zhang')).toBeLessThan(0.85);
    expect(nameSimilarity('张伟', '张玮')).toBeLessThan(0.85);
    expect(nameSimilarity('张伟', 'Zhang Wei')).toBe(0);
  });
});

describe.each(STACK_MODES)('duplicates and merge ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const otherOrg = randomUUID();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    const db = t.stack.runtime.data.stores.relational;
    const created = await createTalents(db, t.orgId, [
      talent('Wei Zhang', {
        latinName: 'Wei Zhang',
        emails: ['wei.zhang@example.com'],
        phones: ['+8613800138000'],
        companies: ['Alibaba'],
        currentCompany: 'Alibaba',
        skills: ['Go'],
      }),
      talent('张伟', {
        chineseName: '张伟',
        latinName: 'Zhang Wei',
        companies: ['阿里巴巴'],
        employments: [{ company: 'ALIBABA', title: 'Engineer', start: '2019-01', end: null }],
        emails: ['zw@other.cn'],
      }),
      talent('W. Zhang', { emails: ['wei.zhang@example.com'], skills: ['Rust'] }),
      talent('Somebody Else', { phones: ['+8613800138000'] }),
      talent('John Smith', { companies: ['Tencent'] }),
      talent('Jon Smith', { currentCompany: 'tencent' }),
      talent('Jane Smith', { companies: ['Tencent'] }),
      talent('John Smith', { companies: ['ByteDance'] }),
    ]);
    ['wei', 'zhangWei', 'wZhang', 'samePhone', 'john', 'jon', 'jane', 'johnElsewhere'].forEach((key, i) => (ids[key] = created[i]!.id));
    await seedDemo(db, 0, otherOrg);
    const [foreign] = await createTalents(db, otherOrg, [
      talent('Wei Zhang', { emails: ['wei.zhang@example.com'], companies: ['Alibaba'] }),
    ]);
    ids.foreign = foreign!.id;
    await t.stack.runtime.data.projector.drainUntilIdle();
  }, 240_000);
  afterAll(async () => {
    if (mode === 'real' && t) await t.stack.runtime.data.stores.graph.clearOrg(otherOrg).catch(() => undefined);
    await t?.close();
  });

  async function duplicatesOf(id: string, token?: string) {
    const response = await t.request<{ talentDuplicates: Candidate[] }>(DUPLICATES, { id }, token ? { token } : {});
    return response;
  }

  it.runIf(available)('finds the same e-mail, the same phone and a similar name at the same company, most likely first', async () => {
    const response = await duplicatesOf(ids.wei!);
    expect(response.body.errors).toBeUndefined();
    const found = response.body.data!.talentDuplicates;
    expect(found.map((c) => [c.talent.id, c.reasons])).toEqual([
      [ids.wZhang, ['SAME_EMAIL']],
      [ids.samePhone, ['SAME_PHONE']],
      [ids.zhangWei, ['SIMILAR_NAME_SAME_COMPANY']],
    ]);
    expect(found[0]!.explanation).toBe('e-mail wei.zhang@example.com');
    expect(found[2]!.explanation).toContain('"Zhang Wei" ~ "Wei Zhang" at');
    expect(found.every((c, i) => c.confidence > 0 && c.confidence <= 1 && (i === 0 || c.confidence <= found[i - 1]!.confidence))).toBe(
      true,
    );

    const smiths = (await duplicatesOf(ids.john!)).body.data!.talentDuplicates;
    expect(smiths.map((c) => c.talent.id)).toEqual([ids.jon]);
    expect(smiths[0]!.explanation).toMatch(/^similar name \(0\.\d+\) "Jon Smith" ~ "John Smith" at tencent$/i);
  });

  it.runIf(available)('costs the same few queries whatever the number of candidates', async () => {
    // The talent, the preselected candidates, the matched candidates' records: 3 for 3 candidates as for 1.
    const counts: number[] = [];
    for (const id of [ids.wei!, ids.john!]) {
      const before = roundTripTotals();
      expect((await duplicatesOf(id)).body.errors).toBeUndefined();
      counts.push(diffRoundTrips(roundTripTotals(), before).relational);
    }
    expect(counts).toEqual([3, 3]);
  });

  it.runIf(available)("refuses unknown and other organisations' ids alike, and needs talent:read", async () => {
    for (const id of [randomUUID(), ids.foreign!, 'not-an-id']) {
      const response = await duplicatesOf(id);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const anonymous = await t.request(DUPLICATES, { id: ids.wei }, { token: null });
    expect(anonymous.status).toBe(401);
    const viewer = await duplicatesOf(ids.wei!, t.token(['VIEWER']));
    expect(viewer.body.data?.talentDuplicates).toHaveLength(3);
  });

  describe('merging', () => {
    const m: Record<string, string> = {};
    let result: MergeResult;

    beforeAll(async () => {
      if (!available) return;
      const db = t.stack.runtime.data.stores.relational;
      const created = await createTalents(db, t.orgId, [
        talent('Keeper Quill', { emails: ['keep@merge.test'], skills: ['Go', 'SQL'], companies: ['Meituan'], latinName: 'Keeper Quill' }),
        talent('Mergeone Quill', {
          emails: ['one@merge.test', 'KEEP@merge.test'.toLowerCase()],
          phones: ['+8613900000001'],
          skills: ['go', 'Kafka'],
          chineseName: '奎尔',
          headline: 'Backend engineer',
        }),
        talent('Mergetwo Quill', {
          emails: ['two@merge.test'],
          skills: ['Flink'],
          companies: ['meituan', 'JD'],
          schools: ['Fudan University'],
        }),
        talent('Xavier Friend', { skills: ['Java'] }),
      ]);
      ['keep', 'one', 'two', 'friend'].forEach((key, i) => (m[key] = created[i]!.id));
      const [job1, job2] = await db.query<{ id: string }>(
        `INSERT INTO jobs (org_id, title) VALUES ($1, 'Backend Engineer'), ($1, 'Data Engineer') RETURNING id`,
        [t.orgId],
      );
      m.job1 = job1!.id;
      m.job2 = job2!.id;
      const apps = await db.query<{ id: string; talent_id: string; job_id: string }>(
        `INSERT INTO applications (org_id, talent_id, job_id, stage) VALUES ($1, $2, $4, 'screening'), ($1, $3, $4, 'interview'), ($1, $5, $6, 'applied')
         RETURNING id, talent_id, job_id`,
        [t.orgId, m.keep, m.one, m.job1, m.two, m.job2],
      );
      const appOf = (talentId: string, jobId: string) => apps.find((a) => a.talent_id === talentId && a.job_id === jobId)!.id;
      m.keepApp = appOf(m.keep!, m.job1!);
      m.oneApp = appOf(m.one!, m.job1!);
      m.twoApp = appOf(m.two!, m.job2!);
      await db.query(
        `INSERT INTO application_stage_moves (org_id, application_id, from_stage, to_stage) VALUES
           ($1, $2, NULL, 'applied'), ($1, $2, 'applied', 'screening'), ($1, $3, NULL, 'applied'), ($1, $3, 'applied', 'interview'), ($1, $4, NULL, 'applied')`,
        [t.orgId, m.keepApp, m.oneApp, m.twoApp],
      );
      await db.query(
        `INSERT INTO notes (org_id, talent_id, application_id, body) VALUES ($1, $2, $5, 'phone screen went well'), ($1, $2, NULL, 'met at QCon'), ($1, $3, NULL, 'likes Flink'), ($1, $4, $6, 'keeper note')`,
        [t.orgId, m.one, m.two, m.keep, m.keepApp, m.keepApp],
      );
      const [tag1, tag2] = await db.query<{ id: string }>(
        `INSERT INTO tags (org_id, name) VALUES ($1, 'go-devs'), ($1, 'streaming') RETURNING id`,
        [t.orgId],
      );
      await db.query(`INSERT INTO talent_tags (org_id, talent_id, tag_id) VALUES ($1, $2, $4), ($1, $3, $4), ($1, $5, $6)`, [
        t.orgId,
        m.keep,
        m.one,
        tag1!.id,
        m.two,
        tag2!.id,
      ]);
      const [pool] = await db.query<{ id: string }>(
        `INSERT INTO talent_pools (org_id, name) VALUES ($1, 'Shanghai backend') RETURNING id`,
        [t.orgId],
      );
      m.pool = pool!.id;
      await db.query(`INSERT INTO talent_pool_members (org_id, pool_id, talent_id) VALUES ($1, $2, $3)`, [t.orgId, m.pool, m.one]);
      await db.query(
        `INSERT INTO resumes (org_id, talent_id, filename, content_type, size, content, text, parsed, created_by)
         VALUES ($1, $2, 'two.txt', 'text/plain', 5, '\\x68656c6c6f'::bytea, 'Mergetwo Quill, Flink', '{}', 'test')`,
        [t.orgId, m.two],
      );
      await db.query(`INSERT INTO talent_external_ids (org_id, source, external_id, talent_id) VALUES ($1, 'legacy-crm', 'one-1', $2)`, [
        t.orgId,
        m.one,
      ]);
      const sym = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
      const [knowsOneFriend, knowsKeepOne, workedTwoFriend] = [sym(m.one!, m.friend!), sym(m.keep!, m.one!), sym(m.two!, m.friend!)];
      const rels = await db.query<{ id: string; type: string; from_id: string; to_id: string }>(
        `INSERT INTO talent_relationships (org_id, from_id, to_id, type) VALUES
           ($1, $2, $3, 'KNOWS'), ($1, $4, $5, 'KNOWS'), ($1, $6, $7, 'WORKED_WITH'), ($1, $8, $10, 'REFERRED_BY'), ($1, $9, $10, 'REFERRED_BY')
         RETURNING id, type, from_id, to_id`,
        [t.orgId, ...knowsOneFriend, ...knowsKeepOne, ...workedTwoFriend, m.keep, m.two, m.friend],
      );
      m.relSelfLoop = rels[1]!.id;
      m.relDuplicate = rels[4]!.id;
      await t.stack.runtime.data.projector.drainUntilIdle();
      // Before: every store holds the three talents.
      const nodes = await t.stack.runtime.data.stores.graph.getNodes('Talent', t.orgId, [m.keep!, m.one!, m.two!]);
      expect(nodes.size).toBe(3);

      const response = await t.request<{ mergeTalents: MergeResult }>(MERGE, { keepId: m.keep, mergeIds: [m.one, m.two] });
      expect(response.body.errors).toBeUndefined();
      result = response.body.data!.mergeTalents;
    }, 120_000);

    it.runIf(available)('unites the profiles onto the talent kept and reports what moved', async () => {
      expect(result.mergedIds).toEqual([m.one, m.two]);
      expect(result.talent).toMatchObject({
        id: m.keep,
        name: 'Keeper Quill',
        latinName: 'Keeper Quill',
        chineseName: '奎尔',
        headline: 'Backend engineer',
        skills: ['Go', 'SQL', 'Kafka', 'Flink'],
        emails: ['keep@merge.test', 'one@merge.test', 'two@merge.test'],
        phones: ['+8613900000001'],
        companies: ['Meituan', 'JD'],
      });
      // One's interview beats keep's screening for job 1 (keep's is folded into it); two's job 2 application moves.
      expect(result).toMatchObject({ movedApplications: 2, movedNotes: 3, movedResumes: 1, movedRelationships: 2 });
    });

    it.runIf(available)('leaves Postgres with tombstones and everything on the talent kept', async () => {
      const db = t.stack.runtime.data.stores.relational;
      const tombstones = await db.query<{
        id: string;
        status: string;
        merged_into: string;
        name: string;
        emails: string[];
        skills: string[];
      }>('SELECT id, status, merged_into, name, emails, skills FROM talents WHERE id = ANY ($1::uuid[]) ORDER BY name', [[m.one, m.two]]);
      expect(tombstones.map((r) => [r.status, r.merged_into, r.name, r.emails, r.skills])).toEqual([
        ['MERGED', m.keep, '[merged]', [], []],
        ['MERGED', m.keep, '[merged]', [], []],
      ]);
      const apps = await db.query<{ id: string; job_id: string; stage: string; moves: string[] }>(
        `SELECT a.id, a.job_id, a.stage, ARRAY(SELECT coalesce(from_stage, '') || '>' || to_stage FROM application_stage_moves s WHERE s.application_id = a.id ORDER BY s.moved_at, s.id) AS moves
         FROM applications a WHERE a.talent_id = $1 ORDER BY a.stage`,
        [m.keep],
      );
      expect(apps.map((a) => [a.id, a.stage])).toEqual([
        [m.twoApp, 'applied'],
        [m.oneApp, 'interview'],
      ]);
      // The folded application's history and notes went to the one that stayed.
      expect(apps[1]!.moves.sort()).toEqual(['>applied', '>applied', 'applied>interview', 'applied>screening']);
      const [counts] = await db.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM applications WHERE id = $2) AS folded,
                (SELECT count(*)::int FROM notes WHERE talent_id = $1) AS notes,
                (SELECT count(*)::int FROM notes WHERE application_id = $3) AS app_notes,
                (SELECT count(*)::int FROM talent_tags WHERE talent_id = $1) AS tags,
                (SELECT count(*)::int FROM talent_tags WHERE talent_id = ANY ($4::uuid[])) AS merged_tags,
                (SELECT count(*)::int FROM talent_pool_members WHERE talent_id = $1) AS pools,
                (SELECT count(*)::int FROM resumes WHERE talent_id = $1) AS resumes,
                (SELECT count(*)::int FROM talent_external_ids WHERE talent_id = $1) AS external_ids,
                (SELECT count(*)::int FROM talent_relationships WHERE from_id = ANY ($4::uuid[]) OR to_id = ANY ($4::uuid[])) AS merged_relationships,
                (SELECT count(*)::int FROM talent_relationships WHERE from_id = $1 OR to_id = $1) AS relationships,
                (SELECT count(*)::int FROM outbox WHERE aggregate_type = 'relationship' AND event_type = 'relationship.deleted' AND aggregate_id = ANY ($5::uuid[])) AS relationship_deletions,
                (SELECT count(*)::int FROM outbox WHERE aggregate_type = 'talent' AND event_type = 'talent.deleted' AND aggregate_id = ANY ($4::uuid[])) AS talent_deletions`,
        [m.keep, m.keepApp, m.oneApp, [m.one, m.two], [m.relSelfLoop, m.relDuplicate]],
      );
      expect(counts).toEqual({
        folded: 0,
        notes: 4,
        app_notes: 2,
        tags: 2,
        merged_tags: 0,
        pools: 1,
        resumes: 1,
        external_ids: 1,
        merged_relationships: 0,
        relationships: 3,
        relationship_deletions: 2,
        talent_deletions: 2,
      });
      const rels = await db.query<{ from_id: string; to_id: string; type: string }>(
        'SELECT from_id, to_id, type FROM talent_relationships WHERE org_id = $1 AND (from_id = $2 OR to_id = $2) ORDER BY type',
        [t.orgId, m.keep],
      );
      const sym = (a: string, b: string) => (a < b ? [a, b] : [b, a]);
      expect(rels.map((r) => [r.from_id, r.to_id, r.type])).toEqual([
        [...sym(m.keep!, m.friend!), 'KNOWS'],
        [m.keep, m.friend, 'REFERRED_BY'],
        [...sym(m.keep!, m.friend!), 'WORKED_WITH'],
      ]);
      const [audit] = await db.query<{
        before: { talents: { id: string; emails: string[] }[] };
        after: { mergedIds: string[]; foldedApplications: { applicationId: string }[]; droppedRelationships: unknown[] };
      }>(`SELECT before, after FROM audit_log WHERE org_id = $1 AND action = 'talent.merge' AND entity_id = $2`, [t.orgId, m.keep]);
      expect(audit!.before.talents.map((x) => x.id)).toEqual([m.keep, m.one, m.two]);
      expect(audit!.after.mergedIds).toEqual([m.one, m.two]);
      expect(audit!.after.foldedApplications.map((f) => f.applicationId)).toEqual([m.keepApp]);
      expect(audit!.after.droppedRelationships).toHaveLength(2);
    });

    it.runIf(available)('leaves graph, vector and search with the talent kept (united skills) and without the merged ones', async () => {
      const { graph, vector, search } = t.stack.runtime.data.stores;
      await t.stack.runtime.data.projector.drainUntilIdle();
      await search.refresh(TALENT_SEARCH_INDEX.name);
      const all = [m.keep!, m.one!, m.two!];

      const nodes = await graph.getNodes('Talent', t.orgId, all);
      expect([...nodes.keys()]).toEqual([m.keep]);
      expect(nodes.get(m.keep!)!.version).toBe(result.talent.version);
      const skills = (await graph.neighbors('Talent', t.orgId, all, 'HAS_SKILL'))
        .get(m.keep!)!
        .map((n) => n.props.name)
        .sort();
      expect(skills).toEqual(['flink', 'go', 'kafka', 'sql']);
      const mergedEdges = await graph.neighbors('Talent', t.orgId, all, 'HAS_SKILL');
      expect([mergedEdges.get(m.one!)?.length ?? 0, mergedEdges.get(m.two!)?.length ?? 0]).toEqual([0, 0]);

      const vectors = await vector.get(TALENT_VECTOR_COLLECTION, t.orgId, all, { vectors: false });
      expect([...vectors.keys()]).toEqual([m.keep]);
      expect(vectors.get(m.keep!)!.version).toBe(result.talent.version);

      const docs = await search.get(TALENT_SEARCH_INDEX.name, t.orgId, all);
      expect([...docs.keys()]).toEqual([m.keep]);
      expect(docs.get(m.keep!)!.fields.skills).toEqual(['Go', 'SQL', 'Kafka', 'Flink']);
      expect((await search.search(TALENT_SEARCH_INDEX.name, t.orgId, { text: 'Mergetwo', first: 10 })).total).toBe(0);
      expect((await search.search(TALENT_SEARCH_INDEX.name, t.orgId, { text: 'Flink', first: 10 })).hits.map((h) => h.id)).toEqual([
        m.keep,
      ]);

      const read = await t.request<{ a: unknown; b: unknown; keep: { id: string } }>(
        'query($a: ID!, $b: ID!, $keep: ID!) { a: talent(id: $a) { id } b: talent(id: $b) { id } keep: talent(id: $keep) { id } }',
        { a: m.one, b: m.two, keep: m.keep },
      );
      expect(read.body.data).toEqual({ a: null, b: null, keep: { id: m.keep } });
    });

    it.runIf(available)('refuses bad merges with a code, writing nothing', async () => {
      const db = t.stack.runtime.data.stores.relational;
      const [before] = await db.query<{ v: number; outbox: number }>(
        'SELECT (SELECT version FROM talents WHERE id = $1) AS v, (SELECT count(*)::int FROM outbox WHERE org_id = $2) AS outbox',
        [m.friend, t.orgId],
      );
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ keepId: m.friend, mergeIds: [randomUUID()] }, 'NOT_FOUND'],
        [{ keepId: randomUUID(), mergeIds: [m.friend] }, 'NOT_FOUND'],
        [{ keepId: m.friend, mergeIds: [ids.foreign] }, 'NOT_FOUND'],
        [{ keepId: m.friend, mergeIds: [m.one] }, 'NOT_FOUND'],
        [{ keepId: m.friend, mergeIds: ['nope'] }, 'NOT_FOUND'],
        [{ keepId: m.friend, mergeIds: [ids.john, m.two] }, 'NOT_FOUND'],
        [{ keepId: m.friend, mergeIds: [] }, 'BAD_USER_INPUT', 'mergeIds'],
        [{ keepId: m.friend, mergeIds: [m.friend] }, 'BAD_USER_INPUT', 'mergeIds.0'],
        [{ keepId: m.friend, mergeIds: [ids.jane, ids.jane] }, 'BAD_USER_INPUT', 'mergeIds.1'],
        [{ keepId: m.friend, mergeIds: Array.from({ length: 21 }, () => randomUUID()) }, 'BAD_USER_INPUT', 'mergeIds'],
      ];
      for (const [variables, code, field] of cases) {
        const response = await t.request(MERGE, variables);
        expect(response.body.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code, ...(field ? { field } : {}) });
      }
      const already = await t.request(MERGE, { keepId: m.friend, mergeIds: [m.one] });
      expect(already.body.errors?.[0]?.message).toBe(`Talent ${m.one} was already merged into ${m.keep}`);
      // A merge that failed half-way (john is mergeable, two is not) left john as it was.
      const [after] = await db.query<{ v: number; outbox: number; john: string }>(
        `SELECT (SELECT version FROM talents WHERE id = $1) AS v, (SELECT count(*)::int FROM outbox WHERE org_id = $2) AS outbox,
                (SELECT status FROM talents WHERE id = $3) AS john`,
        [m.friend, t.orgId, ids.john],
      );
      expect(after).toEqual({ ...before, john: 'ACTIVE' });
    });

    it.runIf(available)('lets recruiters and admins merge, not hiring managers or viewers', async () => {
      for (const role of ['VIEWER', 'HIRING_MANAGER'] as const) {
        const response = await t.request(MERGE, { keepId: ids.john, mergeIds: [ids.jon] }, { token: t.token([role]) });
        expect(response.status).toBe(403);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const admin = await t.request<{ mergeTalents: MergeResult }>(
        MERGE,
        { keepId: ids.john, mergeIds: [ids.jon] },
        { token: t.token(['ADMIN']) },
      );
      expect(admin.body.errors).toBeUndefined();
      expect(admin.body.data!.mergeTalents.talent.companies).toEqual(['Tencent']);
    });
  });
});
