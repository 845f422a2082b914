import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/egress.ts';
import { startServiceProcess, waitForAnswer } from '../support/service-process.ts';

/**
 * One Node for Looma everywhere: the `node` package pinned in package.json, which npm ci installs and
 * puts first on the PATH of every npm script (the tests included), and the image's Node of the same
 * major, since the image installs without devDependencies.
 */
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const pinned = pkg.devDependencies.node!;
const major = pinned.split('.')[0];

describe('the Node that runs Looma', () => {
  it('is the node package, pinned exactly, whose install script (and no other) is allowed', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(`>=${major}`);
    expect(
      Object.entries(pkg.allowScripts)
        .filter(([, allowed]) => allowed)
        .map(([name]) => name),
    ).toEqual(['node']);
  });

  it('runs these tests', () => {
    expect(process.version).toBe(`v${pinned}`);
  });

  it('is the major of the image, which starts services through npm run serve', () => {
    const dockerfile = fs.readFileSync('deploy/docker/Dockerfile', 'utf8');
    expect(dockerfile).toMatch(new RegExp(`^FROM node:${major}-`, 'm'));
    expect(dockerfile).toContain('CMD ["npm", "run", "serve", "--", "gateway"]');
    expect(dockerfile).toContain('COPY patches ./patches');
  });
});

/** The processes whose parent is `pid`, with their command lines (Linux /proc). */
function childrenOf(pid: number): { pid: number; argv: string[] }[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (parent !== pid) return [];
        const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
        return [{ pid: Number(entry), argv }];
      } catch {
        return [];
      }
    });
}

describe('production runs plain node', () => {
  it('starts Looma, each service and the operator commands with node, never tsx (a devDependency, for benchmarks only)', () => {
    expect(pkg.scripts.start).toBe('node app/cli/start-all.ts');
    expect(pkg.scripts.serve).toBe('exec node app/cli/serve.ts');
    for (const name of ['token', 'keys', 'reindex', 'consistency', 'projector', 'signups', 'resumes:import', 'talents:import']) {
      expect(pkg.scripts[name], name).toMatch(/^node [\w/.-]+\.ts$/);
    }
    expect(pkg.dependencies).not.toHaveProperty('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
  });

  it(
    'serves through npm run serve as `node app/cli/serve.ts` (no tsx, no loader, no warning), which answers /health',
    { timeout: 300_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-node-runtime-'));
      const port = await freePort();
      // Only PATH and HOME of the test's environment (no NODE_OPTIONS): the service opens the embedded stores.
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOOMA_DATA_DIR: dataDir };
      // npm's end fails the wait at once, with the service's stderr; a start the Node runtime crashed is tried once more.
      const { service: npmRun, ready: health } = await startServiceProcess(
        'npm run serve',
        () => spawn('npm', ['run', '--silent', 'serve', '--', 'ops', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] }),
        (started) => waitForAnswer(started, `http://127.0.0.1:${port}/health`, { timeoutMs: 240_000 }),
      ).catch((error: unknown) => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        throw error;
      });
      const npm = npmRun.child;
      const output = npmRun.output;
      try {
        expect(await health.json()).toEqual({ status: 'ok', service: 'ops' });

        // npm's script shell execs node: npm's child is the service itself.
        const [service] = childrenOf(npm.pid!);
        expect(service, 'the process npm started').toBeDefined();
        expect(path.basename(service!.argv[0]!)).toBe('node');
        expect(service!.argv.slice(1)).toEqual(['app/cli/serve.ts', 'ops', '--port', String(port)]);
        const environ = fs.readFileSync(`/proc/${service!.pid}/environ`, 'utf8').split('\0');
        expect(environ.filter((variable) => variable.startsWith('NODE_OPTIONS='))).toEqual([]);
        expect(service!.argv.join(' ')).not.toContain('tsx');
        expect(output()).not.toContain('ExperimentalWarning');
      } finally {
        await npmRun.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
