import type { Logger } from '../platform/logger.ts';
import type { DataLayer } from './data-layer.ts';
import { pendingOutboxAggregates } from './outbox.ts';
import { orgStore } from './records/org-store.ts';
import { toTalentRecord, type TalentRow } from './records/talent-record.ts';
import { scanVisibleRelationshipRows, visibleRelationshipOrgs } from './records/relationship-store.ts';
import { scanVisibleTalentRows, visibleTalentOrgs } from './records/talent-store.ts';
import type { ProjectionTarget } from './projector.ts';
import { bumpMatchingGenerations } from './projections/matching-invalidation.ts';
import type { ScanPage, ScanRecord } from './ports.ts';
import {
  RELATIONSHIP_AGGREGATE,
  RELATIONSHIP_TYPES,
  relationshipProjection,
  toRelationshipSnapshot,
  type RelationshipRow,
} from './projections/relationship-projection.ts';
import {
  TALENT_AGGREGATE,
  TALENT_GRAPH_LABEL,
  TALENT_SEARCH_INDEX,
  TALENT_VECTOR_COLLECTION,
  talentProjection,
  toTalentSnapshot,
} from './projections/talent-projection.ts';

/**
 * `npm run consistency`: every projection compared with PostgreSQL, the source of truth: talents
 * in the graph, vector and search stores, and talent-to-talent relationships in the graph. Two passes per store, each in pages so memory stays bounded whatever the
 * size: PostgreSQL's visible talents against what the store holds (missing, stale), then the
 * store's records against PostgreSQL (extra: erased, merged or never written). Entities with an
 * outbox event still pending are in flight, not drift: the projector will apply them.
 * `repair` re-projects through the projector's own targets (version-guarded upserts and removes),
 * then checks again. What it re-projects is what events that died left behind, replayed from
 * PostgreSQL: like the projector, it then starts a new matching generation for each organisation it
 * repaired (when the cache store is open), so no ranking computed over the drifted stores is served.
 */

export type ProjectionDifferenceKind = 'missing' | 'stale' | 'extra';

/** What is checked: talents in each projection store, relationships in the graph store. */
export type CheckedProjection = 'graph' | 'vector' | 'search' | 'relationships';

/**
 * How a store's projected version relates to the source's; null when the projection is current.
 * The one comparison behind `Talent.projections` and `npm run consistency`.
 */
export function projectionDifference(
  sourceVersion: number | undefined,
  projectedVersion: number | undefined,
): ProjectionDifferenceKind | null {
  if (sourceVersion === undefined) return projectedVersion === undefined ? null : 'extra';
  if (projectedVersion === undefined) return 'missing';
  return projectedVersion === sourceVersion ? null : 'stale';
}

export interface ProjectionDifference {
  projection: CheckedProjection;
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
  relationships: number;
  /** Entities skipped because an outbox event for them is still pending. */
  inFlight: number;
  stores: Record<CheckedProjection, StoreConsistency>;
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

interface SourceRow {
  id: string;
  org_id: string;
  version: number;
}

/** One projection as the check walks it: the source's rows, the store's versions and records, the projector's target. */
interface Projection<Row extends SourceRow> {
  name: CheckedProjection;
  /** What the source calls the entity (report lines). */
  entity: string;
  aggregateType: string;
  adapter: string;
  /** A page of the source's visible rows, by id. */
  sourcePage(after: string, limit: number): Promise<Row[]>;
  /** Which of `ids` the source shows, as `org:id`. */
  visible(ids: string[]): Promise<Set<string>>;
  /** The projected version of each of `rows` (one org) the store holds. */
  read(orgId: string, rows: Row[]): Promise<Map<string, number>>;
  scan(page: ScanPage): Promise<ScanRecord[]>;
  target: ProjectionTarget<unknown>;
  snapshot(row: Row): unknown;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function versions(map: Map<string, { version: number }>): Map<string, number> {
  return new Map([...map].map(([id, value]) => [id, value.version]));
}

const uuids = (ids: string[]) => [...new Set(ids)].filter((id) => UUID.test(id));

function projections(data: DataLayer): Projection<SourceRow>[] {
  const { stores } = data;
  const talents = talentProjection(stores, data.embedder);
  const talentSource = {
    entity: 'talent',
    aggregateType: TALENT_AGGREGATE,
    sourcePage: (after: string, limit: number) => scanVisibleTalentRows(stores.relational, after, limit),
    visible: async (ids: string[]) => new Set((await visibleTalentOrgs(stores.relational, uuids(ids))).map((t) => `${t.orgId}:${t.id}`)),
    snapshot: (row: SourceRow) => toTalentSnapshot(toTalentRecord(row as TalentRow)),
  };
  const ids = (rows: SourceRow[]) => rows.map((r) => r.id);
  const relationshipTarget = relationshipProjection(stores).targets.graph!;
  return [
    {
      ...talentSource,
      name: 'graph',
      adapter: stores.adapters.graph,
      read: async (orgId, rows) => versions(await stores.graph.getNodes(TALENT_GRAPH_LABEL, orgId, ids(rows))),
      scan: (page) => stores.graph.scan(TALENT_GRAPH_LABEL, page),
      target: talents.targets.graph as ProjectionTarget<unknown>,
    },
    {
      ...talentSource,
      name: 'vector',
      adapter: stores.adapters.vector,
      read: async (orgId, rows) => versions(await stores.vector.get(TALENT_VECTOR_COLLECTION, orgId, ids(rows), { vectors: false })),
      scan: (page) => stores.vector.scan(TALENT_VECTOR_COLLECTION, page),
      target: talents.targets.vector as ProjectionTarget<unknown>,
    },
    {
      ...talentSource,
      name: 'search',
      adapter: stores.adapters.search,
      read: async (orgId, rows) => versions(await stores.search.get(TALENT_SEARCH_INDEX.name, orgId, ids(rows))),
      scan: (page) => stores.search.scan(TALENT_SEARCH_INDEX.name, page),
      target: talents.targets.search as ProjectionTarget<unknown>,
    },
    {
      name: 'relationships',
      entity: 'relationship',
      aggregateType: RELATIONSHIP_AGGREGATE,
      adapter: stores.adapters.graph,
      // Projected only between visible talents (as reindex projects them).
      sourcePage: (after, limit) => scanVisibleRelationshipRows(stores.relational, after, limit),
      visible: async (relationIds) =>
        new Set((await visibleRelationshipOrgs(stores.relational, uuids(relationIds))).map((r) => `${r.org_id}:${r.id}`)),
      read: async (orgId, rows) => {
        const ends = await stores.graph.relationsOf(
          TALENT_GRAPH_LABEL,
          orgId,
          [...new Set(rows.map((r) => (r as RelationshipRow).from_id))],
          [...RELATIONSHIP_TYPES],
        );
        return new Map([...ends.values()].flat().map((end) => [end.id, end.version]));
      },
      scan: (page) => stores.graph.scanRelations([...RELATIONSHIP_TYPES], page),
      target: relationshipTarget as ProjectionTarget<unknown>,
      snapshot: (row) => toRelationshipSnapshot(row as RelationshipRow),
    },
  ];
}

/** Compares every projection with PostgreSQL; with `repair`, fixes what differs and checks again. */
export async function runConsistency(data: DataLayer, options: ConsistencyOptions = {}): Promise<ConsistencyReport> {
  const started = performance.now();
  const first = await checkOnce(data, options);
  if (!options.repair) return { ...first, remaining: totalDifferences(first.stores), ms: Math.round(performance.now() - started) };
  const recheck = await checkOnce(data, { ...options, repair: false });
  return { ...first, remaining: totalDifferences(recheck.stores), ms: Math.round(performance.now() - started) };
}

function totalDifferences(stores: Record<CheckedProjection, StoreConsistency>): number {
  return Object.values(stores).reduce((sum, s) => sum + s.differences.missing + s.differences.stale + s.differences.extra, 0);
}

async function checkOnce(data: DataLayer, { repair = false, pageSize = 500, sampleLimit = 50, logger }: ConsistencyOptions) {
  const { stores } = data;
  const all = projections(data);
  const report = Object.fromEntries(
    all.map((p): [CheckedProjection, StoreConsistency] => [
      p.name,
      { adapter: p.adapter, checked: 0, differences: { missing: 0, stale: 0, extra: 0 }, samples: [], repaired: 0 },
    ]),
  ) as Record<CheckedProjection, StoreConsistency>;
  const counted = { talent: 0, relationship: 0 } as Record<string, number>;
  const inFlight = new Set<string>();
  const repairedOrgs = new Set<string>();
  await stores.search.refresh(TALENT_SEARCH_INDEX.name);

  for (const projection of all) {
    const entry = report[projection.name];
    const note = async (found: ProjectionDifference[]) => {
      const pending = await pendingAggregates(
        data,
        projection.aggregateType,
        found.map((d) => d.id),
      );
      const real = found.filter((d) => {
        if (!pending.has(d.id)) return true;
        inFlight.add(`${projection.aggregateType}:${d.id}`);
        return false;
      });
      for (const difference of real) {
        entry.differences[difference.kind] += 1;
        if (entry.samples.length < sampleLimit) entry.samples.push(difference);
      }
      return real;
    };

    // Pass 1: the source's visible rows, page by page, against the store.
    let rowsSeen = 0;
    for (let after = FIRST_ID; ;) {
      const rows = await projection.sourcePage(after, pageSize);
      if (rows.length === 0) break;
      rowsSeen += rows.length;
      after = rows.at(-1)!.id;
      const found: ProjectionDifference[] = [];
      for (const [orgId, group] of Map.groupBy(rows, (r) => r.org_id)) {
        const projected = await projection.read(orgId, group);
        for (const row of group) {
          const kind = projectionDifference(row.version, projected.get(row.id));
          if (kind)
            found.push({
              projection: projection.name,
              kind,
              orgId,
              id: row.id,
              sourceVersion: row.version,
              projectedVersion: projected.get(row.id) ?? null,
            });
        }
      }
      entry.checked += rows.length;
      const real = await note(found);
      if (repair && real.length > 0) {
        // Upserts keep the highest version, so a projection ahead of the source (PostgreSQL restored
        // from a backup, say) goes first.
        const ahead = real.filter((d) => d.projectedVersion !== null && d.sourceVersion !== null && d.projectedVersion > d.sourceVersion);
        for (const [orgId, group] of Map.groupBy(ahead, (d) => d.orgId))
          await projection.target.remove(
            orgId,
            group.map((d) => d.id),
          );
        const wanted = new Set(real.map((d) => d.id));
        await projection.target.upsert(rows.filter((r) => wanted.has(r.id)).map(projection.snapshot));
        entry.repaired += real.length;
        for (const difference of real) repairedOrgs.add(difference.orgId);
        logger?.info({ projection: projection.name, repaired: real.length }, 'consistency: re-projected missing or stale entities');
      }
    }
    counted[projection.entity] = rowsSeen;

    // Pass 2: the store's records against the source: what it no longer shows (or another org's) is extra.
    for (let after: ScanRecord | undefined; ;) {
      const records = await projection.scan({ after, limit: pageSize });
      if (records.length === 0) break;
      after = records.at(-1);
      const visible = await projection.visible(records.map((r) => r.id));
      // Only this database's organisations: a store shared with other deployments (a Neo4j has no
      // namespace) holds their records too, and those are none of this check's business.
      const orgs = await knownOrgs(
        data,
        records.map((r) => r.orgId),
      );
      const found = records
        .filter((r) => orgs.has(r.orgId) && !visible.has(`${r.orgId}:${r.id}`))
        .map((r): ProjectionDifference => ({
          projection: projection.name,
          kind: 'extra',
          orgId: r.orgId,
          id: r.id,
          sourceVersion: null,
          projectedVersion: r.version,
        }));
      const real = await note(found);
      if (repair && real.length > 0) {
        for (const [orgId, group] of Map.groupBy(real, (d) => d.orgId))
          await projection.target.remove(
            orgId,
            group.map((d) => d.id),
          );
        entry.repaired += real.length;
        for (const difference of real) repairedOrgs.add(difference.orgId);
        logger?.info({ projection: projection.name, removed: real.length }, 'consistency: removed projections PostgreSQL no longer shows');
      }
    }
  }
  if (repair) await stores.search.refresh(TALENT_SEARCH_INDEX.name);
  if (repairedOrgs.size && stores.ports.includes('cache')) await bumpMatchingGenerations(stores.cache, repairedOrgs);
  return { talents: counted.talent ?? 0, relationships: counted.relationship ?? 0, inFlight: inFlight.size, stores: report };
}

/** Which of `orgIds` are organisations of this database. */
async function knownOrgs({ stores }: DataLayer, orgIds: string[]): Promise<Set<string>> {
  const candidates = uuids(orgIds);
  if (candidates.length === 0) return new Set();
  return orgStore.existingIds(stores.relational, candidates);
}

/** The entities among `ids` with a pending outbox event: the projector has yet to apply them. */
async function pendingAggregates({ stores }: DataLayer, aggregateType: string, ids: string[]): Promise<Set<string>> {
  const candidates = uuids(ids);
  if (candidates.length === 0) return new Set();
  return pendingOutboxAggregates(stores.relational, aggregateType, candidates);
}

const ENTITY: Record<CheckedProjection, string> = { graph: 'talent', vector: 'talent', search: 'talent', relationships: 'relationship' };

/** The report as the command prints it: one block per projection, then the verdict. */
export function formatConsistencyReport(report: ConsistencyReport, { repair = false } = {}): string {
  const lines = [
    `${report.talents} talents and ${report.relationships} relationships in PostgreSQL${report.inFlight ? `, ${report.inFlight} in flight (outbox pending, skipped)` : ''}`,
  ];
  for (const [name, entry] of Object.entries(report.stores) as [CheckedProjection, StoreConsistency][]) {
    const { missing, stale, extra } = entry.differences;
    const total = missing + stale + extra;
    lines.push(
      `${name} (${entry.adapter}): ${total === 0 ? 'consistent' : `${total} difference(s): ${missing} missing, ${stale} stale, ${extra} extra`}` +
        (repair && entry.repaired ? `; repaired ${entry.repaired}` : ''),
    );
    for (const d of entry.samples) {
      const versions =
        d.kind === 'missing'
          ? `PostgreSQL v${d.sourceVersion}`
          : d.kind === 'stale'
            ? `projected v${d.projectedVersion}, PostgreSQL v${d.sourceVersion}`
            : `projected v${d.projectedVersion}, not in PostgreSQL`;
      lines.push(`  ${d.kind.padEnd(7)} ${ENTITY[name]} ${d.id} (org ${d.orgId}): ${versions}`);
    }
    if (total > entry.samples.length) lines.push(`  … and ${total - entry.samples.length} more`);
  }
  lines.push(
    report.remaining === 0
      ? 'no differences left'
      : `${report.remaining} difference(s) left${repair ? ' after repair' : '; run with --repair to fix them'}`,
  );
  return lines.join('\n');
}
