import { tokenizeToText } from '../text/tokenize.ts';
import type { ScanPage, ScanRecord, SearchDocument, SearchHit, SearchIndexSpec, SearchQuery, SearchStore } from '../ports.ts';
import { assertIdentifier } from './identifiers.ts';
import type { PGliteRelationalStore } from './pglite-relational.ts';

const ADAPTER = 'pg-fulltext';
const LETTERS = ['A', 'B', 'C', 'D'] as const;
type Letter = (typeof LETTERS)[number];

interface Weighting {
  letterOf: Map<string, Letter>;
  /** ts_rank weights, in Postgres order {D, C, B, A}. */
  rankWeights: [number, number, number, number];
}

/** Field weights become tsvector weight classes: the heaviest distinct weight is A, then B, C, D. */
function weighting(spec: SearchIndexSpec): Weighting {
  const distinct = [...new Set(Object.values(spec.textFields))].sort((a, b) => b - a).slice(0, 4);
  const max = distinct[0] ?? 1;
  const letterOf = new Map<string, Letter>();
  for (const [field, weight] of Object.entries(spec.textFields)) {
    const rank = distinct.indexOf(weight);
    letterOf.set(field, LETTERS[rank === -1 ? 3 : rank]!);
  }
  const weightFor = (letter: Letter) => {
    const i = LETTERS.indexOf(letter);
    return distinct[i] !== undefined ? distinct[i]! / max : 0.05;
  };
  return { letterOf, rankWeights: [weightFor('D'), weightFor('C'), weightFor('B'), weightFor('A')] };
}

const keyword = (field: string, value: string) => `${field}=${value}`;
const textOf = (value: SearchDocument['fields'][string]) =>
  value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ; ') : String(value);

/**
 * GIN's fast update appends new entries to a pending list that every search through the index reads
 * in full, and that only VACUUM (autovacuum, which PGlite never runs) or a list over
 * gin_pending_list_limit (4 MB) merges into the index; the planner then also prices the index so
 * high that it scans every document instead. So the store merges it itself once this many documents
 * were written since the last merge: the work VACUUM would do, a little at a time (issue 14 point 6:
 * a 20,000-talent search for three skills took 15 ms with the list, 6.5 ms after).
 */
export const GIN_MERGE_EVERY_DOCUMENTS = 256;
const GIN_INDEXES = ['search_documents_fts', 'search_documents_keywords'] as const;

/** Tokenised text as a tsquery matching any of its terms: `'a' | 'b'`, quotes doubled. */
const anyOf = (text: string) =>
  [...new Set(text.split(' '))].map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');

/**
 * The embedded search default: Postgres full-text search over text pre-tokenised by the shared
 * tokeniser (so Chinese words inside sentences are terms), weighted per field, with keyword arrays
 * for filters.
 */
export class PgFulltextSearchStore implements SearchStore {
  readonly adapter = 'pg-fulltext' as const;
  private readonly specs = new Map<string, { spec: SearchIndexSpec; weights: Weighting }>();
  /** Documents written since the GIN pending lists were last merged (see GIN_MERGE_EVERY_DOCUMENTS). */
  private unmerged = 0;

  private readonly db: PGliteRelationalStore;

  constructor(db: PGliteRelationalStore) {
    this.db = db;
  }

  private run<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return this.db.queryAs<Row>('search', ADAPTER, sql, params);
  }

  async ensureIndex(spec: SearchIndexSpec): Promise<void> {
    assertIdentifier('index', spec.name);
    await this.run('INSERT INTO search_indexes (name, spec) VALUES ($1, $2::jsonb) ON CONFLICT (name) DO UPDATE SET spec = EXCLUDED.spec', [
      spec.name,
      JSON.stringify(spec),
    ]);
    this.specs.set(spec.name, { spec, weights: weighting(spec) });
  }

  private async index(name: string) {
    const known = this.specs.get(name);
    if (known) return known;
    const [row] = await this.run<{ spec: SearchIndexSpec }>('SELECT spec FROM search_indexes WHERE name = $1', [name]);
    if (!row) throw new Error(`Search index ${name} does not exist`);
    const entry = { spec: row.spec, weights: weighting(row.spec) };
    this.specs.set(name, entry);
    return entry;
  }

  async upsert(index: string, docs: SearchDocument[]): Promise<number> {
    if (docs.length === 0) return 0;
    const { spec, weights } = await this.index(index);
    const rows = docs.map((doc) => {
      const byLetter: Record<Letter, string[]> = { A: [], B: [], C: [], D: [] };
      for (const field of Object.keys(spec.textFields)) {
        const text = tokenizeToText(textOf(doc.fields[field] ?? null));
        if (text) byLetter[weights.letterOf.get(field) ?? 'D'].push(text);
      }
      const keywords = spec.keywordFields.flatMap((field) => {
        const value = doc.fields[field];
        if (value === null || value === undefined) return [];
        return (Array.isArray(value) ? value : [String(value)]).map((v) => keyword(field, v));
      });
      return {
        id: doc.id,
        org_id: doc.orgId,
        version: doc.version,
        fields: doc.fields,
        keywords,
        a: byLetter.A.join(' '),
        b: byLetter.B.join(' '),
        c: byLetter.C.join(' '),
        d: byLetter.D.join(' '),
      };
    });
    const applied = await this.run<{ id: string }>(
      `INSERT INTO search_documents AS s (index_name, id, org_id, version, fields, keywords, document)
       SELECT $1, id, org_id, version, fields, keywords,
              setweight(to_tsvector('simple', a), 'A') || setweight(to_tsvector('simple', b), 'B') ||
              setweight(to_tsvector('simple', c), 'C') || setweight(to_tsvector('simple', d), 'D')
       FROM jsonb_to_recordset($2::jsonb)
         AS x(id text, org_id text, version int, fields jsonb, keywords text[], a text, b text, c text, d text)
       ON CONFLICT (index_name, id) DO UPDATE
         SET org_id = EXCLUDED.org_id, version = EXCLUDED.version, fields = EXCLUDED.fields,
             keywords = EXCLUDED.keywords, document = EXCLUDED.document
         WHERE s.version < EXCLUDED.version
       RETURNING id`,
      [index, JSON.stringify(rows)],
    );
    this.unmerged += applied.length;
    if (this.unmerged >= GIN_MERGE_EVERY_DOCUMENTS) await this.mergePendingEntries();
    return applied.length;
  }

  /**
   * Merges the GIN indexes' pending lists into the indexes (what VACUUM does; PGlite runs none).
   * Maintenance, not the request's work: it is not counted as a round trip of the write that triggered it.
   */
  async mergePendingEntries(): Promise<void> {
    this.unmerged = 0;
    await this.db.db.query(`SELECT ${GIN_INDEXES.map((name) => `gin_clean_pending_list('${name}'::regclass)`).join(', ')}`, []);
  }

  async remove(index: string, orgId: string, ids: string[]): Promise<void> {
    await this.run('DELETE FROM search_documents WHERE index_name = $1 AND org_id = $2 AND id = ANY ($3::text[])', [index, orgId, ids]);
  }

  async get(index: string, orgId: string, ids: string[]): Promise<Map<string, SearchDocument>> {
    const rows = await this.run<{ id: string; version: number; fields: SearchDocument['fields'] }>(
      'SELECT id, version, fields FROM search_documents WHERE index_name = $1 AND org_id = $2 AND id = ANY ($3::text[])',
      [index, orgId, ids],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, orgId, version: r.version, fields: r.fields }]));
  }

  async search(index: string, orgId: string, query: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
    const text = tokenizeToText(query.text);
    if (!text) return { total: 0, hits: [] };
    const { weights } = await this.index(index);
    // `any`: the terms ORed, each one quoted as a lexeme (to_tsquery would read its punctuation as operators).
    const tsquery = query.match === 'any' ? `to_tsquery('simple', $3)` : `plainto_tsquery('simple', $3)`;
    const terms = query.match === 'any' ? anyOf(text) : text;
    const filter = Object.entries(query.filter ?? {}).flatMap(([field, values]) => values.map((v) => keyword(field, v)));
    // The keyword condition only when there is a filter: `@> '{}'` matches every row, and the planner may
    // then read the whole keyword GIN index. `matches` is read twice (total and page), so it is computed
    // once: every match is ranked (the top of the ranking needs them all) and counted exactly.
    const [row] = await this.run<{ total: number; hits: SearchHit[] }>(
      `WITH q AS (SELECT ${tsquery} AS tsq),
       matches AS (
         SELECT s.id, ts_rank($4::float4[], s.document, q.tsq) AS score
         FROM search_documents s, q
         WHERE s.index_name = $1 AND s.org_id = $2 AND s.document @@ q.tsq${filter.length ? ' AND s.keywords @> $7::text[]' : ''}
       )
       SELECT (SELECT count(*)::int FROM matches) AS total,
              coalesce((SELECT json_agg(json_build_object('id', id, 'score', score))
                        FROM (SELECT id, score FROM matches ORDER BY score DESC, id LIMIT $5 OFFSET $6) page), '[]'::json) AS hits`,
      [index, orgId, terms, weights.rankWeights, query.first, query.offset ?? 0, ...(filter.length ? [filter] : [])],
    );
    return { total: row?.total ?? 0, hits: (row?.hits ?? []).map((h) => ({ id: h.id, score: Number(h.score) })) };
  }

  async refresh(): Promise<void> {
    // Writes are visible as soon as they commit.
  }

  async count(index: string, orgId: string): Promise<number> {
    const [row] = await this.run<{ n: number }>('SELECT count(*)::int AS n FROM search_documents WHERE index_name = $1 AND org_id = $2', [
      index,
      orgId,
    ]);
    return row?.n ?? 0;
  }

  async scan(index: string, { after, limit }: ScanPage): Promise<ScanRecord[]> {
    return this.run<ScanRecord>(
      `SELECT id, org_id AS "orgId", version FROM search_documents
       WHERE index_name = $1 AND ($2::text IS NULL OR id > $2)
       ORDER BY id LIMIT $3`,
      [index, after?.id ?? null, limit],
    );
  }

  async dropIndex(index: string): Promise<void> {
    await this.run('DELETE FROM search_indexes WHERE name = $1', [index]);
    this.specs.delete(index);
  }

  async clearOrg(index: string, orgId: string): Promise<void> {
    await this.run('DELETE FROM search_documents WHERE index_name = $1 AND org_id = $2', [index, orgId]);
  }

  async ping(): Promise<void> {
    await this.db.ping();
  }

  async close(): Promise<void> {}
}
