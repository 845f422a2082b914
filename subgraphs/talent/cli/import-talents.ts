/**
 * `npm run talents:import -- <file> [--org <uuid>] [--batch 1000] [--errors <file>] [--format jsonl|csv]`:
 * syncs talents from an upstream system's export through the same domain function as the
 * `importTalents` mutation, in batches of up to 1,000 rows, streaming a file of any size.
 *
 * Formats (by extension, or `--format`):
 * - JSON Lines (`.jsonl`, `.ndjson`): one ImportTalentRow object per line; blank lines are skipped.
 * - CSV (`.csv`): a header row naming ImportTalentRow fields (`source`, `externalId`, `name`, …;
 *   an unknown column stops the run before anything is imported), then one row per talent, quoted
 *   as RFC 4180 says. An empty cell is a field the row does not give. List fields (`skills`,
 *   `languages`, `emails`, `phones`, `schools`, `tags`) are `;`-separated; `employments` are
 *   `;`-separated `company|title|start|end` (months as YYYY-MM, parts may be empty); `links` are
 *   `;`-separated URLs (LINKEDIN for linkedin.com, GITHUB for github.com, WEBSITE otherwise) or
 *   `KIND=url`.
 *
 * It shows a progress bar, prints a summary (created, updated, unchanged, errors, rows/s) and, when
 * a row was refused, writes an errors file (JSON Lines: line, externalId, code, field, message;
 * `<file>.errors.jsonl` unless `--errors` names one) and exits with 1. Changes are recorded in the
 * audit log as the system's. It writes the source of truth and the outbox only: the running projector
 * (the talent subgraph's, or `npm run projector`) brings graph, vector and search along. With
 * embedded stores, run it while Looma is stopped: a running Looma holds the data directory
 * (platform/data-dir-lock.ts) and the command says so.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { parse as parseCsv } from 'csv-parse';
import { openRelationalStore } from '../../../data/stores.ts';
import { cliOrganisation } from '../../../data/seed/cli-org.ts';
import { loadConfig } from '../../../platform/config.ts';
import { explainDataDirLock } from '../../../platform/data-dir-lock.ts';
import { runMain } from '../../../platform/main.ts';
import { LINK_KINDS } from '../talents/talent-fields.ts';
import { IMPORT_ROW_FIELDS } from '../sync/import-rows.ts';
import { MAX_IMPORT_ROWS, importTalentRows, type ImportTalentsResult } from '../sync/talent-import.ts';

const LIST_COLUMNS = new Set(['skills', 'languages', 'emails', 'phones', 'schools', 'tags']);

const USAGE = 'usage: npm run talents:import -- <file> [--org <uuid>] [--batch 1000] [--errors <file>] [--format jsonl|csv]';

/** One record of the file: the row, or why the line could not be read as one. */
interface FileRecord {
  line: number;
  row?: unknown;
  unreadable?: string;
}

interface ErrorLine {
  line: number;
  externalId: string;
  code: string;
  field: string | null;
  message: string;
}

await runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      batch: { type: 'string', default: String(MAX_IMPORT_ROWS) },
      errors: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(USAGE);
  const batchSize = Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_IMPORT_ROWS)
    throw new Error(`--batch must be 1 to ${MAX_IMPORT_ROWS}, got ${values.batch}`);
  const format = values.format ?? (/\.csv$/i.test(file) ? 'csv' : /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : undefined);
  if (format !== 'csv' && format !== 'jsonl')
    throw new Error(`cannot tell the format of ${file}: name it .jsonl or .csv, or pass --format jsonl|csv`);
  const size = fs.statSync(file).size;
  const errorsPath = values.errors ?? `${file}.errors.jsonl`;
  // A previous run's errors file must not be read as this run's.
  if (!values.errors) fs.rmSync(errorsPath, { force: true });

  const config = loadConfig();
  const db = await explainDataDirLock(
    openRelationalStore(config),
    `While it runs, send the rows through its importTalents mutation (up to ${MAX_IMPORT_ROWS.toLocaleString('en')} a call); or stop it, import, and start it again (the start projects them).`,
  );
  try {
    const orgId = await cliOrganisation(db, config, values.org);
    const totals = { rows: 0, created: 0, updated: 0, unchanged: 0, errors: 0 };
    let errorsFile: fs.WriteStream | undefined;
    // Written a batch at a time, in line order: unreadable lines with the batch's refused rows.
    let pendingErrors: ErrorLine[] = [];
    const reportError = (error: ErrorLine) => {
      pendingErrors.push(error);
      totals.errors += 1;
    };
    const writeErrors = () => {
      if (pendingErrors.length === 0) return;
      errorsFile ??= fs.createWriteStream(errorsPath);
      for (const error of pendingErrors.sort((a, b) => a.line - b.line)) errorsFile.write(`${JSON.stringify(error)}\n`);
      pendingErrors = [];
    };

    const bar = new SingleBar(
      {
        format: 'talents {bar} {percentage}% | {rows} rows | {created} created, {updated} updated, {unchanged} unchanged, {errors} errors',
        hideCursor: true,
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    bar.start(size, 0, totals);
    const started = performance.now();
    const input = fs.createReadStream(file);
    const records = format === 'csv' ? csvRecords(input) : jsonLines(input);

    let batch: FileRecord[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const { result } = await importTalentRows(
        db,
        orgId,
        'system',
        batch.map((record) => record.row),
      );
      tally(result, batch);
      batch = [];
      writeErrors();
    };
    const tally = (result: ImportTalentsResult, sent: FileRecord[]) => {
      totals.created += result.created;
      totals.updated += result.updated;
      totals.unchanged += result.unchanged;
      for (const row of result.rows) {
        if (row.outcome !== 'ERROR') continue;
        reportError({
          line: sent[row.index]!.line,
          externalId: row.externalId,
          code: row.errorCode ?? 'ERROR',
          field: row.field,
          message: row.error ?? '',
        });
      }
    };
    for await (const record of records) {
      totals.rows += 1;
      if (record.unreadable !== undefined)
        reportError({ line: record.line, externalId: '', code: 'BAD_USER_INPUT', field: null, message: record.unreadable });
      else batch.push(record);
      if (batch.length >= batchSize) await flush();
      bar.update(input.bytesRead, totals);
    }
    await flush();
    writeErrors();
    bar.update(size, totals);
    bar.stop();
    if (errorsFile)
      await new Promise<void>((resolve, reject) => errorsFile!.end((error?: Error | null) => (error ? reject(error) : resolve())));

    const seconds = (performance.now() - started) / 1000;
    const n = (value: number) => value.toLocaleString('en');
    process.stdout.write(
      `${n(totals.rows)} rows in ${seconds.toFixed(1)} s (${n(Math.round(totals.rows / Math.max(seconds, 0.001)))} rows/s): ` +
        `${n(totals.created)} created, ${n(totals.updated)} updated, ${n(totals.unchanged)} unchanged, ${n(totals.errors)} errors\n`,
    );
    if (totals.errors > 0) {
      process.stdout.write(`errors: ${errorsPath} (one JSON line each: line, externalId, code, field, message)\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
});

/** JSON Lines: one object per non-blank line; a line that is not JSON is reported, not fatal. */
async function* jsonLines(input: fs.ReadStream): AsyncGenerator<FileRecord> {
  let line = 0;
  for await (const text of readline.createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (!text.trim()) continue;
    try {
      yield { line, row: JSON.parse(text) as unknown };
    } catch {
      yield { line, unreadable: 'the line is not valid JSON' };
    }
  }
}

/** CSV with a header row; a record csv-parse cannot read (e.g. an unclosed quote) is reported, the others go on. */
async function* csvRecords(input: fs.ReadStream): AsyncGenerator<FileRecord> {
  const skipped: FileRecord[] = [];
  const parser = input.pipe(
    parseCsv({
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      columns: (header: string[]) => {
        const unknown = header.filter((column) => !IMPORT_ROW_FIELDS.includes(column.trim()));
        if (unknown.length)
          throw new Error(
            `unknown CSV column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the columns are ImportTalentRow's fields: ${IMPORT_ROW_FIELDS.join(', ')}`,
          );
        return header.map((column) => column.trim());
      },
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => skipped.push({ line: error.lines ?? 0, unreadable: error.message }));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length) yield skipped.shift()!;
    yield { line: info.lines, row: csvRow(record) };
  }
  while (skipped.length) yield skipped.shift()!;
}

/** A CSV record as an ImportTalentRow (see the header comment for the cell formats). */
function csvRow(record: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const list = (cell: string) =>
    cell
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean);
  for (const [column, cell] of Object.entries(record)) {
    if (cell.trim() === '') continue;
    if (LIST_COLUMNS.has(column)) row[column] = list(cell);
    else if (column === 'yearsOfExperience') row[column] = Number.isFinite(Number(cell)) ? Number(cell) : cell;
    else if (column === 'employments') {
      row[column] = list(cell).map((entry) => {
        const [company, title, start, end] = entry.split('|').map((part) => part.trim());
        return { company, ...(title ? { title } : {}), ...(start ? { start } : {}), ...(end ? { end } : {}) };
      });
    } else if (column === 'links') {
      row[column] = list(cell).map((entry) => {
        const named = /^([A-Z]+)=(.+)$/.exec(entry);
        if (named && (LINK_KINDS as readonly string[]).includes(named[1]!)) return { kind: named[1], url: named[2] };
        const kind = /^https?:\/\/([^/]+\.)?linkedin\.com\//i.test(entry)
          ? 'LINKEDIN'
          : /^https?:\/\/([^/]+\.)?github\.com\//i.test(entry)
            ? 'GITHUB'
            : 'WEBSITE';
        return { kind, url: entry };
      });
    } else row[column] = cell;
  }
  return row;
}
