import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/**
 * A job's requirements for matching (issue 14, points 2 and 3) through the gateway: the range's top,
 * the languages and the knock-outs on create, update and read, the demo jobs' own, and each
 * contradiction refused as BAD_USER_INPUT naming the field.
 */

const REQUIREMENTS = `id version location remotePolicy requiredSkills skills minYearsOfExperience maxYearsOfExperience languages
  knockouts { mustHaveSkills minYearsOfExperience workLocation languages }`;

interface JobRequirements {
  id: string;
  version: number;
  requiredSkills: string[];
  skills: string[];
  maxYearsOfExperience: number | null;
  languages: string[];
  knockouts: { mustHaveSkills: string[]; minYearsOfExperience: number | null; workLocation: boolean; languages: string[] };
}

describe.each(STACK_MODES)("a job's requirements ($mode stores)", ({ mode, available }) => {
  let t: TestStack;
  beforeAll(async () => {
    if (available) t = await startTestStack(mode);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const create = (input: Record<string, unknown>) =>
    t.request<{ createJob: JobRequirements }>(`mutation($input: CreateJobInput!) { createJob(input: $input) { ${REQUIREMENTS} } }`, {
      input,
    });
  const update = (input: Record<string, unknown>) =>
    t.request<{ updateJob: JobRequirements }>(`mutation($input: UpdateJobInput!) { updateJob(input: $input) { ${REQUIREMENTS} } }`, {
      input,
    });

  it.runIf(available)('seeds the demo jobs with years ranges, languages and knock-outs', async () => {
    const response = await t.request<{ jobs: { edges: { node: JobRequirements & { title: string } }[] } }>(
      `{ jobs(first: 50) { edges { node { title ${REQUIREMENTS} } } } }`,
    );
    expect(response.body.errors).toBeUndefined();
    const go = response.body.data!.jobs.edges.map((e) => e.node).find((j) => j.title === 'Senior Go Engineer')!;
    expect(go).toMatchObject({
      maxYearsOfExperience: 12,
      languages: ['Mandarin', 'English'],
      knockouts: { mustHaveSkills: ['Go'], minYearsOfExperience: 3, workLocation: false, languages: [] },
    });
  });

  it.runIf(available)('creates, reads and changes the requirements; must-have skills join the required ones', async () => {
    const created = await create({
      title: 'Platform Engineer',
      location: 'Shanghai',
      remotePolicy: 'HYBRID',
      requiredSkills: ['Go'],
      minYearsOfExperience: 4,
      maxYearsOfExperience: 9,
      languages: ['English'],
      knockouts: { mustHaveSkills: ['Kubernetes'], minYearsOfExperience: 2, workLocation: true, languages: ['普通话'] },
    });
    expect(created.body.errors).toBeUndefined();
    const job = created.body.data!.createJob;
    expect(job).toMatchObject({
      requiredSkills: ['Go', 'Kubernetes'],
      skills: ['Go', 'Kubernetes'],
      maxYearsOfExperience: 9,
      languages: ['English', '普通话'],
      knockouts: { mustHaveSkills: ['Kubernetes'], minYearsOfExperience: 2, workLocation: true, languages: ['普通话'] },
    });
    const read = await t.request<{ job: JobRequirements }>(`query($id: ID!) { job(id: $id) { ${REQUIREMENTS} } }`, { id: job.id });
    expect(read.body.data!.job).toEqual(job);

    // Going REMOTE while a work-location knock-out stands is a contradiction; with the knock-outs removed it is not.
    const contradiction = await update({ id: job.id, version: job.version, remotePolicy: 'REMOTE' });
    expect(contradiction.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'knockouts.workLocation' });
    const remote = await update({ id: job.id, version: job.version, remotePolicy: 'REMOTE', knockouts: null, maxYearsOfExperience: null });
    expect(remote.body.errors).toBeUndefined();
    expect(remote.body.data!.updateJob).toMatchObject({
      maxYearsOfExperience: null,
      languages: ['English', '普通话'],
      knockouts: { mustHaveSkills: [], minYearsOfExperience: null, workLocation: false, languages: [] },
    });
  });

  it.runIf(available)('refuses contradictory or oversized requirements with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ minYearsOfExperience: 8, maxYearsOfExperience: 5 }, 'minYearsOfExperience'],
      [{ maxYearsOfExperience: 80 }, 'maxYearsOfExperience'],
      [{ minYearsOfExperience: 3, knockouts: { minYearsOfExperience: 5 } }, 'knockouts.minYearsOfExperience'],
      [{ knockouts: { workLocation: true } }, 'knockouts.workLocation'],
      [{ knockouts: { mustHaveSkills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) } }, 'knockouts.mustHaveSkills'],
      [{ languages: [''] }, 'languages.0'],
    ];
    for (const [input, field] of cases) {
      const response = await create({ title: 'Refused', ...input });
      expect(response.body.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(response.body.errors)).not.toMatch(/\.ts:\d+/);
    }
  });
});
