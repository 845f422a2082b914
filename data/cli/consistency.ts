/**
 * `npm run consistency [-- --repair]`: compares the graph, vector and search projections with
 * PostgreSQL and prints what differs (missing, stale, extra); `--repair` re-projects those talents
 * through the projector's targets and checks again. Exits 1 while differences remain, so it can
 * gate a recovery runbook or a CI job. With embedded stores, run it while Looma is stopped: a running
 * Looma holds the data directory (platform/data-dir-lock.ts) and the command says so.
 */
import { parseArgs } from 'node:util';
import { formatConsistencyReport, runConsistency } from '../consistency.ts';
import { openDataLayer } from '../data-layer.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';

await runMain(async () => {
  const { values } = parseArgs({ options: { repair: { type: 'boolean', default: false } }, strict: true });
  const config = loadConfig();
  const logger = createLogger('consistency', config.logLevel);
  const data = await explainDataDirLock(
    openDataLayer(config, logger),
    "To check the embedded projections: stop Looma, run npm run consistency, start it again (while it runs, a talent's projections field tells whether each is current).",
  );
  try {
    const report = await runConsistency(data, { repair: values.repair, logger });
    console.log(formatConsistencyReport(report, { repair: values.repair }));
    if (report.remaining > 0) process.exitCode = 1;
  } finally {
    await data.close();
  }
});
