import type { GraphUpsert, GraphValue } from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';

/**
 * The Cypher the Neo4j adapter (neo4j-graph.ts) sends that is built from values: checked labels, edge
 * types and depths (spliced into Cypher, since parameters cannot name them), the props it stores and
 * reads, and the grouped upsert statement.
 */

/** Node properties the adapter owns; user props may not use them, and they are stripped from props on read. */
export const RESERVED = new Set(['id', 'orgId', 'version']);

// Labels and edge types are spliced into Cypher (parameters cannot name them): only plain identifiers pass.
export const checkLabel = (label: string) => assertIdentifier('label', label);
export const checkType = (type: string) => assertIdentifier('edge type', type);

/** The user props of a node, as stored: null means "absent", so it is left out (Neo4j has no null properties). */
export function storedProps(props: Record<string, GraphValue>): Record<string, Exclude<GraphValue, null>> {
  const out: Record<string, Exclude<GraphValue, null>> = {};
  for (const [key, value] of Object.entries(props)) {
    if (RESERVED.has(key)) throw new Error(`graph: prop ${JSON.stringify(key)} is reserved (id, orgId and version are the node's own)`);
    if (value !== null) out[key] = value;
  }
  return out;
}

export function userProps(properties: Record<string, unknown>): Record<string, GraphValue> {
  const out: Record<string, GraphValue> = {};
  for (const [key, value] of Object.entries(properties)) if (!RESERVED.has(key)) out[key] = value as GraphValue;
  return out;
}

/** One node-label group of an upsert: rows carry per-type "replace" flags and per-(type, target label) target lists. */
export interface UpsertGroup {
  label: string;
  types: string[];
  combos: { type: string; label: string }[];
  rows: {
    id: string;
    version: number;
    orgId: string;
    props: Record<string, unknown>;
    replace: boolean[];
    targets: { id: string; props: Record<string, GraphValue> }[][];
  }[];
}

export function groupUpserts(items: GraphUpsert[]): UpsertGroup[] {
  const groups = new Map<string, UpsertGroup>();
  for (const { node, edges } of items) {
    let group = groups.get(checkLabel(node.label));
    if (!group) groups.set(node.label, (group = { label: node.label, types: [], combos: [], rows: [] }));
    for (const edge of edges) {
      if (!group.types.includes(checkType(edge.type))) group.types.push(edge.type);
      for (const to of edge.to) {
        checkLabel(to.label);
        if (!group.combos.some((c) => c.type === edge.type && c.label === to.label))
          group.combos.push({ type: edge.type, label: to.label });
      }
    }
  }
  for (const { node, edges } of items) {
    const group = groups.get(node.label)!;
    group.rows.push({
      id: node.id,
      version: node.version,
      orgId: node.orgId,
      // `SET n = row.props` replaces every property, so the node's own keys travel with the user props.
      props: { ...storedProps(node.props), id: node.id, orgId: node.orgId, version: node.version },
      replace: group.types.map((type) => edges.some((e) => e.type === type)),
      targets: group.combos.map(({ type, label }) =>
        edges
          .filter((e) => e.type === type)
          .flatMap((e) => e.to.filter((t) => t.label === label))
          .map((t) => {
            storedProps(t.props); // validates reserved keys; nulls are kept so `+=` removes them
            return { id: t.id, props: t.props };
          }),
      ),
    });
  }
  return [...groups.values()];
}

/**
 * The Cypher of one label group, as a subquery returning how many of its nodes were applied. A row
 * applies only when the stored version is lower (or absent); it then replaces the node's props,
 * drops its outgoing edges of the types it carries, and merges the targets and edges anew. A target
 * owned by another organisation is never touched (ids are meant to be unique; this is the backstop).
 */
export function groupCypher(group: UpsertGroup, param: string, result: string): string {
  const lines = [
    `CALL () {`,
    `  UNWIND $${param} AS row`,
    `  MERGE (n:${group.label} {id: row.id})`,
    `  WITH n, row WHERE n.version IS NULL OR n.version < row.version`,
    `  SET n = row.props, n.version = toInteger(row.version)`,
    `  WITH n, row`,
  ];
  group.types.forEach((type, i) => {
    lines.push(`  CALL (n, row) { MATCH (n)-[r:${type}]->() WHERE row.replace[${i}] DELETE r }`);
  });
  group.combos.forEach(({ type, label }, i) => {
    lines.push(
      `  CALL (n, row) {`,
      `    UNWIND row.targets[${i}] AS t`,
      `    MERGE (m:${label} {id: t.id}) ON CREATE SET m.orgId = row.orgId`,
      `    WITH n, row, t, m WHERE m.orgId = row.orgId`,
      `    SET m += t.props`,
      `    MERGE (n)-[:${type}]->(m)`,
      `  }`,
    );
  });
  lines.push(`  RETURN count(n) AS ${result}`, `}`);
  return lines.join('\n');
}

/** `A|B|C`: the relation types a pattern follows, each checked (they are spliced into Cypher). */
export function relationPattern(types: string[]): string {
  return types.map(checkType).join('|');
}

/** Traversal depths are small by design (the API allows at most 6); spliced into Cypher, so checked. */
export function checkDepth(depth: number): number {
  if (!Number.isInteger(depth) || depth < 1 || depth > 10)
    throw new Error(`graph: traversal depth must be an integer from 1 to 10, not ${depth}`);
  return depth;
}
