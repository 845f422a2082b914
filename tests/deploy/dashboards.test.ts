/**
 * The Grafana dashboards (deploy/grafana/dashboards) and their provisioning, read statically (no Docker engine
 * here): each dashboard parses, has a unique uid, every panel names the provisioned Prometheus datasource and
 * has queries, and every metric a query reads is one Looma exports (platform/metrics.ts), a series Prometheus
 * makes itself, or a rule of deploy/prometheus/rules (slo.yml, control-plane.yml) records; the gateway and overview
 * dashboards show the control plane's metrics (operations, subgraph instances, breakers, the registry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROMETHEUS_SERIES, exportedSeries, metricNames } from './promql-names.ts';

const DIR = 'deploy/grafana/dashboards';
interface Target {
  expr?: string;
  datasource?: { type: string; uid: string };
}
interface Panel {
  title: string;
  type: string;
  datasource?: { type: string; uid: string };
  targets?: Target[];
  panels?: Panel[];
}
const files = fs.readdirSync(DIR).filter((file) => file.endsWith('.json'));
const dashboards = files.map((file) => ({
  file,
  ...(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')) as { uid: string; title: string; panels: Panel[] }),
}));
const panelsOf = (panels: Panel[]): Panel[] => panels.flatMap((panel) => [panel, ...panelsOf(panel.panels ?? [])]);

const datasources = (
  parse(fs.readFileSync('deploy/grafana/provisioning/datasources/prometheus.yml', 'utf8')) as {
    datasources: { uid: string; type: string; url: string }[];
  }
).datasources;
const recorded = new Set(
  ['slo.yml', 'control-plane.yml'].flatMap((file) =>
    (parse(fs.readFileSync(`deploy/prometheus/rules/${file}`, 'utf8')) as { groups: { rules: { record?: string }[] }[] }).groups
      .flatMap((group) => group.rules)
      .flatMap((rule) => (rule.record ? [rule.record] : [])),
  ),
);

describe('the Grafana dashboards', () => {
  it('cover the cluster, the gateway, the AI services and the stores, each with its own uid', () => {
    expect(files.sort()).toEqual(['ai-services.json', 'gateway.json', 'overview.json', 'stores.json']);
    expect(new Set(dashboards.map((dashboard) => dashboard.uid)).size).toBe(files.length);
  });

  it('name the provisioned Prometheus datasource on every panel and query', () => {
    const prometheus = datasources.find((datasource) => datasource.type === 'prometheus')!;
    expect(prometheus.url).toBe('http://prometheus:9090');
    for (const dashboard of dashboards) {
      for (const panel of panelsOf(dashboard.panels).filter((p) => p.type !== 'row')) {
        const where = `${dashboard.file}: ${panel.title}`;
        expect(panel.datasource, where).toEqual({ type: 'prometheus', uid: prometheus.uid });
        expect(panel.targets?.length, where).toBeGreaterThan(0);
        for (const target of panel.targets!) {
          expect(target.expr, where).toBeTruthy();
          expect(target.datasource ?? panel.datasource, where).toEqual({ type: 'prometheus', uid: prometheus.uid });
        }
      }
    }
  });

  it('query only metrics Looma exports, Prometheus makes, or the SLO rules record', async () => {
    const exported = await exportedSeries();
    const unknown: string[] = [];
    for (const dashboard of dashboards) {
      for (const panel of panelsOf(dashboard.panels)) {
        for (const target of panel.targets ?? []) {
          for (const name of metricNames(target.expr!))
            if (!exported.has(name) && !recorded.has(name) && !PROMETHEUS_SERIES.includes(name)) unknown.push(`${dashboard.file}: ${name}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it("show the control plane's metrics: the gateway's per operation and instance, the overview's breakers and registry", () => {
    const read = (file: string) =>
      new Set(
        panelsOf(dashboards.find((dashboard) => dashboard.file === file)!.panels).flatMap((panel) =>
          (panel.targets ?? []).flatMap((target) => metricNames(target.expr!)),
        ),
      );
    expect([...read('gateway.json')]).toEqual(
      expect.arrayContaining([
        'operation_type:looma_gateway_operation_duration_seconds:p99_10m',
        'looma_gateway_operations_total',
        'looma_subgraph_call_duration_seconds_bucket',
        'subgraph_instance:looma_subgraph_calls_failed:ratio_rate5m',
        'looma_subgraph_breaker_state',
        'looma_subgraph_ejections_total',
      ]),
    );
    expect([...read('overview.json')]).toEqual(
      expect.arrayContaining([
        'looma_registry_instances',
        'looma_subgraph_breaker_state',
        'operation_type:looma_gateway_operation_duration_seconds:p99_10m',
        'looma_outbox_oldest_pending_seconds',
      ]),
    );
  });

  it('are provisioned into the compose stack from these folders, on a pinned Grafana OSS image', () => {
    const providers = (
      parse(fs.readFileSync('deploy/grafana/provisioning/dashboards/looma.yml', 'utf8')) as { providers: { options: { path: string } }[] }
    ).providers;
    const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8')) as {
      services: Record<string, { image: string; volumes: string[]; depends_on: string[] }>;
    };
    const grafana = compose.services.grafana!;
    expect(grafana.image).toMatch(/^grafana\/grafana-oss:\d+\.\d+\.\d+$/);
    expect(grafana.volumes).toContain('./deploy/grafana/provisioning:/etc/grafana/provisioning:ro');
    expect(grafana.volumes).toContain(`./${DIR}:${providers[0]!.options.path}:ro`);
    expect(grafana.depends_on).toContain('prometheus');
  });
});
