import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/egress.ts';
import { failOnCrash, startServiceProcess, waitForAnswer } from '../support/service-process.ts';

/**
 * `npm run serve -- <service> [--port N]` as a deployment runs it (docker-compose, the image): through
 * npm, on the Node the `node` package pins, one service on the port given, closed gracefully when npm
 * is sent SIGTERM (what `docker stop` sends), and refusing bad arguments before anything starts.
 */

const dataDirs: string[] = [];
afterAll(() => dataDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function embeddedEnv(): Record<string, string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-serve-'));
  dataDirs.push(dataDir);
  // Only PATH and HOME of the test's environment: the served process opens the embedded stores.
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOOMA_DATA_DIR: dataDir, LOG_LEVEL: 'info' };
}

/**
 * `npm run serve -- <args>`, started and waited for until `url` answers 2xx; npm's end fails it at once
 * with the service's output, and a start the Node runtime crashed is tried once more (service-process.ts).
 */
async function serve(args: string[], env: Record<string, string>, url: string) {
  const { service, ready } = await startServiceProcess(
    'npm run serve',
    () => spawn('npm', ['run', '--silent', 'serve', '--', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
    (started) => waitForAnswer(started, url, { timeoutMs: 240_000 }),
  );
  return {
    response: ready,
    output: service.output,
    // SIGTERM to npm, SIGKILL after a minute; resolves on 'close', not 'exit': the service writes to the same pipes, and its last lines follow npm's exit.
    stop: () => service.stop('SIGTERM', 60_000),
  };
}

const isListening = (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('npm run serve', () => {
  it('runs one service on the port given, on the pinned Node, and closes it when npm gets SIGTERM', { timeout: 600_000 }, async () => {
    const env = embeddedEnv();
    const port = await freePort();
    const ops = await serve(['ops', '--port', String(port)], env, `http://127.0.0.1:${port}/health`);
    try {
      expect(await ops.response.json()).toEqual({ status: 'ok', service: 'ops' });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const pinned = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies
        .node;
      expect(metrics).toContain(`looma_nodejs_version_info{version="v${pinned}"`);
    } finally {
      await ops.stop();
    }
    // npm forwarded the signal to the service (no shell between them to swallow it): it closed,
    // freeing its port and the embedded data directory, instead of running on as an orphan.
    // npm may exit before the service has written its last lines (they reach the same pipe): wait for them.
    await until(async () => ops.output().includes('received signal, closing'), 30_000);
    expect(ops.output()).toContain('received signal, closing');
    expect(await until(async () => !(await isListening(`http://127.0.0.1:${port}/health`)), 60_000)).toBe(true);
    expect(ops.output()).not.toContain('error while closing');

    // The same data directory opens again: the first process let go of it.
    const again = await serve(['ops', '--port', String(port)], env, `http://127.0.0.1:${port}/health`);
    await again.stop();
  });

  it('refuses an unknown service or a bad port with a message naming it, before any store opens', () => {
    const env = embeddedEnv();
    const run = (...args: string[]) => {
      const result = spawnSync('npm', ['run', '--silent', 'serve', '--', ...args], { env, encoding: 'utf8', timeout: 120_000 });
      // A crash is no refusal: it fails here, named, and is never started again.
      failOnCrash(`npm run serve -- ${args.join(' ')}`, result);
      return result;
    };
    const unknown = run('notifications');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(
      "looma: start-up failed: unknown service 'notifications': one of gateway, talent, ops, identity, search, resume, matching, chat",
    );
    const badPort = run('gateway', '--port', '99999');
    expect(badPort.status).toBe(1);
    expect(badPort.stderr).toContain("--port must be a whole number from 1 to 65535 (got '99999')");
    for (const result of [unknown, badPort]) expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(env.LOOMA_DATA_DIR!)).toEqual([]);
  });
});
