import fs from 'node:fs';
import { toTalentRecord, type TalentRecord, type TalentRow } from '../../data/records/talent-record.ts';
import { TALENT_COLUMNS } from '../../data/records/talent-store.ts';
import type { Split } from './eval-split.ts';
import { ndcgAt } from './ranking-metrics.ts';
import type { TestStack } from './stack.ts';

/**
 * The labelled query sets of tests/fixtures/search/ and the rules that grade a talent for each:
 * queries.json, the project's first set (dev only: the taxonomy was tuned on its text), and
 * queries-v2.json, written blind (paraphrases, job ads, typos, abbreviations, pinyin), split into dev and test.
 */
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
  split: Split;
  relevant: Rule[];
}
export interface Fixture {
  families: Record<string, string[]>;
  queries: LabelledQuery[];
}

export const QUERY_SETS = ['queries.json', 'queries-v2.json'] as const;
export type QuerySet = (typeof QUERY_SETS)[number];

/** A query with the set it comes from and that set's job families. */
export interface SetQuery extends LabelledQuery {
  set: QuerySet;
  families: Fixture['families'];
}

export const SEARCH_MODES = ['KEYWORD', 'SEMANTIC', 'HYBRID'] as const;
export type Mode = (typeof SEARCH_MODES)[number];

export function loadFixture(file: QuerySet = 'queries.json'): Fixture {
  return JSON.parse(fs.readFileSync(new URL(`../fixtures/search/${file}`, import.meta.url), 'utf8')) as Fixture;
}

/** Every labelled query of every set. */
export function labelledQueries(): SetQuery[] {
  return QUERY_SETS.flatMap((set) => {
    const { families, queries } = loadFixture(set);
    return queries.map((query) => ({ ...query, set, families }));
  });
}

export const titleOf = (headline: string | null) => (headline ?? '').split(/ @ | at /)[0]!.trim();

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

export { ndcgAt };

export interface QueryResult {
  id: string;
  set: QuerySet;
  split: Split;
  lang: string;
  kind: string;
  ndcg: Record<Mode, number>;
}

export interface QualityReport {
  talents: number;
  queries: number;
  /** Mean nDCG@10 per mode over every measured query (meanNdcg of a subset for a split). */
  ndcg: Record<Mode, number>;
  perQuery: QueryResult[];
  /** Answers ranked without the embedding model (SEMANTIC_SEARCH_UNAVAILABLE) even when asked again: their figures are keyword figures. */
  degraded: Record<Mode, number>;
  /** Milliseconds per search request (to the search subgraph), per mode. */
  latency: Record<Mode, { p50: number; p95: number }>;
}

/** Mean nDCG@10 per mode over some of the results (NaN when there are none). */
export function meanNdcg(results: readonly QueryResult[]): Record<Mode, number> {
  const mean = (mode: Mode) => results.reduce((sum, q) => sum + q.ndcg[mode], 0) / results.length;
  return { KEYWORD: mean('KEYWORD'), SEMANTIC: mean('SEMANTIC'), HYBRID: mean('HYBRID') };
}

/** Whether an answer says it was ranked without the embedding model. */
const isDegraded = (extensions: unknown) =>
  ((extensions as { warnings?: { code?: string }[] } | undefined)?.warnings ?? []).some((w) => w.code === 'SEMANTIC_SEARCH_UNAVAILABLE');
const DEGRADED_ATTEMPTS = 4;

const SEARCH = 'query($q: String!, $mode: SearchMode) { search(query: $q, mode: $mode, first: 10) { edges { node { id } } } }';

/**
 * Runs labelled queries (by default every query of every set) in every mode against the search subgraph of a
 * started test stack (straight to the subgraph: the gateway's per-viewer rate limit would cap a benchmark), and
 * measures nDCG@10 and request latency. `rounds` repeats the queries for latency percentiles.
 */
export async function measureSearchQuality(
  t: TestStack,
  talents: TalentRecord[],
  { rounds = 1, queries = labelledQueries() }: { rounds?: number; queries?: SetQuery[] } = {},
): Promise<QualityReport> {
  const url = t.stack.subgraphs.search!.url;
  const timings: Record<Mode, number[]> = { KEYWORD: [], SEMANTIC: [], HYBRID: [] };
  const degraded: Record<Mode, number> = { KEYWORD: 0, SEMANTIC: 0, HYBRID: 0 };
  const perQuery: QueryResult[] = [];
  for (const query of queries) {
    const grades = new Map(talents.map((talent) => [talent.id, gradeOf(talent, query, query.families)]));
    const ndcg = {} as Record<Mode, number>;
    for (const mode of SEARCH_MODES) {
      let ids: string[] = [];
      for (let round = 0; round < rounds; round++) {
        for (let attempt = 1; ; attempt++) {
          const started = performance.now();
          const response = await t.request<{ search: { edges: { node: { id: string } }[] } }>(SEARCH, { q: query.query, mode }, { url });
          timings[mode].push(performance.now() - started);
          if (response.body.errors) throw new Error(`${query.id} ${mode}: ${JSON.stringify(response.body.errors)}`);
          ids = response.body.data!.search.edges.map((e) => e.node.id);
          if (!isDegraded((response.body as { extensions?: unknown }).extensions)) break;
          // Ranked without the model (a shared model server that did not answer in time): not a figure of the
          // model. Asked again after a pause; what stays degraded is counted and reported.
          if (attempt === DEGRADED_ATTEMPTS) {
            degraded[mode]++;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 3_000 * attempt));
        }
      }
      ndcg[mode] = ndcgAt(10, ids, grades);
    }
    perQuery.push({ id: query.id, set: query.set, split: query.split, lang: query.lang, kind: query.kind, ndcg });
  }
  const percentile = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  };
  return {
    talents: talents.length,
    queries: queries.length,
    ndcg: meanNdcg(perQuery),
    perQuery,
    degraded,
    latency: Object.fromEntries(
      SEARCH_MODES.map((m) => [m, { p50: percentile(timings[m], 50), p95: percentile(timings[m], 95) }]),
    ) as QualityReport['latency'],
  };
}

/** The demo talents' rows of a test stack's organisation, as records (what the rules grade). */
export async function stackTalents(t: TestStack): Promise<TalentRecord[]> {
  await t.stack.runtime.data.stores.search.refresh('talents');
  const rows = await t.stack.runtime.data.stores.relational.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1`, [
    t.orgId,
  ]);
  return rows.map(toTalentRecord);
}
