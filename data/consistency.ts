import type { Logger } from '../platform/logger.ts';
import { groupBy } from '../platform/group-by.ts';
import type { DataLayer } from './data-layer.ts';
import { TALENT_COLUMNS, VISIBLE_TALENT, toTalentRecord, type TalentRow } from './loaders.ts';
import type { ProjectionStore } from './projector.ts';
import type { ScanPage, ScanRecord, Stores } from './ports.ts';
import {
  TALENT_AGGREGATE,
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
  talentProjection,
  toTalentSnapshot,
} from './projections/talent-projection.ts';

/**
 * `npm run consistency`: every talent projection (graph, vector, search) compared with PostgreSQL,
 * the source of truth. Two passes per store, each in pages so memory stays bounded whatever the
 * size: PostgreSQL's visible talents against what the store holds (missing, stale), then the
 * store's records against PostgreSQL (extra: erased, merged or never written). Talents with an
 * outbox event still pending are in flight, not drift: the projector will apply them.
 * `repair` re-projects through the projector's own targets (version-guarded upserts and removes),
 * then checks again.
 */

export type ProjectionDifferenceKind = 'missing' | 'stale' | 'extra';

/**
 * How a store's projected version relates to the source's; null when the projection is current.
 * The one comparison behind `Talent.projections` and `npm run consistency`.
 */
export function projectionDifference(sourceVersion: number | undefined, projectedVersion: number | undefined): ProjectionDifferenceKind | null {
  if (sourceVersion === undefined) return projectedVersion === undefined ? null : 'extra';
  if (projectedVersion === undefined) return 'missing';
  return projectedVersion === sourceVersion ? null : 'stale';
}

export interface ProjectionDifference {
  store: ProjectionStore;
  kind: ProjectionDifferenceKind;
  orgId: string;
  id: string;
  sourceVersion: number | null;
  projectedVersion: number | null;
}

export interface StoreConsistency {
  adapter: string;
  checked: number;
  differences: Record<ProjectionDifferenceKind, number>;
  /** The first differences found (at most `sampleLimit`), for the report. */
  samples: ProjectionDifference[];
  repaired: number;
}

export interface ConsistencyReport {
  talents: number;
  /** Talents skipped because an outbox event for them is still pending. */
  inFlight: number;
  stores: Record<ProjectionStore, StoreConsistency>;
  /** Differences left: after a repair, what the re-check found. */
  remaining: number;
  ms: number;
}

export interface ConsistencyOptions {
  repair?: boolean;
  pageSize?: number;
  sampleLimit?: number;
  logger?: Logger;
}

/** How each projection store holds talents: read versions by id (one org), scan everything. */
const TALENT_PROJECTIONS: Record<
  ProjectionStore,
  { read(stores: Stores, orgId: string, ids: string[]): Promise<Map<string, number>>; scan(stores: Stores, page: ScanPage): Promise<ScanRecord[]> }
> = {
  graph: {
    read: async (stores, orgId, ids) => versions(await stores.graph.getNodes(TALENT_GRAPH_LABEL, orgId, ids)),
    scan: (stores, page) => stores.graph.scan(TALENT_GRAPH_LABEL, page),
  },
  vector: {
    read: async (stores, orgId, ids) => versions(await stores.vector.get(TALENT_VECTOR_COLLECTION, orgId, ids, { vectors: false })),
    scan: (stores, page) => stores.vector.scan(TALENT_VECTOR_COLLECTION, page),
  },
  search: {
    read: async (stores, orgId, ids) => versions(await stores.search.get(TALENT_SEARCH_INDEX.name, orgId, ids)),
    scan: (stores, page) => stores.search.scan(TALENT_SEARCH_INDEX.name, page),
  },
};

const PROJECTION_STORES = Object.keys(TALENT_PROJECTIONS) as ProjectionStore[];
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

function versions(map: Map<string, { version: number }>): Map<string, number> {
  return new Map([...map].map(([id, value]) => [id, value.version]));
}

/** Compares every talent projection with PostgreSQL; with `repair`, fixes what differs and checks again. */
export async function runConsistency(data: DataLayer, options: ConsistencyOptions = {}): Promise<ConsistencyReport> {
  const started = performance.now();
  const first = await checkOnce(data, options);
  if (!options.repair) return { ...first, remaining: totalDifferences(first.stores), ms: Math.round(performance.now() - started) };
  const recheck = await checkOnce(data, { ...options, repair: false });
  return { ...first, remaining: totalDifferences(recheck.stores), ms: Math.round(performance.now() - started) };
}

function totalDifferences(stores: Record<ProjectionStore, StoreConsistency>): number {
  return Object.values(stores).reduce((sum, s) => sum + s.differences.missing + s.differences.stale + s.differences.extra, 0);
}

async function checkOnce(data: DataLayer, { repair = false, pageSize = 500, sampleLimit = 50, logger }: ConsistencyOptions) {
  const { stores } = data;
  const handler = talentProjection(stores, data.embedder);
  const fresh = (store: ProjectionStore): StoreConsistency => ({
    adapter: stores.adapters[store],
    checked: 0,
    differences: { missing: 0, stale: 0, extra: 0 },
    samples: [],
    repaired: 0,
  });
  const report: Record<ProjectionStore, StoreConsistency> = { graph: fresh('graph'), vector: fresh('vector'), search: fresh('search') };
  const inFlight = new Set<string>();
  const note = async (found: ProjectionDifference[]) => {
    const pending = await pendingAggregates(data, found.map((d) => d.id));
    const real = found.filter((d) => {
      if (!pending.has(d.id)) return true;
      inFlight.add(d.id);
      return false;
    });
    for (const difference of real) {
      const entry = report[difference.store];
      entry.differences[difference.kind] += 1;
      if (entry.samples.length < sampleLimit) entry.samples.push(difference);
    }
    return real;
  };

  await stores.search.refresh(TALENT_SEARCH_INDEX.name);

  // Pass 1: PostgreSQL's visible talents, page by page, against each store.
  let talents = 0;
  for (let after = FIRST_ID; ; ) {
    const rows = await stores.relational.query<TalentRow>(`SELECT ${TALENT_COLUMNS} FROM talents WHERE id > $1 AND ${VISIBLE_TALENT} ORDER BY id LIMIT $2`, [
      after,
      pageSize,
    ]);
    if (rows.length === 0) break;
    talents += rows.length;
    after = rows.at(-1)!.id;
    for (const store of PROJECTION_STORES) {
      const found: ProjectionDifference[] = [];
      for (const [orgId, group] of groupBy(rows, (r) => r.org_id)) {
        const projected = await TALENT_PROJECTIONS[store].read(stores, orgId, group.map((r) => r.id));
        for (const row of group) {
          const kind = projectionDifference(row.version, projected.get(row.id));
          if (kind) found.push({ store, kind, orgId, id: row.id, sourceVersion: row.version, projectedVersion: projected.get(row.id) ?? null });
        }
      }
      report[store].checked += rows.length;
      const real = await note(found);
      if (repair && real.length > 0) {
        const target = handler.targets[store]!;
        // Upserts keep the highest version, so a projection ahead of the source (PostgreSQL restored
        // from a backup, say) goes first.
        const ahead = real.filter((d) => d.projectedVersion !== null && d.sourceVersion !== null && d.projectedVersion > d.sourceVersion);
        for (const [orgId, group] of groupBy(ahead, (d) => d.orgId)) await target.remove(orgId, group.map((d) => d.id));
        const wanted = new Set(real.map((d) => d.id));
        const snapshots = rows.filter((r) => wanted.has(r.id)).map(toTalentRecord).map(toTalentSnapshot);
        await target.upsert(snapshots);
        report[store].repaired += real.length;
        logger?.info({ store, repaired: real.length }, 'consistency: re-projected missing or stale talents');
      }
    }
  }

  // Pass 2: each store's records against PostgreSQL: what the source no longer shows (or another org's) is extra.
  for (const store of PROJECTION_STORES) {
    for (let after: ScanRecord | undefined; ; ) {
      const records = await TALENT_PROJECTIONS[store].scan(stores, { after, limit: pageSize });
      if (records.length === 0) break;
      after = records.at(-1);
      const sources = await stores.relational.query<{ id: string; org_id: string }>(
        `SELECT id, org_id FROM talents WHERE id = ANY ($1::uuid[]) AND ${VISIBLE_TALENT}`,
        [records.map((r) => r.id).filter((id) => UUID.test(id))],
      );
      const visible = new Set(sources.map((s) => `${s.org_id}:${s.id}`));
      // Only this database's organisations: a store shared with other deployments (a Neo4j has no
      // namespace) holds their records too, and those are none of this check's business.
      const orgs = await knownOrgs(data, records.map((r) => r.orgId));
      const found = records
        .filter((r) => orgs.has(r.orgId) && !visible.has(`${r.orgId}:${r.id}`))
        .map((r): ProjectionDifference => ({ store, kind: 'extra', orgId: r.orgId, id: r.id, sourceVersion: null, projectedVersion: r.version }));
      const real = await note(found);
      if (repair && real.length > 0) {
        for (const [orgId, group] of groupBy(real, (d) => d.orgId)) await handler.targets[store]!.remove(orgId, group.map((d) => d.id));
        report[store].repaired += real.length;
        logger?.info({ store, removed: real.length }, 'consistency: removed projections PostgreSQL no longer shows');
      }
    }
  }
  if (repair) await stores.search.refresh(TALENT_SEARCH_INDEX.name);
  return { talents, inFlight: inFlight.size, stores: report };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Which of `orgIds` are organisations of this database. */
async function knownOrgs({ stores }: DataLayer, orgIds: string[]): Promise<Set<string>> {
  const candidates = [...new Set(orgIds)].filter((id) => UUID.test(id));
  if (candidates.length === 0) return new Set();
  const rows = await stores.relational.query<{ id: string }>('SELECT id FROM orgs WHERE id = ANY ($1::uuid[])', [candidates]);
  return new Set(rows.map((r) => r.id));
}

/** The talents among `ids` with a pending outbox event: the projector has yet to apply them. */
async function pendingAggregates({ stores }: DataLayer, ids: string[]): Promise<Set<string>> {
  const candidates = [...new Set(ids)].filter((id) => UUID.test(id));
  if (candidates.length === 0) return new Set();
  const rows = await stores.relational.query<{ aggregate_id: string }>(
    `SELECT DISTINCT aggregate_id FROM outbox WHERE state = 'pending' AND aggregate_type = $1 AND aggregate_id = ANY ($2::uuid[])`,
    [TALENT_AGGREGATE, candidates],
  );
  return new Set(rows.map((r) => r.aggregate_id));
}

/** The report as the command prints it: one block per store, then the verdict. */
export function formatConsistencyReport(report: ConsistencyReport, { repair = false } = {}): string {
  const lines = [`${report.talents} talents in PostgreSQL${report.inFlight ? `, ${report.inFlight} in flight (outbox pending, skipped)` : ''}`];
  for (const store of PROJECTION_STORES) {
    const entry = report.stores[store];
    const { missing, stale, extra } = entry.differences;
    const total = missing + stale + extra;
    lines.push(
      `${store} (${entry.adapter}): ${total === 0 ? 'consistent' : `${total} difference(s): ${missing} missing, ${stale} stale, ${extra} extra`}` +
        (repair && entry.repaired ? `; repaired ${entry.repaired}` : ''),
    );
    for (const d of entry.samples) {
      const versions = d.kind === 'missing' ? `PostgreSQL v${d.sourceVersion}` : d.kind === 'stale' ? `projected v${d.projectedVersion}, PostgreSQL v${d.sourceVersion}` : `projected v${d.projectedVersion}, not in PostgreSQL`;
      lines.push(`  ${d.kind.padEnd(7)} talent ${d.id} (org ${d.orgId}): ${versions}`);
    }
    if (total > entry.samples.length) lines.push(`  … and ${total - entry.samples.length} more`);
  }
  lines.push(report.remaining === 0 ? 'no differences left' : `${report.remaining} difference(s) left${repair ? ' after repair' : '; run with --repair to fix them'}`);
  return lines.join('\n');
}
