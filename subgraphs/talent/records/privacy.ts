import type { DataLayer } from '../../../data/data-layer.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { type Loaders } from '../../../data/loaders.ts';
import { isUuid } from '../../../platform/ids.ts';
import { scrubOutboxOf } from '../../../data/outbox.ts';
import type { RelationalStore, SqlExecutor } from '../../../data/ports.ts';
import { appendRelationshipDeletions, RELATIONSHIP_AGGREGATE } from '../../../data/projections/relationship-projection.ts';
import {
  TALENT_AGGREGATE,
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
} from '../../../data/projections/talent-projection.ts';
import { deleteRelationshipsOfTalent, exportRelationshipsOf } from '../../../data/records/relationship-store.ts';
import { deleteResumesOfTalent, exportResumesOf } from '../../../data/records/resume-store.ts';
import { readInSnapshot } from '../../../data/records/snapshot.ts';
import { exportTalentRowsOf, lockVisibleTalent, talentsMergedInto } from '../../../data/records/talent-store.ts';
import { requireScope } from '../../../platform/checks.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Logger } from '../../../platform/logger.ts';
import type { Viewer } from '../../../platform/viewer.ts';
import { clearRejectionReasonsOf, exportApplicationsOf } from '../applications/application-store.ts';
import { clearStageMoveReasonsOf } from '../applications/stage-move-store.ts';
import { exportAuditEntriesOf, scrubAuditEntriesOf } from '../../../data/audit/audit-log-store.ts';
import { deleteNotesOfTalent, exportNotesOf } from '../notes/note-store.ts';
import { deletePoolMembershipsOf, exportPoolMembershipsOf } from '../pools/pool-store.ts';
import { countExternalIdsOf, exportExternalIdsOf } from '../sync/import-store.ts';
import { deleteTalentTagsOf, exportTalentTagsOf } from '../tags/tag-store.ts';
import { writeTombstones } from './tombstones.ts';

/** The graph edge types a talent node may have (the talent projection's and the relationships'). */
const TALENT_EDGE_TYPES = ['HAS_SKILL', 'WORKED_AT', 'STUDIED_AT', 'REFERRED_BY', 'WORKED_WITH', 'MANAGED', 'KNOWS'] as const;

/**
 * What Looma caches under a talent's own key: nothing. The cache holds rate-limit counters per viewer,
 * failed-login counters per user e-mail and address (identity), chat conversations per user and matching's
 * rankings per job, none of them keyed by a talent, though both may quote one:
 * - a conversation's answers: before one is shown or continued, a turn citing a talent no longer there loses
 *   its answer and that citation and is stored again (subgraphs/chat/conversations/erased-records.ts);
 * - a ranking's match explanations: keyed by its organisation's matching generation, which the erasure's
 *   outbox event replaces, so it is never read again and expires within matching's ranking TTL (10 minutes).
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
  private readonly data: DataLayer;
  private readonly loaders: Loaders;
  private readonly logger: Logger;

  constructor(data: DataLayer, loaders: Loaders, logger: Logger) {
    this.data = data;
    this.loaders = loaders;
    this.logger = logger;
  }

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

    const [exported, nodes, edges, vectors, documents, cached] = await Promise.all([
      readRelationalExport(relational, orgId, id),
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
      relational: JSON.stringify(exported),
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

/** `document` with its keys in the order Postgres keeps a jsonb object's: shorter (in bytes) first, then by their UTF-8 bytes. */
export function inJsonbKeyOrder<T extends Record<string, unknown>>(document: T): T {
  const keys = Object.keys(document).sort(
    (a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  return Object.fromEntries(keys.map((key) => [key, document[key]])) as T;
}

/**
 * Everything the source of truth holds on talent `id` (resumes without their bytes), one JSON
 * object read through each table's owner in one snapshot; its keys in jsonb's order, as when the
 * export was one jsonb_build_object.
 */
async function readRelationalExport(db: RelationalStore, orgId: string, id: string): Promise<Record<string, unknown>> {
  return readInSnapshot(db, async (tx) => {
    const { talent, mergedTalents } = await exportTalentRowsOf(tx, orgId, id);
    return inJsonbKeyOrder({
      talent,
      mergedTalents,
      externalIds: await exportExternalIdsOf(tx, orgId, id),
      applications: await exportApplicationsOf(tx, orgId, id),
      notes: await exportNotesOf(tx, orgId, id),
      tags: await exportTalentTagsOf(tx, orgId, id),
      pools: await exportPoolMembershipsOf(tx, orgId, id),
      relationships: await exportRelationshipsOf(tx, orgId, id),
      resumes: await exportResumesOf(tx, orgId, id),
      auditEntries: await exportAuditEntriesOf(tx, orgId, id),
    });
  });
}

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
  if (!(await lockVisibleTalent(tx, orgId, id))) throw notFound('Talent', id);
  // The person's earlier identities: talents merged into it (already cleared tombstones).
  const personIds = [id, ...(await talentsMergedInto(tx, orgId, id))];

  const deleted = {
    notes: await deleteNotesOfTalent(tx, orgId, id),
    tags: await deleteTalentTagsOf(tx, orgId, id),
    pools: await deletePoolMembershipsOf(tx, orgId, id),
    resumes: await deleteResumesOfTalent(tx, orgId, id),
    relationships: await deleteRelationshipsOfTalent(tx, orgId, id),
  };
  // Applications stay (counts) without their rejection and stage-move reasons.
  const applications = await clearRejectionReasonsOf(tx, orgId, id);
  await clearStageMoveReasonsOf(tx, orgId, id);
  const externalIds = await countExternalIdsOf(tx, orgId, id);
  const audit = await scrubAuditEntriesOf(tx, orgId, personIds);
  // Before the deletion events below, which must stay pending.
  const outbox = await scrubOutboxOf(
    tx,
    orgId,
    { aggregateType: TALENT_AGGREGATE, ids: personIds },
    { aggregateType: RELATIONSHIP_AGGREGATE, ids: deleted.relationships.map((r) => r.id) },
  );
  await appendRelationshipDeletions(
    tx,
    deleted.relationships.map((r) => ({ id: r.id, orgId, version: r.version })),
  );
  const [tombstone] = await writeTombstones(tx, orgId, [id], { status: 'ERASED' });

  const erasure: RelationalErasure = {
    erasedAt: tombstone!.at,
    notes: deleted.notes,
    tags: deleted.tags,
    pools: deleted.pools,
    relationships: deleted.relationships.length,
    resumes: deleted.resumes,
    audit,
    applications,
    externalIds,
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
