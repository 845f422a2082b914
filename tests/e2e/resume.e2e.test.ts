import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

const FIXTURES = new URL('../fixtures/resumes/', import.meta.url);
const file = (name: string) => ({
  filename: name.split('/').at(-1)!,
  contentBase64: readFileSync(new URL(name, FIXTURES)).toString('base64'),
});

const UPLOAD = `mutation($input: UploadResumeInput!) {
  uploadResume(input: $input) {
    attachedBy
    resume { id filename contentType size text parsed { format name { value confidence } emails { value confidence } experience { company title } skills { id name } } }
    talent { id name headline skills emails phones location currentTitle currentCompany companies schools version }
  }
}`;

interface Upload {
  attachedBy: string;
  resume: {
    id: string;
    filename: string | null;
    contentType: string;
    size: number;
    text: string;
    parsed: {
      format: string;
      name: { value: string } | null;
      emails: { value: string }[];
      experience: { company: string | null }[];
      skills: { id: string; name: string }[];
    };
  };
  talent: {
    id: string;
    name: string;
    headline: string | null;
    skills: string[];
    emails: string[];
    phones: string[];
    location: string | null;
    currentTitle: string | null;
    currentCompany: string | null;
    companies: string[];
    schools: string[];
    version: number;
  };
}

const SEARCH = `query($q: String!, $mode: SearchMode) { search(query: $q, mode: $mode, first: 10) { totalCount edges { node { id name } } } }`;
interface SearchResult {
  search: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}

// Bad files at a 256 KiB limit, so that too-big.txt (300 KiB) is over it.
const MAX_BYTES = 256 * 1024;

describe.each(STACK_MODES)('resume subgraph end to end ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const uploads: Record<string, Upload> = {};
  const otherOrg = randomUUID();

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { env: { RESUME_MAX_BYTES: String(MAX_BYTES) } });
  }, 240_000);
  afterAll(async () => {
    if (mode === 'real' && t) await t.stack.runtime.data.stores.graph.clearOrg(otherOrg).catch(() => undefined);
    await t?.close();
  });

  async function upload(input: Record<string, unknown>, token?: string) {
    return t.request<{ uploadResume: Upload }>(UPLOAD, { input }, token ? { token } : {});
  }
  async function uploaded(input: Record<string, unknown>) {
    const response = await upload(input);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.uploadResume;
  }
  async function search(q: string, mode: 'KEYWORD' | 'SEMANTIC') {
    const response = await t.request<SearchResult>(SEARCH, { q, mode });
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.search;
  }

  /** What every store holds for the org: rows, outbox events, graph nodes, vectors and documents. */
  async function storeCounts() {
    const { relational, graph, vector, search: searchStore } = t.stack.runtime.data.stores;
    const [rows] = await relational.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM talents WHERE org_id = $1) AS talents,
              (SELECT count(*)::int FROM resumes WHERE org_id = $1) AS resumes,
              (SELECT count(*)::int FROM outbox WHERE org_id = $1) AS outbox`,
      [t.orgId],
    );
    await searchStore.refresh(TALENT_SEARCH_INDEX.name);
    return {
      ...rows,
      graph: Object.fromEntries(
        await Promise.all(['Talent', 'Skill', 'Company', 'School'].map(async (label) => [label, await graph.count(label, t.orgId)])),
      ),
      vector: await vector.count(TALENT_VECTOR_COLLECTION, t.orgId),
      search: await searchStore.count(TALENT_SEARCH_INDEX.name, t.orgId),
    };
  }

  it.runIf(available)('a PDF, a DOCX and a text resume each create a talent with the parsed profile', async () => {
    const pdf = await uploaded(file('02-en.pdf'));
    expect(pdf.attachedBy).toBe('CREATED');
    expect(pdf.resume).toMatchObject({
      filename: '02-en.pdf',
      contentType: 'application/pdf',
      size: readFileSync(new URL('02-en.pdf', FIXTURES)).length,
    });
    expect(pdf.resume.parsed.format).toBe('pdf');
    expect(pdf.resume.text).toContain('Daniel Lee');
    expect(pdf.talent).toMatchObject({
      name: 'Daniel Lee',
      headline: 'Account Executive · Fabrikam Inc.',
      emails: ['daniel.lee@outlook.com'],
      phones: ['+85291234567'],
      location: 'San Francisco, CA',
      currentTitle: 'Account Executive',
      currentCompany: 'Fabrikam Inc.',
      companies: ['Fabrikam Inc.', 'Contoso Ltd.'],
      schools: ['Georgia Institute of Technology', 'National University of Singapore'],
      version: 1,
    });
    expect(pdf.talent.skills).toEqual(expect.arrayContaining(['Salesforce', 'B2B Sales', 'Negotiation']));
    uploads.pdf = pdf;

    // A Chinese PDF whose bullet glyphs extract as control characters (which Postgres refuses).
    const zhPdf = await uploaded(file('01-zh.pdf'));
    expect(zhPdf.talent).toMatchObject({ name: '周婷', currentTitle: '供应链主管', currentCompany: '携程旅行网', schools: ['复旦大学'] });
    expect(zhPdf.resume.text.includes('\u0000')).toBe(false);

    const docx = await uploaded(file('10-zh.docx'));
    expect(docx.attachedBy).toBe('CREATED');
    expect(docx.resume.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.talent).toMatchObject({
      name: '朱琳',
      currentCompany: '华为技术有限公司',
      schools: ['浙江大学'],
      phones: ['+8613800138000'],
    });
    expect(docx.talent.skills).toEqual(expect.arrayContaining(['Figma', 'Design Systems']));
    uploads.docx = docx;

    const text = await uploaded({ text: readFileSync(new URL('20-en.txt', FIXTURES), 'utf8') });
    expect(text.attachedBy).toBe('CREATED');
    expect(text.resume).toMatchObject({ filename: null, contentType: 'text/plain' });
    expect(text.talent).toMatchObject({
      name: 'Ethan Wright',
      currentTitle: 'Senior Software Engineer',
      currentCompany: 'Amazon',
      schools: ['University of Toronto'],
    });
    expect(text.talent.skills).toEqual(expect.arrayContaining(['Kubernetes', 'PostgreSQL', 'Amazon Web Services']));
    uploads.text = text;
  });

  it.runIf(available)(
    'a second resume with the same e-mail attaches to the talent and merges its profile; a phone match says so',
    async () => {
      const again = await uploaded({
        filename: 'daniel-2026.md',
        text: '# Daniel Lee\nDaniel.Lee@outlook.com\n\n## Skills\nSalesforce, HubSpot, 商务谈判\n',
      });
      expect(again.attachedBy).toBe('EMAIL_MATCH');
      expect(again.talent.id).toBe(uploads.pdf!.talent.id);
      expect(again.talent.version).toBe(2);
      // Merged through the taxonomy: 商务谈判 is Negotiation, already there; Salesforce once.
      expect(again.talent.skills.filter((s) => ['Salesforce', 'Negotiation', '商务谈判'].includes(s))).toEqual([
        'Salesforce',
        'Negotiation',
      ]);
      expect(again.talent.headline).toBe('Account Executive · Fabrikam Inc.');

      // 11-en.docx shares a phone number with the text resume uploaded above.
      const byPhone = await uploaded(file('11-en.docx'));
      expect(byPhone.attachedBy).toBe('PHONE_MATCH');
      expect(byPhone.talent.id).toBe(uploads.text!.talent.id);
      expect(byPhone.talent.companies).toEqual(expect.arrayContaining(['Amazon', 'Lumen Labs', 'Northwind Traders']));

      const read = await t.request<{ talent: { resumes: { id: string; filename: string | null }[] } }>(
        `query($id: ID!) { talent(id: $id) { name resumes { id filename } } }`,
        { id: uploads.pdf!.talent.id },
      );
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data!.talent.resumes).toEqual([
        { id: again.resume.id, filename: 'daniel-2026.md' },
        { id: uploads.pdf!.resume.id, filename: '02-en.pdf' },
      ]);
      const resume = await t.request<{ resume: { parsed: { name: { value: string; confidence: number } } } }>(
        `query($id: ID!) { resume(id: $id) { parsed { name { value confidence } } } }`,
        { id: uploads.docx!.resume.id },
      );
      expect(resume.body.data!.resume.parsed.name).toEqual({ value: '朱琳', confidence: expect.any(Number) });
    },
  );

  it.runIf(available)(
    'after projection: found by keyword and by meaning, and linked to companies, schools and skills in the graph',
    async () => {
      const { data } = t.stack.runtime;
      await data.projector.drainUntilIdle();
      await data.stores.search.refresh(TALENT_SEARCH_INDEX.name);

      // A company and a skill, both from resumes.
      expect((await search('Fabrikam', 'KEYWORD')).edges.map((e) => e.node.id)).toEqual([uploads.pdf!.talent.id]);
      expect((await search('Figma', 'KEYWORD')).edges.map((e) => e.node.id).sort()).toEqual(
        [uploads.docx!.talent.id, uploads.text!.talent.id].sort(),
      );

      // "Amazon cloud, k8s" in Chinese and shorthand: no word in common with the resume (keyword finds
      // nothing), the taxonomy bridges both to the talent's skills.
      const bridging = '亚马逊云 k8s';
      expect((await search(bridging, 'KEYWORD')).totalCount).toBe(0);
      expect((await search(bridging, 'SEMANTIC')).edges[0]?.node.id).toBe(uploads.text!.talent.id);

      const neighbours = async (edge: string) =>
        (await data.stores.graph.neighbors('Talent', t.orgId, [uploads.pdf!.talent.id], edge))
          .get(uploads.pdf!.talent.id)
          ?.map((n) => n.props.name) ?? [];
      expect((await neighbours('WORKED_AT')).sort()).toEqual(['Contoso Ltd.', 'Fabrikam Inc.']);
      expect((await neighbours('STUDIED_AT')).sort()).toEqual(['Georgia Institute of Technology', 'National University of Singapore']);
      expect(await neighbours('HAS_SKILL')).toEqual(expect.arrayContaining(['salesforce', 'b2b sales']));
      // Daniel and Ethan (via Lucas' resume) both worked at Contoso: one Company node.
      const counts = await storeCounts();
      expect(counts.graph.Company).toBe(
        new Set([
          ...uploads.pdf!.talent.companies,
          '华为技术有限公司',
          '深圳市大疆创新科技有限公司',
          '中金公司',
          '携程旅行网',
          'Amazon',
          'Acme Analytics Inc.',
          'Lumen Labs',
          'Northwind Traders',
          'Contoso Ltd.',
        ]).size,
      );
    },
  );

  it.runIf(available)('every bad file is BAD_USER_INPUT with its reason and leaves every store as it was', async () => {
    const before = await storeCounts();
    expect(before).toMatchObject({ talents: 4, resumes: 6, vector: 4, search: 4 });
    for (const [name, reason] of [
      ['corrupt.pdf', 'CORRUPT_FILE'],
      ['image-only.pdf', 'NO_TEXT'],
      ['legacy.doc', 'UNSUPPORTED_TYPE'],
      ['empty.txt', 'EMPTY'],
      ['too-big.txt', 'TOO_LARGE'],
    ]) {
      const response = await upload({ ...file(`bad/${name}`), talentId: uploads.pdf!.talent.id });
      expect(response.body.data ?? null, name).toBeNull();
      expect(response.body.errors?.[0]?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    await t.stack.runtime.data.projector.drainUntilIdle();
    expect(await storeCounts()).toEqual(before);
  });

  it.runIf(available)('input forms, scopes and tenancy: one form, talent:write, another org is NOT_FOUND', async () => {
    const before = await storeCounts();
    const both = await upload({ ...file('20-en.txt'), text: 'Ethan Wright' });
    expect(both.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const neither = await upload({ filename: 'cv.pdf' });
    expect(neither.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    const noName = await upload({ contentBase64: file('20-en.txt').contentBase64 });
    expect(noName.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filename' });

    const viewer = await upload(file('20-en.txt'), t.token(['VIEWER']));
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [foreign] = await seedDemo(t.stack.runtime.data.stores.relational, 1, otherOrg).then(async () =>
      t.stack.runtime.data.stores.relational.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1', [otherOrg]),
    );
    const elsewhere = await upload({ ...file('20-en.txt'), talentId: foreign!.id });
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await upload({ ...file('20-en.txt'), talentId: 'not-a-uuid' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The other org's seeded talent has an outbox event of its own; this org's stores are unchanged.
    await t.stack.runtime.data.projector.drainUntilIdle();
    expect(await storeCounts()).toEqual(before);
  });
});
