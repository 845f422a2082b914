/**
 * `npm run bench:upload-bomb [-- --concurrent 4]`: what decompression bombs cost the resume service.
 * Starts the resume subgraph alone as its own process (as deployed: one process per service), on a
 * fresh embedded data directory, and sends `uploadResume` straight to it: 1, then N at once, of
 *
 * - ordinary resumes (the fixtures' PDF and DOCX, alternating): the baseline;
 * - DOCX bombs: 1 GiB of document.xml in about 3.6 MB, sizes declared honestly;
 * - lying DOCX bombs: the same, declaring 20 KB;
 * - PDF bombs: one content stream inflating to 512 MiB, in about 0.5 MB.
 *
 * For each it prints the process's resident memory (from /proc) before, at peak (sampled every
 * 10 ms) and one second after, the time until every answer was in, and what the answers were.
 * Figures, not assertions (tests/security/upload-bombs*.test.ts assert the behaviour).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDataLayer } from '../../data/data-layer.ts';
import { ensureDemoOrg } from '../../data/seed/demo-org.ts';
import { DEMO_ORG_ID } from '../../platform/auth.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { asUpload, docxBomb, pdfWithHugeStream } from '../resume/hostile-files.ts';
import { freePort } from '../support/egress.ts';

const { values } = parseArgs({ options: { concurrent: { type: 'string', default: '4' } } });
const N = Number(values.concurrent);
const MiB = 1024 * 1024;
const FIXTURES = new URL('../fixtures/resumes/', import.meta.url);
const UPLOAD = `mutation($input: UploadResumeInput!) { uploadResume(input: $input) { resume { id } } }`;
const STORE_VARIABLES = ['DATABASE_URL', 'NEO4J_URL', 'WEAVIATE_URL', 'ELASTICSEARCH_URL', 'REDIS_URL'];

type Upload = { filename: string; contentBase64: string };
const ordinary = [
  asUpload('02-en.pdf', fs.readFileSync(new URL('02-en.pdf', FIXTURES))),
  asUpload('11-en.docx', fs.readFileSync(new URL('11-en.docx', FIXTURES))),
];
const kinds: { name: string; upload: (i: number) => Upload }[] = [
  { name: 'ordinary resumes (baseline)', upload: (i) => ordinary[i % 2]! },
  { name: 'DOCX bomb, 1 GiB inflated', upload: () => asUpload('bomb.docx', docxBomb()) },
  { name: 'DOCX bomb, sizes lie', upload: () => asUpload('liar.docx', docxBomb({ declaredBytes: 20_000 })) },
  { name: 'PDF bomb, 512 MiB stream', upload: () => asUpload('stream.pdf', pdfWithHugeStream()) },
];

// The service on a fresh embedded data directory, in development mode (its anonymous demo viewer
// may upload), with the demo organisation in place and nothing else seeded.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-bench-bomb-'));
const port = await freePort();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  LOOMA_DATA_DIR: dataDir,
  LOOMA_ENV: 'development',
  LOG_LEVEL: 'warn',
  DEMO_SEED: 'false',
  RESUME_PORT: String(port),
};
for (const variable of STORE_VARIABLES) delete env[variable];
const seed = await openDataLayer(loadConfig(env), createLogger('bench', 'warn'));
await ensureDemoOrg(seed.stores.relational, DEMO_ORG_ID);
await seed.close();

const url = `http://127.0.0.1:${port}/graphql`;
const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/resume/index.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

try {
  await ready();
  const config = loadConfig(env).resumes;
  console.log(
    `resume service (pid ${child.pid}, embedded stores): parse pool ${config.parse.concurrency} workers × ${config.parse.heapMb} MiB heap, ` +
      `queue ${config.parse.queue}, inflate budget ${config.maxInflatedBytes / MiB} MiB, ${config.maxPages} pages, ${config.parse.timeoutMs / 1000} s`,
  );
  await upload(ordinary[0]!); // warm-up: a parse worker started, pdf.js loaded
  await settle();
  console.log(`RSS after start and one warm-up upload: ${rssMiB().toFixed(0)} MiB\n`);
  const rows: string[][] = [
    ['uploads', 'kind', 'upload size', 'RSS before', 'peak', 'after', 'peak − before', 'all answered in', 'answers'],
  ];
  for (const count of [1, N]) {
    for (const kind of kinds) {
      const inputs = Array.from({ length: count }, (_, i) => kind.upload(i));
      const before = rssMiB();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMiB())), 10);
      const started = performance.now();
      const answers = await Promise.all(inputs.map(upload));
      const elapsed = performance.now() - started;
      clearInterval(sampler);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const after = rssMiB();
      const tally = new Map<string, number>();
      for (const answer of answers) tally.set(answer, (tally.get(answer) ?? 0) + 1);
      rows.push([
        String(count),
        kind.name,
        size(Buffer.byteLength(inputs[0]!.contentBase64, 'base64')),
        `${before.toFixed(0)} MiB`,
        `${peak.toFixed(0)} MiB`,
        `${after.toFixed(0)} MiB`,
        `+${(peak - before).toFixed(0)} MiB`,
        `${elapsed.toFixed(0)} ms`,
        [...tally].map(([answer, n]) => `${n}× ${answer}`).join(', '),
      ]);
      await settle();
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)) + 2);
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(''));
} finally {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** One upload; its outcome as `created`/`attached` or the error's code and reason. */
async function upload(input: Upload): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: UPLOAD, variables: { input } }),
  });
  const body = (await response.json()) as {
    data?: { uploadResume: { resume: { id: string } } | null };
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
  if (body.data?.uploadResume) return 'stored';
  const extensions = body.errors?.[0]?.extensions ?? {};
  return [extensions.code, extensions.reason].filter(Boolean).join(' ') || `HTTP ${response.status}`;
}

async function ready(): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the resume service exited during start-up:\n${stderr}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Lets the previous round's garbage go before the next "before". */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

function size(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(2)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function rssMiB(): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
