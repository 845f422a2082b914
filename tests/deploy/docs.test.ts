/**
 * The map stays true: README.md and docs/architecture.md name only paths that exist and npm scripts that
 * package.json has, the configuration table lists every variable platform/config.ts reads, and the
 * table-owner map is the one the code has (tests/support/table-owners.ts).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../platform/config.ts';
import { tableOwners } from '../support/table-owners.ts';

const DOCS = ['README.md', 'docs/architecture.md'] as const;
const text = Object.fromEntries(DOCS.map((file) => [file, fs.readFileSync(file, 'utf8')])) as Record<(typeof DOCS)[number], string>;
const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const TOP = ['app', 'data', 'platform', 'gateway', 'subgraphs', 'schema', 'sdk', 'taxonomy', 'tests', 'deploy', 'docs'];

/** The body of a `## heading` section, up to the next `## `. */
function section(doc: string, heading: string): string {
  const start = doc.indexOf(`\n## ${heading}\n`);
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('README and docs/architecture.md', () => {
  it('name only npm scripts that package.json has', () => {
    for (const [file, doc] of Object.entries(text)) {
      const named = [...doc.matchAll(/npm run ([a-z][a-z:-]*)/g)].map((match) => match[1]!);
      expect(
        named.filter((name) => !(name in scripts)),
        `${file} names scripts package.json lacks`,
      ).toEqual([]);
    }
  });

  it('name only repository paths that exist', () => {
    const pattern = new RegExp(`(?<![\\w./-])((?:${TOP.join('|')})/[\\w./+-]*[\\w/])`, 'g');
    for (const [file, doc] of Object.entries(text)) {
      const named = new Set([...doc.matchAll(pattern)].map((match) => match[1]!.replace(/\/$/, '')));
      expect(
        [...named].filter((p) => !fs.existsSync(p)),
        `${file} names paths that do not exist`,
      ).toEqual([]);
    }
  });

  it("list every configuration variable in the architecture's Configuration section", () => {
    const configuration = section(text['docs/architecture.md'], 'Configuration');
    expect(CONFIG_VARIABLES.filter((variable) => !configuration.includes(`\`${variable}\``))).toEqual([]);
  });

  it('map each table to the owner the code has', () => {
    const map = section(text['docs/architecture.md'], 'One owner per table');
    const documented = new Map<string, string>();
    for (const [, tables, owner] of map.matchAll(/^\| (`[a-z_]+`(?:, `[a-z_]+`)*) \| `([^`]+)`/gm)) {
      for (const [, table] of tables!.matchAll(/`([a-z_]+)`/g)) documented.set(table!, owner!);
    }
    const actual = new Map([...tableOwners()].map(([table, owners]) => [table, [...owners].sort().join(', ')]));
    expect(Object.fromEntries([...documented].sort())).toEqual(Object.fromEntries([...actual].sort()));
  });
});
