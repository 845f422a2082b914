import { spawn } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config.ts';
import { realStoreEnv } from '../support/cli-env.ts';
import { freePort } from '../support/egress.ts';
import { watchProcess, type WatchedProcess } from '../support/service-process.ts';
import { STACK_MODES, startTestStack, type TestStack } from '../support/stack.ts';

/**
 * GATEWAY_WORKERS=2: `node app/cli/serve.ts gateway` (what `npm run serve -- gateway` execs) as a
 * primary and two node:cluster workers on one port, over the subgraphs of a test stack on the real
 * stores (more than one worker needs them: the embedded database opens in one process). Requests
 * reach both workers, a killed worker is replaced, and SIGTERM closes everything with exit code 0.
 */

interface LogLine {
  msg: string;
  role?: string;
  pid?: number;
  served?: number;
  code?: number;
}

function startGatewayProcess(env: Record<string, string>) {
  const service = watchProcess(
    'the gateway primary',
    spawn(process.execPath, ['app/cli/serve.ts', 'gateway'], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const exited = service.closed.then(({ code }) => code);
  const lines = (): LogLine[] =>
    service
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  return { child: service.child, service, exited, lines, output: service.output };
}

/** One POST on a connection of its own (a kept-alive one would stay with one worker). */
function post(port: number, token: string, query: string): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as { data?: unknown } }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query }));
  });
}

/**
 * Polls `probe` until it finds something; the gateway's primary ending first (a crash included) fails at
 * once with its stderr (tests/support/service-process.ts), instead of at the deadline.
 */
async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, gateway: WatchedProcess, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await gateway.checkRunning(`before ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms:\n${gateway.output().slice(-3_000)}`);
}

const realStores = STACK_MODES.find((mode) => mode.mode === 'real')!.available;
const QUERY = '{ talents(first: 2) { edges { node { id } } } }';

describe('GATEWAY_WORKERS', () => {
  it('refuses more than one worker on the embedded database, naming the variable', () => {
    expect(() => loadConfig({ LOOMA_ENV: 'test', GATEWAY_WORKERS: '2' })).toThrow(
      /GATEWAY_WORKERS: above 1 needs DATABASE_URL and REDIS_URL/,
    );
    expect(() => loadConfig({ LOOMA_ENV: 'test', GATEWAY_WORKERS: '0' })).toThrow(/GATEWAY_WORKERS/);
    expect(loadConfig({ LOOMA_ENV: 'test' }).gateway.workers).toBe(1);
  });
});

describe.runIf(realStores)('the gateway as two worker processes (real stores)', () => {
  let t: TestStack;
  let port: number;
  let gateway: ReturnType<typeof startGatewayProcess>;

  beforeAll(async () => {
    t = await startTestStack('real', { talents: 3 });
    port = await freePort();
    const subgraphUrls = Object.fromEntries(Object.entries(t.stack.subgraphs).map(([name, s]) => [`${name.toUpperCase()}_URL`, s.url]));
    gateway = startGatewayProcess(
      realStoreEnv(t.config, { ...subgraphUrls, LOG_LEVEL: 'info', GATEWAY_PORT: String(port), GATEWAY_WORKERS: '2' }),
    );
  }, 240_000);

  afterAll(async () => {
    if (gateway && gateway.child.exitCode === null) {
      gateway.child.kill('SIGKILL');
      await gateway.exited;
    }
    await t?.close();
  });

  it('answers from both workers, replaces a killed one, and exits 0 on SIGTERM', { timeout: 600_000 }, async () => {
    const listening = () => gateway.lines().filter((line) => line.role === 'primary' && line.msg === 'gateway worker listening');
    const first = await until('two workers listening', () => (listening().length >= 2 ? listening() : undefined), gateway.service);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(await health.json()).toEqual({ status: 'ok', service: 'gateway' });

    const token = t.token(['VIEWER']);
    const burst = async () => {
      for (let i = 0; i < 20; i++) {
        const response = await post(port, token, QUERY);
        expect(response.status).toBe(200);
        expect((response.body.data as { talents: { edges: unknown[] } }).talents.edges).toHaveLength(2);
      }
    };
    await burst();

    const [killed, kept] = first.map((line) => line.pid!);
    process.kill(killed!, 'SIGKILL');
    const replacement = await until(
      'a replacement worker listening',
      () => listening().find((line) => line.pid !== killed && line.pid !== kept),
      gateway.service,
    );
    expect(gateway.lines().some((line) => line.msg === 'gateway worker died; replacing it' && line.pid === killed)).toBe(true);
    await burst();

    gateway.child.kill('SIGTERM');
    expect(await gateway.exited).toBe(0);
    const exits = gateway.lines().filter((line) => line.msg === 'gateway worker exited');
    expect(exits.map((line) => [line.pid, line.code]).sort()).toEqual(
      [
        [kept, 0],
        [replacement.pid, 0],
      ].sort(),
    );
    // Both live workers answered some of the requests (the primary hands connections out round-robin).
    for (const line of exits) expect(line.served).toBeGreaterThan(0);
    expect(gateway.output()).not.toContain('error while closing');
  });
});
