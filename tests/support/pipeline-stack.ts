/**
 * The stack the pipeline end-to-end tests (tests/e2e/pipeline-*.e2e.test.ts) share: 40 talents, three
 * hiring managers, tokens per role and one of another organisation, and the operations they repeat.
 * The bindings below are live: `usePipelineStack` assigns them before each mode's tests run.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestStack, type GraphQLResponse, type StackMode, type TestStack } from './stack.ts';

export const APPLICATION = 'id version status rejectionReason stage { key name kind } talent { id } job { id title }';
export const JOB = `id title department location remotePolicy employmentType salary { min max currency period } description
  requiredSkills preferredSkills skills minYearsOfExperience status hiringTeam { user { id } role } hasCustomStages
  stages { key name position kind } version createdAt updatedAt`;

export interface Stage {
  key: string;
  name: string;
  kind: string;
  position?: number;
}
export interface ApplicationNode {
  id: string;
  version: number;
  status: string;
  rejectionReason: string | null;
  stage: Stage;
  talent: { id: string };
  job: { id: string; title: string };
}
export interface JobNode {
  id: string;
  title: string;
  skills: string[];
  status: string;
  version: number;
  hasCustomStages: boolean;
  stages: Stage[];
  hiringTeam: { user: { id: string }; role: string }[];
  [field: string]: unknown;
}
export interface Column {
  stage: { key: string };
  count: number;
  applications: { id: string }[];
}

export const errorOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions;

export let t: TestStack;
export let talentIds: string[];
export let userIds: string[];
export let recruiter: string;
export let manager: string;
export let viewer: string;
export let outsider: string;

/** Starts the stack of `mode` before the tests of the calling describe block, and closes it after them. */
export function usePipelineStack(mode: StackMode, available: boolean): void {
  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 40 });
    recruiter = t.token(['RECRUITER']);
    manager = t.token(['HIRING_MANAGER']);
    viewer = t.token(['VIEWER']);
    const otherOrg = randomUUID();
    await sql('INSERT INTO orgs (id, slug, name) VALUES ($1, $2, $3)', [otherOrg, `other-${otherOrg}`, 'Other']);
    outsider = t.token(['ADMIN'], otherOrg);
    const users = await sql<{ id: string }>(
      `INSERT INTO users (org_id, email, name, role, password_hash)
       SELECT $1, 'u' || n || '-' || $2 || '@pipeline.test', 'User ' || n, 'HIRING_MANAGER', 'x' FROM generate_series(1, 3) AS n RETURNING id`,
      [t.orgId, t.orgId],
    );
    userIds = users.map((u) => u.id);
    const talents = await ok<{ talents: { edges: { node: { id: string } }[] } }>('{ talents(first: 40) { edges { node { id } } } }');
    talentIds = talents.talents.edges.map((e) => e.node.id);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    // The next mode's block starts from no stack (its stores may not be available).
    t = undefined as unknown as TestStack;
  });
}

/** Runs an operation as `token` (default: a recruiter) and returns its data, failing on any error. */
export async function ok<T>(query: string, variables: Record<string, unknown> = {}, token = recruiter): Promise<T> {
  const response = await t.request<T>(query, variables, { token });
  expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
  return response.body.data!;
}
export const createJob = async (input: Record<string, unknown>, token = recruiter) =>
  (await ok<{ createJob: JobNode }>(`mutation($input: CreateJobInput!) { createJob(input: $input) { ${JOB} } }`, { input }, token))
    .createJob;
export const apply = async (talentId: string, jobId: string, stage?: string) =>
  (
    await ok<{ createApplication: ApplicationNode }>(
      `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { ${APPLICATION} } }`,
      { input: { talentId, jobId, stage } },
    )
  ).createApplication;
export const move = (input: Record<string, unknown>, token = recruiter) =>
  t.request<{ moveApplication: ApplicationNode }>(
    `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { ${APPLICATION} } }`,
    { input },
    { token },
  );
export const sql = <Row>(text: string, params: unknown[] = []) => t.stack.runtime.data.stores.relational.query<Row>(text, params);
export const count = (text: string, params: unknown[]) => sql<{ n: number }>(text, params) as Promise<[{ n: number }]>;
