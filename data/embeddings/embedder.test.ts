import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpenAIEmbedder } from './embedder.ts';

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
    const vectors = await embedder.embed(['a', 'abc']);
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
    expect(await embedder.embed([])).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('refuses vectors of another dimension than configured', async () => {
    dimensionsAnswered = 4;
    const embedder = new OpenAIEmbedder('test-model', 3, { apiKey: 'sk-local', baseURL });
    await expect(embedder.embed(['x'])).rejects.toThrow('returned 4 dimensions, configured 3');
    dimensionsAnswered = 3;
  });
});
