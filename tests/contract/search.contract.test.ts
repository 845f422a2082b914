import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchStore } from '../../data/ports.ts';
import { searchCases } from '../support/adapters.ts';

describe.each(searchCases)('search port contract: $name', ({ available, open }) => {
  let store: SearchStore;
  const index = `contract_${Math.random().toString(36).slice(2, 8)}`;
  const orgId = randomUUID();
  const otherOrgId = randomUUID();
  const ids = { go: randomUUID(), ml: randomUUID(), mention: randomUUID(), foreign: randomUUID() };
  const doc = (id: string, fields: SearchDocument['fields'], version = 1, org = orgId): SearchDocument => ({
    id,
    orgId: org,
    version,
    fields,
  });

  beforeAll(async () => {
    if (!available) return;
    store = await open();
    await store.ensureIndex({
      name: index,
      textFields: { name: 2, skills: 3, headline: 2, summary: 1 },
      keywordFields: ['skills', 'location'],
    });
    await store.upsert(index, [
      doc(ids.go, {
        name: 'Zhang Wei',
        headline: 'Backend engineer',
        skills: ['go', 'kubernetes'],
        summary: 'Built payment systems',
        location: 'Shanghai',
      }),
      doc(ids.ml, {
        name: '李娜',
        headline: '高级机器学习工程师',
        skills: ['python', 'machine learning'],
        summary: '在阿里巴巴负责推荐系统',
        location: 'Beijing',
      }),
      doc(ids.mention, {
        name: 'Tom Baker',
        headline: 'Product manager',
        skills: ['roadmaps'],
        summary: 'Worked closely with Go and kubernetes teams',
        location: 'Shanghai',
      }),
      doc(
        ids.foreign,
        { name: 'Foreign Kubernetes', headline: 'kubernetes', skills: ['kubernetes'], summary: '', location: 'Shanghai' },
        1,
        otherOrgId,
      ),
    ]);
    await store.refresh(index);
  }, 60_000);
  afterAll(async () => {
    if (!store) return;
    await store.dropIndex(index);
    await store.close();
  });

  it.runIf(available)('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.runIf(available)('finds English terms, ranks skills above free text, and stays inside the org', async () => {
    const result = await store.search(index, orgId, { text: 'kubernetes', first: 10 });
    expect(result.hits.map((h) => h.id)).toEqual([ids.go, ids.mention]);
    expect(result.total).toBe(2);
  });

  it.runIf(available)('finds a Chinese word inside a sentence', async () => {
    const result = await store.search(index, orgId, { text: '机器学习', first: 10 });
    expect(result.hits.map((h) => h.id)).toEqual([ids.ml]);
    const company = await store.search(index, orgId, { text: '阿里巴巴', first: 10 });
    expect(company.hits.map((h) => h.id)).toEqual([ids.ml]);
  });

  it.runIf(available)('matches every term by default, and any of them (more ranking higher) when asked', async () => {
    expect((await store.search(index, orgId, { text: 'kubernetes payment', first: 10 })).hits.map((h) => h.id)).toEqual([ids.go]);
    const any = await store.search(index, orgId, { text: "kubernetes payment 推荐 o'brien c++", first: 10, match: 'any' });
    expect(any.hits[0]!.id).toBe(ids.go);
    expect(any.hits.map((h) => h.id).sort()).toEqual([ids.go, ids.ml, ids.mention].sort());
    expect(any.total).toBe(3);
    expect((await store.search(index, orgId, { text: 'cobol fortran', first: 10, match: 'any' })).total).toBe(0);
  });

  it.runIf(available)('filters on keyword fields', async () => {
    const result = await store.search(index, orgId, { text: 'kubernetes', first: 10, filter: { location: ['Shanghai'], skills: ['go'] } });
    expect(result.hits.map((h) => h.id)).toEqual([ids.go]);
  });

  it.runIf(available)('pages with first and offset', async () => {
    const page2 = await store.search(index, orgId, { text: 'kubernetes', first: 1, offset: 1 });
    expect(page2.hits.map((h) => h.id)).toEqual([ids.mention]);
    expect(page2.total).toBe(2);
  });

  it.runIf(available)(
    'counts every match exactly while returning only a page',
    async () => {
      const org = randomUUID();
      const docs = Array.from({ length: 150 }, (_, i) =>
        doc(
          randomUUID(),
          {
            name: `Person ${i}`,
            headline: 'Quantum engineer',
            skills: i % 3 === 0 ? ['qiskit', 'rust'] : ['rust'],
            summary: '',
            location: 'Berlin',
          },
          1,
          org,
        ),
      );
      await store.upsert(index, docs);
      await store.refresh(index);
      const page = await store.search(index, org, { text: 'quantum rust', first: 5 });
      expect(page.total).toBe(150);
      expect(page.hits).toHaveLength(5);
      const filtered = await store.search(index, org, { text: 'quantum', first: 5, offset: 45, filter: { skills: ['qiskit'] } });
      expect(filtered.total).toBe(50);
      expect(filtered.hits).toHaveLength(5);
      await store.clearOrg(index, org);
    },
    60_000,
  );

  it.runIf(available)('keeps the highest version', async () => {
    const id = randomUUID();
    expect(await store.upsert(index, [doc(id, { name: 'Version Two', skills: ['erlang'] }, 2)])).toBe(1);
    expect(await store.upsert(index, [doc(id, { name: 'Version One', skills: ['cobol'] }, 1)])).toBe(0);
    expect(await store.upsert(index, [doc(id, { name: 'Version Two again', skills: ['cobol'] }, 2)])).toBe(0);
    await store.refresh(index);
    const got = (await store.get(index, orgId, [id])).get(id);
    expect(got).toMatchObject({ version: 2, fields: { name: 'Version Two' } });
    expect((await store.search(index, orgId, { text: 'cobol', first: 10 })).total).toBe(0);
    expect(await store.upsert(index, [doc(id, { name: 'Version Three', skills: ['cobol'] }, 3)])).toBe(1);
    await store.refresh(index);
    expect((await store.search(index, orgId, { text: 'cobol', first: 10 })).hits.map((h) => h.id)).toEqual([id]);
  });

  it.runIf(available)("gets many documents at once and never another org's", async () => {
    const got = await store.get(index, orgId, [ids.go, ids.ml, ids.foreign]);
    expect([...got.keys()].sort()).toEqual([ids.go, ids.ml].sort());
    expect(got.get(ids.ml)?.fields.headline).toBe('高级机器学习工程师');
  });

  it.runIf(available)('removes documents', async () => {
    const id = randomUUID();
    await store.upsert(index, [doc(id, { name: 'Ephemeral Xylophonist', skills: [] })]);
    await store.refresh(index);
    expect((await store.search(index, orgId, { text: 'xylophonist', first: 5 })).total).toBe(1);
    await store.remove(index, orgId, [id]);
    await store.refresh(index);
    expect((await store.search(index, orgId, { text: 'xylophonist', first: 5 })).total).toBe(0);
    expect((await store.get(index, orgId, [id])).size).toBe(0);
  });

  it.runIf(available)("counts the org's documents, and drops a whole index", async () => {
    expect(await store.count(index, otherOrgId)).toBe(1);
    const scratch = `${index}_drop`;
    await store.ensureIndex({ name: scratch, textFields: { name: 1 }, keywordFields: [] });
    await store.upsert(scratch, [doc(randomUUID(), { name: 'Dropped' })]);
    await store.refresh(scratch);
    expect(await store.count(scratch, orgId)).toBe(1);
    await store.dropIndex(scratch);
    await store.ensureIndex({ name: scratch, textFields: { name: 1 }, keywordFields: [] });
    expect(await store.count(scratch, orgId)).toBe(0);
    await store.dropIndex(scratch);
  });

  it.runIf(available)('finds nothing for text without terms', async () => {
    expect((await store.search(index, orgId, { text: '  ,, ', first: 5 })).total).toBe(0);
  });

  it.runIf(available)('scans every document of the index a page at a time, each once, across orgs', async () => {
    await store.refresh(index);
    const seen: { id: string; orgId: string; version: number }[] = [];
    for (let after: (typeof seen)[number] | undefined; ;) {
      const page = await store.scan(index, { after, limit: 3 });
      seen.push(...page);
      if (page.length < 3) break;
      after = page.at(-1);
    }
    const byId = new Map(seen.map((r) => [r.id, r]));
    expect(seen).toHaveLength(byId.size);
    for (const [key, id] of Object.entries(ids)) {
      expect(byId.get(id), key).toEqual({ id, orgId: key === 'foreign' ? otherOrgId : orgId, version: 1 });
    }
  });
});
