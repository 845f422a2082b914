import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from './egress.ts';
import {
  failOnCrash,
  isRuntimeCrash,
  ProcessEnded,
  startServiceProcess,
  waitForAnswer,
  waitForOutput,
  watchProcess,
} from './service-process.ts';

/**
 * The shared start of a service process, with tiny `node -e` children in place of a Looma service:
 * an exit or a signal is seen at once, V8's fatal check (and only it) is started once more, and a
 * second crash fails.
 */

const V8_CHECK = '\\n#\\n# Fatal error in , line 0\\n# Check failed: jit_page.has_value().\\n#\\n';
/** What Node 24.21 printed in CI, then the death V8's abort gives it. */
const CRASH = `process.stderr.write('${V8_CHECK}'); process.kill(process.pid, 'SIGTRAP');`;
const serving = (port: number) => `require('node:http').createServer((q, s) => s.end('up')).listen(${port}, '127.0.0.1');`;

const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });

/** Starts the children of `scripts` in turn (one a launch), waiting for the last one's answer. */
async function start(scripts: string[], port: number) {
  let launches = 0;
  const began = Date.now();
  const result = startServiceProcess(
    'child',
    () => node(scripts[launches++]!),
    (service) => waitForAnswer(service, `http://127.0.0.1:${port}/`, { timeoutMs: 60_000, read: (r) => r.text() }),
  );
  const outcome = await result.then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  cleanups.push(() => outcome.value?.service.stop());
  return { ...outcome, launches, seconds: (Date.now() - began) / 1_000 };
}

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.restoreAllMocks();
});

describe('startServiceProcess', () => {
  it('answers the ready value of a child that serves', async () => {
    const port = await freePort();
    const { value, launches } = await start([serving(port)], port);
    expect(value?.ready).toBe('up');
    expect(launches).toBe(1);
  });

  it('fails at once, with its stderr, when the child exits with a code; no second start', async () => {
    const { error, launches, seconds } = await start(["console.error('no such store: NEO4J_URL'); process.exit(3)"], await freePort());
    expect(error).toBeInstanceOf(ProcessEnded);
    expect((error as ProcessEnded).exit).toEqual({ code: 3, signal: null });
    expect((error as Error).message).toMatch(
      /^child ended with code 3 before http:\/\/127\.0\.0\.1:\d+\/ answered:\nno such store: NEO4J_URL$/,
    );
    expect(launches).toBe(1);
    expect(seconds).toBeLessThan(10);
  });

  it('sees at once a child a signal ended (its exit code is null), and does not start it again', async () => {
    const { error, launches, seconds } = await start(["console.error('going'); process.kill(process.pid, 'SIGKILL')"], await freePort());
    expect((error as ProcessEnded).exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect((error as Error).message).toContain('child ended with signal SIGKILL');
    expect((error as Error).message).toContain('going');
    expect(launches).toBe(1);
    expect(seconds).toBeLessThan(10);
  });

  it("starts once more a child that died of V8's fatal check, and answers the second start's result", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const port = await freePort();
    const { value, launches } = await start([CRASH, serving(port)], port);
    expect(value?.ready).toBe('up');
    expect(launches).toBe(2);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(
      /^child: the Node runtime crashed at start-up; starting it once more\.\n[\s\S]*# Check failed: jit_page/,
    );
  });

  it('fails when the second start crashes too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { error, launches } = await start([CRASH, CRASH], await freePort());
    expect(error).toBeInstanceOf(ProcessEnded);
    expect((error as ProcessEnded).isRuntimeCrash).toBe(true);
    expect((error as Error).message).toContain('child ended with signal SIGTRAP (the Node runtime crashed: V8 fatal check)');
    expect(launches).toBe(2);
  });

  it('does not start again a child whose stderr has only half of the fatal check', async () => {
    const { error, launches } = await start(["console.error('# Fatal error in , line 0'); process.exit(1)"], await freePort());
    expect((error as ProcessEnded).isRuntimeCrash).toBe(false);
    expect(launches).toBe(1);
  });

  it('waits for a line of output as readiness, and for a child that ends first fails at once', async () => {
    const printed = await startServiceProcess(
      'printer',
      () => node("setTimeout(() => console.error('Looma is running'), 200); setInterval(() => {}, 1000);"),
      (service) => waitForOutput(service, /Looma is running/, { stream: 'stderr', timeoutMs: 60_000 }),
    );
    cleanups.push(() => printed.service.stop());
    expect(printed.service.stderr()).toContain('Looma is running');

    const began = Date.now();
    await expect(
      startServiceProcess(
        'quitter',
        () => node("console.error('refused'); process.exit(1)"),
        (service) => waitForOutput(service, /Looma is running/, { stream: 'stderr', timeoutMs: 60_000 }),
      ),
    ).rejects.toThrow(/^quitter ended with code 1 before it printed \/Looma is running\/:\nrefused$/);
    expect(Date.now() - began).toBeLessThan(10_000);
  });
});

describe('watchProcess', () => {
  it('lets a test that polls something else check that the process still runs, and names its end with its stderr', async () => {
    const sleeper = watchProcess('sleeper', node("console.log('claimed 6'); setInterval(() => {}, 1000);"));
    cleanups.push(() => sleeper.stop());
    await waitForOutput(sleeper, /claimed/, { timeoutMs: 60_000 });
    await expect(sleeper.checkRunning()).resolves.toBeUndefined();
    expect(sleeper.stdout()).toBe('claimed 6\n');

    const quitter = watchProcess('quitter', node("console.log('out'); console.error('gone'); process.exit(2)"));
    await quitter.ended;
    await expect(quitter.checkRunning('before the test killed it')).rejects.toThrow(
      /^quitter ended with code 2 before the test killed it:\ngone$/,
    );
    expect([quitter.stdout(), quitter.stderr()]).toEqual(['out\n', 'gone\n']);
  });
});

describe('failOnCrash', () => {
  it('lets an exit with a code through, to the test that expects it', () => {
    expect(() => failOnCrash('cli', { status: 1, signal: null, stderr: 'looma: start-up failed: bad DATABASE_URL' })).not.toThrow();
  });

  it('names a signal or the V8 check instead, so an expected failure is never passed by a crash', () => {
    expect(() => failOnCrash('cli', { status: null, signal: 'SIGTRAP', stderr: '' })).toThrow(
      /^cli ended with signal SIGTRAP instead of exiting by itself/,
    );
    const stderr = V8_CHECK.replaceAll('\\n', '\n');
    expect(isRuntimeCrash(stderr)).toBe(true);
    expect(() => failOnCrash('cli', { status: 1, signal: null, stderr })).toThrow(/the Node runtime crashed: V8 fatal check/);
  });
});
