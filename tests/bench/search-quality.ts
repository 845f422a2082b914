/**
 * `npm run bench:search`: search quality (mean nDCG@10 over tests/fixtures/search/queries.json) and
 * search latency (p50/p95 per request to the search subgraph) per mode, KEYWORD, SEMANTIC and
 * HYBRID, on the embedded stores; `npm run bench:search -- --real` on the real stores whose URLs are
 * exported (deploy/local/up.sh), in a scratch database and namespace removed afterwards.
 */
import { toTalentRecord, type TalentRow } from '../../data/records/talent-record.ts';
import { TALENT_COLUMNS } from '../../data/records/talent-store.ts';
import { measureSearchQuality, SEARCH_MODES } from '../support/search-quality.ts';
import { startTestStack } from '../support/stack.ts';

const real = process.argv.includes('--real');
const TALENTS = Number(process.env.BENCH_TALENTS ?? 450);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const t = await startTestStack(real ? 'real' : 'embedded', { talents: TALENTS });
try {
  await t.stack.runtime.data.stores.search.refresh('talents');
  const rows = await t.stack.runtime.data.stores.relational.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE org_id = $1`, [
    t.orgId,
  ]);
  const report = await measureSearchQuality(t, rows.map(toTalentRecord), { rounds: ROUNDS });
  const { adapters } = t.stack.runtime.data.stores;
  console.log(
    `search quality on ${real ? 'real' : 'embedded'} stores (search: ${adapters.search}, vector: ${adapters.vector}, embedder: ${t.stack.runtime.data.embedder.model})`,
  );
  console.log(`${report.talents} demo talents, ${report.queries} labelled queries, ${ROUNDS} rounds for latency\n`);
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('query', 44)}${SEARCH_MODES.map((m) => pad(m, 10)).join('')}`);
  for (const q of report.perQuery)
    console.log(`${pad(`${q.id} (${q.kind})`, 44)}${SEARCH_MODES.map((m) => pad(q.ndcg[m].toFixed(3), 10)).join('')}`);
  console.log('');
  console.log(`${pad('mode', 10)}${pad('nDCG@10', 10)}${pad('p50 ms', 10)}p95 ms`);
  for (const mode of SEARCH_MODES) {
    const { p50, p95 } = report.latency[mode];
    console.log(`${pad(mode, 10)}${pad(report.ndcg[mode].toFixed(3), 10)}${pad(p50.toFixed(1), 10)}${p95.toFixed(1)}`);
  }
} finally {
  await t.close();
}
