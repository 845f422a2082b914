import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryCacheStore } from '../../../data/adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../../../data/adapters/pglite-relational.ts';
import { migrate } from '../../../data/migrate.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { RegistryStore } from '../../../data/registry/registry-store.ts';
import { SUPERGRAPH_CHANNEL, SchemaStore, schemaHash } from '../../../data/registry/schema-store.ts';
import { createLogger } from '../../../platform/logger.ts';
import { SupergraphComposer } from './supergraph-composer.ts';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable"])';
const thingsSdl = (extra = '') => `${LINK}
type Query { things: [Thing!]! }
type Thing @key(fields: "id") { id: ID! name: String @shareable ${extra} }`;
const labelsSdl = (nameType = 'String') => `${LINK}
type Query { labels: [String!]! }
type Thing @key(fields: "id") { id: ID! name: ${nameType} @shareable }`;
const URLS = { labels: 'http://labels.example/graphql', things: 'http://things.example/graphql' };

// The composer's decisions over the embedded PostgreSQL (PGlite) and the memory cache: no store is mocked.
describe('supergraph composer', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;
  let registry: RegistryStore;
  let schemas: SchemaStore;
  const logger = createLogger('composer-test', 'silent');
  const composer = () => new SupergraphComposer({ registry, schemas, cache, subgraphUrls: URLS, ttlMs: 60_000, logger });

  async function register(service: string, sdl: string): Promise<string> {
    const id = `${service}-${randomUUID()}`;
    await registry.register({
      id,
      service,
      url: `http://${service}.example/graphql`,
      version: '0.1.0',
      schemaHash: schemaHash(sdl),
      capacity: 1,
      sdl,
    });
    await registry.changeState(id, 'HEALTHY', 'state_changed');
    return id;
  }
  const eventsOf = async (id: string) => (await registry.events(200, null)).filter((event) => event.instance === id);

  beforeEach(async () => {
    await db?.close();
    await cache?.close();
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
    registry = new RegistryStore(db);
    schemas = new SchemaStore(db);
  });
  afterAll(async () => {
    await cache?.close();
    await db?.close();
  });

  it('waits for a schema of every subgraph, then composes them once, announces it and records who brought it', async () => {
    const announced: string[] = [];
    await cache.subscribe(SUPERGRAPH_CHANNEL, (message) => announced.push(message));
    const things = await register('things', thingsSdl());
    expect(await composer().reconcile()).toMatchObject({ kind: 'waiting', missing: ['labels'] });
    const labels = await register('labels', labelsSdl());

    const outcome = await composer().reconcile();
    expect(outcome.kind).toBe('composed');
    const current = await schemas.current();
    expect(current?.schemaHashes).toEqual({ things: schemaHash(thingsSdl()), labels: schemaHash(labelsSdl()) });
    // The configured URLs, not the instances': routing to instances is discovery's.
    expect(current?.sdl).toContain('url: "http://things.example/graphql"');
    await vi.waitFor(() => expect(announced).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.parse(announced[0]!)).toMatchObject({ id: current!.id, hash: current!.hash });
    for (const id of [things, labels]) expect((await eventsOf(id)).map((e) => e.kind)).toContain('supergraph_composed');

    expect(await composer().reconcile()).toMatchObject({ kind: 'unchanged', refused: [] });
    expect(announced).toHaveLength(1);
  });

  it('composes a compatible change (a new field) brought by a newer instance', async () => {
    await register('things', thingsSdl());
    await register('labels', labelsSdl());
    await composer().reconcile();
    const before = await schemas.current();

    const newer = await register('things', thingsSdl('rank: Int'));
    expect((await composer().reconcile()).kind).toBe('composed');
    const after = await schemas.current();
    expect(after?.id).not.toBe(before?.id);
    expect(after?.sdl).toContain('rank: Int');
    expect(after?.schemaHashes.things).toBe(schemaHash(thingsSdl('rank: Int')));
    expect((await registry.byId(newer, 60_000))?.state).toBe('HEALTHY');
  });

  it('refuses a schema that breaks composition: the event carries the errors, the instance turns UNHEALTHY, the last good stays', async () => {
    const oldLabels = await register('labels', labelsSdl());
    await register('things', thingsSdl());
    await composer().reconcile();
    const good = await schemas.current();

    const conflicting = await register('labels', labelsSdl('Int'));
    const outcome = await composer().reconcile();
    expect(outcome.kind).toBe('unchanged');
    expect(outcome.refused).toEqual([
      { service: 'labels', hash: schemaHash(labelsSdl('Int')), errors: [expect.stringContaining('FIELD_TYPE_MISMATCH')] },
    ]);
    expect(await schemas.current()).toEqual(good);
    const [refusal] = (await eventsOf(conflicting)).filter((e) => e.kind === 'schema_refused');
    expect(refusal).toMatchObject({ fromState: 'HEALTHY', toState: 'UNHEALTHY' });
    expect(refusal!.detail).toMatch(/FIELD_TYPE_MISMATCH.*Thing\.name/);
    expect((await registry.byId(conflicting, 60_000))?.state).toBe('UNHEALTHY');
    expect((await registry.byId(oldLabels, 60_000))?.state).toBe('HEALTHY');

    // Refused once: the next rounds neither compose it again nor record it again; a later instance with it is refused too.
    expect(await composer().reconcile()).toMatchObject({ kind: 'unchanged', refused: [] });
    const another = await register('labels', labelsSdl('Int'));
    await composer().reconcile();
    expect((await registry.byId(another, 60_000))?.state).toBe('UNHEALTHY');
    expect((await eventsOf(conflicting)).filter((e) => e.kind === 'schema_refused')).toHaveLength(1);
    expect(await schemas.current()).toEqual(good);
  });

  it('refuses only the schema the errors name and composes the other change', async () => {
    await register('labels', labelsSdl());
    await register('things', thingsSdl());
    await composer().reconcile();

    // Two changes at once: the new labels schema names a type nowhere defined, the new things schema is fine.
    const broken = `${labelsSdl()}\nextend type Query { broken: Nowhere }`;
    const bad = await register('labels', broken);
    await register('things', thingsSdl('rank: Int'));
    const outcome = await composer().reconcile();
    expect(outcome.kind).toBe('composed');
    expect(outcome.refused.map((r) => r.service)).toEqual(['labels']);
    expect((await registry.byId(bad, 60_000))?.state).toBe('UNHEALTHY');
    expect((await schemas.current())?.schemaHashes).toEqual({
      labels: schemaHash(labelsSdl()),
      things: schemaHash(thingsSdl('rank: Int')),
    });
  });

  it('lets one composer win when several compose the same change at once', async () => {
    await register('labels', labelsSdl());
    await register('things', thingsSdl());
    const outcomes = await Promise.all([composer().reconcile(), composer().reconcile(), composer().reconcile()]);
    expect(outcomes.filter((o) => o.kind === 'composed')).toHaveLength(1);
    const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM supergraphs');
    expect(row?.count).toBe(1);
  });
});
