import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ErrorCode, LoomaError } from './errors.ts';

/**
 * One process per embedded data directory, the way PostgreSQL's postmaster.pid does it. Two
 * processes that open the same PGlite files corrupt them past repair ("could not locate a valid
 * checkpoint record"), and PGlite's own postmaster.pid does not stop them (its pid is the WASM
 * runtime's, not the process's).
 *
 * The lock is a file `looma.pid` in the directory: the owner's pid, its start time as the kernel
 * counts it (field 22 of /proc/<pid>/stat, so a pid reused by another process is not taken for the
 * owner), when it started and its command line, for the message a second opener gets. It appears
 * whole or not at all (written to a private file, then hard-linked into place: link fails when the
 * name exists, like O_EXCL). It is removed on clean shutdown; one left by a dead owner (kill -9, a
 * crash) is stale and taken over. Deciding "stale" and replacing the file is one critical section,
 * serialised across processes by a Linux abstract unix socket that the kernel frees when its holder
 * dies, so two starters racing for a stale lock cannot both win. Elsewhere than Linux (no /proc, no
 * abstract sockets) only the pid is checked and a stale takeover is not serialised.
 */

export const LOCK_FILE = 'looma.pid';
/** A creator's private file before it is linked as LOCK_FILE: `looma.pid.<pid>.<uuid>.tmp`. */
const TEMP_FILE = /^looma\.pid\.(\d+)\.[\w-]+\.tmp$/;

/** Who holds a directory, as its lock file says. */
export interface LockHolder {
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat field 22); null where there is no /proc. */
  startTicks: string | null;
  startedAt: string;
  command: string;
}

/** A held lock: `release()` removes the lock file (when it is still this process's). */
export interface DataDirLock {
  readonly dir: string;
  readonly file: string;
  release(): void;
}

/** Another live process holds the directory. The message names the directory, the holder and what to do. */
export class DataDirLockedError extends LoomaError {
  readonly dir: string;
  readonly holder: LockHolder;

  constructor(
    dir: string,
    holder: LockHolder,
    whatToDo = 'Stop that process first, use the running instance through its API, or set DATABASE_URL (and the other store URLs) to use real stores.',
  ) {
    super(
      ErrorCode.STORE_UNAVAILABLE,
      `the embedded data directory ${dir} is in use by process ${holder.pid} (${holder.command}, started ${holder.startedAt}); ` +
        `only one process may open it at a time, a second would corrupt it. ${whatToDo}`,
      { dir, holderPid: holder.pid },
    );
    this.dir = dir;
    this.holder = holder;
    this.name = 'DataDirLockedError';
  }
}

/** How long to wait for another process's critical section (milliseconds long) before giving up. */
const MUTEX_WAIT_MS = 15_000;

/**
 * Takes the directory for this process, creating it if needed; throws DataDirLockedError while a
 * live process holds it.
 */
export async function lockDataDir(dir: string): Promise<DataDirLock> {
  fs.mkdirSync(dir, { recursive: true });
  const realDir = fs.realpathSync(dir);
  const file = path.join(realDir, LOCK_FILE);
  const mutex = await enterCriticalSection(realDir);
  try {
    for (;;) {
      if (tryCreate(file)) break;
      const holder = readHolder(file);
      if (holder && isAlive(holder)) throw new DataDirLockedError(realDir, holder);
      // Stale (dead owner, reused pid, unreadable): inside the critical section nobody else is
      // deciding the same, so removing it cannot remove a live lock.
      fs.rmSync(file, { force: true });
    }
    removeOrphanedTempFiles(realDir);
  } finally {
    await mutex.leave();
  }

  const self = ownIdentity();
  const releaseOnExit = () => release();
  process.once('exit', releaseOnExit);
  let released = false;
  function release() {
    if (released) return;
    released = true;
    process.removeListener('exit', releaseOnExit);
    const holder = readHolder(file);
    if (holder && holder.pid === self.pid && holder.startTicks === self.startTicks) fs.rmSync(file, { force: true });
  }
  return { dir: realDir, file, release };
}

/** Rethrows a DataDirLockedError with what this command can do instead (the other errors unchanged). */
export async function explainDataDirLock<T>(opening: Promise<T>, whatToDo: string): Promise<T> {
  try {
    return await opening;
  } catch (error) {
    if (error instanceof DataDirLockedError) throw new DataDirLockedError(error.dir, error.holder, whatToDo);
    throw error;
  }
}

/** The lock file's owner, or null when it is missing or unreadable. */
export function readHolder(file: string): LockHolder | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const [pid, startTicks, startedAt, command] = text.split('\n');
  if (!pid || !/^\d+$/.test(pid) || startTicks === undefined || !startedAt || command === undefined) return null;
  return { pid: Number(pid), startTicks: startTicks || null, startedAt, command };
}

/** Lines like postmaster.pid's: pid first, so `kill $(head -1 looma.pid)` works. */
export function formatHolder(holder: LockHolder): string {
  return `${holder.pid}\n${holder.startTicks ?? ''}\n${holder.startedAt}\n${holder.command}\n`;
}

/** Whether the holder still runs: its pid exists and (with /proc) started when the lock says. */
export function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (process.platform !== 'linux' || holder.startTicks === null) return true;
  return processStartTicks(holder.pid) === holder.startTicks;
}

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces and parentheses); null when the process is gone. */
export function processStartTicks(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function ownIdentity(): LockHolder {
  const [script, ...args] = process.argv.slice(1);
  const command = ['node', ...(script ? [path.relative(process.cwd(), script) || script] : []), ...args].join(' ');
  return {
    pid: process.pid,
    startTicks: processStartTicks(process.pid),
    startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    command: command.length > 200 ? `${command.slice(0, 199)}…` : command,
  };
}

/** Private files of creators that died before linking theirs (`looma.pid.<pid>.<uuid>.tmp`). */
function removeOrphanedTempFiles(realDir: string): void {
  for (const name of fs.readdirSync(realDir)) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive({ pid: Number(pid), startTicks: null, startedAt: '', command: '' })) {
      fs.rmSync(path.join(realDir, name), { force: true });
    }
  }
}

/** Creates the lock file whole (private file, fsync, hard link); false when one exists. */
function tryCreate(file: string): boolean {
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    fs.writeSync(fd, formatHolder(ownIdentity()));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * A cross-process mutex per directory: listening on a Linux abstract unix socket named after the
 * directory. Only one process can, and the kernel frees the name when the process dies, so a
 * holder killed in the middle leaves nothing stale behind.
 */
async function enterCriticalSection(realDir: string): Promise<{ leave(): Promise<void> }> {
  if (process.platform !== 'linux') return { leave: async () => undefined };
  const name = `\0looma-data-dir-lock:${createHash('sha256').update(realDir).digest('hex')}`;
  const deadline = Date.now() + MUTEX_WAIT_MS;
  for (;;) {
    const server = net.createServer();
    const listening = await new Promise<boolean>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error)));
      server.listen(name, () => resolve(true));
    });
    if (listening) {
      server.unref();
      return { leave: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for another process to finish locking ${realDir}`);
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  }
}
