/**
 * Chat (issue 15) through the gateway on seeded data: plan steps run over HTTP with the asker's own
 * credential, so the answer holds only what the asker may read; citations satisfy the question; a
 * follow-up narrows the previous answer; conversations belong to the user who started them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../platform/logger.ts';
import { createLoomaClient } from '../../sdk/client.ts';
import { AskDocument, ConversationDocument } from '../../sdk/__generated__/graphql.ts';
import { Chat } from '../../subgraphs/chat/chat.ts';
import { ConversationStore } from '../../subgraphs/chat/conversations/conversation-store.ts';
import { gatewayCall } from '../../subgraphs/chat/execution/gateway-client.ts';
import type { Plan, Planner, PlannerInput } from '../../subgraphs/chat/planning/types.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/** A planner stub for this test only: each question maps to the plan it should get. */
function stubPlanner(plans: Record<string, (input: PlannerInput) => Plan>): Planner & { seen: PlannerInput[] } {
  const seen: PlannerInput[] = [];
  return {
    name: 'offline',
    seen,
    plan: async (input) => {
      seen.push(input);
      return plans[input.question]!(input);
    },
  };
}

// On the 120 demo talents: 赵勇 (architect at 滴滴, Kubernetes and Go) and 郭洋 (滴滴, Kubernetes without Go).
const KUBERNETES_AT_DIDI = '我们人才库里谁会Kubernetes并且在滴滴工作过？';
const WHICH_ALSO_GO = 'which of them also know Go?';

/** Our talents' ids, for a plan that names them outright. */
let ourIds: string[] = [];
const planner = stubPlanner({
  ids: () => ({
    intent: 'SUMMARISE_TALENT',
    language: 'en',
    steps: [
      { operation: 'findTalents', variables: { filter: { ids: ourIds } }, dependsOn: [] },
      { operation: 'talentProfile', variables: { id: ourIds[0] }, dependsOn: [] },
      { operation: 'talentNetwork', variables: { id: ourIds[0] }, dependsOn: [] },
    ],
  }),
  invalid: () => ({
    intent: 'FIND_TALENTS',
    language: 'en',
    steps: [{ operation: 'findTalents', variables: { filter: { yearsMin: 'many' } }, dependsOn: [] }],
  }),
});

const ASK = `mutation($input: AskInput!) {
  ask(input: $input) {
    conversationId answer followUps intent
    citations { snippet talent { id name skills headline companies } }
    plan { operation variables intent }
  }
}`;

interface AskAnswer {
  conversationId: string;
  answer: string;
  followUps: string[];
  intent: string;
  citations: {
    snippet: string;
    talent: { id: string; name: string; skills: string[]; headline: string | null; companies: string[] } | null;
  }[];
  plan: { operation: string; variables: string; intent: string }[];
}

describe.each(STACK_MODES)('chat through the gateway ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const userId = randomUUID();
  let token: string;
  const chatFor = (bearer: string, orgId = t.orgId) =>
    new Chat(
      {
        userId,
        orgId,
        roles: ['RECRUITER'],
        scopes: ['talent:read', 'talent:write', 'job:read', 'job:write', 'ai:use'],
        via: 'token',
      },
      {
        planner,
        conversations: new ConversationStore(t.stack.runtime.data.stores.cache, 3600),
        gateway: gatewayCall({ url: t.stack.gateway.url, authorization: `Bearer ${bearer}` }),
        logger: createLogger('chat-test', 'silent'),
      },
    );

  const ask = async (input: Record<string, unknown>, bearer: string): Promise<AskAnswer> => {
    const { body } = await t.request<{ ask: AskAnswer }>(ASK, { input }, { token: bearer });
    expect(body.errors).toBeUndefined();
    return body.data!.ask;
  };

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 120 });
    token = t.stack.runtime.authenticator.issueAccessToken({ userId, orgId: t.orgId, roles: ['RECRUITER'] });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it.skipIf(!available)('a skills and company question returns cited talents that satisfy it; a follow-up narrows them', async () => {
    // The subgraph's own (offline) planner, through the gateway: the citations are entity references it resolves.
    const first = await ask({ question: KUBERNETES_AT_DIDI }, token);
    expect(first.plan).toEqual([
      {
        operation: 'findTalents',
        variables: JSON.stringify({ filter: { skillsAll: ['Kubernetes'], companiesAny: ['DiDi', '滴滴'] } }),
        intent: 'FIND_TALENTS',
      },
    ]);
    expect(first.citations.length).toBeGreaterThan(0);
    for (const citation of first.citations) {
      const talent = citation.talent!;
      expect(talent.skills.map((s) => s.toLowerCase())).toContain('kubernetes');
      expect(`${talent.headline} ${talent.companies.join(' ')}`).toMatch(/didi|滴滴/i);
      expect(citation.snippet).toContain('skill: Kubernetes');
      expect(first.answer).toContain(talent.name);
    }
    // Every cited talent's sentence carries its number.
    first.citations.forEach((_, index) => expect(first.answer).toContain(`[${index + 1}]`));

    const followUp = await ask({ question: WHICH_ALSO_GO, conversationId: first.conversationId }, token);
    expect(followUp.conversationId).toBe(first.conversationId);
    const before = new Set(first.citations.map((c) => c.talent!.id));
    expect(followUp.citations.length).toBeGreaterThan(0);
    expect(followUp.citations.length).toBeLessThan(first.citations.length);
    for (const citation of followUp.citations) {
      expect(before.has(citation.talent!.id)).toBe(true);
      expect(citation.talent!.skills).toContain('Go');
    }

    // The conversation, read through the gateway by its owner: both turns; another user of the org: null.
    const read = await t.request<{
      conversation: { id: string; turns: { question: string; citations: { talent: { id: string } | null }[] }[] } | null;
    }>(
      'query($id: ID!) { conversation(id: $id) { id turns { question citations { talent { id } } } } }',
      { id: first.conversationId },
      { token },
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.conversation!.turns.map((turn) => turn.question)).toEqual([KUBERNETES_AT_DIDI, WHICH_ALSO_GO]);
    const other = await t.request<{ conversation: unknown }>(
      'query($id: ID!) { conversation(id: $id) { id } }',
      { id: first.conversationId },
      { token: t.token() },
    );
    expect(other.body.data).toEqual({ conversation: null });

    // Continuing someone else's conversation: NOT_FOUND, before anything is planned.
    const stolen = await t.request(ASK, { input: { question: 'x', conversationId: first.conversationId } }, { token: t.token() });
    expect(stolen.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.skipIf(!available)('an erased talent is never quoted again by a remembered conversation, nor kept in it', async () => {
    const created = await t.request<{ createTalent: { id: string } }>(
      'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
      { input: { latinName: 'Ottoline Erasable', skills: ['Elixir'], headline: 'Elixir engineer' } },
      { token },
    );
    expect(created.body.errors).toBeUndefined();
    const erasable = created.body.data!.createTalent.id;
    const asked = await ask({ question: 'who knows Elixir?' }, token);
    expect(asked.citations.map((c) => c.talent?.id)).toContain(erasable);
    expect(asked.answer).toContain('Ottoline Erasable');

    const erased = await t.request(
      'mutation($id: ID!) { eraseTalent(id: $id) { talentId } }',
      { id: erasable },
      { token: t.token(['ADMIN']) },
    );
    expect(erased.body.errors).toBeUndefined();

    const read = await t.request<{
      conversation: { turns: { answer: string; citations: { snippet: string; talent: { id: string } | null }[] }[] };
    }>(
      'query($id: ID!) { conversation(id: $id) { turns { answer citations { snippet talent { id } } } } }',
      { id: asked.conversationId },
      { token },
    );
    expect(read.body.errors).toBeUndefined();
    const [turn] = read.body.data!.conversation.turns;
    expect(turn!.answer).toMatch(/no longer shown/);
    expect(JSON.stringify(turn)).not.toContain('Ottoline');
    expect(turn!.citations.map((c) => c.talent?.id)).not.toContain(erasable);
    // The stored conversation was rewritten: the name is gone from the cache, not only from the response.
    const stored = await t.stack.runtime.data.stores.cache.get(`chat:conversation:${t.orgId}:${userId}:${asked.conversationId}`);
    expect(stored).not.toBeNull();
    expect(stored).not.toContain('Ottoline');
    // A follow-up on it plans over the talents still there, and is answered.
    const followUp = await ask({ question: WHICH_ALSO_GO, conversationId: asked.conversationId }, token);
    expect(followUp.citations.map((c) => c.talent?.id)).not.toContain(erasable);
  });

  it.skipIf(!available)('asks at once on one conversation keep every turn (none overwrites another)', async () => {
    const first = await ask({ question: 'who knows Kubernetes?' }, token);
    const questions = Array.from({ length: 8 }, (_, i) => (i % 2 ? `who knows Go? (${i})` : `who knows Kubernetes? (${i})`));
    const answers = await Promise.all(questions.map((question) => ask({ question, conversationId: first.conversationId }, token)));
    expect(answers.map((a) => a.conversationId)).toEqual(questions.map(() => first.conversationId));
    const read = await t.request<{ conversation: { turns: { question: string }[] } }>(
      'query($id: ID!) { conversation(id: $id) { turns { question } } }',
      { id: first.conversationId },
      { token },
    );
    expect(read.body.errors).toBeUndefined();
    const turns = read.body.data!.conversation.turns.map((turn) => turn.question);
    expect(turns[0]).toBe('who knows Kubernetes?');
    expect(turns.slice(1).sort()).toEqual([...questions].sort());
  });

  it.skipIf(!available)("another organisation's user never gets our citations, whatever they ask", async () => {
    const otherOrg = randomUUID();
    const outsider = t.token(['RECRUITER'], otherOrg);
    const ours = await ask({ question: KUBERNETES_AT_DIDI }, token);
    expect(ours.citations.length).toBeGreaterThan(0);
    for (const question of [KUBERNETES_AT_DIDI, 'who knows Kubernetes?', `summarise ${ours.citations[0]!.talent!.name}`]) {
      const theirs = await ask({ question }, outsider);
      expect(theirs.citations).toEqual([]);
    }
    // Our ids in their plan (one they could not have made): the gateway confines every step to their organisation.
    ourIds = ours.citations.map((c) => c.talent!.id);
    const mine = await chatFor(token).ask({ question: 'ids' });
    expect(mine.citations.map((c) => c.talent?.id)).toContain(ourIds[0]);
    const direct = await chatFor(outsider, otherOrg).ask({ question: 'ids' });
    expect(direct.citations).toEqual([]);
  });

  it.skipIf(!available)("search's filter applies the shared companiesAny too (@sharedFields): only talents of that company", async () => {
    const { body } = await t.request<{ search: { edges: { node: { headline: string | null } }[] } }>(
      'query($filter: TalentSearchFilter) { search(query: "Kubernetes", filter: $filter, first: 50) { edges { node { headline } } } }',
      { filter: { companiesAny: ['滴滴'] } },
      { token },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.search.edges.length).toBeGreaterThan(0);
    for (const edge of body.data!.search.edges) expect(edge.node.headline).toContain('滴滴');
  });

  it.skipIf(!available)('a school question finds who studied there, the school cited from the record', async () => {
    const created = await t.request<{ createTalent: { id: string } }>(
      'mutation($input: CreateTalentInput!) { createTalent(input: $input) { id } }',
      { input: { latinName: 'Qinghua Alumna', skills: ['Go'], schools: ['清华大学'] } },
      { token },
    );
    expect(created.body.errors).toBeUndefined();
    const answer = await ask({ question: 'who studied at Tsinghua and knows Go?' }, token);
    expect(JSON.parse(answer.plan[0]!.variables)).toMatchObject({ filter: { schoolsAny: expect.arrayContaining(['清华大学']) } });
    expect(answer.citations.map((c) => [c.talent!.id, c.snippet])).toEqual([
      [created.body.data!.createTalent.id, 'skill: Go; school: 清华大学'],
    ]);
    expect(answer.answer).toContain('Qinghua Alumna: skills: Go; studied at 清华大学 [1].');
  });

  it.skipIf(!available)('an invalid plan step is INVALID_PLAN and nothing runs', async () => {
    await expect(chatFor(token).ask({ question: 'invalid' })).rejects.toMatchObject({ code: 'INVALID_PLAN' });
  });
});

describe('chat where only persisted documents are accepted', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 120, env: { PERSISTED_DOCUMENTS_REQUIRED: 'true' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("answers: Ask is an SDK operation, and each plan step is one of the SDK's documents, sent as printed", async () => {
    const looma = createLoomaClient({ url: t.stack.gateway.url, token: t.token() });
    const { ask } = await looma.request(AskDocument, { input: { question: KUBERNETES_AT_DIDI } });
    expect(ask.plan.map((step) => step.operation)).toEqual(['findTalents']);
    expect(ask.citations.map((c) => c.talent?.name).sort()).toEqual(['赵勇', '郭洋']);
    const { conversation } = await looma.request(ConversationDocument, { id: ask.conversationId });
    expect(conversation?.turns.map((turn) => turn.answer)).toEqual([ask.answer]);
  });
});
