/**
 * `npm run keys -- list | rotate | retire <kid> | new-ring [--confirm]`: the operator's handle on the
 * platform's signing keys. Rotation starts signing with a new key while the previous one keeps
 * verifying until its tokens have expired; `retire` stops a key verifying at once (it leaked).
 * `new-ring` is for a lost secret only: when the active key does not decrypt with this
 * AUTH_KEY_ENCRYPTION_SECRET (or generated development secret), it starts signing with a new key
 * encrypted with it, and the old keys retire like a rotation (in production only with --confirm:
 * every service must then run with this secret). The keys belong to the platform, not to a tenant,
 * so no organisation's admin can rotate them through the API. Running
 * services pick changes up within 30 seconds. With embedded stores, run it while Looma is stopped:
 * a running Looma holds the data directory (platform/data-dir-lock.ts) and the command says so.
 */
import { SqlSigningKeyStore } from '../../data/auth/signing-key-store.ts';
import { openRelationalStore } from '../../data/stores.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';
import { KeyRing, keyEncryptionSecret } from '../../platform/signing-keys.ts';

await runMain(async () => {
  const [command, kid] = process.argv.slice(2);
  if (!['list', 'rotate', 'retire', 'new-ring'].includes(command ?? '') || (command === 'retire' && !kid)) {
    throw new Error('usage: npm run keys -- list | rotate | retire <kid> | new-ring [--confirm]');
  }
  const config = loadConfig();
  const db = await explainDataDirLock(
    openRelationalStore(config),
    'To list, rotate or retire the keys of an embedded deployment: stop Looma, run npm run keys, start it again (with real stores, npm run keys works while Looma runs).',
  );
  const secret = keyEncryptionSecret(config);
  // Opened even when the active key does not decrypt: to list the ring, or to start a new one.
  const ring = await KeyRing.open(new SqlSigningKeyStore(db), secret, createLogger('keys', 'warn'), { requireUsableKey: false });
  try {
    if (command === 'rotate') console.log(`now signing with ${(await ring.rotate()).kid}`);
    if (command === 'new-ring') {
      if (config.isProduction && kid !== '--confirm') {
        throw new Error('new-ring in production needs --confirm: every service must then run with this AUTH_KEY_ENCRYPTION_SECRET');
      }
      console.log(`new ring: now signing with ${(await ring.startNewRing()).kid}, encrypted with ${secret.source}; the old keys retire`);
    }
    if (command === 'retire') {
      await ring.retire(kid!);
      console.log(`retired ${kid}`);
    }
    for (const key of await ring.list())
      console.log(`${key.kid}  ${key.state.padEnd(8)}  created ${new Date(key.createdAt).toISOString()}`);
    if (!ring.canSign()) console.error(`warning: the active key does not decrypt with ${secret.source}: it cannot sign (see new-ring)`);
  } finally {
    ring.close();
    await db.close();
  }
});
