import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateTalentDocument,
  LoomaRequestError,
  TalentDocument,
  TalentsDocument,
  TalentsWithProjectionsDocument,
  UploadResumeDocument,
  createLoomaClient,
  type LoomaClient,
} from '../../sdk/client.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

describe('the generated typed SDK against the gateway', () => {
  let t: TestStack;
  let looma: LoomaClient;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 12 });
    looma = createLoomaClient({ url: t.stack.gateway.url, token: () => t.token() });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('runs the operations of sdk/operations with typed results', async () => {
    const { talents } = await looma.request(TalentsDocument, { first: 5 });
    expect(talents.totalCount).toBe(12);
    expect(talents.edges).toHaveLength(5);
    const next = await looma.request(TalentsDocument, { first: 10, after: talents.pageInfo.endCursor });
    expect(next.talents.edges).toHaveLength(7);

    const { createTalent } = await looma.request(CreateTalentDocument, { input: { name: 'SDK 用户', skills: ['GraphQL'] } });
    const { talent } = await looma.request(TalentDocument, { id: createTalent.id });
    expect(talent).toEqual(createTalent);

    await t.stack.runtime.data.projector.drainUntilIdle();
    const withProjections = await looma.request(TalentsWithProjectionsDocument, { first: 13 });
    expect(withProjections.talents.edges.every((e) => e.node.projections.isCurrent)).toBe(true);
  });

  it('uploads a resume and reads the parsed structure with typed results', async () => {
    const text = ['李娜', 'lina.sdk@example.com | 13900139000', '工作经历', '阿里巴巴 数据分析师 2019.03 - 至今', '技能: SQL, Python'].join(
      '\n',
    );
    const { uploadResume } = await looma.request(UploadResumeDocument, { input: { text } });
    expect(uploadResume.attachedBy).toBe('CREATED');
    expect(uploadResume.talent.emails).toEqual(['lina.sdk@example.com']);
    expect(uploadResume.talent.phones).toEqual(['+8613900139000']);
    expect(uploadResume.resume.parsed?.skills.map((s) => s.id)).toEqual(expect.arrayContaining(['sql', 'python']));
  });

  it('throws a LoomaRequestError carrying the stable code', async () => {
    const error = await looma.request(CreateTalentDocument, { input: { name: '' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoomaRequestError);
    expect((error as LoomaRequestError).code).toBe('BAD_USER_INPUT');
    const anonymous = createLoomaClient({ url: t.stack.gateway.url, token: 'garbage' });
    const denied = await anonymous.request(TalentsDocument, { first: 1 }).catch((e: unknown) => e);
    expect(denied).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
