/**
 * The five store ports. Each has a real adapter (a server) and an embedded default (in-process),
 * and both pass the same contract tests in tests/contract/. Projection writes are idempotent:
 * an upsert carries the entity's version and a store keeps the highest version it has seen.
 *
 * Every method that reaches the store's server is one counted round trip (platform/round-trips).
 */

/** One projected record as a consistency check sees it: which entity, whose, at which version. */
export interface ScanRecord {
  id: string;
  orgId: string;
  version: number;
}

/**
 * A page of a scan over every record of a label, collection or index (all organisations), in the
 * store's own order (by id, then org): `after` is the last record of the previous page.
 */
export interface ScanPage {
  after?: ScanRecord;
  limit: number;
}

export interface Closeable {
  /** Resolves when the store answers; throws with a reason when it does not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// --- relational ---------------------------------------------------------------------------------

export type SqlValue = string | number | boolean | null | Date | string[] | number[] | Record<string, unknown>;

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface RelationalStore extends SqlExecutor, Closeable {
  readonly adapter: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

// --- graph --------------------------------------------------------------------------------------

export type GraphValue = string | number | boolean | null | string[];

export interface GraphNode {
  label: string;
  id: string;
  orgId: string;
  version: number;
  props: Record<string, GraphValue>;
}

/** The edges of one type leaving a node; an upsert replaces that node's edges of the type. */
export interface GraphEdges {
  type: string;
  to: { label: string; id: string; props: Record<string, GraphValue> }[];
}

export interface GraphUpsert {
  node: GraphNode;
  edges: GraphEdges[];
}

export interface GraphNeighbor {
  label: string;
  id: string;
  props: Record<string, GraphValue>;
}

/**
 * An edge between two nodes of one label that is its own record (a talent-to-talent relationship):
 * identified, versioned, with props. Both ends are created as stub nodes when missing, and a node's
 * own `upsert` never touches these edges.
 */
export interface GraphRelation {
  id: string;
  orgId: string;
  version: number;
  /** The label of both ends. */
  label: string;
  fromId: string;
  toId: string;
  type: string;
  props: Record<string, GraphValue>;
}

/** A relation seen from one of its ends. */
export interface GraphRelationEnd {
  id: string;
  type: string;
  /** `out`: this node is the relation's `from`; `in`: its `to`. */
  direction: 'out' | 'in';
  /** The node at the other end. */
  otherId: string;
  version: number;
  props: Record<string, GraphValue>;
}

/** Which relations a traversal follows (always in both directions) and how far. */
export interface GraphTraversal {
  types: string[];
  maxDepth: number;
}

/** A node a traversal reached, with the shortest path to it (the smallest by node ids, then types, when several tie). */
export interface GraphReached {
  id: string;
  depth: number;
  /** The nodes in between, from the start's side. */
  via: string[];
  /** The relation types along the path. */
  types: string[];
}

/** A chain of relations: `ids` from the first node to the last, both included; `types[i]` links `ids[i]` and `ids[i + 1]`. */
export interface GraphPath {
  ids: string[];
  types: string[];
}

export interface GraphStore extends Closeable {
  readonly adapter: 'neo4j' | 'sql-graph';
  /** Upserts nodes with their outgoing edges in one round trip; a node whose stored version is not lower is left as is. Returns how many were applied. */
  upsert(items: GraphUpsert[]): Promise<number>;
  /** Removes nodes (and their edges and relations). */
  remove(label: string, orgId: string, ids: string[]): Promise<void>;
  /** The stored nodes of `ids` (other orgs' nodes are never returned). */
  getNodes(label: string, orgId: string, ids: string[]): Promise<Map<string, GraphNode>>;
  /** For every id, the nodes one `edgeType` edge away (outgoing), batched in one round trip. */
  neighbors(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>>;
  /** For every id, the nodes with an `edgeType` edge into it (incoming), batched in one round trip. */
  incoming(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>>;
  /** Upserts relations by id in one round trip; a relation whose stored version is not lower is left as is. Returns how many were applied. */
  upsertRelations(relations: GraphRelation[]): Promise<number>;
  /** Removes relations by id (idempotent); `types` names the relation types they may have. */
  removeRelations(orgId: string, types: string[], ids: string[]): Promise<void>;
  /** For every node id, its relations of `types` in both directions, batched in one round trip. */
  relationsOf(label: string, orgId: string, ids: string[], types: string[]): Promise<Map<string, GraphRelationEnd[]>>;
  /**
   * For every start id, the nodes within `maxDepth` relations (undirected), each once at its
   * shortest depth: nearest first, then by id, at most `limit` per start; one round trip.
   */
  reach(
    label: string,
    orgId: string,
    startIds: string[],
    traversal: GraphTraversal & { limit: number },
  ): Promise<Map<string, GraphReached[]>>;
  /** The shortest chain of relations between two nodes (undirected) within `maxDepth`, or null. */
  shortestPath(label: string, orgId: string, fromId: string, toId: string, traversal: GraphTraversal): Promise<GraphPath | null>;
  /** How many nodes of the label the org has (consistency checks and tests). */
  count(label: string, orgId: string): Promise<number>;
  /** Removes every node of the org (reindex, tests, erasure). */
  clearOrg(orgId: string): Promise<void>;
  /** Every node of the label, a page at a time (consistency checks). */
  scan(label: string, page: ScanPage): Promise<ScanRecord[]>;
  /** Every relation of `types`, a page at a time (consistency checks). */
  scanRelations(types: string[], page: ScanPage): Promise<ScanRecord[]>;
}

// --- vector -------------------------------------------------------------------------------------

export interface VectorRecord {
  id: string;
  orgId: string;
  version: number;
  vector: number[];
  props: Record<string, string | number | boolean | null>;
}

export interface VectorCollectionSpec {
  name: string;
  model: string;
  dimensions: number;
  /** The embedder's revision (Embedder.revision): recorded at creation, reported by ensureCollection, never refused. */
  revision: string;
}

/** What ensureCollection found: the revision the collection was created with, null when created before revisions were recorded. */
export interface VectorCollectionState {
  storedRevision: string | null;
}

export interface VectorMatch {
  id: string;
  /** Cosine similarity in [-1, 1]. */
  score: number;
}

export interface VectorStore extends Closeable {
  readonly adapter: 'weaviate' | 'pgvector';
  /**
   * Creates the collection (recording the spec's revision) or checks that it holds vectors of the same model and
   * dimensions (a mismatch throws). Another stored revision is no error: it is returned, for the caller to warn.
   */
  ensureCollection(spec: VectorCollectionSpec): Promise<VectorCollectionState>;
  upsert(collection: string, records: VectorRecord[]): Promise<number>;
  remove(collection: string, orgId: string, ids: string[]): Promise<void>;
  /** Stored versions and vectors of `ids` in one round trip; `vectors: false` leaves the vectors out (empty) when only versions matter. */
  get(
    collection: string,
    orgId: string,
    ids: string[],
    options?: { vectors?: boolean },
  ): Promise<Map<string, { version: number; vector: number[] }>>;
  nearest(collection: string, orgId: string, vector: number[], k: number, excludeIds?: string[]): Promise<VectorMatch[]>;
  /**
   * For each stored id of the org, its `k` nearest neighbours in the org (itself excluded), most
   * similar first, in one round trip. Ids the org does not hold (or another org's) are absent.
   */
  similarTo(collection: string, orgId: string, ids: string[], k: number): Promise<Map<string, VectorMatch[]>>;
  count(collection: string, orgId: string): Promise<number>;
  clearOrg(collection: string, orgId: string): Promise<void>;
  /** Removes the whole collection (a model switch rebuilds it through reindex). */
  dropCollection(collection: string): Promise<void>;
  /** Every record of the collection, a page at a time (consistency checks). */
  scan(collection: string, page: ScanPage): Promise<ScanRecord[]>;
}

// --- search -------------------------------------------------------------------------------------

export interface SearchDocument {
  id: string;
  orgId: string;
  version: number;
  fields: Record<string, string | string[] | number | null>;
}

export interface SearchIndexSpec {
  name: string;
  /** Full-text fields and their weights (skills and titles weigh more than free text). */
  textFields: Record<string, number>;
  /** Exact-match fields usable in filters and facets. */
  keywordFields: string[];
}

export interface SearchQuery {
  text: string;
  first: number;
  offset?: number;
  /** Exact filters on keyword fields: every listed value must be present. */
  filter?: Record<string, string[]>;
  /**
   * `all` (the default): a match has every query term. `any`: a match has at least one, and more of
   * them rank higher (the partial matches search falls back to when no document has every term).
   */
  match?: 'all' | 'any';
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchStore extends Closeable {
  readonly adapter: 'elasticsearch' | 'pg-fulltext';
  ensureIndex(spec: SearchIndexSpec): Promise<void>;
  upsert(index: string, docs: SearchDocument[]): Promise<number>;
  remove(index: string, orgId: string, ids: string[]): Promise<void>;
  get(index: string, orgId: string, ids: string[]): Promise<Map<string, SearchDocument>>;
  search(index: string, orgId: string, query: SearchQuery): Promise<{ total: number; hits: SearchHit[] }>;
  /** Makes writes visible to search (Elasticsearch refresh); a no-op where writes are visible at once. */
  refresh(index: string): Promise<void>;
  /** How many documents of the org the index holds. */
  count(index: string, orgId: string): Promise<number>;
  clearOrg(index: string, orgId: string): Promise<void>;
  /** Removes the whole index (reindex rebuilds it). */
  dropIndex(index: string): Promise<void>;
  /** Every document of the index, a page at a time (consistency checks; Elasticsearch sees refreshed documents). */
  scan(index: string, page: ScanPage): Promise<ScanRecord[]>;
}

// --- cache --------------------------------------------------------------------------------------

export interface CacheStore extends Closeable {
  readonly adapter: 'redis' | 'memory';
  get(key: string): Promise<string | null>;
  mget(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /**
   * Sets the key only while it still holds `expected` (null: only while absent), in one atomic step across every
   * process sharing the store; false when another write came first. A read-modify-write loses no concurrent update.
   */
  compareAndSet(key: string, expected: string | null, value: string, ttlMs?: number): Promise<boolean>;
  del(keys: string[]): Promise<number>;
  /** Atomically adds `by` and returns the new value; the key expires `ttlMs` after its first increment. */
  incr(key: string, ttlMs: number, by?: number): Promise<number>;
  /** Milliseconds until the key expires, or -1 without expiry, -2 when absent. */
  ttl(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<void>;
  /** Delivers every message published on `channel`; returns a function that unsubscribes. */
  subscribe(channel: string, onMessage: (message: string) => void): Promise<() => Promise<void>>;
}

export interface Stores {
  relational: RelationalStore;
  graph: GraphStore;
  vector: VectorStore;
  search: SearchStore;
  cache: CacheStore;
}
