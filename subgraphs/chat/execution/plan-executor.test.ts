import { describe, expect, it } from 'vitest';
import { ErrorCode, LoomaError } from '../../../platform/errors.ts';
import type { Plan, PlanStep } from '../planning/types.ts';
import { executePlan, validatePlan, type GatewayCall } from './plan-executor.ts';

const TALENT_A = '11111111-1111-4111-8111-111111111111';
const TALENT_B = '22222222-2222-4222-8222-222222222222';

const plan = (steps: PlanStep[], intent: Plan['intent'] = 'FIND_TALENTS'): Plan => ({ intent, steps, language: 'en' });
const step = (operation: PlanStep['operation'], variables: Record<string, unknown>, dependsOn: number[] = []): PlanStep =>
  ({ operation, variables, dependsOn }) as PlanStep;

function invalidPlan(run: () => unknown): LoomaError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LoomaError);
    expect((error as LoomaError).code).toBe(ErrorCode.INVALID_PLAN);
    return error as LoomaError;
  }
  throw new Error('the plan was accepted');
}

const talentNode = (id: string, name: string, skills: string[] = []) => ({
  id,
  name,
  headline: null,
  currentTitle: 'Engineer',
  currentCompany: 'ByteDance',
  location: 'Beijing',
  yearsOfExperience: 5,
  skills,
  companies: ['ByteDance'],
  schools: [],
});

describe('validatePlan: a plan step runs only when its document takes its variables', () => {
  it('accepts a findTalents step with a typed filter', () => {
    expect(
      validatePlan(plan([step('findTalents', { filter: { skillsAll: ['Kubernetes'], companiesAny: ['ByteDance'] }, first: 5 })])),
    ).toHaveLength(1);
  });

  it('refuses an operation outside the allow-list (a mutation by name, say)', () => {
    const error = invalidPlan(() => validatePlan(plan([step('eraseTalent' as PlanStep['operation'], { id: TALENT_A })])));
    expect(error.message).toContain('not an allowed operation');
  });

  it('refuses a variable the document does not declare, a wrong type, a missing required variable', () => {
    expect(invalidPlan(() => validatePlan(plan([step('findTalents', { query: 'x' })]))).message).toContain('takes no variable query');
    invalidPlan(() => validatePlan(plan([step('findTalents', { filter: { skillsAll: 'Kubernetes', yearsMin: 'many' } })])));
    invalidPlan(() => validatePlan(plan([step('findTalents', { filter: { unknownField: 1 } })])));
    invalidPlan(() => validatePlan(plan([step('talentProfile', {})])));
    invalidPlan(() => validatePlan(plan([step('findTalents', { filter: { status: ['DELETED'] } })])));
  });

  it('refuses a dependency on the same or a later step, and more steps than the bound', () => {
    invalidPlan(() => validatePlan(plan([step('talentProfile', { id: { $from: 0, path: 'id' } }, [0])])));
    invalidPlan(() => validatePlan(plan([step('resolveTalent', { name: 'x' }), step('talentProfile', { id: { $from: 2, path: 'id' } })])));
    const many = Array.from({ length: 7 }, () => step('findJobs', {}));
    expect(invalidPlan(() => validatePlan(plan(many))).message).toContain('at most 6 steps');
  });

  it('nothing runs when any step is invalid', async () => {
    const calls: string[] = [];
    const call: GatewayCall = async (request) => {
      calls.push(request.operationName);
      return {};
    };
    await expect(executePlan(plan([step('findJobs', {}), step('findTalents', { filter: { yearsMin: 'x' } })]), call)).rejects.toMatchObject(
      {
        code: ErrorCode.INVALID_PLAN,
      },
    );
    expect(calls).toEqual([]);
  });
});

describe('executePlan', () => {
  it("substitutes { $from, path } with the ids of an earlier step's results, never their text", async () => {
    const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
    const call: GatewayCall = async (request) => {
      requests.push(request);
      if (request.operationName === 'ChatResolveTalent') {
        return { talents: { totalCount: 1, edges: [{ node: talentNode(TALENT_A, 'Ada Lovelace') }] } };
      }
      if (request.operationName === 'ChatFindTalents') {
        return { talents: { totalCount: 1, edges: [{ node: talentNode(TALENT_B, 'Grace Hopper', ['Go']) }] } };
      }
      return { talent: { id: TALENT_A, name: 'Ada Lovelace', network: [] } };
    };
    const results = await executePlan(
      plan(
        [
          step('resolveTalent', { name: 'Ada' }),
          step('talentNetwork', { id: { $from: 0, path: 'ids' }, depth: 2 }, [0]),
          step('findTalents', { filter: { ids: { $from: 0, path: 'ids' }, skillsAll: ['Go'] } }, [0]),
        ],
        'WHO_KNOWS',
      ),
      call,
    );
    expect(requests.map((r) => r.operationName)).toEqual(['ChatResolveTalent', 'ChatTalentNetwork', 'ChatFindTalents']);
    // A single ID variable takes the first id; a list in a filter takes them all.
    expect(requests[1]!.variables).toMatchObject({ id: TALENT_A, depth: 2 });
    expect(requests[2]!.variables).toMatchObject({ filter: { ids: [TALENT_A], skillsAll: ['Go'] } });
    expect(JSON.stringify(requests.slice(1))).not.toContain('Ada Lovelace');
    expect(results[2]!.talents.map((t) => t.id)).toEqual([TALENT_B]);
  });

  it("skips a step whose source found nothing (an empty id list would filter nothing) and bounds every step's `first`", async () => {
    const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
    const call: GatewayCall = async (request) => {
      requests.push(request);
      return { talents: { totalCount: 0, edges: [] } };
    };
    const results = await executePlan(
      plan([
        step('resolveTalent', { name: 'Nobody', first: 500 }),
        step('findTalents', { filter: { ids: { $from: 0, path: 'ids' } } }, [0]),
      ]),
      call,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]!.variables.first).toBe(50);
    expect(results[1]).toMatchObject({ skipped: true, talents: [] });
  });

  it('sends the SDK document itself (the persisted manifest knows its text)', async () => {
    let query = '';
    await executePlan(plan([step('findJobs', { filter: { status: ['OPEN'] } })], 'JOB_STATUS'), async (request) => {
      query = request.query;
      return { jobs: { totalCount: 0, edges: [] } };
    });
    expect(query).toMatch(/^query ChatFindJobs\(/);
  });

  it('runs no single-talent step for a name several talents answer to; one exact name among them is the one', async () => {
    const requests: string[] = [];
    const resolved = (names: string[]) => ({
      talents: { totalCount: names.length, edges: names.map((name, i) => ({ node: talentNode([TALENT_A, TALENT_B][i]!, name) })) },
    });
    let names = ['张伟', '张伟'];
    const call: GatewayCall = async (request) => {
      requests.push(request.operationName);
      return request.operationName === 'ChatResolveTalent' ? resolved(names) : { talent: talentNode(TALENT_A, '张伟') };
    };
    const summarise = plan(
      [step('resolveTalent', { name: '张伟' }), step('talentProfile', { id: { $from: 0, path: 'ids' } }, [0])],
      'SUMMARISE_TALENT',
    );
    const ambiguous = await executePlan(summarise, call);
    expect(requests).toEqual(['ChatResolveTalent']);
    expect(ambiguous[1]).toMatchObject({ skipped: true });

    requests.length = 0;
    names = ['张伟', '张伟华'];
    const exact = await executePlan(summarise, call);
    expect(requests).toEqual(['ChatResolveTalent', 'ChatTalentProfile']);
    expect(exact[0]!.talents.map((t) => t.name)).toEqual(['张伟']);
  });
});
