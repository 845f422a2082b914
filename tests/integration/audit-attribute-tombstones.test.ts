import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteRelationalStore } from '../../data/adapters/pglite-relational.ts';
import { migrate } from '../../data/migrate.ts';
import { writeTombstoneRows } from '../../data/records/talent-store.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { ensureDemoOrg } from '../../data/seed/demo-org.ts';
import {
  auditAttributesOf,
  erasedAuditAttributeNames,
  writeAuditAttributes,
} from '../../subgraphs/matching/audit/audit-attribute-store.ts';

/**
 * A talent's audit attributes follow its tombstone (migration 0012's trigger), whichever code writes
 * it: an erasure removes them, a merge moves them to the talent kept, whose own values win.
 */
const ORG = 'e5555555-5555-4555-8555-555555555555';

describe('audit attributes and tombstones', () => {
  let db: PGliteRelationalStore;
  beforeAll(async () => {
    db = await PGliteRelationalStore.open();
    await migrate(db, ['core']);
    await ensureDemoOrg(db, ORG);
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  const values = async (id: string) => (await auditAttributesOf(db, ORG, id)).map(({ name, value }) => ({ name, value }));

  it('moves a merged talent’s attributes to the talent kept (its own values win) and drops an erased one’s', async () => {
    const [kept, merged, erased] = await createTalents(db, ORG, [
      { name: 'Kept', headline: null, skills: [] },
      { name: 'Merged', headline: null, skills: [] },
      { name: 'Erased', headline: null, skills: [] },
    ]);
    await writeAuditAttributes(db, ORG, kept!.id, [{ name: 'gender', value: 'woman' }], []);
    await writeAuditAttributes(
      db,
      ORG,
      merged!.id,
      [
        { name: 'gender', value: 'man' },
        { name: 'age_band', value: '30-39' },
      ],
      [],
    );
    await writeAuditAttributes(db, ORG, erased!.id, [{ name: 'gender', value: 'man' }], []);

    await db.transaction((tx) => writeTombstoneRows(tx, ORG, [merged!.id], { status: 'MERGED', mergedInto: kept!.id }));
    expect(await values(kept!.id)).toEqual([
      { name: 'age_band', value: '30-39' },
      { name: 'gender', value: 'woman' },
    ]);
    expect(await values(merged!.id)).toEqual([]);

    await db.transaction((tx) => writeTombstoneRows(tx, ORG, [erased!.id], { status: 'ERASED' }));
    expect(await values(erased!.id)).toEqual([]);
    expect(await values(kept!.id)).toHaveLength(2);
    // The erasure noted what it removed (names only, for eraseTalent's report); a merge and a live talent note nothing.
    expect(await erasedAuditAttributeNames(db, ORG, erased!.id)).toEqual(['gender']);
    expect(await erasedAuditAttributeNames(db, ORG, merged!.id)).toEqual([]);
    expect(await erasedAuditAttributeNames(db, ORG, kept!.id)).toEqual([]);
  });

  it('notes nothing for an erased talent that had no audit attribute, and never a value', async () => {
    const [plain, recorded] = await createTalents(db, ORG, [
      { name: 'Plain', headline: null, skills: [] },
      { name: 'Recorded', headline: null, skills: [] },
    ]);
    await writeAuditAttributes(
      db,
      ORG,
      recorded!.id,
      [
        { name: 'ethnicity', value: 'hui' },
        { name: 'age_band', value: '40-49' },
      ],
      [],
    );
    await db.transaction((tx) => writeTombstoneRows(tx, ORG, [plain!.id, recorded!.id], { status: 'ERASED' }));
    expect(await erasedAuditAttributeNames(db, ORG, plain!.id)).toEqual([]);
    expect(await erasedAuditAttributeNames(db, ORG, recorded!.id)).toEqual(['age_band', 'ethnicity']);
    const [row] = await db.query<{ text: string }>('SELECT t::text AS text FROM talent_audit_attribute_erasures t WHERE talent_id = $1', [
      recorded!.id,
    ]);
    expect(row!.text).not.toMatch(/hui|40-49/);
  });
});
