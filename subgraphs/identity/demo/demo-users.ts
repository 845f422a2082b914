import type { RelationalStore } from '../../../data/ports.ts';
import { userStore } from '../../../data/records/user-store.ts';
import { DEMO_ORG_ID, DEMO_USER_ID } from '../../../platform/auth.ts';
import type { Role } from '../../../platform/viewer.ts';
import { DEMO_ORG } from '../../../data/seed/demo-data.ts';
import { ensureDemoOrg } from '../../../data/seed/demo-org.ts';
import { hashPassword } from '../accounts/passwords.ts';

export const DEMO_PASSWORD = 'looma-demo';

/** One user per role; the recruiter is the user anonymous embedded requests act as. */
export const DEMO_USERS: { id?: string; email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.looma.dev', name: 'Ada Admin', role: 'ADMIN' },
  { id: DEMO_USER_ID, email: 'recruiter@demo.looma.dev', name: 'Rui Recruiter', role: 'RECRUITER' },
  { email: 'manager@demo.looma.dev', name: 'Mei Manager', role: 'HIRING_MANAGER' },
  { email: 'viewer@demo.looma.dev', name: 'Vik Viewer', role: 'VIEWER' },
];

/**
 * Adds the demo users to the demo organisation (created here too if the talent subgraph has not
 * yet); idempotent. Runs only where config.demo.seed is on, which configuration refuses in
 * production. Returns how many users it added.
 */
export async function seedDemoUsers(db: RelationalStore): Promise<number> {
  await ensureDemoOrg(db, DEMO_ORG_ID, DEMO_ORG.slug);
  const existing = await userStore.existingEmails(
    db,
    DEMO_USERS.map((u) => u.email),
  );
  let added = 0;
  for (const user of DEMO_USERS.filter((u) => !existing.has(u.email))) {
    const isAdded = await userStore.insertIfAbsent(db, {
      ...user,
      orgId: DEMO_ORG_ID,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    });
    if (isAdded) added += 1;
  }
  return added;
}
