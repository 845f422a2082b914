import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_JOBS } from '../../data/seed/demo-data.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface JobNode {
  id: string;
  title: string;
  skills: string[];
}

describe.each(STACK_MODES)('jobs and the talents suggested for them ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let jobs: JobNode[];
  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 90 });
    const response = await t.request<{ jobs: { totalCount: number; edges: { node: JobNode }[] } }>(
      '{ jobs(first: 50) { totalCount edges { node { id title skills } } } }',
    );
    jobs = response.body.data!.jobs.edges.map((e) => e.node);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it.runIf(available)("lists and reads the organisation's jobs; another organisation sees none of them", async () => {
    expect(jobs.map((j) => j.title).sort()).toEqual(DEMO_JOBS.map((j) => j.title).sort());
    const one = await t.request<{ job: JobNode | null }>('query($id: ID!) { job(id: $id) { id title skills } }', { id: jobs[0]!.id });
    expect(one.body.data?.job).toEqual(jobs[0]);
    const outsider = t.token(['ADMIN'], '22222222-2222-4222-8222-222222222222');
    const foreign = await t.request<{ job: unknown; jobs: { totalCount: number } }>(
      'query($id: ID!) { job(id: $id) { id } jobs(first: 5) { totalCount } }',
      { id: jobs[0]!.id },
      { token: outsider },
    );
    expect(foreign.body.data).toEqual({ job: null, jobs: { totalCount: 0 } });
  });

  it.runIf(available)("seeds the demo jobs open, their skills required, on Looma's default pipeline", async () => {
    const response = await t.request<{
      jobs: { edges: { node: { title: string; status: string; requiredSkills: string[]; skills: string[]; hasCustomStages: boolean } }[] };
    }>('{ jobs(first: 50, filter: { status: [OPEN] }) { edges { node { title status requiredSkills skills hasCustomStages } } } }');
    expect(response.body.errors).toBeUndefined();
    const seeded = response.body.data!.jobs.edges.map((e) => e.node);
    expect(seeded).toHaveLength(DEMO_JOBS.length);
    for (const job of seeded) {
      const demo = DEMO_JOBS.find((j) => j.title === job.title)!;
      expect(job).toEqual({ title: demo.title, status: 'OPEN', requiredSkills: demo.skills, skills: demo.skills, hasCustomStages: false });
    }
  });

  it.runIf(available)('suggests talents for a job by meaning, nearest first, through the gateway across two subgraphs', async () => {
    const goJob = jobs.find((j) => j.title === 'Senior Go Engineer')!;
    const response = await t.request<{ job: { suggestedTalents: { score: number; talent: { id: string; skills: string[] } }[] } }>(
      'query($id: ID!) { job(id: $id) { title suggestedTalents(first: 5) { score talent { id skills } } } }',
      { id: goJob.id },
    );
    expect(response.body.errors).toBeUndefined();
    const suggestions = response.body.data!.job.suggestedTalents;
    expect(suggestions).toHaveLength(5);
    expect(suggestions.every((s, i) => i === 0 || s.score <= suggestions[i - 1]!.score)).toBe(true);
    // The demo generator gives backend engineers Go, Kubernetes and PostgreSQL: the nearest talents are backend engineers.
    const backend = new Set(['Go', 'Java', 'Kubernetes', 'PostgreSQL', 'gRPC', 'Redis', 'Kafka', 'Microservices', 'Docker', 'Linux']);
    expect(suggestions.slice(0, 3).every((s) => s.talent.skills.some((skill) => backend.has(skill)))).toBe(true);
  });

  it.runIf(available)('guards jobs and suggestions like every other field', async () => {
    const anonymous = await t.request('{ jobs(first: 1) { totalCount } }', {}, { token: null });
    expect(anonymous.status).toBe(401);
    const viewer = await t.request<{ jobs: { totalCount: number } }>(
      '{ jobs(first: 1) { totalCount } }',
      {},
      { token: t.token(['VIEWER']) },
    );
    expect(viewer.body.data?.jobs.totalCount).toBe(DEMO_JOBS.length);
    const tooMany = await t.request('query($id: ID!) { job(id: $id) { suggestedTalents(first: 500) { score } } }', { id: jobs[0]!.id });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badPage = await t.request('{ jobs(first: 0) { totalCount } }');
    expect(badPage.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
