import type { SqlExecutor } from '../../../data/ports.ts';

// The outbox scrub of an erasure is a statement of the outbox table's owner; privacy.ts reaches it here.
export { scrubOutboxOf } from '../../../data/outbox.ts';

/**
 * The SQL of personal-data rights: the relational half of an export (one query) and of an erasure
 * (what is deleted or cleared), inside the caller's transaction. No viewer: privacy.ts checks the
 * admin scope and decides the order.
 */

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

/** Everything the relational store holds on talent `id`, as one JSON object (empty when there is nothing). */
export async function readRelationalExport(db: SqlExecutor, orgId: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await db.query<{ export: Record<string, unknown> }>(RELATIONAL_EXPORT, [orgId, id]);
  return row?.export ?? {};
}

/** What the erasure deleted of a talent's own rows, counted (relationships with their ids and versions, for their deletion events). */
export interface DeletedPersonalRows {
  notes: number;
  tags: number;
  pools: number;
  resumes: number;
  relationships: { id: string; version: number }[];
}

const counted = async (tx: SqlExecutor, sql: string, params: unknown[]): Promise<number> =>
  (await tx.query<{ n: number }>(`WITH x AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM x`, params))[0]?.n ?? 0;

/** Deletes the talent's notes, tag links, pool memberships, resumes and relationships (either end). */
export async function deletePersonalRows(tx: SqlExecutor, orgId: string, id: string): Promise<DeletedPersonalRows> {
  const notes = await counted(tx, 'DELETE FROM notes WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const tags = await counted(tx, 'DELETE FROM talent_tags WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const pools = await counted(tx, 'DELETE FROM talent_pool_members WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const resumes = await counted(tx, 'DELETE FROM resumes WHERE org_id = $1 AND talent_id = $2', [orgId, id]);
  const relationships = await tx.query<{ id: string; version: number }>(
    'DELETE FROM talent_relationships WHERE org_id = $1 AND (from_id = $2 OR to_id = $2) RETURNING id, version',
    [orgId, id],
  );
  return { notes, tags, pools, resumes, relationships };
}

/** The talent's applications stay (counts) without their rejection and stage-move reasons; how many applications. */
export async function clearApplicationReasons(tx: SqlExecutor, orgId: string, id: string): Promise<number> {
  const applications = await counted(tx, 'UPDATE applications SET rejection_reason = NULL WHERE org_id = $1 AND talent_id = $2', [
    orgId,
    id,
  ]);
  await tx.query(
    `UPDATE application_stage_moves m SET reason = NULL FROM applications a
     WHERE a.org_id = $1 AND a.talent_id = $2 AND m.application_id = a.id AND m.reason IS NOT NULL`,
    [orgId, id],
  );
  return applications;
}
