import type { SqlExecutor } from '../../../data/ports.ts';

/**
 * The `talent_audit_attributes` table's one owner: what an organisation records about a talent for
 * fairness audits only (and `talent_audit_attribute_erasures`': the names an erasure removed). Matching's audit (`matching-audit.ts`) is its only reader; the ranking and
 * the scorer never import this module (a test in this folder keeps it so). Every query filters by
 * the `orgId` it is given; nothing here knows a viewer.
 */

export interface AuditAttributeRecord {
  name: string;
  value: string;
  recordedAt: Date;
}

interface AuditAttributeRow {
  name: string;
  value: string;
  recorded_at: Date | string;
}

const toAttribute = (row: AuditAttributeRow): AuditAttributeRecord => ({
  name: row.name,
  value: row.value,
  recordedAt: new Date(row.recorded_at),
});

/** A talent's audit attributes, by name. */
export async function auditAttributesOf(db: SqlExecutor, orgId: string, talentId: string): Promise<AuditAttributeRecord[]> {
  const rows = await db.query<AuditAttributeRow>(
    'SELECT name, value, recorded_at FROM talent_audit_attributes WHERE org_id = $1 AND talent_id = $2 ORDER BY name',
    [orgId, talentId],
  );
  return rows.map(toAttribute);
}

/**
 * Sets the talent's attributes `set` (a new value replaces the old one, recorded now) and removes
 * those named in `remove`.
 */
export async function writeAuditAttributes(
  tx: SqlExecutor,
  orgId: string,
  talentId: string,
  set: readonly { name: string; value: string }[],
  remove: readonly string[],
): Promise<void> {
  if (remove.length) {
    await tx.query('DELETE FROM talent_audit_attributes WHERE org_id = $1 AND talent_id = $2 AND name = ANY ($3::text[])', [
      orgId,
      talentId,
      [...remove],
    ]);
  }
  if (set.length) {
    await tx.query(
      `INSERT INTO talent_audit_attributes (org_id, talent_id, name, value)
       SELECT $1, $2, name, value FROM jsonb_to_recordset($3::jsonb) AS x(name text, value text)
       ON CONFLICT (org_id, talent_id, name)
       DO UPDATE SET value = EXCLUDED.value, recorded_at = date_trunc('milliseconds', clock_timestamp())`,
      [orgId, talentId, JSON.stringify(set)],
    );
  }
}

/**
 * The names of the audit attributes the talent's erasure removed (migration 0014: the tombstone trigger notes them
 * before it deletes the rows; values are never kept), by name; none for a talent not erased or that had none.
 */
export async function erasedAuditAttributeNames(db: SqlExecutor, orgId: string, talentId: string): Promise<string[]> {
  const [row] = await db.query<{ names: string[] }>(
    'SELECT names FROM talent_audit_attribute_erasures WHERE org_id = $1 AND talent_id = $2',
    [orgId, talentId],
  );
  return row?.names ?? [];
}

/** The value of the attribute `name` for each of the talents `talentIds` that has one recorded. */
export async function auditAttributeValues(
  db: SqlExecutor,
  orgId: string,
  name: string,
  talentIds: readonly string[],
): Promise<Map<string, string>> {
  if (talentIds.length === 0) return new Map();
  const rows = await db.query<{ talent_id: string; value: string }>(
    'SELECT talent_id, value FROM talent_audit_attributes WHERE org_id = $1 AND name = $2 AND talent_id = ANY ($3::uuid[])',
    [orgId, name, [...talentIds]],
  );
  return new Map(rows.map((row) => [row.talent_id, row.value]));
}
