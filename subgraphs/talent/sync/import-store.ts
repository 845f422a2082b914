import type { SqlExecutor } from '../../../data/ports.ts';

/**
 * The SQL of the upstream sync: the talent_external_ids table's one owner (which upstream key leads
 * to which talent, the hash of the row imported last and the newest upstream timestamp). The merges
 * a key is followed through and the set-based profile update an import makes are the talents
 * table's (data/records/talent-store.ts `followMerges`, `writeTalentProfiles`). No viewer:
 * talent-import.ts decides what is written.
 */

/** A known key's bookkeeping and the talent it leads to now (followed through merges), with that talent's status. */
export interface KnownKey {
  source: string;
  external_id: string;
  row_hash: string | null;
  upstream_updated_at: Date | string | null;
  talent_id: string;
  status: string;
}

/** One import per organisation at a time (until the transaction ends): two calls creating the same new key cannot both create it. */
export async function lockOrgImports(tx: SqlExecutor, orgId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('looma:talent-import:' || $1::text, 0))`, [orgId]);
}

/** A known key's bookkeeping and the talent it was recorded for (talent-import.ts follows it through merges). */
export type ExternalIdRow = Omit<KnownKey, 'status'>;

/** The known keys among `keys`, with the talent each was last recorded for. */
export async function readExternalIds(
  tx: SqlExecutor,
  orgId: string,
  keys: readonly { source: string; externalId: string }[],
): Promise<ExternalIdRow[]> {
  return tx.query<ExternalIdRow>(
    `SELECT e.source, e.external_id, e.row_hash, e.upstream_updated_at, e.talent_id
     FROM talent_external_ids e
     JOIN unnest($2::text[], $3::text[]) AS w(source, external_id) ON w.source = e.source AND w.external_id = e.external_id
     WHERE e.org_id = $1`,
    [orgId, keys.map((k) => k.source), keys.map((k) => k.externalId)],
  );
}

/** Records, for every applied row, which talent its key leads to, the hash of the row and the newest upstream timestamp. */
export async function upsertExternalIds(
  tx: SqlExecutor,
  orgId: string,
  keys: readonly { source: string; externalId: string; talentId: string; rowHash: string; upstreamUpdatedAt: Date | null }[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx.query(
    `INSERT INTO talent_external_ids (org_id, source, external_id, talent_id, row_hash, upstream_updated_at, imported_at)
     SELECT $1, x.source, x.external_id, x.talent_id, x.row_hash, x.upstream_updated_at, date_trunc('milliseconds', clock_timestamp())
     FROM jsonb_to_recordset($2::jsonb) AS x(source text, external_id text, talent_id uuid, row_hash text, upstream_updated_at timestamptz)
     ON CONFLICT (org_id, source, external_id) DO UPDATE SET
       talent_id = EXCLUDED.talent_id,
       row_hash = EXCLUDED.row_hash,
       upstream_updated_at = greatest(talent_external_ids.upstream_updated_at, EXCLUDED.upstream_updated_at),
       imported_at = EXCLUDED.imported_at`,
    [
      orgId,
      JSON.stringify(
        keys.map((key) => ({
          source: key.source,
          external_id: key.externalId,
          talent_id: key.talentId,
          row_hash: key.rowHash,
          upstream_updated_at: key.upstreamUpdatedAt?.toISOString() ?? null,
        })),
      ),
    ],
  );
}

/** A merge: the upstream ids of `fromIds` follow the person to `toId` (a later import of any of them updates the talent kept). */
export async function moveExternalIdsToTalent(tx: SqlExecutor, orgId: string, fromIds: readonly string[], toId: string): Promise<void> {
  await tx.query('UPDATE talent_external_ids SET talent_id = $2 WHERE org_id = $1 AND talent_id = ANY ($3::uuid[])', [
    orgId,
    toId,
    fromIds,
  ]);
}

/** How many upstream ids lead to talent `id` (an erasure keeps them, so a re-import reports ERASED). */
export async function countExternalIdsOf(tx: SqlExecutor, orgId: string, id: string): Promise<number> {
  const [counted] = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM talent_external_ids WHERE org_id = $1 AND talent_id = $2',
    [orgId, id],
  );
  return counted?.n ?? 0;
}

/** The talent's upstream ids as a data export holds them (JSON, by source and id). */
export async function exportExternalIdsOf(db: SqlExecutor, orgId: string, talentId: string): Promise<unknown[]> {
  const [row] = await db.query<{ external_ids: unknown[] }>(
    `SELECT coalesce(jsonb_agg(to_jsonb(x) - 'org_id' ORDER BY x.source, x.external_id), '[]') AS external_ids
     FROM talent_external_ids x WHERE x.org_id = $1 AND x.talent_id = $2`,
    [orgId, talentId],
  );
  return row!.external_ids;
}
