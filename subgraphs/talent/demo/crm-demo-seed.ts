import type { RelationalStore } from '../../../data/ports.ts';
import { oldestTalentIds } from '../../../data/records/talent-store.ts';
import { recordAudit, type AuditEvent } from '../../../data/audit/audit-recorder.ts';
import { insertNotes } from '../notes/note-store.ts';
import { noteAuditSnapshot } from '../notes/notes.ts';
import { addPoolMembers, insertPool } from '../pools/pool-store.ts';
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
    const goTalents = await oldestTalentIds(tx, orgId, 20, 'go');
    const python = await oldestTalentIds(tx, orgId, 20, 'python');
    await addTagsInTransaction(tx, orgId, 'system', goTalents, ['go']);
    await addTagsInTransaction(tx, orgId, 'system', python, ['python', 'data']);
    await addTagsInTransaction(tx, orgId, 'system', goTalents.slice(0, 5), ['remote']);

    const pool = await insertPool(tx, orgId, { name: 'Go engineers', description: 'Backend engineers who write Go', ownerId: 'system' });
    if (pool) {
      await addPoolMembers(tx, orgId, pool.id, goTalents, 'system');
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

    const noted = (await oldestTalentIds(tx, orgId, DEMO_NOTES.length)).map((talentId, i) => ({ talentId, body: DEMO_NOTES[i]! }));
    const notes = await insertNotes(
      tx,
      orgId,
      noted.map((n) => ({ talentId: n.talentId, applicationId: null, body: n.body, mentions: [], authorId: 'system' })),
    );
    await recordAudit(
      tx,
      orgId,
      'system',
      notes.map((note) => ({
        action: 'note.add',
        entityType: 'note',
        entityId: note.id,
        talentId: note.talentId,
        after: noteAuditSnapshot(note),
      })),
    );
  });
}
