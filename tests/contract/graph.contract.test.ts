import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore, GraphUpsert } from '../../data/ports.ts';
import { diffRoundTrips, roundTripTotals } from '../../platform/round-trips.ts';
import { graphCases } from '../support/adapters.ts';

const talent = (orgId: string, id: string, version: number, name: string, skills: string[]): GraphUpsert => ({
  node: { label: 'Talent', id, orgId, version, props: { name } },
  edges: [{ type: 'HAS_SKILL', to: skills.map((s) => ({ label: 'Skill', id: `${orgId}:${s}`, props: { name: s } })) }],
});

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
    expect(neighbors.get(a)?.map((n) => n.props.name).sort()).toEqual(['go', 'kubernetes']);
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
    const skills = (await store.neighbors('Talent', orgId, [id], 'HAS_SKILL')).get(id)?.map((n) => n.props.name).sort();
    expect(skills).toEqual(['go', 'sql']);
  });

  it.runIf(available)('never returns another organisation\'s nodes or edges', async () => {
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
});
