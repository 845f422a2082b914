import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

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
