import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The SQL statements of the source tree, by the table each one is about (the table it writes, locks or reads first). */
export interface TableStatement {
  table: string;
  file: string;
  line: number;
  kind: 'write' | 'read';
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_DIRS = ['app', 'data', 'gateway', 'platform', 'subgraphs'];

/** Every table the migrations create. */
export function migrationTables(): Set<string> {
  const tables = new Set<string>();
  for (const dir of ['data/migrations/core', 'data/migrations/embedded']) {
    for (const file of fs.readdirSync(path.join(ROOT, dir))) {
      const sql = fs.readFileSync(path.join(ROOT, dir, file), 'utf8');
      for (const match of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?([a-z_]+)"?/gi)) tables.add(match[1]!.toLowerCase());
    }
  }
  return tables;
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('__generated__'));
}

/** The text of each string and template literal (a template's parts joined by a placeholder). */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' $x ');
    if (text !== null) {
      found.push({ text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const WRITE = /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([a-z_]+)"?/gi;
const READ = /\bFROM\s+"?([a-z_]+)"?/gi;

/** The first table read outside parentheses: a subquery (`EXISTS (SELECT 1 FROM tags ...)`) is a condition of another table's query. */
function primaryRead(text: string): string | undefined {
  for (const match of text.matchAll(READ)) {
    const before = text.slice(0, match.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth <= 0) return match[1]!.toLowerCase();
  }
  return undefined;
}

/** Every statement on a migration table in the source tree (not tests or migrations), or in the `files` given (relative to the root). */
export function tableStatements(files: string[] = SOURCE_DIRS.flatMap(sourceFiles)): TableStatement[] {
  const tables = migrationTables();
  const statements: TableStatement[] = [];
  for (const file of files) {
    for (const { text, line } of literals(file)) {
      if (!/\b(SELECT|INSERT|UPDATE|DELETE|FROM|TRUNCATE)\b/.test(text)) continue;
      const writes = [...text.matchAll(WRITE)].map((match) => match[1]!.toLowerCase()).filter((table) => tables.has(table));
      // `ON CONFLICT ... DO UPDATE SET` is the insert's own table.
      for (const table of new Set(writes)) statements.push({ table, file, line, kind: 'write' });
      if (writes.length > 0) continue;
      const read = primaryRead(text);
      if (read && tables.has(read)) statements.push({ table: read, file, line, kind: 'read' });
    }
  }
  return statements;
}

/** The modules holding statements on each table. */
export function tableOwners(statements = tableStatements()): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const { table, file } of statements) owners.set(table, (owners.get(table) ?? new Set()).add(file));
  return owners;
}
