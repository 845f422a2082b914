import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toTalentRecord, type TalentRow } from '../../data/records/talent-record.ts';
import { TALENT_COLUMNS } from '../../data/records/talent-store.ts';
import { loadFixture, measureSearchQuality } from '../support/search-quality.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/** How far below the better single ranking HYBRID may land (rank fusion trades a little on queries one side gets perfectly). */
const TOLERANCE = 0.02;

describe.each(STACK_MODES)('search quality on the labelled queries ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 450 });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  it('has at least 30 labelled queries: English, Chinese and mixed; skills, titles, sentences and semantic ones', () => {
    const { queries } = loadFixture();
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(queries.map((q) => q.lang))).toEqual(new Set(['en', 'zh', 'mixed']));
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['skill', 'title', 'sentence', 'semantic']));
  });

  it.runIf(available)(
    'HYBRID ranks at least as well as the better of KEYWORD and SEMANTIC (nDCG@10)',
    async () => {
      await t.stack.runtime.data.stores.search.refresh('talents');
      const rows = await t.stack.runtime.data.stores.relational.query<TalentRow>(
        `SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1`,
        [t.orgId],
      );
      const { ndcg } = await measureSearchQuality(t, rows.map(toTalentRecord));
      console.log(
        `[${mode}] nDCG@10: ${JSON.stringify(Object.fromEntries(Object.entries(ndcg).map(([m, v]) => [m, Number(v.toFixed(3))])))}`,
      );
      expect(ndcg.HYBRID).toBeGreaterThanOrEqual(Math.max(ndcg.KEYWORD, ndcg.SEMANTIC) - TOLERANCE);
      // Keyword search alone cannot answer the semantic queries: fusion must add to it.
      expect(ndcg.HYBRID).toBeGreaterThan(ndcg.KEYWORD + 0.1);
    },
    120_000,
  );
});
