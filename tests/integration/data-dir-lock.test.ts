import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { openDataLayer } from '../../data/data-layer.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { loadConfig } from '../../platform/config.ts';
import { DataDirLockedError, formatHolder, LOCK_FILE, lockDataDir, readHolder } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { freePorts } from '../support/egress.ts';
import { realStoreEnv, scratchDatabase } from '../support/real-stores.ts';
import { startServiceProcess, waitForOutput as untilPrinted } from '../support/service-process.ts';
import { STACK_MODES } from '../support/stack.ts';

/**
 * One process per embedded data directory (issue 9, point 4): a second opener is refused with a
 * message naming the directory and the holder while the first keeps answering; the CLIs say why
 * and what to do instead; stale locks (dead pid, reused pid) are taken over, by one racer only; and
 * kill -9 under a steady write load loses no acknowledged write.
 */

const SUBGRAPH_PORTS = ['GATEWAY_PORT', 'TALENT_PORT', 'OPS_PORT', 'IDENTITY_PORT', 'SEARCH_PORT', 'RESUME_PORT'];
const NO_STACK_TRACE = /\n\s+at /;

interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment of a Looma process over the embedded stores of `dataDir` (unless `extra` names real ones), on free ports. */
async function loomaEnv(dataDir: string, extra: Record<string, string> = {}): Promise<NodeJS.ProcessEnv> {
  const ports: Record<string, string> = {};
  const free = await freePorts(SUBGRAPH_PORTS.length);
  SUBGRAPH_PORTS.forEach((name, i) => (ports[name] = String(free[i])));
  return {
    ...process.env,
    ...ports,
    LOOMA_DATA_DIR: dataDir,
    LOOMA_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'false',
    DATABASE_URL: '',
    NEO4J_URL: '',
    WEAVIATE_URL: '',
    ELASTICSEARCH_URL: '',
    REDIS_URL: '',
    ...extra,
  };
}

/** `node --import tsx <script> ...` (one process: its pid is the one the lock names). */
function start(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a script to its end (killed after `timeoutMs`) and returns its exit and output. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 240_000): Promise<Finished> {
  return new Promise((resolve) => {
    const child = start(script, args, env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Resolves when `stream` has printed text matching `pattern`; rejects when the child exits first or after `timeoutMs`. */
function waitForOutput(child: ChildProcess, stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs = 150_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} on ${stream} within ${timeoutMs} ms: ${text}`)), timeoutMs);
    child[stream]!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    // 'close', not 'exit': the output of a child that printed and exited may arrive after 'exit'.
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}: ${text}`));
    });
  });
}

/**
 * Looma as `npm start` runs it, once it says it is running (150 s). Its end fails the start at once with its
 * stderr; a start the Node runtime crashed is tried once more (service-process.ts), taking over the
 * dead process's lock as any start does. The second openers below expect a refusal and are never retried.
 */
async function startLooma(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const { service } = await startServiceProcess(
    'app/cli/start-all.ts',
    () => start('app/cli/start-all.ts', [], env),
    (started) => untilPrinted(started, /Looma is running/, { stream: 'stderr', timeoutMs: 150_000 }),
  );
  return service.child;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

const tempDir = (prefix: string) => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('a running Looma holds its embedded data directory', () => {
  const root = tempDir('looma-lock-');
  const dataDir = path.join(root, 'data');
  const pgDir = path.join(dataDir, 'pg');
  let looma: ChildProcess;
  let gatewayPort: string;

  beforeAll(async () => {
    const env = await loomaEnv(dataDir);
    gatewayPort = env.GATEWAY_PORT!;
    looma = await startLooma(env);
  }, 180_000);

  afterAll(async () => {
    if (looma && looma.exitCode === null && looma.signalCode === null) looma.kill('SIGKILL');
    if (looma) await exited(looma);
    fs.rmSync(root, { recursive: true, force: true });
  });

  const expectRefused = (result: Finished) => {
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(
      `the embedded data directory ${pgDir} is in use by process ${looma.pid} (node app/cli/start-all.ts, started `,
    );
    expect(result.stderr).not.toMatch(NO_STACK_TRACE);
  };

  it('refuses a second service and a second npm start, naming the directory and the holder, while the first keeps answering', async () => {
    const [talent, all] = await Promise.all([
      run('subgraphs/talent/index.ts', [], await loomaEnv(dataDir)),
      run('app/cli/start-all.ts', [], await loomaEnv(dataDir)),
    ]);
    expectRefused(talent);
    expectRefused(all);
    expect(talent.stderr).toMatch(/Stop that process first, use the running instance through its API, or set DATABASE_URL/);

    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    const ready = await fetch(`http://127.0.0.1:${gatewayPort}/ready`);
    expect(ready.status).toBe(200);
  }, 300_000);

  it('each CLI that needs the database says why not and what to do instead, and changes nothing', async () => {
    const rows = path.join(root, 'rows.jsonl');
    fs.writeFileSync(rows, `${JSON.stringify({ source: 'lock-test', externalId: '1', name: 'Never Imported' })}\n`);
    const resumes = path.join(root, 'resumes');
    fs.mkdirSync(resumes);
    fs.writeFileSync(path.join(resumes, 'a.txt'), 'Ada Lovelace\nada@example.com\nSkills: Go');
    const env = await loomaEnv(dataDir);
    const clis: [string, string[], RegExp][] = [
      ['app/cli/issue-token.ts', [], /login mutation/],
      ['app/cli/signing-keys.ts', ['list'], /stop Looma, run npm run keys, start it again/],
      ['subgraphs/talent/cli/import-talents.ts', [rows], /importTalents mutation/],
      ['subgraphs/resume/cli/import-resumes.ts', [resumes], /uploadResume mutation/],
      ['data/cli/reindex.ts', [], /stop Looma, run npm run reindex, start it again/],
      ['data/cli/projector.ts', [], /already projects its embedded stores itself/],
      ['data/cli/consistency.ts', [], /stop Looma, run npm run consistency, start it again/],
      ['subgraphs/identity/cli/sign-ups.ts', ['list'], /stop Looma, run npm run signups, start it again/],
    ];
    const results = await Promise.all(clis.map(([script, args]) => run(script, args, env)));
    results.forEach((result, i) => {
      expectRefused(result);
      expect(result.stderr).toMatch(clis[i]![2]);
    });
    expect(fs.existsSync(`${rows}.errors.jsonl`)).toBe(false);
  }, 480_000);

  it('removes its lock on a clean shutdown, and the directory opens again', async () => {
    expect(readHolder(path.join(pgDir, LOCK_FILE))?.pid).toBe(looma.pid);
    looma.kill('SIGTERM');
    expect(await exited(looma)).toBe(0);
    expect(fs.existsSync(path.join(pgDir, LOCK_FILE))).toBe(false);
    const db = await PGliteRelationalStore.open(pgDir);
    await db.close();
  }, 120_000);
});

describe.runIf(STACK_MODES.find((m) => m.mode === 'real')!.available)('with real stores nothing is locked', () => {
  const root = tempDir('looma-lock-real-');
  const dataDir = path.join(root, 'data');
  let env: NodeJS.ProcessEnv;
  let dropDatabase = async () => {};
  let looma: ChildProcess;

  beforeAll(async () => {
    const scratch = await scratchDatabase('looma_lock');
    dropDatabase = scratch.drop;
    env = await loomaEnv(dataDir, {
      ...realStoreEnv(scratch.url, 'l'),
    });
    looma = await startLooma(env);
  }, 180_000);

  afterAll(async () => {
    if (looma && looma.exitCode === null && looma.signalCode === null) looma.kill('SIGTERM');
    if (looma) await exited(looma);
    // Leave the shared servers as they were: this run's collection, index and database go.
    if (env) {
      const data = await openDataLayer(loadConfig(env), createLogger('lock-test', 'silent'), { ensureTargets: false });
      await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
      await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
      await data.close();
    }
    await dropDatabase();
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);

  it('the CLIs work beside a running Looma on the same LOOMA_DATA_DIR', async () => {
    const [token, keys] = await Promise.all([run('app/cli/issue-token.ts', [], env), run('app/cli/signing-keys.ts', ['list'], env)]);
    expect(token.status, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(keys.status, keys.stderr).toBe(0);
    expect(keys.stdout).toMatch(/active/);
    expect(fs.existsSync(path.join(dataDir, 'pg', LOCK_FILE))).toBe(false);
  }, 300_000);
});

describe('stale locks', () => {
  const root = tempDir('looma-stale-');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const freshDir = () => path.join(root, `d${(n += 1)}`);
  const writeLock = (dir: string, pid: number, startTicks: string) => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, LOCK_FILE),
      formatHolder({ pid, startTicks, startedAt: '2026-01-01T00:00:00.000Z', command: 'node gone.ts' }),
    );
  };

  it('takes over the lock of a dead process', async () => {
    const dir = freshDir();
    writeLock(dir, deadPid(), '1');
    const db = await PGliteRelationalStore.open(dir);
    try {
      expect(readHolder(path.join(dir, LOCK_FILE))?.pid).toBe(process.pid);
      await db.ping();
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it.runIf(process.platform === 'linux')('takes over a lock whose pid now belongs to another process (other start time)', async () => {
    const dir = freshDir();
    writeLock(dir, 1, '999999999999'); // pid 1 lives, but did not start then
    const lock = await lockDataDir(dir);
    expect(readHolder(lock.file)?.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over an unreadable lock file, and removes the private files of creators that died before linking theirs', async () => {
    const dir = freshDir();
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, LOCK_FILE), '');
    const orphan = path.join(dir, `${LOCK_FILE}.${deadPid()}.0f6c2a3e-5b1d-4c8e-9a7f-2d4e6b8c0a1f.tmp`);
    fs.writeFileSync(orphan, '');
    const lock = await lockDataDir(dir);
    expect(readHolder(lock.file)?.pid).toBe(process.pid);
    expect(fs.existsSync(orphan)).toBe(false);
    lock.release();
  });

  it('never takes over a live holder, not even for the same process', async () => {
    const dir = freshDir();
    const lock = await lockDataDir(dir);
    try {
      await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(PGliteRelationalStore.open(dir)).rejects.toThrow(
        `the embedded data directory ${dir} is in use by process ${process.pid}`,
      );
    } finally {
      lock.release();
    }
  });

  it('lets exactly one of several racing starters take a stale lock', async () => {
    const dir = freshDir();
    writeLock(dir, deadPid(), '1');
    // Each holds what it won until every racer has reported, so a slow starter cannot come after a release.
    const racers = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--import', 'tsx', 'tests/support/lock-holder.ts', dir], { stdio: ['pipe', 'pipe', 'inherit'] }),
    );
    const outcomes = await Promise.all(
      racers.map((racer) => waitForOutput(racer, 'stdout', /\n/).then((line) => line.split(' ')[0]!.trim())),
    );
    for (const racer of racers) racer.stdin!.end();
    await Promise.all(racers.map(exited));
    expect(
      outcomes.filter((o) => o === 'locked'),
      outcomes.join(),
    ).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(5);
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);
});

describe('kill -9 under a steady write load', () => {
  const root = tempDir('looma-kill-');
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('loses no acknowledged write, and the directory opens again', async () => {
    const dataDir = path.join(root, 'data');
    const pgDir = path.join(dataDir, 'pg');
    const acknowledged: string[] = [];
    for (let round = 0; round < 2; round += 1) {
      const writer = start('tests/support/talent-writer.ts', [], await loomaEnv(dataDir));
      let stderr = '';
      writer.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      let pending = '';
      let acksThisRound = 0;
      const enoughAcks = new Promise<void>((resolve, reject) => {
        writer.stdout!.on('data', (chunk: Buffer) => {
          pending += chunk.toString();
          const lines = pending.split('\n');
          pending = lines.pop()!;
          for (const line of lines) {
            if (!line.startsWith('ack ')) continue;
            acknowledged.push(line.slice(4));
            if ((acksThisRound += 1) === 40) resolve();
          }
        });
        writer.once('exit', (code) => reject(new Error(`the writer exited with ${code}: ${stderr}`)));
      });
      await enoughAcks;
      writer.kill('SIGKILL');
      await exited(writer);
      // Its lock is left behind, naming a dead process.
      expect(readHolder(path.join(pgDir, LOCK_FILE))?.pid).toBe(writer.pid);
    }

    const db = await PGliteRelationalStore.open(pgDir);
    try {
      const rows = await db.query<{ name: string }>(`SELECT name FROM talents WHERE name LIKE 'Writer %'`);
      const stored = new Set(rows.map((row) => row.name.slice('Writer '.length)));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(80);
      expect(lost).toEqual([]);
    } finally {
      await db.close();
    }
  }, 400_000);
});
