import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../adapters/pglite-relational.ts';
import { migrate } from '../migrate.ts';
import type { RelationalStore } from '../ports.ts';
import { createLogger } from '../../platform/logger.ts';
import { createRegistrar } from './registrar.ts';
import { RegistryStore } from './registry-store.ts';
import { SchemaStore, schemaHash } from './schema-store.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What the registry keeps for supergraph hot reload, over the embedded PostgreSQL (PGlite).
describe('schema store', () => {
  let db: RelationalStore;
  let schemas: SchemaStore;
  const logger = createLogger('schema-store-test', 'silent');

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    schemas = new SchemaStore(db);
  });
  afterAll(async () => db?.close());

  it("keeps a subgraph instance's SDL at registration, once per hash, and not the gateway's supergraph", async () => {
    const subgraphSdl = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])\ntype Query { a: Int }';
    const supergraphSdl =
      'schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/join/v0.5", for: EXECUTION) { query: Query }';
    const registrar = createRegistrar({ relational: db, heartbeatMs: 50, ttlMs: 1_000, logger });
    const leases = [
      registrar.register({ service: 'talent', url: 'http://127.0.0.1:1/graphql', sdl: subgraphSdl }),
      registrar.register({ service: 'talent', url: 'http://127.0.0.1:2/graphql', sdl: subgraphSdl }),
      registrar.register({ service: 'gateway', url: 'http://127.0.0.1:3/graphql', sdl: supergraphSdl }),
    ];
    const registry = new RegistryStore(db);
    for (let tries = 0; (await registry.live(1_000)).length < 3 && tries < 400; tries++) await sleep(25);
    const kept = await schemas.byHashes([schemaHash(subgraphSdl), schemaHash(supergraphSdl)]);
    expect([...kept.values()].map(({ service, sdl, refusal }) => ({ service, sdl, refusal }))).toEqual([
      { service: 'talent', sdl: subgraphSdl, refusal: null },
    ]);
    // The instance row carries the same hash the schema is kept by.
    expect((await registry.live(1_000)).find((i) => i.service === 'talent')?.schemaHash).toBe(schemaHash(subgraphSdl));
    for (const lease of leases) await lease.deregister();
  });

  it('records a supergraph only on top of the one its composition started from; composing an older set again makes it current', async () => {
    const first = await schemas.record({ sdl: 'one', schemaHashes: { a: '1' } }, null);
    expect(first).toMatchObject({ hash: schemaHash('one'), schemaHashes: { a: '1' } });
    // Another composer started from none as well: it lost.
    expect(await schemas.record({ sdl: 'other', schemaHashes: { a: '9' } }, null)).toBeNull();
    const second = await schemas.record({ sdl: 'two', schemaHashes: { a: '2' } }, first!.id);
    expect((await schemas.current())?.id).toBe(second!.id);
    await sleep(5);
    // A rollback: the first set again is the same row, current again.
    const again = await schemas.record({ sdl: 'one', schemaHashes: { a: '1' } }, second!.id);
    expect(again?.id).toBe(first!.id);
    expect((await schemas.current())?.hash).toBe(schemaHash('one'));
  });

  it('marks a schema refused once, with why, and leaves it out of the newest accepted', async () => {
    await schemas.save('search', 'type Query { old: Int }');
    await sleep(5);
    const newer = await schemas.save('search', 'type Query { new: Int }');
    expect((await schemas.newestAccepted(['search'])).get('search')).toBe(newer);
    expect(await schemas.refuse(newer, 'composition failed: [X] boom')).toBe(true);
    expect(await schemas.refuse(newer, 'again')).toBe(false);
    expect((await schemas.refused()).get(newer)).toBe('composition failed: [X] boom');
    expect((await schemas.newestAccepted(['search'])).get('search')).toBe(schemaHash('type Query { old: Int }'));
  });
});
