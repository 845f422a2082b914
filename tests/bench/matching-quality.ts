/**
 * `npm run bench:matching-quality`: how well the matching scorer ranks talents for a job (issue 14, point 7), on
 * the labelled set of tests/fixtures/matching/ (24 jobs, 165 talents, grades written before any scorer ran).
 * Every talent is scored for every job with `scoreMatch` under three weightings: the skills alone (required and
 * preferred), the embedding alone (semantic similarity) and the defaults (DEFAULT_MATCHING_WEIGHTS), ranked as
 * `Job.matches` ranks them (knocked-out talents after the others). Prints nDCG@10 and precision@10 (grade ≥ 2
 * relevant) on the TEST split, by language, with the dev split beside it labelled; and whether the full scorer
 * beats each single factor on the test split. The offline embedder always; the real model too when its
 * environment is exported (LOOMA_MODEL_URL from deploy/local/up.sh, or EMBEDDINGS_PROVIDER=openai and
 * OPENAI_BASE_URL). No stores: the scorer is pure, the similarities are the cosines of the texts the talent
 * projection and matching embed.
 * `-- --per-job` lists the DEV jobs one by one (never the test ones: a per-job view is what tuning reads), and
 * the dev jobs where the full scorer does not beat a single factor.
 */
import { createEmbedder } from '../../data/embeddings/embedder.ts';
import { loadConfig } from '../../platform/config.ts';
import {
  meanQuality,
  measureMatchingQuality,
  similaritiesOf,
  WEIGHTING_NAMES,
  type JobQuality,
  type KnockoutOrder,
} from '../support/matching-quality.ts';
import { loadMatchingSet } from '../support/matching-set.ts';
import { benchEmbedders } from '../support/model-env.ts';

const perJobListed = process.argv.includes('--per-job');
const set = loadMatchingSet();

const embedders = benchEmbedders();

const pad = (s: string, n: number) => s.padEnd(n);
const header = `${pad('', 24)}${pad('nDCG@10', 30)}precision@10 (grade ≥ 2)\n${pad('', 24)}${[...WEIGHTING_NAMES, ...WEIGHTING_NAMES, 'ceiling'].map((w) => pad(w, 10)).join('')}`;
const row = (label: string, jobs: JobQuality[]) => {
  const mean = meanQuality(jobs);
  const ceiling = jobs.reduce((sum, j) => sum + j.precisionCeiling, 0) / jobs.length;
  const figures = [...WEIGHTING_NAMES.map((w) => mean[w].ndcg), ...WEIGHTING_NAMES.map((w) => mean[w].precision), ceiling];
  return `${pad(`${label} (${jobs.length})`, 24)}${figures.map((f) => pad(f.toFixed(3), 10)).join('')}`;
};

function printTable(jobs: JobQuality[]) {
  const test = jobs.filter((j) => j.split === 'test');
  const dev = jobs.filter((j) => j.split === 'dev');
  console.log(header);
  console.log(row('TEST split', test));
  for (const lang of ['en', 'zh'] as const)
    console.log(
      row(
        `  test, ${lang}`,
        test.filter((j) => j.lang === lang),
      ),
    );
  console.log(row('dev split', dev));
}

const summary: string[] = [];
for (const { kind, env } of embedders) {
  const embedder = createEmbedder(loadConfig({ LOOMA_ENV: 'test', ...env }).embeddings);
  const started = performance.now();
  const similarities = await similaritiesOf(embedder, set);
  const embedMs = performance.now() - started;
  const figures = (order: KnockoutOrder) => measureMatchingQuality(set, similarities, embedder.model, order);
  const flagged = figures('flagged-last');
  console.log(
    `matching quality, embedder ${embedder.model} (${kind}): ${set.jobs.length} jobs (${flagged.filter((j) => j.split === 'test').length} test), ` +
      `${set.talents.length} talents, every pair scored; embeddings took ${(embedMs / 1000).toFixed(1)} s\n`,
  );
  console.log('ranked as Job.matches ranks them (knocked-out talents after the others):');
  printTable(flagged);
  console.log('\nby score alone (knock-outs ignored):');
  printTable(figures('score-only'));
  if (perJobListed) {
    console.log(`\n${pad('dev job (Job.matches order)', 34)}${WEIGHTING_NAMES.map((w) => pad(w, 10)).join('')}`);
    for (const j of flagged.filter((q) => q.split === 'dev'))
      console.log(`${pad(j.id, 34)}${WEIGHTING_NAMES.map((w) => pad(j.ndcg[w].toFixed(3), 10)).join('')}`);
    const behind = flagged.filter((j) => j.split === 'dev' && (j.ndcg.full < j.ndcg.skills || j.ndcg.full < j.ndcg.semantic));
    console.log(`dev jobs where full is behind a single factor: ${behind.map((j) => j.id).join(', ') || 'none'}`);
  }
  const test = meanQuality(flagged.filter((j) => j.split === 'test'));
  const verdict = (other: 'skills' | 'semantic') =>
    `${test.full.ndcg > test[other].ndcg ? 'beats' : 'DOES NOT beat'} ${other}-only (${test.full.ndcg.toFixed(3)} vs ${test[other].ndcg.toFixed(3)})`;
  summary.push(`${embedder.model} (${kind}): on the test split, full ${verdict('skills')}, ${verdict('semantic')}`);
  console.log('');
}
console.log(`goal (issue 14, point 7: nDCG@10 on the test split, Job.matches order):\n  ${summary.join('\n  ')}`);
