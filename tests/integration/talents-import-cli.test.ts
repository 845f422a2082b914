import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { DEMO_ORG_ID } from '../../platform/auth.ts';

/** `npm run talents:import` end to end: JSON Lines and CSV files, a fresh embedded database, the summary, the errors file and the rows. */
describe('the talents:import command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-talents-cli-'));
  const dataDir = path.join(dir, 'data');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (file: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'subgraphs/talent/cli/import-talents.ts', file, ...args], {
      env: { ...process.env, LOOMA_DATA_DIR: dataDir, LOOMA_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('imports JSON Lines and CSV, reports refused rows in an errors file, and re-imports as unchanged', async () => {
    const jsonl = write('crm.jsonl', [
      JSON.stringify({ source: 'legacy-crm', externalId: '1', name: 'Wang Wei', emails: ['Wang.Wei@Example.com'], skills: ['Go'] }),
      '',
      JSON.stringify({ source: 'legacy-crm', externalId: '2', name: 'No Mail', emails: ['not-an-address'] }),
      '{ not json',
      JSON.stringify({ source: 'legacy-crm', externalId: '3', chineseName: '李娜', phones: ['13812345678'], tags: ['vip'] }),
    ]);
    const first = run(jsonl, '--batch', '2');
    expect(first.status, first.stderr).toBe(1); // rows were refused
    expect(first.stdout).toMatch(/^4 rows in [\d.]+ s \([\d,]+ rows\/s\): 2 created, 0 updated, 0 unchanged, 2 errors$/m);
    expect(first.stdout).toContain(`errors: ${jsonl}.errors.jsonl`);
    const errors = fs
      .readFileSync(`${jsonl}.errors.jsonl`, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(errors).toEqual([
      { line: 3, externalId: '2', code: 'BAD_USER_INPUT', field: 'emails.0', message: 'is not a valid e-mail address' },
      { line: 4, externalId: '', code: 'BAD_USER_INPUT', field: null, message: 'the line is not valid JSON' },
    ]);

    // CSV: the same upstream id 1 with more fields (an update), and a new talent with quoted cells.
    const csv = write('crm.csv', [
      'source,externalId,name,skills,emails,employments,links,yearsOfExperience,tags',
      'legacy-crm,1,Wang Wei,Go;Kubernetes,wang.wei@example.com,"ByteDance|Engineer|2019-01|2021-06;Alibaba|Staff Engineer|2021-07|",https://www.linkedin.com/in/wangwei;WEBSITE=https://wang.dev,7,',
      'legacy-crm,4,"Zhang, San",Python,zhang@example.com,,,,a;b',
    ]);
    const second = run(csv);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^2 rows in .*: 1 created, 1 updated, 0 unchanged, 0 errors$/m);
    expect(fs.existsSync(`${csv}.errors.jsonl`)).toBe(false);
    const third = run(csv);
    expect(third.stdout).toMatch(/^2 rows in .*: 0 created, 0 updated, 2 unchanged, 0 errors$/m);

    // An unknown column stops the run before any row is imported.
    const typo = write('typo.csv', ['source,externalId,nmae', 'legacy-crm,9,Typo']);
    const refused = run(typo);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/unknown CSV column nmae/);

    const db = await PGliteRelationalStore.open(path.join(dataDir, 'pg'));
    try {
      const talents = await db.query<{
        name: string;
        skills: string[];
        emails: string[];
        current_company: string;
        links: unknown;
        years_of_experience: string;
        version: number;
      }>(
        `SELECT t.name, t.skills, t.emails, t.current_company, t.links, t.years_of_experience, t.version
         FROM talents t JOIN talent_external_ids e ON e.talent_id = t.id WHERE t.org_id = $1 ORDER BY e.external_id`,
        [DEMO_ORG_ID],
      );
      expect(talents.map((t) => t.name)).toEqual(['Wang Wei', '李娜', 'Zhang, San']);
      expect(talents[0]).toMatchObject({
        skills: ['Go', 'Kubernetes'],
        emails: ['wang.wei@example.com'],
        current_company: 'Alibaba',
        links: [
          { kind: 'LINKEDIN', url: 'https://www.linkedin.com/in/wangwei' },
          { kind: 'WEBSITE', url: 'https://wang.dev' },
        ],
        version: 2,
      });
      expect(Number(talents[0]!.years_of_experience)).toBe(7);
      const [events] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE org_id = $1', [DEMO_ORG_ID]);
      expect(events!.n).toBe(4); // three creations and one update; the unchanged re-import wrote none
      const tags = await db.query<{ name: string }>('SELECT name FROM tags WHERE org_id = $1 ORDER BY name', [DEMO_ORG_ID]);
      expect(tags.map((t) => t.name)).toEqual(['a', 'b', 'vip']);
    } finally {
      await db.close();
    }
  }, 240_000);
});
