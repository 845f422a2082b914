/**
 * The SLO rules (deploy/prometheus/rules/slo.yml): promtool checks them and runs their unit tests (slo.test.yml:
 * a fast burn pages, a slow burn opens a ticket, a healthy service and a 5-minute blip fire nothing), Prometheus's
 * configuration loads them, and every metric they read is one Looma exports. promtool comes from
 * deploy/local/promtool.sh (LOOMA_PROMTOOL, or its cached build); under CI=true a missing promtool fails the run,
 * elsewhere its tests are skipped with the reason printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isCI } from '../support/real-stores.ts';
import { PROMETHEUS_SERIES, exportedSeries, metricNames } from './promql-names.ts';

const RULES = 'deploy/prometheus/rules/slo.yml';
const RULE_TESTS = 'deploy/prometheus/rules/slo.test.yml';
/** The control plane's rules (per operation, instance and registry state), beside the SLOs: their own unit tests. */
const CONTROL_PLANE_RULES = 'deploy/prometheus/rules/control-plane.yml';
const CONTROL_PLANE_TESTS = 'deploy/prometheus/rules/control-plane.test.yml';

interface Rule {
  record?: string;
  alert?: string;
  expr: string;
  labels?: Record<string, string>;
}
const groups = [RULES, CONTROL_PLANE_RULES].flatMap(
  (file) => (parse(fs.readFileSync(file, 'utf8')) as { groups: { name: string; rules: Rule[] }[] }).groups,
);
const rules = groups.flatMap((group) => group.rules);

/** The promtool deploy/local/promtool.sh builds: LOOMA_PROMTOOL, else its cached binary, else one on the PATH. */
function findPromtool(): string | undefined {
  if (process.env.LOOMA_PROMTOOL) return process.env.LOOMA_PROMTOOL;
  const version = /PROMTOOL_VERSION:-([^}]+)\}/.exec(fs.readFileSync('deploy/local/promtool.sh', 'utf8'))?.[1];
  const cache = process.env.LOOMA_STORES_DIR ?? path.join(os.homedir(), '.cache/looma-stores');
  const cached = path.join(cache, `tools/promtool-${version}/promtool`);
  if (fs.existsSync(cached)) return cached;
  return spawnSync('promtool', ['--version']).status === 0 ? 'promtool' : undefined;
}
const promtool = findPromtool();
if (!promtool) {
  if (isCI) throw new Error('CI requires promtool, but it was not found: run `eval "$(bash deploy/local/promtool.sh)"`');
  console.warn('alert-rules: promtool not found (build it with `bash deploy/local/promtool.sh`): its checks are skipped');
}

function run(...args: string[]): string {
  const result = spawnSync(promtool!, args, { encoding: 'utf8', timeout: 240_000 });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status, `promtool ${args.join(' ')}\n${output}`).toBe(0);
  return output;
}

describe('the SLO alert rules', () => {
  it.skipIf(!promtool)('pass promtool check rules, and Prometheus configuration loads them', () => {
    expect(run('check', 'rules', RULES)).toContain('SUCCESS');
    expect(run('check', 'rules', CONTROL_PLANE_RULES)).toContain('SUCCESS');
    expect(run('check', 'config', '--syntax-only', 'deploy/prometheus/prometheus.yml')).toContain('SUCCESS');
  });

  it.skipIf(!promtool)(
    'pass their unit tests (promtool test rules)',
    () => {
      expect(run('test', 'rules', RULE_TESTS)).toContain('SUCCESS');
    },
    300_000,
  );

  it.skipIf(!promtool)(
    'the control plane rules and the projector alerts pass their unit tests, and fail them when a threshold is wrong',
    () => {
      expect(run('test', 'rules', CONTROL_PLANE_TESTS)).toContain('SUCCESS');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-rules-'));
      try {
        // A breaker must stay fully open (2) for 5 minutes: the half-open trials between reset the wait, so nothing fires.
        const wrong = fs
          .readFileSync(CONTROL_PLANE_RULES, 'utf8')
          .replace('(looma_subgraph_breaker_state) >= 1', '(looma_subgraph_breaker_state) >= 2');
        fs.writeFileSync(path.join(dir, 'control-plane.yml'), wrong);
        fs.copyFileSync(RULES, path.join(dir, 'slo.yml'));
        fs.copyFileSync(CONTROL_PLANE_TESTS, path.join(dir, 'control-plane.test.yml'));
        const result = spawnSync(promtool!, ['test', 'rules', path.join(dir, 'control-plane.test.yml')], {
          encoding: 'utf8',
          timeout: 240_000,
        });
        expect(result.status).not.toBe(0);
        expect(`${result.stdout}${result.stderr}`).toContain('LoomaBreakerOpen');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it.skipIf(!promtool)(
    'fail their unit tests when a page threshold is wrong (the tests can fail)',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-rules-'));
      try {
        // 14.4x becomes 144x: the fast burn (100x) no longer pages, and the test that expects it says so.
        fs.writeFileSync(path.join(dir, 'slo.yml'), fs.readFileSync(RULES, 'utf8').replaceAll('(14.4 * 0.001)', '(144 * 0.001)'));
        fs.copyFileSync(RULE_TESTS, path.join(dir, 'slo.test.yml'));
        const result = spawnSync(promtool!, ['test', 'rules', path.join(dir, 'slo.test.yml')], { encoding: 'utf8', timeout: 240_000 });
        expect(result.status).not.toBe(0);
        expect(`${result.stdout}${result.stderr}`).toContain('LoomaAvailabilityBurnFast');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it('read only metrics Looma exports (platform/metrics.ts) or rules of this file record', async () => {
    const exported = await exportedSeries();
    const recorded = new Set(rules.flatMap((rule) => (rule.record ? [rule.record] : [])));
    const unknown = rules.flatMap((rule) =>
      metricNames(rule.expr).filter((name) => !exported.has(name) && !recorded.has(name) && !PROMETHEUS_SERIES.includes(name)),
    );
    expect(unknown).toEqual([]);
    expect(metricNames(rules.map((rule) => rule.expr).join('\n'))).toContain('looma_http_requests_total');
  });

  it('page and ticket on the SRE workbook burn rates for both objectives, and are wired into Prometheus and compose', () => {
    const alerts = rules.filter((rule) => rule.alert);
    for (const alert of alerts) expect(['page', 'ticket'], alert.alert).toContain(alert.labels?.severity);
    const expr = (name: string) => alerts.find((rule) => rule.alert === name)!.expr;
    for (const [objective, budget] of [
      ['Availability', '0.001'],
      ['Latency', '0.01'],
    ] as const) {
      const fast = expr(`Looma${objective}BurnFast`);
      const slow = expr(`Looma${objective}BurnSlow`);
      for (const [factor, windows] of [
        ['14.4', ['1h', '5m']],
        ['6', ['6h', '30m']],
      ] as const) {
        expect(fast).toContain(`(${factor} * ${budget})`);
        for (const window of windows) expect(fast).toMatch(new RegExp(`ratio_rate${window}\\{`));
      }
      for (const [factor, windows] of [
        ['3', ['1d', '2h']],
        ['1', ['3d', '6h']],
      ] as const) {
        expect(slow).toContain(`(${factor} * ${budget})`);
        for (const window of windows) expect(slow).toMatch(new RegExp(`ratio_rate${window}\\{`));
      }
    }
    const prometheus = parse(fs.readFileSync('deploy/prometheus/prometheus.yml', 'utf8')) as { rule_files: string[] };
    expect(prometheus.rule_files.map((file) => path.join('deploy/prometheus', file))).toEqual(
      expect.arrayContaining([RULES, CONTROL_PLANE_RULES]),
    );
    const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, { volumes: string[] }> };
    expect(compose.services.prometheus!.volumes).toContain('./deploy/prometheus/rules:/etc/prometheus/rules:ro');
  });

  it('are installed by CI (.ci/run calls deploy/local/promtool.sh)', () => {
    expect(fs.readFileSync('.ci/run', 'utf8')).toContain('deploy/local/promtool.sh');
    expect(execFileSync('bash', ['-n', 'deploy/local/promtool.sh'], { encoding: 'utf8' })).toBe('');
  });
});
