import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsistency } from '../../data/consistency.ts';
import { matchingGenerationKey } from '../../data/projections/matching-invalidation.ts';
import { MatchReads } from '../../subgraphs/matching/ranking/match-reads.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The matching score cache end to end (issue 14, point 6): a job's ranking is served from the cache
 * store until the outbox says a talent changed, and a stale score after an edit is a bug: the very
 * next read, before the projector ran and after, shows the edit.
 */
const MATCHES = `query($id: ID!) { job(id: $id) { matches(first: 100) { totalCount edges { score node { id } } } } }`;
const MATCH_SCORE = `query($talentId: ID!, $jobId: ID!) { matchScore(talentId: $talentId, jobId: $jobId) { score } }`;

/** How many rankings were computed (each reads the nearest talents once): a cached read computes none. */
let rankings = 0;
const nearestTalents = MatchReads.prototype.nearestTalents;

describe.each(STACK_MODES)('matching score cache ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let jobId: string;
  beforeAll(async () => {
    if (!available) return;
    MatchReads.prototype.nearestTalents = function (...args) {
      rankings += 1;
      return nearestTalents.apply(this, args);
    };
    // The configuration watcher on (its poll off): a weight change applies in this process at once.
    t = await startTestStack(mode, { talents: 40, env: { CONFIG_WATCH_ENABLED: 'true', CONFIG_POLL_MS: '600000' } });
    const [job] = await t.stack.runtime.data.stores.relational.query<{ id: string }>(
      `SELECT id FROM jobs WHERE org_id = $1 AND status = 'OPEN' AND 'Kubernetes' = ANY (required_skills) ORDER BY title LIMIT 1`,
      [t.orgId],
    );
    jobId = job!.id;
  }, 180_000);
  afterAll(async () => {
    MatchReads.prototype.nearestTalents = nearestTalents;
    await t?.close();
  });

  async function scoreIn(talentId: string): Promise<{ inRanking: number | undefined; pair: number }> {
    const ranking = await t.request<{ job: { matches: { edges: { score: number; node: { id: string } }[] } } }>(MATCHES, { id: jobId });
    expect(ranking.body.errors).toBeUndefined();
    const pair = await t.request<{ matchScore: { score: number } }>(MATCH_SCORE, { talentId, jobId });
    expect(pair.body.errors).toBeUndefined();
    return {
      inRanking: ranking.body.data!.job.matches.edges.find((e) => e.node.id === talentId)?.score,
      pair: pair.body.data!.matchScore.score,
    };
  }

  it.runIf(available)(
    'serves a ranking from the cache; an edited talent scores anew on the next read, before and after its projection',
    async () => {
      const { data } = t.stack.runtime;
      const created = await t.request<{ createTalent: { id: string; version: number } }>(
        'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id version } }',
        { input: { name: 'Cache Person', headline: 'Backend engineer', skills: ['Go'] } },
        { token: t.token(['RECRUITER', 'ADMIN']) },
      );
      expect(created.body.errors).toBeUndefined();
      const talent = created.body.data!.createTalent;
      await data.projector.drainUntilIdle();

      const before = await scoreIn(talent.id);
      expect(before.inRanking).toBe(before.pair);
      const computed = rankings;
      // Again: the same ranking, from the cache (no ranking computed).
      expect(await scoreIn(talent.id)).toEqual(before);
      expect(rankings).toBe(computed);
      expect(await data.stores.cache.get(matchingGenerationKey(t.orgId))).toBeTruthy();

      // The edit: the job's required skills. Its event is pending: the next read must already see it.
      const updated = await t.request(
        'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { id version } }',
        { input: { id: talent.id, version: talent.version, skills: ['Go', 'Kubernetes', 'PostgreSQL', 'Docker'] } },
        { token: t.token(['RECRUITER', 'ADMIN']) },
      );
      expect(updated.body.errors).toBeUndefined();
      const pending = await scoreIn(talent.id);
      expect(pending.pair).toBeGreaterThan(before.pair);
      expect(pending.inRanking).toBe(pending.pair);

      // Projected: a new generation; computed once more, then cached again, with the new score.
      const generation = await data.stores.cache.get(matchingGenerationKey(t.orgId));
      await data.projector.drainUntilIdle();
      expect(await data.stores.cache.get(matchingGenerationKey(t.orgId))).not.toBe(generation);
      // (The similarity moved too: the profile's new vector is in the vector store now.)
      const projected = await scoreIn(talent.id);
      expect(projected.pair).toBeGreaterThan(before.pair);
      expect(projected.inRanking).toBe(projected.pair);
      const recomputed = rankings;
      expect(await scoreIn(talent.id)).toEqual(projected);
      expect(rankings).toBe(recomputed);
    },
  );

  it.runIf(available)(
    'a talent event that dies, its repair and its replay each replace the generation: the next read ranks anew, never from before the edit',
    async () => {
      const { data } = t.stack.runtime;
      const { relational, cache } = data.stores;
      const generation = () => cache.get(matchingGenerationKey(t.orgId));
      const admin = t.token(['RECRUITER', 'ADMIN']);
      const created = await t.request<{ createTalent: { id: string; version: number } }>(
        'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id version } }',
        { input: { name: 'Dead Event Person', headline: 'Backend engineer', skills: ['Go'] } },
        { token: admin },
      );
      expect(created.body.errors).toBeUndefined();
      const talent = created.body.data!.createTalent;
      await data.projector.drainUntilIdle();
      const before = await scoreIn(talent.id);
      await scoreIn(talent.id); // cached now

      const updated = await t.request(
        'mutation($input: UpdateTalentInput!) { updateTalent(input: $input) { id version } }',
        { input: { id: talent.id, version: talent.version, skills: ['Go', 'Kubernetes', 'PostgreSQL', 'Docker'] } },
        { token: admin },
      );
      expect(updated.body.errors).toBeUndefined();
      // The event is poison (a type no target knows) and on its last attempt: the projector parks it as dead.
      const [event] = await relational.query<{ id: string; event_type: string }>(
        `UPDATE outbox SET event_type = 'talent.unreadable', attempts = $3 - 1
         WHERE org_id = $1 AND aggregate_id = $2 AND state = 'pending' RETURNING id, event_type`,
        [t.orgId, talent.id, t.config.projector.maxAttempts],
      );
      expect(event).toBeDefined();
      const alive = await generation();
      expect(await data.projector.drainUntilIdle()).toMatchObject({ dead: 1 });
      expect(await generation()).not.toBe(alive);

      // Nothing pending any more: the read uses the cache, under the new generation, so it ranks with the edit.
      const computed = rankings;
      const afterDeath = await scoreIn(talent.id);
      expect(rankings).toBe(computed + 1);
      expect(afterDeath.pair).toBeGreaterThan(before.pair);
      expect(afterDeath.inRanking).toBe(afterDeath.pair);

      // The projections the dead event never reached, replayed from PostgreSQL (npm run consistency -- --repair):
      // another new generation, as the ranking cached just now read the stale vector.
      const stale = await generation();
      const repaired = await runConsistency(data, { repair: true });
      expect(repaired.stores.vector.repaired).toBeGreaterThan(0);
      expect(repaired.remaining).toBe(0);
      expect(await generation()).not.toBe(stale);

      // The event replayed (an operator puts it back, readable): applied like any event, a new generation again.
      const dead = await generation();
      await relational.query(
        `UPDATE outbox SET state = 'pending', event_type = 'talent.upserted', attempts = 0, available_at = now() WHERE id = $1`,
        [event!.id],
      );
      expect(await data.projector.drainUntilIdle()).toMatchObject({ done: 1, dead: 0 });
      expect(await generation()).not.toBe(dead);
      const replayed = await scoreIn(talent.id);
      expect(replayed.inRanking).toBe(replayed.pair);
    },
  );

  it.runIf(available)(
    "re-ranks on the next read after the organisation's weights change, then serves that ranking from the cache",
    async () => {
      const FACTORS = `query($id: ID!) { job(id: $id) { matches(first: 5) { edges { score factors { kind weight } } } } }`;
      type Edges = { job: { matches: { edges: { score: number; factors: { kind: string; weight: number }[] }[] } } };
      const weightsIn = async () => {
        const response = await t.request<Edges>(FACTORS, { id: jobId });
        expect(response.body.errors).toBeUndefined();
        return response.body.data!.job.matches.edges.map((e) => Object.fromEntries(e.factors.map((f) => [f.kind, f.weight])));
      };
      await weightsIn();
      const before = rankings;
      const defaults = await weightsIn();
      expect(rankings).toBe(before);
      expect(defaults[0]!.REQUIRED_SKILLS).toBeLessThan(1);

      const admin = t.token(['ADMIN']);
      const scope = { kind: 'ORG', orgId: t.orgId };
      const current = await t.request<{ configuration: { version: number } }>(
        'query($scope: ConfigScopeInput!) { configuration(scope: $scope) { version } }',
        { scope },
        { token: admin },
      );
      expect(current.body.errors).toBeUndefined();
      const skillsOnly = {
        requiredSkills: 1,
        preferredSkills: 0,
        semanticSimilarity: 0,
        titleSeniority: 0,
        experienceYears: 0,
        location: 0,
        languages: 0,
        recency: 0,
        warmPath: 0,
      };
      const set = await t.request(
        'mutation($input: SetConfigurationInput!) { setConfiguration(input: $input) { version } }',
        { input: { scope, values: { matchingWeights: skillsOnly }, expectedVersion: current.body.data!.configuration.version } },
        { token: admin },
      );
      expect(set.body.errors).toBeUndefined();

      const reweighted = await weightsIn();
      expect(rankings).toBe(before + 1);
      for (const weights of reweighted) expect(weights.REQUIRED_SKILLS).toBe(1);
      expect(await weightsIn()).toEqual(reweighted);
      expect(rankings).toBe(before + 1);
    },
  );
});
