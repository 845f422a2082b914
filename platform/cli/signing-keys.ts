/**
 * `npm run keys -- list | rotate | retire <kid>`: the operator's handle on the platform's signing
 * keys. Rotation starts signing with a new key while the previous one keeps verifying until its
 * tokens have expired; `retire` stops a key verifying at once (it leaked). The keys belong to the
 * platform, not to a tenant, so no organisation's admin can rotate them through the API. Running
 * services pick changes up within 30 seconds. With embedded stores, run it while Looma is stopped:
 * a running Looma holds the data directory (platform/data-dir-lock.ts) and the command says so.
 */
import { openRelationalStore } from '../../data/stores.ts';
import { loadConfig } from '../config.ts';
import { explainDataDirLock } from '../data-dir-lock.ts';
import { createLogger } from '../logger.ts';
import { runMain } from '../runtime.ts';
import { KeyRing, keyEncryptionSecret } from '../signing-keys.ts';

await runMain(async () => {
  const [command, kid] = process.argv.slice(2);
  if (!['list', 'rotate', 'retire'].includes(command ?? '') || (command === 'retire' && !kid)) {
    throw new Error('usage: npm run keys -- list | rotate | retire <kid>');
  }
  const config = loadConfig();
  const db = await explainDataDirLock(
    openRelationalStore(config),
    'To list, rotate or retire the keys of an embedded deployment: stop Looma, run npm run keys, start it again (with real stores, npm run keys works while Looma runs).',
  );
  const ring = await KeyRing.open(db, keyEncryptionSecret(config), createLogger('keys', 'warn'));
  try {
    if (command === 'rotate') console.log(`now signing with ${(await ring.rotate()).kid}`);
    if (command === 'retire') {
      await ring.retire(kid!);
      console.log(`retired ${kid}`);
    }
    for (const key of await ring.list()) console.log(`${key.kid}  ${key.state.padEnd(8)}  created ${new Date(key.createdAt).toISOString()}`);
  } finally {
    ring.close();
    await db.close();
  }
});
