import { DEMO_ORG, DEMO_JOBS, generateDemoTalents } from '../../../data/seed/demo-data.ts';
import { ensureDemoOrg } from '../../../data/seed/demo-org.ts';
import type { RelationalStore } from '../../../data/ports.ts';
import { DEMO_ORG_ID } from '../../../platform/auth.ts';
import { hasTalents } from '../../../data/records/talent-store.ts';
import { createTalents } from '../../../data/records/talent-writes.ts';
import { insertOpenJobs } from '../../../data/records/job-store.ts';
import { seedDemoPipelines } from './application-demo-seed.ts';
import { seedDemoNotesTagsPools } from './crm-demo-seed.ts';
import { seedDemoRelationships } from './relationship-demo-seed.ts';

const BATCH = 100;

/**
 * On the first embedded start: the demo organisation, its talents (through the same write path
 * as createTalent, so every projection follows from the outbox), some jobs, and for the demo
 * organisation pipelines, tags, a pool, notes and a small relationship network. Returns false when
 * the organisation has talents already. Tests seed organisations of their own (`orgId`).
 */
export async function seedDemo(db: RelationalStore, talentCount: number, orgId = DEMO_ORG_ID): Promise<boolean> {
  await ensureDemoOrg(db, orgId, orgId === DEMO_ORG_ID ? DEMO_ORG.slug : undefined);
  if (await hasTalents(db, orgId)) return false;
  const talents = generateDemoTalents(talentCount);
  for (let i = 0; i < talents.length; i += BATCH) {
    await createTalents(db, orgId, talents.slice(i, i + BATCH));
  }
  await insertOpenJobs(db, orgId, DEMO_JOBS);
  // Only the demo organisation gets a lived-in CRM; tests seed organisations of their own and build what they need.
  if (orgId === DEMO_ORG_ID) {
    await seedDemoPipelines(db, orgId);
    await seedDemoNotesTagsPools(db, orgId);
    await seedDemoRelationships(db, orgId);
  }
  await db.query('ANALYZE talents, jobs, outbox');
  return true;
}
