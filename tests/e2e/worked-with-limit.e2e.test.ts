import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTalents } from '../../data/records/talent-writes.ts';
import { MAX_DERIVED_COLLEAGUES } from '../../data/records/worked-with.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/** Derived WORKED_WITH stops at crowded companies, so pairs cannot grow with the square of an employer. */
describe.each(STACK_MODES)('derived worked-with at a crowded company ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const colleagues = (prefix: string, count: number, company: string) =>
    Array.from({ length: count }, (_, i) => ({
      name: `${prefix} ${i}`,
      headline: null,
      skills: [],
      employments: [{ company, title: 'Engineer', start: '2020-01', end: null }],
    }));
  const derivedPairs = async (company: string) => {
    const [row] = await t.stack.runtime.data.stores.relational.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM talent_relationships WHERE org_id = $1 AND derived AND detail->>'company' = $2`,
      [t.orgId, company],
    );
    return row!.n;
  };

  it.runIf(available)('derives every pair at a small company, and none once a company passes the limit', async () => {
    const { relational } = t.stack.runtime.data.stores;
    await createTalents(relational, t.orgId, colleagues('Small', 4, 'SmallCo'));
    await createTalents(relational, t.orgId, colleagues('Mega', 5, 'MegaCorp'));
    expect(await derivedPairs('SmallCo')).toBe(6);
    expect(await derivedPairs('MegaCorp')).toBe(10);

    // MegaCorp grows past the limit: its pairs go (with deletion events), SmallCo's stay.
    const pending = await relational.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE org_id = $1 AND event_type = 'relationship.deleted'`,
      [t.orgId],
    );
    await createTalents(relational, t.orgId, colleagues('More', MAX_DERIVED_COLLEAGUES, 'MegaCorp'));
    expect(await derivedPairs('MegaCorp')).toBe(0);
    expect(await derivedPairs('SmallCo')).toBe(6);
    const deleted = await relational.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE org_id = $1 AND event_type = 'relationship.deleted'`,
      [t.orgId],
    );
    expect(deleted[0]!.n - pending[0]!.n).toBe(10);
    await t.stack.runtime.data.projector.drainUntilIdle();
  });
});
