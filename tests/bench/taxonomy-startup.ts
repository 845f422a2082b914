/**
 * What the taxonomies cost a process at start: every subgraph, test stack and CLI tool builds the skill taxonomy
 * (taxonomy/skills.json) and the job vocabulary on first use. Each run is a fresh child process that times, one
 * after the other: importing and building the taxonomy, the job vocabulary, the first queries of the matchers the
 * parser and search use (normalizeSkill, findSkills, findConcepts: what is built lazily is built there), the typo
 * tolerance's index (fuzzy-skills.ts) and the embedder revision's fingerprints (embedder-revision.ts). It prints
 * the median of the runs for each step, the total, and the heap the process holds after (a full GC first).
 *
 *   npm run bench:taxonomy-startup [-- --runs 9] [--compare <another checkout>]
 *
 * `--compare` times another checkout's code the same way, its runs interleaved with this one's (a git worktree of an
 * earlier commit, with node_modules linked in: `git worktree add /tmp/wt-old <commit> && ln -s $PWD/node_modules
 * /tmp/wt-old/`), and prints the ratios: the two sides then share the machine's load. Each side reads its own
 * taxonomy/skills.json: copy this one's over the other's for a like-for-like figure.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const STEPS = ['taxonomy', 'vocabulary', 'matchers', 'fuzzy', 'fingerprint'] as const;
type Step = (typeof STEPS)[number];
type Figures = Record<Step | 'total', number>;
/** Wall-clock and CPU milliseconds (CPU: the process's threads, tsx's loader among them; steadier on a busy machine). */
interface Timings {
  wall: Figures;
  cpu: Figures;
  heapMB: number;
}

const SKILLS_TEXT = 'Python, Go 和 Kubernetes；熟悉 k8s、React Native 与 机器学习, experience with PostgreSQL and manual and API testing';
const CONCEPT_TEXT = '高级前端工程师 senior backend engineer, Account Executive @ 字节跳动 北京';

/** One fresh process's timings: the modules under `root` imported and used step by step. */
async function child(root: string): Promise<Timings> {
  const load = (path: string) => import(pathToFileURL(`${root}/${path}`).href);
  const timings: Timings = { wall: {} as Figures, cpu: {} as Figures, heapMB: 0 };
  const time = async (step: Step, work: () => Promise<void>) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await work();
    const cpu = process.cpuUsage(cpuStart);
    timings.wall[step] = performance.now() - start;
    timings.cpu[step] = (cpu.user + cpu.system) / 1000;
  };
  await time('taxonomy', async () => {
    (await load('taxonomy/taxonomy.ts')).skillTaxonomy();
  });
  await time('vocabulary', async () => {
    (await load('taxonomy/job-vocabulary.ts')).jobVocabulary();
  });
  await time('matchers', async () => {
    const taxonomy = await load('taxonomy/taxonomy.ts');
    taxonomy.normalizeSkill('k8s');
    taxonomy.findSkills(SKILLS_TEXT);
    taxonomy.findSkills(SKILLS_TEXT, { isSkillList: true });
    (await load('taxonomy/job-vocabulary.ts')).findConcepts(CONCEPT_TEXT);
  });
  await time('fuzzy', async () => {
    const fuzzy = await load('data/embeddings/fuzzy-skills.ts');
    fuzzy.findSkillsTolerant('kubernets pyhton postgress');
    fuzzy.findConceptsTolerant('fronend enginer');
  });
  await time('fingerprint', async () => {
    const revision = await load('data/embeddings/embedder-revision.ts');
    revision.committedOfflineRevision();
    revision.committedModelTextRevision();
  });
  for (const figures of [timings.wall, timings.cpu]) figures.total = STEPS.reduce((sum, step) => sum + figures[step], 0);
  // What the process holds, not what it has yet to collect: the build's garbage would count otherwise.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  timings.heapMB = process.memoryUsage().heapUsed / 2 ** 20;
  return timings;
}

function spawnChild(root: string): Timings {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', root], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`child for ${root} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as Timings;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};

if (process.argv.includes('--child')) {
  console.log(JSON.stringify(await child(arg('--child')!)));
} else {
  const runs = Number(arg('--runs') ?? 9);
  const here = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
  const other = arg('--compare');
  const roots = other ? [here, other.replace(/\/$/, '')] : [here];
  // One run each first, not counted: tsx compiles and caches the modules.
  for (const root of roots) spawnChild(root);
  const results = new Map(roots.map((root) => [root, [] as Timings[]]));
  for (let i = 0; i < runs; i++) for (const root of roots) results.get(root)!.push(spawnChild(root));
  console.log(`taxonomy start-up: median of ${runs} fresh processes, ms (load average ${loadavg()[0]!.toFixed(1)})`);
  const columns = [...STEPS, 'total'] as const;
  const row = (cells: string[]) => console.log(cells.map((c) => c.padStart(13)).join(''));
  for (const kind of ['wall', 'cpu'] as const) {
    const medians = roots.map((root) => columns.map((c) => median(results.get(root)!.map((t) => t[kind][c]))));
    console.log(`\n${kind === 'wall' ? 'wall clock' : 'CPU time'}`);
    row(['', ...columns]);
    row(['this tree', ...medians[0]!.map((v) => v.toFixed(1))]);
    if (other) {
      row(['compared', ...medians[1]!.map((v) => v.toFixed(1))]);
      row(['compared/this', ...columns.map((_, c) => `${(medians[1]![c]! / Math.max(medians[0]![c]!, 0.01)).toFixed(1)}x`)]);
    }
  }
  const heaps = roots.map((root) => median(results.get(root)!.map((t) => t.heapMB)).toFixed(1));
  console.log(`\nheap held after a full GC, MB: ${heaps.join(' (this tree), ')}${other ? ' (compared)' : ''}`);
  if (other) {
    console.log(`\ncompared: ${other}`);
  }
}
