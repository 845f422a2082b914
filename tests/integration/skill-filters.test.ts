/**
 * Skill filters through the taxonomy (issue 13): the CRM talent list and search compare skills by their filter key,
 * so "golang" finds "Go", "k8s"/"K8S" find "Kubernetes" and "机器学习" finds "Machine Learning", while a skill the
 * taxonomy does not know still filters literally; the skills are shown as entered. Keys written the old way (an
 * existing database) or by plain SQL are recomputed by refreshSkillKeys (the talent service's start, reindex).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTalentRowsOf, refreshSkillKeys } from '../../data/records/talent-store.ts';
import { startSubgraph } from '../../data/runtime/subgraph.ts';
import { talentSubgraph } from '../../subgraphs/talent/index.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface Node {
  id: string;
  name: string;
  skills: string[];
}

const LIST = `query($filter: TalentFilter) { talents(first: 50, filter: $filter) { edges { node { id name skills } } } }`;
const SEARCH = `query($q: String!, $mode: SearchMode, $filter: TalentSearchFilter) {
  search(query: $q, mode: $mode, first: 50, filter: $filter) { edges { node { id name } } }
}`;

describe.each(STACK_MODES)('skill filters through the taxonomy ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  // A literal skill every talent of this file has: the lists and searches below see only them.
  const marker = `Zyx${randomUUID().slice(0, 8)}`;
  const people = [
    { name: 'Ann', skills: [marker, 'Go', 'Kubernetes'] },
    { name: 'Ben', skills: [marker, 'golang'] },
    { name: 'Cai', skills: [marker, '机器学习', 'K8S'] },
    { name: 'Dee', skills: [marker, 'Quantum Basket Weaving'] },
    { name: 'Eve', skills: [marker, 'Python'] },
    { name: 'Fay', skills: [marker, 'applied econometrics'] },
  ];

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode);
    for (const person of people) {
      const created = await t.request('mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }', { input: person });
      expect(created.body.errors).toBeUndefined();
    }
    await t.stack.runtime.data.projector.drainUntilIdle();
    await t.stack.runtime.data.stores.search.refresh('talents');
  }, 180_000);
  afterAll(async () => t?.close());

  async function listed(filter: Record<string, unknown>): Promise<Node[]> {
    const { body } = await t.request<{ talents: { edges: { node: Node }[] } }>(LIST, { filter: { skillsAll: [marker], ...filter } });
    expect(body.errors).toBeUndefined();
    return body.data!.talents.edges.map((e) => e.node);
  }
  const names = async (filter: Record<string, unknown>) => (await listed(filter)).map((n) => n.name).sort();

  async function searched(filter: Record<string, unknown>, searchMode = 'KEYWORD'): Promise<string[]> {
    const { body } = await t.request<{ search: { edges: { node: { name: string } }[] } }>(SEARCH, { q: marker, mode: searchMode, filter });
    expect(body.errors).toBeUndefined();
    return body.data!.search.edges.map((e) => e.node.name).sort();
  }

  it.runIf(available)('the CRM list finds Go by golang, Kubernetes by k8s and K8S, Machine Learning by 机器学习', async () => {
    expect(await names({ skillsAll: [marker, 'golang'] })).toEqual(['Ann', 'Ben']);
    expect(await names({ skillsAny: ['GOLANG'] })).toEqual(['Ann', 'Ben']);
    expect(await names({ skillsAny: ['k8s'] })).toEqual(['Ann', 'Cai']);
    expect(await names({ skillsAll: [marker, 'K8S', 'Go'] })).toEqual(['Ann']);
    expect(await names({ skillsAll: [marker, 'Machine Learning'] })).toEqual(['Cai']);
    expect(await names({ skillsAny: ['Go语言', 'ML'] })).toEqual(['Ann', 'Ben', 'Cai']);
    // The skills as entered: only the keys are the taxonomy's.
    expect((await listed({ skillsAny: ['Go'] })).find((n) => n.name === 'Ben')?.skills).toEqual([marker, 'golang']);
  });

  it.runIf(available)('a skill the taxonomy does not know still filters literally, case aside', async () => {
    expect(await names({ skillsAll: [marker, 'quantum basket weaving'] })).toEqual(['Dee']);
    expect(await names({ skillsAny: ['QUANTUM BASKET WEAVING', 'Quantum Basket'] })).toEqual(['Dee']);
    expect(await names({ skillsAny: ['Skill:go'] })).toEqual([]);
  });

  it.runIf(available)('a skill named more narrowly than a taxonomy skill satisfies a filter on that skill, not the reverse', async () => {
    expect(await names({ skillsAll: [marker, 'Econometrics'] })).toEqual(['Fay']);
    expect(await names({ skillsAll: [marker, 'applied econometrics'] })).toEqual(['Fay']);
    expect(await searched({ skillsAll: ['econometrics'] })).toEqual(['Fay']);
  });

  it.runIf(available)('search filters alike in the search store (skillsAll) and in PostgreSQL (skillsAny)', async () => {
    for (const searchMode of ['KEYWORD', 'HYBRID']) {
      expect(await searched({ skillsAll: ['golang'] }, searchMode), searchMode).toEqual(['Ann', 'Ben']);
      expect(await searched({ skillsAll: ['k8s'] }, searchMode), searchMode).toEqual(['Ann', 'Cai']);
    }
    expect(await searched({ skills: ['K8S', 'go'] })).toEqual(['Ann']);
    expect(await searched({ skillsAny: ['K8S'] })).toEqual(['Ann', 'Cai']);
    expect(await searched({ skillsAll: ['机器学习'] })).toEqual(['Cai']);
    expect(await searched({ skillsAll: ['Quantum Basket Weaving'] })).toEqual(['Dee']);
  });

  it.runIf(available)('recomputes keys written the old way or by plain SQL, leaving the version alone', async () => {
    const db = t.stack.runtime.data.stores.relational;
    // A row as the trigger before migration 0013 wrote it (lowercased text), and one inserted by plain SQL (no keys).
    const [old] = await db.query<{ id: string }>(
      `INSERT INTO talents (org_id, name, skills, skill_keys) VALUES ($1, 'Old Go', ARRAY[$2, 'Go'], ARRAY[lower($2), 'go']) RETURNING id`,
      [t.orgId, marker],
    );
    await db.query(`INSERT INTO talents (org_id, name, skills) VALUES ($1, 'Plain K8s', ARRAY[$2, 'k8s'])`, [t.orgId, marker]);
    expect(await names({ skillsAny: ['golang', 'Kubernetes'] })).toEqual(['Ann', 'Ben', 'Cai']);

    expect(await refreshSkillKeys(db, t.orgId)).toBe(2);
    expect(await names({ skillsAny: ['golang'] })).toEqual(['Ann', 'Ben', 'Old Go']);
    expect(await names({ skillsAny: ['Kubernetes'] })).toEqual(['Ann', 'Cai', 'Plain K8s']);
    expect(await refreshSkillKeys(db, t.orgId)).toBe(0);

    // Skills changed by plain SQL mark the keys stale; the next refresh catches up.
    await db.query(`UPDATE talents SET skills = ARRAY[$2, 'Machine Learning'] WHERE id = $1`, [old!.id, marker]);
    expect(await refreshSkillKeys(db, t.orgId)).toBe(1);
    expect(await names({ skillsAny: ['机器学习'] })).toEqual(['Cai', 'Old Go']);
    const [row] = await db.query<{ version: number }>('SELECT version FROM talents WHERE id = $1', [old!.id]);
    expect(row?.version).toBe(1);
    // The keys are derived, not the person's data: a data export leaves them out.
    const { talent } = await exportTalentRowsOf(db, t.orgId, old!.id);
    expect(talent).toMatchObject({ skills: [marker, 'Machine Learning'] });
    expect(Object.keys(talent!)).not.toContain('skill_keys');
    expect(Object.keys(talent!)).not.toContain('skill_keys_taxonomy');
  });

  it.runIf(available)('the talent service recomputes stale keys when it starts (an existing database after migration 0013)', async () => {
    const db = t.stack.runtime.data.stores.relational;
    await db.query(
      `INSERT INTO talents (org_id, name, skills, skill_keys) VALUES ($1, 'Before Upgrade', ARRAY[$2, 'Golang'], ARRAY['golang'])`,
      [t.orgId, marker],
    );
    expect(await names({ skillsAny: ['Go'] })).not.toContain('Before Upgrade');
    const talent = await startSubgraph(talentSubgraph, t.stack.runtime, { port: 0 });
    await talent.close();
    expect(await names({ skillsAny: ['Go'] })).toContain('Before Upgrade');
  });
});
