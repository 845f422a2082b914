import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphRelation, GraphStore, GraphUpsert } from '../../data/ports.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { graphCases } from '../support/adapters.ts';

const talent = (orgId: string, id: string, version: number, name: string, skills: string[]): GraphUpsert => ({
  node: { label: 'Talent', id, orgId, version, props: { name } },
  edges: [{ type: 'HAS_SKILL', to: skills.map((s) => ({ label: 'Skill', id: `${orgId}:${s}`, props: { name: s } })) }],
});

const RELATION_TYPES = ['KNOWS', 'WORKED_WITH', 'MANAGED', 'REFERRED_BY'];

const relation = (
  orgId: string,
  fromId: string,
  toId: string,
  type: string,
  version = 1,
  props: GraphRelation['props'] = {},
): GraphRelation => ({
  id: randomUUID(),
  orgId,
  version,
  label: 'Talent',
  fromId,
  toId,
  type,
  props,
});

/** Ids that sort in the order of their letter (traversal ties are broken by id), unique per run. */
const letters = (run: string) =>
  Object.fromEntries([...'abcdefgh'].map((c) => [c.toUpperCase(), `${c}-${run}`])) as Record<
    'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H',
    string
  >;

describe.each(graphCases)('graph port contract: $name', ({ available, open }) => {
  let store: GraphStore;
  const orgId = randomUUID();
  const otherOrgId = randomUUID();

  beforeAll(async () => {
    if (available) store = await open();
  }, 60_000);
  afterAll(async () => {
    if (!store) return;
    await store.clearOrg(orgId);
    await store.clearOrg(otherOrgId);
    await store.close();
  });

  it.runIf(available)('answers ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it.runIf(available)('upserts nodes with edges and reads them back', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const applied = await store.upsert([talent(orgId, a, 1, 'Zhang Wei', ['go', 'kubernetes']), talent(orgId, b, 1, '李娜', ['python'])]);
    expect(applied).toBe(2);
    const nodes = await store.getNodes('Talent', orgId, [a, b, randomUUID()]);
    expect(nodes.size).toBe(2);
    expect(nodes.get(a)).toMatchObject({ label: 'Talent', id: a, orgId, version: 1, props: { name: 'Zhang Wei' } });
    expect(nodes.get(b)?.props.name).toBe('李娜');
    const neighbors = await store.neighbors('Talent', orgId, [a, b], 'HAS_SKILL');
    expect(
      neighbors
        .get(a)
        ?.map((n) => n.props.name)
        .sort(),
    ).toEqual(['go', 'kubernetes']);
    expect(neighbors.get(b)?.map((n) => n.id)).toEqual([`${orgId}:python`]);
  });

  it.runIf(available)('keeps the highest version: same or older versions change nothing, newer ones replace props and edges', async () => {
    const id = randomUUID();
    expect(await store.upsert([talent(orgId, id, 2, 'v2', ['rust'])])).toBe(1);
    expect(await store.upsert([talent(orgId, id, 2, 'v2 again', ['java'])])).toBe(0);
    expect(await store.upsert([talent(orgId, id, 1, 'v1', ['cobol'])])).toBe(0);
    let node = (await store.getNodes('Talent', orgId, [id])).get(id);
    expect(node).toMatchObject({ version: 2, props: { name: 'v2' } });
    expect((await store.neighbors('Talent', orgId, [id], 'HAS_SKILL')).get(id)?.map((n) => n.props.name)).toEqual(['rust']);

    expect(await store.upsert([talent(orgId, id, 3, 'v3', ['go', 'sql'])])).toBe(1);
    node = (await store.getNodes('Talent', orgId, [id])).get(id);
    expect(node).toMatchObject({ version: 3, props: { name: 'v3' } });
    const skills = (await store.neighbors('Talent', orgId, [id], 'HAS_SKILL'))
      .get(id)
      ?.map((n) => n.props.name)
      .sort();
    expect(skills).toEqual(['go', 'sql']);
  });

  it.runIf(available)("never returns another organisation's nodes or edges", async () => {
    const id = randomUUID();
    await store.upsert([talent(otherOrgId, id, 1, 'Other org', ['secret-skill'])]);
    expect((await store.getNodes('Talent', orgId, [id])).size).toBe(0);
    expect((await store.neighbors('Talent', orgId, [id], 'HAS_SKILL')).get(id) ?? []).toEqual([]);
    expect((await store.getNodes('Talent', otherOrgId, [id])).size).toBe(1);
  });

  it.runIf(available)('removes nodes with their edges', async () => {
    const id = randomUUID();
    await store.upsert([talent(orgId, id, 1, 'Temp', ['go'])]);
    await store.remove('Talent', orgId, [id]);
    expect((await store.getNodes('Talent', orgId, [id])).size).toBe(0);
    expect((await store.neighbors('Talent', orgId, [id], 'HAS_SKILL')).get(id) ?? []).toEqual([]);
  });

  it.runIf(available)('reads nodes and neighbours of many ids in one round trip each', async () => {
    const items = Array.from({ length: 40 }, (_, i) => talent(orgId, randomUUID(), 1, `Bulk ${i}`, [`skill-${i % 5}`]));
    const before = roundTripTotals();
    expect(await store.upsert(items)).toBe(40);
    const ids = items.map((item) => item.node.id);
    const nodes = await store.getNodes('Talent', orgId, ids);
    const neighbors = await store.neighbors('Talent', orgId, ids, 'HAS_SKILL');
    expect(diffRoundTrips(roundTripTotals(), before).graph).toBe(3);
    expect(nodes.size).toBe(40);
    expect(ids.every((id) => neighbors.get(id)?.length === 1)).toBe(true);
  });

  it.runIf(available)('rejects labels and edge types that are not plain identifiers', async () => {
    const id = randomUUID();
    await expect(store.getNodes('Talent) DETACH DELETE (x', orgId, [id])).rejects.toThrow(/label/i);
    await expect(store.neighbors('Talent', orgId, [id], 'X]->() DELETE x //')).rejects.toThrow(/type/i);
  });

  it.runIf(available)('counts and clears an organisation', async () => {
    const org = randomUUID();
    const ids = [randomUUID(), randomUUID()];
    await store.upsert(ids.map((id) => talent(org, id, 1, 'Gone', ['go'])));
    await store.upsert([talent(org, ids[0]!, 1, 'Same again', ['go'])]);
    expect(await store.count('Talent', org)).toBe(2);
    expect(await store.count('Skill', org)).toBe(1);
    await store.clearOrg(org);
    expect((await store.getNodes('Talent', org, ids)).size).toBe(0);
    expect(await store.count('Talent', org)).toBe(0);
  });
  describe('relations (identified, versioned edges between talents)', () => {
    // A -KNOWS- B -WORKED_WITH- C -KNOWS- D; A -MANAGED-> E; F -REFERRED_BY-> B; A -KNOWS- G -KNOWS- C (a tie at C).
    const n = letters(randomUUID());
    let edges: Record<string, GraphRelation>;
    beforeAll(async () => {
      if (!available) return;
      edges = {
        AB: relation(orgId, n.A, n.B, 'KNOWS', 1, { note: 'met at QCon' }),
        BC: relation(orgId, n.B, n.C, 'WORKED_WITH', 1, { derived: true, company: 'Alibaba' }),
        CD: relation(orgId, n.C, n.D, 'KNOWS'),
        AE: relation(orgId, n.A, n.E, 'MANAGED'),
        FB: relation(orgId, n.F, n.B, 'REFERRED_BY'),
        AG: relation(orgId, n.A, n.G, 'KNOWS'),
        GC: relation(orgId, n.G, n.C, 'KNOWS'),
      };
      // Relations arrive before their talents' own nodes: the ends become stubs.
      expect(await store.upsertRelations(Object.values(edges))).toBe(7);
    });

    it.runIf(available)(
      'reads first-degree relations of many talents in both directions, with type, direction and props, in one round trip',
      async () => {
        const before = roundTripTotals();
        const byTalent = await store.relationsOf('Talent', orgId, [n.A, n.B, n.H], RELATION_TYPES);
        expect(diffRoundTrips(roundTripTotals(), before).graph).toBe(1);
        expect(byTalent.get(n.A)).toEqual([
          { id: edges.AB!.id, type: 'KNOWS', direction: 'out', otherId: n.B, version: 1, props: { note: 'met at QCon' } },
          { id: edges.AE!.id, type: 'MANAGED', direction: 'out', otherId: n.E, version: 1, props: {} },
          { id: edges.AG!.id, type: 'KNOWS', direction: 'out', otherId: n.G, version: 1, props: {} },
        ]);
        expect(byTalent.get(n.B)?.map((r) => [r.otherId, r.type, r.direction])).toEqual([
          [n.A, 'KNOWS', 'in'],
          [n.C, 'WORKED_WITH', 'out'],
          [n.F, 'REFERRED_BY', 'in'],
        ]);
        expect(byTalent.get(n.H)).toEqual([]);
        const knowsOnly = await store.relationsOf('Talent', orgId, [n.B], ['KNOWS']);
        expect(knowsOnly.get(n.B)?.map((r) => r.otherId)).toEqual([n.A]);
      },
    );

    it.runIf(available)("keeps the highest version of a relation; a talent node's own upsert keeps its relations", async () => {
      const ab = edges.AB!;
      expect(await store.upsertRelations([{ ...ab, props: { note: 'same version' } }])).toBe(0);
      expect(await store.upsertRelations([{ ...ab, version: 2, props: { note: 'v2' } }])).toBe(1);
      expect(await store.upsertRelations([{ ...ab, version: 1, props: { note: 'stale' } }])).toBe(0);
      // The stub of A is replaced by its talent node, twice; the relations stay.
      expect(await store.upsert([talent(orgId, n.A, 1, 'A', ['go'])])).toBe(1);
      expect(await store.upsert([talent(orgId, n.A, 2, 'A again', ['rust'])])).toBe(1);
      const [relations] = [(await store.relationsOf('Talent', orgId, [n.A], RELATION_TYPES)).get(n.A)!];
      expect(relations.map((r) => r.otherId)).toEqual([n.B, n.E, n.G]);
      expect(relations[0]).toMatchObject({ version: 2, props: { note: 'v2' } });
      expect((await store.getNodes('Talent', orgId, [n.A])).get(n.A)).toMatchObject({ version: 2, props: { name: 'A again' } });
    });

    it.runIf(available)('reaches talents within 1 to 3 hops, nearest first, each with one shortest path, batched over starts', async () => {
      const all = { types: RELATION_TYPES, limit: 50 };
      const before = roundTripTotals();
      const reached = await store.reach('Talent', orgId, [n.A, n.D], { ...all, maxDepth: 3 });
      expect(diffRoundTrips(roundTripTotals(), before).graph).toBe(1);
      expect(reached.get(n.A)).toEqual([
        { id: n.B, depth: 1, via: [], types: ['KNOWS'] },
        { id: n.E, depth: 1, via: [], types: ['MANAGED'] },
        { id: n.G, depth: 1, via: [], types: ['KNOWS'] },
        // Two shortest paths reach C (through B and through G): the one with the smaller ids wins.
        { id: n.C, depth: 2, via: [n.B], types: ['KNOWS', 'WORKED_WITH'] },
        { id: n.F, depth: 2, via: [n.B], types: ['KNOWS', 'REFERRED_BY'] },
        { id: n.D, depth: 3, via: [n.B, n.C], types: ['KNOWS', 'WORKED_WITH', 'KNOWS'] },
      ]);
      expect(reached.get(n.D)?.map((r) => [r.id, r.depth])).toEqual([
        [n.C, 1],
        [n.B, 2],
        [n.G, 2],
        [n.A, 3],
        [n.F, 3],
      ]);
      const oneHop = await store.reach('Talent', orgId, [n.A], { ...all, maxDepth: 1 });
      expect(oneHop.get(n.A)?.map((r) => r.id)).toEqual([n.B, n.E, n.G]);
      const limited = await store.reach('Talent', orgId, [n.A], { ...all, maxDepth: 3, limit: 2 });
      expect(limited.get(n.A)?.map((r) => r.id)).toEqual([n.B, n.E]);
      const knows = await store.reach('Talent', orgId, [n.A], { types: ['KNOWS'], maxDepth: 3, limit: 50 });
      expect(knows.get(n.A)).toEqual([
        { id: n.B, depth: 1, via: [], types: ['KNOWS'] },
        { id: n.G, depth: 1, via: [], types: ['KNOWS'] },
        { id: n.C, depth: 2, via: [n.G], types: ['KNOWS', 'KNOWS'] },
        { id: n.D, depth: 3, via: [n.G, n.C], types: ['KNOWS', 'KNOWS', 'KNOWS'] },
      ]);
      expect((await store.reach('Talent', orgId, [n.H], { ...all, maxDepth: 3 })).get(n.H)).toEqual([]);
    });

    it.runIf(available)('finds the shortest path between two talents within a depth, or none', async () => {
      const path = await store.shortestPath('Talent', orgId, n.A, n.D, { types: RELATION_TYPES, maxDepth: 4 });
      expect(path).toEqual({ ids: [n.A, n.B, n.C, n.D], types: ['KNOWS', 'WORKED_WITH', 'KNOWS'] });
      expect(await store.shortestPath('Talent', orgId, n.D, n.A, { types: ['KNOWS'], maxDepth: 6 })).toEqual({
        ids: [n.D, n.C, n.G, n.A],
        types: ['KNOWS', 'KNOWS', 'KNOWS'],
      });
      expect(await store.shortestPath('Talent', orgId, n.A, n.D, { types: RELATION_TYPES, maxDepth: 2 })).toBeNull();
      expect(await store.shortestPath('Talent', orgId, n.A, n.D, { types: ['MANAGED'], maxDepth: 6 })).toBeNull();
      expect(await store.shortestPath('Talent', orgId, n.A, n.H, { types: RELATION_TYPES, maxDepth: 6 })).toBeNull();
      expect(await store.shortestPath('Talent', orgId, n.A, n.A, { types: RELATION_TYPES, maxDepth: 1 })).toEqual({
        ids: [n.A],
        types: [],
      });
    });

    it.runIf(available)('never crosses organisations', async () => {
      expect((await store.relationsOf('Talent', otherOrgId, [n.A, n.B], RELATION_TYPES)).get(n.A)).toEqual([]);
      expect((await store.reach('Talent', otherOrgId, [n.A], { types: RELATION_TYPES, maxDepth: 3, limit: 50 })).get(n.A)).toEqual([]);
      expect(await store.shortestPath('Talent', otherOrgId, n.A, n.D, { types: RELATION_TYPES, maxDepth: 6 })).toBeNull();
      // Another org's relation onto this org's talents is refused (the ends belong to this org).
      expect(await store.upsertRelations([relation(otherOrgId, n.A, n.D, 'KNOWS')])).toBe(0);
      expect((await store.relationsOf('Talent', orgId, [n.A], RELATION_TYPES)).get(n.A)).toHaveLength(3);
      await store.removeRelations(otherOrgId, RELATION_TYPES, [edges.AB!.id]);
      expect((await store.relationsOf('Talent', orgId, [n.A], RELATION_TYPES)).get(n.A)).toHaveLength(3);
    });

    it.runIf(available)('removes relations by id, idempotently, and with a removed talent node', async () => {
      const x = letters(randomUUID());
      const xy = relation(orgId, x.A, x.B, 'KNOWS');
      const yz = relation(orgId, x.B, x.C, 'MANAGED');
      await store.upsertRelations([xy, yz]);
      await store.removeRelations(orgId, RELATION_TYPES, [xy.id]);
      await store.removeRelations(orgId, RELATION_TYPES, [xy.id]);
      expect((await store.relationsOf('Talent', orgId, [x.B], RELATION_TYPES)).get(x.B)?.map((r) => r.id)).toEqual([yz.id]);
      await store.remove('Talent', orgId, [x.C]);
      expect((await store.relationsOf('Talent', orgId, [x.B], RELATION_TYPES)).get(x.B)).toEqual([]);
    });

    it.runIf(available)('lists the nodes with an edge into a node (the talents who worked at a company)', async () => {
      const company = `${orgId}:bytedance-${randomUUID()}`;
      const workedAt = (id: string, name: string): GraphUpsert => ({
        node: { label: 'Talent', id, orgId, version: 1, props: { name } },
        edges: [{ type: 'WORKED_AT', to: [{ label: 'Company', id: company, props: { name: 'ByteDance' } }] }],
      });
      const ids = [randomUUID(), randomUUID()].sort();
      await store.upsert([workedAt(ids[0]!, 'One'), workedAt(ids[1]!, 'Two')]);
      const before = roundTripTotals();
      const members = await store.incoming('Company', orgId, [company, 'nothing'], 'WORKED_AT');
      expect(diffRoundTrips(roundTripTotals(), before).graph).toBe(1);
      expect(members.get(company)?.map((m) => m.id)).toEqual(ids);
      expect(members.get('nothing') ?? []).toEqual([]);
      expect((await store.incoming('Company', otherOrgId, [company], 'WORKED_AT')).get(company) ?? []).toEqual([]);
    });
  });

  it.runIf(available)('scans every node of a label a page at a time, each once, across orgs', async () => {
    // Ids of this run sort together (the label is shared with every other run on the server): start just before them.
    const prefix = `scan-${randomUUID().slice(0, 8)}-`;
    const ids = [1, 2, 3, 4, 5].map((n) => `${prefix}${n}`);
    await store.upsert(ids.map((id, i) => talent(i % 2 ? otherOrgId : orgId, id, i + 1, `Scanned ${i}`, [])));
    const seen: { id: string; orgId: string; version: number }[] = [];
    for (let after = { id: prefix, orgId: '', version: 0 }; ;) {
      const page = await store.scan('Talent', { after, limit: 2 });
      const ours = page.filter((r) => r.id.startsWith(prefix));
      seen.push(...ours);
      if (page.length < 2 || ours.length < page.length) break;
      after = page.at(-1)!;
    }
    expect(seen).toEqual(ids.map((id, i) => ({ id, orgId: i % 2 ? otherOrgId : orgId, version: i + 1 })));
    await store.remove('Talent', orgId, ids);
    await store.remove('Talent', otherOrgId, ids);
  });

  it.runIf(available)('scans every relation of the given types a page at a time, each once, across orgs', async () => {
    const prefix = `scanrel-${randomUUID().slice(0, 8)}-`;
    const [a, b] = [`${prefix}node-a`, `${prefix}node-b`];
    await store.upsert([talent(orgId, a, 1, 'Scan A', []), talent(orgId, b, 1, 'Scan B', [])]);
    const ids = [1, 2, 3].map((n) => `${prefix}${n}`);
    await store.upsertRelations(ids.map((id, i) => ({ ...relation(orgId, a, b, i === 1 ? 'MANAGED' : 'KNOWS', i + 1), id })));
    const seen: { id: string; orgId: string; version: number }[] = [];
    for (let after = { id: prefix, orgId: '', version: 0 }; ;) {
      const page = await store.scanRelations(['KNOWS', 'MANAGED'], { after, limit: 2 });
      const ours = page.filter((r) => r.id.startsWith(prefix));
      seen.push(...ours);
      if (page.length < 2 || ours.length < page.length) break;
      after = page.at(-1)!;
    }
    expect(seen).toEqual(ids.map((id, i) => ({ id, orgId, version: i + 1 })));
    expect(
      (await store.scanRelations(['REFERRED_BY'], { after: { id: prefix, orgId: '', version: 0 }, limit: 10 })).filter((r) =>
        r.id.startsWith(prefix),
      ),
    ).toEqual([]);
    await store.remove('Talent', orgId, [a, b]);
  });
});
