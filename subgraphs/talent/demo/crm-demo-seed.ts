import type { RelationalStore } from '../../../data/ports.ts';
import { recordAudit, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import { addTagsInTransaction } from '../tags/tags.ts';

const DEMO_NOTES = [
  'Met at the Shanghai Go meetup; strong on Kubernetes operators. Open to a hybrid role from September.',
  '电话沟通：对远程岗位感兴趣，期望薪资面议。下周再跟进。',
  'Referred by a former colleague. Prefers backend work; ask about on-call expectations.',
];

/**
 * The demo organisation's tags, a pool and a few notes, written like the mutations write them
 * (audit entries included, Looma as the actor), so the timeline and the audit log have something to show.
 */
export async function seedDemoNotesTagsPools(db: RelationalStore, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const pick = async (condition: string, limit: number) =>
      (
        await tx.query<{ id: string }>(`SELECT id FROM talents WHERE org_id = $1 AND ${condition} ORDER BY created_at, id LIMIT ${limit}`, [
          orgId,
        ])
      ).map((row) => row.id);
    const goTalents = await pick("'go' = ANY (skill_keys)", 20);
    const python = await pick("'python' = ANY (skill_keys)", 20);
    await addTagsInTransaction(tx, orgId, 'system', goTalents, ['go']);
    await addTagsInTransaction(tx, orgId, 'system', python, ['python', 'data']);
    await addTagsInTransaction(tx, orgId, 'system', goTalents.slice(0, 5), ['remote']);

    const [pool] = await tx.query<{ id: string; name: string }>(
      `INSERT INTO talent_pools (org_id, name, description, owner_id) VALUES ($1, 'Go engineers', 'Backend engineers who write Go', 'system')
       ON CONFLICT (org_id, lower(name)) DO NOTHING RETURNING id, name`,
      [orgId],
    );
    if (pool) {
      await tx.query(
        `INSERT INTO talent_pool_members (org_id, pool_id, talent_id, added_by) SELECT $1, $2, id, 'system' FROM unnest($3::uuid[]) AS t(id)`,
        [orgId, pool.id, goTalents],
      );
      const snapshot = { id: pool.id, name: pool.name, description: 'Backend engineers who write Go', ownerId: null };
      await recordAudit(tx, orgId, 'system', [
        { action: 'pool.create', entityType: 'talent_pool', entityId: pool.id, after: snapshot },
        ...goTalents.map((talentId): AuditEvent => ({
          action: 'pool.add',
          entityType: 'talent_pool',
          entityId: pool.id,
          talentId,
          after: snapshot,
        })),
      ]);
    }

    const noted = (await pick('true', DEMO_NOTES.length)).map((talentId, i) => ({ talentId, body: DEMO_NOTES[i]! }));
    const notes = await tx.query<{ id: string; talent_id: string; body: string }>(
      `INSERT INTO notes (org_id, talent_id, body, author_id)
       SELECT $1, talent_id, body, 'system' FROM jsonb_to_recordset($2::jsonb) AS x(talent_id uuid, body text)
       RETURNING id, talent_id, body`,
      [orgId, JSON.stringify(noted.map((n) => ({ talent_id: n.talentId, body: n.body })))],
    );
    await recordAudit(
      tx,
      orgId,
      'system',
      notes.map((note) => ({
        action: 'note.add',
        entityType: 'note',
        entityId: note.id,
        talentId: note.talent_id,
        after: {
          id: note.id,
          talentId: note.talent_id,
          applicationId: null,
          authorId: 'system',
          mentions: [],
          excerpt: note.body,
          length: note.body.length,
        },
      })),
    );
  });
}
