import { appendToOutbox } from '../outbox.ts';
import type { SqlExecutor } from '../ports.ts';

/**
 * Talent-to-talent relationships: each row of `talent_relationships` is its own aggregate in the
 * outbox, projected to the graph store as one edge between two Talent nodes.
 */
export const RELATIONSHIP_AGGREGATE = 'relationship';

export type RelationshipType = 'REFERRED_BY' | 'WORKED_WITH' | 'MANAGED' | 'KNOWS';

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
