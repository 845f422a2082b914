import { describe, expect, it } from 'vitest';
import { migrationTables, tableOwners, tableStatements } from '../support/table-owners.ts';

/**
 * One owner per table (issue 10): every statement whose table is T — it writes, locks or first reads
 * T — lives in T's one store module. Another store may still join T inside a query on its own table.
 */
describe('one owner per table', () => {
  const statements = tableStatements();
  const owners = tableOwners(statements);

  it('gives every table of the migrations exactly one module holding its SQL, and that module is a store', () => {
    const shared = [...owners].filter(([, files]) => files.size > 1).map(([table, files]) => `${table}: ${[...files].join(', ')}`);
    expect(shared).toEqual([]);
    for (const table of migrationTables()) expect(owners.has(table), `${table} has no store`).toBe(true);
    for (const [table, files] of owners) {
      const [file] = [...files];
      expect(file, table).toMatch(/(-store\.ts|^data\/outbox\.ts|^data\/adapters\/[a-z-]+\.ts)$/);
    }
  });

  it('knows the statements it keeps: the talents table is written and read in data/records/talent-store.ts only', () => {
    const talents = statements.filter((statement) => statement.table === 'talents');
    expect(talents.filter((statement) => statement.kind === 'write').length).toBeGreaterThan(3);
    expect(new Set(talents.map((statement) => statement.file))).toEqual(new Set(['data/records/talent-store.ts']));
  });

  it("catches a module that writes or reads another store's table, and lets a subquery's join be", () => {
    const rogue = tableStatements(['tests/fixtures/table-owners/rogue-store.ts']);
    expect(rogue.map(({ table, kind }) => `${kind} ${table}`)).toEqual(['write notes', 'read tags']);
    const merged = tableOwners([...statements, ...rogue]);
    expect([...merged.get('notes')!]).toContain('tests/fixtures/table-owners/rogue-store.ts');
    expect(merged.get('notes')!.size).toBe(2);
  });
});
