import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embeddedDatabase } from '../../tests/support/adapters.ts';
import { GIN_MERGE_EVERY_DOCUMENTS, PgFulltextSearchStore } from './pg-fulltext-search.ts';

/** Pages `gin_clean_pending_list` merged from the full-text index's pending list: 0 when the list was already empty. */
async function pendingPagesMerged(): Promise<number> {
  const db = await embeddedDatabase();
  const [row] = (await db.db.query<{ pages: number }>(`SELECT gin_clean_pending_list('search_documents_fts'::regclass)::int AS pages`))
    .rows;
  return row!.pages;
}

describe('pg-fulltext: GIN pending lists (PGlite runs no VACUUM)', () => {
  it(`merges the pending entries once ${GIN_MERGE_EVERY_DOCUMENTS} documents were written, and every document stays findable`, async () => {
    const store = new PgFulltextSearchStore(await embeddedDatabase());
    const index = `gin_${randomUUID().slice(0, 8)}`;
    await store.ensureIndex({ name: index, textFields: { name: 3, skills: 3 }, keywordFields: ['skills'] });
    const orgId = randomUUID();
    const doc = (i: number) => ({
      id: randomUUID(),
      orgId,
      version: 1,
      fields: { name: `Person ${i} word${i}`, skills: ['Kubernetes', `skill${i % 7}`] },
    });
    // Below the threshold the entries stay pending (what a search reads in full); clear the list first.
    await pendingPagesMerged();
    await store.upsert(
      index,
      Array.from({ length: 40 }, (_, i) => doc(i)),
    );
    expect(await pendingPagesMerged()).toBeGreaterThan(0);
    // A write that takes the count over the threshold merges them itself.
    await store.upsert(
      index,
      Array.from({ length: GIN_MERGE_EVERY_DOCUMENTS }, (_, i) => doc(100 + i)),
    );
    expect(await pendingPagesMerged()).toBe(0);
    const all = await store.search(index, orgId, { text: 'kubernetes', first: 5 });
    expect(all.total).toBe(40 + GIN_MERGE_EVERY_DOCUMENTS);
    const any = await store.search(index, orgId, { text: 'word3 word150 nothing', first: 10, match: 'any' });
    expect(any.total).toBe(2);
    await store.dropIndex(index);
  });
});
