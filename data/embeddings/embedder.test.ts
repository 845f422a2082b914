import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.ts';
import { createEmbedder, EmbeddingsError, HashingEmbedder, OpenAIEmbedder } from './embedder.ts';

/**
 * The OpenAI-compatible adapter against a local server that speaks the embeddings protocol
 * (POST /v1/embeddings): what it sends, the answer put back in input order, and a wrong
 * dimension refused. The `openai` client loads on the first call, not at construction.
 */
describe('OpenAIEmbedder', () => {
  const requests: { model: string; input: string[]; dimensions: number; encoding_format?: string; authorization: string | undefined }[] =
    [];
  let dimensionsAnswered = 3;
  let server: http.Server;
  let baseURL: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { model: string; input: string[]; dimensions: number; encoding_format?: string };
        requests.push({ ...parsed, authorization: req.headers.authorization });
        // Floats whatever was asked (as many compatible servers do), in reverse order: the adapter must sort by index.
        const data = parsed.input
          .map((text, index) => ({
            object: 'embedding',
            index,
            embedding: Array.from({ length: dimensionsAnswered }, (_, d) => text.length + d),
          }))
          .reverse();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data, model: parsed.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the model, the texts and the dimensions, and returns the vectors in input order', async () => {
    const embedder = new OpenAIEmbedder('test-model', 3, { apiKey: 'sk-local', baseURL });
    expect(requests).toHaveLength(0);
    const vectors = await embedder.embed(['a', 'abc'], 'passage');
    expect(vectors).toEqual([
      [1, 2, 3],
      [3, 4, 5],
    ]);
    expect(requests.at(-1)).toMatchObject({
      model: 'test-model',
      input: ['a', 'abc'],
      dimensions: 3,
      encoding_format: 'float',
      authorization: 'Bearer sk-local',
    });
    expect(await embedder.embed([], 'passage')).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('refuses vectors of another dimension than configured', async () => {
    dimensionsAnswered = 4;
    const embedder = new OpenAIEmbedder('test-model', 3, { apiKey: 'sk-local', baseURL });
    await expect(embedder.embed(['x'], 'passage')).rejects.toThrow('returned 4 dimensions, configured 3');
    dimensionsAnswered = 3;
  });
});

/** Roles, batching and failures against a local protocol server; the real model's tests are in tests/integration/embedding-model.test.ts. */
describe('OpenAIEmbedder roles, batches and failures', () => {
  const bodies: { input: string[]; input_type?: string }[] = [];
  let answer: 'vectors' | 'bad-request' | 'server-error' | 'hang' = 'vectors';
  let server: http.Server;
  let baseURL: string;
  let deadURL: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { input: string[]; input_type?: string };
        bodies.push(parsed);
        if (answer === 'hang') return; // never answers: the client's time limit decides
        if (answer !== 'vectors') {
          res.writeHead(answer === 'bad-request' ? 400 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'no', type: 'invalid_request_error' } }));
          return;
        }
        // The vector names its text's position in the whole list (texts are "t<n>"), so order is checked across batches.
        const data = parsed.input.map((text, index) => ({ object: 'embedding', index, embedding: [Number(text.replace(/\D/g, '')), 1] }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data, model: 'm', usage: { prompt_tokens: 1, total_tokens: 1 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    // A port nobody listens on: a server started and closed.
    const dead = http.createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    deadURL = `http://127.0.0.1:${(dead.address() as AddressInfo).port}/v1`;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('names the role as input_type, as the e5 prefix, or not at all, as configured', async () => {
    bodies.length = 0;
    await new OpenAIEmbedder('e5', 2, { apiKey: 'k', baseURL, roles: 'input_type' }).embed(['t1'], 'query');
    await new OpenAIEmbedder('e5', 2, { apiKey: 'k', baseURL, roles: 'input_type' }).embed(['t2'], 'passage');
    await new OpenAIEmbedder('e5', 2, { apiKey: 'k', baseURL, roles: 'prefix' }).embed(['t3'], 'query');
    await new OpenAIEmbedder('e5', 2, { apiKey: 'k', baseURL, roles: 'prefix' }).embed(['t4'], 'passage');
    await new OpenAIEmbedder('text-embedding-3-small', 2, { apiKey: 'k', baseURL }).embed(['t5'], 'query');
    expect(bodies.map((b) => [b.input[0], b.input_type])).toEqual([
      ['t1', 'query'],
      ['t2', 'passage'],
      ['query: t3', undefined],
      ['passage: t4', undefined],
      ['t5', undefined],
    ]);
  });

  it('defaults the roles to input_type for an e5 model and to none for others', () => {
    const roles = (model: string) =>
      (
        createEmbedder(
          loadConfig({ EMBEDDINGS_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', EMBEDDINGS_MODEL: model }).embeddings,
        ) as unknown as { options: { roles: string } }
      ).options.roles;
    expect(roles('multilingual-e5-small-q4')).toBe('input_type');
    expect(roles('intfloat/e5-base-v2')).toBe('input_type');
    expect(roles('text-embedding-3-small')).toBe('none');
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: 'openai', EMBEDDINGS_ROLES: 'both' })).toThrow('EMBEDDINGS_ROLES');
    // A local server needs no key; OpenAI's own endpoint does.
    expect(() => loadConfig({ EMBEDDINGS_PROVIDER: 'openai' })).toThrow('OPENAI_API_KEY');
  });

  it('sends a long list in batches and returns the vectors in input order', async () => {
    bodies.length = 0;
    const texts = Array.from({ length: 7 }, (_, i) => `t${i}`);
    const vectors = await new OpenAIEmbedder('m', 2, { apiKey: 'k', baseURL, batchSize: 3 }).embed(texts, 'passage');
    expect(bodies.map((b) => b.input.length)).toEqual([3, 3, 1]);
    expect(vectors.map((v) => v[0])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('maps failures to EmbeddingsError kinds that name no address', async () => {
    const failure = (embedder: OpenAIEmbedder, role: 'query' | 'passage' = 'query') =>
      embedder.embed(['t1'], role).then(
        () => null,
        (error: unknown) => error,
      );
    const dead = await failure(new OpenAIEmbedder('m', 2, { apiKey: 'k', baseURL: deadURL }));
    expect(dead).toBeInstanceOf(EmbeddingsError);
    expect(dead).toMatchObject({ kind: 'unavailable' });
    expect((dead as Error).message).not.toContain('127.0.0.1');

    answer = 'bad-request';
    expect(await failure(new OpenAIEmbedder('m', 2, { apiKey: 'k', baseURL }))).toMatchObject({ kind: 'rejected' });
    answer = 'server-error';
    expect(await failure(new OpenAIEmbedder('m', 2, { apiKey: 'k', baseURL }))).toMatchObject({ kind: 'unavailable' });
    answer = 'hang';
    const hung = new OpenAIEmbedder('m', 2, { apiKey: 'k', baseURL, queryTimeoutMs: 200 });
    // Queries do not wait on an endpoint that failed to answer three times in a row: the next one fails at once, without a request.
    for (let i = 0; i < 3; i++) expect(await failure(hung)).toMatchObject({ kind: 'timeout' });
    answer = 'vectors';
    const sent = bodies.length;
    expect(await failure(hung)).toMatchObject({ kind: 'unavailable' });
    expect(bodies.length).toBe(sent);
    // Documents (the projector, which retries) still try.
    expect(await hung.embed(['t1'], 'passage')).toEqual([[1, 1]]);
  });
});

describe('HashingEmbedder concept features', () => {
  const embedder = new HashingEmbedder();
  const cosine = (a: string, b: string, role: 'query' | 'passage' = 'query') => {
    const x = embedder.embedOne(a, role);
    const y = embedder.embedOne(b, 'passage');
    return x.reduce((sum, v, i) => sum + v * y[i]!, 0);
  };

  it('puts a title near its other language and its family, away from other families', () => {
    expect(cosine('大客户经理', 'Account Executive at Stripe')).toBeGreaterThan(0.4);
    expect(cosine('服务端开发', 'Backend Engineer at Stripe')).toBeGreaterThan(cosine('服务端开发', 'Account Executive at Stripe') + 0.2);
  });

  it('reads a query in pinyin as its Chinese', () => {
    expect(cosine('chanpin jingli', '产品经理 @ 腾讯')).toBeGreaterThan(0.4);
    // A document is taken as written.
    expect(cosine('chanpin jingli', '产品经理 @ 腾讯', 'passage')).toBeLessThan(cosine('chanpin jingli', '产品经理 @ 腾讯') - 0.3);
  });

  it('relates a skill to the skills the taxonomy relates to it, less than to itself', () => {
    const related = cosine('机器学习', 'Data Scientist: Deep Learning');
    expect(related).toBeGreaterThan(0.1);
    expect(cosine('机器学习', 'Data Scientist: Machine Learning')).toBeGreaterThan(related);
  });

  it('puts a skill described in other words near the profiles listing it', () => {
    expect(cosine('in-memory cache', 'Backend Engineer: Redis, Go')).toBeGreaterThan(
      cosine('in-memory cache', 'Backend Engineer: Java, Go') + 0.2,
    );
  });

  it('names its version: vectors of another version are not mixed with these', () => {
    expect(embedder.model).toBe('looma-hash-ngram-v3-256');
  });
});
