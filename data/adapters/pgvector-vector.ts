import { createHash } from 'node:crypto';
import type {
  ScanPage,
  ScanRecord,
  VectorCollectionSpec,
  VectorCollectionState,
  VectorMatch,
  VectorRecord,
  VectorStore,
} from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';
import type { PGliteRelationalStore } from './pglite-relational.ts';

const ADAPTER = 'pgvector';

const toVectorLiteral = (vector: number[]) => `[${vector.join(',')}]`;
/**
 * pgvector's text form (`[0.1,-2e-05,3]`: finite floats in shortest round-trip notation) is a JSON
 * array, and JSON.parse reads each number to the same double as Number() of its digits, several
 * times faster than splitting: a ranking reads some 500 vectors of 256 dimensions (issue 14 point 6).
 */
const fromVectorLiteral = (text: string) => JSON.parse(text) as number[];

/**
 * The HNSW index of a collection is partial (`WHERE collection = '…'`) over `embedding::vector(N)`:
 * the column is untyped (collections differ in dimensions) and an index needs a fixed dimension.
 * Its name carries a hash of the collection and the dimensions, so a model switch builds a new one.
 */
const indexPrefix = (collection: string) => `vector_records_hnsw_${createHash('sha256').update(collection).digest('hex').slice(0, 16)}_`;
/** The expression the index is built on; `nearest` and `similarTo` order by it, so the planner can use the index. */
const typed = (column: string, dimensions: number) => `(${column})::vector(${Math.trunc(dimensions)})`;
/**
 * Search breadth and filtering: the index holds every org's vectors of the collection, so the scan
 * iterates (pgvector 0.8 iterative scans) until enough rows of the org pass the filter; the result is
 * re-sorted exactly. ef_search is the candidate list of each step: higher is better recall, slower.
 */
const HNSW_SESSION = [`SET hnsw.ef_search = 100`, `SET hnsw.iterative_scan = relaxed_order`, `SET hnsw.max_scan_tuples = 50000`];

/** The embedded vector default: pgvector in the embedded Postgres, cosine distance. */
export class PgvectorVectorStore implements VectorStore {
  readonly adapter = 'pgvector' as const;
  private readonly specs = new Map<string, Pick<VectorCollectionSpec, 'name' | 'model' | 'dimensions'>>();

  private readonly db: PGliteRelationalStore;

  constructor(db: PGliteRelationalStore) {
    this.db = db;
  }

  private run<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.queryAs<Row>('vector', ADAPTER, sql, params);
  }

  async ensureCollection(spec: VectorCollectionSpec): Promise<VectorCollectionState> {
    assertIdentifier('collection', spec.name);
    const [stored] = await this.run<{ model: string; dimensions: number; revision: string | null }>(
      `WITH created AS (
         INSERT INTO vector_collections (name, model, dimensions, revision) VALUES ($1, $2, $3, $4)
         ON CONFLICT (name) DO NOTHING RETURNING model, dimensions, revision
       )
       SELECT model, dimensions, revision FROM created
       UNION ALL SELECT model, dimensions, revision FROM vector_collections WHERE name = $1
       LIMIT 1`,
      [spec.name, spec.model, spec.dimensions, spec.revision],
    );
    if (stored && (stored.model !== spec.model || stored.dimensions !== spec.dimensions)) {
      throw new Error(
        `Vector collection ${spec.name} holds ${stored.model} (${stored.dimensions} dimensions), not ${spec.model} (${spec.dimensions} dimensions): run npm run reindex to switch models`,
      );
    }
    await this.ensureIndex(spec);
    this.specs.set(spec.name, spec);
    return { storedRevision: stored ? stored.revision : spec.revision };
  }

  /** The collection's HNSW index (cosine), built over what is already stored when it is missing. */
  private async ensureIndex(spec: Pick<VectorCollectionSpec, 'name' | 'dimensions'>): Promise<void> {
    const name = `${indexPrefix(spec.name)}${Math.trunc(spec.dimensions)}`;
    await this.run(
      `CREATE INDEX IF NOT EXISTS ${name} ON vector_records USING hnsw ((${typed('embedding', spec.dimensions)}) vector_cosine_ops)
       WHERE collection = '${assertIdentifier('collection', spec.name)}'`,
      [],
    );
  }

  /** Session settings of the HNSW scans, once per database connection (PGlite has one). */
  private session: Promise<void> | undefined;
  private hnswSession(): Promise<void> {
    this.session ??= (async () => {
      for (const statement of HNSW_SESSION) await this.db.db.exec(statement);
    })().catch((error: unknown) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async spec(collection: string): Promise<Pick<VectorCollectionSpec, 'name' | 'model' | 'dimensions'>> {
    const known = this.specs.get(collection);
    if (known) return known;
    const [row] = await this.run<{ model: string; dimensions: number }>(
      'SELECT model, dimensions FROM vector_collections WHERE name = $1',
      [collection],
    );
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
    const rows = records.map((r) => ({
      id: r.id,
      org_id: r.orgId,
      version: r.version,
      embedding: toVectorLiteral(r.vector),
      props: r.props,
    }));
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
    if (k <= 0) return [];
    const { dimensions } = await this.spec(collection);
    if (vector.length !== dimensions)
      throw new Error(`Query vector has ${vector.length} dimensions; collection ${collection} holds ${dimensions}`);
    await this.hnswSession();
    const embedding = typed('embedding', dimensions);
    // The inner scan orders by the indexed expression (the partial HNSW index of this collection serves
    // it when the planner finds that cheaper than reading the org's rows); the outer sort makes ties stable.
    const rows = await this.run<{ id: string; distance: number }>(
      `SELECT id, distance FROM (
         SELECT id, ${embedding} <=> $2::vector(${dimensions}) AS distance
         FROM vector_records
         WHERE collection = '${assertIdentifier('collection', collection)}' AND org_id = $1 AND NOT (id = ANY ($4::text[]))
         ORDER BY ${embedding} <=> $2::vector(${dimensions})
         LIMIT $3
       ) nearest
       ORDER BY distance, id`,
      [orgId, toVectorLiteral(vector), k, excludeIds],
    );
    return rows.map((r) => ({ id: r.id, score: 1 - Number(r.distance) }));
  }

  async similarTo(collection: string, orgId: string, ids: string[], k: number): Promise<Map<string, VectorMatch[]>> {
    const out = new Map<string, VectorMatch[]>();
    if (ids.length === 0 || k <= 0) return out;
    const { dimensions } = await this.spec(collection);
    await this.hnswSession();
    const name = `'${assertIdentifier('collection', collection)}'`;
    // One statement for the whole batch: each source row (of this org only) drives a nearest-neighbour scan.
    const rows = await this.run<{ source: string; id: string; score: number }>(
      `SELECT s.id AS source, m.id, m.score
       FROM vector_records s
       CROSS JOIN LATERAL (
         SELECT v.id, 1 - (${typed('v.embedding', dimensions)} <=> ${typed('s.embedding', dimensions)}) AS score
         FROM vector_records v
         WHERE v.collection = ${name} AND v.org_id = $1 AND v.id <> s.id
         ORDER BY ${typed('v.embedding', dimensions)} <=> ${typed('s.embedding', dimensions)}
         LIMIT $3
       ) m
       WHERE s.collection = ${name} AND s.org_id = $1 AND s.id = ANY ($2::text[])
       ORDER BY s.id, m.score DESC, m.id`,
      [orgId, [...new Set(ids)], k],
    );
    for (const row of rows) {
      const matches = out.get(row.source) ?? [];
      matches.push({ id: row.id, score: Number(row.score) });
      out.set(row.source, matches);
    }
    return out;
  }

  async count(collection: string, orgId: string): Promise<number> {
    const [row] = await this.run<{ n: number }>('SELECT count(*)::int AS n FROM vector_records WHERE collection = $1 AND org_id = $2', [
      collection,
      orgId,
    ]);
    return row?.n ?? 0;
  }

  async clearOrg(collection: string, orgId: string): Promise<void> {
    await this.run('DELETE FROM vector_records WHERE collection = $1 AND org_id = $2', [collection, orgId]);
  }

  async dropCollection(collection: string): Promise<void> {
    await this.run('DELETE FROM vector_collections WHERE name = $1', [collection]);
    // Its HNSW indexes go with it: a collection recreated with other dimensions could not be indexed by them.
    const indexes = await this.run<{ name: string }>(
      `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'vector_records' AND starts_with(indexname, $1)`,
      [indexPrefix(collection)],
    );
    for (const index of indexes) await this.run(`DROP INDEX IF EXISTS ${assertIdentifier('index', index.name)}`, []);
    this.specs.delete(collection);
  }

  async scan(collection: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    return this.run<ScanRecord>(
      `SELECT id, org_id AS "orgId", version FROM vector_records
       WHERE collection = $1 AND ($2::text IS NULL OR id > $2)
       ORDER BY id LIMIT $3`,
      [collection, after?.id ?? null, limit],
    );
  }

  async ping(): Promise<void> {
    await this.db.ping();
  }

  async close(): Promise<void> {}
}
