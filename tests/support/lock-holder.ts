/**
 * `tsx tests/support/lock-holder.ts <dir>`: takes the data directory lock and prints `locked` (or
 * `refused <message>`); holds it until its standard input ends, then releases it. The racers of the
 * lock tests: the parent lets them go only when every one has reported, however slowly they started.
 */
import { DataDirLockedError, lockDataDir } from '../../platform/data-dir-lock.ts';

const [dir] = process.argv.slice(2);
try {
  const lock = await lockDataDir(dir!);
  process.stdout.write('locked\n');
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.once('end', resolve));
  lock.release();
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  process.stdout.write(`refused ${error.message}\n`);
}
