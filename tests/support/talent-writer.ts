/**
 * A Looma data process under a steady write load, for the kill -9 test: it opens the data layer
 * (embedded stores from LOOMA_DATA_DIR, the projector running) and imports one talent per
 * transaction through the importTalents domain function, printing `ack <externalId>` on stdout
 * only after the transaction has committed. It runs until it is killed.
 */
import { openDataLayer } from '../../data/data-layer.ts';
import { cliOrganisation } from '../../data/seed/cli-org.ts';
import { loadConfig } from '../../platform/config.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';
import { importTalentRows } from '../../subgraphs/talent/sync/talent-import.ts';

await runMain(async () => {
  const config = loadConfig();
  const data = await openDataLayer(config, createLogger('talent-writer', 'silent'));
  const db = data.stores.relational;
  const orgId = await cliOrganisation(db, config, undefined);
  data.projector.start();
  process.stdout.write('ready\n');
  for (let i = 0; ; i += 1) {
    const externalId = `${process.pid}-${i}`;
    const { result } = await importTalentRows(db, orgId, 'system', [
      { source: 'kill-test', externalId, name: `Writer ${externalId}`, emails: [`writer-${externalId}@example.com`], skills: ['Go'] },
    ]);
    if (result.created !== 1) throw new Error(`row ${externalId} was not created: ${JSON.stringify(result.rows)}`);
    process.stdout.write(`ack ${externalId}\n`);
  }
});
