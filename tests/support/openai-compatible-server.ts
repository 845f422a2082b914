/**
 * A small server that speaks the OpenAI chat completions protocol (POST /v1/chat/completions), for
 * tests of the OpenAI-compatible chat planner: each request is recorded (so a test asserts what was
 * sent, e.g. that no resume text was in it) and answered by the test's script, given the request:
 * scripted tool calls, plain content, an HTTP error, a late answer, or none (the connection closed).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequestMessage {
  role: string;
  content?: string | null;
  [key: string]: unknown;
}

export interface ChatRequest {
  model: string;
  messages: ChatRequestMessage[];
  tools?: { type: string; function: { name: string; description?: string; parameters?: Record<string, unknown> } }[];
  tool_choice?: unknown;
  [key: string]: unknown;
}

export interface ScriptedReply {
  /** Tool calls to answer with; `arguments` an object is sent as its JSON, a string as it is (malformed JSON too). */
  toolCalls?: { name: string; arguments: string | Record<string, unknown> }[];
  content?: string;
  /** An HTTP error status instead of an answer. */
  status?: number;
  /** Wait this long before answering (a time limit's test). */
  delayMs?: number;
  /** Close the connection without an answer (an endpoint that went away mid-request). */
  hangUp?: boolean;
}

export type Script = (request: ChatRequest) => ScriptedReply;

export interface OpenAICompatibleServer {
  /** The base URL a client is given (`http://127.0.0.1:<port>/v1`). */
  baseURL: string;
  /** Every chat completions request's body, in order. */
  requests: ChatRequest[];
  /** Replaces the script. */
  script(next: Script): void;
  close(): Promise<void>;
}

export async function startOpenAICompatibleServer(initial: Script = () => ({ content: 'no script' })): Promise<OpenAICompatibleServer> {
  let script = initial;
  const requests: ChatRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let calls = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      let body: ChatRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'invalid JSON' } }));
        return;
      }
      requests.push(body);
      const reply = script(body);
      const answer = () => {
        if (res.destroyed) return;
        if (reply.hangUp) {
          res.socket?.destroy();
          return;
        }
        if (reply.status) {
          res
            .writeHead(reply.status, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { message: 'scripted failure' } }));
          return;
        }
        const n = ++calls;
        const toolCalls = (reply.toolCalls ?? []).map((call, index) => ({
          id: `call_${n}_${index}`,
          type: 'function',
          function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
        }));
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${n}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: body.model,
            choices: [
              {
                index: 0,
                finish_reason: toolCalls.length > 0 ? 'tool_calls' : 'stop',
                message: { role: 'assistant', content: reply.content ?? null, ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}) },
              },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      };
      if (!reply.delayMs) return answer();
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, reply.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      script = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
