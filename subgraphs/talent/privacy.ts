import type { DataLayer } from '../../data/data-layer.ts';
import { appendToOutbox } from '../../data/outbox.ts';
import { isUuid, VISIBLE_TALENT, type Loaders } from '../../data/loaders.ts';
import type { SqlExecutor } from '../../data/ports.ts';
import { appendRelationshipDeletions } from '../../data/projections/relationship-projection.ts';
import {
  TALENT_AGGREGATE,
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
} from '../../data/projections/talent-projection.ts';
import { requireScope } from '../../platform/checks.ts';
import { notFound } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import type { Viewer } from '../../platform/viewer.ts';
import { recordAudit } from '../../data/audit/audit-recorder.ts';

/** The graph edge types a talent node may have (the talent projection's and the relationships'). */
const TALENT_EDGE_TYPES = ['HAS_SKILL', 'WORKED_AT', 'STUDIED_AT', 'REFERRED_BY', 'WORKED_WITH', 'MANAGED', 'KNOWS'] as const;

/**
 * What Looma caches about a talent: nothing. The cache holds rate-limit counters per viewer and
 * failed-login counters per user e-mail and address (identity), none of them about a talent.
 * A feature that caches per talent adds its keys here, and export and erasure cover them.
 */
const talentCacheKeys = (orgId: string, talentId: string): string[] => {
  void orgId;
  void talentId;
  return [];
};

export interface TalentDataExport {
  talentId: string;
  exportedAt: Date;
  relational: string;
  graph: string;
  vector: string;
  search: string;
  cache: string;
}

export interface StoreErasure {
  store: 'relational' | 'graph' | 'vector' | 'search' | 'cache';
  removed: string[];
}

export interface EraseResult {
  talentId: string;
  erasedAt: Date;
  stores: StoreErasure[];
}

/** Counts the erasure transaction reports for the relational store. */
interface RelationalErasure {
  erasedAt: Date;
  notes: number;
  tags: number;
  pools: number;
  relationships: number;
  resumes: number;
  audit: number;
  applications: number;
  externalIds: number;
  outbox: number;
}

/**
 * Personal-data rights (PIPL, GDPR): a data-subject access export from all five stores, and an
 * erasure that leaves a tombstone (counts, foreign keys and the audit trail without the person).
 */
export class Privacy {
  constructor(
    private readonly data: DataLayer,
    private readonly loaders: Loaders,
    private readonly logger: Logger,
  ) {}

  /**
   * Everything on a visible talent of the viewer's org, one JSON document per store; null for an
   * unknown, other org's, merged or erased id. Resumes come with their extracted text and parsed
   * structure but without the original file's bytes (their size and SHA-256 say which file).
   */
  async export(viewerOrNull: Viewer | null, id: string): Promise<TalentDataExport | null> {
    const viewer = requireScope(viewerOrNull, 'admin');
    const talent = isUuid(id) ? await this.loaders.talentById.load(id) : null;
    if (!talent) return null;
    const { relational, graph, vector, search, cache } = this.data.stores;
    const orgId = viewer.orgId;

    const [[row], nodes, edges, vectors, documents, cached] = await Promise.all([
      relational.query<{ export: Record<string, unknown> }>(RELATIONAL_EXPORT, [orgId, id]),
      graph.getNodes(TALENT_GRAPH_LABEL, orgId, [id]),
      Promise.all(
        TALENT_EDGE_TYPES.map(
          async (type) => [type, (await graph.neighbors(TALENT_GRAPH_LABEL, orgId, [id], type)).get(id) ?? []] as const,
        ),
      ),
      vector.get(TALENT_VECTOR_COLLECTION, orgId, [id], { vectors: false }),
      search.get(TALENT_SEARCH_INDEX.name, orgId, [id]),
      talentCacheKeys(orgId, id).length ? cache.mget(talentCacheKeys(orgId, id)) : Promise.resolve([]),
    ]);
    const stored = vectors.get(id);
    const keys = talentCacheKeys(orgId, id);
    return {
      talentId: id,
      exportedAt: new Date(),
      relational: JSON.stringify(row?.export ?? {}),
      graph: JSON.stringify({
        store: graph.adapter,
        node: nodes.get(id) ?? null,
        // Outgoing edges of the talent's node; relationships recorded from another talent are in `relational.relationships`.
        edges: Object.fromEntries(edges.filter(([, to]) => to.length > 0)),
      }),
      vector: JSON.stringify({
        store: vector.adapter,
        collection: TALENT_VECTOR_COLLECTION,
        stored: stored !== undefined,
        version: stored?.version ?? null,
        model: this.data.embedder.model,
        dimensions: this.data.embedder.dimensions,
        // The embedding itself is numbers computed from the profile above; its metadata says what it is.
        embedding: stored
          ? `${this.data.embedder.dimensions} numbers computed by ${this.data.embedder.model} from the name, headline, skills, titles, companies and schools`
          : null,
      }),
      search: JSON.stringify({ store: search.adapter, index: TALENT_SEARCH_INDEX.name, document: documents.get(id) ?? null }),
      cache: JSON.stringify({
        store: cache.adapter,
        entries: keys.map((key, i) => ({ key, value: cached[i] ?? null })).filter((e) => e.value !== null),
        note: 'Looma caches nothing per talent: the cache holds rate-limit and failed-login counters of users, not talents.',
      }),
    };
  }

  /**
   * Erases a visible talent: one Postgres transaction turns the row into an ERASED tombstone and
   * removes or scrubs everything personal (see `eraseInTransaction`), with a `talent.deleted` event;
   * then the graph node, vector and search document are removed directly, so the report is true
   * when it returns (the projector's later deletion of the same ids changes nothing). A store that
   * cannot be reached then is reported as pending: the outbox event removes the data when it is back.
   * NOT_FOUND for an unknown, other org's, merged or already erased id.
   */
  async erase(viewerOrNull: Viewer | null, id: string): Promise<EraseResult> {
    const viewer = requireScope(viewerOrNull, 'admin');
    if (!isUuid(id)) throw notFound('Talent', id);
    const orgId = viewer.orgId;
    const counts = await this.data.stores.relational.transaction((tx) => eraseInTransaction(tx, viewer, id));
    this.loaders.talentById.clear(id).prime(id, null);

    const { graph, vector, search, cache } = this.data.stores;
    const stores: StoreErasure[] = [{ store: 'relational', removed: relationalReport(counts) }];
    stores.push({
      store: 'graph',
      removed: await this.directly('graph', async () => {
        const [nodes, edges] = await Promise.all([
          graph.getNodes(TALENT_GRAPH_LABEL, orgId, [id]),
          Promise.all(
            TALENT_EDGE_TYPES.map(async (type) => (await graph.neighbors(TALENT_GRAPH_LABEL, orgId, [id], type)).get(id)?.length ?? 0),
          ),
        ]);
        await graph.remove(TALENT_GRAPH_LABEL, orgId, [id]);
        const edgeCount = edges.reduce((a, b) => a + b, 0);
        return nodes.has(id) ? [`node and ${plural(edgeCount, 'edge')}`] : [];
      }),
    });
    stores.push({
      store: 'vector',
      removed: await this.directly('vector', async () => {
        const found = await vector.get(TALENT_VECTOR_COLLECTION, orgId, [id], { vectors: false });
        await vector.remove(TALENT_VECTOR_COLLECTION, orgId, [id]);
        return found.has(id) ? ['embedding'] : [];
      }),
    });
    stores.push({
      store: 'search',
      removed: await this.directly('search', async () => {
        const found = await search.get(TALENT_SEARCH_INDEX.name, orgId, [id]);
        await search.remove(TALENT_SEARCH_INDEX.name, orgId, [id]);
        await search.refresh(TALENT_SEARCH_INDEX.name);
        return found.has(id) ? ['search document'] : [];
      }),
    });
    stores.push({
      store: 'cache',
      removed: await this.directly('cache', async () => {
        const keys = talentCacheKeys(orgId, id);
        const removed = keys.length ? await cache.del(keys) : 0;
        return removed ? [plural(removed, 'cache entry', 'cache entries')] : [];
      }),
    });
    return { talentId: id, erasedAt: counts.erasedAt, stores };
  }

  private async directly(store: StoreErasure['store'], remove: () => Promise<string[]>): Promise<string[]> {
    try {
      return await remove();
    } catch (error) {
      this.logger.error({ err: error, store }, 'erasure: direct removal failed; the outbox deletion will retry it');
      return [`removal pending: the ${store} store did not answer; the queued deletion removes the data when it is back`];
    }
  }
}

const PERSONAL_ERASED = `name = '[erased]', latin_name = NULL, chinese_name = NULL, headline = NULL, skills = '{}', languages = '{}',
  emails = '{}', phones = '{}', location = NULL, current_title = NULL, current_company = NULL, years_of_experience = NULL,
  titles = '{}', companies = '{}', schools = '{}', employments = '[]', links = '[]', consent = '[]'`;

/**
 * The relational half of an erasure, in the caller's transaction: the row becomes an ERASED
 * tombstone (every personal column cleared); notes, tags, pool memberships, relationships (with
 * their deletion events) and resumes are deleted; applications stay (counts) but their rejection
 * and stage-move reasons are cleared; upstream ids stay, so a re-import of the same upstream row is
 * refused as ERASED instead of recreating the person; audit entries about the person (and about
 * the talents merged into it) keep action, actor, time and ids but lose `before`/`after`; earlier
 * outbox payloads of the person are scrubbed (pending ones are superseded by the deletion event).
 */
async function eraseInTransaction(tx: SqlExecutor, viewer: Viewer, id: string): Promise<RelationalErasure> {
  const orgId = viewer.orgId;
  const [talent] = await tx.query<{ id: string }>(`SELECT id FROM talents WHERE org_id = $1 AND id = $2 AND ${VISIBLE_TALENT} FOR UPDATE`, [
    orgId,
    id,
  ]);
  if (!talent) throw notFound('Talent', id);
  // The person's earlier identities: talents merged into it (already cleared tombstones).
  const merged = await tx.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 AND merged_into = $2', [orgId, id]);
  const personIds = [id, ...merged.map((m) => m.id)];

  const count = async (sql: string, params: unknown[]) =>
    (await tx.query<{ n: number }>(`WITH x AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM x`, params))[0]?.n ?? 0;
  const notes = await count('DELETE FROM notes WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const tags = await count('DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const pools = await count('DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const resumes = await count('DELETE FROM resumes WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const relationships = await tx.query<{ id: string; version: number }>(
    'DELETE FROM talent_relationships WHERE org_id = $1 AND (from_id = $2 OR to_id = $2) RETURNING id, version',
    [orgId, id],
  );
  const applications = await count(`UPDATE applications SET rejection_reason = NULL WHERE org_id = $1 AND talent_id = $2`, [orgId, id]);
  await tx.query(
    `UPDATE application_stage_moves m SET reason = NULL FROM applications a
     WHERE a.org_id = $1 AND a.talent_id = $2 AND m.application_id = a.id AND m.reason IS NOT NULL`,
    [orgId, id],
  );
  const [externalIds] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM talent_external_ids WHERE org_id = $1 AND talent_id = $2',
    [orgId, id],
  );
  const audit = await count(
    `UPDATE audit_log SET before = NULL, after = NULL
     WHERE org_id = $1 AND (talent_id = ANY ($2::uuid[]) OR (entity_type = 'talent' AND entity_id = ANY ($3::text[])))`,
    [orgId, personIds, personIds],
  );
  // Earlier events carried the whole profile: they keep their place in the log, not the person.
  const outbox = await count(
    `UPDATE outbox SET payload = jsonb_build_object('id', aggregate_id, 'orgId', org_id, 'erased', true),
            state = CASE WHEN state = 'pending' THEN 'done' ELSE state END,
            last_error = CASE WHEN state = 'pending' THEN 'superseded by an erasure' ELSE last_error END,
            processed_at = coalesce(processed_at, now()), leased_until = NULL
     WHERE org_id = $1 AND ((aggregate_type = $2 AND aggregate_id = ANY ($3::uuid[])) OR (aggregate_type = 'relationship' AND aggregate_id = ANY ($4::uuid[])))`,
    [orgId, TALENT_AGGREGATE, personIds, relationships.map((r) => r.id)],
  );
  await appendRelationshipDeletions(
    tx,
    relationships.map((r) => ({ id: r.id, orgId, version: r.version })),
  );

  const [tombstone] = await tx.query<{ version: number; erased_at: Date | string }>(
    `UPDATE talents SET status = 'ERASED', erased_at = date_trunc('milliseconds', clock_timestamp()), archived_at = NULL, ${PERSONAL_ERASED},
            version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
     WHERE org_id = $1 AND id = $2
     RETURNING version, erased_at`,
    [orgId, id],
  );
  await appendToOutbox(tx, [
    {
      orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: id,
      aggregateVersion: tombstone!.version,
      eventType: `${TALENT_AGGREGATE}.deleted`,
      payload: { id, orgId },
    },
  ]);
  const erasure: RelationalErasure = {
    erasedAt: new Date(tombstone!.erased_at),
    notes,
    tags,
    pools,
    relationships: relationships.length,
    resumes,
    audit,
    applications,
    externalIds: externalIds?.n ?? 0,
    outbox,
  };
  // No personal data: what went, counted.
  const { erasedAt, ...removed } = erasure;
  await recordAudit(tx, orgId, viewer, [
    { action: 'talent.erase', entityType: 'talent', entityId: id, talentId: id, after: { erasedAt: erasedAt.toISOString(), ...removed } },
  ]);
  return erasure;
}

function relationalReport(c: RelationalErasure): string[] {
  return [
    'talent profile',
    c.notes && plural(c.notes, 'note'),
    c.tags && plural(c.tags, 'tag'),
    c.pools && plural(c.pools, 'pool membership'),
    c.relationships && plural(c.relationships, 'relationship'),
    c.resumes && plural(c.resumes, 'resume'),
    c.audit && `${plural(c.audit, 'audit entry', 'audit entries')} scrubbed`,
    c.applications && `${plural(c.applications, 'application')} kept without reasons`,
    c.externalIds && `${plural(c.externalIds, 'upstream id')} kept (a re-import reports ERASED)`,
    c.outbox && `${plural(c.outbox, 'outbox event')} scrubbed`,
  ].filter((line): line is string => typeof line === 'string');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One query: everything the source of truth holds on the talent (resumes without their bytes). */
const RELATIONAL_EXPORT = `
SELECT jsonb_build_object(
  'talent', (SELECT to_jsonb(t) - 'skill_keys' FROM talents t WHERE t.org_id = $1 AND t.id = $2),
  'mergedTalents', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'mergedAt', t.updated_at) ORDER BY t.updated_at), '[]')
                    FROM talents t WHERE t.org_id = $1 AND t.merged_into = $2),
  'externalIds', (SELECT coalesce(jsonb_agg(to_jsonb(x) - 'org_id' ORDER BY x.source, x.external_id), '[]')
                  FROM talent_external_ids x WHERE x.org_id = $1 AND x.talent_id = $2),
  'applications', (SELECT coalesce(jsonb_agg((to_jsonb(a) - 'org_id') || jsonb_build_object(
                      'jobTitle', j.title,
                      'stageMoves', (SELECT coalesce(jsonb_agg(to_jsonb(m) - 'org_id' ORDER BY m.moved_at, m.id), '[]')
                                     FROM application_stage_moves m WHERE m.application_id = a.id)) ORDER BY a.created_at, a.id), '[]')
                   FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.org_id = $1 AND a.talent_id = $2),
  'notes', (SELECT coalesce(jsonb_agg(to_jsonb(n) - 'org_id' ORDER BY n.created_at, n.id), '[]')
            FROM notes n WHERE n.org_id = $1 AND n.talent_id = $2),
  'tags', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'name', g.name, 'addedBy', tt.added_by, 'addedAt', tt.added_at) ORDER BY g.name), '[]')
           FROM talent_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.org_id = $1 AND tt.talent_id = $2),
  'pools', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'addedBy', m.added_by, 'addedAt', m.added_at) ORDER BY p.name), '[]')
            FROM talent_pool_members m JOIN talent_pools p ON p.id = m.pool_id WHERE m.org_id = $1 AND m.talent_id = $2),
  'relationships', (SELECT coalesce(jsonb_agg(to_jsonb(r) - 'org_id' ORDER BY r.created_at, r.id), '[]')
                    FROM talent_relationships r WHERE r.org_id = $1 AND (r.from_id = $2 OR r.to_id = $2)),
  'resumes', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                'id', r.id, 'filename', r.filename, 'contentType', r.content_type, 'size', r.size,
                'contentSha256', encode(sha256(r.content), 'hex'), 'text', r.text, 'parsed', r.parsed,
                'createdBy', r.created_by, 'createdAt', r.created_at) ORDER BY r.created_at, r.id), '[]')
              FROM resumes r WHERE r.org_id = $1 AND r.talent_id = $2),
  'auditEntries', (SELECT coalesce(jsonb_agg(to_jsonb(l) - 'org_id' ORDER BY l.at, l.id), '[]')
                   FROM audit_log l WHERE l.org_id = $1 AND l.talent_id = $2)
) AS export`;
