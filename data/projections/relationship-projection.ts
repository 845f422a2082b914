import { appendToOutbox } from '../outbox.ts';
import type { GraphRelation, SqlExecutor, Stores } from '../ports.ts';
import type { ProjectionHandler } from '../projector.ts';
import { TALENT_GRAPH_LABEL } from './talent-projection.ts';

/**
 * Talent-to-talent relationships: each row of `talent_relationships` is its own aggregate in the
 * outbox, projected to the graph store as one edge between two Talent nodes.
 */
export const RELATIONSHIP_AGGREGATE = 'relationship';

export const RELATIONSHIP_TYPES = ['REFERRED_BY', 'WORKED_WITH', 'MANAGED', 'KNOWS'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
/** KNOWS and WORKED_WITH have no direction: stored once, with from_id < to_id. */
export const isSymmetric = (type: RelationshipType) => type === 'KNOWS' || type === 'WORKED_WITH';

/** The whole row, as the outbox event carries it. */
export interface RelationshipSnapshot {
  id: string;
  orgId: string;
  fromId: string;
  toId: string;
  type: RelationshipType;
  derived: boolean;
  detail: Record<string, unknown>;
  version: number;
  createdAt: string;
}

/** A row of `talent_relationships`. */
export interface RelationshipRow {
  id: string;
  org_id: string;
  from_id: string;
  to_id: string;
  type: RelationshipType;
  derived: boolean;
  detail: Record<string, unknown>;
  version: number;
  created_at: Date | string;
}

export const RELATIONSHIP_COLUMNS = 'id, org_id, from_id, to_id, type, derived, detail, version, created_at';

export function toRelationshipSnapshot(row: RelationshipRow): RelationshipSnapshot {
  return {
    id: row.id,
    orgId: row.org_id,
    fromId: row.from_id,
    toId: row.to_id,
    type: row.type,
    derived: row.derived,
    detail: row.detail,
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** `relationship.upserted` events for rows just written, in the writer's transaction. */
export async function appendRelationshipUpserts(tx: SqlExecutor, relationships: RelationshipSnapshot[]): Promise<void> {
  await appendToOutbox(
    tx,
    relationships.map((r) => ({
      orgId: r.orgId,
      aggregateType: RELATIONSHIP_AGGREGATE,
      aggregateId: r.id,
      aggregateVersion: r.version,
      eventType: `${RELATIONSHIP_AGGREGATE}.upserted`,
      payload: r as unknown as Record<string, unknown>,
    })),
  );
}

/** `relationship.deleted` events for rows just deleted (their last version + 1), in the writer's transaction. */
export async function appendRelationshipDeletions(
  tx: SqlExecutor,
  relationships: Pick<RelationshipSnapshot, 'id' | 'orgId' | 'version'>[],
): Promise<void> {
  await appendToOutbox(
    tx,
    relationships.map((r) => ({
      orgId: r.orgId,
      aggregateType: RELATIONSHIP_AGGREGATE,
      aggregateId: r.id,
      aggregateVersion: r.version + 1,
      eventType: `${RELATIONSHIP_AGGREGATE}.deleted`,
      payload: { id: r.id, orgId: r.orgId },
    })),
  );
}

/** The graph edge of a relationship: its id, version and what a reader of the graph shows (detail, derived, created). */
export function relationshipGraphRelation(r: RelationshipSnapshot): GraphRelation {
  const text = (key: string) => (typeof r.detail[key] === 'string' ? (r.detail[key] as string) : null);
  return {
    id: r.id,
    orgId: r.orgId,
    version: r.version,
    label: TALENT_GRAPH_LABEL,
    fromId: r.fromId,
    toId: r.toId,
    type: r.type,
    props: { derived: r.derived, note: text('note'), company: text('company'), from: text('from'), to: text('to'), createdAt: r.createdAt },
  };
}

/** Applies relationship events to the graph store: one edge per relationship between two Talent nodes. */
export function relationshipProjection(stores: Pick<Stores, 'graph'>): ProjectionHandler<RelationshipSnapshot> {
  return {
    aggregateType: RELATIONSHIP_AGGREGATE,
    targets: {
      graph: {
        upsert: async (snapshots) => void (await stores.graph.upsertRelations(snapshots.map(relationshipGraphRelation))),
        remove: (orgId, ids) => stores.graph.removeRelations(orgId, [...RELATIONSHIP_TYPES], ids),
      },
    },
  };
}
