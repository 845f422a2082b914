import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { roundTrip } from '../../platform/round-trips.ts';
import type { GraphNeighbor, GraphNode, GraphStore, GraphUpsert, GraphValue } from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';

const ADAPTER = 'neo4j';

/** Node properties the adapter owns; user props may not use them, and they are stripped from props on read. */
const RESERVED = new Set(['id', 'orgId', 'version']);

// Labels and edge types are spliced into Cypher (parameters cannot name them): only plain identifiers pass.
const checkLabel = (label: string) => assertIdentifier('label', label);
const checkType = (type: string) => assertIdentifier('edge type', type);

/** The user props of a node, as stored: null means "absent", so it is left out (Neo4j has no null properties). */
function storedProps(props: Record<string, GraphValue>): Record<string, Exclude<GraphValue, null>> {
  const out: Record<string, Exclude<GraphValue, null>> = {};
  for (const [key, value] of Object.entries(props)) {
    if (RESERVED.has(key)) throw new Error(`graph: prop ${JSON.stringify(key)} is reserved (id, orgId and version are the node's own)`);
    if (value !== null) out[key] = value;
  }
  return out;
}

function userProps(properties: Record<string, unknown>): Record<string, GraphValue> {
  const out: Record<string, GraphValue> = {};
  for (const [key, value] of Object.entries(properties)) if (!RESERVED.has(key)) out[key] = value as GraphValue;
  return out;
}

/** One node-label group of an upsert: rows carry per-type "replace" flags and per-(type, target label) target lists. */
interface UpsertGroup {
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

function groupUpserts(items: GraphUpsert[]): UpsertGroup[] {
  const groups = new Map<string, UpsertGroup>();
  for (const { node, edges } of items) {
    let group = groups.get(checkLabel(node.label));
    if (!group) groups.set(node.label, (group = { label: node.label, types: [], combos: [], rows: [] }));
    for (const edge of edges) {
      if (!group.types.includes(checkType(edge.type))) group.types.push(edge.type);
      for (const to of edge.to) {
        checkLabel(to.label);
        if (!group.combos.some((c) => c.type === edge.type && c.label === to.label)) group.combos.push({ type: edge.type, label: to.label });
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
        edges.filter((e) => e.type === type).flatMap((e) => e.to.filter((t) => t.label === label)).map((t) => {
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
function groupCypher(group: UpsertGroup, param: string, result: string): string {
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

/** The real graph adapter: a Neo4j 5 server over Bolt. */
export class Neo4jGraphStore implements GraphStore {
  readonly adapter = 'neo4j' as const;
  /** Labels whose `id` uniqueness constraint (and with it the lookup index) this process has ensured. */
  private readonly ensuredLabels = new Set<string>();

  private constructor(
    private readonly driver: Driver,
    private readonly url: string,
  ) {}

  static async open(opts: { url: string; user: string; password: string; connectTimeoutMs?: number }): Promise<Neo4jGraphStore> {
    const timeout = opts.connectTimeoutMs ?? 5_000;
    // Without a password the server runs with auth disabled; the driver's typings lack auth.none(), so spell it out.
    const auth: AuthToken = opts.password ? neo4j.auth.basic(opts.user, opts.password) : { scheme: 'none', credentials: '' };
    const driver = neo4j.driver(opts.url, auth, {
      // Versions and counts are small; plain JS numbers beat neo4j Integer objects everywhere else.
      disableLosslessIntegers: true,
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout * 2,
    });
    const store = new Neo4jGraphStore(driver, opts.url);
    try {
      await roundTrip('graph', ADAPTER, () => withTimeout(driver.verifyConnectivity(), timeout));
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw new Error(`Neo4j at ${opts.url} is unreachable: ${reason(error)}`, { cause: error });
    }
    return store;
  }

  async upsert(items: GraphUpsert[]): Promise<number> {
    if (items.length === 0) return 0;
    const groups = groupUpserts(items);
    const labels = new Set(groups.flatMap((g) => [g.label, ...g.combos.map((c) => c.label)]));
    await this.ensureLabels(labels);

    const params: Record<string, unknown> = {};
    const parts = groups.map((group, i) => {
      params[`g${i}`] = group.rows;
      return groupCypher(group, `g${i}`, `a${i}`);
    });
    const cypher = `${parts.join('\n')}\nRETURN ${groups.map((_, i) => `a${i}`).join(' + ')} AS applied`;
    const { records } = await this.run(cypher, params, 'WRITE');
    return Number(records[0]?.get('applied') ?? 0);
  }

  async remove(label: string, orgId: string, ids: string[]): Promise<void> {
    checkLabel(label);
    if (ids.length === 0) return;
    await this.run(`MATCH (n:${label}) WHERE n.id IN $ids AND n.orgId = $orgId DETACH DELETE n`, { ids, orgId }, 'WRITE');
  }

  async getNodes(label: string, orgId: string, ids: string[]): Promise<Map<string, GraphNode>> {
    checkLabel(label);
    const nodes = new Map<string, GraphNode>();
    if (ids.length === 0) return nodes;
    const { records } = await this.run(
      `MATCH (n:${label}) WHERE n.id IN $ids AND n.orgId = $orgId RETURN n.id AS id, n.version AS version, properties(n) AS props`,
      { ids, orgId },
      'READ',
    );
    for (const record of records) {
      const id = record.get('id') as string;
      nodes.set(id, { label, id, orgId, version: Number(record.get('version')), props: userProps(record.get('props')) });
    }
    return nodes;
  }

  async neighbors(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>> {
    checkLabel(label);
    checkType(edgeType);
    const out = new Map<string, GraphNeighbor[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    // Both ends are checked against the org: an edge into another organisation's node is never followed.
    const { records } = await this.run(
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id})-[:${edgeType}]->(m)
       WHERE n.orgId = $orgId AND m.orgId = $orgId
       RETURN id, labels(m)[0] AS label, m.id AS mid, properties(m) AS props
       ORDER BY id, mid`,
      { ids, orgId },
      'READ',
    );
    for (const record of records) {
      out.get(record.get('id') as string)?.push({
        label: record.get('label') as string,
        id: record.get('mid') as string,
        props: userProps(record.get('props')),
      });
    }
    return out;
  }

  async count(label: string, orgId: string): Promise<number> {
    checkLabel(label);
    const { records } = await this.run(`MATCH (n:${label}) WHERE n.orgId = $orgId RETURN count(n) AS n`, { orgId }, 'READ');
    return Number(records[0]?.get('n') ?? 0);
  }

  async clearOrg(orgId: string): Promise<void> {
    // An org may hold more nodes than one transaction should delete; CALL ... IN TRANSACTIONS batches
    // them server-side, which needs an auto-commit transaction (session.run, not executeQuery).
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await roundTrip('graph', ADAPTER, () =>
        session.run('MATCH (n) WHERE n.orgId = $orgId CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS', { orgId }),
      );
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.run('RETURN 1', {}, 'READ');
    } catch (error) {
      throw new Error(`Neo4j at ${this.url} does not answer: ${reason(error)}`, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private run(cypher: string, params: Record<string, unknown>, routing: 'READ' | 'WRITE') {
    return roundTrip('graph', ADAPTER, () =>
      this.driver.executeQuery(cypher, params, { routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE }),
    );
  }

  /**
   * Creates the `id` uniqueness constraint (and an orgId index) of each label the first time this process
   * writes it: the constraint makes MERGE by id an index lookup and keeps two concurrent upserts from
   * creating twin nodes.
   * Schema statements cannot share a transaction with data writes, so this is a statement of its own;
   * like connecting, it is one-time setup (once per label per process), so it is deliberately not
   * counted as a round trip of the request that happens to trigger it.
   */
  private async ensureLabels(labels: Iterable<string>): Promise<void> {
    for (const label of labels) {
      if (this.ensuredLabels.has(label)) continue;
      const write = { routing: neo4j.routing.WRITE };
      await this.driver.executeQuery(`CREATE CONSTRAINT ${label}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`, {}, write);
      // Per-org scans (count) read this index instead of every node of the label.
      await this.driver.executeQuery(`CREATE INDEX ${label}_org IF NOT EXISTS FOR (n:${label}) ON (n.orgId)`, {}, write);
      this.ensuredLabels.add(label);
    }
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
