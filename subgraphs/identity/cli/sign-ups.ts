/**
 * `npm run signups -- invite <email> [--days 7] | list`: the operator's sign-up codes for
 * SIGNUP_POLICY=invite-only. `invite` prints a single-use code for that email (Looma keeps only
 * its hash: pass it on now); the new customer gives it to `signUp(input: {…, inviteCode})`.
 * `list` shows the latest codes (email, expiry, used, organisation). With embedded stores, run it
 * while Looma is stopped: a running Looma holds the data directory (platform/data-dir-lock.ts) and
 * the command says so.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openRelationalStore } from '../../../data/stores.ts';
import { loadConfig } from '../../../platform/config.ts';
import { explainDataDirLock } from '../../../platform/data-dir-lock.ts';
import { runMain } from '../../../platform/main.ts';
import { emailAddress } from '../accounts/email-address.ts';
import { SignUpCodeStore } from '../sign-up/sign-up-code-store.ts';

const USAGE = 'usage: npm run signups -- invite <email> [--days 7] | list';

await runMain(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { days: { type: 'string', default: '7' } } });
  const [command, rawEmail] = positionals;
  if (!(command === 'list' || (command === 'invite' && rawEmail))) throw new Error(USAGE);
  const days = z.coerce.number().int().min(1).max(90).safeParse(values.days);
  if (!days.success) throw new Error('--days must be a whole number of days, 1 to 90');
  const email = emailAddress.safeParse(rawEmail ?? '');
  if (command === 'invite' && !email.success) throw new Error(`${JSON.stringify(rawEmail)} is not an email address`);

  const config = loadConfig();
  // Only the relational store holds the codes: the other stores need not be up.
  const db = await explainDataDirLock(
    openRelationalStore(config),
    'To issue or list the sign-up codes of an embedded deployment: stop Looma, run npm run signups, start it again.',
  );
  try {
    const codes = new SignUpCodeStore(db);
    if (command === 'invite') {
      const { code, expiresAt } = await codes.issue(email.data!, { ttlMs: days.data * 24 * 3600_000 });
      if (config.signupPolicy !== 'invite-only')
        console.error(`note: SIGNUP_POLICY is ${config.signupPolicy} here; codes count only when it is invite-only`);
      process.stdout.write(`sign-up code for ${email.data} (single use, until ${expiresAt.toISOString()}):\n${code}\n`);
      return;
    }
    for (const c of await codes.list()) {
      const state = c.usedAt
        ? `used ${c.usedAt.toISOString()} → org ${c.orgId}`
        : c.expiresAt < new Date()
          ? 'expired'
          : `open until ${c.expiresAt.toISOString()}`;
      process.stdout.write(`${c.email.padEnd(40)}  ${state}\n`);
    }
  } finally {
    await db.close();
  }
});
