import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config.ts';
import { freePort } from '../support/egress.ts';
import { hasRealStore, isCI } from '../support/real-stores.ts';
import { failOnCrash } from '../support/service-process.ts';
import { startTestStack } from '../support/stack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `npm start` in a child process and returns its exit code and output (it must exit by itself). */
function startLooma(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-start-'));
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'app/cli/start-all.ts'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOOMA_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      STORE_CONNECT_TIMEOUT_MS: '2000',
      ...env,
    },
    encoding: 'utf8',
    timeout: 90_000,
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
  // A crash (a signal, V8's fatal check) is not the refusal these tests expect: it fails here, named, never retried.
  failOnCrash('app/cli/start-all.ts', result);
  return { status: result.status, stderr: result.stderr };
}

describe('configuration', () => {
  it('names every bad variable', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://db/looma', GATEWAY_PORT: '99999', LOOMA_ENV: 'staging' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL: must be a URL with scheme postgres:// or postgresql://');
      expect(message).toContain('GATEWAY_PORT');
      expect(message).toContain('LOOMA_ENV');
    }
  });

  it('hides passwords when it repeats a bad value', () => {
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache:6379' })).toThrow(/REDIS_URL: .*\*\*\*/);
    expect(() => loadConfig({ REDIS_URL: 'http://user:s3cret@cache:6379' })).not.toThrow(/s3cret/);
  });

  it('refuses the anonymous demo viewer and generated keys in production', () => {
    expect(() => loadConfig({ LOOMA_ENV: 'production', AUTH_DEMO_ANONYMOUS: 'true' })).toThrow(/AUTH_DEMO_ANONYMOUS/);
    expect(() => loadConfig({ LOOMA_ENV: 'production' })).toThrow(/AUTH_KEY_ENCRYPTION_SECRET: is required in production/);
    const secret = 'a-production-secret-of-32-characters!';
    expect(() => loadConfig({ LOOMA_ENV: 'production', AUTH_KEY_ENCRYPTION_SECRET: 'short' })).toThrow(
      /AUTH_KEY_ENCRYPTION_SECRET: must be at least 32 characters \(got "\*\*\*"\)/,
    );
    expect(loadConfig({ LOOMA_ENV: 'production', AUTH_KEY_ENCRYPTION_SECRET: secret }).auth.demoAnonymous).toBe(false);
    // Demo data and demo users (password looma-demo) never reach production.
    expect(() => loadConfig({ LOOMA_ENV: 'production', AUTH_KEY_ENCRYPTION_SECRET: secret, DEMO_SEED: 'true' })).toThrow(/DEMO_SEED/);
    expect(() => loadConfig({ EXTERNAL_ISSUER: 'https://idp.example' })).toThrow(
      /EXTERNAL_ISSUER: needs EXTERNAL_JWKS_URL and EXTERNAL_AUDIENCE/,
    );
    expect(() => loadConfig({ EXTERNAL_ORG_MAP: '{"acme": "not-a-uuid"}' })).toThrow(/EXTERNAL_ORG_MAP/);
    expect(() => loadConfig({ EXTERNAL_ALGORITHMS: 'none' })).toThrow(/EXTERNAL_ALGORITHMS/);
  });

  it('picks embedded defaults without URLs and real adapters with them', () => {
    const embedded = loadConfig({});
    expect(embedded.stores.postgres).toBeUndefined();
    expect(embedded.demo.seed).toBe(true);
    const real = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/looma', NEO4J_URL: 'bolt://graph:7687' });
    expect(real.stores.postgres?.url).toBe('postgres://u:p@db:5432/looma');
    expect(real.stores.neo4j?.url).toBe('bolt://graph:7687');
    expect(real.demo.seed).toBe(false);
    expect(real.auth.demoAnonymous).toBe(false);
  });
});

describe('start-up', () => {
  it('stops with a message naming DATABASE_URL when it is malformed', () => {
    const { status, stderr } = startLooma({ DATABASE_URL: 'not a url' });
    expect(status).toBe(1);
    expect(stderr).toContain('looma: start-up failed: Invalid configuration:');
    expect(stderr).toContain('DATABASE_URL: must be a URL with scheme postgres://');
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 90_000);

  it('stops with a message naming PostgreSQL when DATABASE_URL points nowhere', async () => {
    const port = await freePort();
    const { status, stderr } = startLooma({ DATABASE_URL: `postgres://looma:secret@127.0.0.1:${port}/looma` });
    expect(status).toBe(1);
    expect(stderr).toContain(`PostgreSQL (DATABASE_URL=postgres://looma:***@127.0.0.1:${port}/looma) is unreachable`);
    expect(stderr).not.toContain('secret');
  }, 90_000);

  it('stops with a message naming Neo4j when it is unreachable', async () => {
    const port = await freePort();
    const { status, stderr } = startLooma({ NEO4J_URL: `bolt://127.0.0.1:${port}` });
    expect(status).toBe(1);
    expect(stderr).toContain(`Neo4j (NEO4J_URL=bolt://127.0.0.1:${port}) is unreachable`);
  }, 90_000);
});

const redisServer = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();

describe('readiness', () => {
  // A redis-server of the test's own, so it can be stopped; CI always has the binary.
  const runnable = redisServer !== '' || (isCI && hasRealStore('redis'));
  it.runIf(runnable)(
    'names the store that is down in /ready (degraded: the cache is not needed by every request) while /health stays alive',
    async () => {
      const port = await freePort();
      const redis = spawn(
        redisServer || 'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      try {
        for (let i = 0; i < 50; i++) {
          if (
            await new Promise<boolean>((resolve) =>
              net
                .connect(port, '127.0.0.1')
                .once('connect', function (this: net.Socket) {
                  this.destroy();
                  resolve(true);
                })
                .once('error', () => resolve(false)),
            )
          )
            break;
          await sleep(100);
        }
        const t = await startTestStack('embedded', { env: { REDIS_URL: `redis://127.0.0.1:${port}` } });
        try {
          const origin = new URL(t.stack.subgraphs.talent!.url).origin;
          expect((await fetch(`${origin}/ready`)).status).toBe(200);
          redis.kill('SIGKILL');
          await sleep(300);
          const ready = await fetch(`${origin}/ready`);
          expect(ready.status).toBe(200);
          const body = (await ready.json()) as { status: string; down: string[]; stores: Record<string, string> };
          expect(body.status).toBe('degraded');
          expect(body.down).toEqual(['cache']);
          expect(body.stores.cache).toMatch(/^down: /);
          // Open to probes: it names the store, never the driver's message with its host and port.
          expect(body.stores.cache).not.toContain(String(port));
          expect(body.stores.cache).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
          expect(body.stores.relational).toBe('ok');
          expect((await fetch(`${origin}/health`)).status).toBe(200);
        } finally {
          await t.close();
        }
      } finally {
        redis.kill('SIGKILL');
      }
    },
    60_000,
  );
});
