/**
 * Degrade, don't fail (issue 13, point 4): with the embedding model's server down, SEMANTIC and
 * HYBRID search answer with the keyword ranking and say so in the response's
 * `extensions.warnings` (no error); once the server answers again, they rank by the model again.
 * The model here is an OpenAI-compatible server in this process that answers with the offline
 * embedder's vectors, so the test needs no model install; it is stopped to leave a dead port.
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/egress.ts';
import { fakeModelServer, stopServer as stop } from '../support/fake-embeddings-server.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

interface SearchResult {
  search: { totalCount: number; edges: { node: { id: string } }[] };
}
const SEARCH = 'query($q: String!, $mode: SearchMode) { search(query: $q, mode: $mode, first: 10) { totalCount edges { node { id } } } }';

describe.each(STACK_MODES)('search without the embedding model ($mode stores)', ({ mode, available }) => {
  let t: TestStack;
  let port: number;
  let model: http.Server | undefined;

  const search = async (q: string, searchMode: string) => {
    const response = await t.request<SearchResult>(SEARCH, { q, mode: searchMode });
    // The response's extensions (warnings) beside data and errors.
    const body = response.body as typeof response.body & { extensions?: { warnings?: unknown } };
    return { ...body, ids: body.data?.search.edges.map((e) => e.node.id) ?? [] };
  };

  beforeAll(async () => {
    if (!available) return;
    port = await freePort();
    model = await fakeModelServer(port);
    t = await startTestStack(mode, {
      talents: 60,
      env: {
        EMBEDDINGS_PROVIDER: 'openai',
        OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`,
        EMBEDDINGS_MODEL: 'fake-model',
        EMBEDDINGS_DIMENSIONS: '256',
      },
    });
    // Elasticsearch shows what was indexed after a refresh (the keyword ranking compared with below).
    await t.stack.runtime.data.stores.search.refresh('talents');
  }, 180_000);
  afterAll(async () => {
    if (model) await stop(model);
    await t?.close();
  });

  it.runIf(available)('ranks by the model while it answers, with no warning', async () => {
    for (const searchMode of ['SEMANTIC', 'HYBRID']) {
      const result = await search('kubernetes 工程师', searchMode);
      expect(result.errors).toBeUndefined();
      expect(result.extensions).toBeUndefined();
      expect(result.ids.length).toBeGreaterThan(0);
    }
  });

  it.runIf(available)('falls back to keyword ranking with a warning, not an error, while the model is down', async () => {
    await stop(model!);
    model = undefined;
    const keyword = await search('kubernetes', 'KEYWORD');
    expect(keyword.ids.length).toBeGreaterThan(0);
    expect(keyword.extensions).toBeUndefined();
    for (const searchMode of ['SEMANTIC', 'HYBRID']) {
      const result = await search('kubernetes', searchMode);
      expect(result.errors).toBeUndefined();
      expect(result.extensions?.warnings).toEqual([
        { code: 'SEMANTIC_SEARCH_UNAVAILABLE', message: expect.stringContaining('ranked by keywords only') },
      ]);
      expect(result.ids).toEqual(keyword.ids);
      expect(JSON.stringify(result)).not.toContain(String(port));
    }
  });

  it.runIf(available)(
    'ranks by the model again once it answers again',
    async () => {
      model = await fakeModelServer(port);
      // Queries skip an endpoint that just failed for a few seconds: poll (a generous deadline, no timing asserted).
      const deadline = Date.now() + 60_000;
      let result = await search('kubernetes 工程师', 'SEMANTIC');
      while (result.extensions && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        result = await search('kubernetes 工程师', 'SEMANTIC');
      }
      expect(result.errors).toBeUndefined();
      expect(result.extensions).toBeUndefined();
      expect(result.ids.length).toBeGreaterThan(0);
    },
    90_000,
  );
});
