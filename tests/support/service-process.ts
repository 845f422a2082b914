import type { ChildProcess } from 'node:child_process';

/**
 * The tests that run a Looma service as a process of its own: start it, wait until it answers (or
 * prints that it is running) or until it ends, whichever comes first, and stop it.
 *
 * Why a start is ever tried twice: Node 24.21 has crashed once at start-up in a CI run on V8's own
 * fatal check (`# Fatal error in , line 0` / `# Check failed: jit_page.has_value()`), a fault of the
 * runtime and not of Looma. Such a start, and only such a start, is tried once more, with a warning
 * on the test's output. What the retry never hides: a process that exits with any code, or dies of
 * any other signal, fails the wait at once with its stderr in the error, and a second runtime crash
 * fails too. A test that expects a process to fail does not retry at all (see failOnCrash): a crash
 * there is still a failure, named as one.
 */

/** V8's own fatal check on stderr: the runtime crashed, not the service. */
export const RUNTIME_CRASH = /^# Fatal error in .*\n(?:.*\n)?# Check failed:/m;

export const isRuntimeCrash = (stderr: string): boolean => RUNTIME_CRASH.test(stderr);

/** How a process ended: its exit code, or the signal that ended it (a crash ends with a signal, its code null). */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const describeExit = ({ code, signal }: ProcessExit) => (signal ? `signal ${signal}` : `code ${code}`);

/** A process that ended when it should not have, with what it wrote on stderr. */
export class ProcessEnded extends Error {
  readonly exit: ProcessExit;
  readonly stderr: string;
  constructor(name: string, exit: ProcessExit, stderr: string, when = 'before it was ready') {
    const crash = isRuntimeCrash(stderr) ? ' (the Node runtime crashed: V8 fatal check)' : '';
    super(`${name} ended with ${describeExit(exit)}${crash} ${when}:\n${stderr.trim().slice(-4_000)}`);
    this.name = 'ProcessEnded';
    this.exit = exit;
    this.stderr = stderr;
  }

  get isRuntimeCrash(): boolean {
    return isRuntimeCrash(this.stderr);
  }
}

export interface WatchedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** stdout and stderr as they came (those that are pipes). */
  output(): string;
  stdout(): string;
  stderr(): string;
  /** How it ended, once it has ('exit'). */
  exit(): ProcessExit | undefined;
  /** Resolves on 'exit'. */
  readonly ended: Promise<ProcessExit>;
  /** Resolves on 'close': it ended and its pipes (held by any child of its own too) are closed. */
  readonly closed: Promise<ProcessExit>;
  /** Rejects with ProcessEnded, its stderr complete, if the process has ended: for a test that polls something else than the process itself. */
  checkRunning(when?: string): Promise<void>;
  /** Sends `signal` unless it has ended (SIGTERM: npm forwards it to its service), SIGKILL after `killAfterMs`, and resolves once it is closed. */
  stop(signal?: NodeJS.Signals, killAfterMs?: number): Promise<ProcessExit>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Collects a child's output and its end. Call it right after spawn, before any output is lost. */
export function watchProcess(name: string, child: ChildProcess): WatchedProcess {
  let output = '';
  let stdout = '';
  let stderr = '';
  let exit: ProcessExit | undefined;
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  // A spawn that fails (no such command) says so where its stderr would, instead of an unhandled 'error'.
  child.once('error', (error) => (stderr += `${error.message}\n`));
  const ended = new Promise<ProcessExit>((resolve) => child.once('exit', (code, signal) => resolve((exit = { code, signal }))));
  const closed = new Promise<ProcessExit>((resolve) => child.once('close', (code, signal) => resolve((exit = { code, signal }))));
  const watched: WatchedProcess = {
    name,
    child,
    output: () => output,
    stdout: () => stdout,
    stderr: () => stderr,
    exit: () => exit,
    ended,
    closed,
    async checkRunning(when) {
      if (exit) throw await endedError(watched, when);
    },
    async stop(signal = 'SIGTERM', killAfterMs = 60_000) {
      if (!exit) child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      // Killed, it may still not close: a child of its own (npm's service) can hold the pipes; its end is enough then.
      const killed = new Promise<ProcessExit>((resolve) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          void ended.then((end) => sleep(10_000).then(() => resolve(end)));
        }, killAfterMs);
      });
      const stoppedWith = await Promise.race([closed, killed]);
      clearTimeout(timer);
      return stoppedWith;
    },
  };
  return watched;
}

/** The error for a process seen to have ended: waits briefly for the rest of its stderr first. */
async function endedError(service: WatchedProcess, when?: string): Promise<ProcessEnded> {
  await Promise.race([service.closed, sleep(2_000)]);
  return new ProcessEnded(service.name, service.exit()!, service.stderr(), when);
}

export interface AnswerOptions<T> {
  timeoutMs: number;
  /** How long one request may take. */
  probeTimeoutMs?: number;
  intervalMs?: number;
  /** What a response says: a value once ready, undefined (or a throw) to ask again. Default: the response when it is 2xx. */
  read?: (response: Response) => T | undefined | Promise<T | undefined>;
}

/**
 * Asks `url` until `read` takes its answer; rejects with ProcessEnded as soon as the process ends (by
 * a code or a signal), and with a timeout error naming the URL after `timeoutMs`.
 */
export async function waitForAnswer<T = Response>(service: WatchedProcess, url: string, options: AnswerOptions<T>): Promise<T> {
  const { timeoutMs, probeTimeoutMs = 2_000, intervalMs = 250 } = options;
  const read = options.read ?? ((response: Response) => (response.ok ? (response as T) : undefined));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.exit()) throw await endedError(service, `before ${url} answered`);
    try {
      const value = await read(await fetch(url, { signal: AbortSignal.timeout(probeTimeoutMs) }));
      if (value !== undefined) return value;
    } catch {
      // Not listening yet, or not ready: ask again.
    }
    await Promise.race([sleep(intervalMs), service.ended]);
  }
  throw new Error(`${service.name}: ${url} did not answer within ${timeoutMs} ms:\n${service.output().slice(-2_000)}`);
}

/** Resolves once `stream` has printed text matching `pattern`; rejects as soon as the process ends, or after `timeoutMs`. */
export async function waitForOutput(
  service: WatchedProcess,
  pattern: RegExp,
  { stream = 'output', timeoutMs }: { stream?: 'output' | 'stderr'; timeoutMs: number },
): Promise<void> {
  const text = stream === 'stderr' ? service.stderr : service.output;
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(text())) {
    if (service.exit()) {
      const error = await endedError(service, `before it printed ${pattern}`);
      // Its last lines may have come with the close.
      if (pattern.test(text())) return;
      throw error;
    }
    if (Date.now() > deadline) throw new Error(`${service.name}: no ${pattern} within ${timeoutMs} ms:\n${service.output().slice(-2_000)}`);
    await Promise.race([sleep(100), service.ended]);
  }
}

/**
 * Runs `attempt` (a start and its wait), and once more when it failed with ProcessEnded on V8's fatal
 * check, saying so; whatever the second attempt does is the answer. Any other failure is thrown as is.
 */
export async function retryOnRuntimeCrash<T>(name: string, attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof ProcessEnded) || !error.isRuntimeCrash) throw error;
    console.warn(`${name}: the Node runtime crashed at start-up; starting it once more.\n${error.stderr.slice(0, 400)}`);
    return attempt();
  }
}

/**
 * Spawns with `launch` and waits with `isReady` (waitForAnswer, waitForOutput); a start the runtime
 * crashed is launched once more (retryOnRuntimeCrash). A process that does not get ready is stopped
 * before the error is thrown.
 */
export function startServiceProcess<T>(
  name: string,
  launch: () => ChildProcess | Promise<ChildProcess>,
  isReady: (service: WatchedProcess) => Promise<T>,
): Promise<{ service: WatchedProcess; ready: T }> {
  return retryOnRuntimeCrash(name, async () => {
    const service = watchProcess(name, await launch());
    try {
      return { service, ready: await isReady(service) };
    } catch (error) {
      await service.stop();
      throw error;
    }
  });
}

/**
 * For a process run to its end that the test expects to exit with a code (an error it names): when a
 * signal ended it, or V8's fatal check is on its stderr, throws ProcessEnded naming the crash instead
 * of leaving the test's assertions to fail on a null status. Never a retry: a crash stays a failure.
 */
export function failOnCrash(name: string, result: { status: number | null; signal: NodeJS.Signals | null; stderr: string }): void {
  if (result.signal !== null || isRuntimeCrash(result.stderr)) {
    throw new ProcessEnded(name, { code: result.status, signal: result.signal }, result.stderr, 'instead of exiting by itself');
  }
}
