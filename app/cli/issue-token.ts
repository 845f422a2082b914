/**
 * `npm run token -- [--role RECRUITER] [--org <uuid>] [--ttl 3600]`: prints an access token signed
 * with this deployment's active signing key, for scripts and for trying Looma without logging in.
 * Refused in production. With embedded stores it needs the data directory, which a running Looma
 * holds (platform/data-dir-lock.ts): it then says so, and to log in through the running instance.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { authStores } from '../../data/auth/auth-stores.ts';
import { openRelationalStore } from '../../data/stores.ts';
import { createAuthenticator, DEMO_ORG_ID } from '../../platform/auth.ts';
import { loadConfig } from '../../platform/config.ts';
import { explainDataDirLock } from '../../platform/data-dir-lock.ts';
import { createLogger } from '../../platform/logger.ts';
import { runMain } from '../../platform/main.ts';
import { ROLES, type Role } from '../../platform/viewer.ts';

await runMain(async () => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', default: 'RECRUITER' },
      org: { type: 'string', default: DEMO_ORG_ID },
      ttl: { type: 'string', default: '3600' },
    },
  });
  const config = loadConfig();
  if (config.isProduction) throw new Error('npm run token is for development; production tokens come from login');
  const role = values.role!.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) throw new Error('--ttl must be 1 to 86400 seconds');

  // Only the relational store holds the key ring: the other stores need not be up.
  const db = await explainDataDirLock(
    openRelationalStore(config),
    'While it runs, get a token from its login mutation (the demo users sign in with the password looma-demo), or stop it and run npm run token again.',
  );
  try {
    const authenticator = await createAuthenticator(config, { ...authStores(db), logger: createLogger('token', 'warn') });
    const token = authenticator.issueAccessToken({ userId: randomUUID(), orgId: values.org!, roles: [role] }, ttl);
    authenticator.close();
    process.stdout.write(`${token}\n`);
  } finally {
    await db.close();
  }
});
