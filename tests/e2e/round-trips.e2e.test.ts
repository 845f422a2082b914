import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRoundTrips, roundTripTotals, type RoundTripCounts } from '../../platform/round-trips.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/** Fields from two subgraphs (talent, ops) reading four stores: relational, graph, vector, search. */
const QUERY = `query($first: Int) {
  talents(first: $first) {
    totalCount
    edges { node { id name skills projections { isCurrent graph { version } vector { version } search { version } } } }
  }
}`;

describe.each(STACK_MODES)('store round trips per query ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode, { talents: 110 });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  async function measure(first: number): Promise<RoundTripCounts> {
    const before = roundTripTotals();
    const response = await t.request<{ talents: { edges: { node: { projections: { isCurrent: boolean } } }[] } }>(QUERY, { first });
    const counts = diffRoundTrips(roundTripTotals(), before);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.talents.edges).toHaveLength(first);
    expect(response.body.data!.talents.edges.every((e) => e.node.projections.isCurrent)).toBe(true);
    return counts;
  }

  it.runIf(available)('costs the same number of round trips per store for 10 and for 100 talents', async () => {
    await measure(5); // warm-up: lazily created schema objects are not part of the steady state
    const ten = await measure(10);
    const hundred = await measure(100);
    console.log(`[${mode}] round trips for 10 talents: ${JSON.stringify(ten)}; for 100: ${JSON.stringify(hundred)}`);
    expect(hundred).toEqual(ten);
    // The page and its count from Postgres, plus one batched check by the ops subgraph that the
    // entities it is handed belong to the viewer's organisation; one batched read from each
    // projection store; no cache use (no rate-limited field).
    expect(ten).toEqual({ relational: 3, graph: 1, vector: 1, search: 1, cache: 0 });
  });

  it.runIf(available)('counts the connection only when totalCount is asked for', async () => {
    const before = roundTripTotals();
    const response = await t.request('{ talents(first: 100) { edges { node { id name } } } }');
    expect(response.body.errors).toBeUndefined();
    expect(diffRoundTrips(roundTripTotals(), before)).toEqual({ relational: 1, graph: 0, vector: 0, search: 0, cache: 0 });
  });
});
