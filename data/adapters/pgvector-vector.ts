import type { VectorCollectionSpec, VectorMatch, VectorRecord, VectorStore } from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';
import type { PGliteRelationalStore } from './pglite-relational.ts';

const ADAPTER = 'pgvector';

const toVectorLiteral = (vector: number[]) => `[${vector.join(',')}]`;
const fromVectorLiteral = (text: string) => text.slice(1, -1).split(',').map(Number);

/** The embedded vector default: pgvector in the embedded Postgres, cosine distance. */
export class PgvectorVectorStore implements VectorStore {
  readonly adapter = 'pgvector' as const;
  private readonly specs = new Map<string, VectorCollectionSpec>();

  constructor(private readonly db: PGliteRelationalStore) {}

  private run<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.queryAs<Row>('vector', ADAPTER, sql, params);
  }

  async ensureCollection(spec: VectorCollectionSpec): Promise<void> {
    assertIdentifier('collection', spec.name);
    const [stored] = await this.run<{ model: string; dimensions: number }>(
      `WITH created AS (
         INSERT INTO vector_collections (name, model, dimensions) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO NOTHING RETURNING model, dimensions
       )
       SELECT model, dimensions FROM created
       UNION ALL SELECT model, dimensions FROM vector_collections WHERE name = $1
       LIMIT 1`,
      [spec.name, spec.model, spec.dimensions],
    );
    if (stored && (stored.model !== spec.model || stored.dimensions !== spec.dimensions)) {
      throw new Error(
        `Vector collection ${spec.name} holds ${stored.model} (${stored.dimensions} dimensions), not ${spec.model} (${spec.dimensions} dimensions): run npm run reindex to switch models`,
      );
    }
    this.specs.set(spec.name, spec);
  }

  private async spec(collection: string): Promise<VectorCollectionSpec> {
    const known = this.specs.get(collection);
    if (known) return known;
    const [row] = await this.run<{ model: string; dimensions: number }>('SELECT model, dimensions FROM vector_collections WHERE name = $1', [collection]);
    if (!row) throw new Error(`Vector collection ${collection} does not exist`);
    const spec = { name: collection, ...row };
    this.specs.set(collection, spec);
    return spec;
  }

  async upsert(collection: string, records: VectorRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const { dimensions } = await this.spec(collection);
    const wrong = records.find((r) => r.vector.length !== dimensions);
    if (wrong) throw new Error(`Vector of ${wrong.id} has ${wrong.vector.length} dimensions; collection ${collection} holds ${dimensions}`);
    const rows = records.map((r) => ({ id: r.id, org_id: r.orgId, version: r.version, embedding: toVectorLiteral(r.vector), props: r.props }));
    const applied = await this.run<{ id: string }>(
      `INSERT INTO vector_records AS v (collection, id, org_id, version, embedding, props)
       SELECT $1, id, org_id, version, embedding::vector, props
       FROM jsonb_to_recordset($2::jsonb) AS x(id text, org_id text, version int, embedding text, props jsonb)
       ON CONFLICT (collection, id) DO UPDATE
         SET org_id = EXCLUDED.org_id, version = EXCLUDED.version, embedding = EXCLUDED.embedding, props = EXCLUDED.props
         WHERE v.version < EXCLUDED.version
       RETURNING id`,
      [collection, JSON.stringify(rows)],
    );
    return applied.length;
  }

  async remove(collection: string, orgId: string, ids: string[]): Promise<void> {
    await this.run('DELETE FROM vector_records WHERE collection = $1 AND org_id = $2 AND id = ANY ($3::text[])', [collection, orgId, ids]);
  }

  async get(
    collection: string,
    orgId: string,
    ids: string[],
    { vectors = true }: { vectors?: boolean } = {},
  ): Promise<Map<string, { version: number; vector: number[] }>> {
    const rows = await this.run<{ id: string; version: number; embedding: string | null }>(
      `SELECT id, version, ${vectors ? 'embedding::text' : 'NULL'} AS embedding
       FROM vector_records WHERE collection = $1 AND org_id = $2 AND id = ANY ($3::text[])`,
      [collection, orgId, ids],
    );
    return new Map(rows.map((r) => [r.id, { version: r.version, vector: r.embedding ? fromVectorLiteral(r.embedding) : [] }]));
  }

  async nearest(collection: string, orgId: string, vector: number[], k: number, excludeIds: string[] = []): Promise<VectorMatch[]> {
    const rows = await this.run<{ id: string; score: number }>(
      `SELECT id, 1 - (embedding <=> $3::vector) AS score
       FROM vector_records
       WHERE collection = $1 AND org_id = $2 AND NOT (id = ANY ($5::text[]))
       ORDER BY embedding <=> $3::vector, id
       LIMIT $4`,
      [collection, orgId, toVectorLiteral(vector), k, excludeIds],
    );
    return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  }

  async similarTo(collection: string, orgId: string, ids: string[], k: number): Promise<Map<string, VectorMatch[]>> {
    const out = new Map<string, VectorMatch[]>();
    if (ids.length === 0 || k <= 0) return out;
    // One statement for the whole batch: each source row (of this org only) drives a nearest-neighbour scan.
    const rows = await this.run<{ source: string; id: string; score: number }>(
      `SELECT s.id AS source, m.id, m.score
       FROM vector_records s
       CROSS JOIN LATERAL (
         SELECT v.id, 1 - (v.embedding <=> s.embedding) AS score
         FROM vector_records v
         WHERE v.collection = $1 AND v.org_id = $2 AND v.id <> s.id
         ORDER BY v.embedding <=> s.embedding, v.id
         LIMIT $4
       ) m
       WHERE s.collection = $1 AND s.org_id = $2 AND s.id = ANY ($3::text[])
       ORDER BY s.id, m.score DESC, m.id`,
      [collection, orgId, [...new Set(ids)], k],
    );
    for (const row of rows) {
      const matches = out.get(row.source) ?? [];
      matches.push({ id: row.id, score: Number(row.score) });
      out.set(row.source, matches);
    }
    return out;
  }

  async count(collection: string, orgId: string): Promise<number> {
    const [row] = await this.run<{ n: number }>('SELECT count(*)::int AS n FROM vector_records WHERE collection = $1 AND org_id = $2', [collection, orgId]);
    return row?.n ?? 0;
  }

  async clearOrg(collection: string, orgId: string): Promise<void> {
    await this.run('DELETE FROM vector_records WHERE collection = $1 AND org_id = $2', [collection, orgId]);
  }

  async dropCollection(collection: string): Promise<void> {
    await this.run('DELETE FROM vector_collections WHERE name = $1', [collection]);
    this.specs.delete(collection);
  }

  async ping(): Promise<void> {
    await this.db.ping();
  }

  async close(): Promise<void> {}
}
