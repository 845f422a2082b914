/**
 * `tsx tests/support/lock-holder.ts <dir> <holdMs>`: takes the data directory lock, prints `locked`
 * (or `refused <message>`), holds it for holdMs and releases it: the racers of the lock tests.
 */
import { DataDirLockedError, lockDataDir } from '../../platform/data-dir-lock.ts';

const [dir, holdMs] = process.argv.slice(2);
try {
  const lock = await lockDataDir(dir!);
  process.stdout.write('locked\n');
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs ?? 0)));
  lock.release();
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  process.stdout.write(`refused ${error.message}\n`);
}
