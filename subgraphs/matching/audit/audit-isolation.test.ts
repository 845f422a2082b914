import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tableStatements } from '../../../tests/support/table-owners.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Every source file of the tree (not tests), relative to the root. */
const sourceFiles = (): string[] =>
  ['app', 'data', 'gateway', 'platform', 'subgraphs']
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name))),
    )
    .filter((file) => !file.split(path.sep).includes('__generated__'));

const AUDIT_DIR = path.join('subgraphs', 'matching', 'audit');
const WIRING = ['index.ts', 'context.ts'].map((file) => path.join('subgraphs', 'matching', file));

describe('audit attributes never reach scoring (issue 14, point 5)', () => {
  it('has every statement on talent_audit_attributes in the audit store, and only the audit reads that store', () => {
    const statements = tableStatements().filter((s) => s.table === 'talent_audit_attributes');
    expect(statements.length).toBeGreaterThan(0);
    expect(new Set(statements.map((s) => s.file))).toEqual(new Set([path.join(AUDIT_DIR, 'audit-attribute-store.ts')]));
    const importers = sourceFiles().filter((file) =>
      /audit-attribute-store(\.ts)?['"]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')),
    );
    expect(
      importers.every((file) => path.dirname(file) === AUDIT_DIR),
      importers.join(', '),
    ).toBe(true);
  });

  it('keeps the ranking, the scorer and the score cache from naming the table or importing the audit', () => {
    const scoringSide = sourceFiles().filter(
      (file) => file.startsWith(path.join('subgraphs', 'matching') + path.sep) && !file.startsWith(AUDIT_DIR + path.sep),
    );
    expect(scoringSide.some((file) => file.includes(`${path.sep}scoring${path.sep}`))).toBe(true);
    for (const file of scoringSide) {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/talent_audit_attributes/);
      // index.ts registers the audit's resolvers and builds it, context.ts names its type; nothing else of matching imports it.
      if (!WIRING.includes(file)) expect(text, file).not.toMatch(/from '(\.\.?\/)+audit\//);
    }
  });
});
