import fs from 'node:fs';
import type { TalentRecord } from '../../data/records/talent-record.ts';
import type { TestStack } from './stack.ts';

/** The labelled queries of tests/fixtures/search/queries.json and the rules that grade a talent for each. */
interface Rule {
  grade: number;
  skillsAny?: string[];
  skillsAll?: string[];
  titleAny?: string[];
  family?: string;
}
export interface LabelledQuery {
  id: string;
  query: string;
  lang: string;
  kind: string;
  relevant: Rule[];
}
interface Fixture {
  families: Record<string, string[]>;
  queries: LabelledQuery[];
}

export const SEARCH_MODES = ['KEYWORD', 'SEMANTIC', 'HYBRID'] as const;
export type Mode = (typeof SEARCH_MODES)[number];

export function loadFixture(): Fixture {
  return JSON.parse(fs.readFileSync(new URL('../fixtures/search/queries.json', import.meta.url), 'utf8')) as Fixture;
}

const titleOf = (headline: string | null) => (headline ?? '').split(/ @ | at /)[0]!.trim();

/** The grade of a talent for a query: the highest grade among the rules it satisfies (each rule's conditions ANDed). */
export function gradeOf(talent: Pick<TalentRecord, 'skills' | 'headline'>, query: LabelledQuery, families: Fixture['families']): number {
  const skills = new Set(talent.skills.map((s) => s.toLowerCase()));
  const title = titleOf(talent.headline);
  let grade = 0;
  for (const rule of query.relevant) {
    const ok =
      (!rule.skillsAny || rule.skillsAny.some((s) => skills.has(s.toLowerCase()))) &&
      (!rule.skillsAll || rule.skillsAll.every((s) => skills.has(s.toLowerCase()))) &&
      (!rule.titleAny || rule.titleAny.includes(title)) &&
      (!rule.family || (families[rule.family] ?? []).includes(title));
    if (ok) grade = Math.max(grade, rule.grade);
  }
  return grade;
}

/** nDCG@k with gains 2^grade − 1; the ideal ranking is every talent's grade sorted. */
export function ndcgAt(k: number, ranked: string[], grades: Map<string, number>): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) / Math.log2(i + 2), 0);
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export interface QualityReport {
  talents: number;
  queries: number;
  /** Mean nDCG@10 per mode. */
  ndcg: Record<Mode, number>;
  /** Per query and mode, for the bench's breakdown. */
  perQuery: { id: string; kind: string; ndcg: Record<Mode, number> }[];
  /** Milliseconds per search request (to the search subgraph), per mode. */
  latency: Record<Mode, { p50: number; p95: number }>;
}

const SEARCH = 'query($q: String!, $mode: SearchMode) { search(query: $q, mode: $mode, first: 10) { edges { node { id } } } }';

/**
 * Runs every labelled query in every mode against the search subgraph of a started test stack
 * (straight to the subgraph: the gateway's per-viewer rate limit would cap a benchmark), and
 * measures nDCG@10 and request latency. `rounds` repeats the queries for latency percentiles.
 */
export async function measureSearchQuality(t: TestStack, talents: TalentRecord[], { rounds = 1 } = {}): Promise<QualityReport> {
  const fixture = loadFixture();
  const url = t.stack.subgraphs.search!.url;
  const timings: Record<Mode, number[]> = { KEYWORD: [], SEMANTIC: [], HYBRID: [] };
  const perQuery: QualityReport['perQuery'] = [];
  for (const query of fixture.queries) {
    const grades = new Map(talents.map((talent) => [talent.id, gradeOf(talent, query, fixture.families)]));
    const ndcg = {} as Record<Mode, number>;
    for (const mode of SEARCH_MODES) {
      let ids: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const started = performance.now();
        const response = await t.request<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, { q: query.query, mode }, { url });
        timings[mode].push(performance.now() - started);
        if (response.body.errors) throw new Error(`${query.id} ${mode}: ${JSON.stringify(response.body.errors)}`);
        ids = response.body.data!.search.edges.map((e) => e.node.id);
      }
      ndcg[mode] = ndcgAt(10, ids, grades);
    }
    perQuery.push({ id: query.id, kind: query.kind, ndcg });
  }
  const mean = (mode: Mode) => perQuery.reduce((sum, q) => sum + q.ndcg[mode], 0) / perQuery.length;
  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  };
  return {
    talents: talents.length,
    queries: fixture.queries.length,
    ndcg: { KEYWORD: mean('KEYWORD'), SEMANTIC: mean('SEMANTIC'), HYBRID: mean('HYBRID') },
    perQuery,
    latency: Object.fromEntries(
      SEARCH_MODES.map((m) => [m, { p50: percentile(timings[m], 50), p95: percentile(timings[m], 95) }]),
    ) as QualityReport['latency'],
  };
}
