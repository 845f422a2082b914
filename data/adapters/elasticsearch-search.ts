import { Client, errors } from '@elastic/elasticsearch';
import { roundTrip } from '../../platform/round-trips.ts';
import { tokenizeToText } from '../text/tokenize.ts';
import type { ScanPage, ScanRecord, SearchDocument, SearchHit, SearchIndexSpec, SearchQuery, SearchStore } from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';

const ADAPTER = 'elasticsearch';
/** Documents deleted per clearOrg step (search a page of ids, bulk-delete them). */
const CLEAR_PAGE = 5_000;

type FieldValue = SearchDocument['fields'][string];

/** Field names become mapping paths (a dot would nest objects), so only plain identifiers pass. */
function checkField(field: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(field)) throw new Error(`Invalid search field ${JSON.stringify(field)}: use letters, digits and _`);
  return field;
}

/**
 * What is stored per document. `fields` keeps the values as given (not indexed) for `get`; `text.*`
 * holds each text field pre-tokenised by the shared tokeniser, indexed with the `whitespace`
 * analyser, so Elasticsearch sees exactly the terms the embedded Postgres full-text search sees;
 * `kw.*` holds the exact values of keyword fields for filters.
 */
interface StoredDoc {
  id: string;
  orgId: string;
  version: number;
  fields: SearchDocument['fields'];
  text: Record<string, string[]>;
  kw: Record<string, string[]>;
}

const valuesOf = (value: FieldValue | undefined): string[] =>
  value === null || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

/**
 * Documents are keyed by org and id: every read and delete by id is then confined to the org by
 * construction, with no search (which would only see refreshed documents) in between.
 */
const docId = (orgId: string, id: string) => `${orgId}:${id}`;
/** The Looma id of a document key of the org (searches filter on the org, so the prefix is always the org's). */
const idOf = (orgId: string, key: string) => (key.startsWith(`${orgId}:`) ? key.slice(orgId.length + 1) : key);

function mappingsFor(spec: SearchIndexSpec) {
  const text: Record<string, { type: 'text'; analyzer: string }> = {};
  for (const field of Object.keys(spec.textFields)) text[checkField(field)] = { type: 'text', analyzer: 'whitespace' };
  const kw: Record<string, { type: 'keyword' }> = {};
  for (const field of spec.keywordFields) kw[checkField(field)] = { type: 'keyword' };
  return {
    // Only the mapped fields are indexed; anything else a document carries stays in `fields`.
    dynamic: false as const,
    _meta: { looma: spec },
    properties: {
      id: { type: 'keyword' as const },
      orgId: { type: 'keyword' as const },
      version: { type: 'long' as const },
      fields: { type: 'object' as const, enabled: false },
      text: { properties: text },
      kw: { properties: kw },
    },
  };
}

/** The real search adapter: an Elasticsearch 9 server through @elastic/elasticsearch. */
export class ElasticsearchSearchStore implements SearchStore {
  readonly adapter = 'elasticsearch' as const;
  private readonly specs = new Map<string, SearchIndexSpec>();

  private readonly client: Client;
  private readonly url: string;
  private readonly namespace: string;

  private constructor(client: Client, url: string, namespace: string) {
    this.client = client;
    this.url = url;
    this.namespace = namespace;
  }

  /** Each request must answer within `requestTimeoutMs`; a reset connection is retried once, a timeout is not (the transport never retries timeouts by default). */
  static async open(opts: {
    url: string;
    namespace: string;
    connectTimeoutMs?: number;
    requestTimeoutMs?: number;
  }): Promise<ElasticsearchSearchStore> {
    const client = new Client({ node: opts.url, maxRetries: 1, requestTimeout: opts.requestTimeoutMs ?? 10_000 });
    const store = new ElasticsearchSearchStore(client, opts.url, opts.namespace.toLowerCase());
    try {
      await store.health(opts.connectTimeoutMs ?? 5_000);
    } catch (error) {
      await client.close().catch(() => undefined);
      throw new Error(`Elasticsearch at ${opts.url} is unreachable: ${reason(error)}`, { cause: error });
    }
    return store;
  }

  private indexName(name: string): string {
    return `${this.namespace}_${assertIdentifier('index', name)}`.toLowerCase();
  }

  private call<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return roundTrip('search', ADAPTER, () => fn(this.client));
  }

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    const index = this.indexName(spec.name);
    const mappings = mappingsFor(spec);
    try {
      await this.call((c) =>
        c.indices.create({
          index,
          // One shard keeps term statistics (and so scores) whole; replicas appear when there is a second node.
          // index.gc_deletes stays at its default (60s): a deleted document's version is remembered that long,
          // so a stale upsert arriving just after a remove does not bring the document back.
          settings: { number_of_shards: 1, auto_expand_replicas: '0-1' },
          // `text` and `kw` are derived from `fields` and only searched: leaving them out of the stored
          // _source halves what `get` (an mget of every search candidate) reads and parses.
          // (An index created before keeps them; putMapping cannot change _source.)
          mappings: { ...mappings, _source: { excludes: ['text', 'kw'] } },
        }),
      );
    } catch (error) {
      if (!isError(error, 'resource_already_exists_exception')) throw error;
      // The index exists: new fields can be added (documents indexed before lack them until a reindex).
      await this.call((c) => c.indices.putMapping({ index, ...mappings }));
    }
    this.specs.set(spec.name, spec);
  }

  /** The spec of an index ensured by another process, read back from the mapping's `_meta`. */
  private async spec(name: string): Promise<SearchIndexSpec> {
    const known = this.specs.get(name);
    if (known) return known;
    const index = this.indexName(name);
    const response = await this.call((c) => c.indices.getMapping({ index }));
    const spec = response[index]?.mappings._meta?.looma as SearchIndexSpec | undefined;
    if (!spec) throw new Error(`Search index ${index} has no Looma spec in its mapping _meta (was it created by ensureIndex?)`);
    this.specs.set(name, spec);
    return spec;
  }

  async upsert(name: string, docs: SearchDocument[]): Promise<number> {
    if (docs.length === 0) return 0;
    const spec = await this.spec(name);
    const index = this.indexName(name);
    const operations = docs.flatMap((doc) => {
      const stored: StoredDoc = { id: doc.id, orgId: doc.orgId, version: doc.version, fields: doc.fields, text: {}, kw: {} };
      for (const field of Object.keys(spec.textFields)) {
        const text = valuesOf(doc.fields[field]).map(tokenizeToText).filter(Boolean);
        if (text.length > 0) stored.text[field] = text;
      }
      for (const field of spec.keywordFields) {
        const values = valuesOf(doc.fields[field]);
        if (values.length > 0) stored.kw[field] = values;
      }
      // External versioning: Elasticsearch itself refuses a version that is not higher than the stored one.
      return [{ index: { _index: index, _id: docId(doc.orgId, doc.id), version: doc.version, version_type: 'external' as const } }, stored];
    });
    const response = await this.call((c) => c.bulk({ operations }));
    let applied = 0;
    for (const item of response.items) {
      const result = item.index;
      if (!result) continue;
      if (result.status === 200 || result.status === 201) applied += 1;
      else if (result.status !== 409) throw new Error(`Elasticsearch bulk index into ${index} failed: ${JSON.stringify(result.error)}`);
    }
    return applied;
  }

  /**
   * Reads the stored versions (mget is realtime), then deletes each document at its own version. A plain
   * delete would bump an externally versioned document's version by one, and Elasticsearch remembers a
   * deleted version for index.gc_deletes (60s): the next upsert would then need to be two versions
   * ahead. Deleting with external_gte at the stored version leaves exactly the highest version seen.
   */
  async remove(name: string, orgId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const index = this.indexName(name);
    const response = await this.call((c) => c.mget({ index, ids: ids.map((id) => docId(orgId, id)), _source: false }));
    const stored = response.docs.flatMap((doc) =>
      'found' in doc && doc.found && doc._version !== undefined ? [{ _id: doc._id, version: doc._version }] : [],
    );
    await this.deleteAtVersions(index, stored, false);
  }

  /** Bulk-deletes documents at their stored versions; a 409 means a newer write landed in between, and it wins. */
  private async deleteAtVersions(index: string, docs: { _id: string; version: number }[], refresh: boolean): Promise<void> {
    if (docs.length === 0) return;
    const response = await this.call((c) =>
      c.bulk({
        refresh,
        operations: docs.map(({ _id, version }) => ({ delete: { _index: index, _id, version, version_type: 'external_gte' as const } })),
      }),
    );
    for (const item of response.items) {
      const result = item.delete;
      if (result && result.status !== 200 && result.status !== 404 && result.status !== 409) {
        throw new Error(`Elasticsearch bulk delete from ${index} failed: ${JSON.stringify(result.error)}`);
      }
    }
  }

  async get(name: string, orgId: string, ids: string[]): Promise<Map<string, SearchDocument>> {
    const out = new Map<string, SearchDocument>();
    if (ids.length === 0) return out;
    const index = this.indexName(name);
    const response = await this.call((c) =>
      c.mget<StoredDoc>({ index, ids: ids.map((id) => docId(orgId, id)), _source_includes: ['id', 'orgId', 'version', 'fields'] }),
    );
    for (const doc of response.docs) {
      if (!('found' in doc) || !doc.found || !doc._source) continue;
      const { id, orgId: docOrg, version, fields } = doc._source;
      if (docOrg === orgId) out.set(id, { id, orgId, version, fields: fields ?? {} });
    }
    return out;
  }

  async search(name: string, orgId: string, query: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
    const text = tokenizeToText(query.text);
    if (!text) return { total: 0, hits: [] };
    const spec = await this.spec(name);
    const index = this.indexName(name);
    const filter = [
      { term: { orgId } },
      // Every listed value must be present: one term filter per value.
      ...Object.entries(query.filter ?? {}).flatMap(([field, values]) => values.map((value) => ({ term: { [`kw.${field}`]: value } }))),
    ];
    const response = await this.call((c) =>
      c.search({
        index,
        from: query.offset ?? 0,
        size: query.first,
        // An exact total (what totalCount reports); counting the matches is cheap next to scoring them.
        track_total_hits: true,
        // No fetch phase reading each hit's _source: the id comes from the document key (`<orgId>:<id>`).
        _source: false,
        // The id breaks score ties, so pages are stable.
        sort: [{ _score: { order: 'desc' } }, { id: { order: 'asc' } }],
        query: {
          bool: {
            // cross_fields with operator AND: every query term must occur in at least one text field,
            // and a term scores by its best field times that field's weight (`any`: one term is enough).
            must: {
              multi_match: {
                query: text,
                type: 'cross_fields',
                operator: query.match === 'any' ? 'or' : 'and',
                fields: Object.entries(spec.textFields).map(([field, weight]) => `text.${field}^${weight}`),
              },
            },
            filter,
          },
        },
      }),
    );
    const total = response.hits.total;
    return {
      total: typeof total === 'number' ? total : (total?.value ?? 0),
      hits: response.hits.hits.map((hit) => ({ id: idOf(orgId, hit._id ?? ''), score: hit._score ?? 0 })),
    };
  }

  async refresh(name: string): Promise<void> {
    await this.call((c) => c.indices.refresh({ index: this.indexName(name) }));
  }

  /** Counts what search sees: call `refresh` first for writes that must be counted at once. */
  async count(name: string, orgId: string): Promise<number> {
    const response = await this.call((c) => c.count({ index: this.indexName(name), ignore_unavailable: true, query: { term: { orgId } } }));
    return response.count;
  }

  /** Sorted by the keyword fields id and orgId (a document is keyed by both), paged with search_after. */
  async scan(name: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    const response = await this.call((c) =>
      c.search<Pick<StoredDoc, 'id' | 'orgId' | 'version'>>({
        index: this.indexName(name),
        ignore_unavailable: true,
        size: limit,
        _source: ['id', 'orgId', 'version'],
        sort: [{ id: 'asc' }, { orgId: 'asc' }],
        ...(after ? { search_after: [after.id, after.orgId] } : {}),
        query: { match_all: {} },
      }),
    );
    return response.hits.hits.flatMap((hit) =>
      hit._source ? [{ id: hit._source.id, orgId: hit._source.orgId, version: Number(hit._source.version) }] : [],
    );
  }

  async dropIndex(name: string): Promise<void> {
    await this.call((c) => c.indices.delete({ index: this.indexName(name), ignore_unavailable: true }));
    this.specs.delete(name);
  }

  /**
   * Deletes the org's documents page by page: this Elasticsearch may run without the reindex module
   * (no _delete_by_query), so ids are searched and bulk-deleted, refreshing so the next page moves on.
   */
  async clearOrg(name: string, orgId: string): Promise<void> {
    const index = this.indexName(name);
    // Documents written since the last refresh are invisible to search; make them visible first.
    await this.call((c) => c.indices.refresh({ index, ignore_unavailable: true }));
    for (;;) {
      const response = await this.call((c) =>
        c.search({ index, ignore_unavailable: true, size: CLEAR_PAGE, version: true, _source: false, query: { term: { orgId } } }),
      );
      const docs = response.hits.hits.flatMap((hit) =>
        hit._id && hit._version !== undefined ? [{ _id: hit._id, version: hit._version }] : [],
      );
      if (docs.length === 0) return;
      // Refreshing with the delete takes the deleted documents out of the next page's search.
      await this.deleteAtVersions(index, docs, true);
      if (docs.length < CLEAR_PAGE) return;
    }
  }

  async ping(): Promise<void> {
    try {
      await this.health(5_000);
    } catch (error) {
      throw new Error(`Elasticsearch at ${this.url} does not answer: ${reason(error)}`, { cause: error });
    }
  }

  /**
   * Cluster health rather than GET / or HEAD / (client.info / client.ping): the root endpoint lives in
   * the optional rest-root module, which minimal distributions leave out.
   */
  private async health(timeoutMs: number): Promise<void> {
    const health = await this.call((c) => c.cluster.health({}, { requestTimeout: timeoutMs, maxRetries: 0 }));
    if (health.status === 'red') throw new Error(`cluster ${health.cluster_name} is red`);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

function isError(error: unknown, type: string): boolean {
  return error instanceof errors.ResponseError && (error.body as { error?: { type?: string } } | undefined)?.error?.type === type;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
