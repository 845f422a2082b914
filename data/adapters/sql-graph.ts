import type {
  GraphNeighbor,
  GraphNode,
  GraphPath,
  GraphReached,
  GraphRelation,
  GraphRelationEnd,
  GraphStore,
  GraphTraversal,
  GraphUpsert,
  GraphValue,
  ScanPage,
  ScanRecord,
} from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';
import type { PGliteRelationalStore } from './pglite-relational.ts';

const ADAPTER = 'sql-graph';

/**
 * The embedded graph default: nodes and edges as tables in the embedded Postgres; traversals
 * are (recursive) SQL. Every method is one statement, so one round trip.
 */
export class SqlGraphStore implements GraphStore {
  readonly adapter = 'sql-graph' as const;

  private readonly db: PGliteRelationalStore;

  constructor(db: PGliteRelationalStore) {
    this.db = db;
  }

  private run<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.queryAs<Row>('graph', ADAPTER, sql, params);
  }

  async upsert(items: GraphUpsert[]): Promise<number> {
    if (items.length === 0) return 0;
    const nodes = items.map(({ node, edges }) => {
      assertIdentifier('label', node.label);
      for (const edge of edges) {
        assertIdentifier('edge type', edge.type);
        for (const target of edge.to) assertIdentifier('label', target.label);
      }
      return {
        label: node.label,
        id: node.id,
        org_id: node.orgId,
        version: node.version,
        props: node.props,
        edge_types: edges.map((e) => e.type),
        edges: edges.flatMap((e) => e.to.map((t) => ({ type: e.type, to_label: t.label, to_id: t.id, to_props: t.props }))),
      };
    });
    // One statement: nodes whose stored version is lower are replaced; their edges of the given
    // types become exactly the new set (stale ones deleted, new ones inserted); edge targets are
    // created as reference nodes (version 0) when missing.
    const rows = await this.run<{ applied: number }>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x(label text, id text, org_id text, version int, props jsonb, edge_types text[], edges jsonb)
       ),
       applied AS (
         INSERT INTO graph_nodes AS n (label, id, org_id, version, props)
         SELECT label, id, org_id, version, props FROM input
         ON CONFLICT (label, id) DO UPDATE
           SET org_id = EXCLUDED.org_id, version = EXCLUDED.version, props = EXCLUDED.props
           WHERE n.version < EXCLUDED.version
         RETURNING label, id
       ),
       wanted AS (
         SELECT i.label AS from_label, i.id AS from_id, e.type, e.to_label, e.to_id, e.to_props, i.org_id, i.edge_types
         FROM input i JOIN applied a ON a.label = i.label AND a.id = i.id
         CROSS JOIN LATERAL jsonb_to_recordset(i.edges) AS e(type text, to_label text, to_id text, to_props jsonb)
       ),
       stale AS (
         DELETE FROM graph_edges g
         USING input i JOIN applied a ON a.label = i.label AND a.id = i.id
         WHERE g.from_label = i.label AND g.from_id = i.id AND g.type = ANY (i.edge_types)
           AND NOT EXISTS (
             SELECT 1 FROM wanted w
             WHERE w.from_label = g.from_label AND w.from_id = g.from_id AND w.type = g.type
               AND w.to_label = g.to_label AND w.to_id = g.to_id)
       ),
       targets AS (
         INSERT INTO graph_nodes AS n (label, id, org_id, version, props)
         SELECT DISTINCT ON (to_label, to_id) to_label, to_id, org_id, 0, to_props FROM wanted w
         WHERE NOT EXISTS (SELECT 1 FROM input i WHERE i.label = w.to_label AND i.id = w.to_id)
         ON CONFLICT (label, id) DO UPDATE SET props = EXCLUDED.props WHERE n.version = 0
       ),
       edges AS (
         INSERT INTO graph_edges (from_label, from_id, type, to_label, to_id, org_id)
         SELECT DISTINCT from_label, from_id, type, to_label, to_id, org_id FROM wanted
         ON CONFLICT DO NOTHING
       )
       SELECT count(*)::int AS applied FROM applied`,
      [JSON.stringify(nodes)],
    );
    return rows[0]?.applied ?? 0;
  }

  async remove(label: string, orgId: string, ids: string[]): Promise<void> {
    assertIdentifier('label', label);
    await this.run(
      `WITH gone_edges AS (
         DELETE FROM graph_edges
         WHERE org_id = $2 AND ((from_label = $1 AND from_id = ANY ($3::text[])) OR (to_label = $1 AND to_id = ANY ($3::text[])))
       ),
       gone_relations AS (
         DELETE FROM graph_relations
         WHERE org_id = $2 AND label = $1 AND (from_id = ANY ($3::text[]) OR to_id = ANY ($3::text[]))
       )
       DELETE FROM graph_nodes WHERE label = $1 AND org_id = $2 AND id = ANY ($3::text[])`,
      [label, orgId, ids],
    );
  }

  async getNodes(label: string, orgId: string, ids: string[]): Promise<Map<string, GraphNode>> {
    assertIdentifier('label', label);
    const rows = await this.run<{ id: string; version: number; props: Record<string, GraphValue> }>(
      'SELECT id, version, props FROM graph_nodes WHERE label = $1 AND org_id = $2 AND id = ANY ($3::text[])',
      [label, orgId, ids],
    );
    return new Map(rows.map((r) => [r.id, { label, id: r.id, orgId, version: r.version, props: r.props }]));
  }

  async neighbors(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>> {
    assertIdentifier('label', label);
    assertIdentifier('edge type', edgeType);
    const rows = await this.run<{ from_id: string; label: string; id: string; props: Record<string, GraphValue> }>(
      `SELECT e.from_id, n.label, n.id, n.props
       FROM graph_edges e
       JOIN graph_nodes n ON n.label = e.to_label AND n.id = e.to_id AND n.org_id = $2
       WHERE e.from_label = $1 AND e.from_id = ANY ($3::text[]) AND e.type = $4 AND e.org_id = $2
       ORDER BY e.from_id, n.id`,
      [label, orgId, ids, edgeType],
    );
    const result = new Map<string, GraphNeighbor[]>();
    for (const row of rows) {
      const list = result.get(row.from_id) ?? [];
      list.push({ label: row.label, id: row.id, props: row.props });
      result.set(row.from_id, list);
    }
    return result;
  }

  async incoming(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>> {
    assertIdentifier('label', label);
    assertIdentifier('edge type', edgeType);
    const rows = await this.run<{ to_id: string; label: string; id: string; props: Record<string, GraphValue> }>(
      `SELECT e.to_id, n.label, n.id, n.props
       FROM graph_edges e
       JOIN graph_nodes n ON n.label = e.from_label AND n.id = e.from_id AND n.org_id = $2
       WHERE e.to_label = $1 AND e.to_id = ANY ($3::text[]) AND e.type = $4 AND e.org_id = $2
       ORDER BY e.to_id, n.id`,
      [label, orgId, ids, edgeType],
    );
    const result = new Map<string, GraphNeighbor[]>();
    for (const row of rows) {
      const list = result.get(row.to_id) ?? [];
      list.push({ label: row.label, id: row.id, props: row.props });
      result.set(row.to_id, list);
    }
    return result;
  }

  async upsertRelations(relations: GraphRelation[]): Promise<number> {
    if (relations.length === 0) return 0;
    const rows = relations.map((r) => {
      assertIdentifier('label', r.label);
      assertIdentifier('edge type', r.type);
      return {
        id: r.id,
        org_id: r.orgId,
        label: r.label,
        from_id: r.fromId,
        to_id: r.toId,
        type: r.type,
        version: r.version,
        props: r.props,
      };
    });
    // One statement: both ends become stub nodes (version 0) when missing, so a relation may
    // arrive before its nodes; the relation itself applies only over a lower stored version, and
    // never onto another organisation's node.
    const [row] = await this.run<{ applied: number }>(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, org_id text, label text, from_id text, to_id text, type text, version int, props jsonb)
       ),
       stubs AS (
         INSERT INTO graph_nodes (label, id, org_id, version, props)
         SELECT DISTINCT i.label, e.id, i.org_id, 0, '{}'::jsonb
         FROM input i CROSS JOIN LATERAL (VALUES (i.from_id), (i.to_id)) AS e(id)
         ON CONFLICT (label, id) DO NOTHING
       ),
       applied AS (
         INSERT INTO graph_relations AS g (id, org_id, label, from_id, to_id, type, version, props)
         SELECT id, org_id, label, from_id, to_id, type, version, props FROM input i
         WHERE NOT EXISTS (
           SELECT 1 FROM graph_nodes n WHERE n.label = i.label AND n.id IN (i.from_id, i.to_id) AND n.org_id <> i.org_id)
         ON CONFLICT (id) DO UPDATE
           SET version = EXCLUDED.version, props = EXCLUDED.props
           WHERE g.version < EXCLUDED.version AND g.org_id = EXCLUDED.org_id
         RETURNING id
       )
       SELECT count(*)::int AS applied FROM applied`,
      [JSON.stringify(rows)],
    );
    return row?.applied ?? 0;
  }

  async removeRelations(orgId: string, types: string[], ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.run('DELETE FROM graph_relations WHERE org_id = $1 AND type = ANY ($2::text[]) AND id = ANY ($3::text[])', [
      orgId,
      types,
      ids,
    ]);
  }

  async relationsOf(label: string, orgId: string, ids: string[], types: string[]): Promise<Map<string, GraphRelationEnd[]>> {
    assertIdentifier('label', label);
    const result = new Map<string, GraphRelationEnd[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const rows = await this.run<{
      node_id: string;
      id: string;
      type: string;
      direction: 'out' | 'in';
      other_id: string;
      version: number;
      props: Record<string, GraphValue>;
    }>(
      `SELECT r.from_id AS node_id, r.id, r.type, 'out' AS direction, r.to_id AS other_id, r.version, r.props
       FROM graph_relations r
       WHERE r.org_id = $1 AND r.label = $2 AND r.from_id = ANY ($3::text[]) AND r.type = ANY ($4::text[])
       UNION ALL
       SELECT r.to_id, r.id, r.type, 'in', r.from_id, r.version, r.props
       FROM graph_relations r
       WHERE r.org_id = $1 AND r.label = $2 AND r.to_id = ANY ($3::text[]) AND r.type = ANY ($4::text[])
       ORDER BY 1, 5, 3, 2`,
      [orgId, label, ids, types],
    );
    for (const row of rows) {
      result
        .get(row.node_id)
        ?.push({ id: row.id, type: row.type, direction: row.direction, otherId: row.other_id, version: row.version, props: row.props });
    }
    return result;
  }

  async reach(
    label: string,
    orgId: string,
    startIds: string[],
    { types, maxDepth, limit }: GraphTraversal & { limit: number },
  ): Promise<Map<string, GraphReached[]>> {
    assertIdentifier('label', label);
    const result = new Map<string, GraphReached[]>(startIds.map((id) => [id, []]));
    if (startIds.length === 0 || types.length === 0) return result;
    const rows = await this.run<{ start_id: string; node_id: string; depth: number; path: string[]; types: string[] }>(
      `SELECT start_id, node_id, depth, path, types FROM (
         SELECT b.*, row_number() OVER (PARTITION BY b.start_id ORDER BY b.depth, b.node_id COLLATE "C") AS rank
         FROM graph_bfs($1, $2, $3::text[], $4::text[], $5) b
       ) ranked
       WHERE rank <= $6
       ORDER BY start_id, depth, node_id COLLATE "C"`,
      [orgId, label, startIds, types, checkDepth(maxDepth), limit],
    );
    for (const row of rows) {
      result.get(row.start_id)?.push({ id: row.node_id, depth: row.depth, via: row.path.slice(1, -1), types: row.types });
    }
    return result;
  }

  async shortestPath(
    label: string,
    orgId: string,
    fromId: string,
    toId: string,
    { types, maxDepth }: GraphTraversal,
  ): Promise<GraphPath | null> {
    assertIdentifier('label', label);
    if (fromId === toId) return { ids: [fromId], types: [] };
    if (types.length === 0) return null;
    const [row] = await this.run<{ path: string[]; types: string[] }>(
      'SELECT path, types FROM graph_bfs($1, $2, ARRAY[$3]::text[], $4::text[], $5, $6) WHERE node_id = $6',
      [orgId, label, fromId, types, checkDepth(maxDepth), toId],
    );
    return row ? { ids: row.path, types: row.types } : null;
  }

  async count(label: string, orgId: string): Promise<number> {
    assertIdentifier('label', label);
    const [row] = await this.run<{ n: number }>('SELECT count(*)::int AS n FROM graph_nodes WHERE label = $1 AND org_id = $2', [
      label,
      orgId,
    ]);
    return row?.n ?? 0;
  }

  async clearOrg(orgId: string): Promise<void> {
    await this.run(
      `WITH gone_edges AS (DELETE FROM graph_edges WHERE org_id = $1),
       gone_relations AS (DELETE FROM graph_relations WHERE org_id = $1)
       DELETE FROM graph_nodes WHERE org_id = $1`,
      [orgId],
    );
  }

  async scan(label: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    assertIdentifier('label', label);
    return this.run<ScanRecord>(
      `SELECT id, org_id AS "orgId", version FROM graph_nodes
       WHERE label = $1 AND ($2::text IS NULL OR id > $2)
       ORDER BY id LIMIT $3`,
      [label, after?.id ?? null, limit],
    );
  }

  async scanRelations(types: string[], { after, limit }: ScanPage): Promise<ScanRecord[]> {
    return this.run<ScanRecord>(
      `SELECT id, org_id AS "orgId", version FROM graph_relations
       WHERE type = ANY ($1::text[]) AND ($2::text IS NULL OR id > $2)
       ORDER BY id LIMIT $3`,
      [types, after?.id ?? null, limit],
    );
  }

  async ping(): Promise<void> {
    await this.db.ping();
  }

  async close(): Promise<void> {
    // The database belongs to the relational store, which closes it.
  }
}

/** Traversal depths are small by design (the API allows at most 6). */
function checkDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > 10)
    throw new Error(`graph: traversal depth must be an integer from 1 to 10, not ${depth}`);
  return depth;
}
