/**
 * `npm run token -- [--role RECRUITER] [--org <uuid>] [--ttl 3600]`: prints an access token signed
 * with this deployment's keys, for scripts and for trying Looma on real stores before the identity
 * subgraph (login) exists. Refused in production.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAuthenticator, DEMO_ORG_ID } from '../auth.ts';
import { loadConfig } from '../config.ts';
import { runMain } from '../runtime.ts';
import { ROLES, type Role } from '../viewer.ts';

await runMain(async () => {
  const { values } = parseArgs({
    options: { role: { type: 'string', default: 'RECRUITER' }, org: { type: 'string', default: DEMO_ORG_ID }, ttl: { type: 'string', default: '3600' } },
  });
  const config = loadConfig();
  if (config.isProduction) throw new Error('npm run token is for development; production tokens come from login');
  const role = values.role!.toUpperCase() as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400) throw new Error('--ttl must be 1 to 86400 seconds');
  const token = createAuthenticator(config).issueAccessToken({ userId: randomUUID(), orgId: values.org!, roles: [role] }, ttl);
  process.stdout.write(`${token}\n`);
});
