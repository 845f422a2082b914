import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDataLayer } from '../../data/data-layer.ts';
import { HashingEmbedder } from '../../data/embeddings/embedder.ts';
import { committedOfflineRevision } from '../../data/embeddings/embedder-revision.ts';
import { TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { reindex } from '../../data/reindex.ts';
import { loadConfig, type Config } from '../../platform/config.ts';
import { PgvectorVectorStore } from '../../data/adapters/pgvector-vector.ts';
import { WeaviateVectorStore } from '../../data/adapters/weaviate-vector.ts';
import type { VectorStore } from '../../data/ports.ts';
import { embeddedDatabase } from '../support/adapters.ts';
import { hasRealStore, realStoreEnv, realStoreUrl, scratchDatabase, uniqueSuffix } from '../support/real-stores.ts';
import { STACK_MODES } from '../support/stack.ts';

interface LogLine {
  level: number;
  msg: string;
  storedRevision?: string | null;
  currentRevision?: string;
  revision?: string;
}

/** A logger whose lines the test reads. */
function recordingLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}
const WARN = 40;
const staleWarnings = (lines: LogLine[]) => lines.filter((l) => l.level === WARN && l.currentRevision !== undefined);

/**
 * The talent vectors record the embedder's revision (the taxonomies' content it read). A start on vectors of another
 * revision (the taxonomy or the vocabulary grew since) warns to reindex and still serves; reindex records the new one.
 */
describe.each(STACK_MODES)('embedder revision of the stored vectors ($mode stores)', ({ mode, available }) => {
  let config: Config;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    if (!available) return;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-revision-'));
    cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env: Record<string, string> = { LOOMA_ENV: 'test', LOOMA_DATA_DIR: dataDir, DEMO_SEED: 'false', LOG_LEVEL: 'silent' };
    if (mode === 'real') {
      const scratch = await scratchDatabase();
      cleanups.push(scratch.drop);
      Object.assign(env, realStoreEnv(scratch.url, 'rev'));
    }
    config = loadConfig(env);
  }, 60_000);
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    if (available && mode === 'real') {
      // Leave the shared servers as they were: this namespace's collection and index go.
      const data = await openDataLayer(config, pino({ level: 'silent' }), { ensureTargets: false });
      await data.stores.vector.dropCollection(TALENT_VECTOR_COLLECTION);
      await data.stores.search.dropIndex(TALENT_SEARCH_INDEX.name);
      await data.close();
    }
    for (const cleanup of cleanups.reverse()) await cleanup();
  }, 60_000);

  /** Opens the data layer as a service starts (one process at a time on an embedded data directory) and closes it. */
  async function start(): Promise<LogLine[]> {
    const { logger, lines } = recordingLogger();
    const data = await openDataLayer(config, logger);
    await data.close();
    return lines;
  }

  it.runIf(available)(
    'warns (and starts) on vectors of another revision until npm run reindex records the current one',
    async () => {
      const stored = committedOfflineRevision();
      expect(staleWarnings(await start())).toEqual([]);

      // The vocabulary grew: the embedder is at another revision, the stored vectors are not.
      vi.spyOn(HashingEmbedder.prototype, 'revision', 'get').mockReturnValue('hash1:grownvocabu');
      const warnings = staleWarnings(await start());
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ storedRevision: stored, currentRevision: 'hash1:grownvocabu' });
      expect(warnings[0]!.msg).toContain(stored);
      expect(warnings[0]!.msg).toContain('hash1:grownvocabu');
      expect(warnings[0]!.msg).toContain('npm run reindex');

      const { logger, lines } = recordingLogger();
      const data = await openDataLayer(config, logger, { ensureTargets: false });
      try {
        await reindex(data, logger);
      } finally {
        await data.close();
      }
      expect(lines.find((l) => l.revision !== undefined)).toMatchObject({ revision: 'hash1:grownvocabu' });
      expect(staleWarnings(await start())).toEqual([]);

      // Back to the committed taxonomies: stale again, the other way round.
      vi.restoreAllMocks();
      expect(staleWarnings(await start())).toMatchObject([{ storedRevision: 'hash1:grownvocabu', currentRevision: stored }]);
    },
    120_000,
  );
});

/**
 * A collection made before revisions were recorded (migration 0003 leaves the column null; an older Weaviate class
 * description has none) reports no revision: a service warns, since it cannot know which taxonomy the vectors read.
 */
describe('a vector collection from before revisions were recorded', () => {
  const spec = { model: 'legacy-model', dimensions: 8, revision: 'hash1:current0000' };

  it('pgvector (embedded): a null revision is reported as null, and kept', async () => {
    const db = await embeddedDatabase();
    const name = `legacy_${uniqueSuffix()}`;
    const store: VectorStore = new PgvectorVectorStore(db);
    await store.ensureCollection({ name, ...spec });
    await db.query('UPDATE vector_collections SET revision = NULL WHERE name = $1', [name]);
    try {
      const restarted = new PgvectorVectorStore(db);
      expect(await restarted.ensureCollection({ name, ...spec })).toEqual({ storedRevision: null });
      expect(await restarted.ensureCollection({ name, ...spec })).toEqual({ storedRevision: null });
    } finally {
      await store.dropCollection(name);
    }
  });

  it.runIf(hasRealStore('weaviate'))(
    'weaviate (real): a description without a revision is reported as null',
    async () => {
      const namespace = `Legacy_${uniqueSuffix()}`;
      const className = `${namespace}_legacy`;
      const schema = `${realStoreUrl('weaviate')!.replace(/\/$/, '')}/v1/schema`;
      const created = await fetch(schema, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          class: className,
          description: `looma-vectors:${JSON.stringify({ model: spec.model, dimensions: spec.dimensions })}`,
          vectorizer: 'none',
          properties: [
            { name: 'orgId', dataType: ['text'], tokenization: 'field' },
            { name: 'version', dataType: ['int'] },
          ],
        }),
      });
      expect(created.status).toBe(200);
      const store = await WeaviateVectorStore.open({
        url: realStoreUrl('weaviate')!,
        grpcPort: Number(process.env.WEAVIATE_GRPC_PORT ?? 50051),
        namespace,
      });
      try {
        expect(await store.ensureCollection({ name: 'legacy', ...spec })).toEqual({ storedRevision: null });
        await expect(store.ensureCollection({ name: 'legacy', ...spec, model: 'other-model' })).rejects.toThrow(/model/i);
      } finally {
        await store.dropCollection('legacy');
        await store.close();
      }
    },
    30_000,
  );
});
