/**
 * Chat (issue 15) through the gateway on seeded data: plan steps run over HTTP with the asker's own
 * credential, so the answer holds only what the asker may read; citations satisfy the question; a
 * follow-up narrows the previous answer; conversations belong to the user who started them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../platform/logger.ts';
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

const planner = stubPlanner({
  [KUBERNETES_AT_DIDI]: () => ({
    intent: 'FIND_TALENTS',
    language: 'zh',
    steps: [
      {
        operation: 'findTalents',
        variables: { filter: { skillsAll: ['Kubernetes'], companiesAny: ['Didi', '滴滴'] } },
        dependsOn: [],
      },
    ],
  }),
  [WHICH_ALSO_GO]: ({ history }) => ({
    intent: 'FIND_TALENTS',
    language: 'en',
    steps: [{ operation: 'findTalents', variables: { filter: { ids: history.at(-1)!.talentIds, skillsAll: ['Go'] } }, dependsOn: [] }],
  }),
  invalid: () => ({
    intent: 'FIND_TALENTS',
    language: 'en',
    steps: [{ operation: 'findTalents', variables: { filter: { yearsMin: 'many' } }, dependsOn: [] }],
  }),
});

interface TalentRead {
  talent: { id: string; skills: string[]; headline: string | null; companies: string[]; currentCompany: string | null } | null;
}

describe.each(STACK_MODES)('chat through the gateway ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  const userId = randomUUID();
  let token: string;
  const chatFor = (bearer: string) =>
    new Chat(
      {
        userId,
        orgId: t.orgId,
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

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, { talents: 120 });
    token = t.stack.runtime.authenticator.issueAccessToken({ userId, orgId: t.orgId, roles: ['RECRUITER'] });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it.skipIf(!available)('a skills and company question returns cited talents that satisfy it; a follow-up narrows them', async () => {
    const chat = chatFor(token);
    const first = await chat.ask({ question: KUBERNETES_AT_DIDI });
    expect(first.plan).toEqual([
      {
        operation: 'findTalents',
        variables: JSON.stringify({ filter: { skillsAll: ['Kubernetes'], companiesAny: ['Didi', '滴滴'] } }),
        intent: 'FIND_TALENTS',
      },
    ]);
    expect(first.citations.length).toBeGreaterThan(0);
    for (const citation of first.citations) {
      const { body } = await t.request<TalentRead>(
        'query($id: ID!) { talent(id: $id) { id skills headline companies currentCompany } }',
        { id: citation.talent!.id },
        { token },
      );
      const talent = body.data!.talent!;
      expect(talent.skills.map((s) => s.toLowerCase())).toContain('kubernetes');
      expect(`${talent.headline} ${talent.companies.join(' ')} ${talent.currentCompany ?? ''}`).toMatch(/Didi|滴滴/);
      expect(citation.snippet).toContain('skill: Kubernetes');
    }
    // Every cited talent's sentence carries its number.
    first.citations.forEach((_, index) => expect(first.answer).toContain(`[${index + 1}]`));

    const followUp = await chat.ask({ question: WHICH_ALSO_GO, conversationId: first.conversationId });
    expect(followUp.conversationId).toBe(first.conversationId);
    expect(planner.seen.at(-1)!.history.map((turn) => turn.question)).toEqual([KUBERNETES_AT_DIDI]);
    const before = new Set(first.citations.map((c) => c.talent!.id));
    expect(followUp.citations.length).toBeGreaterThan(0);
    expect(followUp.citations.length).toBeLessThan(first.citations.length);
    for (const citation of followUp.citations) {
      expect(before.has(citation.talent!.id)).toBe(true);
      expect(citation.snippet).toContain('skill: Go');
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
    const stolen = await t.request(
      'mutation($input: AskInput!) { ask(input: $input) { answer } }',
      { input: { question: 'x', conversationId: first.conversationId } },
      { token: t.token() },
    );
    expect(stolen.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.skipIf(!available)("another organisation's user never gets our citations, whatever they ask", async () => {
    const otherOrg = randomUUID();
    const outsider = t.token(['RECRUITER'], otherOrg);
    const ours = await chatFor(token).ask({ question: KUBERNETES_AT_DIDI });
    expect(ours.citations.length).toBeGreaterThan(0);
    // The same plan, run with the outsider's credential: the gateway confines it to their organisation.
    const theirs = await chatFor(outsider).ask({ question: KUBERNETES_AT_DIDI });
    expect(theirs.citations).toEqual([]);
    expect(theirs.answer).toBe('我们的数据里没有找到相关结果。');
  });

  it.skipIf(!available)('an invalid plan step is INVALID_PLAN and nothing runs', async () => {
    await expect(chatFor(token).ask({ question: 'invalid' })).rejects.toMatchObject({ code: 'INVALID_PLAN' });
  });
});
