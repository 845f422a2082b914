import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authStores } from '../../data/auth/auth-stores.ts';
import { openDataLayer } from '../../data/data-layer.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { createAuthenticator } from '../../platform/auth.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { apolloReportingPlugins, applyGatewayTelemetrySetting } from '../../platform/telemetry.ts';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { allowedEgress, freePort, startRecorded, unexpectedEgress, type RecordedProcess } from '../support/egress.ts';
import { realStoreEnv, scratchDatabase } from '../support/real-stores.ts';
import { STACK_MODES, type StackMode } from '../support/stack.ts';

/**
 * Issue 9, point 3: a service opens no connection and resolves no name outside its configuration
 * (stores, subgraphs, issuer JWKS, model endpoints). Each service runs as its own process with
 * tests/support/egress-recorder.ts preloaded, is driven through a few requests (the gateway fetching
 * from the subgraphs, a write the projector carries to every store, a PDF resume parse), lives past
 * the gateway's telemetry start, and closes gracefully (when exporters flush); then every recorded
 * host must be one its configuration names.
 */

const SUBGRAPHS = ['talent', 'ops', 'identity', 'search', 'resume', 'matching', 'chat'] as const;
const SETTLE_MS = 6_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The environment every process of one run shares: its stores (embedded: a data directory per process). */
interface Setup {
  env: Record<string, string>;
  /** A bearer token of the seeded organisation, or null where the anonymous demo viewer serves. */
  token: string | null;
  dataDir(): string;
  cleanup(): Promise<void>;
}

async function setUp(mode: StackMode): Promise<Setup> {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-egress-data-'));
    dirs.push(dir);
    return dir;
  };
  const removeDirs = async () => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  const base = { LOOMA_ENV: 'development', LOG_LEVEL: 'warn', LOOMA_HOST: '127.0.0.1', PROJECTOR_INTERVAL_MS: '100' };
  if (mode === 'embedded') {
    // Each process owns its embedded database; the anonymous demo viewer (embedded development) serves the requests.
    return { env: { ...base, AUTH_DEMO_ANONYMOUS: 'true', DEMO_SEED: 'false' }, token: null, dataDir, cleanup: removeDirs };
  }
  const scratch = await scratchDatabase('looma_egress');
  const env: Record<string, string> = {
    ...base,
    DEMO_SEED: 'false',
    ...realStoreEnv(scratch.url, 'e'),
    AUTH_KEY_ENCRYPTION_SECRET: randomUUID() + randomUUID(),
  };
  // Migrate, seed a fresh organisation and mint its token here, before any service starts.
  const config = loadConfig({ ...env, LOOMA_DATA_DIR: dataDir() });
  const logger = createLogger('egress-test', 'silent');
  const data = await openDataLayer(config, logger);
  const orgId = randomUUID();
  await seedDemo(data.stores.relational, 5, orgId);
  const authenticator = await createAuthenticator(config, { ...authStores(data.stores.relational), logger });
  const token = authenticator.issueAccessToken({ userId: randomUUID(), orgId, roles: ['RECRUITER'] }, 3_600);
  authenticator.close();
  return {
    env,
    token,
    dataDir,
    async cleanup() {
      // Leave the shared servers as they were: this run's org, namespace and database go.
      await data.stores.graph.clearOrg(orgId).catch(() => undefined);
      await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION).catch(() => undefined);
      await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name).catch(() => undefined);
      await data.stores.cache.del([]).catch(() => undefined);
      await data.close();
      await scratch.drop();
      await removeDirs();
    },
  };
}

/** What the test sends: through the gateway (which fetches from every subgraph) and to each subgraph directly. */
async function drive(gatewayUrl: string, subgraphUrls: string[], token: string | null): Promise<void> {
  const post = async (url: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    // The body says why, when the status is not 200 (an overloaded machine once gave a 400 here).
    const body = await response.text();
    expect(response.status, `${query.slice(0, 60)} at ${url}: ${body.slice(0, 500)}`).toBe(200);
    return JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  const created = await post(gatewayUrl, 'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }', {
    input: { name: 'Egress Probe', headline: 'Platform engineer', skills: ['Kubernetes'] },
  });
  expect(created.errors).toBeUndefined();
  const pdf = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/resumes/02-en.pdf')).toString('base64');
  await post(gatewayUrl, 'mutation($input: UploadResumeInput!) { uploadResume(input: $input) { talent { id } } }', {
    input: { filename: '02-en.pdf', contentBase64: pdf },
  });
  // Talent, then ops (an entity fetch for projections), search (vector and search stores), identity.
  await post(gatewayUrl, '{ talents(first: 5) { totalCount edges { node { id name projections { isCurrent } } } } }');
  await post(gatewayUrl, '{ search(query: "engineer", first: 3) { totalCount } }');
  await post(gatewayUrl, '{ __typename }');
  for (const url of subgraphUrls) await post(url, '{ __typename }');
  for (const url of [gatewayUrl, ...subgraphUrls]) await fetch(new URL('/ready', url));
}

async function stopAll(processes: RecordedProcess[]): Promise<Record<string, string[]>> {
  // The gateway first, as an operator would; each closes gracefully.
  for (const p of processes) await p.stop();
  return Object.fromEntries(processes.map((p) => [p.name, unexpectedEgress(p.records(), allowedEgress(p.env))]));
}

describe('Apollo telemetry setting', () => {
  it('is off unless APOLLO_TELEMETRY opts in, in every environment', () => {
    const saved = process.env.APOLLO_TELEMETRY_DISABLED;
    try {
      for (const LOOMA_ENV of ['development', 'test', 'production']) {
        const config = loadConfig({ LOOMA_ENV, AUTH_KEY_ENCRYPTION_SECRET: 'x'.repeat(32) });
        expect(config.telemetry.apollo).toBe(false);
        expect(apolloReportingPlugins(config)).toHaveLength(2);
        delete process.env.APOLLO_TELEMETRY_DISABLED;
        applyGatewayTelemetrySetting(config);
        expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
      }
      const optedIn = loadConfig({ APOLLO_TELEMETRY: 'true' });
      expect(optedIn.telemetry.apollo).toBe(true);
      expect(apolloReportingPlugins(optedIn)).toEqual([]);
      delete process.env.APOLLO_TELEMETRY_DISABLED;
      applyGatewayTelemetrySetting(optedIn);
      expect(process.env.APOLLO_TELEMETRY_DISABLED).toBeUndefined();
      expect(() => loadConfig({ APOLLO_TELEMETRY: 'maybe' })).toThrow(/APOLLO_TELEMETRY/);
    } finally {
      if (saved === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
      else process.env.APOLLO_TELEMETRY_DISABLED = saved;
    }
  });
});

describe.each(STACK_MODES)('egress: only configured hosts ($mode stores)', ({ mode, available }) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it.runIf(available)(
    'each subgraph and the gateway, each in its own process',
    async () => {
      const setup = await setUp(mode);
      cleanups.push(setup.cleanup);
      const ports = Object.fromEntries(await Promise.all([...SUBGRAPHS, 'gateway'].map(async (name) => [name, await freePort()] as const)));
      const shared: Record<string, string> = { ...setup.env };
      for (const name of [...SUBGRAPHS, 'gateway']) shared[`${name.toUpperCase()}_PORT`] = String(ports[name]);
      for (const name of SUBGRAPHS) shared[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[name]}/graphql`;

      const processes: RecordedProcess[] = [];
      cleanups.push(async () => void (await Promise.all(processes.map((p) => p.stop().then(() => p.remove())))));
      const start = (name: string, entry: string, env: Record<string, string> = {}) => {
        const p = startRecorded(name, entry, { ...shared, LOOMA_DATA_DIR: setup.dataDir(), ...env });
        processes.push(p);
        return p;
      };
      // Embedded: the talent subgraph seeds the demo organisation the anonymous viewer reads.
      const subgraphs = SUBGRAPHS.map((name) =>
        start(name, `subgraphs/${name}/index.ts`, name === 'talent' && mode === 'embedded' ? { DEMO_SEED: 'true', DEMO_TALENTS: '5' } : {}),
      );
      await Promise.all(subgraphs.map((p, i) => p.waitFor(`http://127.0.0.1:${ports[SUBGRAPHS[i]!]}/health`)));
      const gateway = start('gateway', 'gateway/index.ts');
      processes.unshift(processes.pop()!);
      await gateway.waitFor(`http://127.0.0.1:${ports.gateway}/ready`);

      await drive(
        `http://127.0.0.1:${ports.gateway}/graphql`,
        SUBGRAPHS.map((name) => shared[`${name.toUpperCase()}_URL`]!),
        setup.token,
      );
      // The gateway's telemetry starts at construction: give its detectors and exporters time to try.
      await sleep(SETTLE_MS);
      const unexpected = await stopAll(processes);
      const gatewayRecords = gateway.records();
      expect(
        gatewayRecords.some((r) => r.kind === 'connect' && r.port === ports.talent),
        'the recorder saw the gateway call the talent subgraph',
      ).toBe(true);
      expect(unexpected).toEqual(Object.fromEntries(processes.map((p) => [p.name, []])));
    },
    900_000,
  );

  it.runIf(available)(
    'the whole stack in one process (npm start)',
    async () => {
      const setup = await setUp(mode);
      cleanups.push(setup.cleanup);
      // Subgraph calls over HTTP, as the recorder must see them to prove it records: in process
      // (the default) they open no connection at all, a subset of this (in-process-subgraphs.test.ts).
      const env: Record<string, string> = { ...setup.env, LOOMA_DATA_DIR: setup.dataDir(), SUBGRAPH_IN_PROCESS: 'false' };
      if (mode === 'embedded') Object.assign(env, { DEMO_SEED: 'true', DEMO_TALENTS: '5' });
      const ports: Record<string, number> = {};
      for (const name of [...SUBGRAPHS, 'gateway']) env[`${name.toUpperCase()}_PORT`] = String((ports[name] = await freePort()));
      const stack = startRecorded('start-all', 'app/cli/start-all.ts', env);
      cleanups.push(async () => void (await stack.stop().then(() => stack.remove())));
      await stack.waitFor(`http://127.0.0.1:${ports.gateway}/ready`);

      await drive(
        `http://127.0.0.1:${ports.gateway}/graphql`,
        SUBGRAPHS.map((name) => `http://127.0.0.1:${ports[name]}/graphql`),
        setup.token,
      );
      await sleep(SETTLE_MS);
      expect(await stopAll([stack])).toEqual({ 'start-all': [] });
      expect(stack.records().some((r) => r.kind === 'connect' && r.port === ports.talent)).toBe(true);
    },
    600_000,
  );
});
