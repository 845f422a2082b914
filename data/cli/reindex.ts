/**
 * `npm run reindex`: rebuilds the graph, vector and search projections from Postgres, e.g. after
 * switching the embedding model (EMBEDDINGS_PROVIDER / EMBEDDINGS_MODEL / EMBEDDINGS_DIMENSIONS).
 */
import { openDataLayer } from '../data-layer.ts';
import { reindex } from '../reindex.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/runtime.ts';

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger('reindex', config.logLevel);
  const data = await openDataLayer(config, logger, { ensureTargets: false });
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
