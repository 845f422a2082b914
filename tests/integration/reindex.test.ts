import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataLayer } from '../../data/data-layer.ts';
import { reindex } from '../../data/reindex.ts';
import { TALENT_GRAPH_LABEL, TALENT_SEARCH_INDEX, TALENT_VECTOR_COLLECTION } from '../../data/projections/talent-projection.ts';
import { loadConfig } from '../../platform/config.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

describe.each(STACK_MODES)('reindex ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 40 });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)('rebuilds lost projections from Postgres', async () => {
    const { stores } = t.stack.runtime.data;
    const page = await t.request<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 5) { edges { node { id } } } }');
    const some = page.body.data!.talents.edges.map((e) => e.node.id);
    await stores.graph.remove(TALENT_GRAPH_LABEL, t.orgId, some);
    await stores.search.clearOrg(TALENT_SEARCH_INDEX.name, t.orgId);
    expect(await stores.graph.count(TALENT_GRAPH_LABEL, t.orgId)).toBe(35);

    const report = await reindex(t.stack.runtime.data, t.stack.runtime.logger);
    expect(report.talents).toBeGreaterThanOrEqual(40);
    expect(await stores.graph.count(TALENT_GRAPH_LABEL, t.orgId)).toBe(40);
    expect(await stores.vector.count(TALENT_VECTOR_COLLECTION, t.orgId)).toBe(40);
    expect(await stores.search.count(TALENT_SEARCH_INDEX.name, t.orgId)).toBe(40);
    const status = await t.request<{ talents: { edges: { node: { projections: { isCurrent: boolean } } }[] } }>(
      '{ talents(first: 40) { edges { node { projections { isCurrent } } } } }',
    );
    expect(status.body.data!.talents.edges.every((e) => e.node.projections.isCurrent)).toBe(true);
  });

  it.runIf(available)('refuses to start on vectors of another model until a reindex switches them', async () => {
    // One process at a time opens an embedded database: stop the stack first (the CLI runs with Looma stopped too).
    await t.stack.close();
    const switched = loadConfig({ ...envOf(t), EMBEDDINGS_DIMENSIONS: '128' });
    await expect(openDataLayer(switched, t.stack.runtime.logger)).rejects.toThrow(/model|dimensions/i);

    const data = await openDataLayer(switched, t.stack.runtime.logger, { ensureTargets: false });
    try {
      await reindex(data, t.stack.runtime.logger);
      const ids = (await data.stores.relational.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 LIMIT 3', [t.orgId])).map(
        (r) => r.id,
      );
      const vectors = await data.stores.vector.get(TALENT_VECTOR_COLLECTION, t.orgId, ids);
      expect([...vectors.values()].map((v) => v.vector.length)).toEqual([128, 128, 128]);
    } finally {
      await data.close();
    }
  });
});

/** The environment the test stack was configured from, so a second data layer opens the same stores. */
function envOf(t: TestStack): Record<string, string> {
  const c = t.config;
  const env: Record<string, string> = {
    LOOMA_ENV: 'test',
    LOOMA_DATA_DIR: c.dataDir,
    STORE_NAMESPACE: c.namespace,
    DEMO_SEED: 'false',
    LOG_LEVEL: 'silent',
  };
  if (c.stores.postgres) env.DATABASE_URL = c.stores.postgres.url;
  if (c.stores.neo4j) env.NEO4J_URL = c.stores.neo4j.url;
  if (c.stores.weaviate) env.WEAVIATE_URL = c.stores.weaviate.url;
  if (c.stores.elasticsearch) env.ELASTICSEARCH_URL = c.stores.elasticsearch.url;
  if (c.stores.redis) env.REDIS_URL = c.stores.redis.url;
  return env;
}
