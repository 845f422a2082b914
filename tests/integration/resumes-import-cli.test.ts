import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { DEMO_ORG_ID } from '../../platform/auth.ts';

/** `npm run resumes:import` end to end: a folder of files, a fresh embedded database, the report and the rows. */
describe('the resumes:import command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-resumes-cli-'));
  const folder = path.join(dir, 'resumes');
  const dataDir = path.join(dir, 'data');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports every file of a folder, reports each, and refuses bad files without writing them', async () => {
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'a-english.txt'),
      [
        'Grace Hopper',
        'grace.cli@example.com | +1 415 555 2671',
        'Experience',
        'Senior Engineer, Acme Corp, 2018 - present',
        'Skills: Go, Kubernetes',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(folder, 'b-chinese.md'),
      [
        '# 王芳',
        '邮箱: wangfang.cli@example.com  电话: 13700137000',
        '## 工作经历',
        '腾讯 产品经理 2020.01 - 至今',
        '技能: Axure, 数据分析',
      ].join('\n'),
    );
    // The same person as a-english.txt, by e-mail: attached, not created.
    fs.writeFileSync(path.join(folder, 'c-again.txt'), ['Grace Hopper', 'GRACE.CLI@example.com', 'Skills: Rust'].join('\n'));
    fs.writeFileSync(path.join(folder, 'd-broken.pdf'), Buffer.from('%PDF-1.7\nthis is not really a pdf'));
    fs.writeFileSync(path.join(folder, 'e-picture.xyz'), Buffer.from([0, 1, 2, 3]));

    const run = spawnSync(process.execPath, ['--import', 'tsx', 'subgraphs/resume/cli/import-resumes.ts', folder], {
      env: { ...process.env, LOOMA_DATA_DIR: dataDir, LOOMA_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(1); // a file was refused
    const lines = run.stdout.split('\n');
    const line = (file: string) => lines.find((l) => l.startsWith(file)) ?? '';
    expect(line('a-english.txt')).toMatch(/created\s+Grace Hopper/);
    expect(line('b-chinese.md')).toMatch(/created\s+王芳/);
    expect(line('c-again.txt')).toMatch(/attached\s+EMAIL_MATCH → Grace Hopper/);
    expect(line('d-broken.pdf')).toMatch(/error\s+CORRUPT_FILE/);
    expect(line('e-picture.xyz')).toMatch(/error\s+UNSUPPORTED_TYPE/);
    expect(run.stdout).toContain('5 files: 2 created, 1 attached, 2 refused');

    const db = await PGliteRelationalStore.open(path.join(dataDir, 'pg'));
    try {
      const talents = await db.query<{ name: string; emails: string[]; skills: string[] }>(
        'SELECT name, emails, skills FROM talents WHERE org_id = $1 ORDER BY name',
        [DEMO_ORG_ID],
      );
      expect(talents.map((t) => t.name)).toEqual(['Grace Hopper', '王芳']);
      expect(talents[0]!.skills).toEqual(expect.arrayContaining(['Go', 'Kubernetes', 'Rust']));
      const resumes = await db.query<{ filename: string }>('SELECT filename FROM resumes WHERE org_id = $1 ORDER BY filename', [
        DEMO_ORG_ID,
      ]);
      expect(resumes.map((r) => r.filename)).toEqual(['a-english.txt', 'b-chinese.md', 'c-again.txt']);
      // Each accepted file queued its projection; the refused ones wrote nothing.
      const [events] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM outbox WHERE aggregate_type = 'talent'");
      expect(events!.n).toBe(3);
    } finally {
      await db.close();
    }
  }, 180_000);
});
