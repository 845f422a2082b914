import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHash } from '../../gateway/limits.ts';
import { createLoomaClient, TalentsDocument } from '../../sdk/client.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { subgraphCalls } from './support.ts';

const DEEP = '{ talents(first: 1) { edges { node { projections { graph { version } } } } } }';
const WIDE =
  '{ talents(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name headline skills version createdAt } } } }';

describe('operation limits at the gateway', () => {
  let t: TestStack;
  beforeAll(async () => {
    // Depth and cost are tightened so this schema (no recursive types) can exceed them; the others keep their defaults.
    t = await startTestStack('embedded', { talents: 1, env: { LIMIT_MAX_DEPTH: '5', LIMIT_MAX_COST: '40' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function expectRefused(query: string, code: string): Promise<void> {
    const before = await subgraphCalls();
    const response = await t.request(query);
    expect(response.status, query.slice(0, 80)).toBe(400);
    expect(
      response.body.errors?.map((e) => e.extensions?.code),
      query.slice(0, 80),
    ).toContain(code);
    expect(JSON.stringify(response.body)).not.toMatch(/stacktrace/);
    expect((await subgraphCalls()) - before).toBe(0);
  }

  it('refuses a depth bomb', async () => {
    await expectRefused(DEEP, 'MAX_DEPTH_EXCEEDED');
    const shallow = await t.request('{ talents(first: 1) { edges { node { projections { isCurrent } } } } }');
    expect(shallow.body.errors).toBeUndefined();
  });

  it('refuses an alias bomb, __typename aliases included', async () => {
    await expectRefused(`{ ${Array.from({ length: 11 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'MAX_ALIASES_EXCEEDED');
    await expectRefused(
      `{ ${Array.from({ length: 11 }, (_, i) => `t${i}: talents(first: 1) { totalCount }`).join(' ')} }`,
      'MAX_ALIASES_EXCEEDED',
    );
    const ten = await t.request(`{ ${Array.from({ length: 10 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(ten.status).toBe(200);
  });

  it('refuses a directive bomb', async () => {
    await expectRefused(`{ ${'__typename @include(if: true) '.repeat(21)} }`, 'MAX_DIRECTIVES_EXCEEDED');
  });

  it('refuses a token bomb while parsing', async () => {
    await expectRefused(`{ ${'__typename '.repeat(1_000)} }`, 'MAX_TOKENS_EXCEEDED');
  });

  it('refuses a cost bomb', async () => {
    await expectRefused(WIDE, 'MAX_COST_EXCEEDED');
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(t.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token()}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });
});

describe('persisted documents', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded', { talents: 2, env: { PERSISTED_DOCUMENTS_REQUIRED: 'true' } });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('accepts the SDK operations, by text or by hash alone, and refuses anything else', async () => {
    const looma = createLoomaClient({ url: t.stack.gateway.url, token: t.token() });
    const result = await looma.request(TalentsDocument, { first: 2 });
    expect(result.talents.edges).toHaveLength(2);

    const adHoc = await t.request('{ talents(first: 1) { totalCount } }');
    expect(adHoc.status).toBe(400);
    expect(adHoc.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');

    const { print } = await import('graphql');
    const response = await fetch(t.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token()}` },
      body: JSON.stringify({
        variables: { first: 1 },
        extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(print(TalentsDocument)) } },
      }),
    });
    const body = (await response.json()) as { data?: { talents: { edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.talents.edges).toHaveLength(1);

    const unknownHash = await fetch(t.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token()}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(((await unknownHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });
});
