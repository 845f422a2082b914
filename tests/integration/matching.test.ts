/**
 * Matching through the gateway (issue 14): a job's matches with factors adding up to the score, a
 * knocked-out talent flagged or excluded, the explanations in the viewer's language, weights from the
 * organisation's configuration re-ranking at once, bad arguments as BAD_USER_INPUT, and no other
 * organisation's talent or job ever (matches, matchingJobs, matchScore, a direct `_entities` call).
 * The model is an OpenAI-compatible server in this process answering with the offline embedder's
 * vectors; stopped at the end, matches are scored without similarity and say so in a warning.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../subgraphs/talent/demo/demo-seed.ts';
import { freePort } from '../support/egress.ts';
import { fakeModelServer, stopServer as stop } from '../support/fake-embeddings-server.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface Factor {
  kind: string;
  weight: number;
  score: number;
  contribution: number;
  explanation: string;
  evidence: string[];
  available: boolean;
}
interface Edge {
  cursor: string;
  node: { id: string };
  score: number;
  knockedOut: boolean;
  gaps: string[];
  knockouts: { kind: string; explanation: string }[];
  factors: Factor[];
}
interface Matches {
  job: { matches: { totalCount: number; edges: Edge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
}

const FACTORS = 'factors { kind weight score contribution explanation evidence available }';
const MATCHES = `query($id: ID!, $first: Int, $after: String, $mode: KnockOutMode, $filter: TalentFilter) {
  job(id: $id) { matches(first: $first, after: $after, knockOuts: $mode, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id } score knockedOut gaps knockouts { kind explanation } ${FACTORS} } } } }`;
const MATCH_SCORE = `query($t: ID!, $j: ID!) { matchScore(talentId: $t, jobId: $j) {
  talent { id } job { id } score knockedOut gaps ${FACTORS} } }`;
const MATCHING_JOBS = `query($id: ID!) { talent(id: $id) { matchingJobs(first: 10) { job { id } score knockedOut ${FACTORS} } } }`;

const sum = (factors: Factor[]) => factors.reduce((total, f) => total + f.contribution, 0);

describe.each(STACK_MODES)('matching ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let model: http.Server | undefined;
  let jobId: string;
  let strongId: string;
  let lackingId: string;
  let outsiderTalentId: string;
  let outsiderJobId: string;
  /** Another organisation (its demo jobs and one talent), fresh per stack: stacks on shared servers stay apart. */
  const otherOrg = randomUUID();

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, options: Parameters<TestStack['request']>[2] = {}) => {
    const { body } = await t.request<T>(query, variables, options);
    return body as typeof body & { extensions?: { warnings?: { code: string }[] } };
  };
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}, options: Parameters<TestStack['request']>[2] = {}) => {
    const body = await gql<T>(query, variables, options);
    if (body.errors?.length || !body.data) throw new Error(`answered ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const createTalent = async (input: Record<string, unknown>, token?: string) =>
    (
      await ok<{ createTalent: { id: string } }>(
        'mutation($i: CreateTalentInput!) { createTalent(input: $i) { id } }',
        { i: input },
        { token },
      )
    ).createTalent.id;
  const createJob = async (input: Record<string, unknown>, token?: string) =>
    (await ok<{ createJob: { id: string } }>('mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', { i: input }, { token }))
      .createJob.id;
  const project = async () => {
    await t.stack.runtime.data.projector.drainUntilIdle();
    await t.stack.runtime.data.stores.search.refresh('talents');
  };
  const matches = async (variables: Record<string, unknown>, options: Parameters<TestStack['request']>[2] = {}) =>
    (await ok<Matches>(MATCHES, { id: jobId, first: 50, ...variables }, options)).job!.matches;

  beforeAll(async () => {
    if (!available) return;
    const port = await freePort();
    model = await fakeModelServer(port);
    t = await startTestStack(mode, {
      talents: 30,
      env: {
        EMBEDDINGS_PROVIDER: 'openai',
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
        EMBEDDINGS_MODEL: 'fake-model',
        EMBEDDINGS_DIMENSIONS: '256',
        // The organisation's weights come from the configuration service, applied at once.
        CONFIG_WATCH_ENABLED: 'true',
      },
    });
    const job = {
      title: 'Go Platform Engineer',
      location: 'Shanghai',
      remotePolicy: 'HYBRID',
      requiredSkills: ['Go', 'Kubernetes'],
      preferredSkills: ['PostgreSQL'],
      minYearsOfExperience: 3,
      status: 'OPEN',
      knockouts: { mustHaveSkills: ['Kubernetes'] },
    };
    jobId = await createJob(job);
    const profile = { location: 'Shanghai', languages: ['Mandarin', 'English'], yearsOfExperience: 6, currentTitle: 'Platform Engineer' };
    strongId = await createTalent({
      ...profile,
      name: 'Strong Match',
      headline: 'Go platform engineer',
      skills: ['Go', 'Kubernetes', 'PostgreSQL'],
    });
    lackingId = await createTalent({
      ...profile,
      name: 'Lacks Kubernetes',
      headline: 'Go platform engineer',
      skills: ['Go', 'PostgreSQL'],
    });
    // Another organisation with a perfect candidate and the same job.
    await seedDemo(t.stack.runtime.data.stores.relational, 0, otherOrg);
    const outsider = t.token(['RECRUITER'], otherOrg);
    outsiderTalentId = await createTalent(
      { ...profile, name: 'Other Org', headline: 'Go platform engineer', skills: ['Go', 'Kubernetes'] },
      outsider,
    );
    outsiderJobId = await createJob(job, outsider);
    await project();
  }, 240_000);
  afterAll(async () => {
    if (model) await stop(model);
    // The other organisation's graph nodes on a shared server (the stack clears its own).
    if (mode === 'real') await t?.stack.runtime.data.stores.graph.clearOrg(otherOrg).catch(() => undefined);
    await t?.close();
  });

  it.runIf(available)("ranks a job's candidates best first, each score the sum of its factors' contributions", async () => {
    const page = await matches({});
    expect(page.edges.length).toBeGreaterThan(1);
    expect(page.totalCount).toBeGreaterThanOrEqual(page.edges.length);
    for (const edge of page.edges) {
      expect(edge.factors.map((f) => f.kind)).toHaveLength(9);
      expect(Math.abs(sum(edge.factors) - edge.score)).toBeLessThanOrEqual(0.01);
      expect(edge.score).toBeGreaterThanOrEqual(0);
      expect(edge.score).toBeLessThanOrEqual(100);
      for (const factor of edge.factors) expect(factor.explanation.length).toBeGreaterThan(0);
    }
    const passing = page.edges.filter((e) => !e.knockedOut).map((e) => e.score);
    expect(passing).toEqual([...passing].sort((a, b) => b - a));
    expect(page.edges[0]!.node.id).toBe(strongId);
    expect(page.edges[0]!.factors.find((f) => f.kind === 'SEMANTIC_SIMILARITY')!.available).toBe(true);
  });

  it.runIf(available)('flags a knocked-out talent after the others, or excludes it', async () => {
    const flagged = await matches({ mode: 'FLAG' });
    const lacking = flagged.edges.find((e) => e.node.id === lackingId)!;
    expect(lacking.knockedOut).toBe(true);
    expect(lacking.knockouts.map((k) => k.kind)).toContain('MUST_HAVE_SKILLS');
    expect(lacking.gaps.length).toBeGreaterThan(0);
    const firstKnockedOut = flagged.edges.findIndex((e) => e.knockedOut);
    expect(flagged.edges.slice(firstKnockedOut).every((e) => e.knockedOut)).toBe(true);

    const excluded = await matches({ mode: 'EXCLUDE' });
    expect(excluded.edges.map((e) => e.node.id)).not.toContain(lackingId);
    expect(excluded.edges.every((e) => !e.knockedOut)).toBe(true);
    expect(excluded.totalCount).toBe(flagged.totalCount - flagged.edges.filter((e) => e.knockedOut).length);
  });

  it.runIf(available)("explains in the viewer's language (Accept-Language)", async () => {
    const zh = await matches({ first: 1 }, { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } });
    const en = await matches({ first: 1 }, { headers: { 'accept-language': 'en-GB' } });
    const explanation = (page: typeof zh) => page.edges[0]!.factors.find((f) => f.kind === 'REQUIRED_SKILLS')!.explanation;
    expect(explanation(zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(explanation(en)).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it.runIf(available)('pages with cursors bound to the job, filter and mode; a bad first or cursor is BAD_USER_INPUT', async () => {
    const all = await matches({ first: 50 });
    const first = await matches({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(all.edges.length > 1);
    const second = await matches({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges[0]!.node.id).toBe(all.edges[1]!.node.id);

    const codes = async (variables: Record<string, unknown>) =>
      (await gql(MATCHES, { id: jobId, ...variables })).errors?.map((e) => e.extensions?.code);
    expect(await codes({ first: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ first: 101 })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ after: 'not-a-cursor' })).toEqual(['BAD_USER_INPUT']);
    // A cursor of the same job in the other mode is another ranking's.
    expect(await codes({ mode: 'EXCLUDE', after: first.pageInfo.endCursor })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ filter: { yearsMin: 80 } })).toEqual(['BAD_USER_INPUT']);
  });

  it.runIf(available)('applies the talent filter to the candidates: ACTIVE talents without one', async () => {
    const filtered = await matches({ filter: { skillsAll: ['Kubernetes'] } });
    expect(filtered.edges.map((e) => e.node.id)).toContain(strongId);
    expect(filtered.edges.map((e) => e.node.id)).not.toContain(lackingId);

    const archived = await createTalent({ name: 'Archived Match', headline: 'Go platform engineer', skills: ['Go', 'Kubernetes'] });
    await ok('mutation($id: ID!) { archiveTalent(id: $id) { id } }', { id: archived });
    await project();
    expect((await matches({})).edges.map((e) => e.node.id)).not.toContain(archived);
    const withArchived = await matches({ filter: { status: ['ACTIVE', 'ARCHIVED'] } });
    expect(withArchived.edges.map((e) => e.node.id)).toContain(archived);
  });

  it.runIf(available)('scores one pair with the full explanation, and a talent against the open jobs', async () => {
    const { matchScore } = await ok<{ matchScore: { talent: { id: string }; job: { id: string }; score: number; factors: Factor[] } }>(
      MATCH_SCORE,
      { t: strongId, j: jobId },
    );
    expect(matchScore.talent.id).toBe(strongId);
    expect(matchScore.job.id).toBe(jobId);
    expect(Math.abs(sum(matchScore.factors) - matchScore.score)).toBeLessThanOrEqual(0.01);
    const ranked = (await matches({})).edges.find((e) => e.node.id === strongId)!;
    expect(matchScore.score).toBeCloseTo(ranked.score, 1);

    const { talent } = await ok<{
      talent: { matchingJobs: { job: { id: string }; score: number; knockedOut: boolean; factors: Factor[] }[] };
    }>(MATCHING_JOBS, {
      id: strongId,
    });
    expect(talent.matchingJobs.map((m) => m.job.id)).toContain(jobId);
    expect(talent.matchingJobs.map((m) => m.job.id)).not.toContain(outsiderJobId);
    // Best first; the jobs whose knock-outs the talent fails after the others.
    const knockedOut = talent.matchingJobs.map((m) => m.knockedOut);
    expect(knockedOut).toEqual([...knockedOut].sort((a, b) => Number(a) - Number(b)));
    const scores = talent.matchingJobs.filter((m) => !m.knockedOut).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.runIf(available)("never shows another organisation's talent or job", async () => {
    const page = await matches({});
    expect(page.edges.map((e) => e.node.id)).not.toContain(outsiderTalentId);
    for (const [talentId, id] of [
      [outsiderTalentId, jobId],
      [strongId, outsiderJobId],
      ['not-an-id', jobId],
    ]) {
      const body = await gql(MATCH_SCORE, { t: talentId, j: id });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    // Another organisation's job and talent read by a direct call, as the gateway would: nothing.
    const url = t.stack.subgraphs.matching!.url;
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Job { id matches(first: 5) { totalCount } } ... on Talent { id matchingJobs { score } } } }`;
    const forged = await gql<{ _entities: unknown[] }>(
      entities,
      {
        r: [
          { __typename: 'Job', id: outsiderJobId },
          { __typename: 'Talent', id: outsiderTalentId },
        ],
      },
      { url },
    );
    expect(forged.errors).toBeUndefined();
    expect(forged.data?._entities).toEqual([null, { id: outsiderTalentId, matchingJobs: [] }]);
    const anonymous = await gql(entities, { r: [{ __typename: 'Job', id: jobId }] }, { url, token: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.runIf(available)("re-ranks at once when the organisation's weights change", async () => {
    const admin = t.token(['ADMIN']);
    const weights = { requiredSkills: 1, preferredSkills: 0, semanticSimilarity: 0, titleSeniority: 0, experienceYears: 0 };
    await ok(
      'mutation($i: SetConfigurationInput!) { setConfiguration(input: $i) { version } }',
      {
        i: {
          scope: { kind: 'ORG', orgId: t.orgId },
          values: { matchingWeights: { ...weights, location: 0, languages: 0, recency: 0, warmPath: 0 } },
          expectedVersion: 0,
        },
      },
      { token: admin },
    );
    const page = await matches({});
    for (const edge of page.edges) {
      const required = edge.factors.find((f) => f.kind === 'REQUIRED_SKILLS')!;
      expect(required.weight).toBeCloseTo(1, 5);
      expect(edge.score).toBeCloseTo(required.score * 100, 1);
    }
  });

  it.runIf(available)('scores without similarity when the model is down, and says so', async () => {
    await stop(model!);
    model = undefined;
    // Another filter than before: a ranking of its own.
    const body = await gql<Matches>(MATCHES, { id: jobId, first: 20, filter: { yearsMin: 1 } });
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.warnings?.map((w) => w.code)).toContain('SEMANTIC_MATCHING_UNAVAILABLE');
    const edges = body.data!.job!.matches.edges;
    expect(edges.map((e) => e.node.id)).toContain(strongId);
    for (const edge of edges) {
      expect(edge.factors.find((f) => f.kind === 'SEMANTIC_SIMILARITY')!.available).toBe(false);
      expect(Math.abs(sum(edge.factors) - edge.score)).toBeLessThanOrEqual(0.01);
    }
  });
});
