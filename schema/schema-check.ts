/**
 * `npm run schema:check [-- <base-ref> [<head-ref>]]`: lists the breaking and dangerous changes of
 * the client API schema (schema/api.graphql) between two versions — by default the last commit
 * against the working tree — so a reviewer and CI see what a change does to clients. Exits 1 when
 * a change is breaking, unless `--allow-breaking` is given.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { classifyChanges, type SchemaChange } from './schema-diff.ts';
import { API_SCHEMA_FILE } from './subgraphs.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const allowBreaking = process.argv.includes('--allow-breaking');
const [baseRef = 'HEAD', headRef] = args;
const file = 'schema/api.graphql';

function readAt(ref: string | undefined): string | null {
  if (!ref) return fs.readFileSync(API_SCHEMA_FILE, 'utf8');
  try {
    return execFileSync('git', ['show', `${ref}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

const before = readAt(baseRef);
const after = readAt(headRef);
if (after === null) {
  console.error(`${file} does not exist at ${headRef}`);
  process.exit(2);
}
if (before === null) {
  console.log(`${file} does not exist at ${baseRef}: every type is new.`);
  process.exit(0);
}

const changes = await classifyChanges(before, after);
const groups: [string, SchemaChange[]][] = [
  ['Breaking', changes.filter((c) => c.level === 'breaking')],
  ['Dangerous', changes.filter((c) => c.level === 'dangerous')],
  ['Safe', changes.filter((c) => c.level === 'safe')],
];
console.log(`API schema changes, ${baseRef} → ${headRef ?? 'working tree'}: ${changes.length === 0 ? 'none' : ''}`);
for (const [title, list] of groups) {
  if (list.length === 0) continue;
  console.log(`\n${title} (${list.length}):`);
  for (const change of list) {
    const reason = change.reason ? ` — ${change.reason}` : '';
    console.log(`  - ${change.message}${change.path ? ` [${change.path}]` : ''}${reason}`);
  }
}
const breaking = groups[0]![1].length;
if (breaking > 0 && !allowBreaking) {
  console.error(`\n${breaking} breaking change(s). Clients built on ${baseRef} may fail; pass --allow-breaking once the change is agreed.`);
  process.exit(1);
}
