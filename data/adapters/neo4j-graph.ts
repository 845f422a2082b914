import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { roundTrip } from '../../platform/round-trips.ts';
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
  ScanPage,
  ScanRecord,
} from '../ports.ts';
import { checkDepth, checkLabel, checkType, groupCypher, groupUpserts, relationPattern, storedProps, userProps } from './neo4j-cypher.ts';

const ADAPTER = 'neo4j';

/** The real graph adapter: a Neo4j 5 server over Bolt. */
export class Neo4jGraphStore implements GraphStore {
  readonly adapter = 'neo4j' as const;
  /** Labels whose `id` uniqueness constraint (and with it the lookup index) this process has ensured. */
  private readonly ensuredLabels = new Set<string>();
  /** Relation types whose `id` index this process has ensured. */
  private readonly ensuredRelationTypes = new Set<string>();

  private readonly driver: Driver;
  private readonly url: string;
  private readonly requestTimeoutMs: number;

  private constructor(driver: Driver, url: string, requestTimeoutMs = 10_000) {
    this.driver = driver;
    this.url = url;
    this.requestTimeoutMs = requestTimeoutMs;
  }

  /**
   * Connects within `connectTimeoutMs`; each query must answer within `requestTimeoutMs`: the
   * driver retries a transient failure (a connection reset by a restarting server) for at most a
   * second, and the query as a whole is bounded too (the driver has no read timeout of its own).
   */
  static async open(opts: {
    url: string;
    user: string;
    password: string;
    connectTimeoutMs?: number;
    requestTimeoutMs?: number;
  }): Promise<Neo4jGraphStore> {
    const timeout = opts.connectTimeoutMs ?? 5_000;
    const requestTimeoutMs = opts.requestTimeoutMs ?? 10_000;
    // Without a password the server runs with auth disabled; the driver's typings lack auth.none(), so spell it out.
    const auth: AuthToken = opts.password ? neo4j.auth.basic(opts.user, opts.password) : { scheme: 'none', credentials: '' };
    const driver = neo4j.driver(opts.url, auth, {
      // Versions and counts are small; plain JS numbers beat neo4j Integer objects everywhere else.
      disableLosslessIntegers: true,
      connectionTimeout: timeout,
      connectionAcquisitionTimeout: timeout,
      maxTransactionRetryTime: Math.min(1_000, requestTimeoutMs),
    });
    const store = new Neo4jGraphStore(driver, opts.url, requestTimeoutMs);
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

  async incoming(label: string, orgId: string, ids: string[], edgeType: string): Promise<Map<string, GraphNeighbor[]>> {
    checkLabel(label);
    checkType(edgeType);
    const out = new Map<string, GraphNeighbor[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const { records } = await this.run(
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id})<-[:${edgeType}]-(m)
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

  async upsertRelations(relations: GraphRelation[]): Promise<number> {
    if (relations.length === 0) return 0;
    // One subquery per (label, type): Cypher cannot take either as a parameter.
    const groups = new Map<string, { label: string; type: string; rows: Record<string, unknown>[] }>();
    for (const r of relations) {
      const key = `${checkLabel(r.label)}:${checkType(r.type)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { label: r.label, type: r.type, rows: [] }));
      group.rows.push({
        id: r.id,
        orgId: r.orgId,
        fromId: r.fromId,
        toId: r.toId,
        version: r.version,
        props: { ...storedProps(r.props), id: r.id, orgId: r.orgId, version: r.version },
      });
    }
    await this.ensureLabels(new Set([...groups.values()].map((g) => g.label)));
    await this.ensureRelationTypes([...groups.values()].map((g) => g.type));
    const params: Record<string, unknown> = {};
    const parts = [...groups.values()].map(({ label, type, rows }, i) => {
      params[`r${i}`] = rows;
      // Missing ends become stub nodes (version 0, so the node's own upsert applies over them);
      // an end owned by another organisation is never linked.
      return [
        `CALL () {`,
        `  UNWIND $r${i} AS row`,
        `  MERGE (a:${label} {id: row.fromId}) ON CREATE SET a.orgId = row.orgId, a.version = 0`,
        `  MERGE (b:${label} {id: row.toId}) ON CREATE SET b.orgId = row.orgId, b.version = 0`,
        `  WITH a, b, row WHERE a.orgId = row.orgId AND b.orgId = row.orgId`,
        `  MERGE (a)-[r:${type} {id: row.id}]->(b) ON CREATE SET r.version = -1`,
        `  WITH r, row WHERE r.version < row.version`,
        `  SET r = row.props`,
        `  RETURN count(r) AS a${i}`,
        `}`,
      ].join('\n');
    });
    const cypher = `${parts.join('\n')}\nRETURN ${parts.map((_, i) => `a${i}`).join(' + ')} AS applied`;
    const { records } = await this.run(cypher, params, 'WRITE');
    return Number(records[0]?.get('applied') ?? 0);
  }

  async removeRelations(orgId: string, types: string[], ids: string[]): Promise<void> {
    if (ids.length === 0 || types.length === 0) return;
    types.forEach(checkType);
    await this.ensureRelationTypes(types);
    // One branch per type, so each reads its type's id index.
    const branches = types.map((type) => `MATCH ()-[r:${type} {id: id}]->() WHERE r.orgId = $orgId RETURN r`).join(' UNION ALL ');
    await this.run(`UNWIND $ids AS id CALL (id) { ${branches} } DELETE r`, { ids, orgId }, 'WRITE');
  }

  async relationsOf(label: string, orgId: string, ids: string[], types: string[]): Promise<Map<string, GraphRelationEnd[]>> {
    checkLabel(label);
    const out = new Map<string, GraphRelationEnd[]>(ids.map((id) => [id, []]));
    if (ids.length === 0 || types.length === 0) return out;
    const { records } = await this.run(
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id})-[r:${relationPattern(types)}]-(m:${label})
       WHERE n.orgId = $orgId AND r.orgId = $orgId AND m.orgId = $orgId
       RETURN id, r.id AS rid, type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
              m.id AS other, r.version AS version, properties(r) AS props
       ORDER BY id, other, type, rid`,
      { ids, orgId },
      'READ',
    );
    for (const record of records) {
      out.get(record.get('id') as string)?.push({
        id: record.get('rid') as string,
        type: record.get('type') as string,
        direction: record.get('direction') as 'out' | 'in',
        otherId: record.get('other') as string,
        version: Number(record.get('version')),
        props: userProps(record.get('props')),
      });
    }
    return out;
  }

  async reach(
    label: string,
    orgId: string,
    startIds: string[],
    { types, maxDepth, limit }: GraphTraversal & { limit: number },
  ): Promise<Map<string, GraphReached[]>> {
    checkLabel(label);
    const out = new Map<string, GraphReached[]>(startIds.map((id) => [id, []]));
    if (startIds.length === 0 || types.length === 0) return out;
    const rel = `${relationPattern(types)}*1..${checkDepth(maxDepth)}`;
    // The distinct nodes within reach first (a pruning breadth-first expand), then one shortest
    // path to each: every shortest path is ordered by node ids then types, and the first kept.
    const { records } = await this.run(
      `UNWIND $ids AS sid
       MATCH (s:${label} {id: sid}) WHERE s.orgId = $orgId
       CALL (s) {
         MATCH (s)-[:${rel}]-(m:${label})
         WHERE m <> s AND m.orgId = $orgId
         WITH DISTINCT m
         MATCH p = allShortestPaths((s)-[:${rel}]-(m))
         WHERE all(x IN nodes(p) WHERE x.orgId = $orgId)
         WITH m, p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)]
         WITH m, collect(p)[0] AS p
         RETURN m.id AS mid, length(p) AS depth, [x IN nodes(p)[1..-1] | x.id] AS via, [r IN relationships(p) | type(r)] AS types
         ORDER BY depth, mid
         LIMIT toInteger($limit)
       }
       RETURN sid, mid, depth, via, types`,
      { ids: startIds, orgId, limit },
      'READ',
    );
    for (const record of records) {
      out.get(record.get('sid') as string)?.push({
        id: record.get('mid') as string,
        depth: Number(record.get('depth')),
        via: record.get('via') as string[],
        types: record.get('types') as string[],
      });
    }
    return out;
  }

  async shortestPath(
    label: string,
    orgId: string,
    fromId: string,
    toId: string,
    { types, maxDepth }: GraphTraversal,
  ): Promise<GraphPath | null> {
    checkLabel(label);
    if (fromId === toId) return { ids: [fromId], types: [] };
    if (types.length === 0) return null;
    const { records } = await this.run(
      `MATCH (a:${label} {id: $fromId}), (b:${label} {id: $toId})
       WHERE a.orgId = $orgId AND b.orgId = $orgId
       MATCH p = allShortestPaths((a)-[:${relationPattern(types)}*..${checkDepth(maxDepth)}]-(b))
       WHERE all(x IN nodes(p) WHERE x.orgId = $orgId)
       WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | type(r)]
       LIMIT 1
       RETURN [x IN nodes(p) | x.id] AS ids, [r IN relationships(p) | type(r)] AS types`,
      { fromId, toId, orgId },
      'READ',
    );
    const record = records[0];
    return record ? { ids: record.get('ids') as string[], types: record.get('types') as string[] } : null;
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

  async scan(label: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    const result = await this.run(
      `MATCH (n:${checkLabel(label)}) WHERE $after IS NULL OR n.id > $after
       RETURN n.id AS id, n.orgId AS orgId, n.version AS version ORDER BY n.id LIMIT $limit`,
      { after: after?.id ?? null, limit: neo4j.int(limit) },
      'READ',
    );
    return result.records.map((r) => ({ id: r.get('id') as string, orgId: r.get('orgId') as string, version: Number(r.get('version')) }));
  }

  async scanRelations(types: string[], { after, limit }: ScanPage): Promise<ScanRecord[]> {
    if (types.length === 0) return [];
    const result = await this.run(
      `MATCH ()-[r:${relationPattern(types)}]->() WHERE $after IS NULL OR r.id > $after
       RETURN r.id AS id, r.orgId AS orgId, r.version AS version ORDER BY r.id LIMIT $limit`,
      { after: after?.id ?? null, limit: neo4j.int(limit) },
      'READ',
    );
    return result.records.map((r) => ({ id: r.get('id') as string, orgId: r.get('orgId') as string, version: Number(r.get('version')) }));
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
      withTimeout(
        this.driver.executeQuery(cypher, params, { routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE }),
        this.requestTimeoutMs,
      ),
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
  /** The id index of each relation type, like `ensureLabels` (one-time setup, not a counted round trip). */
  private async ensureRelationTypes(types: Iterable<string>): Promise<void> {
    for (const type of types) {
      if (this.ensuredRelationTypes.has(type)) continue;
      await this.driver.executeQuery(
        `CREATE INDEX ${type}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
        {},
        { routing: neo4j.routing.WRITE },
      );
      this.ensuredRelationTypes.add(type);
    }
  }

  private async ensureLabels(labels: Iterable<string>): Promise<void> {
    for (const label of labels) {
      if (this.ensuredLabels.has(label)) continue;
      const write = { routing: neo4j.routing.WRITE };
      await this.driver.executeQuery(
        `CREATE CONSTRAINT ${label}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
        {},
        write,
      );
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
    // Named like the other drivers' timeouts, so guardStore reads it as "not answering".
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { name: 'TimeoutError' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
