import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals, type RoundTripCounts } from '../../platform/round-trips.ts';
import { createTalents } from '../../data/records/talent-writes.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The CRM's list page as the frontend asks it: talents with their applications (and each
 * application's job and stage), tags, pools and first-degree relationships. The number of store
 * round trips must not grow with the page.
 */
const LIST = `query($first: Int, $marker: String!) {
  talents(first: $first, filter: { skillsAll: [$marker] }, sort: { field: NAME, direction: ASC }) {
    edges { node {
      id name
      tags { name }
      pools { name }
      applications { id status stage { key name } job { id title status } }
      relationships { type direction talent { id name } }
    } }
  }
}`;

const TALENTS = 110;

interface ListNode {
  id: string;
  tags: { name: string }[];
  applications: { job: { title: string } }[];
  relationships: { talent: { name: string } }[];
}

describe.each(STACK_MODES)('round trips of the CRM talent list ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const marker = 'roundtripmarker';

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    const names = Array.from({ length: TALENTS }, (_, i) => `Talent ${String(i).padStart(3, '0')}`);
    const talents = await createTalents(
      t.stack.runtime.data.stores.relational,
      t.orgId,
      names.map((name) => ({ name, headline: null, skills: [marker, 'Go'] })),
    );
    const ids = talents.map((talent) => talent.id);
    const jobIds: string[] = [];
    for (const title of ['Backend Engineer', 'Data Engineer']) {
      const job = await t.request<{ createJob: { id: string } }>('mutation($input: CreateJobInput!) { createJob(input: $input) { id } }', {
        input: { title, status: 'OPEN', requiredSkills: ['Go'] },
      });
      jobIds.push(job.body.data!.createJob.id);
    }
    // Every talent applies to one job, every third to both; everyone is tagged; a chain of relationships.
    const writes: Promise<{ body: { errors?: unknown } }>[] = [];
    ids.forEach((talentId, i) => {
      writes.push(
        t.request('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }', {
          input: { talentId, jobId: jobIds[i % 2] },
        }),
      );
      if (i % 3 === 0) {
        writes.push(
          t.request('mutation($input: CreateApplicationInput!) { createApplication(input: $input) { id } }', {
            input: { talentId, jobId: jobIds[(i + 1) % 2] },
          }),
        );
      }
      if (i > 0 && i % 2 === 0) {
        writes.push(
          t.request('mutation($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }', {
            input: { fromTalentId: ids[i - 1], toTalentId: talentId, type: 'KNOWS' },
          }),
        );
      }
    });
    writes.push(t.request('mutation($ids: [ID!]!) { tagTalents(talentIds: $ids, tags: ["go", "shanghai"]) { changed } }', { ids }));
    for (let i = 0; i < writes.length; i += 20) {
      for (const response of await Promise.all(writes.slice(i, i + 20))) expect(response.body.errors).toBeUndefined();
    }
    const pool = await t.request<{ createTalentPool: { id: string } }>(
      'mutation { createTalentPool(input: { name: "Round trips" }) { id } }',
    );
    await t.request('mutation($pool: ID!, $ids: [ID!]!) { addToTalentPool(poolId: $pool, talentIds: $ids) { changed } }', {
      pool: pool.body.data!.createTalentPool.id,
      ids: ids.slice(0, 50),
    });
    await t.stack.runtime.data.projector.drainUntilIdle();
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  async function measure(first: number): Promise<RoundTripCounts> {
    const before = roundTripTotals();
    const response = await t.request<{ talents: { edges: { node: ListNode }[] } }>(LIST, { first, marker });
    const counts = diffRoundTrips(roundTripTotals(), before);
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.talents.edges.map((e) => e.node);
    expect(nodes).toHaveLength(first);
    // Real data came back: every talent has its application(s) and tags, and the chain shows.
    expect(nodes.every((n) => n.applications.length >= 1 && n.tags.length === 2)).toBe(true);
    expect(nodes.filter((n) => n.relationships.length > 0).length).toBeGreaterThan(first / 3);
    return counts;
  }

  it.runIf(available)('costs the same store round trips for 10 talents as for 100', async () => {
    await measure(5); // warm-up
    const ten = await measure(10);
    const hundred = await measure(100);
    console.log(`[${mode}] CRM list round trips for 10 talents: ${JSON.stringify(ten)}; for 100: ${JSON.stringify(hundred)}`);
    expect(hundred).toEqual(ten);
    // Relational: the page; one batched read each for the applications, their jobs, the pipeline
    // stages, tags, pools, and the talents at the other end of the relationships. Graph: one read
    // for every talent's relationships. Nothing from vector, search or cache.
    expect(ten).toEqual({ relational: 7, graph: 1, vector: 0, search: 0, cache: 0 });
  });
});
