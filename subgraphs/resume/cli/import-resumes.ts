/**
 * `npm run resumes:import -- <folder> [--org <uuid>]`: uploads every file of a folder (not its
 * subfolders) for an organisation (the demo one by default) through the same pipeline as
 * `uploadResume`, shows a progress bar and prints a report line per file: created, attached (and
 * how) or the error with its reason. Exits with 1 when a file was refused.
 *
 * It writes the source of truth and the outbox only; the running projector (the talent subgraph's,
 * or `npm run projector`) brings the graph, vector and search stores along. With embedded stores,
 * run it while Looma is stopped (a running Looma holds the data directory, platform/data-dir-lock.ts,
 * and the command says so): the next start projects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { openRelationalStore } from '../../../data/stores.ts';
import { cliOrganisation } from '../../../data/seed/cli-org.ts';
import { loadConfig } from '../../../platform/config.ts';
import { explainDataDirLock } from '../../../platform/data-dir-lock.ts';
import { LoomaError } from '../../../platform/errors.ts';
import { runMain } from '../../../platform/main.ts';
import { ingestResume } from '../intake/resume-intake.ts';

interface ReportLine {
  file: string;
  outcome: 'created' | 'attached' | 'error';
  detail: string;
}

await runMain(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { org: { type: 'string' } } });
  const folder = positionals[0];
  if (!folder || positionals.length > 1) throw new Error('usage: npm run resumes:import -- <folder> [--org <uuid>]');
  const files = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();

  const config = loadConfig();
  const db = await explainDataDirLock(
    openRelationalStore(config),
    'While it runs, upload each file through its uploadResume mutation; or stop it, import, and start it again (the start projects them).',
  );
  try {
    const orgId = await cliOrganisation(db, config, values.org);

    const report: ReportLine[] = [];
    const bar = new SingleBar(
      { format: 'resumes {bar} {value}/{total} {file}', hideCursor: true, stream: process.stderr },
      Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: '' });
    for (const file of files) {
      bar.update({ file });
      report.push(await importOne(file, orgId));
      bar.increment();
    }
    bar.stop();

    const width = Math.max(4, ...report.map((line) => line.file.length));
    for (const line of report) process.stdout.write(`${line.file.padEnd(width)}  ${line.outcome.padEnd(8)}  ${line.detail}\n`);
    const count = (outcome: ReportLine['outcome']) => report.filter((line) => line.outcome === outcome).length;
    process.stdout.write(
      `\n${files.length} files: ${count('created')} created, ${count('attached')} attached, ${count('error')} refused\n`,
    );
    if (count('error') > 0) process.exitCode = 1;
  } finally {
    await db.close();
  }

  async function importOne(file: string, orgId: string): Promise<ReportLine> {
    try {
      const content = fs.readFileSync(path.join(folder!, file));
      const { talent, attachedBy } = await ingestResume(
        db,
        { filename: file, contentBase64: content.toString('base64') },
        { orgId, createdBy: 'resumes:import', limits: config.resumes },
      );
      return attachedBy === 'CREATED'
        ? { file, outcome: 'created', detail: `${talent.name} (${talent.id})` }
        : { file, outcome: 'attached', detail: `${attachedBy} → ${talent.name} (${talent.id})` };
    } catch (error) {
      // Refusals (the parser's reasons, CONFLICT) go to the report; anything else stops the run.
      if (!(error instanceof LoomaError)) throw error;
      return { file, outcome: 'error', detail: `${String(error.details.reason ?? error.code)}: ${error.message}` };
    }
  }
});
