import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTalents } from '../../data/seed/demo-data.ts';
import { assignSplits } from '../support/eval-split.ts';
import { gradeOf, labelledQueries, loadFixture, meanNdcg, measureSearchQuality, stackTalents, titleOf } from '../support/search-quality.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/** How far below the better single ranking HYBRID may land (rank fusion trades a little on queries one side gets perfectly). */
const TOLERANCE = 0.02;

/**
 * Floors on the TEST split of queries-v2.json (450 demo talents, the offline embedder): the figures measured minus
 * 0.05, so that a query or two more or less does not fail CI and a real regression does. Measured when the split
 * was made: SEMANTIC 0.303 and HYBRID 0.303 (docs/performance.md, "Search quality"); raised after typo tolerance,
 * query expansion from the taxonomy and HYBRID's partial keyword matches: SEMANTIC 0.391, HYBRID 0.633 on the
 * embedded stores and 0.623 on the real ones (Elasticsearch); raised after the job vocabulary (titles, families,
 * levels, topics) and pinyin in the offline embedder and HYBRID's keyword side (looma-hash-ngram-v3): SEMANTIC
 * 0.805 on both, HYBRID 0.824 to 0.838 embedded (runs differ on ties) and 0.848 to 0.850 real; the lowest minus
 * 0.05; raised after the vocabulary's English side grew (d90bdd6, ca5f52d): SEMANTIC 0.856, HYBRID 0.872 embedded,
 * minus 0.05 and 0.06. Raise them when the system improves; never lower them to pass. KEYWORD measured 0.000 (every
 * term must match, and no query names a demo skill or title): no floor.
 */
const TEST_SPLIT_FLOORS = { SEMANTIC: 0.8, HYBRID: 0.81 } as const;

/**
 * The same with the real model (multilingual-e5-small-q4 from deploy/local/model.sh, embedded stores): SEMANTIC and
 * HYBRID measured 0.660 on the test split when it was made; after query expansion, partial keyword matches and the
 * model's fusion weights SEMANTIC 0.687 and HYBRID 0.732 (npm run bench:search); after the model's own passage and
 * query texts (data/embeddings/model-text.ts, semantic-query.ts) SEMANTIC 0.842 and HYBRID 0.863; each minus 0.05;
 * after the vocabulary and taxonomy grew (12:10, 2 December) SEMANTIC 0.873 and HYBRID 0.907, each minus 0.05.
 */
const MODEL_TEST_SPLIT_FLOORS = { SEMANTIC: 0.82, HYBRID: 0.85 } as const;

/** Issue 13's goals, printed and not asserted: HYBRID ≥ 0.75 with the offline embedder, ≥ 0.85 with the model, ≥ the best single mode. */
const GOAL_HYBRID_OFFLINE = 0.75;
const GOAL_HYBRID_MODEL = 0.85;

/** The local model server (deploy/local/up.sh exports it; CI runs it: tests/integration/embedding-model.test.ts requires it there). */
const MODEL_URL = process.env.LOOMA_MODEL_URL || undefined;
const MODEL_ENV = {
  EMBEDDINGS_PROVIDER: 'openai',
  OPENAI_BASE_URL: MODEL_URL ?? '',
  EMBEDDINGS_MODEL: 'multilingual-e5-small-q4',
  EMBEDDINGS_DIMENSIONS: '384',
  // Quality is measured here, not latency: a loaded machine's model server may take seconds for a query.
  EMBEDDINGS_QUERY_TIMEOUT_MS: '20000',
};

const rounded = (ndcg: Record<string, number>) =>
  JSON.stringify(Object.fromEntries(Object.entries(ndcg).map(([m, v]) => [m, Number(v.toFixed(3))])));
const goalLine = (label: string, test: Record<'KEYWORD' | 'SEMANTIC' | 'HYBRID', number>, goal: number) => {
  const best = Math.max(test.KEYWORD, test.SEMANTIC);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  return `[${label}] goals on the test split (printed, not asserted): HYBRID ${test.HYBRID.toFixed(3)} ≥ ${goal}: ${verdict(test.HYBRID >= goal)}; ≥ best single mode ${best.toFixed(3)}: ${verdict(test.HYBRID >= best)}`;
};
const belowFloors = (test: Record<'SEMANTIC' | 'HYBRID', number>, floors: Record<'SEMANTIC' | 'HYBRID', number>) =>
  (['SEMANTIC', 'HYBRID'] as const).filter((m) => test[m] < floors[m]).map((m) => `${m} ${test[m].toFixed(3)} < ${floors[m]}`);

const demo = generateDemoTalents(450);
const demoSkills = [...new Set(demo.flatMap((t) => t.skills))];
const demoTitles = [...new Set(demo.map((t) => titleOf(t.headline)))];
const hasCjk = (text: string) => /\p{Script=Han}/u.test(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Whether a query quotes a demo string: a Chinese one anywhere in it, a Latin one as a whole word (so 'golang' is not 'Go'). */
const quotes = (query: string, demoString: string) =>
  hasCjk(demoString)
    ? query.includes(demoString)
    : new RegExp(`(?<![\\p{L}\\p{N}])${escape(demoString)}(?![\\p{L}\\p{N}])`, 'iu').test(query);

describe('the labelled query sets', () => {
  const v1 = loadFixture('queries.json');
  const v2 = loadFixture('queries-v2.json');

  it('the first set has at least 30 queries: English, Chinese and mixed; skills, titles, sentences and semantic ones; all dev', () => {
    expect(v1.queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(v1.queries.map((q) => q.lang))).toEqual(new Set(['en', 'zh', 'mixed']));
    expect(new Set(v1.queries.map((q) => q.kind))).toEqual(new Set(['skill', 'title', 'sentence', 'semantic']));
    expect(new Set(v1.queries.map((q) => q.split))).toEqual(new Set(['dev']));
  });

  it('the blind set has at least 80 queries: English, Chinese and mixed; paraphrases, job ads, typos, abbreviations, pinyin', () => {
    expect(v2.queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(v2.queries.map((q) => q.lang))).toEqual(new Set(['en', 'zh', 'mixed']));
    expect(new Set(v2.queries.map((q) => q.kind))).toEqual(new Set(['paraphrase', 'job-ad', 'typo', 'abbreviation', 'pinyin']));
    const ids = labelledQueries().map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records the split the rule gives: stratified by language and kind, in file order, balanced within one per stratum', () => {
    const stratum = (q: { lang: string; kind: string }) => `${q.lang}/${q.kind}`;
    const expected = assignSplits(v2.queries, (q) => q.id, stratum);
    expect(v2.queries.map((q) => `${q.id}: ${q.split}`)).toEqual(v2.queries.map((q, i) => `${q.id}: ${expected[i]}`));
    const test = v2.queries.filter((q) => q.split === 'test').length;
    expect(Math.abs(2 * test - v2.queries.length)).toBeLessThanOrEqual(new Set(v2.queries.map(stratum)).size);
  });

  it('no blind query quotes a skill or title of the demo data; every skill and title its rules name exists there', () => {
    const quoting = v2.queries.flatMap((q) => [...demoSkills, ...demoTitles].filter((s) => quotes(q.query, s)).map((s) => `${q.id}: ${s}`));
    expect(quoting).toEqual([]);
    const skills = new Set(demoSkills.map((s) => s.toLowerCase()));
    const unknown = v2.queries.flatMap((q) =>
      q.relevant.flatMap((rule) => [
        ...[...(rule.skillsAny ?? []), ...(rule.skillsAll ?? [])].filter((s) => !skills.has(s.toLowerCase())),
        ...(rule.titleAny ?? []).filter((title) => !demoTitles.includes(title)),
        ...(rule.family && !v2.families[rule.family] ? [rule.family] : []),
      ]),
    );
    expect(unknown).toEqual([]);
  });

  it('every query has talents of grade 2 among the demo talents', () => {
    const talents = demo.map((t) => ({ skills: t.skills, headline: t.headline }));
    const unanswerable = labelledQueries().filter((q) => !talents.some((t) => gradeOf(t, q, q.families) === 2));
    expect(unanswerable.map((q) => q.id)).toEqual([]);
  });
});

describe.each(STACK_MODES)('search quality on the labelled queries ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 450 });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)(
    'on the first set HYBRID ranks at least as well as the better of KEYWORD and SEMANTIC; on the test split it holds its floors',
    async () => {
      const { perQuery, degraded } = await measureSearchQuality(t, await stackTalents(t));
      // The offline embedder never fails: every answer is the model's ranking, none a keyword fallback.
      expect(degraded).toEqual({ KEYWORD: 0, SEMANTIC: 0, HYBRID: 0 });
      const firstSet = meanNdcg(perQuery.filter((q) => q.set === 'queries.json'));
      const test = meanNdcg(perQuery.filter((q) => q.split === 'test'));
      console.log(`[${mode}] nDCG@10 on queries.json (dev): ${rounded(firstSet)}; on the test split: ${rounded(test)}`);
      console.log(goalLine(mode, test, GOAL_HYBRID_OFFLINE));
      expect(firstSet.HYBRID).toBeGreaterThanOrEqual(Math.max(firstSet.KEYWORD, firstSet.SEMANTIC) - TOLERANCE);
      // Keyword search alone cannot answer the semantic queries: fusion must add to it.
      expect(firstSet.HYBRID).toBeGreaterThan(firstSet.KEYWORD + 0.1);
      expect(belowFloors(test, TEST_SPLIT_FLOORS)).toEqual([]);
    },
    180_000,
  );
});

describe('search quality with the real embedding model (embedded stores)', () => {
  let t: TestStack;
  beforeAll(async () => {
    if (MODEL_URL) t = await startTestStack('embedded', { talents: 450, env: MODEL_ENV });
    // 450 passages through a model server on a loaded machine: the model's passages (modelPassageText) are about
    // three times as long as the offline embedder's, and took up to 220 s here with eight engineers' work running.
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(MODEL_URL)(
    'on the test split SEMANTIC and HYBRID hold their floors, every answer ranked by the model',
    async () => {
      const queries = labelledQueries().filter((q) => q.split === 'test');
      const { perQuery, degraded } = await measureSearchQuality(t, await stackTalents(t), { queries });
      const test = meanNdcg(perQuery);
      console.log(`[model] nDCG@10 on the test split: ${rounded(test)}`);
      console.log(goalLine('model', test, GOAL_HYBRID_MODEL));
      // A keyword fallback (the model did not answer, even when asked again) would pass off keyword figures as the model's.
      expect(degraded).toEqual({ KEYWORD: 0, SEMANTIC: 0, HYBRID: 0 });
      expect(belowFloors(test, MODEL_TEST_SPLIT_FLOORS)).toEqual([]);
    },
    300_000,
  );
});
