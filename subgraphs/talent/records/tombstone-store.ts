import { appendToOutbox } from '../../../data/outbox.ts';
import type { SqlExecutor } from '../../../data/ports.ts';
import { TALENT_AGGREGATE } from '../../../data/projections/talent-projection.ts';
import type { TalentRecord } from '../../../data/records/talent-record.ts';
import { TALENT_COLUMNS, toTalentRecord, type TalentRow } from '../../../data/records/talent-store.ts';

/**
 * The talents rows a merge or an erasure turns into tombstones: a MERGED or ERASED row keeps its id
 * (foreign keys, counts, the audit trail) and loses every personal column. The reads and writes of
 * the talents table that only these two need; the rest of its SQL is data/records/talent-store.ts.
 */

/** A talent as a merge locks it: any status, with the talent it was merged into. */
export interface LockedTalent {
  talent: TalentRecord;
  mergedInto: string | null;
}

/** Every talent of the org among `ids` (valid uuids), whatever its status, locked in id order (two overlapping merges wait instead of deadlocking). */
export async function lockTalents(tx: SqlExecutor, orgId: string, ids: readonly string[]): Promise<LockedTalent[]> {
  const rows = await tx.query<TalentRow & { merged_into: string | null }>(
    `SELECT ${TALENT_COLUMNS}, merged_into FROM talents WHERE org_id = $1 AND id = ANY ($2::uuid[]) ORDER BY id FOR UPDATE`,
    [orgId, ids],
  );
  return rows.map((row) => ({ talent: toTalentRecord(row), mergedInto: row.merged_into }));
}

/** The ids of the talents merged into `id`: the person's earlier identities. */
export async function talentsMergedInto(tx: SqlExecutor, orgId: string, id: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 AND merged_into = $2', [orgId, id]);
  return rows.map((row) => row.id);
}

/** Every personal column cleared; the name says why. */
const personalCleared = (name: '[merged]' | '[erased]') =>
  `name = '${name}', latin_name = NULL, chinese_name = NULL, headline = NULL, skills = '{}', languages = '{}',
  emails = '{}', phones = '{}', location = NULL, current_title = NULL, current_company = NULL, years_of_experience = NULL,
  titles = '{}', companies = '{}', schools = '{}', employments = '[]', links = '[]', consent = '[]'`;

export type Tombstone = { status: 'MERGED'; mergedInto: string } | { status: 'ERASED' };

/**
 * Turns the talents `ids` into tombstones (version + 1), with a `talent.deleted` outbox event each
 * so graph, vector and search drop them. Returns each tombstone's id, version and time.
 */
export async function writeTombstones(
  tx: SqlExecutor,
  orgId: string,
  ids: readonly string[],
  tombstone: Tombstone,
): Promise<{ id: string; version: number; at: Date }[]> {
  const rows =
    tombstone.status === 'MERGED'
      ? await tx.query<{ id: string; version: number; updated_at: Date | string }>(
          `UPDATE talents SET status = 'MERGED', merged_into = $2, ${personalCleared('[merged]')},
                  version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
           WHERE org_id = $1 AND id = ANY ($3::uuid[])
           RETURNING id, version, updated_at`,
          [orgId, tombstone.mergedInto, ids],
        )
      : await tx.query<{ id: string; version: number; updated_at: Date | string }>(
          `UPDATE talents SET status = 'ERASED', erased_at = date_trunc('milliseconds', clock_timestamp()), archived_at = NULL,
                  ${personalCleared('[erased]')},
                  version = version + 1, updated_at = date_trunc('milliseconds', clock_timestamp())
           WHERE org_id = $1 AND id = ANY ($2::uuid[])
           RETURNING id, version, erased_at AS updated_at`,
          [orgId, ids],
        );
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
  return rows.map((row) => ({ id: row.id, version: row.version, at: new Date(row.updated_at) }));
}
