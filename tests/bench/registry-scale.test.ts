import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasRealStore } from '../support/real-stores.ts';
import { percentile } from './registry-scale-phases.ts';

/**
 * `npm run bench:registry`'s own checks: its pieces run end to end at tiny sizes (embedded, and over
 * PostgreSQL and Redis where they are, always in CI), each figure printed, every change delivered
 * to every watcher. The figures themselves are the benchmark's, not asserted here.
 */

const MODES = [
  { mode: 'embedded', available: true },
  { mode: 'real', available: hasRealStore('postgres') && hasRealStore('redis') },
] as const;

function bench(args: string[], env: Record<string, string>, timeoutMs: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/registry-scale.ts', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, ...env },
  });
}

const TINY = {
  BENCH_INSTANCES: '300',
  BENCH_SERVICES: '6',
  BENCH_SECONDS: '1',
  BENCH_CALLERS: '4',
  BENCH_BATCH: '100',
  BENCH_WATCHERS: '6',
  BENCH_WATCHER_PROCESSES: '2',
  BENCH_CHANGES: '5',
  BENCH_LOOKUPS: '20',
};

describe('npm run bench:registry', () => {
  it('interpolates percentiles over sorted samples', () => {
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentile([0, 10], 99)).toBeCloseTo(9.9);
    expect(percentile([], 50)).toBeNaN();
  });

  it('refuses a bad size, naming its variable', () => {
    const run = bench(['--embedded'], { BENCH_INSTANCES: 'many' }, 60_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("BENCH_INSTANCES must be a whole number from 1 to 10000000, got 'many'");
  });

  for (const { mode, available } of MODES) {
    it.skipIf(!available)(
      `runs every piece at tiny sizes (${mode}) and prints each figure`,
      () => {
        const run = bench([`--${mode}`], TINY, 240_000);
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).toBe(0);
        expect(output).toMatch(/registrations, RegistryStore\.register \(300, 4 callers\) +[\d,]+\/s/);
        expect(output).toMatch(/batched, 100 a statement \(not Looma's code\) +[\d,]+\/s/);
        expect(output).toMatch(/heartbeats, the registrar's beat: row \+ lease \(4 callers\) +[\d,]+\/s/);
        expect(output).toMatch(/its PostgreSQL half: the row renewal alone +[\d,]+\/s/);
        expect(output).toMatch(/its cache half: the lease alone +[\d,]+\/s/);
        expect(output).toMatch(/alternative: lease every beat, row every 10th +[\d,]+\/s/);
        expect(output).toMatch(/another: rows renewed 100 a statement \(not Looma's code\) +[\d,]+\/s rows/);
        expect(output).toMatch(
          /RegistryInstanceSource\.instances \(2,000 lookups\) +p50 [\d.]+ (µs|ms) p99 [\d.]+ (µs|ms) over 6 services, 300 instances/,
        );
        expect(output).toMatch(/its full refresh \(RegistryInstanceSource\.refresh\) +p50 [\d.]+ (µs|ms)/);
        expect(output).toMatch(/one service from the database .* p99 [\d.]+ (µs|ms) \(50 instances a service\)/);
        expect(output).toMatch(/the full view .* for 300 instances/);
        // Every change reached every watcher.
        expect(output).toMatch(/a change to 6 watchers \((2 processes|1 process), 5 changes\) +last watcher p50 .*; 30\/30 delivered/);
        expect(output).toMatch(/extrapolation/);
        expect(output).toMatch(/10,000 instances: 2,000 beats\/s/);
      },
      300_000,
    );
  }
});
