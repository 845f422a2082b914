/**
 * `npm run supergraph:export [-- --out <file>]`: the supergraph the control plane composed last (the
 * registry's `supergraphs`, exactly as composed: the auth `@link`s keep `for: SECURITY`), for a router's
 * supergraph file (docs/architecture.md, "Beyond one machine"). The SDL goes to stdout or `--out`; which
 * one it is (id, sha256, when, from which subgraph schemas) to stderr. Refused, naming why, when the
 * registry holds none yet. With embedded stores it needs the data directory, which a running Looma holds.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { SchemaStore } from '../../data/registry/schema-store.ts';
import { openRelationalStore } from '../../data/stores.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { runMain } from '../../platform/main.ts';

await runMain(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  // Only the relational store holds the registry's supergraphs: the other stores need not be up.
  const db = await explainDataDirLock(openRelationalStore(config), 'Stop it, or export from the real stores it runs on.');
  try {
    const current = await new SchemaStore(db).current();
    if (!current) {
      throw new Error(
        'the registry holds no composed supergraph yet (the ops subgraph composes one once every subgraph registered its schema); schema/supergraph.graphql is the committed one',
      );
    }
    if (values.out) fs.writeFileSync(values.out, current.sdl);
    else process.stdout.write(current.sdl);
    const from = Object.entries(current.schemaHashes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([service, hash]) => `${service} ${hash.slice(0, 12)}`);
    process.stderr.write(
      `supergraph ${current.id} (sha256 ${current.hash}), composed ${current.composedAt.toISOString()} from ${from.join(', ')}\n`,
    );
  } finally {
    await db.close();
  }
});
