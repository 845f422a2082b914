/**
 * `npm run supergraph:export` (app/cli/export-supergraph.ts): the control plane's current supergraph, as
 * composed, for a router's supergraph file; refused, naming why, while the registry holds none. On the
 * embedded database and, when it is up, on a scratch database of the real PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaStore } from '../../data/registry/schema-store.ts';
import { openRelationalStore } from '../../data/stores.ts';
import { loadConfig } from '../../platform/config.ts';
import { hasRealStore, scratchDatabase } from '../support/real-stores.ts';

const SUPERGRAPH = fs.readFileSync('schema/supergraph.graphql', 'utf8');
const MODES = [
  { mode: 'embedded', available: true },
  { mode: 'real', available: hasRealStore('postgres') },
] as const;

describe.each(MODES)('the supergraph:export command ($mode store)', ({ mode, available }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looma-supergraph-export-'));
  const cleanups: (() => Promise<void>)[] = [];
  let env: Record<string, string> | undefined;
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The command's environment: the embedded data directory, or a scratch database of its own. */
  async function environment(): Promise<Record<string, string>> {
    if (env) return env;
    if (mode === 'embedded') return (env = { LOOMA_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' });
    const scratch = await scratchDatabase();
    cleanups.push(scratch.drop);
    return (env = { LOOMA_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: scratch.url });
  }

  const run = async (...args: string[]) =>
    spawnSync(process.execPath, ['app/cli/export-supergraph.ts', ...args], {
      env: { ...process.env, ...(await environment()), LOOMA_ENV: 'test', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it.skipIf(!available)(
    'refuses while the registry holds no supergraph, then prints the one composed last',
    async () => {
      const none = await run();
      expect(none.status).toBe(1);
      expect(none.stderr).toContain('the registry holds no composed supergraph yet');
      expect(none.stdout).toBe('');

      // Two compositions, as the control plane records them: the second is current.
      const db = await openRelationalStore(loadConfig({ ...(await environment()), LOOMA_ENV: 'test' }));
      try {
        const schemas = new SchemaStore(db);
        const first = await schemas.record(
          { sdl: `${SUPERGRAPH}# an older composition\n`, schemaHashes: { talent: 'a'.repeat(64) } },
          null,
        );
        const second = await schemas.record({ sdl: SUPERGRAPH, schemaHashes: { talent: 'b'.repeat(64), ops: 'c'.repeat(64) } }, first!.id);
        expect(second).not.toBeNull();
      } finally {
        await db.close();
      }

      const printed = await run();
      expect(printed.status, printed.stderr).toBe(0);
      // Exactly as composed: the auth links keep for: SECURITY (a router enforces them).
      expect(printed.stdout).toBe(SUPERGRAPH);
      expect(printed.stdout).toContain('@link(url: "https://specs.apollo.dev/authenticated/v0.1", for: SECURITY)');
      expect(printed.stderr).toMatch(/^supergraph \d+ \(sha256 [0-9a-f]{64}\), composed \S+ from ops cccccccccccc, talent bbbbbbbbbbbb\n$/);

      const out = path.join(dir, `supergraph-${mode}.graphql`);
      const written = await run('--out', out);
      expect(written.status, written.stderr).toBe(0);
      expect(written.stdout).toBe('');
      expect(fs.readFileSync(out, 'utf8')).toBe(SUPERGRAPH);
      // Four processes, each opening (and on the first start migrating) the database: room on a loaded machine.
    },
    240_000,
  );
});
