/**
 * Resume parsing benchmark: per-field precision and recall on the labelled set
 * (tests/fixtures/resumes), then resumes parsed per second for text and for PDF on one core
 * (one process, one resume at a time). Goals: 20/s for text, 5/s for PDF.
 *
 *   npm run bench:parse [-- --seconds 3]
 */
import { availableParallelism } from 'node:os';
import { parseResume } from '../../subgraphs/resume/parser/resume-parser.ts';
import { FIELDS, Scoreboard, fixtureInput, labelledSet } from '../resume/labelled-set.ts';

const secondsArg = process.argv.indexOf('--seconds');
const SECONDS = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 3;
const GOALS = { text: 20, pdf: 5 } as const;

const set = labelledSet();
const board = new Scoreboard();
for (const [file, expected] of set) board.add(file, await parseResume(fixtureInput(file)), expected);
const scores = board.scores();

console.log(`labelled set: ${set.length} resumes (${countBy((e) => e.format)}; ${countBy((e) => e.lang)})`);
console.log('field        precision  recall   (matched / predicted / expected)');
for (const field of FIELDS) {
  const s = scores[field];
  console.log(
    `${field.padEnd(12)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}   (${s.truePositives} / ${s.predicted} / ${s.expected})`,
  );
}
if (board.misses.length) console.log(`\nmisses:\n  ${board.misses.join('\n  ')}`);

console.log(`\nthroughput, one core (${availableParallelism()} available), ${SECONDS}s each, node ${process.version}`);
const kinds = {
  text: set.filter(([, e]) => e.format === 'txt' || e.format === 'md' || e.format === 'html'),
  pdf: set.filter(([, e]) => e.format === 'pdf'),
  docx: set.filter(([, e]) => e.format === 'docx'),
};
let failed = false;
for (const [kind, files] of Object.entries(kinds)) {
  const inputs = files.map(([file]) => fixtureInput(file));
  await parseResume(inputs[0]!); // warm-up: module loading, pdf.js worker
  let parsed = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  while (performance.now() < deadline) await parseResume(inputs[parsed++ % inputs.length]!);
  const elapsed = (performance.now() - started) / 1000;
  const rate = parsed / elapsed;
  const goal = GOALS[kind as keyof typeof GOALS];
  const verdict = goal === undefined ? '' : rate >= goal ? `  (goal ${goal}/s: met)` : `  (goal ${goal}/s: MISSED)`;
  if (goal !== undefined && rate < goal) failed = true;
  console.log(
    `${kind.padEnd(5)} ${rate.toFixed(1).padStart(8)} resumes/s  ${((elapsed / parsed) * 1000).toFixed(2).padStart(7)} ms each  (${parsed} parses of ${inputs.length} files)${verdict}`,
  );
}
process.exitCode = failed ? 1 : 0;

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function countBy(key: (e: (typeof set)[number][1]) => string): string {
  const counts = new Map<string, number>();
  for (const [, e] of set) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
