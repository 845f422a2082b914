import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryCacheStore } from '../data/adapters/memory-cache.ts';
import { PGliteRelationalStore } from '../data/adapters/pglite-relational.ts';
import { migrate } from '../data/migrate.ts';
import type { RelationalStore } from '../data/ports.ts';
import { SUPERGRAPH_CHANNEL, SchemaStore, schemaHash } from '../data/registry/schema-store.ts';
import { createLogger } from '../platform/logger.ts';
import { SUPERGRAPH_FILE } from '../schema/subgraphs.ts';
import { startingSupergraph, watchRegistrySupergraph } from './supergraph-source.ts';

async function eventually(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

// Where the gateway's supergraph comes from and how it follows the registry (embedded PostgreSQL, memory cache).
describe('supergraph source', () => {
  let db: RelationalStore;
  let cache: MemoryCacheStore;
  let schemas: SchemaStore;
  const logger = createLogger('supergraph-source-test', 'silent');
  const file = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');

  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    cache = new MemoryCacheStore();
    schemas = new SchemaStore(db);
  });
  afterAll(async () => {
    await cache?.close();
    await db?.close();
  });

  it('starts on the file, in registry mode too while nothing is composed, then on the newest composed supergraph', async () => {
    expect(await startingSupergraph('file', db, logger)).toEqual({ sdl: file, hash: schemaHash(file), from: 'file' });
    expect(await startingSupergraph('registry', db, logger)).toMatchObject({ hash: schemaHash(file), from: 'file' });
    const composed = await schemas.record({ sdl: 'composed one', schemaHashes: {} }, null);
    expect(await startingSupergraph('registry', db, logger)).toEqual({ sdl: 'composed one', hash: composed!.hash, from: 'registry' });
    expect(await startingSupergraph('file', db, logger)).toMatchObject({ from: 'file' });
  });

  it('applies each newly announced supergraph, refuses one that fails to load and keeps polling', async () => {
    const served = await startingSupergraph('registry', db, logger);
    const applied: string[] = [];
    const attempts: string[] = [];
    const stop = await watchRegistrySupergraph({
      relational: db,
      cache,
      served,
      logger,
      apply: async (sdl) => {
        attempts.push(sdl);
        if (sdl.includes('broken')) throw new Error('does not load');
        applied.push(sdl);
      },
      pollMs: 60_000,
    });
    try {
      const two = await schemas.record({ sdl: 'composed two', schemaHashes: {} }, (await schemas.current())!.id);
      await cache.publish(SUPERGRAPH_CHANNEL, JSON.stringify({ id: two!.id, hash: two!.hash }));
      await eventually(() => applied.length === 1);
      expect(applied).toEqual(['composed two']);

      // One that fails to load is tried once; the next good one is applied.
      const broken = await schemas.record({ sdl: 'broken three', schemaHashes: {} }, two!.id);
      await cache.publish(SUPERGRAPH_CHANNEL, '{}');
      await cache.publish(SUPERGRAPH_CHANNEL, '{}');
      const four = await schemas.record({ sdl: 'composed four', schemaHashes: {} }, broken!.id);
      await cache.publish(SUPERGRAPH_CHANNEL, JSON.stringify({ id: four!.id }));
      await eventually(() => applied.length === 2);
      expect(applied).toEqual(['composed two', 'composed four']);
      expect(attempts.filter((sdl) => sdl.includes('broken')).length).toBeLessThanOrEqual(1);
    } finally {
      await stop();
    }
  });

  it('finds a supergraph whose announcement was lost at the next poll', async () => {
    const served = await startingSupergraph('registry', db, logger);
    const applied: string[] = [];
    const stop = await watchRegistrySupergraph({
      relational: db,
      served,
      logger,
      apply: async (sdl) => void applied.push(sdl),
      pollMs: 50,
    });
    try {
      await schemas.record({ sdl: 'composed five', schemaHashes: {} }, (await schemas.current())!.id);
      await eventually(() => applied.length === 1);
      expect(applied).toEqual(['composed five']);
    } finally {
      await stop();
    }
  });
});
