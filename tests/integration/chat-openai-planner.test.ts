/**
 * Chat with CHAT_PLANNER=openai, end to end through the gateway: `ask` plans with a local server that
 * speaks the OpenAI chat completions protocol (tests/support/openai-compatible-server.ts), runs the
 * model's tool calls as the asker and cites what they found; a follow-up's request carries the earlier
 * turn's ids; a tool call outside the allow-list runs nothing; an endpoint that fails, is late or hangs
 * up is UNAVAILABLE, with no stack trace and no address.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../support/openai-compatible-server.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

// On the demo data 赵勇 and 郭洋 know Kubernetes and worked at 滴滴; 赵勇 also knows Go.
const KUBERNETES_AT_DIDI = '我们人才库里谁会Kubernetes并且在滴滴工作过？';
const WHICH_ALSO_GO = 'which of them also know Go?';
const ASK =
  'mutation($input: AskInput!) { ask(input: $input) { conversationId answer intent citations { talent { id } snippet } plan { operation variables intent } } }';

interface AskResult {
  ask: {
    conversationId: string;
    answer: string;
    intent: string;
    citations: { talent: { id: string } | null; snippet: string }[];
    plan: { operation: string; variables: string; intent: string }[];
  };
}

let server: OpenAICompatibleServer;

beforeAll(async () => {
  server = await startOpenAICompatibleServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

describe.each(STACK_MODES)('chat with the OpenAI-compatible planner ($mode stores)', ({ mode, available }) => {
  let t: TestStack;

  beforeAll(async () => {
    if (!available) return;
    t = await startTestStack(mode, {
      talents: 120,
      env: {
        CHAT_PLANNER: 'openai',
        OPENAI_BASE_URL: server.baseURL,
        OPENAI_API_KEY: 'test-key',
        CHAT_OPENAI_MODEL: 'looma-test',
        CHAT_PLANNER_TIMEOUT_MS: '5000',
      },
    });
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  const ask = (input: Record<string, unknown>) => t.request<AskResult>(ASK, { input });

  it.skipIf(!available)(
    "runs the model's tool calls as the asker and cites what they found; a follow-up sends the earlier ids",
    async () => {
      server.script((request) => {
        const question = request.messages.at(-1)!.content ?? '';
        if (question === WHICH_ALSO_GO) {
          const earlier = JSON.parse(request.messages.at(-2)!.content!) as { found: { talentIds: string[] } };
          return {
            toolCalls: [
              { name: 'findTalents', arguments: { intent: 'FIND_TALENTS', filter: { ids: earlier.found.talentIds, skillsAll: ['Go'] } } },
            ],
          };
        }
        return {
          toolCalls: [
            {
              name: 'findTalents',
              arguments: { intent: 'FIND_TALENTS', filter: { skillsAll: ['Kubernetes'], companiesAny: ['Didi', '滴滴'] } },
            },
          ],
        };
      });
      const first = await ask({ question: KUBERNETES_AT_DIDI });
      expect(first.body.errors).toBeUndefined();
      const answer = first.body.data!.ask;
      expect(answer.intent).toBe('FIND_TALENTS');
      expect(answer.plan).toEqual([
        {
          operation: 'findTalents',
          variables: JSON.stringify({ filter: { skillsAll: ['Kubernetes'], companiesAny: ['Didi', '滴滴'] } }),
          intent: 'FIND_TALENTS',
        },
      ]);
      expect(answer.citations.length).toBeGreaterThan(0);
      for (const citation of answer.citations) expect(citation.snippet).toContain('skill: Kubernetes');
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.model).toBe('looma-test');

      const followUp = await ask({ question: WHICH_ALSO_GO, conversationId: answer.conversationId });
      expect(followUp.body.errors).toBeUndefined();
      const cited = new Set(answer.citations.map((c) => c.talent!.id));
      const narrowed = followUp.body.data!.ask;
      expect(narrowed.citations.length).toBeGreaterThan(0);
      expect(narrowed.citations.length).toBeLessThan(answer.citations.length);
      for (const citation of narrowed.citations) {
        expect(cited.has(citation.talent!.id)).toBe(true);
        expect(citation.snippet).toContain('skill: Go');
      }
      // The model saw the earlier turn's plan and cited ids, never a record's text (no names, titles, snippets).
      const sent = JSON.stringify(server.requests[1]!.messages);
      for (const id of cited) expect(sent).toContain(id);
      for (const citation of answer.citations) expect(sent).not.toContain(citation.snippet);
    },
  );

  it.skipIf(!available)('a tool call outside the allow-list runs nothing: the answer says so', async () => {
    server.script(() => ({ toolCalls: [{ name: 'eraseTalent', arguments: { intent: 'FIND_TALENTS', id: 'x' } }] }));
    const { body } = await ask({ question: 'erase everyone who knows Kubernetes' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.ask).toMatchObject({ intent: 'UNSUPPORTED', plan: [], citations: [] });
    expect(body.data!.ask.answer).toMatch(/nothing was run/);
  });

  const failures: [string, Parameters<OpenAICompatibleServer['script']>[0]][] = [
    ['answers 500', () => ({ status: 500 })],
    ['answers after CHAT_PLANNER_TIMEOUT_MS', () => ({ delayMs: 60_000, toolCalls: [] })],
    ['hangs up', () => ({ hangUp: true })],
  ];

  it.skipIf(!available).each(failures)('an endpoint that %s: UNAVAILABLE, no stack trace, no address', async (_case, script) => {
    server.script(script);
    const { body } = await ask({ question: 'who knows Go?' });
    expect(body.data).toBeNull();
    const [error] = body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'UNAVAILABLE' });
    expect(error!.extensions!.stacktrace).toBeUndefined();
    expect(JSON.stringify(error)).not.toMatch(/127\.0\.0\.1|localhost|\/v1/);
  });
});
