import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The GraphQL over HTTP spec (graphql-http's server audits) at the gateway and at a subgraph: every
 * MUST and every SHOULD holds, so generic clients and proxies meet the behaviour the spec promises.
 */
describe('GraphQL over HTTP conformance', () => {
  let t: TestStack;
  beforeAll(async () => {
    t = await startTestStack('embedded');
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  /**
   * The MAY-level GET audits Looma does not pass on purpose: CSRF prevention answers a GET without
   * a preflight header (`apollo-require-preflight`, or a non-simple content type) with 400.
   */
  const REFUSED_GETS = new Set(['5A70', 'D6D5', '6A70']);

  /** The audits that failed or warned (`status id name: reason`), and the notices outside REFUSED_GETS. */
  async function audit(url: string): Promise<string[]> {
    const results: AuditResult[] = await auditServer({ url });
    expect(results.length).toBeGreaterThan(30);
    return results.flatMap((result) =>
      result.status === 'ok' || (result.status === 'notice' && REFUSED_GETS.has(result.id))
        ? []
        : [`${result.status} ${result.id} ${result.name}: ${result.reason}`],
    );
  }

  it('passes every audit at the gateway, without a warning', async () => {
    expect(await audit(t.stack.gateway.url)).toEqual([]);
  });

  it('passes every audit at a subgraph, without a warning', async () => {
    expect(await audit(t.stack.subgraphs.talent!.url)).toEqual([]);
  });

  it('keeps 400 for a bad document when the client accepts anything or the GraphQL response type', async () => {
    for (const accept of ['*/*', 'application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9']) {
      const response = await t.request('{ talents(first: "ten") { totalCount } }', {}, { headers: { accept } });
      expect(response.status, accept).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const named = await t.request('{ talents(first: "ten") { totalCount } }', {}, { headers: { accept: 'application/json' } });
    expect(named.status).toBe(200);
    expect(named.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps 400 for a malformed request even when the client names application/json', async () => {
    const response = await fetch(t.stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});
