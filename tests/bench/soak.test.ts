import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../platform/config-values.ts';
import { STACK_MODES } from '../support/stack.ts';
import { describeErrors, formatMinute, formatSummary, SoakRecorder } from './soak-stats.ts';

/**
 * The soak benchmark's own checks: its figures add up, and a short run of `npm run bench:soak`
 * (embedded, and over the real stores where they are) starts Looma, sets up an organisation
 * through the API, drives the whole mix without a single error and reports every process's memory.
 * The ten-minute run itself is a benchmark, not a test.
 */

describe('soak figures', () => {
  it('counts requests and errors by code per window and in total, with percentiles and memory growth', () => {
    const recorder = new SoakRecorder(0);
    for (let i = 1; i <= 100; i++) recorder.record('talents', i); // 1..100 ms
    recorder.record('createTalent', 5, 'CONFLICT');
    recorder.record('createTalent', 7, 'CONFLICT');
    recorder.record('search', 9, 'TIMEOUT');
    const first = recorder.rotate(60_000, { rss: { gateway: 200, talent: 300 }, heap: { gateway: 50, talent: 60 }, loadAverage: 1.25 });
    recorder.record('talents', 10);
    const last = recorder.rotate(120_000, {
      rss: { gateway: 210, talent: undefined },
      heap: { gateway: 45, talent: undefined },
      loadAverage: 0.5,
    });

    expect(first.window.requests).toBe(103);
    expect(describeErrors(first.window)).toBe('3 (CONFLICT 2, TIMEOUT 1)');
    expect(first.window.percentileMs(50)).toBeCloseTo(49, 0);
    expect(first.window.percentileMs(99)).toBeCloseTo(99, 0);
    expect(describeErrors(last.window)).toBe('0');
    expect(recorder.total.requests).toBe(104);
    expect(recorder.total.byOperation.get('createTalent')).toMatchObject({ requests: 2, errors: 2 });
    expect(formatMinute(first, 0)).toMatch(
      /^\[ 1:00\] 103 requests \(1\.7\/s\), errors 3 \(CONFLICT 2, TIMEOUT 1\), p50 4\d\.\d ms, p99 9\d\.\d ms; RSS MiB: gateway 200, talent 300; heap MiB: gateway 50, talent 60; load 1\.3$/,
    );

    const summary = formatSummary({
      recorder,
      rssStart: { gateway: 200, talent: 300 },
      rssEnd: { gateway: 210, talent: undefined },
      heapStart: { gateway: 50 },
      heapEnd: { gateway: 45 },
      elapsedMs: 120_000,
      scheduled: 120,
    }).join('\n');
    expect(summary).toContain('requests 104 in 120 s (0.9/s); the schedule asked for 120: the clients fell behind');
    expect(summary).toContain('errors   3 (CONFLICT 2, TIMEOUT 1); error rate 2.885 %');
    expect(summary).toMatch(/last minute {2}p50 10\.0 ms/);
    expect(summary).toMatch(/gateway +200 → +210 {2}\(\+10, 5 %\)/);
    expect(summary).toMatch(/talent +300 → +gone {2}\(n\/a\)/);
    expect(summary).toMatch(/V8 heap used \(MiB\).*\n +gateway +50 → +45 {2}\(-5, -10 %\)/);
  });

  it('compares the highest per-minute memory reading of the first and the second half of the run', () => {
    const recorder = new SoakRecorder(0);
    [100, 140, 120, 190].forEach((rss, minute) => {
      recorder.record('talents', 10);
      recorder.rotate((minute + 1) * 60_000, { rss: { gateway: rss }, heap: { gateway: rss / 2 }, loadAverage: 1 });
    });
    const summary = formatSummary({
      recorder,
      rssStart: { gateway: 90 },
      rssEnd: { gateway: 190 },
      heapStart: { gateway: 45 },
      heapEnd: { gateway: 95 },
      elapsedMs: 240_000,
    });
    expect(summary).toContain('resident memory (MiB):  start → end  (growth); highest minute reading, first half → second half');
    expect(summary.join('\n')).toMatch(/gateway +90 → +190 {2}\(\+100, 111 %\); +140 → +190\n/);
    expect(summary.join('\n')).toMatch(/gateway +45 → +95 {2}\(\+50, 111 %\); +70 → +95$/);
  });
});

function soak(args: string[], timeoutMs: number) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/soak.ts', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    // The stack under test picks its own LOOMA_ENV and log level; the store URLs stay.
    env: { ...process.env, LOOMA_ENV: undefined, LOG_LEVEL: undefined },
  });
}

describe('npm run bench:soak', () => {
  it('refuses a bad option, naming it', () => {
    const run = soak(['--rate', 'fast'], 60_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--rate must be a number');
  });

  for (const { mode, available } of STACK_MODES) {
    it.skipIf(!available)(
      `a short strict run (${mode}): the whole mix without an error, memory of every process reported`,
      () => {
        const args = ['--minutes', '0.25', '--rate', '8', '--report-seconds', '5', '--talents', '60', '--clients', '2', '--strict'];
        const run = soak(mode === 'embedded' ? [...args, '--embedded'] : args, 420_000);
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).toBe(0);
        expect(output).toMatch(/errors {3}0; error rate 0\.000 %/);
        expect(output).toMatch(/\[ 0:05\] \d+ requests/);
        const processes = mode === 'embedded' ? ['looma'] : [...SUBGRAPH_NAMES, 'gateway'];
        for (const name of processes) expect(output).toMatch(new RegExp(`\\n {4}${name} +\\d+ → +\\d+ {2}\\([+-]\\d+, -?\\d+ %\\)`));
        for (const operation of ['createTalent', 'updateTalent', 'addNote', 'moveApplication', 'search HYBRID', 'pipeline board']) {
          expect(output).toContain(`    ${operation} `);
        }
      },
      480_000,
    );
  }
});
