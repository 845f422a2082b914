import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_ORG_ID } from './auth.ts';

describe('the gateway memory settings', () => {
  it('bounds the gateway document caches at 1,000 operations unless GATEWAY_DOCUMENT_CACHE_ENTRIES says otherwise', () => {
    expect(loadConfig({}).gateway.documentCacheEntries).toBe(1_000);
    expect(loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: '250' }).gateway.documentCacheEntries).toBe(250);
  });

  it('stops on a bound that is not a whole number of at least 10, naming the variable', () => {
    for (const value of ['0', '5', '2.5', 'many']) {
      expect(() => loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: value })).toThrow(ConfigError);
      expect(() => loadConfig({ GATEWAY_DOCUMENT_CACHE_ENTRIES: value })).toThrow(/GATEWAY_DOCUMENT_CACHE_ENTRIES/);
    }
  });

  it("accepts NODE_OPTIONS, which Node reads itself (docker-compose.yml sizes the gateway's V8 heap with it)", () => {
    expect(() => loadConfig({ NODE_OPTIONS: '--max-semi-space-size=8 --max-old-space-size=256' })).not.toThrow();
  });
});

describe('the subgraph instances and timeout', () => {
  it('reads one URL or several comma-separated ones for a subgraph; subgraphUrls keeps the first', () => {
    const one = loadConfig({ TALENT_PORT: '9001' });
    expect(one.subgraphInstances.talent).toEqual(['http://127.0.0.1:9001/graphql']);
    const two = loadConfig({ TALENT_URL: 'http://10.0.0.1:8206/graphql, http://10.0.0.2:8206/graphql' });
    expect(two.subgraphInstances.talent).toEqual(['http://10.0.0.1:8206/graphql', 'http://10.0.0.2:8206/graphql']);
    expect(two.subgraphUrls.talent).toBe('http://10.0.0.1:8206/graphql');
    expect(two.subgraphTimeoutMs).toBe(10_000);
  });

  it('stops on a list with a part that is not a URL, or a timeout that is not a whole number, naming the variable', () => {
    for (const value of ['http://10.0.0.1:8206/graphql,', 'http://10.0.0.1:8206/graphql,10.0.0.2:8206', 'ftp://x/graphql']) {
      expect(() => loadConfig({ SEARCH_URL: value })).toThrow(/SEARCH_URL/);
    }
    for (const value of ['0', 'soon', '1.5']) expect(() => loadConfig({ SUBGRAPH_TIMEOUT_MS: value })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
  });
});

describe('the service registry settings', () => {
  it('registers every service by default, heartbeating every 5 s a lease of 15 s, checked every 5 s, pruned 10 min after its lease lapsed', () => {
    expect(loadConfig({}).registry).toEqual({ enabled: true, heartbeatMs: 5_000, ttlMs: 15_000, checkMs: 5_000, pruneAfterMs: 600_000 });
    expect(loadConfig({ REGISTRY_ENABLED: 'false' }).registry.enabled).toBe(false);
  });

  it('discovers subgraph instances in the registry when it is on, else from <NAME>_URL', () => {
    expect(loadConfig({}).gateway.discovery).toBe('registry');
    expect(loadConfig({ REGISTRY_ENABLED: 'false' }).gateway.discovery).toBe('static');
    expect(loadConfig({ GATEWAY_DISCOVERY: 'static' }).gateway.discovery).toBe('static');
    expect(() => loadConfig({ GATEWAY_DISCOVERY: 'dns' })).toThrow(/GATEWAY_DISCOVERY/);
    expect(loadConfig({ GATEWAY_DISCOVERY: 'registry', REGISTRY_ENABLED: 'false' }).gateway.discovery).toBe('registry');
    expect(() => loadConfig({ REGISTRY_PRUNE_AFTER_MS: 'never' })).toThrow(/REGISTRY_PRUNE_AFTER_MS/);
  });

  it('serves the supergraph file unless GATEWAY_SUPERGRAPH=registry, which needs the registry', () => {
    expect(loadConfig({}).gateway.supergraph).toBe('file');
    expect(loadConfig({ GATEWAY_SUPERGRAPH: 'registry' }).gateway.supergraph).toBe('registry');
    expect(() => loadConfig({ GATEWAY_SUPERGRAPH: 'url' })).toThrow(/GATEWAY_SUPERGRAPH/);
    expect(() => loadConfig({ GATEWAY_SUPERGRAPH: 'registry', REGISTRY_ENABLED: 'false' })).toThrow(
      /GATEWAY_SUPERGRAPH: registry needs REGISTRY_ENABLED/,
    );
  });

  it('stops on a bad value or a lease no longer than the heartbeat, naming the variable', () => {
    for (const value of ['0', 'often', '2.5']) expect(() => loadConfig({ REGISTRY_HEARTBEAT_MS: value })).toThrow(/REGISTRY_HEARTBEAT_MS/);
    expect(() => loadConfig({ REGISTRY_ENABLED: 'maybe' })).toThrow(/REGISTRY_ENABLED/);
    expect(() => loadConfig({ REGISTRY_HEARTBEAT_MS: '5000', REGISTRY_TTL_MS: '5000' })).toThrow(ConfigError);
    expect(() => loadConfig({ REGISTRY_HEARTBEAT_MS: '5000', REGISTRY_TTL_MS: '5000' })).toThrow(/REGISTRY_TTL_MS/);
  });
});

describe('the advertised host', () => {
  it('registers the listening host, 127.0.0.1 for a wildcard, unless LOOMA_ADVERTISE_HOST names another', () => {
    expect(loadConfig({}).advertiseHost).toBe('127.0.0.1');
    expect(loadConfig({ LOOMA_HOST: '0.0.0.0' }).advertiseHost).toBe('127.0.0.1');
    expect(loadConfig({ LOOMA_HOST: '10.0.0.5' }).advertiseHost).toBe('10.0.0.5');
    expect(loadConfig({ LOOMA_HOST: '0.0.0.0', LOOMA_ADVERTISE_HOST: 'talent-2' }).advertiseHost).toBe('talent-2');
    expect(loadConfig({ LOOMA_ADVERTISE_HOST: '10.42.0.17' }).advertiseHost).toBe('10.42.0.17');
    expect(loadConfig({ LOOMA_ADVERTISE_HOST: 'fd00::17' }).advertiseHost).toBe('fd00::17');
  });

  it('stops on a value with a scheme, a port or a path, naming the variable', () => {
    for (const bad of ['http://talent-2', 'talent-2:8888', 'cafe:8888', 'talent-2/graphql', 'talent 2'])
      expect(() => loadConfig({ LOOMA_ADVERTISE_HOST: bad }), bad).toThrow(/LOOMA_ADVERTISE_HOST/);
  });
});

describe('the configuration service', () => {
  it("watches by default, and the platform's admins are the demo organisation's outside production, none in production unless set", () => {
    expect(loadConfig({}).configuration).toEqual({ watch: true, pollMs: 5_000, platformAdminOrgs: [DEMO_ORG_ID] });
    const production = { LOOMA_ENV: 'production', AUTH_KEY_ENCRYPTION_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).configuration.platformAdminOrgs).toEqual([]);
    const org = '6F1C2D3E-4A5B-4C6D-8E7F-0123456789AB';
    expect(loadConfig({ ...production, PLATFORM_ADMIN_ORGS: ` ${org}, ` }).configuration.platformAdminOrgs).toEqual([org.toLowerCase()]);
    expect(loadConfig({ CONFIG_WATCH_ENABLED: 'false', CONFIG_POLL_MS: '250' }).configuration).toMatchObject({ watch: false, pollMs: 250 });
  });

  it('stops on an organisation that is not a uuid or a poll out of bounds, naming the variable', () => {
    expect(() => loadConfig({ PLATFORM_ADMIN_ORGS: 'acme' })).toThrow(/PLATFORM_ADMIN_ORGS/);
    expect(() => loadConfig({ CONFIG_POLL_MS: '10' })).toThrow(/CONFIG_POLL_MS/);
    expect(() => loadConfig({ CONFIG_WATCH_ENABLED: 'sometimes' })).toThrow(/CONFIG_WATCH_ENABLED/);
  });
});
