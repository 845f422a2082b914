import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The image (deploy/docker/Dockerfile), read statically (no Docker engine here): multi-stage, the
 * production node_modules installed in the image from the lock file, non-root, plain node, a
 * HEALTHCHECK, and a .dockerignore that keeps the host's node_modules, data and history out.
 */
const dockerfile = fs.readFileSync('deploy/docker/Dockerfile', 'utf8');
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions.filter((line) => /^FROM /i.test(line));
const lastStage = instructions.slice(instructions.lastIndexOf(stages.at(-1)!));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('the image', () => {
  it('is built in stages: dependencies installed from the lock file, then a slim runtime', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages.at(-1)).toMatch(/^FROM node:\d+-bookworm-slim AS runtime$/);
    const install = instructions.find((line) => line.startsWith('RUN npm ci'));
    expect(install).toContain('--omit=dev');
    expect(lastStage).toContain('COPY --from=deps /app/node_modules ./node_modules');
  });

  it('copies no node_modules or data of the host: .dockerignore keeps them, .git and the tests out', () => {
    const ignored = fs.readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['node_modules', '.git', '.looma-data*', '.looma-test-data*', 'tests', 'coverage'])
      expect(ignored).toContain(entry);
    expect(lastStage.filter((line) => /^COPY\s+\.\s/.test(line))).toEqual([]);
  });

  it('runs as a non-root user', () => {
    const users = lastStage.filter((line) => line.startsWith('USER '));
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)(:|$)/);
  });

  it('starts plain node, no tsx: npm run serve execs node, which Node 24 runs without a loader', () => {
    const cmd = lastStage.filter((line) => line.startsWith('CMD ')).at(-1)!;
    expect(cmd).not.toContain('tsx');
    expect(JSON.parse(cmd.slice('CMD '.length))).toEqual(['npm', 'run', 'serve', '--', 'gateway']);
    expect(pkg.scripts.serve).toBe('exec node app/cli/serve.ts');
    expect(pkg.dependencies).not.toHaveProperty('tsx');
  });

  it('has a HEALTHCHECK that asks the service of the container, with plain node', () => {
    const healthcheck = lastStage.find((line) => line.startsWith('HEALTHCHECK '));
    expect(healthcheck).toMatch(/CMD \["node", "app\/cli\/healthcheck\.ts"\]$/);
    expect(fs.existsSync('app/cli/healthcheck.ts')).toBe(true);
  });

  it('runs the services of docker-compose under an init that forwards signals', () => {
    const compose = parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
      services: Record<string, { build?: unknown; init?: boolean }>;
    };
    const built = Object.entries(compose.services).filter(([, service]) => service.build);
    expect(built.length).toBeGreaterThan(0);
    for (const [name, service] of built) expect(service.init, name).toBe(true);
  });
});
