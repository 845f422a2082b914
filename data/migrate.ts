import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RelationalStore } from './ports.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** An arbitrary constant: concurrent starters of the same database take turns. */
const MIGRATION_LOCK = 4_711_2026;

export type MigrationSet = 'core' | 'embedded';

/**
 * Applies forward-only SQL migrations in name order, each in its own transaction, and records them
 * in `schema_migrations`. `core` runs everywhere; `embedded` only on PGlite (the projection tables).
 */
export async function migrate(store: RelationalStore, sets: MigrationSet[]): Promise<string[]> {
  await store.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  for (const set of sets) {
    const dir = path.join(MIGRATIONS_DIR, set);
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      const name = `${set}/${file}`;
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      const didApply = await store.transaction(async (tx) => {
        // Concurrent starters of one database take turns; the lock ends with the transaction.
        await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        const [done] = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
        if (done) return false;
        for (const statement of splitStatements(sql)) await tx.query(statement);
        await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
        return true;
      });
      if (didApply) applied.push(name);
    }
  }
  return applied;
}

/**
 * Splits a migration file into statements on semicolons that end a line, except inside a
 * dollar-quoted body (`$$ … $$`, a function's), which stays whole.
 */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (!inBody && /^\s*--/.test(line)) continue;
    current.push(line);
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, ''));
      current = [];
    }
  }
  statements.push(current.join('\n'));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0);
}
