import { appendToOutbox } from '../../../data/outbox.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { TALENT_AGGREGATE } from '../../../data/projections/talent-projection.ts';
import { writeTombstoneRows, type Tombstone } from '../../../data/records/talent-store.ts';

/**
 * The talents a merge or an erasure turns into tombstones (the rows through data/records/talent-store.ts,
 * the talents table's one owner), each with the `talent.deleted` outbox event that makes graph,
 * vector and search drop it: once for both.
 */

/** Turns the talents `ids` into tombstones with their deletion events; each tombstone's id, version and time. */
export async function writeTombstones(
  tx: SqlExecutor,
  orgId: string,
  ids: readonly string[],
  tombstone: Tombstone,
): Promise<{ id: string; version: number; at: Date }[]> {
  const rows = await writeTombstoneRows(tx, orgId, ids, tombstone);
  await appendToOutbox(
    tx,
    rows.map((t) => ({
      orgId,
      aggregateType: TALENT_AGGREGATE,
      aggregateId: t.id,
      aggregateVersion: t.version,
      eventType: `${TALENT_AGGREGATE}.deleted`,
      payload: { id: t.id, orgId },
    })),
  );
  return rows;
}
