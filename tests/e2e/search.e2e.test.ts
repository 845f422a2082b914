import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toTalentRecord, type TalentRecord, type TalentRow } from '../../data/records/talent-record.ts';
import { TALENT_COLUMNS } from '../../data/records/talent-store.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface Edge {
  cursor: string;
  score: number;
  node: { id: string; name: string; skills: string[]; headline: string | null };
  highlights: { field: string; snippet: string }[];
  reasons: string[];
}
interface SearchResult {
  search: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    facets: { skills: { value: string; count: number }[] };
    edges: Edge[];
  };
}

const SEARCH = `query($q: String!, $mode: SearchMode, $first: Int, $after: String, $filter: TalentSearchFilter) {
  search(query: $q, mode: $mode, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    facets { skills { value count } }
    edges { cursor score node { id name skills headline } highlights { field snippet } reasons }
  }
}`;

const TALENTS = 300;
const lower = (skills: string[]) => skills.map((s) => s.toLowerCase());
const hasSkill = (t: { skills: string[] }, ...skills: string[]) => skills.some((s) => lower(t.skills).includes(s.toLowerCase()));
const ML_SKILLS = ['Machine Learning', '机器学习', 'Deep Learning', 'PyTorch', 'TensorFlow', 'NLP', '推荐系统'];

describe.each(STACK_MODES)('search subgraph end to end ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let talents: TalentRecord[];
  const otherOrg = randomUUID();

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: TALENTS });
    // A second organisation with the same kind of people: none of them may ever show up for the first.
    await seedDemo(t.stack.runtime.data.stores.relational, 30, otherOrg);
    await t.stack.runtime.data.projector.drainUntilIdle();
    await t.stack.runtime.data.stores.search.refresh('talents');
    const rows = await t.stack.runtime.data.stores.relational.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1`, [
      t.orgId,
    ]);
    talents = rows.map(toTalentRecord);
  }, 240_000);
  afterAll(async () => {
    if (mode === 'real' && t) await t.stack.runtime.data.stores.graph.clearOrg(otherOrg).catch(() => undefined);
    await t?.close();
  });

  async function search(variables: Record<string, unknown>, token?: string) {
    const response = await t.request<SearchResult>(SEARCH, variables, token ? { token } : {});
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.search;
  }
  const byId = (id: string) => talents.find((talent) => talent.id === id)!;

  it.runIf(available)('KEYWORD finds exactly the talents with the skill, highlights it and says why', async () => {
    const result = await search({ q: 'kubernetes', mode: 'KEYWORD', first: 100 });
    const expected = talents.filter((talent) => hasSkill(talent, 'Kubernetes')).map((talent) => talent.id);
    expect(expected.length).toBeGreaterThan(3);
    expect(result.edges.map((e) => e.node.id).sort()).toEqual(expected.sort());
    expect(result.totalCount).toBe(expected.length);
    const edge = result.edges[0]!;
    expect(edge.highlights).toContainEqual({ field: 'skills', snippet: '<em>Kubernetes</em>' });
    expect(edge.reasons).toEqual(["keyword: skills 'kubernetes'"]);
    expect(result.edges.every((e, i) => i === 0 || e.score <= result.edges[i - 1]!.score)).toBe(true);
  });

  it.runIf(available)('SEMANTIC finds machine-learning people for 深度学习, which no profile contains', async () => {
    const keyword = await search({ q: '深度学习', mode: 'KEYWORD', first: 10 });
    expect(keyword.totalCount).toBe(0);
    const result = await search({ q: '深度学习', mode: 'SEMANTIC', first: 5 });
    expect(result.edges).toHaveLength(5);
    for (const edge of result.edges) {
      expect(hasSkill(byId(edge.node.id), ...ML_SKILLS)).toBe(true);
      expect(edge.reasons).toEqual([expect.stringMatching(/^semantic: 0\.\d\d similar$/)]);
    }
  });

  it.runIf(available)('HYBRID fuses both: React developers although no profile says "developer"', async () => {
    const keyword = await search({ q: 'React developer', mode: 'KEYWORD', first: 10 });
    expect(keyword.totalCount).toBe(0);
    const result = await search({ q: 'React developer', first: 5 });
    expect(result.edges).toHaveLength(5);
    expect(result.edges.every((e) => hasSkill(e.node, 'React'))).toBe(true);
    // Talents in both rankings carry both reasons and outrank those in one.
    const both = await search({ q: 'PyTorch', first: 3 });
    expect(both.edges[0]!.reasons).toEqual(["keyword: skills 'pytorch'", expect.stringMatching(/^semantic: /)]);
    expect(both.edges[0]!.score).toBeCloseTo(2 / 61, 2);
  });

  it.runIf(available)('finds a Chinese word inside a sentence, and inside a headline', async () => {
    const sentence = await search({ q: '我们在找一位有机器学习经验的人', first: 5 });
    expect(sentence.edges).toHaveLength(5);
    // Machine-learning people: by their skills, or by a headline that says so (the embedder reads both).
    expect(
      sentence.edges.every((e) => hasSkill(e.node, 'Machine Learning', '机器学习') || (e.node.headline ?? '').includes('机器学习')),
    ).toBe(true);
    const inHeadline = await search({ q: '机器学习', mode: 'KEYWORD', first: 100 });
    const expected = talents.filter((talent) => hasSkill(talent, '机器学习') || (talent.headline ?? '').includes('机器学习'));
    expect(inHeadline.edges.map((e) => e.node.id).sort()).toEqual(expected.map((talent) => talent.id).sort());
    const headlineHit = inHeadline.edges.find((e) => e.node.headline?.startsWith('机器学习工程师'));
    expect(headlineHit?.highlights).toContainEqual({ field: 'headline', snippet: expect.stringMatching(/^<em>机器学习<\/em>工程师 @ /) });
  });

  it.runIf(available)('filters by skills (all of them, any case) in every mode', async () => {
    const filter = { skills: ['kubernetes', 'GO'] };
    const expected = talents.filter((talent) => hasSkill(talent, 'Kubernetes') && hasSkill(talent, 'Go')).map((talent) => talent.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const searchMode of ['KEYWORD', 'SEMANTIC', 'HYBRID']) {
      const result = await search({ q: 'kubernetes', mode: searchMode, first: 100, filter });
      expect(result.edges.length, searchMode).toBeGreaterThan(0);
      expect(
        result.edges.every((e) => hasSkill(e.node, 'Kubernetes') && hasSkill(e.node, 'Go')),
        searchMode,
      ).toBe(true);
      expect(expected).toEqual(expect.arrayContaining(result.edges.map((e) => e.node.id)));
    }
    const none = await search({ q: 'kubernetes', filter: { skills: ['Figma'] } });
    expect(none).toMatchObject({ totalCount: 0, edges: [], facets: { skills: [] } });
  });

  it.runIf(available)('counts facets over the whole matching set, not the page', async () => {
    const result = await search({ q: 'engineer', mode: 'KEYWORD', first: 3 });
    const all = await search({ q: 'engineer', mode: 'KEYWORD', first: 100 });
    expect(result.edges).toHaveLength(3);
    expect(result.totalCount).toBe(all.totalCount);
    const counts = new Map<string, number>();
    for (const edge of all.edges) for (const skill of edge.node.skills) counts.set(skill, (counts.get(skill) ?? 0) + 1);
    expect(result.facets.skills.length).toBeGreaterThan(5);
    for (const facet of result.facets.skills) expect(facet.count, facet.value).toBe(counts.get(facet.value));
    expect(result.facets.skills.every((f, i) => i === 0 || f.count <= result.facets.skills[i - 1]!.count)).toBe(true);
  });

  it.runIf(available)("takes the talent list's filter and counts locations, companies and years bands", async () => {
    const marker = `Zyx${randomUUID().slice(0, 6)}`;
    const people = [
      { name: 'Shanghai Senior', location: 'Shanghai', yearsOfExperience: 12, currentCompany: 'Alibaba' },
      { name: 'Shanghai Junior', location: 'Shanghai Pudong', yearsOfExperience: 1, currentCompany: 'ByteDance' },
      { name: 'Beijing Mid', location: 'Beijing', yearsOfExperience: 6, currentCompany: 'Alibaba' },
      { name: 'Archived One', location: 'Shanghai', yearsOfExperience: 4, currentCompany: 'Meituan' },
    ];
    const ids: string[] = [];
    for (const person of people) {
      const created = await t.request<{ createTalent: { id: string } }>(
        'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
        { input: { ...person, skills: [marker, 'Go'] } },
      );
      ids.push(created.body.data!.createTalent.id);
    }
    await t.request('mutation($id: ID!) { archiveTalent(id: $id) { id } }', { id: ids[3] });
    await t.stack.runtime.data.projector.drainUntilIdle();
    await t.stack.runtime.data.stores.search.refresh('talents');
    const FACETED = `query($q: String!, $filter: TalentSearchFilter) { search(query: $q, mode: KEYWORD, first: 50, filter: $filter) {
      totalCount edges { node { id } } facets { locations { value count } companies { value count } yearsOfExperience { value count } } } }`;
    type Faceted = {
      search: { totalCount: number; edges: { node: { id: string } }[]; facets: Record<string, { value: string; count: number }[]> };
    };
    const all = await t.request<Faceted>(FACETED, { q: marker });
    expect(all.body.errors).toBeUndefined();
    // Archived talents leave search by default, as they leave the lists.
    expect(all.body.data!.search.edges.map((e) => e.node.id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(all.body.data!.search.facets.companies).toEqual([
      { value: 'Alibaba', count: 2 },
      { value: 'ByteDance', count: 1 },
    ]);
    expect(all.body.data!.search.facets.yearsOfExperience).toEqual([
      { value: '0-2', count: 1 },
      { value: '2-5', count: 0 },
      { value: '5-10', count: 1 },
      { value: '10+', count: 1 },
    ]);
    const filtered = await t.request<Faceted>(FACETED, {
      q: marker,
      filter: { location: 'shanghai', yearsMin: 5, status: ['ACTIVE', 'ARCHIVED'] },
    });
    expect(filtered.body.data!.search).toMatchObject({ totalCount: 1, edges: [{ node: { id: ids[0] } }] });
    const archived = await t.request<Faceted>(FACETED, { q: marker, filter: { status: ['ARCHIVED'] } });
    expect(archived.body.data!.search.edges.map((e) => e.node.id)).toEqual([ids[3]]);
    const bad = await t.request(FACETED, { q: marker, filter: { yearsMin: 8, yearsMax: 2 } });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.yearsMax' });
  });

  it.runIf(available)('pages through every result once with cursors', async () => {
    for (const searchMode of ['KEYWORD', 'HYBRID']) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      let pages = 0;
      do {
        const page: SearchResult['search'] = await search({ q: 'engineer', mode: searchMode, first: 7, after });
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e) => e.node.id));
        total = page.totalCount;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBeGreaterThan(2);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toHaveLength(total);
    }
  });

  it.runIf(available)('similarTalents: the nearest talents of the organisation, without the talent itself', async () => {
    const ml = talents.find((talent) => hasSkill(talent, 'PyTorch'))!;
    const response = await t.request<{ similarTalents: { score: number; talent: { id: string; skills: string[] } }[] }>(
      'query($id: ID!) { similarTalents(talentId: $id, first: 5) { score talent { id skills } } }',
      { id: ml.id },
    );
    expect(response.body.errors).toBeUndefined();
    const matches = response.body.data!.similarTalents;
    expect(matches).toHaveLength(5);
    expect(matches.map((m) => m.talent.id)).not.toContain(ml.id);
    expect(matches.every((m) => talents.some((talent) => talent.id === m.talent.id))).toBe(true);
    expect(matches.every((m, i) => i === 0 || m.score <= matches[i - 1]!.score)).toBe(true);
    expect(matches.filter((m) => hasSkill(m.talent, ...ML_SKILLS)).length).toBeGreaterThanOrEqual(4);
    const unknown = await t.request('{ similarTalents(talentId: "not-an-id") { score } }');
    expect(unknown.body).toEqual({ data: { similarTalents: [] } });
  });

  it.runIf(available)('Talent.similar for a page of talents, batched: one vector round trip for 10 and for 50', async () => {
    const query = 'query($first: Int) { talents(first: $first) { edges { node { id similar(first: 3) { score talent { id name } } } } } }';
    const measure = async (first: number) => {
      const before = roundTripTotals();
      const response = await t.request<{
        talents: { edges: { node: { id: string; similar: { talent: { id: string; name: string } }[] } }[] };
      }>(query, { first });
      const counts = diffRoundTrips(roundTripTotals(), before);
      expect(response.body.errors).toBeUndefined();
      for (const { node } of response.body.data!.talents.edges) {
        expect(node.similar).toHaveLength(3);
        expect(node.similar.map((m) => m.talent.id)).not.toContain(node.id);
        expect(node.similar.every((m) => m.talent.name.length > 0)).toBe(true);
      }
      return counts;
    };
    await measure(5);
    const ten = await measure(10);
    const fifty = await measure(50);
    expect(fifty).toEqual(ten);
    expect(ten.vector).toBe(1);
  });

  it.runIf(available)("never shows another organisation's talents", async () => {
    const otherToken = t.token(['RECRUITER'], otherOrg);
    const mine = new Set(talents.map((talent) => talent.id));
    for (const searchMode of ['KEYWORD', 'SEMANTIC', 'HYBRID']) {
      const theirs = await search({ q: 'engineer', mode: searchMode, first: 100 }, otherToken);
      expect(theirs.edges.length).toBeGreaterThan(0);
      expect(theirs.edges.filter((e) => mine.has(e.node.id))).toEqual([]);
      const ours = await search({ q: 'engineer', mode: searchMode, first: 100 });
      expect(ours.edges.every((e) => mine.has(e.node.id))).toBe(true);
    }
    const similar = await t.request<{ similarTalents: unknown[] }>(
      'query($id: ID!) { similarTalents(talentId: $id) { score } }',
      { id: talents[0]!.id },
      { token: otherToken },
    );
    expect(similar.body).toEqual({ data: { similarTalents: [] } });
  });

  it.runIf(available)('lets a VIEWER search and refuses anonymous callers with 401', async () => {
    const viewer = await search({ q: 'kubernetes', first: 1 }, t.token(['VIEWER']));
    expect(viewer.edges).toHaveLength(1);
    const anonymous = await t.request(SEARCH, { q: 'kubernetes' }, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await t.request(
      '{ search(query: "kubernetes") { totalCount } }',
      {},
      { token: null, url: t.stack.subgraphs.search!.url },
    );
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.runIf(available)('answers bad input with BAD_USER_INPUT naming the field', async () => {
    const first = await search({ q: 'engineer', first: 2 });
    const cases: [Record<string, unknown>, string][] = [
      [{ q: '' }, 'query'],
      [{ q: '   ' }, 'query'],
      [{ q: '!!!' }, 'query'],
      [{ q: 'x'.repeat(201) }, 'query'],
      [{ q: 'engineer', first: 0 }, 'first'],
      [{ q: 'engineer', first: 101 }, 'first'],
      [{ q: 'engineer', after: 'garbage' }, 'after'],
      // A cursor of another search is refused, not silently applied to this one.
      [{ q: 'kubernetes', after: first.pageInfo.endCursor }, 'after'],
      [{ q: 'engineer', filter: { skills: [''] } }, 'filter.skills.0'],
    ];
    for (const [variables, field] of cases) {
      const response = await t.request(SEARCH, variables);
      expect(response.body.errors?.[0]?.extensions, JSON.stringify(variables)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const similar = await t.request('query($id: ID!) { similarTalents(talentId: $id, first: 0) { score } }', { id: talents[0]!.id });
    expect(similar.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.runIf(available)('costs the same round trips per store for a page of 10 and of 50', async () => {
    const measure = async (first: number) => {
      const before = roundTripTotals();
      const response = await t.request<SearchResult>(SEARCH, { q: 'engineer', first });
      const counts = diffRoundTrips(roundTripTotals(), before);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.search.totalCount).toBeGreaterThan(50);
      expect(response.body.data!.search.edges).toHaveLength(first);
      return counts;
    };
    await measure(5);
    const ten = await measure(10);
    const fifty = await measure(50);
    console.log(`[${mode}] search round trips for 10 results: ${JSON.stringify(ten)}; for 50: ${JSON.stringify(fifty)}`);
    expect(fifty).toEqual(ten);
    // Keyword ranking + the candidates' documents (search), the nearest vectors (vector), the
    // nodes' fields from the talent subgraph (relational), the rate-limit counter (cache).
    expect(ten).toEqual({ relational: 1, graph: 0, vector: 1, search: 2, cache: 1 });
  });
});
