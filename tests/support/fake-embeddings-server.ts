/**
 * An OpenAI-compatible embeddings server (`POST /v1/embeddings`) answering with the offline
 * embedder's vectors: a "model" a test can stop to see what Looma does without one.
 */
import http from 'node:http';
import { HashingEmbedder } from '../../data/embeddings/embedder.ts';

/** Listens on 127.0.0.1:`port`; every request is answered with 256-dimension hashed vectors of its `input`. */
export async function fakeModelServer(port: number): Promise<http.Server> {
  const embedder = new HashingEmbedder(256);
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { input } = JSON.parse(body) as { input: string[] };
      const data = input.map((text, index) => ({ object: 'embedding', index, embedding: embedder.embedOne(text) }));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data, model: 'fake', usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return server;
}

/** Stops the server at once, dropping the connections it holds. */
export const stopServer = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
