import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VectorRecord, VectorStore } from '../../data/ports.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { vectorCases } from '../support/adapters.ts';

const DIMENSIONS = 8;
const unit = (values: number[]) => {
  const norm = Math.hypot(...values) || 1;
  return values.map((v) => v / norm);
};
const axis = (i: number, wobble = 0) => unit(Array.from({ length: DIMENSIONS }, (_, d) => (d === i ? 1 : wobble * ((d + 1) % 3))));

describe.each(vectorCases)('vector port contract: $name', ({ available, open }) => {
  let store: VectorStore;
  const collection = `contract_${Math.random().toString(36).slice(2, 8)}`;
  const orgId = randomUUID();
  const otherOrgId = randomUUID();
  const record = (id: string, version: number, vector: number[], org = orgId): VectorRecord => ({
    id,
    orgId: org,
    version,
    vector,
    props: { kind: 'talent' },
  });

  beforeAll(async () => {
    if (!available) return;
    store = await open();
    await store.ensureCollection({ name: collection, model: 'contract-model', dimensions: DIMENSIONS, revision: 'r1' });
  }, 60_000);
  afterAll(async () => {
    if (!store) return;
    await store.dropCollection(collection);
    await store.close();
  });

  it.runIf(available)('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.runIf(available)('accepts the same model again and refuses a different model or dimensions', async () => {
    await expect(
      store.ensureCollection({ name: collection, model: 'contract-model', dimensions: DIMENSIONS, revision: 'r1' }),
    ).resolves.toEqual({
      storedRevision: 'r1',
    });
    await expect(
      store.ensureCollection({ name: collection, model: 'contract-model', dimensions: DIMENSIONS * 2, revision: 'r1' }),
    ).rejects.toThrow(/dimension|model/i);
    await expect(
      store.ensureCollection({ name: collection, model: 'other-model', dimensions: DIMENSIONS, revision: 'r1' }),
    ).rejects.toThrow(/model/i);
  });

  it.runIf(available)(
    'records the revision it was created with, reports it to an embedder of another revision without refusing, until recreated',
    async () => {
      const name = `${collection}_rev`;
      const spec = { name, model: 'contract-model', dimensions: DIMENSIONS };
      try {
        expect(await store.ensureCollection({ ...spec, revision: 'hash1:aaaa' })).toEqual({ storedRevision: 'hash1:aaaa' });
        // Another revision (the taxonomy grew): reported, not refused, and not recorded in place of the stored one.
        expect(await store.ensureCollection({ ...spec, revision: 'hash1:bbbb' })).toEqual({ storedRevision: 'hash1:aaaa' });
        expect(await store.ensureCollection({ ...spec, revision: 'hash1:bbbb' })).toEqual({ storedRevision: 'hash1:aaaa' });
        const id = randomUUID();
        expect(await store.upsert(name, [record(id, 1, axis(2))])).toBe(1);
        // A new process (nothing cached) reads it from the store.
        const other = await open();
        try {
          expect(await other.ensureCollection({ ...spec, revision: 'hash1:bbbb' })).toEqual({ storedRevision: 'hash1:aaaa' });
          // A model switch is still refused, whatever the revision.
          await expect(other.ensureCollection({ ...spec, model: 'other-model', revision: 'hash1:aaaa' })).rejects.toThrow(/model/i);
        } finally {
          await other.close();
        }
        // Reindex drops and recreates it: the new revision is recorded.
        await store.dropCollection(name);
        expect(await store.ensureCollection({ ...spec, revision: 'hash1:bbbb' })).toEqual({ storedRevision: 'hash1:bbbb' });
        expect(await store.count(name, orgId)).toBe(0);
      } finally {
        await store.dropCollection(name);
      }
    },
    60_000,
  );

  it.runIf(available)('finds the nearest vectors of the org, most similar first', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    expect(
      await store.upsert(
        collection,
        ids.map((id, i) => record(id, 1, axis(i, 0.1))),
      ),
    ).toBe(3);
    const foreign = randomUUID();
    await store.upsert(collection, [record(foreign, 1, axis(0), otherOrgId)]);

    const matches = await store.nearest(collection, orgId, axis(0, 0.1), 3);
    expect(matches[0]?.id).toBe(ids[0]);
    expect(matches[0]?.score).toBeGreaterThan(0.99);
    expect(matches.map((m) => m.id)).not.toContain(foreign);
    expect(matches.every((m, i) => i === 0 || m.score <= matches[i - 1]!.score)).toBe(true);

    const excluded = await store.nearest(collection, orgId, axis(0, 0.1), 3, [ids[0]!]);
    expect(excluded.map((m) => m.id)).not.toContain(ids[0]);
  });

  it.runIf(available)(
    "finds an org's exact nearest vectors when other orgs hold most of the collection",
    async () => {
      // An approximate index shared by every org must not lose a small org's vectors behind the others'.
      const org = randomUUID();
      const crowd = Array.from({ length: 300 }, (_, i) => record(randomUUID(), 1, axis(i % 2, 0.05 + (i % 7) * 0.01), otherOrgId));
      const own = Array.from({ length: 12 }, (_, i) => record(randomUUID(), 1, axis(i % DIMENSIONS, 0.1 + i * 0.02), org));
      await store.upsert(collection, [...crowd, ...own]);
      const query = axis(0, 0.3);
      const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);
      const expected = [...own].sort((a, b) => cosine(query, b.vector) - cosine(query, a.vector)).map((r) => r.id);

      const all = await store.nearest(collection, org, query, 20);
      expect(all.map((m) => m.id)).toEqual(expected);
      const top = await store.nearest(collection, org, query, 5);
      expect(top.map((m) => m.id)).toEqual(expected.slice(0, 5));
      expect(top[0]!.score).toBeCloseTo(cosine(query, own.find((r) => r.id === expected[0])!.vector), 4);
      await store.clearOrg(collection, org);
      await store.remove(
        collection,
        otherOrgId,
        crowd.map((r) => r.id),
      );
    },
    60_000,
  );

  it.runIf(available)(
    'takes vectors of new dimensions after the collection is dropped and created again',
    async () => {
      const name = `${collection}_redim`;
      await store.ensureCollection({ name, model: 'model-a', dimensions: DIMENSIONS, revision: 'r1' });
      await store.upsert(name, [record(randomUUID(), 1, axis(1))]);
      await store.dropCollection(name);
      await store.ensureCollection({ name, model: 'model-b', dimensions: 3, revision: 'r1' });
      const id = randomUUID();
      expect(await store.upsert(name, [record(id, 1, [0, 0.6, 0.8])])).toBe(1);
      expect((await store.nearest(name, orgId, [0, 0.6, 0.8], 1)).map((m) => m.id)).toEqual([id]);
      await store.dropCollection(name);
    },
    60_000,
  );

  it.runIf(available)(
    'finds the neighbours of many stored ids in one round trip, each without itself, and only within the org',
    async () => {
      const org = randomUUID();
      const ids = Array.from({ length: 6 }, () => randomUUID());
      await store.upsert(
        collection,
        ids.map((id, i) => record(id, 1, axis(i % 3, 0.05 * (i + 1)), org)),
      );
      const foreign = randomUUID();
      await store.upsert(collection, [record(foreign, 1, axis(0), otherOrgId)]);
      const before = roundTripTotals();
      const similar = await store.similarTo(collection, org, [...ids, foreign, randomUUID()], 2);
      expect(diffRoundTrips(roundTripTotals(), before).vector).toBe(1);
      expect([...similar.keys()].sort()).toEqual([...ids].sort());
      for (const [id, matches] of similar) {
        expect(matches).toHaveLength(2);
        expect(matches.map((m) => m.id)).not.toContain(id);
        expect(matches.map((m) => m.id)).not.toContain(foreign);
        expect(matches[0]!.score).toBeGreaterThanOrEqual(matches[1]!.score);
      }
      // Ids 0 and 3 lie along the same axis: each is the other's nearest neighbour.
      expect(similar.get(ids[0]!)?.[0]?.id).toBe(ids[3]);
      expect(similar.get(ids[3]!)?.[0]?.id).toBe(ids[0]);
      expect((await store.similarTo(collection, otherOrgId, [ids[0]!], 2)).size).toBe(0);
      await store.clearOrg(collection, org);
    },
  );

  it.runIf(available)('keeps the highest version', async () => {
    const id = randomUUID();
    expect(await store.upsert(collection, [record(id, 2, axis(3))])).toBe(1);
    expect(await store.upsert(collection, [record(id, 1, axis(4))])).toBe(0);
    expect(await store.upsert(collection, [record(id, 2, axis(5))])).toBe(0);
    let stored = (await store.get(collection, orgId, [id])).get(id);
    expect(stored?.version).toBe(2);
    expect(stored?.vector[3]).toBeCloseTo(1, 5);
    expect(await store.upsert(collection, [record(id, 3, axis(6))])).toBe(1);
    stored = (await store.get(collection, orgId, [id])).get(id);
    expect(stored?.version).toBe(3);
    expect(stored?.vector[6]).toBeCloseTo(1, 5);
  });

  it.runIf(available)('reads many ids in one round trip and hides other orgs', async () => {
    const ids = Array.from({ length: 30 }, () => randomUUID());
    await store.upsert(
      collection,
      ids.map((id, i) => record(id, 1, axis(i % DIMENSIONS, 0.2))),
    );
    const foreign = randomUUID();
    await store.upsert(collection, [record(foreign, 1, axis(1), otherOrgId)]);
    const before = roundTripTotals();
    const got = await store.get(collection, orgId, [...ids, foreign]);
    expect(diffRoundTrips(roundTripTotals(), before).vector).toBe(1);
    expect(got.size).toBe(30);
    expect(got.has(foreign)).toBe(false);
    const versionsOnly = await store.get(collection, orgId, ids, { vectors: false });
    expect([...versionsOnly.values()].every((v) => v.version === 1 && v.vector.length === 0)).toBe(true);
    expect(versionsOnly.size).toBe(30);
  });

  it.runIf(available)('reads back every component as stored, tiny, negative and repeating ones too', async () => {
    // Tiny components print in exponent notation (3e-07) in the stores' text forms; each one reads back as
    // the single-precision value it was stored as (within float32 rounding, and the store's normalisation).
    const id = randomUUID();
    const vector = unit([1 / 3, -0.5, 3e-7, -4e-9, 0.25, 0, -1 / 7, 2]);
    await store.upsert(collection, [record(id, 1, vector)]);
    const got = (await store.get(collection, orgId, [id])).get(id)!.vector;
    expect(got).toHaveLength(DIMENSIONS);
    got.forEach((value, i) => expect(value).toBeCloseTo(vector[i]!, 6));
    expect(got[2]).toBeGreaterThan(0);
    expect(got[3]).toBeLessThan(0);
  });

  it.runIf(available)('counts, removes and clears', async () => {
    const org = randomUUID();
    const ids = [randomUUID(), randomUUID()];
    await store.upsert(
      collection,
      ids.map((id) => record(id, 1, axis(2), org)),
    );
    expect(await store.count(collection, org)).toBe(2);
    await store.remove(collection, org, [ids[0]!]);
    expect(await store.count(collection, org)).toBe(1);
    expect((await store.get(collection, org, ids)).has(ids[0]!)).toBe(false);
    await store.clearOrg(collection, org);
    expect(await store.count(collection, org)).toBe(0);
  });

  it.runIf(available)('refuses a vector of the wrong dimensions', async () => {
    await expect(store.upsert(collection, [record(randomUUID(), 1, [1, 0, 0])])).rejects.toThrow(/dimension/i);
  });

  it.runIf(available)('scans every record of the collection a page at a time, each once, across orgs', async () => {
    const scanned = `${collection}_scan`;
    await store.ensureCollection({ name: scanned, model: 'contract-model', dimensions: DIMENSIONS, revision: 'r1' });
    try {
      const ids = Array.from({ length: 5 }, () => randomUUID()).sort();
      await store.upsert(
        scanned,
        ids.map((id, i) => record(id, i + 1, axis(i), i % 2 ? otherOrgId : orgId)),
      );
      const seen: { id: string; orgId: string; version: number }[] = [];
      for (let after: (typeof seen)[number] | undefined; ;) {
        const page = await store.scan(scanned, { after, limit: 2 });
        seen.push(...page);
        if (page.length < 2) break;
        after = page.at(-1);
      }
      expect(seen).toEqual(ids.map((id, i) => ({ id, orgId: i % 2 ? otherOrgId : orgId, version: i + 1 })));
    } finally {
      await store.dropCollection(scanned);
    }
  });
});
