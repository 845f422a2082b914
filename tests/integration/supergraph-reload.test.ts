/**
 * Supergraph hot reload (issue 12, point 3), through the whole stack with GATEWAY_SUPERGRAPH=registry:
 * the control plane composes the supergraph from the schemas the running subgraphs registered, and
 * the gateway serves it. An ops instance started with a schema that breaks composition is refused
 * (a SCHEMA_REFUSED event with the errors, the instance held UNHEALTHY) while the gateway keeps
 * serving the last good supergraph; one started with a new field leads to a new supergraph that the
 * gateway serves, with its access rules, without a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistrar } from '../../data/registry/registrar.ts';
import { RegistryStore } from '../../data/registry/registry-store.ts';
import { SchemaStore } from '../../data/registry/schema-store.ts';
import { startSubgraph, type AnySubgraphDefinition } from '../../data/runtime/subgraph.ts';
import type { RunningSubgraph } from '../../platform/subgraph-server.ts';
import { subgraphSchemaParts } from '../../schema/subgraphs.ts';
import { opsSubgraph } from '../../subgraphs/ops/index.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';
import { eventually } from '../support/eventually.ts';
import { registryReads } from '../support/paced-reads.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const QUERY_FIELDS = '{ __type(name: "Query") { fields { name } } }';

const OPS_DIR = fileURLToPath(new URL('../../subgraphs/ops/', import.meta.url));

/**
 * The ops subgraph with one more schema part (`extraSdl`) and resolvers: its schema files copied as
 * they are plus the part, served with ops' resolvers. No registry checks or composer of its own.
 */
function opsVariant(extraSdl: string, query: Record<string, () => unknown> = {}): { definition: AnySubgraphDefinition; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-ops-variant-'));
  for (const file of [path.join(OPS_DIR, 'schema.graphql'), ...subgraphSchemaParts(OPS_DIR)]) {
    const target = path.join(dir, path.relative(OPS_DIR, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  fs.mkdirSync(path.join(dir, 'reload'));
  fs.writeFileSync(path.join(dir, 'reload', 'reload.graphql'), extraSdl);
  const resolvers = opsSubgraph.resolvers as Record<string, object>;
  return {
    dir,
    definition: {
      ...opsSubgraph,
      schemaFile: pathToFileURL(path.join(dir, 'schema.graphql')),
      resolvers: { ...resolvers, Query: { ...resolvers.Query, ...query } },
      onStart: undefined,
    },
  };
}

describe.each(STACK_MODES)('supergraph hot reload ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let admin: string;
  const started: { instance: RunningSubgraph; dir: string }[] = [];
  // Paced within the fields' rate limit; an answer with errors throws.
  let reads: ReturnType<typeof registryReads>;
  const events = () => reads.events();
  const instanceAt = async (url: string) => (await reads.services()).flatMap((s) => s.instances).find((i) => i.url === url);
  const current = () => new SchemaStore(t.stack.runtime.data.stores.relational).current();
  const queryFields = async () =>
    (await t.request<{ __type: { fields: { name: string }[] } }>(QUERY_FIELDS, {}, { token: admin })).body.data?.__type.fields.map(
      (f) => f.name,
    ) ?? [];

  /** Another ops instance in this process, registering (and announcing) through the stack's stores. */
  async function startOps(extraSdl: string, query?: Record<string, () => unknown>): Promise<RunningSubgraph> {
    const { config, logger, data } = t.stack.runtime;
    const registry = createRegistrar({
      relational: data.stores.relational,
      cache: data.stores.cache,
      heartbeatMs: config.registry.heartbeatMs,
      ttlMs: config.registry.ttlMs,
      logger,
    });
    const { definition, dir } = opsVariant(extraSdl, query);
    const instance = await startSubgraph(definition, { ...t.stack.runtime, registry }, { port: 0 });
    started.push({ instance, dir });
    return instance;
  }

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, {
      env: {
        REGISTRY_ENABLED: 'true',
        REGISTRY_HEARTBEAT_MS: '200',
        REGISTRY_TTL_MS: '1500',
        REGISTRY_CHECK_MS: '200',
        GATEWAY_SUPERGRAPH: 'registry',
        // Over HTTP, so the gateway's calls follow the registry's instances (discovery), not this process's subgraphs.
        SUBGRAPH_IN_PROCESS: 'false',
      },
    });
    admin = t.token(['ADMIN']);
    reads = registryReads(t, admin);
    // The stack's own subgraphs registered: the control plane composes the first supergraph from them.
    await eventually(current, (supergraph) => supergraph !== null);
  }, 180_000);
  afterAll(async () => {
    for (const { instance, dir } of started) {
      await instance.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    await t?.close();
  });

  it.skipIf(!available)(
    'refuses an instance whose schema breaks composition while the gateway keeps serving the last good supergraph',
    async () => {
      const good = await current();
      expect(Object.keys(good!.schemaHashes).sort()).toEqual(['chat', 'identity', 'matching', 'ops', 'resume', 'search', 'talent']);

      // The talent subgraph owns Talent.name as String!: an ops that resolves it as Int! cannot compose.
      const bad = await startOps('extend type Talent { name: Int! }');
      const refused = await eventually(events, (all) => all.some((e) => e.kind === 'SCHEMA_REFUSED'));
      const [refusal] = refused.filter((e) => e.kind === 'SCHEMA_REFUSED');
      expect(refusal).toMatchObject({ toState: 'UNHEALTHY' });
      expect(refusal!.detail).toMatch(/Talent\.name/);
      expect(refusal!.detail).not.toMatch(/\bat .*\.ts:\d+/);
      const id = refusal!.instanceId;
      expect((await instanceAt(bad.url))?.id).toBe(id);

      // It answers /ready, yet the checks do not bring it back: it stays UNHEALTHY (nothing routes to it).
      expect((await fetch(new URL('/ready', bad.url))).status).toBe(200);
      await sleep(1_000);
      expect((await instanceAt(bad.url))?.state).toBe('UNHEALTHY');
      expect(await current()).toEqual(good);

      // The gateway still serves, on the last good supergraph.
      expect((await reads.services()).length).toBeGreaterThan(0);
      expect(await queryFields()).not.toContain('reloadProbe');
    },
  );

  it.skipIf(!available)('composes a compatible change (a new field) and the gateway serves it without a restart', async () => {
    const before = await current();
    const probe = await startOps(
      'extend type Query {\n  "Answers which ops build served the call."\n  reloadProbe: String! @requiresScopes(scopes: [["admin"]])\n}\n',
      { reloadProbe: () => 'v2' },
    );
    const composed = await eventually(current, (supergraph) => supergraph?.id !== before?.id);
    expect(composed?.sdl).toContain('reloadProbe');
    const id = (await eventually(
      () => instanceAt(probe.url),
      (instance) => instance !== undefined,
    ))!.id;
    expect((await events()).filter((e) => e.instanceId === id).map((e) => e.kind)).toContain('SUPERGRAPH_COMPOSED');

    // The gateway swapped it in: the field is in its schema.
    expect(await eventually(queryFields, (fields) => fields.includes('reloadProbe'))).toContain('reloadProbe');
    // Only the new instance answers ops calls once the old one is drained; the field's access rule came with the supergraph.
    const old = await instanceAt(t.stack.subgraphs.ops!.url);
    await new RegistryStore(t.stack.runtime.data.stores.relational).changeState(old!.id, 'DRAINING', 'drained', 'supergraph reload test');
    const answer = await eventually(
      () => t.request<{ reloadProbe: string }>('{ reloadProbe }', {}, { token: admin }),
      (response) => response.body.data?.reloadProbe === 'v2',
    );
    expect(answer.body).toEqual({ data: { reloadProbe: 'v2' } });
    const recruiter = await t.request('{ reloadProbe }', {}, { token: t.token(['RECRUITER']) });
    expect(recruiter.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
