/**
 * `npm run reindex`: rebuilds the graph, vector and search projections from Postgres, e.g. after
 * switching the embedding model (EMBEDDINGS_PROVIDER / EMBEDDINGS_MODEL / EMBEDDINGS_DIMENSIONS).
 * With embedded stores, run it while Looma is stopped: a running Looma holds the data directory
 * (platform/data-dir-lock.ts) and the command says so.
 */
import { openDataLayer } from '../data-layer.ts';
import { reindex } from '../reindex.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('reindex', config.logLevel);
  const data = await explainDataDirLock(
    openDataLayer(config, logger, { ensureTargets: false }),
    'To rebuild the embedded projections: stop Looma, run npm run reindex, start it again.',
  );
  try {
    const report = await reindex(data, logger);
    console.log(
      `reindexed ${report.talents} talents of ${report.orgs} organisation(s) in ${report.ms} ms with ${data.embedder.model}: ` +
        `graph ${report.counts.graph}, vector ${report.counts.vector}, search ${report.counts.search}`,
    );
  } finally {
    await data.close();
  }
});
