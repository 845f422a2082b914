import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoRelationships } from '../../subgraphs/talent/demo/relationship-demo-seed.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/** The demo network the Sandbox shows: recorded like addRelationship, projected, and queryable. */
describe('the demo relationship network', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 60 });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('records 44 relationships once, with events and audit entries, and the graph answers network queries', async () => {
    const { relational } = t.stack.runtime.data.stores;
    await seedDemoRelationships(relational, t.orgId);
    await seedDemoRelationships(relational, t.orgId); // a second run adds nothing
    const [rows] = await relational.query<{ n: number }>('SELECT count(*)::int AS n FROM talent_relationships WHERE org_id = $1', [
      t.orgId,
    ]);
    const [events] = await relational.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE org_id = $1 AND aggregate_type = 'relationship'",
      [t.orgId],
    );
    const [audit] = await relational.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE org_id = $1 AND action = 'relationship.add'",
      [t.orgId],
    );
    expect([rows!.n, events!.n, audit!.n]).toEqual([44, 44, 88]);
    await t.stack.runtime.data.projector.drainUntilIdle();

    const [first] = await relational.query<{ id: string }>('SELECT id FROM talents WHERE org_id = $1 ORDER BY created_at, id LIMIT 1', [
      t.orgId,
    ]);
    const response = await t.request<{ talent: { relationships: { type: string }[]; network: { degree: number }[] } }>(
      'query($id: ID!) { talent(id: $id) { relationships { type } network(depth: 3) { degree } } }',
      { id: first!.id },
    );
    expect(response.body.errors).toBeUndefined();
    // The first talent knows the second, managed the fourth, and referred the third.
    expect(response.body.data!.talent.relationships.map((r) => r.type).sort()).toEqual(['KNOWS', 'MANAGED', 'REFERRED_BY']);
    expect(response.body.data!.talent.network.some((m) => m.degree === 3)).toBe(true);
  });
});
