import weaviate, { Filters, type Collection, type FilterValue, type WeaviateClient } from 'weaviate-client';
import { roundTrip } from '../../platform/round-trips.ts';
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

const ADAPTER = 'weaviate';
/** The most ids one filter lists (and so one round trip reads): Weaviate's default QUERY_MAXIMUM_RESULTS is 10,000. */
const ID_CHUNK = 1_000;
/** Object properties the adapter owns, and names Weaviate reserves; record props may not use them. */
const RESERVED = new Set(['orgId', 'version', 'id', '_id', '_additional']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROP_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** The class description carries what the collection holds, so a model switch is caught on ensure (and a new revision reported). */
const DESCRIPTION_PREFIX = 'looma-vectors:';

/** `revision` null: a collection described before revisions were recorded. */
type Shape = Pick<VectorCollectionSpec, 'model' | 'dimensions'> & { revision: string | null };
type Props = Record<string, string | number | boolean>;

function describe(spec: VectorCollectionSpec): string {
  return `${DESCRIPTION_PREFIX}${JSON.stringify({ model: spec.model, dimensions: spec.dimensions, revision: spec.revision })}`;
}

function parseDescription(description: string | undefined): Shape | undefined {
  if (!description?.startsWith(DESCRIPTION_PREFIX)) return undefined;
  const shape = JSON.parse(description.slice(DESCRIPTION_PREFIX.length)) as Partial<Shape>;
  return typeof shape.model === 'string' && typeof shape.dimensions === 'number'
    ? { model: shape.model, dimensions: shape.dimensions, revision: typeof shape.revision === 'string' ? shape.revision : null }
    : undefined;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Weaviate returns the single unnamed-in-our-code vector under the name `default`. */
function vectorOf(vectors: Record<string, unknown> | undefined): number[] {
  const vector = vectors?.default ?? Object.values(vectors ?? {})[0];
  return Array.isArray(vector) ? (vector as number[]) : [];
}

/**
 * The real vector adapter: a Weaviate server (REST for schema, gRPC for data) with vectors we
 * supply. A Looma collection is the Weaviate class `<Namespace>_<collection>` (class names must
 * start upper-case); the Looma id is the object UUID, and orgId, version and the record props are
 * object properties.
 */
export class WeaviateVectorStore implements VectorStore {
  readonly adapter = 'weaviate' as const;
  private readonly shapes = new Map<string, Shape>();

  private readonly client: WeaviateClient;
  private readonly url: string;
  private readonly namespace: string;
  private readonly requestTimeoutMs: number;
  private readonly apiKey?: string;

  private constructor(client: WeaviateClient, url: string, namespace: string, requestTimeoutMs: number, apiKey?: string) {
    this.client = client;
    this.url = url;
    this.namespace = namespace;
    this.requestTimeoutMs = requestTimeoutMs;
    this.apiKey = apiKey;
  }

  /**
   * Connects within `connectTimeoutMs`; a query must answer within `requestTimeoutMs` and a batch
   * insert (vectors of a whole projector batch) within three times that. The gRPC channel and the
   * HTTP client reconnect on their own when Weaviate is back.
   */
  static async open(opts: {
    url: string;
    grpcPort: number;
    apiKey?: string;
    namespace: string;
    connectTimeoutMs?: number;
    requestTimeoutMs?: number;
  }): Promise<WeaviateVectorStore> {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(opts.namespace)) throw new Error(`Invalid Weaviate namespace ${JSON.stringify(opts.namespace)}`);
    const url = new URL(opts.url);
    const secure = url.protocol === 'https:';
    const timeoutS = Math.max(1, Math.ceil((opts.connectTimeoutMs ?? 5_000) / 1_000));
    const requestTimeoutMs = opts.requestTimeoutMs ?? 10_000;
    const requestS = Math.max(1, Math.ceil(requestTimeoutMs / 1_000));
    let client: WeaviateClient;
    try {
      // The client checks liveness, the server version and gRPC health on connect: a wrong port fails here.
      client = await roundTrip('vector', ADAPTER, () =>
        weaviate.connectToCustom({
          httpHost: url.hostname,
          httpPort: Number(url.port || (secure ? 443 : 80)),
          httpSecure: secure,
          grpcHost: url.hostname,
          grpcPort: opts.grpcPort,
          grpcSecure: secure,
          ...(opts.apiKey ? { authCredentials: new weaviate.ApiKey(opts.apiKey) } : {}),
          timeout: { init: timeoutS, query: requestS, insert: requestS * 3 },
        }),
      );
    } catch (error) {
      throw new Error(`Weaviate at ${opts.url} (gRPC port ${opts.grpcPort}) is unreachable: ${reason(error)}`, { cause: error });
    }
    return new WeaviateVectorStore(client, opts.url, opts.namespace, requestTimeoutMs, opts.apiKey);
  }

  private className(collection: string): string {
    const name = `${this.namespace}_${assertIdentifier('collection', collection)}`;
    return name[0]!.toUpperCase() + name.slice(1);
  }

  private collection(collection: string): Collection {
    return this.client.collections.use(this.className(collection));
  }

  private call<T>(fn: () => Promise<T>): Promise<T> {
    return roundTrip('vector', ADAPTER, fn);
  }

  async ensureCollection(spec: VectorCollectionSpec): Promise<VectorCollectionState> {
    const name = this.className(spec.name);
    if (!(await this.call(() => this.client.collections.exists(name)))) {
      try {
        await this.call(() =>
          this.client.collections.create({
            name,
            description: describe(spec),
            properties: [
              // Field tokenisation: the whole org id is one token, so `equal` is exact.
              { name: 'orgId', dataType: 'text', tokenization: 'field', indexFilterable: true, indexSearchable: false },
              { name: 'version', dataType: 'int', indexFilterable: false, indexSearchable: false },
            ],
            vectorizers: weaviate.configure.vectors.selfProvided({
              vectorIndexConfig: weaviate.configure.vectorIndex.hnsw({ distanceMetric: 'cosine' }),
            }),
          }),
        );
        this.shapes.set(spec.name, spec);
        return { storedRevision: spec.revision };
      } catch (error) {
        // Another process may have created it in between; then it is checked like any existing one.
        if (!(await this.call(() => this.client.collections.exists(name)))) throw error;
      }
    }
    const stored = await this.shape(spec.name);
    if (stored.model !== spec.model || stored.dimensions !== spec.dimensions) {
      throw new Error(
        `Weaviate collection ${name} holds model ${stored.model} with ${stored.dimensions} dimensions, not model ${spec.model} with ${spec.dimensions} dimensions: run npm run reindex to switch models`,
      );
    }
    return { storedRevision: stored.revision };
  }

  /** The model, dimensions and revision a collection holds, read from its description once per process. */
  private async shape(collection: string): Promise<Shape> {
    const known = this.shapes.get(collection);
    if (known) return known;
    const name = this.className(collection);
    const config = await this.call(() => this.client.collections.export(name));
    const shape = parseDescription(config.description);
    if (!shape)
      throw new Error(`Weaviate collection ${name} has no Looma model/dimensions description (was it created by ensureCollection?)`);
    this.shapes.set(collection, shape);
    return shape;
  }

  async upsert(collection: string, records: VectorRecord[]): Promise<number> {
    if (records.length === 0) return 0;
    const { dimensions } = await this.shape(collection);
    for (const record of records) {
      if (record.vector.length !== dimensions) {
        throw new Error(
          `Vector of ${record.id} has ${record.vector.length} dimensions; collection ${collection} holds ${dimensions} dimensions`,
        );
      }
    }
    const handle = this.collection(collection);

    // Weaviate has no conditional write: read the stored versions, then write only the newer records.
    // (Two writers racing on one id can still interleave; projections write an entity from one place.)
    const stored = new Map<string, { version: number; orgId: string }>();
    for (const ids of chunks([...new Set(records.map((r) => r.id))], ID_CHUNK)) {
      const result = await this.call(() =>
        handle.query.fetchObjects({
          filters: handle.filter.byId().containsAny(ids),
          limit: ids.length,
          returnProperties: ['version', 'orgId'],
        }),
      );
      for (const object of result.objects) {
        stored.set(object.uuid, { version: Number(object.properties.version), orgId: String(object.properties.orgId) });
      }
    }

    // Within one call the highest version of an id wins, as if the records had been written in turn.
    const newest = new Map<string, VectorRecord>();
    for (const record of records) {
      const current = newest.get(record.id)?.version ?? stored.get(record.id)?.version;
      const owner = stored.get(record.id)?.orgId;
      if (owner !== undefined && owner !== record.orgId) throw new Error(`Vector ${record.id} belongs to another organisation`);
      if (current === undefined || current < record.version) newest.set(record.id, record);
    }
    if (newest.size === 0) return 0;

    const objects = [...newest.values()].map((record) => ({
      id: record.id,
      properties: { ...this.props(record.props), orgId: record.orgId, version: record.version },
      vectors: record.vector,
    }));
    // A batch insert with an existing UUID replaces the object (properties and vector) wholesale.
    const result = await this.call(() => handle.data.insertMany(objects));
    if (result.hasErrors) {
      const first = Object.values(result.errors)[0];
      throw new Error(`Weaviate batch insert into ${handle.name} failed: ${first?.message ?? 'unknown error'}`);
    }
    return newest.size;
  }

  /** Record props as object properties; nulls are left out (Weaviate stores absence, not null). */
  private props(props: VectorRecord['props']): Props {
    const out: Props = {};
    for (const [key, value] of Object.entries(props)) {
      if (RESERVED.has(key) || !PROP_NAME.test(key)) throw new Error(`Invalid vector prop name ${JSON.stringify(key)}`);
      if (value !== null) out[key] = value;
    }
    return out;
  }

  private orgFilter(handle: Collection, orgId: string): FilterValue {
    return handle.filter.byProperty('orgId').equal(orgId);
  }

  async remove(collection: string, orgId: string, ids: string[]): Promise<void> {
    const handle = this.collection(collection);
    for (const chunk of chunks(ids, ID_CHUNK)) {
      await this.call(() => handle.data.deleteMany(Filters.and(handle.filter.byId().containsAny(chunk), this.orgFilter(handle, orgId))));
    }
  }

  async get(
    collection: string,
    orgId: string,
    ids: string[],
    { vectors = true }: { vectors?: boolean } = {},
  ): Promise<Map<string, { version: number; vector: number[] }>> {
    const out = new Map<string, { version: number; vector: number[] }>();
    const handle = this.collection(collection);
    for (const chunk of chunks(ids, ID_CHUNK)) {
      const result = await this.call(() =>
        handle.query.fetchObjects({
          filters: Filters.and(handle.filter.byId().containsAny(chunk), this.orgFilter(handle, orgId)),
          limit: chunk.length,
          includeVector: vectors,
          returnProperties: ['version'],
        }),
      );
      for (const object of result.objects) {
        out.set(object.uuid, { version: Number(object.properties.version), vector: vectors ? vectorOf(object.vectors) : [] });
      }
    }
    return out;
  }

  async nearest(collection: string, orgId: string, vector: number[], k: number, excludeIds: string[] = []): Promise<VectorMatch[]> {
    if (k <= 0) return [];
    const handle = this.collection(collection);
    const exclude = new Set(excludeIds);
    // The id filter has no "none of": ask for k more than the exclusions and drop them here, which is exact.
    const result = await this.call(() =>
      handle.query.nearVector(vector, {
        limit: k + exclude.size,
        filters: this.orgFilter(handle, orgId),
        returnMetadata: ['distance'],
        returnProperties: [],
      }),
    );
    return result.objects
      .filter((object) => !exclude.has(object.uuid))
      .slice(0, k)
      .map((object) => ({ id: object.uuid, score: 1 - (object.metadata?.distance ?? 1) }));
  }

  /**
   * One GraphQL request for the whole batch (the gRPC API has no batched search): an aliased
   * `nearObject` search per id, filtered to the org, plus one lookup of which ids the org holds —
   * a search seeded by another org's object is dropped, so its neighbours never leave the store.
   */
  async similarTo(collection: string, orgId: string, ids: string[], k: number): Promise<Map<string, VectorMatch[]>> {
    const out = new Map<string, VectorMatch[]>();
    const unique = [...new Set(ids)].filter((id) => UUID.test(id));
    if (unique.length === 0 || k <= 0) return out;
    const className = this.className(collection);
    const org = { path: ['orgId'], operator: 'Equal', valueText: orgId };
    const where = (value: object) =>
      JSON.stringify(value)
        .replace(/"(path|operator|valueText|operands)":/g, '$1:')
        .replace(/operator:"(\w+)"/g, 'operator:$1');
    const searches = unique.map(
      (id, i) =>
        `s${i}: ${className}(nearObject: {id: ${JSON.stringify(id)}}, where: ${where(org)}, limit: ${k + 1}) { _additional { id distance } }`,
    );
    const held = `held: ${className}(where: ${where({ operator: 'And', operands: [{ path: ['id'], operator: 'ContainsAny', valueText: unique }, org] })}, limit: ${unique.length}) { _additional { id } }`;
    type Hit = { _additional: { id: string; distance?: number } };
    const body = await this.call(async () => {
      const response = await fetch(new URL('/v1/graphql', this.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}) },
        body: JSON.stringify({ query: `{ Get { ${held} ${searches.join(' ')} } }` }),
        signal: AbortSignal.timeout(this.requestTimeoutMs),
      });
      if (!response.ok) throw new Error(`Weaviate GraphQL answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      return (await response.json()) as { data?: { Get?: Record<string, Hit[] | null> }; errors?: { message: string }[] };
    });
    const get = body.data?.Get;
    // A search seeded by an id without a vector answers null with an error: that id has no neighbours.
    if (!get?.held) throw new Error(`Weaviate similarity search on ${className} failed: ${body.errors?.[0]?.message ?? 'no data'}`);
    const owned = new Set(get.held.map((hit) => hit._additional.id));
    unique.forEach((id, i) => {
      if (!owned.has(id)) return;
      const matches = (get[`s${i}`] ?? [])
        .filter((hit) => hit._additional.id !== id)
        .slice(0, k)
        .map((hit) => ({ id: hit._additional.id, score: 1 - (hit._additional.distance ?? 1) }));
      if (matches.length > 0) out.set(id, matches);
    });
    return out;
  }

  async count(collection: string, orgId: string): Promise<number> {
    const handle = this.collection(collection);
    const result = await this.call(() => handle.aggregate.overAll({ filters: this.orgFilter(handle, orgId) }));
    return result.totalCount;
  }

  async clearOrg(collection: string, orgId: string): Promise<void> {
    const handle = this.collection(collection);
    // One delete removes at most QUERY_MAXIMUM_RESULTS objects: repeat until nothing matches.
    for (;;) {
      const result = await this.call(() => handle.data.deleteMany(this.orgFilter(handle, orgId)));
      if (result.failed > 0) throw new Error(`Weaviate could not delete ${result.failed} objects of org ${orgId} from ${handle.name}`);
      if (result.matches === 0 || result.successful === 0) return;
    }
  }

  async dropCollection(collection: string): Promise<void> {
    await this.call(() => this.client.collections.delete(this.className(collection)));
    this.shapes.delete(collection);
  }

  /** Weaviate's cursor API: objects in UUID order after the given one (the cursor cannot be combined with a filter). */
  async scan(collection: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    const handle = this.collection(collection);
    const result = await this.call(() => handle.query.fetchObjects({ after: after?.id, limit, returnProperties: ['orgId', 'version'] }));
    return result.objects.map((object) => ({
      id: object.uuid,
      orgId: String(object.properties.orgId),
      version: Number(object.properties.version),
    }));
  }

  async ping(): Promise<void> {
    let ready: boolean;
    try {
      ready = await this.call(() => this.client.isReady());
    } catch (error) {
      throw new Error(`Weaviate at ${this.url} does not answer: ${reason(error)}`, { cause: error });
    }
    if (!ready) throw new Error(`Weaviate at ${this.url} is not ready`);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
