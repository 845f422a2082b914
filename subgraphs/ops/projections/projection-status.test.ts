import { describe, expect, it } from 'vitest';
import { compareProjections } from './projection-status.ts';

describe('projection status', () => {
  it('is current where a store holds exactly the source version', () => {
    expect(
      compareProjections(3, {
        graph: { adapter: 'neo4j', version: 3 },
        vector: { adapter: 'weaviate', version: 3 },
        search: { adapter: 'elasticsearch', version: 3 },
      }),
    ).toEqual({
      graph: { adapter: 'neo4j', version: 3, isCurrent: true },
      vector: { adapter: 'weaviate', version: 3, isCurrent: true },
      search: { adapter: 'elasticsearch', version: 3, isCurrent: true },
      isCurrent: true,
    });
  });

  it('is behind where a store holds an older version or none', () => {
    const status = compareProjections(4, {
      graph: { adapter: 'sql-graph', version: 3 },
      vector: { adapter: 'pgvector', version: undefined },
      search: { adapter: 'pg-fulltext', version: 4 },
    });
    expect(status.graph).toEqual({ adapter: 'sql-graph', version: 3, isCurrent: false });
    expect(status.vector).toEqual({ adapter: 'pgvector', version: null, isCurrent: false });
    expect(status.search.isCurrent).toBe(true);
    expect(status.isCurrent).toBe(false);
  });
});
