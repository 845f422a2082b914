import type { RelationalStore } from '../../../data/ports.ts';
import {
  appendRelationshipUpserts,
  isSymmetric,
  toRelationshipSnapshot,
  type RelationshipType,
} from '../../../data/projections/relationship-projection.ts';
import { recordAudit } from '../../../data/audit/audit-recorder.ts';
import { insertRelationships } from '../../../data/records/relationship-store.ts';
import { oldestTalentIds } from '../../../data/records/talent-store.ts';

/** Who knows whom among the first demo talents: offsets into their creation order, and the type. */
const DEMO_LINKS: [number, number, RelationshipType][] = [
  ...Array.from({ length: 20 }, (_, i): [number, number, RelationshipType] => [i * 2, i * 2 + 1, 'KNOWS']),
  ...Array.from({ length: 10 }, (_, i): [number, number, RelationshipType] => [i * 3 + 1, i * 3 + 4, 'KNOWS']),
  ...Array.from({ length: 8 }, (_, i): [number, number, RelationshipType] => [i * 5 + 2, i * 5, 'REFERRED_BY']),
  ...Array.from({ length: 6 }, (_, i): [number, number, RelationshipType] => [i * 7, i * 7 + 3, 'MANAGED']),
];

/**
 * A small network among the demo organisation's first talents, recorded like `addRelationship`
 * records it (rows, outbox events, an audit entry per talent; Looma as the actor), so
 * `Talent.network`, `talentPath` and `referrersInto` have something to show in the Sandbox.
 */
export async function seedDemoRelationships(db: RelationalStore, orgId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = await oldestTalentIds(tx, orgId, 60);
    const links = DEMO_LINKS.filter(([a, b]) => ids[a] && ids[b]).map(([a, b, type]) => {
      const [fromId, toId] = isSymmetric(type) && ids[a]! > ids[b]! ? [ids[b]!, ids[a]!] : [ids[a]!, ids[b]!];
      return { fromId, toId, type };
    });
    const rows = await insertRelationships(tx, orgId, links, 'system');
    const snapshots = rows.map(toRelationshipSnapshot);
    await appendRelationshipUpserts(tx, snapshots);
    await recordAudit(
      tx,
      orgId,
      'system',
      snapshots.flatMap((r) =>
        [r.fromId, r.toId].map((talentId) => ({
          action: 'relationship.add',
          entityType: 'relationship',
          entityId: r.id,
          talentId,
          after: { id: r.id, fromId: r.fromId, toId: r.toId, type: r.type, derived: false, detail: r.detail },
        })),
      ),
    );
  });
}
