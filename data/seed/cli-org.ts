import { DEMO_ORG_ID } from '../../platform/auth.ts';
import type { Config } from '../../platform/config.ts';
import { isUuid } from '../../platform/ids.ts';
import type { RelationalStore } from '../ports.ts';
import { orgStore } from '../records/org-store.ts';
import { DEMO_ORG } from './demo-data.ts';
import { ensureDemoOrg } from './demo-org.ts';

/**
 * The organisation a data CLI (`resumes:import`, `talents:import`) works on: `--org <uuid>`, the
 * demo organisation by default. Outside production the demo organisation is created on first use,
 * as `npm start` would; any other organisation must exist.
 */
export async function cliOrganisation(db: RelationalStore, config: Config, org: string | undefined): Promise<string> {
  const orgId = org ?? DEMO_ORG_ID;
  if (!isUuid(orgId)) throw new Error(`--org must be an organisation id (a uuid), got ${JSON.stringify(orgId)}`);
  if (orgId === DEMO_ORG_ID && !config.isProduction) await ensureDemoOrg(db, DEMO_ORG_ID, DEMO_ORG.slug);
  if (!(await orgStore.exists(db, orgId))) throw new Error(`organisation ${orgId} does not exist`);
  return orgId;
}
