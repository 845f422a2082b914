import { createHash } from 'node:crypto';
import type { RelationalStore, SqlExecutor } from '../ports.ts';

/** The sha256 the registry keys a schema (a subgraph's SDL, a composed supergraph) by. */
export const schemaHash = (sdl: string): string => createHash('sha256').update(sdl).digest('hex');

/** The cache pub/sub channel a newly recorded supergraph is announced on (its id and hash, JSON); gateways watch it. */
export const SUPERGRAPH_CHANNEL = 'registry:supergraph';

/** A supergraph's SDL carries the join spec; a subgraph's links federation's. */
export const isSupergraphSdl = (sdl: string): boolean => /https:\/\/specs\.apollo\.dev\/join\//.test(sdl);

export interface StoredSchema {
  hash: string;
  service: string;
  sdl: string;
  firstSeenAt: Date;
  /** Why composition refused it (the composition errors), or null. */
  refusal: string | null;
}

export interface SupergraphRecord {
  id: string;
  hash: string;
  sdl: string;
  /** The subgraph schema hashes it was composed from, by subgraph name. */
  schemaHashes: Record<string, string>;
  composedAt: Date;
}

interface SchemaRow {
  hash: string;
  service: string;
  sdl: string;
  first_seen_at: Date;
  refusal: string | null;
}

interface SupergraphRow {
  id: string | number;
  hash: string;
  sdl: string;
  schema_hashes: Record<string, string> | string;
  composed_at: Date;
}

/** An arbitrary constant: the composers of several ops instances take turns to record a supergraph. */
const COMPOSER_LOCK = 4_712_2026;

const SUPERGRAPH_COLUMNS = 'id, hash, sdl, schema_hashes, composed_at';

/**
 * `service_schemas` and `supergraphs`: the one owner of their SQL. What every subgraph instance
 * registered with, and what the control plane composed from it (platform-wide rows, no org_id).
 */
export class SchemaStore {
  private readonly db: RelationalStore;

  constructor(db: RelationalStore) {
    this.db = db;
  }

  /** Keeps a subgraph's schema (once per hash; `executor`: inside the registration's transaction). */
  async save(service: string, sdl: string, executor: SqlExecutor = this.db): Promise<string> {
    const hash = schemaHash(sdl);
    await executor.query('INSERT INTO service_schemas (hash, service, sdl) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING', [
      hash,
      service,
      sdl,
    ]);
    return hash;
  }

  /** The stored schemas of `hashes` (those known). */
  async byHashes(hashes: readonly string[]): Promise<Map<string, StoredSchema>> {
    if (hashes.length === 0) return new Map();
    const rows = await this.db.query<SchemaRow>(
      'SELECT hash, service, sdl, first_seen_at, refusal FROM service_schemas WHERE hash = ANY($1::text[])',
      [[...hashes]],
    );
    return new Map(rows.map((row) => [row.hash, toSchema(row)]));
  }

  /** Every refused schema's hash and why. */
  async refused(): Promise<Map<string, string>> {
    const rows = await this.db.query<{ hash: string; refusal: string }>(
      'SELECT hash, refusal FROM service_schemas WHERE refused_at IS NOT NULL',
    );
    return new Map(rows.map((row) => [row.hash, row.refusal]));
  }

  /** The newest schema of each service that composition has not refused (a subgraph with no live instance). */
  async newestAccepted(services: readonly string[]): Promise<Map<string, string>> {
    if (services.length === 0) return new Map();
    const rows = await this.db.query<{ service: string; hash: string }>(
      `SELECT DISTINCT ON (service) service, hash FROM service_schemas
       WHERE service = ANY($1::text[]) AND refused_at IS NULL ORDER BY service, first_seen_at DESC, hash`,
      [[...services]],
    );
    return new Map(rows.map((row) => [row.service, row.hash]));
  }

  /** Marks a schema refused; true for the caller that refused it first. */
  async refuse(hash: string, refusal: string): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE service_schemas SET refused_at = date_trunc('milliseconds', clock_timestamp()), refusal = $2
       WHERE hash = $1 AND refused_at IS NULL RETURNING hash`,
      [hash, refusal],
    );
    return rows.length > 0;
  }

  /** The current supergraph: the one composed last. */
  async current(): Promise<SupergraphRecord | null> {
    const [row] = await this.db.query<SupergraphRow>(
      `SELECT ${SUPERGRAPH_COLUMNS} FROM supergraphs ORDER BY composed_at DESC, id DESC LIMIT 1`,
    );
    return row ? toSupergraph(row) : null;
  }

  /**
   * Records a composed supergraph as the current one, unless another composer recorded one since
   * `basedOn` (the id of the current supergraph the composition started from, null when none): then
   * null, and this composer's work is dropped (the next round starts from the winner's). A set of
   * schemas composed before (a rollback) makes its row current again.
   */
  async record(
    supergraph: { sdl: string; schemaHashes: Record<string, string> },
    basedOn: string | null,
  ): Promise<SupergraphRecord | null> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [COMPOSER_LOCK]);
      const [current] = await tx.query<{ id: string | number }>('SELECT id FROM supergraphs ORDER BY composed_at DESC, id DESC LIMIT 1');
      if ((current ? String(current.id) : null) !== basedOn) return null;
      const [row] = await tx.query<SupergraphRow>(
        `INSERT INTO supergraphs (hash, sdl, schema_hashes) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (hash) DO UPDATE SET composed_at = date_trunc('milliseconds', clock_timestamp())
         RETURNING ${SUPERGRAPH_COLUMNS}`,
        [schemaHash(supergraph.sdl), supergraph.sdl, JSON.stringify(supergraph.schemaHashes)],
      );
      return toSupergraph(row!);
    });
  }
}

function toSchema(row: SchemaRow): StoredSchema {
  return { hash: row.hash, service: row.service, sdl: row.sdl, firstSeenAt: row.first_seen_at, refusal: row.refusal };
}

function toSupergraph(row: SupergraphRow): SupergraphRecord {
  return {
    id: String(row.id),
    hash: row.hash,
    sdl: row.sdl,
    schemaHashes: typeof row.schema_hashes === 'string' ? (JSON.parse(row.schema_hashes) as Record<string, string>) : row.schema_hashes,
    composedAt: row.composed_at,
  };
}
