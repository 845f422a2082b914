/**
 * The OpenAI-compatible planner against a local server that speaks the protocol
 * (tests/support/openai-compatible-server.ts): a question's tool calls become the Plan; what the
 * model proposes outside the allow-list, with bad arguments or too many steps is refused (UNSUPPORTED,
 * nothing to run); an endpoint that is down, failing or late is UNAVAILABLE.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LoomaError } from '../../../../platform/errors.ts';
import type { Logger } from '../../../../platform/logger.ts';
import { freePort } from '../../../../tests/support/egress.ts';
import { startOpenAICompatibleServer, type OpenAICompatibleServer } from '../../../../tests/support/openai-compatible-server.ts';
import { normaliseQuestion } from '../normalise.ts';
import { CHAT_OPERATIONS, type PlannerInput, type PriorTurn } from '../types.ts';
import { openaiPlanner } from './openai-planner.ts';
import { MAX_PLAN_STEPS } from './plan-tools.ts';

/** The allow-list's variables as these tests plan against them (the planner reads only the variable definitions). */
const DOCUMENTS = [
  parse(`
    query ChatFindTalents($filter: TalentFilter, $first: Int = 20) { talents(filter: $filter, first: $first) { __typename } }
    query ChatSearchTalents($query: String!, $first: Int = 20) { search(query: $query, first: $first) { __typename } }
    query ChatTalentProfile($id: ID!) { talent(id: $id) { __typename } }
    query ChatTalentNetwork($id: ID!, $depth: Int = 2) { talent(id: $id) { __typename } }
    query ChatReferrersInto($company: String!, $first: Int = 20) { referrersInto(company: $company, first: $first) { __typename } }
    query ChatFindJobs($filter: JobFilter, $first: Int = 20) { jobs(filter: $filter, first: $first) { __typename } }
    query ChatPipelineBoard($jobId: ID!) { job(id: $jobId) { __typename } }
    query ChatJobMatches($jobId: ID!, $first: Int = 10) { job(id: $jobId) { __typename } }
    query ChatResolveTalent($name: String!) { talents(filter: { text: $name }) { __typename } }
    query ChatResolveJob($title: String!) { jobs(filter: { text: $title }) { __typename } }
  `),
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON schemas, read by path
type Schema = Record<string, any>;

const NOW = new Date('2026-12-02T08:00:00Z');
const input = (question: string, history: PriorTurn[] = []): PlannerInput => ({ question, language: null, history, now: NOW });

let server: OpenAICompatibleServer;
const planner = (timeoutMs = 10_000, baseURL = server.baseURL) =>
  openaiPlanner({ baseURL, apiKey: 'test-key', model: 'looma-planner-test', timeoutMs, documents: DOCUMENTS });

beforeAll(async () => {
  server = await startOpenAICompatibleServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

describe('openaiPlanner: a question becomes a plan', () => {
  it('turns the tool calls into typed steps, the question and the allow-list sent', async () => {
    const question = '我们人才库里谁会Kubernetes并且在字节跳动工作过？';
    server.script(() => ({
      toolCalls: [{ name: 'findTalents', arguments: { intent: 'FIND_TALENTS', filter: { skillsAll: ['Kubernetes'], text: '字节跳动' } } }],
    }));
    const plan = await planner().plan(input(question));
    expect(plan).toEqual({
      intent: 'FIND_TALENTS',
      language: 'zh',
      steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['Kubernetes'], text: '字节跳动' } }, dependsOn: [] }],
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.model).toBe('looma-planner-test');
    expect(request!.tool_choice).toBe('required');
    expect(request!.tools!.map((tool) => tool.function.name).sort()).toEqual(
      [...CHAT_OPERATIONS, 'answer_clarify', 'answer_unsupported'].sort(),
    );
    expect(request!.messages.at(-1)).toEqual({ role: 'user', content: normaliseQuestion(question) });
    expect(request!.messages[0]!.role).toBe('system');
    for (const intent of ['FIND_TALENTS', 'REFERRAL_PATHS', 'COMPARE_TALENTS']) expect(request!.messages[0]!.content).toContain(intent);
  });

  it("gives each tool the JSON schema of its document's variables (ids may name an earlier step's results)", async () => {
    server.script(() => ({ toolCalls: [{ name: 'answer_unsupported', arguments: { message: 'no' } }] }));
    await planner().plan(input('hello'));
    const tools = new Map(server.requests[0]!.tools!.map((tool) => [tool.function.name, tool.function.parameters as Schema]));
    const findTalents = tools.get('findTalents')!;
    expect(findTalents.additionalProperties).toBe(false);
    expect(findTalents.required).toEqual(['intent']);
    expect(findTalents.properties.filter.properties.skillsAll).toEqual({
      type: 'array',
      items: { type: 'string' },
      description: expect.any(String),
    });
    expect(findTalents.properties.filter.properties.status.items).toEqual({ type: 'string', enum: ['ACTIVE', 'ARCHIVED'] });
    expect(findTalents.properties.first).toEqual({ type: 'integer' });
    const network = tools.get('talentNetwork')!;
    expect(network.required).toEqual(['intent', 'id']);
    expect(network.properties.id.anyOf).toEqual([{ type: 'string' }, expect.objectContaining({ required: ['$from', 'path'] })]);
  });

  it("chains steps by placeholder: the later step depends on the earlier one's ids", async () => {
    server.script(() => ({
      toolCalls: [
        { name: 'resolveTalent', arguments: { intent: 'WHO_KNOWS', name: '张伟' } },
        { name: 'talentNetwork', arguments: { intent: 'WHO_KNOWS', id: { $from: 0, path: 'ids' }, depth: 2 } },
      ],
    }));
    const plan = await planner().plan(input('who does 张伟 know?'));
    expect(plan.intent).toBe('WHO_KNOWS');
    expect(plan.language).toBe('en');
    expect(plan.steps).toEqual([
      { operation: 'resolveTalent', variables: { name: '张伟' }, dependsOn: [] },
      { operation: 'talentNetwork', variables: { id: { $from: 0, path: 'ids' }, depth: 2 }, dependsOn: [0] },
    ]);
  });

  it("sends a follow-up the earlier turns' plans and ids, and accepts those ids", async () => {
    const ids = ['0b6c8f0e-0000-4000-8000-000000000001', '0b6c8f0e-0000-4000-8000-000000000002'];
    const history: PriorTurn[] = [
      {
        question: 'who knows Go?',
        plan: {
          intent: 'FIND_TALENTS',
          language: 'en',
          steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['Go'] } }, dependsOn: [] }],
        },
        talentIds: ids,
        jobIds: [],
      },
    ];
    server.script(() => ({ toolCalls: [{ name: 'talentProfile', arguments: { intent: 'SUMMARISE_TALENT', id: ids[1] } }] }));
    const plan = await planner().plan(input('summarise the second one', history));
    expect(plan.steps).toEqual([{ operation: 'talentProfile', variables: { id: ids[1] }, dependsOn: [] }]);
    const messages = server.requests[0]!.messages;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[1]!.content).toBe('who knows Go?');
    expect(JSON.parse(messages[2]!.content!)).toEqual({
      intent: 'FIND_TALENTS',
      steps: [{ operation: 'findTalents', variables: { filter: { skillsAll: ['Go'] } } }],
      found: { talentIds: ids, jobIds: [] },
    });
  });

  it("by default plans over the SDK's chat documents (sdk/operations/chat-plan.graphql): one tool each", async () => {
    server.script(() => ({ toolCalls: [{ name: 'resolveTalent', arguments: { intent: 'SUMMARISE_TALENT', name: '赵勇' } }] }));
    const sdkPlanner = openaiPlanner({ baseURL: server.baseURL, apiKey: 'k', model: 'm', timeoutMs: 10_000 });
    expect((await sdkPlanner.plan(input('总结一下赵勇'))).steps).toEqual([
      { operation: 'resolveTalent', variables: { name: '赵勇' }, dependsOn: [] },
    ]);
    const tools = server.requests[0]!.tools!;
    expect(tools.map((tool) => tool.function.name).sort()).toEqual([...CHAT_OPERATIONS, 'answer_clarify', 'answer_unsupported'].sort());
    const findTalents = tools.find((tool) => tool.function.name === 'findTalents')!.function.parameters as Schema;
    expect(Object.keys(findTalents.properties.filter.properties)).toEqual(
      expect.arrayContaining(['skillsAll', 'companiesAny', 'schoolsAny', 'ids']),
    );
  });

  it('answers CLARIFY with the question the model asks', async () => {
    server.script(() => ({ toolCalls: [{ name: 'answer_clarify', arguments: { message: '您指的是哪位张伟？' } }] }));
    expect(await planner().plan(input('张伟的电话？'))).toEqual({
      intent: 'CLARIFY',
      steps: [],
      language: 'zh',
      message: '您指的是哪位张伟？',
    });
  });

  it('sends the question normalised: NFKC, no zero-width or bidi characters', async () => {
    server.script(() => ({ toolCalls: [{ name: 'answer_unsupported', arguments: { message: 'no' } }] }));
    await planner().plan(input('who knows\u200b Ｋｕｂｅｒｎｅｔｅｓ\u202e?\u2066'));
    expect(server.requests[0]!.messages.at(-1)!.content).toBe('who knows Kubernetes?');
  });
});

describe('openaiPlanner: what is not a runnable plan is refused, nothing run', () => {
  type Calls = { name: string; arguments: string | Record<string, unknown> }[];
  const refusals: [string, RegExp, () => Calls][] = [
    ['an unknown tool', /unknown tool "deleteTalent"/, () => [{ name: 'deleteTalent', arguments: { intent: 'FIND_TALENTS', id: 'x' } }]],
    ['arguments that are not JSON', /not JSON/, () => [{ name: 'findTalents', arguments: '{"intent": "FIND_TALENTS", "filter": {' }]],
    [
      'arguments of the wrong type',
      /\$first: Int cannot represent/,
      () => [{ name: 'findTalents', arguments: { intent: 'FIND_TALENTS', first: 'ten' } }],
    ],
    [
      'a field the input type lacks',
      /orgId/,
      () => [{ name: 'findTalents', arguments: { intent: 'FIND_TALENTS', filter: { orgId: 'other' } } }],
    ],
    [
      'a variable the document lacks',
      /no variable query/,
      () => [{ name: 'findTalents', arguments: { intent: 'FIND_TALENTS', query: 'mutation { eraseTalent }' } }],
    ],
    ['a required variable missing', /\$company is required/, () => [{ name: 'referrersInto', arguments: { intent: 'REFERRAL_PATHS' } }]],
    ['an unknown intent', /intent "EXPORT_ALL"/, () => [{ name: 'findTalents', arguments: { intent: 'EXPORT_ALL' } }]],
    [
      'an id from neither the conversation nor the question',
      /neither in the conversation nor in the question/,
      () => [{ name: 'talentProfile', arguments: { intent: 'SUMMARISE_TALENT', id: '0b6c8f0e-0000-4000-8000-00000000dead' } }],
    ],
    [
      'a placeholder that reads a later step',
      /not an earlier one/,
      () => [{ name: 'talentNetwork', arguments: { intent: 'WHO_KNOWS', id: { $from: 0, path: 'ids' } } }],
    ],
    [
      'a placeholder where no id goes',
      /\$company: String cannot represent/,
      () => [{ name: 'referrersInto', arguments: { intent: 'REFERRAL_PATHS', company: { $from: 0, path: 'ids' } } }],
    ],
    [
      'steps that disagree on the intent',
      /disagree on the intent/,
      () => [
        { name: 'findTalents', arguments: { intent: 'FIND_TALENTS' } },
        { name: 'findJobs', arguments: { intent: 'JOB_STATUS' } },
      ],
    ],
    [
      'an answer tool beside a step',
      /answer_clarify came with other tool calls/,
      () => [
        { name: 'findTalents', arguments: { intent: 'FIND_TALENTS' } },
        { name: 'answer_clarify', arguments: { message: 'which?' } },
      ],
    ],
    [
      `more than ${MAX_PLAN_STEPS} steps`,
      /more than 6/,
      () => Array.from({ length: MAX_PLAN_STEPS + 1 }, () => ({ name: 'findTalents', arguments: { intent: 'FIND_TALENTS' } })),
    ],
    ['no tool call at all', /no tool/, () => []],
  ];

  it.each(refusals)('%s', async (_case, reason, toolCalls) => {
    server.script(() => ({ toolCalls: toolCalls(), content: 'Sure! Here are all talents of every org.' }));
    const reasons: string[] = [];
    const logger = { warn: (fields: { reason: string }) => reasons.push(fields.reason) } as unknown as Logger;
    const plan = await openaiPlanner({
      baseURL: server.baseURL,
      apiKey: 'k',
      model: 'm',
      timeoutMs: 10_000,
      documents: DOCUMENTS,
      logger,
    }).plan(input('who knows Kubernetes?'));
    expect(reasons).toEqual([expect.stringMatching(reason)]);
    expect(plan).toEqual({ intent: 'UNSUPPORTED', steps: [], language: 'en', message: expect.stringContaining('nothing was run') });
  });

  it('accepts an id the question itself names', async () => {
    const id = '0b6c8f0e-0000-4000-8000-0000000000aa';
    server.script(() => ({ toolCalls: [{ name: 'talentProfile', arguments: { intent: 'SUMMARISE_TALENT', id } }] }));
    expect((await planner().plan(input(`summarise ${id}`))).steps).toEqual([
      { operation: 'talentProfile', variables: { id }, dependsOn: [] },
    ]);
  });
});

describe('openaiPlanner: an endpoint that fails is UNAVAILABLE', () => {
  const unavailable = async (promise: Promise<unknown>, reason: string) => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LoomaError);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', details: { reason } });
    expect((error as Error).message).not.toMatch(/127\.0\.0\.1|localhost|http/);
  };

  it('when nothing listens', async () => {
    const port = await freePort();
    await unavailable(planner(5_000, `http://127.0.0.1:${port}/v1`).plan(input('who knows Go?')), 'unreachable');
  });

  it('when the endpoint answers 500 or 429', async () => {
    server.script(() => ({ status: 500 }));
    await unavailable(planner().plan(input('who knows Go?')), 'server-error');
    server.script(() => ({ status: 429 }));
    await unavailable(planner().plan(input('who knows Go?')), 'rate-limited');
  });

  it('when the endpoint answers after the time limit', async () => {
    server.script(() => ({ delayMs: 30_000, toolCalls: [{ name: 'findTalents', arguments: { intent: 'FIND_TALENTS' } }] }));
    await unavailable(planner(300).plan(input('who knows Go?')), 'timeout');
  });
});
