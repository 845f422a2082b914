/**
 * `npm run bench:search`: search quality (mean nDCG@10) and latency (p50/p95 per request to the search subgraph)
 * per mode, KEYWORD, SEMANTIC and HYBRID, over the labelled sets of tests/fixtures/search/. The figure that counts
 * is the TEST split of queries-v2.json (written blind; tuning may not look at it), broken down by language and
 * kind; the dev splits are printed beside it, labelled. Runs the offline embedder (the zero-install default) and,
 * in the same run, the real model when its environment is exported (deploy/local/up.sh's LOOMA_MODEL_URL, or
 * EMBEDDINGS_PROVIDER=openai and OPENAI_BASE_URL). `-- --real` runs on the real stores (a scratch database and namespace, removed afterwards);
 * `-- --per-query` lists the dev queries one by one (never the test ones: a per-query view is what tuning reads).
 */
import {
  labelledQueries,
  meanNdcg,
  measureSearchQuality,
  SEARCH_MODES,
  stackTalents,
  type Mode,
  type QueryResult,
} from '../support/search-quality.ts';
import { benchEmbedders } from '../support/model-env.ts';
import { startTestStack } from '../support/stack.ts';

const real = process.argv.includes('--real');
const perQueryListed = process.argv.includes('--per-query');
const TALENTS = Number(process.env.BENCH_TALENTS ?? 450);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Issue 13's goals on the test split: HYBRID at least this, and at least the best single mode. */
const GOALS = { offline: 0.75, model: 0.85 } as const;

const embedders = benchEmbedders();

const pad = (s: string, n: number) => s.padEnd(n);
const row = (label: string, results: QueryResult[]) => {
  const ndcg = meanNdcg(results);
  return `${pad(`${label} (${results.length})`, 40)}${SEARCH_MODES.map((m) => pad(ndcg[m].toFixed(3), 10)).join('')}`;
};
const groups = (results: QueryResult[], key: (q: QueryResult) => string) =>
  [...new Set(results.map(key))].map((value) => [value, results.filter((q) => key(q) === value)] as const);

const summary: string[] = [];
for (const { kind, env } of embedders) {
  const t = await startTestStack(real ? 'real' : 'embedded', { talents: TALENTS, env });
  try {
    const report = await measureSearchQuality(t, await stackTalents(t), { rounds: ROUNDS, queries: labelledQueries() });
    const { adapters } = t.stack.runtime.data.stores;
    const embedder = t.stack.runtime.data.embedder.model;
    console.log(
      `search quality on ${real ? 'real' : 'embedded'} stores (search: ${adapters.search}, vector: ${adapters.vector}), embedder ${embedder} (${kind})`,
    );
    console.log(`${report.talents} demo talents, ${report.queries} labelled queries, ${ROUNDS} rounds for latency\n`);
    const degraded = SEARCH_MODES.filter((m) => report.degraded[m] > 0).map((m) => `${m} ${report.degraded[m]}`);
    if (degraded.length)
      console.log(
        `WARNING: answers ranked without the model even when asked again (${degraded.join(', ')}): these figures are not the model's\n`,
      );
    const test = report.perQuery.filter((q) => q.split === 'test');
    const dev = report.perQuery.filter((q) => q.split === 'dev');
    if (perQueryListed) {
      console.log(`${pad('dev query', 44)}${SEARCH_MODES.map((m) => pad(m, 10)).join('')}`);
      for (const q of dev)
        console.log(`${pad(`${q.id} (${q.kind})`, 44)}${SEARCH_MODES.map((m) => pad(q.ndcg[m].toFixed(3), 10)).join('')}`);
      console.log('');
    }
    console.log(`${pad('nDCG@10', 40)}${SEARCH_MODES.map((m) => pad(m, 10)).join('')}`);
    console.log(row('TEST split, queries-v2', test));
    for (const [lang, results] of groups(test, (q) => q.lang)) console.log(row(`  test, ${lang}`, results));
    for (const [k, results] of groups(test, (q) => q.kind)) console.log(row(`  test, ${k}`, results));
    console.log(
      row(
        'dev split, queries-v2',
        dev.filter((q) => q.set === 'queries-v2.json'),
      ),
    );
    console.log(
      row(
        'dev split, queries.json (tuned on)',
        dev.filter((q) => q.set === 'queries.json'),
      ),
    );
    console.log('');
    console.log(`${pad('latency', 40)}${SEARCH_MODES.map((m) => pad(m, 10)).join('')}`);
    for (const p of ['p50', 'p95'] as const)
      console.log(`${pad(`${p} ms per request`, 40)}${SEARCH_MODES.map((m) => pad(report.latency[m][p].toFixed(1), 10)).join('')}`);
    const ndcg: Record<Mode, number> = meanNdcg(test);
    const best = Math.max(ndcg.KEYWORD, ndcg.SEMANTIC);
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
    summary.push(
      `${embedder} (${kind}): HYBRID ${ndcg.HYBRID.toFixed(3)} on the test split; goal ≥ ${GOALS[kind]}: ${verdict(ndcg.HYBRID >= GOALS[kind])}; ` +
        `goal ≥ the best single mode (${best.toFixed(3)}): ${verdict(ndcg.HYBRID >= best)}`,
    );
    console.log('');
  } finally {
    await t.close();
  }
}
console.log(`goals (issue 13, on the test split):\n  ${summary.join('\n  ')}`);
